"""The Word files as Word reads them (issue 21): the XML parts of the saved package, not only
python-docx's view of them. The report's paragraphs are a Word list and its sources Word
footnotes; the letter takes the paper and marking of Settings; every DOCX names its author and
title; Arabic is right to left in a font Word has."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from ncdesk import paths
from ncdesk.io import sharing
from ncdesk.io.briefing.export import export_note, export_pack, export_report
from ncdesk.io.briefing.model import ExportOptions, Paragraph
from ncdesk.io.briefing.report import build_report
from ncdesk.io.briefing.templates import load_template
from ncdesk.io.letters import draft_letter, write_default_template
from ncdesk.store.store import Store

START, END, TODAY = dt.date(2024, 12, 1), dt.date(2025, 11, 26), dt.date(2025, 11, 27)
LANGUAGES = ("en", "fr", "es", "ar")
A4 = ("11906", "16838")  # twentieths of a point
LETTER = ("12240", "15840")


class Package:
    """A saved .docx read as its parts."""

    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as z:
            self.names = z.namelist()
            self.raw = {name: z.read(name) for name in self.names}

    def xml(self, name: str) -> Any:
        return parse_xml(self.raw[name])

    def targets(self, reltype: str) -> list[str]:
        """The parts the document points to with *reltype* (footnotes, header, footer…)."""
        rels = self.xml("word/_rels/document.xml.rels")
        return [
            "word/" + r.get("Target")
            for r in rels
            if r.get("Type") == f"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{reltype}"
        ]

    def core(self, field: str) -> str:
        core = self.xml("docProps/core.xml")
        found = [e for e in core if _local(e) == field]
        return (found[0].text or "") if found else ""

    def texts(self, name: str) -> list[str]:
        return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in self.xml(name).iter(qn("w:p"))]


def _local(element: Any) -> str:
    """An element's name without its namespace: "numPr" for w:numPr."""
    return str(element.tag).rpartition("}")[2]


def _alert(store: Store) -> str:
    return str(store.rows("travel_alert", "1 = 1")[0]["id"])


def _settings(store: Store, **values: str) -> None:
    body = "".join(f"{key} = {value}\n" for key, value in values.items())
    (store.folder / "settings.ini").write_text(f"[export]\n{body}", encoding="utf-8")


# --- the report: Word's numbering and Word's footnotes ---------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_reports_paragraphs_are_a_word_list(store: Store, tmp_path: Path, lang: str) -> None:
    target = export_report(store, START, END, tmp_path / "r.docx", ExportOptions(language=lang), TODAY)
    expected = [
        b for b in build_report(store, START, END, TODAY, load_template(store.folder, lang)).blocks
        if isinstance(b, Paragraph) and b.number is not None
    ]  # fmt: skip
    word = Package(target)
    body = word.xml("word/document.xml").find(qn("w:body"))
    numbered = [p for p in body.iter(qn("w:p")) if p.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None]
    assert len(numbered) == len(expected) > 20
    num_ids = {p.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val")) for p in numbered}
    assert len(num_ids) == 1, "one list: the numbers run on through the sections, as in the Assembly's report"
    levels = {p.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:ilvl')}").get(qn("w:val")) for p in numbered}
    assert levels == {"0"}
    # The list is defined in numbering.xml: decimal "1.", "2."… from 1.
    numbering = word.xml("word/numbering.xml")
    num_id = num_ids.pop()
    num = next(n for n in numbering.iter(qn("w:num")) if n.get(qn("w:numId")) == num_id)
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in numbering.iter(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id)
    level = abstract.find(qn("w:lvl"))
    assert level.find(qn("w:numFmt")).get(qn("w:val")) == "decimal"
    assert level.find(qn("w:lvlText")).get(qn("w:val")) == "%1."
    assert level.find(qn("w:start")).get(qn("w:val")) == "1"
    # Every w:abstractNum before the first w:num, or Word refuses the file.
    tags = [_local(e) for e in numbering if _local(e) in ("abstractNum", "num")]
    assert tags == sorted(tags)  # "abstractNum" < "num"
    # The numbers are Word's, not typed: no paragraph starts with "12.\t" any more.
    assert not any(re.match(r"\u200e?\d+\.\u200e?\t", text) for text in word.texts("word/document.xml"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_reports_sources_are_word_footnotes(store: Store, tmp_path: Path, lang: str) -> None:
    target = export_report(store, START, END, tmp_path / "r.docx", ExportOptions(language=lang), TODAY)
    doc = build_report(store, START, END, TODAY, load_template(store.folder, lang))
    cited = [r.note for b in doc.blocks if isinstance(b, Paragraph) for r in b.runs if r.note is not None]
    word = Package(target)
    assert word.targets("footnotes") == ["word/footnotes.xml"]
    types = word.xml("[Content_Types].xml")
    assert any(
        o.get("PartName") == "/word/footnotes.xml"
        and o.get("ContentType") == "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
        for o in types
    )
    body = word.xml("word/document.xml")
    references = [r.get(qn("w:id")) for r in body.iter(qn("w:footnoteReference"))]
    notes = word.xml("word/footnotes.xml")
    own = {n.get(qn("w:id")): n for n in notes.iter(qn("w:footnote")) if n.get(qn("w:type")) is None}
    assert len(references) == len(cited) > 10 and references == list(own)  # one note per reference, in order
    # The separators Word expects, named in settings.xml.
    special = {n.get(qn("w:id")): n.get(qn("w:type")) for n in notes.iter(qn("w:footnote")) if n.get(qn("w:type"))}
    assert special == {"-1": "separator", "0": "continuationSeparator"}
    settings = word.xml("word/settings.xml")
    assert [f.get(qn("w:id")) for f in settings.iter(qn("w:footnote"))] == ["-1", "0"]
    # Each note says its source, after Word's own mark (w:footnoteRef), in the footnote styles.
    for ref, number in zip(references, cited, strict=True):
        note = own[ref]
        assert note.find(f".//{qn('w:footnoteRef')}") is not None
        assert note.find(f"{qn('w:p')}/{qn('w:pPr')}/{qn('w:pStyle')}").get(qn("w:val")) == "FootnoteText"
        assert "".join(t.text or "" for t in note.iter(qn("w:t"))).strip().strip("\u200e") == doc.sources[number - 1]
    styles = {s.get(qn("w:styleId")) for s in word.xml("word/styles.xml").iter(qn("w:style"))}
    assert {"FootnoteText", "FootnoteReference"} <= styles
    text = "\n".join(word.texts("word/footnotes.xml"))
    assert "ICC-01/18-462" in text  # a document number of the period, whole
    # No typed superscript numbers and no list of sources at the end: Word numbers the notes.
    assert body.find(f".//{qn('w:vertAlign')}") is None
    assert load_template(store.folder, lang).word("sources") not in word.texts("word/document.xml")


def test_a_note_keeps_its_list_of_sources(store: Store, tmp_path: Path) -> None:
    hungary = store.rows("state", "iso3 = ?", ["HUN"])[0]["id"]
    word = Package(export_note(store, "state", hungary, tmp_path / "n.docx", ExportOptions(), TODAY))
    assert word.targets("footnotes") == [] and "Sources" in word.texts("word/document.xml")


def test_the_report_reopens_and_survives_a_save(store: Store, tmp_path: Path) -> None:
    """python-docx reads a package it has no footnote class for; saved again, the notes stay."""
    target = export_report(store, START, END, tmp_path / "r.docx", ExportOptions(language="ar"), TODAY)
    before = Package(target).raw["word/footnotes.xml"]
    Document(str(target)).save(str(tmp_path / "again.docx"))
    again = Package(tmp_path / "again.docx")
    assert again.raw["word/footnotes.xml"] == before and again.targets("footnotes") == ["word/footnotes.xml"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_libreoffice_lays_the_report_out(store: Store, tmp_path: Path, lang: str) -> None:
    """A word processor opens the file: its numbers and footnotes printed, Arabic numbers on the
    right of the page."""
    target = export_report(store, START, END, tmp_path / "r.docx", ExportOptions(language=lang), TODAY)
    profile = (tmp_path / "lo").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
         str(tmp_path), str(target)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    pdf = tmp_path / "r.pdf"
    html = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))  # type: ignore[union-attr]
    found = re.findall(r'xMin="([\d.]+)" [^>]*xMax="([\d.]+)"[^>]*>([^<]*)<', html)
    words = [(float(x0), float(x1), w) for x0, x1, w in found]
    if lang == "ar":  # "1" then its full stop on its left, at the right margin (18 mm)
        numbers = [w for x0, _, w in words if x0 > width * 0.9 and w.isdigit()]
    else:
        numbers = [w.rstrip(".") for _, x1, w in words if x1 < width * 0.15 and re.fullmatch(r"\d+\.", w)]
    assert numbers[:3] == ["1", "2", "3"], words[:60]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "ICC-01/18-462" in text


# --- the letter: paper, marking, properties ---------------------------------------------------


def _page_size(word: Package) -> tuple[str, str]:
    size = word.xml("word/document.xml").find(f".//{qn('w:sectPr')}/{qn('w:pgSz')}")
    return size.get(qn("w:w")), size.get(qn("w:h"))


@pytest.mark.parametrize(
    ("lang", "marking"), [("en", "RESTRICTED"), ("fr", "DIFFUSION RESTREINTE"), ("es", "DISTRIBUCIÓN RESERVADA"),
                          ("ar", "محدود التداول")]
)  # fmt: skip
def test_the_letter_is_a4_and_marked_by_default(store: Store, tmp_path: Path, lang: str, marking: str) -> None:
    word = Package(draft_letter(store, _alert(store), tmp_path / "l.docx", TODAY, lang))
    assert _page_size(word) == A4
    headers, footers = word.targets("header"), word.targets("footer")
    assert headers and footers
    for name in headers:
        assert word.texts(name)[0] == marking
    for name in footers:
        assert word.texts(name)[-1] == marking
    run = word.xml(headers[0]).find(f".//{qn('w:r')}")
    assert run.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None  # bold, as on the notes


def test_the_letter_takes_the_paper_and_marking_of_settings(store: Store, tmp_path: Path) -> None:
    _settings(store, paper="letter", marking="Confidential")
    word = Package(draft_letter(store, _alert(store), tmp_path / "l.docx", TODAY, "fr"))
    assert _page_size(word) == LETTER
    assert word.texts(word.targets("header")[0])[0] == "CONFIDENTIEL"
    assert word.core("subject") == "CONFIDENTIEL"
    _settings(store, marking="For the Bureau only")  # typed by the user: printed as typed
    word = Package(draft_letter(store, _alert(store), tmp_path / "l.docx", TODAY))
    assert _page_size(word) == A4 and word.texts(word.targets("footer")[0])[-1] == "FOR THE BUREAU ONLY"


def test_a_template_that_places_the_marking_keeps_its_place(store: Store, tmp_path: Path) -> None:
    own = store.folder / "templates" / "letter.docx"
    own.parent.mkdir(parents=True)
    doc = Document()
    doc.add_paragraph("{{ marking }} — {{state}}")
    doc.save(str(own))
    word = Package(draft_letter(store, _alert(store), tmp_path / "l.docx", TODAY))
    assert word.texts("word/document.xml")[0].startswith("RESTRICTED — ")
    assert not any("RESTRICTED" in t for name in word.targets("header") for t in word.texts(name))
    assert _page_size(word) == A4  # python-docx's template is US Letter: Settings win


def test_the_letter_names_its_author_and_title(store: Store, tmp_path: Path) -> None:
    word = Package(draft_letter(store, _alert(store), tmp_path / "l.docx", TODAY))
    assert word.core("creator") == store.who and word.core("lastModifiedBy") == store.who
    assert word.core("title").startswith("The President — Minister of Foreign Affairs of ")
    assert word.core("created").startswith("2025-11-27")
    sharing.ensure_identity(store, "Mexico — focal point")
    word = Package(draft_letter(store, _alert(store), tmp_path / "l.docx", TODAY, "ar"))
    assert word.core("creator") == "Mexico — focal point"
    assert word.core("title").startswith("الرئاسة — ")


def test_every_docx_says_who_wrote_it(store: Store, tmp_path: Path) -> None:
    sharing.ensure_identity(store, "Poland — focal point")
    hungary = store.rows("state", "iso3 = ?", ["HUN"])[0]["id"]
    netanyahu = store.rows("person", "name LIKE ?", ["%Netanyahu%"])[0]["id"]
    made = [
        export_note(store, "state", hungary, tmp_path / "n.docx", ExportOptions(), TODAY),
        export_pack(store, [("state", hungary), ("person", netanyahu)], tmp_path / "p.docx", ExportOptions(), TODAY),
        export_report(store, START, END, tmp_path / "r.docx", ExportOptions("Confidential", language="es"), TODAY),
        draft_letter(store, _alert(store), tmp_path / "l.docx", TODAY),
    ]
    titles = []
    for path in made:
        word = Package(path)
        raw = word.raw["docProps/core.xml"].decode()
        assert "python-docx" not in raw and "2013-12-23" not in raw, path.name
        assert word.core("creator") == "Poland — focal point", path.name
        titles.append(word.core("title"))
    assert all(titles) and len(set(titles)) == 4
    assert Package(made[2]).core("subject") == "CONFIDENCIAL"
    template = Package(write_default_template(tmp_path / "t.docx", "fr"))
    assert template.core("creator") == "ncdesk" and "python-docx" not in template.raw["docProps/core.xml"].decode()
    shipped = Package(paths.resource_path("templates", "letter.docx"))  # made by write_default_template
    assert shipped.core("creator") == "ncdesk" and _page_size(shipped) == A4


# --- Arabic -------------------------------------------------------------------------------


def test_the_arabic_report_is_right_to_left_in_a_font_word_has(store: Store, tmp_path: Path) -> None:
    word = Package(export_report(store, START, END, tmp_path / "r.docx", ExportOptions(language="ar"), TODAY))
    for name in ("word/document.xml", "word/footnotes.xml"):
        part = word.xml(name)
        paragraphs = [p for p in part.iter(qn("w:p")) if p.find(f".//{qn('w:t')}") is not None]
        assert paragraphs and all(p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None for p in paragraphs), name
        runs = [r for r in part.iter(qn("w:r")) if r.find(qn("w:t")) is not None]
        assert all(r.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None for r in runs), name
        assert {r.find(f"{qn('w:rPr')}/{qn('w:rFonts')}").get(qn("w:cs")) for r in runs} == {"Arial"}, name
    # The numbered paragraphs are right to left too: Word puts their numbers on the right.
    body = word.xml("word/document.xml")
    numbered = [p for p in body.iter(qn("w:p")) if p.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None]
    assert numbered and all(p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None for p in numbered)
    # w:numPr before w:bidi in w:pPr, as the schema orders them.
    order = [_local(e) for e in numbered[0].find(qn("w:pPr"))]
    assert order.index("numPr") < order.index("bidi")
    normal = next(s for s in word.xml("word/styles.xml").iter(qn("w:style")) if s.get(qn("w:styleId")) == "Normal")
    assert normal.find(f"{qn('w:rPr')}/{qn('w:rFonts')}").get(qn("w:cs")) == "Arial"
    assert normal.find(f"{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:bidi")) == "ar-SA"


def test_the_arabic_letter_is_right_to_left_in_a_font_word_has(store: Store, tmp_path: Path) -> None:
    word = Package(draft_letter(store, _alert(store), tmp_path / "l.docx", TODAY, "ar"))
    for name in ["word/document.xml", *word.targets("header"), *word.targets("footer")]:
        part = word.xml(name)
        paragraphs = list(part.iter(qn("w:p")))
        assert all(p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None for p in paragraphs), name
        runs = [r for r in part.iter(qn("w:r")) if r.find(qn("w:t")) is not None]
        assert runs and {r.find(f"{qn('w:rPr')}/{qn('w:rFonts')}").get(qn("w:cs")) for r in runs} == {"Arial"}
    assert "Noto Sans Arabic" not in word.raw["word/styles.xml"].decode()
