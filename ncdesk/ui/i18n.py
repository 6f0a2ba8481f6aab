"""The window's language: English, French, Spanish or Arabic (right to left), switched live.

The words are those of the exports: resources/translations/ncdesk_<lang>.ts read by
`ncdesk.io.catalogue`, which a `CatalogueTranslator` hands to Qt (`self.tr`,
`QCoreApplication.translate`, plurals included), with Qt's own translations (qtbase_<lang>.qm,
shipped with PySide6) for the standard buttons. Installing a translator sends every widget a
LanguageChange event: the main window re-translates itself then, and open forms stay open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ncdesk.io.catalogue import Catalogue, catalogue
from ncdesk.io.translations import format_dates as dates_in

LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
SETTING = "ui/language"
_installed: list[QTranslator] = []


def system_language() -> str:
    """The system's language if ncdesk speaks it, else English."""
    for name in QLocale.system().uiLanguages() or [QLocale.system().name()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language(settings: QSettings) -> str:
    """The language chosen in Settings ("" or absent: the system's)."""
    value = str(settings.value(SETTING, "") or "")
    return value if value in LANGUAGES else system_language()


# Arabic with Western digits (ar_001, Modern Standard Arabic), as the United Nations' and the
# Assembly's Arabic documents write numbers and dates, and as ncdesk's Arabic exports do: QLocale("ar")
# is Egypt's Arabic, with Arabic-Indic digits. See resources/translations/README.md.
_LOCALES = {"ar": "ar_001"}


def locale_for(lang: str) -> QLocale:
    return QLocale(_LOCALES.get(lang, lang) if lang in LANGUAGES else "en")


def current_language() -> str:
    """The language the window speaks now (set by `apply_language`)."""
    return _current[0]


_current = ["en"]


def format_dates(text: str) -> str:
    """A record's dates (its `date_text`: a visit's "2–4 December 2026") in the window's language,
    from the days they mean; text entered in other words as entered (`translations.format_dates`)."""
    return dates_in(text, current_language())


def comma() -> str:
    """ ", " between the items of a list, as the window's language writes it: Arabic's comma "،"."""
    return "، " if current_language() == "ar" else ", "


def colon() -> str:
    """ ": " between a label and what it labels, as the window's language punctuates it: French puts
    a no-break space before the colon ("Statut : vérifiée"), as the exports do."""
    return "\u00a0: " if current_language() == "fr" else ": "


class CatalogueTranslator(QTranslator):
    """Qt's translator over ncdesk's catalogue of a language: the window's words are the ones the
    exports read. Qt asks it for every `tr()`; None (no translation) lets Qt show the English."""

    def __init__(self, words: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = words

    def translate(
        self,
        context: str,
        sourceText: str,  # noqa: N803 (Qt's name)
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        return self.words.find(context, sourceText, disambiguation or "", n)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return not self.words.messages

    def language(self) -> str:
        return self.words.lang


def apply_language(lang: str, folder: Path | None = None) -> str:
    """Translate the application into *lang* now, from the catalogue in *folder* (the shipped
    translations by default); returns the language applied."""
    lang = lang if lang in LANGUAGES else "en"
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if lang != "en" and app is not None:
        words = catalogue(lang, folder)
        if words.messages:
            _installed.append(CatalogueTranslator(words, app))
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}.qm", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
        for translator in _installed:
            QCoreApplication.installTranslator(translator)
    QLocale.setDefault(locale_for(lang))
    _current[0] = lang
    if isinstance(app, QApplication):
        direction = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)
    return lang
