"""Briefing notes, meeting packs and the report draft, from records to a file (PDF or Word).

One entry point for the command line and the window: `render_*` return the bytes (the window
previews them), `export_*` write them atomically, choosing the format from the file name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from ncdesk.core.dates import format_day
from ncdesk.core.text import Message, Typed
from ncdesk.io.briefing.model import Doc, ExportOptions, clean
from ncdesk.io.briefing.notes import build_note
from ncdesk.io.briefing.pdf import preview_pngs, render_pack_pdf, render_pdf
from ncdesk.io.briefing.report import build_report
from ncdesk.io.briefing.templates import Template, load_template
from ncdesk.store.file.atomic import atomic_write
from ncdesk.store.records.lookup import document_author, title_of
from ncdesk.store.store import Store

FORMATS = (".pdf", ".docx")

# The kinds of note, by the name the command line uses, and their tables (the window uses these).
NOTE_TABLES = {"state": "state", "person": "person", "case": "icc_case", "situation": "situation",
               "alert": "travel_alert"}  # fmt: skip


def subject_title(store: Store, kind: str, record_id: str) -> str:
    """What a note is about, as the history names it: "Hungary", "travel alert 1a2b3c4d"."""
    table = NOTE_TABLES.get(kind, kind)
    record = store.get(table, record_id, include_deleted=True)
    if table == "travel_alert" or record is None:
        return f"{'travel alert' if table == 'travel_alert' else table.replace('_', ' ')} {record_id[:8]}"
    return " ".join(clean(title_of(table, record)).split())


def describe(store: Store, refs: Sequence[tuple[str, str]] = (),
             period: tuple[dt.date, dt.date] | None = None) -> str:  # fmt: skip
    """What an export of notes or of the report is, for the history of exports."""
    if period is not None:
        return f"draft report of the Bureau, {format_day(period[0])} to {format_day(period[1])}"
    if len(refs) == 1:
        return f"briefing note on {subject_title(store, *refs[0])}"
    titles = "; ".join(subject_title(store, k, i) for k, i in refs[:5]) + ("; …" if len(refs) > 5 else "")
    return f"meeting pack of {len(refs)} notes ({titles})"


def signed(options: ExportOptions, store: Store) -> ExportOptions:
    """*options* with the author the documents name in their metadata (store/lookup)."""
    return options if options.author else replace(options, author=document_author(store))


def format_of(target: Path) -> str:
    suffix = Path(target).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(Message("%1: the file name must end in .pdf or .docx", Typed(target)))
    return suffix


def check_target(target: Path) -> None:
    """Refuse early, with what to do, a target that cannot be written."""
    target = Path(target)
    format_of(target)
    if target.is_dir():
        raise ValueError(Message("%1 is a folder; give a file name", Typed(target)))
    if not target.parent.exists():
        raise ValueError(Message("the folder %1 does not exist; create it or choose another", Typed(target.parent)))


def render(docs: Sequence[Doc], fmt: str, options: ExportOptions, template: Template, pack_title: str = "") -> bytes:
    if fmt == ".pdf":
        return (
            render_pack_pdf(docs, options, template, pack_title)
            if pack_title
            else render_pdf(docs[0], options, template)
        )
    from ncdesk.io.briefing.docx import render_docx, render_pack_docx

    return (
        render_pack_docx(docs, options, template, pack_title) if pack_title else render_docx(docs[0], options, template)
    )


def preview_pages(docs: Sequence[Doc], options: ExportOptions, template: Template, pack_title: str = "",
                  dpi: int = 96) -> list[bytes]:  # fmt: skip
    """The PDF's pages as PNG images, exactly as they will be saved (Typst lays out both)."""
    return preview_pngs(docs, options, template, pack_title, float(dpi))


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector held off while a document is made. Building one makes tens of
    thousands of short-lived objects, none of them in a cycle (they go with their last reference),
    and the collector walked them again and again: ~30 ms of a State's 200 ms note at 10x."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _write(data: bytes, target: Path, folder: Path) -> Path:
    with atomic_write(Path(target), "wb", encoding=None, folder=folder) as fh:
        fh.write(data)
    return Path(target)


def export_note(store: Store, kind: str, record_id: str, target: Path, options: ExportOptions,
                today: dt.date | None = None) -> Path:  # fmt: skip
    check_target(target)
    with gc_paused():
        options = signed(options, store)
        template = load_template(store.folder, options.language)
        doc = build_note(store, kind, record_id, today, template)
        return _write(render([doc], format_of(target), options, template), target, store.folder)


def export_pack(store: Store, refs: Sequence[tuple[str, str]], target: Path, options: ExportOptions,
                today: dt.date | None = None) -> Path:  # fmt: skip
    check_target(target)
    if not refs:
        raise ValueError("a meeting pack needs at least one record")
    with gc_paused():
        options = signed(options, store)
        template = load_template(store.folder, options.language)
        docs = [build_note(store, kind, rid, today, template) for kind, rid in refs]
        title = template.word("meeting_pack")
        return _write(render(docs, format_of(target), options, template, pack_title=title), target, store.folder)


def export_report(store: Store, start: dt.date, end: dt.date, target: Path, options: ExportOptions,
                  today: dt.date | None = None) -> Path:  # fmt: skip
    check_target(target)
    with gc_paused():
        options = signed(options, store)
        template = load_template(store.folder, options.language)
        doc = build_report(store, start, end, today, template)
        return _write(render([doc], format_of(target), options, template), target, store.folder)
