"""One content model for every briefing note, meeting pack and report draft.

Builders (notes.py and the note of each kind, report.py) turn records into a `Doc` of blocks;
renderers (pdf.py with Qt, docx.py with python-docx) turn a `Doc` into a file. Text typed by
users is only ever carried as plain strings in `Run`s: renderers escape it, so markup, scripts
or direction-override characters in a note cannot change the document's structure.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ncdesk.io.translations import words

# Bidirectional embedding, override and isolate controls (LRE RLE PDF LRO RLO, LRI RLI FSI PDI):
# they would let a note reorder the text around it. Arabic and Hebrew need none of them.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_OTHER_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: object) -> str:
    """User text made safe to lay out: no bidi overrides, no control characters."""
    plain = "" if text is None else str(text)
    if plain.isprintable():  # the usual case: none of them (each is a non-printable character)
        return plain
    return _OTHER_CONTROLS.sub("", _BIDI_CONTROLS.sub("", plain))


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    note: int | None = None  # footnote number this run ends with


@dataclass
class Paragraph:
    runs: list[Run]
    number: int | None = None  # numbered paragraphs of the report
    style: str = "body"  # body, small, lead, placeholder


@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class Table:
    headers: list[str]  # shipped English words (LABELS in templates.py), in the document's language
    rows: list[list[list[Run]]]
    widths: list[int] = field(default_factory=list)  # relative column widths

    def __post_init__(self) -> None:
        self.headers = [words(h) for h in self.headers]


@dataclass
class Bullets:
    items: list[list[Run]]


@dataclass
class KeyValues:
    rows: list[tuple[str, list[Run]]]  # keys: shipped English words, in the document's language

    def __post_init__(self) -> None:
        self.rows = [(words(k), v) for k, v in self.rows]


@dataclass
class Callout:
    """A box that must catch the eye: a destination's obligation."""

    title: str
    runs: list[Run]
    tone: str = "neutral"  # obliged, not_obliged, warning, neutral


Block = Paragraph | Heading | Table | Bullets | KeyValues | Callout


@dataclass
class Doc:
    title: str
    subtitle: str
    kind: str  # state, person, case, situation, alert, report
    generated_on: dt.date
    blocks: list[Block] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # footnote texts, numbered from 1

    def add(self, block: Block) -> None:
        self.blocks.append(block)

    def cite(self, source: str) -> int:
        """The footnote number for *source* (the same source keeps its number)."""
        text = clean(source).strip()
        if text in self.sources:
            return self.sources.index(text) + 1
        self.sources.append(text)
        return len(self.sources)

    def text(self) -> str:
        """All the words, for tests and search."""
        out = [self.title, self.subtitle]
        for b in self.blocks:
            if isinstance(b, Heading):
                out.append(b.text)
            elif isinstance(b, Paragraph):
                out.append("".join(r.text for r in b.runs))
            elif isinstance(b, Callout):
                out.append(b.title + " " + "".join(r.text for r in b.runs))
            elif isinstance(b, Bullets):
                out.extend("".join(r.text for r in item) for item in b.items)
            elif isinstance(b, KeyValues):
                out.extend(k + " " + "".join(r.text for r in v) for k, v in b.rows)
            elif isinstance(b, Table):
                out.append(" ".join(b.headers))
                out.extend(" ".join("".join(r.text for r in cell) for cell in row) for row in b.rows)
        out.extend(self.sources)
        return "\n".join(out)


@dataclass(frozen=True)
class ExportOptions:
    marking: str = "Restricted"
    paper: str = "a4"  # a4 or letter
    language: str = "en"
    author: str = ""  # the documents' author in their metadata; "" until the export fills it from the store

    def __post_init__(self) -> None:
        if self.paper not in ("a4", "letter"):
            raise ValueError(f"paper {self.paper!r}: use a4 or letter")
        # The marking is typed by the user and printed on every page: the same cleaning as any
        # user text, on one line; nothing left of it means the cautious default.
        object.__setattr__(self, "marking", " ".join(clean(self.marking).split()) or "Restricted")
        object.__setattr__(self, "author", " ".join(clean(self.author).split()))


MARKINGS = ("Public", "Restricted", "Confidential")


def runs(*parts: str | Run) -> list[Run]:
    return [p if isinstance(p, Run) else Run(clean(p)) for p in parts]
