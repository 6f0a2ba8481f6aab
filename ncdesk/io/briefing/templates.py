"""The wording and layout of exported documents: resources/templates/, overridable from the
data folder's templates/ (a key the user's copy leaves out keeps the shipped value)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ncdesk import paths
from ncdesk.core.text import QT_TRANSLATE_NOOP
from ncdesk.io.translations import EXPORT_LANGUAGE, check_language, translate

NAME = "briefing.toml"
LAYOUT = "briefing.typ"  # the PDF's layout (Typst), overridable from the data folder as NAME is

# The shipped words (resources/templates/briefing.toml), marked for pyside6-lupdate: a note in
# French, Spanish or Arabic uses their translations; words the user changed are printed as typed.
# Table headers and row labels of the notes (model.Table, model.KeyValues translate them).
LABELS = (
    QT_TRANSLATE_NOOP("briefing", "Date"),
    QT_TRANSLATE_NOOP("briefing", "ICC document"),
    QT_TRANSLATE_NOOP("briefing", "Title"),
    QT_TRANSLATE_NOOP("briefing", "State"),
    QT_TRANSLATE_NOOP("briefing", "Referred to"),
    QT_TRANSLATE_NOOP("briefing", "Security Council"),
    QT_TRANSLATE_NOOP("briefing", "Person"),
    QT_TRANSLATE_NOOP("briefing", "Today"),
    QT_TRANSLATE_NOOP("briefing", "Basis"),
    QT_TRANSLATE_NOOP("briefing", "Addressed to"),
    QT_TRANSLATE_NOOP("briefing", "Subject"),
    QT_TRANSLATE_NOOP("briefing", "Published"),
    QT_TRANSLATE_NOOP("briefing", "Dates"),
    QT_TRANSLATE_NOOP("briefing", "Destination"),
    QT_TRANSLATE_NOOP("briefing", "Status"),
    QT_TRANSLATE_NOOP("briefing", "Event"),
    QT_TRANSLATE_NOOP("briefing", "Issued"),
    QT_TRANSLATE_NOOP("briefing", "Kind"),
    QT_TRANSLATE_NOOP("briefing", "Situation"),
    QT_TRANSLATE_NOOP("briefing", "Warrant or summons"),
    QT_TRANSLATE_NOOP("briefing", "Standing today"),
    QT_TRANSLATE_NOOP("briefing", "Regional group"),
    QT_TRANSLATE_NOOP("briefing", "Article 12(3) declaration"),
    QT_TRANSLATE_NOOP("briefing", "Bound by the Security Council"),
    QT_TRANSLATE_NOOP("briefing", "Purpose"),
    QT_TRANSLATE_NOOP("briefing", "Source"),
    QT_TRANSLATE_NOOP("briefing", "Reliability"),
    QT_TRANSLATE_NOOP("briefing", "Received"),
    QT_TRANSLATE_NOOP("briefing", "Signature"),
    QT_TRANSLATE_NOOP("briefing", "Ratification"),
    QT_TRANSLATE_NOOP("briefing", "Accession"),
    QT_TRANSLATE_NOOP("briefing", "Acceptance"),
    QT_TRANSLATE_NOOP("briefing", "Approval"),
    QT_TRANSLATE_NOOP("briefing", "Succession"),
    QT_TRANSLATE_NOOP("briefing", "Entry into force"),
    QT_TRANSLATE_NOOP("briefing", "Withdrawal notified"),
    QT_TRANSLATE_NOOP("briefing", "Withdrawal effective"),
)
UNIT = QT_TRANSLATE_NOOP("briefing", "Focal points on non-cooperation")
SHIPPED_WORDS = (
    QT_TRANSLATE_NOOP("briefing", "Briefing note"),
    QT_TRANSLATE_NOOP("briefing", "Generated on"),
    QT_TRANSLATE_NOOP("briefing", "Page"),
    QT_TRANSLATE_NOOP("briefing", "of"),
    QT_TRANSLATE_NOOP("briefing", "Sources"),
    QT_TRANSLATE_NOOP("briefing", "Contents"),
    QT_TRANSLATE_NOOP("briefing", "Meeting pack"),
    QT_TRANSLATE_NOOP("briefing", "None recorded."),
    QT_TRANSLATE_NOOP("briefing", "State"),
    QT_TRANSLATE_NOOP("briefing", "Status under the Rome Statute"),
    QT_TRANSLATE_NOOP("briefing", "Party status"),
    QT_TRANSLATE_NOOP("briefing", "Obligation to cooperate today"),
    QT_TRANSLATE_NOOP("briefing", "Focal point on non-cooperation"),
    QT_TRANSLATE_NOOP("briefing", "Findings and communications of the Court"),
    QT_TRANSLATE_NOOP("briefing", "Letters of the President of the Assembly"),
    QT_TRANSLATE_NOOP("briefing", "Travel of persons subject to warrants"),
    QT_TRANSLATE_NOOP("briefing", "Recent activities"),
    QT_TRANSLATE_NOOP("briefing", "Chronology"),
    QT_TRANSLATE_NOOP("briefing", "Warrants and summonses"),
    QT_TRANSLATE_NOOP("briefing", "Cases"),
    QT_TRANSLATE_NOOP("briefing", "Persons"),
    QT_TRANSLATE_NOOP("briefing", "Known travels"),
    QT_TRANSLATE_NOOP("briefing", "States bound by the Security Council's decision"),
    QT_TRANSLATE_NOOP("briefing", "How the situation reached the Court"),
    QT_TRANSLATE_NOOP("briefing", "What is known"),
    QT_TRANSLATE_NOOP("briefing", "The destination's obligation"),
    QT_TRANSLATE_NOOP("briefing", "Steps taken"),
    QT_TRANSLATE_NOOP("briefing", "What the Assembly procedures and the toolkit suggest next"),
    QT_TRANSLATE_NOOP("briefing", "Information to the Court"),
)


@dataclass
class Template:
    layout: dict[str, Any] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)
    folder: Path = field(default_factory=lambda: paths.resource_path("templates"))
    language: str = "en"
    shipped: dict[str, str] = field(default_factory=dict)
    typst: Path | None = None  # the data folder's own briefing.typ, if it has one

    def typst_path(self) -> Path:
        """The PDF's layout: the data folder's copy first, else the shipped one."""
        return self.typst if self.typst is not None else paths.resource_path("templates") / LAYOUT

    def word(self, key: str) -> str:
        text = self.words.get(key, key.replace("_", " ").capitalize())
        if self.language != "en" and self.shipped.get(key) == text:
            return translate("briefing", text, self.language)
        return text

    def unit(self) -> str:
        """The unit named in every header, translated if it is the shipped one."""
        text = str(self.layout.get("unit", ""))
        if self.language != "en" and text == UNIT:
            return translate("briefing", UNIT, self.language)
        return text

    def logo_path(self) -> Path | None:
        name = str(self.layout.get("logo") or "")
        if not name:
            return None
        for folder in (self.folder, paths.resource_path("templates")):
            candidate = folder / name
            if candidate.is_file():
                return candidate
        return None


def load_template(data_folder: Path | None = None, language: str = "en") -> Template:
    shipped_dir = paths.resource_path("templates")
    with (shipped_dir / NAME).open("rb") as fh:
        shipped = tomllib.load(fh)
    layout = dict(shipped.get("layout", {}))
    words = dict(shipped.get("words", {}))
    shipped_words = dict(words)
    folder = shipped_dir
    typst = None
    if data_folder is not None and (data_folder / "templates" / LAYOUT).is_file():
        typst = data_folder / "templates" / LAYOUT
    if data_folder is not None:
        own = data_folder / "templates" / NAME
        if own.is_file():
            try:
                with own.open("rb") as fh:
                    mine = tomllib.load(fh)
            except tomllib.TOMLDecodeError as exc:
                raise ValueError(f"{own}: {exc}") from None
            layout.update(mine.get("layout", {}))
            words.update({k: str(v) for k, v in mine.get("words", {}).items()})
            folder = own.parent
    EXPORT_LANGUAGE.set(check_language(language))
    return Template(layout=layout, words=words, folder=folder, language=language, shipped=shipped_words,
                    typst=typst)  # fmt: skip
