"""A paragraph broken across pages keeps at least two lines on each side (no widow, no orphan),
also when its footnote reference repeats a source cited before (the report's usual case)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pypdf import PdfReader

from ncdesk.io.briefing.model import Doc, ExportOptions, Paragraph, Run
from ncdesk.io.briefing.pdf import render_pdf
from ncdesk.io.briefing.templates import load_template
from ncdesk.store.store import Store
from tests.io.test_pdf_typst import _words

TODAY = dt.date(2026, 11, 23)


def _body_lines(target: Path, page: int) -> list[str]:
    """The first word of each line of the page's body, top to bottom: below the header, above the
    footer, without the footnote (its words are the source's)."""
    lines: dict[float, list[tuple[float, str]]] = {}
    for x0, y, _x1, w in _words(target, page):
        if 70 < y < 770:
            lines.setdefault(next((k for k in lines if abs(k - y) < 2), y), []).append((x0, w))
    body = [sorted(lines[y]) for y in sorted(lines)]
    return [line[0][1] for line in body if "entered" not in [w for _x, w in line]]


def test_no_widow_or_orphan_with_repeated_footnote_references(store: Store, tmp_path: Path) -> None:
    template = load_template(store.folder)
    doc = Doc(title="Report", subtitle="", kind="report", generated_on=TODAY)
    sentence = "Omar Hassan Ahmad Al Bashir visited a State Party to the Statute on an official visit. "
    for n in range(1, 91):
        text = sentence * (1 + n % 5)  # one to five lines, so that page ends fall inside paragraphs
        doc.add(Paragraph([Run(text, note=doc.cite("Record entered in ncdesk on 1 November 2026"))], number=n))
    target = tmp_path / "widows.pdf"
    target.write_bytes(render_pdf(doc, ExportOptions(), template))
    pages = len(PdfReader(str(target)).pages)
    assert pages >= 5
    starts = [[bool(re.fullmatch(r"\d+\.", w)) for w in _body_lines(target, p)] for p in range(1, pages + 1)]
    for page, lines in enumerate(starts, 1):
        if page > 1 and not lines[0]:  # the page begins inside a paragraph: two of its lines at least
            assert len(lines) > 1 and not lines[1], f"page {page} begins with a paragraph's last line alone"
        if page < pages and not starts[page][0]:  # the paragraph at the page's foot goes on
            assert not lines[-1], f"page {page} ends with a paragraph's first line alone"
