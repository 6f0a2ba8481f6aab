"""Render briefing documents to PDF with Typst: notes, meeting packs and the report draft.

The layout is a Typst template (resources/templates/briefing.typ, or the data folder's copy);
the document reaches it as JSON data in `sys.inputs`, never as markup, so nothing a user typed
can change the document's structure. Typst writes a tagged PDF/A-2a and PDF/UA-1 file (it
refuses to write one that breaks either standard), with `/Lang`, bookmarks from the headings,
footnotes, the pack's contents as links, and only the bundled Noto fonts (system fonts are
ignored, so every machine prints the same pages). The preview is the same pages as PNG images.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import typst

from ncdesk import __version__, paths
from ncdesk.core.text import Message, Typed
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
from ncdesk.io.translations import day as format_day
from ncdesk.io.translations import marking_in
from ncdesk.store.file.atomic import atomic_write

# Asked of every PDF: archival (PDF/A-2, level a: tagged, Unicode text) and accessible (PDF/UA-1).
STANDARDS: list[Any] = ["a-2a", "ua-1"]
# The bundled fonts, in the order a character is looked for.
FONTS = ("Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew")

_compilers: dict[tuple[str, str], Any] = {}
_lock = threading.Lock()

# Right to left, a run of Latin words, numbers and their punctuation ("3–6 April 2025", "mid-October
# 2025", "S/RES/1593 (2005)") is a Unicode isolate (LRI … PDI): laid out left to right as one piece,
# a neutral to the Arabic around it. Without it, the numbers of "(3–6 April 2025)" took the Arabic
# direction and the date came out as "(April 2025 6–3)", on one line or across a line break. Runs of
# digits alone are left to the Arabic (an Arabic sentence's "3–6" reads right to left). A quotation
# in Latin letters (a decision's title, as the Court gives it, between the marks ”‎…‎“ or ‎«…»‎ of
# the report's sentences) is one isolate with its marks inside (” “ in their English form): each mark
# stays at its own end of the quotation on every line it is broken across. The left-to-right marks
# the translations put around Latin words go: the isolates do their work, and a mark near an isolate
# made Typst write the isolate into the text layer. The template lays the isolates out and keeps
# them out of the text layer; user text never carries one (model.clean removes them).
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
# What joins the words of one run: spaces, punctuation, straight quotes, an address's signs.
_JOIN = " \u00a0.,:;'\u2019\"/&+?=%#_~@\u2010\u2011\u2013\u2014-"  # the hyphen last: it ends each [class]
_BRACKETED = f"\\((?:[{_LATIN}0-9{_JOIN}]|\\([{_LATIN}0-9{_JOIN}]*\\))*\\)"  # "(S/RES/1593 (2005), para. 2)"
_RUN = f"[{_LATIN}0-9]+(?:[{_JOIN}]+[{_LATIN}0-9]+|[{_JOIN}]*{_BRACKETED})*"
_PLAIN = '[^”“"«»\u0600-\u06ff]'
_INSIDE = f'(?:{_PLAIN}|"{_PLAIN}*")*?'  # a quotation may quote a title between straight quotes
_QUOTED = f'[”“](?P<quoted>{_INSIDE})[”“]|"(?P<straight>{_PLAIN}*?)"|«(?P<guillemets>{_INSIDE})»'
_LATIN_PIECE = re.compile(f"{_QUOTED}|{_RUN}")
_LATIN_LETTER = re.compile(f"[{_LATIN}]")
_LEADING_NUMBER = re.compile("[0-9]+(?: *[:;,] *|[.] +)")
# Two pieces with only punctuation between them are one ("«Report (2005)». The Prosecutor appealed"):
# apart, the second came out on the left of the first, like two Arabic words.
_ADJACENT = re.compile("\u2069([ \u00a0.,:;]*)\u2066")


def _piece(m: re.Match[str]) -> str:
    if not _LATIN_LETTER.search(m[0]):
        return m[0]
    if m["quoted"] is not None or m["straight"] is not None:
        return f"\u2066“{m['quoted'] if m['quoted'] is not None else m['straight']}”\u2069"
    if m["guillemets"] is not None:
        return f"\u2066«{m['guillemets']}»\u2069"
    # A number before a colon or a full stop ("3 أيلول/سبتمبر 2025: The Bureau …") ends the Arabic.
    lead = _LEADING_NUMBER.match(m[0])
    start = lead.end() if lead else 0
    return f"{m[0][:start]}\u2066{m[0][start:]}\u2069"


def isolate_latin(text: str) -> str:
    """*text* with each run of Latin words and each Latin quotation in it set apart as a
    left-to-right isolate, for a right-to-left document."""
    return _ADJACENT.sub(r"\1", _LATIN_PIECE.sub(_piece, text.replace("\u200e", "")))


def _isolated(value: Any) -> Any:
    """The printed strings of a note's data (its runs, footnotes and sources) with `isolate_latin`."""
    if isinstance(value, list):
        return [_isolated(v) for v in value]
    if isinstance(value, dict):
        return {k: isolate_latin(v) if k in ("text", "source") else _isolated(v) for k, v in value.items()}
    return value


def _runs(runs: Sequence[Run], part: int, doc: Doc, seen: set[int]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for r in runs:
        item: dict[str, Any] = {"text": r.text}
        if r.bold:
            item["b"] = True
        if r.italic:
            item["i"] = True
        if r.note is not None and 0 < r.note <= len(doc.sources):
            item.update(note=r.note, part=part, first=r.note not in seen, source=doc.sources[r.note - 1])
            seen.add(r.note)
        out.append(item)
    return out


def _longest(texts: Sequence[str]) -> str:
    """The longest word of *texts*: a table column is made at least as wide as it."""
    return max((w for t in texts for w in t.split()), key=len, default="")


def doc_data(doc: Doc, part: int) -> dict[str, Any]:
    """One note (or the report) as the template's data: its blocks, its footnotes marked where
    first cited, and the sources no sentence cites (listed at its end)."""
    seen: set[int] = set()
    blocks: list[dict[str, Any]] = []
    for b in doc.blocks:
        if isinstance(b, Heading):
            blocks.append({"t": "h", "text": b.text, "level": b.level})
        elif isinstance(b, Paragraph):
            blocks.append({"t": "p", "runs": _runs(b.runs, part, doc, seen), "number": b.number, "style": b.style})
        elif isinstance(b, Bullets):
            blocks.append({"t": "ul", "items": [_runs(item, part, doc, seen) for item in b.items]})
        elif isinstance(b, KeyValues):
            blocks.append({"t": "kv", "rows": [[k, _runs(v, part, doc, seen)] for k, v in b.rows]})
        elif isinstance(b, Table):
            widths = list(b.widths) if len(b.widths) == len(b.headers) else [1] * len(b.headers)
            rows = [[_runs(cell, part, doc, seen) for cell in row] for row in b.rows]
            longest = [
                _longest([h, *("".join(r.text for r in row[c]) for row in b.rows if c < len(row))])
                for c, h in enumerate(b.headers)
            ]
            blocks.append(
                {"t": "table", "headers": list(b.headers), "widths": widths, "rows": rows, "longest": longest}
            )
        elif isinstance(b, Callout):
            blocks.append({"t": "callout", "title": b.title, "runs": _runs(b.runs, part, doc, seen), "tone": b.tone})
    uncited = [s for n, s in enumerate(doc.sources, 1) if n not in seen]
    return {"part": part, "title": doc.title, "subtitle": doc.subtitle, "blocks": blocks, "uncited": uncited}


def _logo(template: Template) -> dict[str, Any] | None:
    path = template.logo_path()
    if path is None or path.suffix.lower() not in (".svg", ".png", ".jpg", ".jpeg"):
        return None
    fmt = {".svg": "svg", ".png": "png"}.get(path.suffix.lower(), "jpg")
    # As numbers: the template turns them back into the image's bytes (it reads no file of its own).
    return {"bytes": list(path.read_bytes()), "format": fmt, "alt": template.unit() or "ncdesk"}


def document_data(
    docs: Sequence[Doc], options: ExportOptions, template: Template, pack_title: str = ""
) -> dict[str, Any]:
    """Everything the template prints, as plain data."""
    if not docs:
        raise ValueError("a meeting pack needs at least one note")
    first = docs[0]
    marking = marking_in(options.marking, template.language)
    title = pack_title or first.title
    keywords = [template.word("briefing_note"), first.kind] if not pack_title else [template.word("meeting_pack")]
    keywords += [d.title for d in docs] if pack_title else []
    day: dt.date = first.generated_on
    rtl = template.language == "ar"
    # Kept whole in a narrow footer ("Preparada el 7 de diciembre de 2026 — ncdesk" above "0.1.0").
    generated = f"{template.word('generated')} {format_day(day)} —\u00a0ncdesk\u00a0{__version__}"
    notes = [doc_data(d, n) for n, d in enumerate(docs, 1)]
    if rtl:
        notes = [{**n, "blocks": _isolated(n["blocks"]), "uncited": [isolate_latin(u) for u in n["uncited"]]}
                 for n in notes]  # fmt: skip
    return {
        "lang": template.language,
        "paper": "a4" if options.paper == "a4" else "us-letter",
        "fonts": [str(template.layout.get("font_family") or FONTS[0]), *FONTS],
        "font_size": float(template.layout.get("font_size", 10)),
        "marking": marking.upper(),
        "marking_public": options.marking.casefold() == "public",
        "title": title,
        "author": options.author or template.unit() or "ncdesk",
        "keywords": [k for k in keywords if k],
        "date": [day.year, day.month, day.day],
        "unit": template.unit(),
        "generated": isolate_latin(generated) if rtl else generated,
        "words": {k: template.word(k) for k in ("page", "of", "sources", "contents", "briefing_note")},
        "logo": _logo(template),
        "cover": {"title": pack_title, "subtitle": f"{template.unit()} — {format_day(day)}"} if pack_title else None,
        "docs": notes,
    }


def _compiler(template: Template) -> Any:
    """One compiler per template and fonts, kept: the fonts are read once per process."""
    source = template.typst_path()
    key = (str(source), str(paths.resource_path("fonts")))
    with _lock:
        found = _compilers.get(key)
        if found is None:
            found = typst.Compiler(
                source, root=source.parent, font_paths=[paths.resource_path("fonts")], ignore_system_fonts=True
            )
            _compilers[key] = found
        return found


def compile_data(data: dict[str, Any], template: Template, fmt: str = "pdf", ppi: float | None = None) -> Any:
    """The template typeset on *data*: the PDF's bytes, or each page as PNG bytes."""
    compiler = _compiler(template)
    inputs = {"data": json.dumps(data, ensure_ascii=False)}
    try:
        with _lock:  # one compiler holds one set of inputs at a time
            if fmt == "png":
                out = compiler.compile(format="png", ppi=ppi or 96.0, sys_inputs=inputs)
                return out if isinstance(out, list) else [out]
            return compiler.compile(format="pdf", sys_inputs=inputs, pdf_standards=STANDARDS)
    except typst.TypstError as exc:
        raise ValueError(
            Message("The PDF could not be typeset (%1): %2", Typed(template.typst_path()), Typed(exc.message))
        ) from None


def render_pdf(doc: Doc, options: ExportOptions, template: Template) -> bytes:
    return bytes(compile_data(document_data([doc], options, template), template))


def render_pack_pdf(docs: Sequence[Doc], options: ExportOptions, template: Template, title: str) -> bytes:
    """A meeting pack: a cover with the contents (each note's title a link, with its page), then each note."""
    return bytes(compile_data(document_data(docs, options, template, title), template))


def preview_pngs(docs: Sequence[Doc], options: ExportOptions, template: Template, pack_title: str = "",
                 ppi: float = 96.0) -> list[bytes]:  # fmt: skip
    """The PDF's pages as PNG images: the same layout as the file saved."""
    return [bytes(p) for p in compile_data(document_data(docs, options, template, pack_title), template, "png", ppi)]


def write_pdf(data: bytes, target: Path, folder: Path | None = None) -> Path:
    """Write the PDF atomically: a failure leaves any existing file as it was."""
    with atomic_write(Path(target), "wb", encoding=None, folder=folder) as fh:
        fh.write(data)
    return Path(target)


__all__ = ["render_pdf", "render_pack_pdf", "preview_pngs", "write_pdf", "document_data"]
