"""The window's language: English, French, Spanish or Arabic (right to left), switched live.

The translations are Qt's (.qm compiled from resources/translations/ncdesk_<lang>.ts by
pyside6-lrelease), with Qt's own (qtbase_<lang>.qm, shipped with PySide6) for the standard
buttons. Installing a translator sends every widget a LanguageChange event: the main window
re-translates itself then, and open forms stay open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ncdesk.io.translations import format_dates as dates_in
from ncdesk.paths import resource_path

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


def apply_language(lang: str) -> str:
    """Translate the application into *lang* now; returns the language applied."""
    lang = lang if lang in LANGUAGES else "en"
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if lang != "en" and app is not None:
        ours = QTranslator(app)
        if ours.load(f"ncdesk_{lang}.qm", str(resource_path("translations"))):
            _installed.append(ours)
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
