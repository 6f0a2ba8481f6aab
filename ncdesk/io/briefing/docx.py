"""Render briefing documents to Word (.docx) with python-docx, so they can be edited further.

Same content as the PDF: headings, numbered paragraphs, tables whose header row repeats on
each page, the obligation callouts, superscript source numbers and the sources list; the
classification marking in the header and the footer, "Page n of N" as Word fields. The report's
paragraphs are numbered by Word (a list in numbering.xml) and its sources are Word footnotes
(footnotes.xml), so a paragraph inserted in Word renumbers the rest. Every document says who
wrote it and what it is in its core properties, never "python-docx".
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from ncdesk import __version__, paths
from ncdesk.io.briefing.model import Bullets, Callout, Doc, ExportOptions, Heading, KeyValues, Paragraph, Run, Table
from ncdesk.io.briefing.templates import Template
from ncdesk.io.translations import RTL, marking_in
from ncdesk.io.translations import day as format_day
from ncdesk.store.file.atomic import atomic_write

BLUE = RGBColor(0x1F, 0x3B, 0x63)
RED = RGBColor(0x9B, 0x1C, 0x1C)
SHADES = {"obliged": "E7F3EA", "not_obliged": "FBF0DC", "warning": "FBE3E3", "neutral": "EEF2F7"}
PAPER = {"a4": (Mm(210), Mm(297)), "letter": (Mm(215.9), Mm(279.4))}
# The complex-script font of Arabic text: one every Word has (Windows and macOS ship Arial with
# Arabic letters); LibreOffice without it falls back to an Arabic font of the system.
ARABIC_FONT = "Arial"


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
    the headers, the footers and the footnotes; Arabic the language Word checks it in."""
    parts = [document.element.body]
    for section in document.sections:
        parts += [section.header._element, section.footer._element]
    notes = _footnotes_part(document)
    if notes is not None:
        parts.append(notes.element)
    normal = _first(document.styles["Normal"].element, "w:rPr")
    _run_prop(normal, "w:rFonts").set(qn("w:cs"), font)
    _run_prop(normal, "w:lang").set(qn("w:bidi"), "ar-SA")
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


def set_paper(document: Any, paper: str) -> None:
    """Every section on *paper* (a4, letter), upright; the margins stay."""
    for section in document.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = PAPER[paper]


def marking_paragraph(paragraph: Any, marking: str) -> None:
    """*paragraph* made the classification marking line: centred, bold, red, as on the PDFs."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(marking.upper())
    run.bold = True
    run.font.color.rgb = RED


def describe(document: Any, *, title: str, author: str, marking: str, day: dt.date) -> None:
    """The core properties (File > Info in Word): the title, who wrote it (the data folder's
    identity or the user, as on the PDFs), the marking as subject, dated *day*; nothing left of
    the python-docx template's own ("python-docx", "generated by python-docx", 2013)."""
    props = document.core_properties
    props.title = title
    props.author = props.last_modified_by = author or "ncdesk"
    props.subject = marking
    props.comments = f"Classification: {marking}" if marking else ""
    props.keywords = "ncdesk"
    props.category = ""
    props.revision = 1
    props.created = props.modified = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


# Footnotes: python-docx reads none and writes none, so the part is made here (ECMA-376 part 1,
# 17.11): the separator and continuation separator Word expects (ids -1 and 0, named in
# settings.xml), then one w:footnote per reference, numbered by Word.
_FOOTNOTES = (
    f"<w:footnotes {nsdecls('w')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    "</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)
_FOOTNOTE_STYLES = (
    f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
    '<w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>',
    f'<w:style {nsdecls("w")} w:type="character" w:customStyle="1" w:styleId="FootnoteTextChar">'
    '<w:name w:val="Footnote Text Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/>'
    '<w:uiPriority w:val="99"/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>',
    f'<w:style {nsdecls("w")} w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
)
# What follows w:footnotePr in w:settings (CT_Settings).
_AFTER_FOOTNOTE_PR = ("w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema",
                      "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
                      "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown",
                      "w:smartTagType", "w:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags",
                      "w:decimalSymbol", "w:listSeparator")  # fmt: skip


def _footnotes_part(document: Any) -> Any:
    for rel in document.part.rels.values():
        if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES and not rel.is_external:
            return rel.target_part
    return None


class Footnotes:
    """The document's footnotes part, made on the first footnote."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.part: Any = _footnotes_part(document)

    def _make(self) -> Any:
        package = self.document.part.package
        part = XmlPart(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, parse_xml(_FOOTNOTES), package)
        self.document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
        styles = self.document.styles.element
        for xml in _FOOTNOTE_STYLES:
            style = parse_xml(xml)
            if styles.get_by_id(style.get(qn("w:styleId"))) is None:
                styles.append(style)
        settings = self.document.settings.element
        if settings.find(qn("w:footnotePr")) is None:
            pr = _insert(settings, "w:footnotePr", _AFTER_FOOTNOTE_PR)
            for special in ("-1", "0"):
                ref = OxmlElement("w:footnote")
                ref.set(qn("w:id"), special)
                pr.append(ref)
        return part

    def add(self, paragraph: Any, text: str) -> int:
        """A footnote reference at the end of *paragraph*, its note saying *text*; its id."""
        if self.part is None:
            self.part = self._make()
        root = self.part.element
        ids = [int(n.get(qn("w:id"))) for n in root.iter(qn("w:footnote"))]
        number = max([0, *ids]) + 1
        note = parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> </w:t></w:r></w:p></w:footnote>'
        )
        note.iter(qn("w:t")).__next__().text = f" {text}"  # as text, never parsed: it is the user's
        root.append(note)
        run = paragraph.add_run()
        rpr = _first(run._r, "w:rPr")
        _run_prop(rpr, "w:rStyle").set(qn("w:val"), "FootnoteReference")
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(number))
        run._r.append(ref)
        return number


def paragraph_numbers(document: Any, start: int = 1) -> int:
    """A numbering definition for the report's paragraphs ("1.", "2."… hanging 8 mm, as the
    Assembly's documents), added to numbering.xml; its w:numId, for the paragraphs' w:numPr. Right
    to left, Word and LibreOffice put the number on the right of a w:bidi paragraph by themselves."""
    numbering = document.part.numbering_part.element
    abstract_id = 1 + max([-1, *(int(a.get(qn("w:abstractNumId"))) for a in numbering.iter(qn("w:abstractNum")))])
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:nsid w:val="{0x4E430000 + abstract_id:08X}"/><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="454"/></w:tabs>'
        '<w:ind w:left="454" w:hanging="454"/></w:pPr></w:lvl></w:abstractNum>'
    )
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(abstract)  # every w:abstractNum before the first w:num
    else:
        numbering.append(abstract)
    num = numbering.add_num(abstract_id)
    if start != 1:
        override = parse_xml(
            f'<w:lvlOverride {nsdecls("w")} w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        )
        num.append(override)
    return int(num.numId)


def number(paragraph: Any, num_id: int) -> None:
    """*paragraph* one of the list *num_id* (level 0)."""
    ppr = paragraph._p.get_or_add_pPr()
    numpr = _insert(ppr, "w:numPr", _AFTER_NUMPR)
    for tag, value in (("w:ilvl", "0"), ("w:numId", str(num_id))):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        numpr.append(element)


# What follows w:numPr in w:pPr (CT_PPrBase).
_AFTER_NUMPR = ("w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
                "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                *_AFTER_BIDI)  # fmt: skip


def _runs(paragraph: Any, runs: Sequence[Run], size: float | None = None, rtl: bool = False,
          cite: Any = None) -> None:  # fmt: skip
    """*runs* added to *paragraph*; a source number as a superscript, or through *cite* (a
    Word footnote) when given."""
    for r in runs:
        if r.text:
            run = paragraph.add_run(_ltr(r.text) if rtl else r.text)
            run.bold = r.bold or None
            run.italic = r.italic or None
            if size:
                run.font.size = Pt(size)
        if r.note is not None:
            if cite is not None:
                cite(paragraph, r.note)
                continue
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
        # Arabic text is a complex script: its own font, one Word has (ARABIC_FONT, or the
        # template's docx_font_arabic), and the language Word checks it in (right_to_left).
        self.complex_font = str(template.layout.get("docx_font_arabic", ARABIC_FONT)) if self.rtl else font
        normal.element.rPr.rFonts.set(qn("w:cs"), self.complex_font)
        self.footnotes = Footnotes(self.doc)
        self.num_id: int | None = None
        self.sources: Sequence[str] = ()
        for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
            style = self.doc.styles[name]
            style.font.name = font
            style.font.color.rgb = BLUE
        section = self.doc.sections[0]
        set_paper(self.doc, options.paper)
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
        marking_paragraph(section.header.add_paragraph(), marking)
        marking_paragraph(section.footer.paragraphs[0], marking)
        line = section.footer.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        small = line.add_run(
            f"{template.word('generated')} {format_day(generated_on)} — ncdesk {__version__} — {template.word('page')} "
        )
        small.font.size = Pt(7.5)
        _field(line, "PAGE")
        line.add_run(f" {template.word('of')} ").font.size = Pt(7.5)
        _field(line, "NUMPAGES")
        describe(self.doc, title=title, author=options.author, marking=marking, day=generated_on)

    def note(self, d: Doc) -> None:
        self.doc.add_heading(d.title, level=0)
        if d.subtitle:
            sub = self.doc.add_paragraph(d.subtitle)
            sub.runs[0].font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        # The report's numbered paragraphs are a Word list and its sources Word footnotes; a
        # note keeps its sources listed at its end, as on its PDF.
        report = d.kind == "report"
        self.sources = d.sources if report else ()
        self.num_id = None
        for b in d.blocks:
            self.block(b)
        if d.sources and not report:
            self.doc.add_heading(self.t.word("sources"), level=1)
            for i, s in enumerate(d.sources, start=1):
                p = self.doc.add_paragraph()
                p.paragraph_format.left_indent = Mm(6)
                p.paragraph_format.first_line_indent = Mm(-6)
                r = p.add_run(f"\u200e{i}.\u200e\t{_ltr(s)}" if self.rtl else f"{i}.\t{s}")
                r.font.size = Pt(8)

    def block(self, b: object) -> None:  # noqa: PLR0912 - a branch per kind of block in the document
        if isinstance(b, Heading):
            self.doc.add_heading(b.text, level=min(b.level, 3))
        elif isinstance(b, Paragraph):
            p = self.doc.add_paragraph()
            if b.number is not None:
                if self.num_id is None:
                    self.num_id = paragraph_numbers(self.doc, b.number)
                number(p, self.num_id)
            _runs(p, b.runs, 8.5 if b.style == "small" else None, self.rtl, self._cite if self.sources else None)
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

    def _cite(self, paragraph: Any, note: int) -> None:
        text = self.sources[note - 1]
        self.footnotes.add(paragraph, _ltr(text) if self.rtl else text)

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
        fh.write(data)
    return Path(target)
