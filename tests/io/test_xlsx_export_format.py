"""The Excel workbook is one a delegate can sort, filter and print (issue 21): dates are dates,
each sheet has a filter and a frozen header, prints landscape one page wide with the header on
every page, and the workbook says who made it."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from ncdesk.io import tabular
from ncdesk.io.importing import preview
from ncdesk.io.sharing import ensure_identity
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store


def _book(path: Path) -> Any:
    return load_workbook(io.BytesIO(path.read_bytes()))


def _column(ws: Any, name: str) -> list[Any]:
    header = [c.value for c in ws[1]]
    return [row[header.index(name)] for row in ws.iter_rows(min_row=2)]


def test_every_sheet_filters_freezes_and_prints_its_header(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "records.xlsx"
    counts = tabular.write_xlsx(store, target, marking="Restricted")
    book = _book(target)
    assert book.sheetnames == ["Persons", "Findings", "Travel alerts", "Letters", "Activities"]
    for ws, kind in zip(book.worksheets, tabular.KINDS, strict=True):
        width = len(tabular.header(kind))
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, width).column_letter}{counts[kind] + 1}"
        assert ws.print_title_rows == "$1:$1"
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.paperSize == 9  # A4, the default paper of Settings
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.oddHeader.center.text == "RESTRICTED"  # the marking, as before
    assert book.properties.title == "ncdesk: Persons, Findings, Travel alerts, Letters, Activities"
    assert book.properties.subject == "Restricted"


def test_dates_are_date_cells_and_partial_dates_stay_text_and_say_so(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "records.xlsx"
    tabular.write_xlsx(store, target)
    book = _book(target)
    findings = book["Findings"]
    dated = list(_column(findings, "date"))
    assert dated and all(isinstance(c.value, dt.datetime) for c in dated)  # openpyxl reads a date as a datetime
    assert {c.number_format for c in dated} == {"yyyy-mm-dd"}
    assert all(c.comment is None for c in dated)
    ids = [c.value for c in _column(findings, "id")]
    row = ids.index(ref_id("finding", "ICC-01/18-462"))
    expected = dt.date.fromisoformat(store.require("finding", ids[row])["date"])
    assert dated[row].value.date() == expected
    # an empty optional date is an empty cell, not a date
    assert any(c.value is None for c in _column(findings, "sc_date"))
    alerts = book["Travel alerts"]
    cells = {c.value: c for c in _column(alerts, "date")}
    partial = cells["8–10 October 2025"]  # Putin in Tajikistan: a range stays as written
    assert partial.data_type == "s" and partial.comment is not None
    assert "Not a single day" in partial.comment.text
    assert "May 2016" in cells and cells["May 2016"].comment is not None
    # an activity on one day (written "26 September 2025") is a date cell
    days = [c.value for c in _column(book["Activities"], "date")]
    assert dt.datetime(2025, 9, 26) in days


def test_the_workbook_imports_back_unchanged(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "records.xlsx"
    counts = tabular.write_xlsx(store, target)
    plan = preview(store, target, data=target.read_bytes())
    assert plan.ok, [p.line() for p in plan.problems]
    got = plan.counts()
    assert {kind: got[kind]["unchanged"] for kind in got} == {k: n for k, n in counts.items() if n}
    assert all(got[kind]["add"] == 0 and got[kind]["rejected"] == 0 for kind in got)


def test_the_author_is_the_folders_identity_or_the_user(store: Store, tmp_path: Path) -> None:
    first = tmp_path / "first.xlsx"
    tabular.write_xlsx(store, first)
    assert _book(first).properties.creator == store.who
    assert store.who != "openpyxl"
    ensure_identity(store, "Focal point of Mexico")
    second = tmp_path / "second.xlsx"
    tabular.write_xlsx(store, second)
    props = _book(second).properties
    assert (props.creator, props.lastModifiedBy) == ("Focal point of Mexico", "Focal point of Mexico")


def test_the_template_has_a_date_cell_for_its_example(tmp_path: Path) -> None:
    target = tmp_path / "findings.xlsx"
    tabular.write_template("finding", target)
    book = _book(target)
    ws = book["Findings"]
    [example] = _column(ws, "date")
    assert example.value == dt.datetime(2031, 5, 2) and example.number_format == "yyyy-mm-dd"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}2"
    assert book["About"].auto_filter.ref is None  # the notes sheet is not a table
    assert book["About"].print_title_rows == "$1:$1"
    assert (book.properties.creator, book.properties.title) == ("ncdesk", "ncdesk import template: Findings")
