"""Render briefing documents to PDF with Qt: QTextDocument for the text, QPdfWriter for the
pages, our own header and footer on every page (classification marking, title, "Page n of N").

The bundled Noto Sans fonts are loaded first and embedded in the file, so names such as Päivi
Kaukoranta or Côte d'Ivoire, and Arabic or Hebrew text, render on any machine. All record text
is HTML-escaped here: nothing a user typed can become markup.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ncdesk import __version__
from ncdesk.io.atomic import atomic_write
from ncdesk.io.briefing.model import (
    Bullets,
    Callout,
    Doc,
    ExportOptions,
    Heading,
    KeyValues,
    Paragraph,
    Run,
    Table,
)
from ncdesk.io.briefing.templates import Template
from ncdesk.io.translations import RTL, marking_in
from ncdesk.io.translations import day as format_day

MM = 1 / 25.4  # inches per millimetre

CSS = """
body { color: #111111; }
h1 { font-size: 16pt; font-weight: bold; color: #1f3b63; margin-bottom: 2px; }
p.subtitle { font-size: 11pt; color: #444444; margin-top: 0px; margin-bottom: 10px; }
h2 { font-size: 12pt; font-weight: bold; color: #1f3b63; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 10.5pt; font-weight: bold; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 2px; margin-bottom: 5px; }
p.small { font-size: 8.5pt; color: #555555; }
p.lead { font-weight: bold; margin-top: 6px; }
p.placeholder { font-style: italic; color: #8a5a00; }
p.numbered { margin-left: 22px; text-indent: -22px; }
table.data { border-collapse: collapse; margin-top: 3px; margin-bottom: 6px; }
table.data th { background-color: #e8edf4; font-weight: bold; font-size: 8.5pt; text-align: left; }
table.data td { font-size: 8.5pt; vertical-align: top; }
table.kv td { vertical-align: top; padding: 1px 6px 1px 0px; }
td.key { color: #444444; white-space: nowrap; }
ol.sources li { font-size: 8pt; color: #333333; }
sup { font-size: 7pt; }
"""

# Right to left, the hanging paragraph numbers hang on the right.
CSS_RTL = CSS.replace(
    "p.numbered { margin-left: 22px; text-indent: -22px; }", "p.numbered { margin-right: 22px; text-indent: -22px; }"
)

TONES = {"obliged": "#e7f3ea", "not_obliged": "#fbf0dc", "warning": "#fbe3e3", "neutral": "#eef2f7"}


def _e(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


_LTR_PIECE = re.compile("[A-Za-z0-9]")


def _row(cells: Sequence[str], rtl: bool) -> str:
    """A table row's cells (HTML) in reading order: Qt's rich text does not lay tables out right
    to left, so in Arabic the first cell is written last (it then stands on the right)."""
    return "".join(reversed(cells) if rtl else cells)


def _runs(runs: Sequence[Run], rtl: bool = False) -> str:
    """Runs as HTML. Right to left, a run with Latin letters or digits (a date typed "3–6 April
    2025", a title, a name) is kept in one piece between FIRST STRONG ISOLATE and POP DIRECTIONAL
    ISOLATE: the bidi algorithm would otherwise show "April 2025 6–3". The piece takes the
    direction of its first letter, so an Arabic sentence stays right to left."""
    out = []
    for r in runs:
        text = _e(r.text)
        if r.bold:
            text = f"<b>{text}</b>"
        if r.italic:
            text = f"<i>{text}</i>"
        if r.note is not None:
            text += f"<sup>{r.note}</sup>"
        if rtl and _LTR_PIECE.search(r.text):  # the note's number stays at the end of its words
            text = f"\u2068{text}\u2069"
        out.append(text)
    return "".join(out)


def to_html(doc: Doc, template: Template, anchor: str = "") -> str:
    """The document as the HTML subset QTextDocument understands."""
    rtl = template.language in RTL
    out = []
    if anchor:
        out.append(f'<a name="{_e(anchor)}"></a>')
    out.append(f"<h1>{_e(doc.title)}</h1>")
    if doc.subtitle:
        out.append(f'<p class="subtitle">{_e(doc.subtitle)}</p>')
    for b in doc.blocks:
        if isinstance(b, Heading):
            out.append(f"<h{b.level + 1}>{_e(b.text)}</h{b.level + 1}>")
        elif isinstance(b, Paragraph):
            if b.number is not None:
                # Right to left, "10." stays "10." (not ".10") between LEFT-TO-RIGHT MARKs.
                number = f"\u200e{b.number}.\u200e" if template.language in RTL else f"{b.number}."
                out.append(f'<p class="numbered {b.style}">{number}&nbsp;&nbsp;{_runs(b.runs, rtl)}</p>')
            else:
                out.append(f'<p class="{b.style}">{_runs(b.runs, rtl)}</p>')
        elif isinstance(b, Bullets):
            out.append("<ul>" + "".join(f"<li>{_runs(item, rtl)}</li>" for item in b.items) + "</ul>")
        elif isinstance(b, KeyValues):
            rows = "".join(
                "<tr>" + _row([f'<td class="key" width="28%">{_e(k)}</td>', f"<td>{_runs(v, rtl)}</td>"], rtl) + "</tr>"
                for k, v in b.rows
            )
            out.append(f'<table class="kv" width="100%" cellspacing="0" cellpadding="2">{rows}</table>')
        elif isinstance(b, Table):
            total = sum(b.widths) or len(b.headers)
            widths = (
                [round(100 * w / total) for w in b.widths]
                if b.widths
                else [round(100 / len(b.headers))] * len(b.headers)
            )
            head = _row([f'<th width="{w}%">{_e(h)}</th>' for h, w in zip(b.headers, widths, strict=False)], rtl)
            body = "".join(
                "<tr>" + _row([f"<td>{_runs(cell, rtl)}</td>" for cell in row], rtl) + "</tr>" for row in b.rows
            )
            out.append(
                f'<table class="data" width="100%" border="1" cellspacing="0" cellpadding="3" '
                f'style="border-color: #b9c4d3;"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
            )
        elif isinstance(b, Callout):
            colour = TONES.get(b.tone, TONES["neutral"])
            out.append(
                f'<table width="99%" cellspacing="0" cellpadding="6" bgcolor="{colour}" border="1" '
                f'style="border-color: #b9c4d3; margin-top: 4px; margin-bottom: 4px;"><tr><td>'
                f"<b>{_e(b.title)}</b><br>{_runs(b.runs, rtl)}</td></tr></table>"
            )
    if doc.sources:
        out.append(f"<h2>{_e(template.word('sources'))}</h2>")
        out.append('<ol class="sources">' + "".join(f"<li>{_runs([Run(s)], rtl)}</li>" for s in doc.sources) + "</ol>")
    return "".join(out)


@dataclass
class _Part:
    html: str
    title: str  # shown in the page header


def _ensure_gui() -> None:
    """QTextDocument and fonts need a QGuiApplication; the command line runs offscreen."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication(["ncdesk"])  # the full kind, so that the window can share it
    from ncdesk.ui.fonts import load_fonts

    load_fonts()


class Pages:
    """Every part laid out on pages of the chosen paper, painted with header and footer onto a
    PDF (to save) or onto images (to preview): both show exactly the same pages."""

    DPI = 300

    def __init__(
        self, parts: Sequence[_Part], options: ExportOptions, template: Template, title: str, generated_on: dt.date
    ) -> None:
        _ensure_gui()
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, Qt
        from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption

        self.parts, self.options, self.template, self.title = list(parts), options, template, title
        size = QPageSize(QPageSize.PageSizeId.A4 if options.paper == "a4" else QPageSize.PageSizeId.Letter)
        self.page_layout = QPageLayout(
            size, QPageLayout.Orientation.Portrait, QMarginsF(18, 14, 18, 14), QPageLayout.Unit.Millimeter
        )
        # The text is laid out once, for a 300 dpi page; every painting reuses the layout.
        self._scratch = QByteArray()
        buffer = QBuffer(self._scratch)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._device = QPdfWriter(buffer)
        self._device.setResolution(self.DPI)
        self._device.setPageLayout(self.page_layout)
        paint = self.page_layout.paintRectPixels(self.DPI)
        self.width, self.height = float(paint.width()), float(paint.height())
        self.band = 14 * MM * self.DPI
        self.body_h = self.height - 2 * self.band
        self.family = str(template.layout.get("font_family", "Noto Sans"))
        self.docs: list[QTextDocument] = []
        for part in self.parts:
            qdoc = QTextDocument()
            qdoc.documentLayout().setPaintDevice(self._device)
            font = QFont(self.family)
            font.setPointSizeF(float(template.layout.get("font_size", 10)))
            qdoc.setDefaultFont(font)
            qdoc.setDefaultStyleSheet(CSS_RTL if template.language in RTL else CSS)
            qdoc.setDocumentMargin(0)
            if template.language in RTL:  # Arabic: every paragraph, list and table right to left
                option = QTextOption()
                option.setTextDirection(Qt.LayoutDirection.RightToLeft)
                option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
                qdoc.setDefaultTextOption(option)
            qdoc.setHtml(part.html)
            qdoc.setPageSize(QSizeF(self.width, self.body_h))
            self.docs.append(qdoc)
        self.index = [(p, i) for p, qdoc in enumerate(self.docs) for i in range(qdoc.pageCount())]
        self.generated = f"{template.word('generated')} {format_day(generated_on)} — ncdesk {__version__}"
        logo = template.logo_path()
        from PySide6.QtSvg import QSvgRenderer

        self.logo = QSvgRenderer(str(logo)) if logo is not None and logo.suffix == ".svg" else None

    @property
    def total(self) -> int:
        return len(self.index)

    def paint(self, painter: object, number: int) -> None:
        """Page *number* (from 0), in 300 dpi units from the top-left of the printable area."""
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

        assert isinstance(painter, QPainter)
        part_no, i = self.index[number]
        width, height, band, body_h = self.width, self.height, self.band, self.body_h
        painter.save()
        painter.translate(0, band - i * body_h)
        self.docs[part_no].drawContents(painter, QRectF(0, i * body_h, width, body_h))
        painter.restore()
        small = QFont(self.family)
        small.setPointSizeF(7.5)
        mark = QFont(self.family)
        mark.setPointSizeF(9)
        mark.setBold(True)
        rtl = self.template.language in RTL  # Arabic: the header and the footer mirrored too
        start = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        end = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
        marking = marking_in(self.options.marking, self.template.language).upper()
        # The marking in the middle; the texts either side are shortened ("…") to the room left
        # beside it, so that a long marking or title ("Distribución reservada") overlaps nothing.
        gap = 3 * MM * self.DPI
        side_w = (width - QFontMetricsF(mark, painter.device()).horizontalAdvance(marking)) / 2 - gap
        fit = QFontMetricsF(small, painter.device())

        def shorten(text: str, room: float) -> str:
            return "\n".join(fit.elidedText(line, Qt.TextElideMode.ElideRight, room) for line in text.split("\n"))

        painter.setPen(QColor("#555555"))
        painter.setFont(small)
        inset = 0.0
        if self.logo is not None and self.logo.isValid():
            logo_side = band * 0.7
            self.logo.render(painter, QRectF(width - logo_side if rtl else 0, 0, logo_side, logo_side))
            inset = logo_side + 2 * MM * self.DPI
        box = max(side_w - inset, 0.0)
        header = shorten(f"{self.template.unit()}\n{self.parts[part_no].title}", box)
        painter.drawText(
            QRectF(width - inset - box if rtl else inset, 0, box, band), start | Qt.AlignmentFlag.AlignTop, header
        )
        painter.setFont(mark)
        painter.setPen(QColor("#9b1c1c") if self.options.marking.lower() != "public" else QColor("#333333"))
        painter.drawText(
            QRectF(0, 0, width, band * 0.6), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, marking
        )
        bottom = Qt.AlignmentFlag.AlignBottom
        painter.drawText(
            QRectF(0, height - band * 0.6, width, band * 0.6), Qt.AlignmentFlag.AlignHCenter | bottom, marking
        )
        painter.setPen(QColor("#b9c4d3"))
        painter.drawLine(0, int(band * 0.85), int(width), int(band * 0.85))
        painter.drawLine(0, int(height - band * 0.85), int(width), int(height - band * 0.85))
        painter.setPen(QColor("#555555"))
        painter.setFont(small)
        room = max(side_w, 0.0)
        foot = QRectF(width - room if rtl else 0, height - band * 0.6, room, band * 0.6)
        painter.drawText(foot, start | bottom, shorten(self.generated, room))
        page = f"{self.template.word('page')} {number + 1} {self.template.word('of')} {self.total}"
        painter.drawText(
            QRectF(0 if rtl else width - room, height - band * 0.6, room, band * 0.6),
            end | bottom,
            shorten(page, room),
        )

    def to_pdf(self) -> bytes:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtGui import QPainter, QPdfWriter

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setCreator(f"ncdesk {__version__}")
        writer.setTitle(self.title)
        writer.setResolution(self.DPI)
        writer.setPageLayout(self.page_layout)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError("the PDF could not be started")
        try:
            for n in range(self.total):
                if n:
                    writer.newPage()
                self.paint(painter, n)
        finally:
            painter.end()
        buffer.close()
        return bytes(data.data())

    def to_images(self, dpi: int = 96) -> list[object]:
        """Each page as an image at *dpi*, on white paper: the preview."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage, QPainter

        full = self.page_layout.fullRectPixels(dpi)
        margin = self.page_layout.marginsPixels(dpi)
        images: list[object] = []
        for n in range(self.total):
            image = QImage(full.width(), full.height(), QImage.Format.Format_RGB32)
            # Point sizes on the image must mean what they mean in the PDF (a 300 dpi device).
            image.setDotsPerMeterX(round(self.DPI / 0.0254))
            image.setDotsPerMeterY(round(self.DPI / 0.0254))
            image.fill(Qt.GlobalColor.white)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.translate(margin.left(), margin.top())
            painter.scale(dpi / self.DPI, dpi / self.DPI)
            self.paint(painter, n)
            painter.end()
            images.append(image)
        return images


def render_pdf_parts(
    parts: Sequence[_Part], options: ExportOptions, template: Template, title: str, generated_on: dt.date
) -> bytes:
    return Pages(parts, options, template, title, generated_on).to_pdf()


def note_pages(doc: Doc, options: ExportOptions, template: Template) -> Pages:
    return Pages([_Part(to_html(doc, template), doc.title)], options, template, doc.title, doc.generated_on)


def render_pdf(doc: Doc, options: ExportOptions, template: Template) -> bytes:
    return render_pdf_parts([_Part(to_html(doc, template), doc.title)], options, template, doc.title, doc.generated_on)


def render_pack_pdf(docs: Sequence[Doc], options: ExportOptions, template: Template, title: str) -> bytes:
    """A meeting pack: a cover with the contents (and the page of each note), then each note."""
    return pack_pages(docs, options, template, title).to_pdf()


def pack_pages(docs: Sequence[Doc], options: ExportOptions, template: Template, title: str) -> Pages:
    if not docs:
        raise ValueError("a meeting pack needs at least one note")
    _ensure_gui()
    notes = [_Part(to_html(d, template), d.title) for d in docs]
    # Lay the notes out once to know where each begins, then write the cover with those pages.
    starts: list[int] = []
    cover_pages = 1
    for _ in range(2):
        page = cover_pages + 1
        starts = []
        for n in notes:
            starts.append(page)
            page += _page_count(n, options, template)
        cover = _Part(_cover_html(docs, starts, options, template, title), title)
        pages = _page_count(cover, options, template)
        if pages == cover_pages:
            break
        cover_pages = pages
    return Pages([cover, *notes], options, template, title, docs[0].generated_on)


def _page_count(part: _Part, options: ExportOptions, template: Template) -> int:
    return Pages([part], options, template, part.title, dt.date.today()).total


def _cover_html(docs: Sequence[Doc], starts: list[int], options: ExportOptions, template: Template, title: str) -> str:
    rtl = template.language in RTL
    page_align = "left" if rtl else "right"
    rows = "".join(
        "<tr>"
        + _row(
            [
                f'<td width="88%">{_runs([Run(d.title)], rtl)}<br>'
                f'<span style="color:#555555; font-size:8.5pt;">{_runs([Run(d.subtitle)], rtl)}</span></td>',
                f'<td width="12%" align="{page_align}">{start}</td>',
            ],
            rtl,
        )
        + "</tr>"
        for d, start in zip(docs, starts, strict=True)
    )
    head = _row(
        [
            f"<th>{_e(template.word('briefing_note'))}</th>",
            f'<th align="{page_align}">{_e(template.word("page"))}</th>',
        ],
        rtl,
    )
    return (
        f"<h1>{_e(title)}</h1>"
        f'<p class="subtitle">{_e(template.unit())} — {_e(format_day(docs[0].generated_on))}</p>'
        f"<h2>{_e(template.word('contents'))}</h2>"
        f'<table class="data" width="100%" border="1" cellspacing="0" cellpadding="4" style="border-color: #b9c4d3;">'
        f"<thead><tr>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def write_pdf(data: bytes, target: Path, folder: Path | None = None) -> Path:
    """Write the PDF atomically: a failure leaves any existing file as it was."""
    with atomic_write(Path(target), "wb", encoding=None, folder=folder) as fh:
        fh.write(data)  # type: ignore[arg-type]
    return Path(target)


__all__ = ["render_pdf", "render_pack_pdf", "write_pdf", "to_html"]
