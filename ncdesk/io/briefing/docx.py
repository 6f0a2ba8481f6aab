"""Render briefing documents to Word (.docx) with python-docx, so they can be edited further.

Same content as the PDF: headings, numbered paragraphs, tables whose header row repeats on
each page, the obligation callouts, superscript source numbers and the sources list; the
classification marking in the header and the footer, "Page n of N" as Word fields.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from ncdesk import __version__, paths
from ncdesk.io.atomic import atomic_write
from ncdesk.io.briefing.model import Bullets, Callout, Doc, ExportOptions, Heading, KeyValues, Paragraph, Run, Table
from ncdesk.io.briefing.templates import Template
from ncdesk.io.translations import RTL, marking_in
from ncdesk.io.translations import day as format_day

BLUE = RGBColor(0x1F, 0x3B, 0x63)
RED = RGBColor(0x9B, 0x1C, 0x1C)
SHADES = {"obliged": "E7F3EA", "not_obliged": "FBF0DC", "warning": "FBE3E3", "neutral": "EEF2F7"}
PAPER = {"a4": (Mm(210), Mm(297)), "letter": (Mm(215.9), Mm(279.4))}


def _field(paragraph: Any, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when the document is shown or printed."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instruction
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, text, separate, shown, end):
        run._r.append(element)


def _shade(cell: Any, colour: str) -> None:
    props = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    props.append(shading)


def _repeat_header(row: Any) -> None:
    props = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    props.append(flag)


def _insert(parent: Any, tag: str, before: Sequence[str]) -> Any:
    """*parent*'s child *tag*, added if missing in its place in the schema: before the first of
    *before* that *parent* has (Word refuses a file whose properties are out of order)."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    element = OxmlElement(tag)
    later = {qn(t) for t in before}
    for child in parent:
        if child.tag in later:
            child.addprevious(element)
            return element
    parent.append(element)
    return element


# What follows each element in the schema (ECMA-376 part 1, CT_PPrBase, CT_RPr, CT_TblPrBase).
_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
               "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
               "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")  # fmt: skip
_RUN_PROPS = ("w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
              "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
              "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs",
              "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
              "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")  # fmt: skip
_AFTER_BIDI_VISUAL = ("w:tblStyleRowBandSize", "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing",
                      "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                      "w:tblCaption", "w:tblDescription")  # fmt: skip


def _first(parent: Any, tag: str) -> Any:
    """*parent*'s properties (w:pPr, w:rPr, w:tblPr: always its first child), added if missing."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.insert(0, found)
    return found


def _run_prop(rpr: Any, tag: str) -> Any:
    return _insert(rpr, tag, _RUN_PROPS[_RUN_PROPS.index(tag) + 1 :])


def right_to_left(document: Any, font: str) -> None:
    """Arabic: every paragraph right to left (w:bidi), every run too (w:rtl), every table laid out
    from the right (w:bidiVisual), and *font* for the complex script (w:rFonts w:cs), in the body,
    the headers and the footers."""
    parts = [document.element.body]
    for section in document.sections:
        parts += [section.header._element, section.footer._element]
    for part in parts:
        for p in part.iter(qn("w:p")):
            _insert(
                _insert(p, "w:pPr", ("w:r", "w:hyperlink", "w:fldSimple", "w:bookmarkStart")), "w:bidi", _AFTER_BIDI
            )
        for r in part.iter(qn("w:r")):
            rpr = _first(r, "w:rPr")
            _run_prop(rpr, "w:rFonts").set(qn("w:cs"), font)
            _run_prop(rpr, "w:rtl")
            # A right-to-left run takes the complex-script bold, italic and size: without them a
            # bold Arabic heading or table header is printed plain.
            for latin, complex_ in (("w:b", "w:bCs"), ("w:i", "w:iCs")):
                if rpr.find(qn(latin)) is not None and rpr.find(qn(latin)).get(qn("w:val")) not in ("0", "false"):
                    _run_prop(rpr, complex_)
            size = rpr.find(qn("w:sz"))
            if size is not None:
                _run_prop(rpr, "w:szCs").set(qn("w:val"), size.get(qn("w:val")))
        for table in part.iter(qn("w:tbl")):
            _insert(_first(table, "w:tblPr"), "w:bidiVisual", _AFTER_BIDI_VISUAL)


_LTR_PIECE = re.compile("[A-Za-z0-9]")


def _ltr(text: str) -> str:
    """Right to left, a run with Latin letters or digits (a date typed "3–6 April 2025", a title, a
    name) between LEFT-TO-RIGHT MARKs, which Word and LibreOffice both honour: the bidi algorithm
    would otherwise show "April 2025 6–3"."""
    return f"\u200e{text}\u200e" if _LTR_PIECE.search(text) else text


def _runs(paragraph: Any, runs: Sequence[Run], size: float | None = None, rtl: bool = False) -> None:
    for r in runs:
        if r.text:
            run = paragraph.add_run(_ltr(r.text) if rtl else r.text)
            run.bold = r.bold or None
            run.italic = r.italic or None
            if size:
                run.font.size = Pt(size)
        if r.note is not None:
            sup = paragraph.add_run(str(r.note))
            sup.font.superscript = True


class _Writer:
    def __init__(self, options: ExportOptions, template: Template, title: str, generated_on: Any) -> None:
        self.t = template
        self.doc = Document()
        font = str(template.layout.get("docx_font", "Arial"))
        normal = self.doc.styles["Normal"]
        normal.font.name = font
        normal.font.size = Pt(float(template.layout.get("font_size", 10)))
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        self.rtl = template.language in RTL
        # Arabic text is a complex script: its own font (Noto Sans Arabic, as in the PDF), and
        # the language Word checks it in.
        self.complex_font = str(template.layout.get("docx_font_arabic", "Noto Sans Arabic")) if self.rtl else font
        normal.element.rPr.rFonts.set(qn("w:cs"), self.complex_font)
        if self.rtl:
            lang = _run_prop(normal.element.rPr, "w:lang")
            lang.set(qn("w:bidi"), "ar-SA")
        for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
            style = self.doc.styles[name]
            style.font.name = font
            style.font.color.rgb = BLUE
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = PAPER[options.paper]
        section.left_margin = section.right_margin = Mm(18)
        section.top_margin = section.bottom_margin = Mm(22)
        marking = marking_in(options.marking, template.language).upper()
        header = section.header.paragraphs[0]
        logo = template.folder / "logo.png"
        if not logo.is_file():
            logo = paths.resource_path("templates", "logo.png")
        if template.layout.get("logo") and logo.is_file():
            header.add_run().add_picture(str(logo), width=Mm(8))
            header.add_run("  ")
        meta = header.add_run(f"{template.unit()} — {title}")
        meta.font.size = Pt(7.5)
        mark = section.header.add_paragraph()
        mark.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = mark.add_run(marking)
        r.bold = True
        r.font.color.rgb = RED
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = footer.add_run(marking)
        r.bold = True
        r.font.color.rgb = RED
        line = section.footer.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        small = line.add_run(
            f"{template.word('generated')} {format_day(generated_on)} — ncdesk {__version__} — {template.word('page')} "
        )
        small.font.size = Pt(7.5)
        _field(line, "PAGE")
        line.add_run(f" {template.word('of')} ").font.size = Pt(7.5)
        _field(line, "NUMPAGES")
        props = self.doc.core_properties
        props.title = title
        props.author = "ncdesk"
        props.comments = f"Classification: {options.marking}"

    def note(self, d: Doc) -> None:
        self.doc.add_heading(d.title, level=0)
        if d.subtitle:
            sub = self.doc.add_paragraph(d.subtitle)
            sub.runs[0].font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        for b in d.blocks:
            self.block(b)
        if d.sources:
            self.doc.add_heading(self.t.word("sources"), level=1)
            for i, s in enumerate(d.sources, start=1):
                p = self.doc.add_paragraph()
                p.paragraph_format.left_indent = Mm(6)
                p.paragraph_format.first_line_indent = Mm(-6)
                r = p.add_run(f"\u200e{i}.\u200e\t{_ltr(s)}" if self.rtl else f"{i}.\t{s}")
                r.font.size = Pt(8)

    def block(self, b: object) -> None:
        if isinstance(b, Heading):
            self.doc.add_heading(b.text, level=min(b.level, 3))
        elif isinstance(b, Paragraph):
            p = self.doc.add_paragraph()
            if b.number is not None:
                p.paragraph_format.left_indent = Mm(8)
                p.paragraph_format.first_line_indent = Mm(-8)
                p.add_run(f"\u200e{b.number}.\u200e\t" if self.rtl else f"{b.number}.\t")
            _runs(p, b.runs, 8.5 if b.style == "small" else None, self.rtl)
            if b.style == "placeholder":
                for run in p.runs:
                    run.italic = True
            if b.style == "lead":
                for run in p.runs:
                    run.bold = True
        elif isinstance(b, Bullets):
            for item in b.items:
                _runs(self.doc.add_paragraph(style="List Bullet"), item, rtl=self.rtl)
        elif isinstance(b, KeyValues):
            table = self.doc.add_table(rows=0, cols=2)
            for key, value in b.rows:
                cells = table.add_row().cells
                cells[0].text = key
                cells[0].paragraphs[0].runs[0].font.color.rgb = RGBColor(0x44, 0x44, 0x44)
                _runs(cells[1].paragraphs[0], value, rtl=self.rtl)
                cells[0].width, cells[1].width = Mm(50), Mm(124)
        elif isinstance(b, Table):
            table = self.doc.add_table(rows=1, cols=len(b.headers))
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            head = table.rows[0]
            _repeat_header(head)
            for cell, text in zip(head.cells, b.headers, strict=True):
                cell.text = ""
                run = cell.paragraphs[0].add_run(text)
                run.bold = True
                run.font.size = Pt(8.5)
                _shade(cell, "E8EDF4")
            for row in b.rows:
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=False):
                    _runs(cell.paragraphs[0], value, 8.5, self.rtl)
            if b.widths:
                table.autofit = False
                total = sum(b.widths)
                for column, w in zip(table.columns, b.widths, strict=False):
                    column.width = Mm(174 * w / total)
                for row in table.rows:
                    for cell, w in zip(row.cells, b.widths, strict=False):
                        cell.width = Mm(174 * w / total)
            self.doc.add_paragraph()
        elif isinstance(b, Callout):
            table = self.doc.add_table(rows=1, cols=1)
            table.style = "Table Grid"
            cell = table.rows[0].cells[0]
            _shade(cell, SHADES.get(b.tone, SHADES["neutral"]))
            title = cell.paragraphs[0].add_run(b.title)
            title.bold = True
            _runs(cell.add_paragraph(), b.runs, rtl=self.rtl)
            self.doc.add_paragraph()

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def bytes(self) -> bytes:
        if self.rtl:
            right_to_left(self.doc, self.complex_font)
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def render_docx(doc: Doc, options: ExportOptions, template: Template) -> bytes:
    w = _Writer(options, template, doc.title, doc.generated_on)
    w.note(doc)
    return w.bytes()


def render_pack_docx(docs: Sequence[Doc], options: ExportOptions, template: Template, title: str) -> bytes:
    if not docs:
        raise ValueError("a meeting pack needs at least one note")
    w = _Writer(options, template, title, docs[0].generated_on)
    w.doc.add_heading(title, level=0)
    w.doc.add_paragraph(f"{template.unit()} — {format_day(docs[0].generated_on)}")
    w.doc.add_heading(template.word("contents"), level=1)
    for i, d in enumerate(docs, start=1):
        w.doc.add_paragraph(f"{i}. {d.title} — {d.subtitle}")
    for d in docs:
        w.page_break()
        w.note(d)
    return w.bytes()


def write_docx(data: bytes, target: Path, folder: Path | None = None) -> Path:
    with atomic_write(Path(target), "wb", encoding=None, folder=folder) as fh:
        fh.write(data)  # type: ignore[arg-type]
    return Path(target)
