"""The translations, one catalogue per language: resources/translations/ncdesk_<lang>.ts, Qt's
translation source, which translators' tools (Qt Linguist, Weblate, Crowdin) read and
pyside6-lupdate keeps in step with the strings the code marks. It is read here, without Qt, by
the exports and the command line (`ncdesk.io.translations.translate`) and by the window
(`ncdesk.ui.i18n.CatalogueTranslator`, a QTranslator that answers from it): one reader, so a
word changed in a .ts changes on the screen and on paper alike, with nothing to compile.

A message is looked up as Qt's translator looks it up: by context, source text and
disambiguation (falling back to the source without a disambiguation), a plural by the number's
form in the language as Qt's lrelease counts them. Only finished translations count.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ncdesk import paths

Key = tuple[str, str, str]  # context, source text, disambiguation ("" when none)


def _one_or_other(n: int) -> int:
    """English, Spanish: 1 is singular, 0 and 2… plural."""
    return 0 if n == 1 else 1


def _french(n: int) -> int:
    """French: 0 and 1 are singular ("0 champ mis à jour")."""
    return 0 if n <= 1 else 1


def _arabic(n: int) -> int:
    """Arabic's six forms: 0, 1, 2, 3–10 and 11–99 (of each hundred), and the rest (100, 101, 102…)."""
    if n <= 2:
        return n
    if 3 <= n % 100 <= 10:
        return 3
    if n % 100 >= 11:
        return 4
    return 5


# Which of a message's plural forms a number takes, by the language the .ts names; the same
# rules as Qt's lrelease (qtlinguist numerus rules), which the window's .qm files used to carry.
PLURAL_FORMS: Mapping[str, Callable[[int], int]] = {
    "en": _one_or_other,
    "es": _one_or_other,
    "fr": _french,
    "ar": _arabic,
}


@dataclass(frozen=True)
class Catalogue:
    """One language's finished translations: (context, source, disambiguation) → its forms (one, or
    one per plural form)."""

    lang: str
    messages: Mapping[Key, tuple[str, ...]]

    def find(self, context: str, source: str, disambiguation: str = "", n: int = -1) -> str | None:
        """The translation, None when there is none; with *n* ≥ 0 the plural form for *n* (a
        message without plural forms then has none, as with Qt's translator)."""
        forms = self.messages.get((context, source, disambiguation))
        if forms is None and disambiguation:
            forms = self.messages.get((context, source, ""))
        if forms is None:
            return None
        index = PLURAL_FORMS.get(self.lang, _one_or_other)(n) if n >= 0 else 0
        return forms[index] if index < len(forms) else None

    def translate(self, context: str, source: str) -> str:
        """*source* in the language; as it is where there is no translation."""
        found = self.find(context, source)
        return source if found is None else found


ENGLISH = Catalogue("en", {})


def read(path: Path) -> Catalogue:
    """The catalogue a .ts file holds (its language as its `language` attribute names it)."""
    root = ET.parse(path).getroot()
    found: dict[Key, tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            if element is None or element.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            numerus = element.findall("numerusform")
            forms = tuple(f.text or "" for f in numerus) if numerus else (element.text or "",)
            if forms[0]:
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found[key] = forms
    lang = (root.get("language") or "en").replace("-", "_").split("_")[0]
    return Catalogue(lang, found)


@functools.cache
def _read_once(path: Path) -> Catalogue:
    return read(path) if path.is_file() else ENGLISH


def catalogue(lang: str, folder: Path | None = None) -> Catalogue:
    """*lang*'s catalogue, ncdesk_<lang>.ts in *folder* (the shipped translations by default), read
    once per process; English (no translations) for English and for a language without a file."""
    if lang == "en":
        return ENGLISH
    return _read_once((folder or paths.resource_path("translations")) / f"ncdesk_{lang}.ts")
