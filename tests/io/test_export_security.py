"""Exports that leave the machine: the classification marking on every page, no plaintext copy
anywhere but the target (no file in the temporary folder, no `.part` left behind), and typed
text that cannot change the document."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from ncdesk.io import tabular
from ncdesk.io.briefing.export import export_note, export_pack, export_report, preview_pages
from ncdesk.io.briefing.model import ExportOptions
from ncdesk.io.briefing.notes import build_note
from ncdesk.io.briefing.templates import load_template
from ncdesk.io.calendar import write_ics
from ncdesk.io.export_json import write_json
from ncdesk.io.importing import preview
from ncdesk.io.letters import draft_letter
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests.io.test_briefing import docx_text, pdf_text

TODAY = dt.date(2026, 11, 23)
PACK = [("state", ref_id("state", "HUN")), ("person", ref_id("person", "vladimir-putin")),
        ("alert", ref_id("travel_alert", "netanyahu-hungary-2025"))]  # fmt: skip
ALERT = ref_id("travel_alert", "putin-tajikistan-2025")


def nfkc(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_page_texts(path: Path) -> list[str]:
    return [nfkc(page.extract_text() or "") for page in PdfReader(str(path)).pages]


def docx_marks(path: Path) -> list[str]:
    """The text of every header and footer Word can print on a page: each section's default
    ones, and the first-page and even-page ones where the document turns them on."""
    doc = Document(str(path))
    odd_even = doc.settings.odd_and_even_pages_header_footer
    parts = []
    for section in doc.sections:
        chosen = [section.header, section.footer]
        if section.different_first_page_header_footer:
            chosen += [section.first_page_header, section.first_page_footer]
        if odd_even:
            chosen += [section.even_page_header, section.even_page_footer]
        for part in chosen:
            assert not part.is_linked_to_previous or section is not doc.sections[0]
            parts.append(nfkc("\n".join(p.text for p in part.paragraphs)))
    return parts


# --- the marking on every page ---------------------------------------------------------------


@pytest.mark.parametrize("what", ["pack", "report"])
def test_every_pdf_page_carries_the_marking_at_top_and_bottom(store: Store, tmp_path: Path, what: str) -> None:
    options = ExportOptions("Confidential — focal points only", "a4")
    target = tmp_path / f"{what}.pdf"
    if what == "pack":
        export_pack(store, PACK, target, options, TODAY)
    else:
        export_report(store, dt.date(2024, 12, 1), dt.date(2025, 11, 26), target, options, TODAY)
    pages = pdf_page_texts(target)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert text.count("CONFIDENTIAL — FOCAL POINTS ONLY") == 2, f"page {number}: {text[:200]}"
        assert f"Page {number} of {len(pages)}" in text


@pytest.mark.parametrize("what", ["note", "pack", "report"])
def test_every_docx_page_carries_the_marking_in_header_and_footer(store: Store, tmp_path: Path, what: str) -> None:
    options = ExportOptions("Restricted", "letter")
    target = tmp_path / f"{what}.docx"
    if what == "note":
        export_note(store, "state", ref_id("state", "HUN"), target, options, TODAY)
    elif what == "pack":
        export_pack(store, PACK, target, options, TODAY)
    else:
        export_report(store, dt.date(2024, 12, 1), dt.date(2025, 11, 26), target, options, TODAY)
    marks = docx_marks(target)
    assert len(marks) >= 2 and len(marks) % 2 == 0  # a header and a footer for each kind of page
    for text in marks:
        assert "RESTRICTED" in text, text
    body = Document(str(target))
    assert "RESTRICTED" not in "\n".join(p.text for p in body.paragraphs)  # the marking is not body text


def test_every_sheet_of_a_workbook_prints_the_marking_and_imports_back(store: Store, tmp_path: Path) -> None:
    store.insert("person", {"name": "Jane Roe", "function": "=1+1 & more"})
    target = tmp_path / "tables.xlsx"
    counts = tabular.write_xlsx(store, target, marking="Restricted & Co")
    book = load_workbook(target)
    assert book.sheetnames == [tabular.sheet_name(k) for k in tabular.KINDS]
    for ws in book.worksheets:
        for part in (ws.oddHeader.center, ws.oddFooter.center):
            assert part.text == "RESTRICTED && CO"  # "&&" is how a header prints "&"
        assert not ws.HeaderFooter.differentFirst and not ws.HeaderFooter.differentOddEven
        assert "RESTRICTED" not in {c for row in ws.iter_rows(values_only=True) for c in row}
    plan = preview(store, target)
    assert not plan.problems
    assert plan.total("add") == 0 and plan.total("unchanged") == sum(counts.values())


def test_a_marking_cannot_carry_markup_direction_overrides_or_controls(store: Store, tmp_path: Path) -> None:
    hostile = "<b>Secret</b> \u202eterces\u202c\x07 <script>x</script>"
    options = ExportOptions(hostile, "a4")
    assert options.marking == "<b>Secret</b> terces <script>x</script>"
    expected = options.marking.upper()
    pdf = export_note(store, "state", ref_id("state", "TJK"), tmp_path / "n.pdf", options, TODAY)
    assert expected in pdf_text(pdf) and "\u202e" not in pdf_text(pdf)
    docx = export_note(store, "state", ref_id("state", "TJK"), tmp_path / "n.docx", options, TODAY)
    assert all(expected in text for text in docx_marks(docx))
    assert ExportOptions("\u202e\u202c \x07").marking == "Restricted"  # nothing left: the cautious default
    xlsx = tmp_path / "t.xlsx"
    tabular.write_xlsx(store, xlsx, ["person"], marking=hostile)
    assert load_workbook(xlsx).worksheets[0].oddHeader.center.text == expected


def test_the_json_export_says_its_classification_and_imports_back(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "all.json"
    write_json(store, target, "Confidential\u202e")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["classification"] == "Confidential"
    assert list(data)[:3] == ["format", "format_version", "classification"]
    plan = preview(store, target)
    assert not plan.problems and plan.format == "export" and plan.total("add") == 0
    assert plan.total("unchanged") == sum(data["counts"].values())


HOSTILE = "<script>alert('x')</script> <img src=x onerror=alert(1)> \u202eevil\u202c"


def test_hostile_text_stays_text_in_the_report_and_a_pack(store: Store, tmp_path: Path) -> None:
    store.insert(
        "activity",
        {"kind": "bureau_meeting", "title": f"Meeting {HOSTILE}", "date_text": "3 March 2025",
         "date_from": "2025-03-03", "date_to": "2025-03-03", "date_precision": "day", "summary": HOSTILE},
    )  # fmt: skip
    alert = store.insert("travel_alert", {"person_id": ref_id("person", "vladimir-putin"), "title": HOSTILE,
                                          "date_text": "2031", "date_from": "2031-01-01", "date_to": "2031-12-31",
                                          "date_precision": "year", "purpose": HOSTILE})  # fmt: skip
    for suffix in (".pdf", ".docx"):
        report = export_report(
            store, dt.date(2025, 1, 1), dt.date(2025, 12, 31), tmp_path / f"r{suffix}", ExportOptions(), TODAY
        )
        pack = export_pack(store, [("alert", alert), PACK[0]], tmp_path / f"p{suffix}", ExportOptions(), TODAY)
        for target in (report, pack):
            text = pdf_text(target) if suffix == ".pdf" else docx_text(target)
            assert "<script>alert('x')</script>" in text and "<img src=x onerror=alert(1)>" in text, target
            assert "\u202e" not in text and "evil" in text


# --- no plaintext copy outside the target ----------------------------------------------------


def _exports(store: Store) -> dict[str, Callable[[Path], object]]:
    options = ExportOptions("Restricted", "a4")
    hun = ref_id("state", "HUN")
    period = (dt.date(2024, 12, 1), dt.date(2025, 11, 26))
    return {
        "note.pdf": lambda folder: export_note(store, "state", hun, folder / "note.pdf", options, TODAY),
        "note.docx": lambda folder: export_note(store, "state", hun, folder / "note.docx", options, TODAY),
        "pack.pdf": lambda folder: export_pack(store, PACK, folder / "pack.pdf", options, TODAY),
        "pack.docx": lambda folder: export_pack(store, PACK, folder / "pack.docx", options, TODAY),
        "report.pdf": lambda folder: export_report(store, *period, folder / "report.pdf", options, TODAY),
        "report.docx": lambda folder: export_report(store, *period, folder / "report.docx", options, TODAY),
        "all.json": lambda folder: write_json(store, folder / "all.json", "Restricted"),
        "tables.xlsx": lambda folder: tabular.write_xlsx(store, folder / "tables.xlsx", marking="Restricted"),
        "persons.csv": lambda folder: tabular.write_csv(store, "person", folder / "persons.csv"),
        "calendar.ics": lambda folder: write_ics(store, folder / "calendar.ics", TODAY),
        "letter.docx": lambda folder: draft_letter(store, ALERT, folder / "letter.docx", TODAY),
        "template.xlsx": lambda folder: tabular.write_template("travel_alert", folder / "template.xlsx"),
        "template.csv": lambda folder: tabular.write_template("travel_alert", folder / "template.csv"),
    }


NAMES = ["note.pdf", "note.docx", "pack.pdf", "pack.docx", "report.pdf", "report.docx", "all.json", "tables.xlsx",
         "persons.csv", "calendar.ics", "letter.docx", "template.xlsx", "template.csv"]  # fmt: skip


@dataclass
class Watched:
    path: Path
    opened: list[str] = field(default_factory=list)

    def untouched(self) -> bool:
        return list(self.path.rglob("*")) == [] and self.opened == []


@pytest.fixture(name="empty_tmp")
def empty_tmp_fixture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Watched:
    """The temporary folder of every library (Python's tempfile, Qt's QDir::tempPath): empty, and
    watched, so that a file made there and removed again (openpyxl's way) is caught too."""
    watched = Watched(tmp_path / "system-tmp")
    watched.path.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(watched.path))
    monkeypatch.setattr(tempfile, "tempdir", str(watched.path))
    real_open = os.open

    def watched_open(path: Any, *args: Any, **kwargs: Any) -> int:
        if os.fsdecode(path).startswith(str(watched.path)):
            watched.opened.append(os.fsdecode(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", watched_open)
    return watched


def test_the_watch_sees_a_temporary_file_removed_again(empty_tmp: Watched) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    book.create_sheet("Secret").append(["names"])
    book.save(io.BytesIO())  # openpyxl's own save goes through a temporary file
    assert list(empty_tmp.path.rglob("*")) == [] and empty_tmp.opened


@pytest.mark.parametrize("name", NAMES)
def test_an_export_writes_nothing_but_its_file(store: Store, tmp_path: Path, empty_tmp: Watched, name: str) -> None:
    assert set(NAMES) == set(_exports(store))
    target_dir = tmp_path / "out"
    target_dir.mkdir()
    _exports(store)[name](target_dir)
    assert [p.name for p in target_dir.iterdir()] == [name]
    assert (target_dir / name).stat().st_size > 0
    assert empty_tmp.untouched()


def test_a_csv_folder_export_writes_only_its_files(store: Store, tmp_path: Path, empty_tmp: Watched) -> None:
    target_dir = tmp_path / "out"
    tabular.write_csv_folder(store, target_dir)
    assert sorted(p.name for p in target_dir.iterdir()) == sorted(tabular.csv_name(k) for k in tabular.KINDS)
    assert empty_tmp.untouched()


def test_the_preview_is_drawn_in_memory(store: Store, empty_tmp: Watched) -> None:
    template = load_template(store.folder)
    doc = build_note(store, "state", ref_id("state", "HUN"), TODAY, template)
    images = preview_pages([doc], ExportOptions(), template)
    assert images and empty_tmp.untouched()


@pytest.mark.parametrize("name", ["note.pdf", "tables.xlsx", "all.json", "calendar.ics", "letter.docx"])
def test_a_failed_write_leaves_no_part_file(
    store: Store, tmp_path: Path, empty_tmp: Watched, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    target_dir = tmp_path / "out"
    target_dir.mkdir()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        _exports(store)[name](target_dir)
    assert list(target_dir.iterdir()) == [] and empty_tmp.untouched()


def test_workbooks_are_zipped_in_memory_like_openpyxl_would(tmp_path: Path) -> None:
    """The sheets written in memory read back as openpyxl's own save would give them."""
    data = tabular.xlsx_bytes([("Persons", ["id", "name"], [["1", "Jane"], ["2", "=1+1"]])])
    book = load_workbook(io.BytesIO(data))
    assert [list(r) for r in book["Persons"].iter_rows(values_only=True)] == [["id", "name"], ["1", "Jane"],
                                                                               ["2", "=1+1"]]  # fmt: skip
    assert book["Persons"].freeze_panes == "A2" and book["Persons"]["B3"].data_type == "s"
    assert tabular.xlsx_bytes([])  # a workbook with no sheet still opens
    assert load_workbook(io.BytesIO(tabular.xlsx_bytes([]))).sheetnames == ["Sheet"]
