"""Export, import, export again: the same records.

Hypothesis makes user records of the five kinds (persons, findings, travel alerts, letters,
activities) with awkward text (formula starts, quotes, semicolons, accents, line breaks); they
go out as CSV and as one workbook and come back into the database without them; the tables
read the same. The complete JSON export goes into an empty database and comes back exactly.
Each example runs inside a transaction that is rolled back, so one store serves them all."""

from __future__ import annotations

import calendar
import datetime as dt
import io
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ncdesk.core.dates import parse_partial
from ncdesk.core.forms import FORMS
from ncdesk.core.text import loose
from ncdesk.io import tabular
from ncdesk.io.export_json import export_data
from ncdesk.io.importing import apply, import_file, preview
from ncdesk.store.records.editing import save
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests.conftest import FixedClock

STATES = [ref_id("state", iso) for iso in ("MNG", "KGZ", "HUN", "CIV", "TJK", "KEN", "COD", "COG", "PSE", "GBR")]
PERSONS = [ref_id("person", key) for key in ("vladimir-putin", "omar-al-bashir", "benjamin-netanyahu")]
TORTURE = os.environ.get("NCDESK_TORTURE") == "1"
SETTINGS = settings(
    max_examples=300 if TORTURE else 20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Text as people type it: any letter or sign, and the characters that trip spreadsheets and CSV.
# Not control characters (the importer refuses them) nor line separators other than "\n".
_CHARS = st.characters(
    exclude_categories=("Cs", "Cc", "Zl", "Zp"), exclude_characters="\ufffe\uffff\x85"
) | st.sampled_from(list("=+-@'\";,\t ") + ["Côte", "Ж", "حسن", "；"])


def text(max_size: int = 20, lines: bool = False) -> st.SearchStrategy[str]:
    chars = _CHARS | st.just("\n") if lines else _CHARS
    return st.lists(chars, max_size=max_size).map("".join)


def item() -> st.SearchStrategy[str]:
    """A list item: not blank, no line break."""
    return text(12).filter(lambda s: s.strip())


def day(start: int = 2030) -> st.SearchStrategy[dt.date]:
    return st.dates(dt.date(start, 1, 1), dt.date(2100, 12, 31))


@st.composite
def partial_date(draw: st.DrawFn) -> str:
    year, month = draw(st.integers(2030, 2100)), draw(st.integers(1, 12))
    name = calendar.month_name[month]
    last = calendar.monthrange(year, month)[1]
    a, b = sorted(draw(st.lists(st.integers(1, last), min_size=2, max_size=2, unique=True)))
    return draw(
        st.sampled_from(
            [
                f"{year}-{month:02}-{a:02}",
                f"{a} {name} {year}",
                f"{a}–{b} {name} {year}",
                f"{year}-{month:02}-{a:02}/{year}-{month:02}-{b:02}",
                f"{name} {year}",
                f"mid-{name} {year}",
                f"early {name} {year}",
                str(year),
                f"{a} {name} {year} – 2 January {year + 1}",
            ]
        )
    )


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


@st.composite
def records(draw: st.DrawFn) -> list[tuple[str, str, dict[str, Any]]]:
    """(kind, id, form values) in the order they can be saved."""
    out: list[tuple[str, str, dict[str, Any]]] = []
    new_id = st.uuids(version=4).map(str)
    persons = []
    for i in range(draw(st.integers(0, 3))):
        pid = draw(new_id)
        persons.append(pid)
        aliases = [f"{a} a{i}{j}" for j, a in enumerate(draw(st.lists(item(), max_size=2)))]
        out.append(
            ("person", pid, {
                "name": f"{draw(text(12))} {i}", "aliases": aliases, "function": draw(text()),
                "nationality_state_id": draw(st.none() | st.sampled_from(STATES)), "notes": draw(text(lines=True)),
            })
        )  # fmt: skip
    pool = iter(draw(st.lists(st.integers(5000, 9999), min_size=4, max_size=4, unique=True)))
    for i in range(draw(st.integers(0, 2))):
        decided = draw(day())
        referred = draw(st.sampled_from(FORMS["finding"].field("referred_to").choices))
        council = referred in ("security_council", "both") and draw(st.booleans())
        numbers = [next(pool) for _ in range(draw(st.integers(1, 2)))]
        out.append(
            ("finding", draw(new_id), {
                "kind": draw(st.sampled_from(FORMS["finding"].field("kind").choices)),
                "title": f"T{i} {draw(text())}", "date": decided.isoformat(),
                "documents": [f"ICC-01/22-{n}-ENG" for n in numbers], "chamber": draw(text()),
                "state_id": draw(st.none() | st.sampled_from(STATES)), "situation_id": ref_id("situation", "ICC-01/22"),
                "basis": draw(st.sampled_from(FORMS["finding"].field("basis").choices)), "referred_to": referred,
                "transmitted_on": iso(draw(st.none() | st.just(decided + dt.timedelta(days=3)))),
                "sc_document": f"S/{decided.year}/{numbers[0]}" if council else None,
                "sc_date": iso(decided + dt.timedelta(days=9)) if council and draw(st.booleans()) else None,
                "notes": draw(text(lines=True)),
            })
        )  # fmt: skip
    alerts = []
    for _ in range(draw(st.integers(0, 3))):
        status = draw(st.sampled_from(["reported", "verified", "letter_sent", "closed"]))
        aid = draw(new_id)
        alerts.append(aid)
        out.append(
            ("travel_alert", aid, {
                "person_id": draw(st.sampled_from(PERSONS + persons)),
                "destinations": draw(st.lists(st.sampled_from(STATES), min_size=1, max_size=3, unique=True)),
                "date": draw(partial_date()), "title": draw(text()), "purpose": draw(text()),
                "source_description": draw(text()),
                "reliability": draw(st.sampled_from(FORMS["travel_alert"].field("reliability").choices)),
                "received_at": iso(draw(st.none() | day())), "notes": draw(text(lines=True)),
                "status": status,
                "outcome": draw(st.sampled_from(["cancelled", "arrested", "not_arrested", "unknown"]))
                if status == "closed" else None,
            })
        )  # fmt: skip
    for _ in range(draw(st.integers(0, 2))):
        sent = draw(day())
        out.append(
            ("letter", draw(new_id), {
                "state_id": draw(st.sampled_from(STATES)), "addressee_office": draw(item()), "date": sent.isoformat(),
                "sender_name": draw(item()), "sender_office": draw(item()), "reference": draw(text()),
                "subject": draw(text()), "alert_id": draw(st.none() | st.sampled_from(alerts or [None])),
                "articles_recalled": draw(st.lists(item(), max_size=3)),
                "published_on": iso(draw(st.none() | st.just(sent + dt.timedelta(days=1)))),
                "publication_channel": draw(text()),
                "reply_on": iso(draw(st.none() | st.just(sent + dt.timedelta(days=20)))),
                "reply_summary": draw(text(lines=True)), "notes": draw(text(lines=True)),
            })
        )  # fmt: skip
    for i in range(draw(st.integers(0, 2))):
        out.append(
            ("activity", draw(new_id), {
                "kind": draw(st.sampled_from(FORMS["activity"].field("kind").choices)),
                "title": f"A{i} {draw(text())}", "date": draw(partial_date()),
                "status": draw(st.sampled_from(FORMS["activity"].field("status").choices)),
                "summary": draw(text(lines=True)), "participants": draw(st.lists(item(), max_size=3)),
                "location": draw(text()),
                "states_heard": draw(st.lists(st.sampled_from(STATES), max_size=2, unique=True)),
                "states_concerned": draw(st.lists(st.sampled_from(STATES), max_size=2, unique=True)),
                "notes": draw(text(lines=True)),
            })
        )  # fmt: skip
    # The importer refuses duplicates; what a person would not enter twice, neither do we.
    # (store/records/duplicates.py: an alert is the same visit as one of the same person whose dates
    # overlap and which shares a destination)
    letters = [(v["state_id"], v["date"], loose(v["addressee_office"])) for k, _, v in out if k == "letter"]
    activities = [(v["kind"], v["date"], loose(v["title"])) for k, _, v in out if k == "activity"]
    for keys in (letters, activities):
        if len(set(keys)) != len(keys):
            draw(st.nothing())
    visits = [(v["person_id"], set(v["destinations"]), parse_partial(v["date"])) for k, _, v in out
              if k == "travel_alert"]  # fmt: skip
    for i, (who, where, when) in enumerate(visits):
        for other, places, dates in visits[:i]:
            if who == other and where & places and when.start <= dates.end and dates.start <= when.end:
                draw(st.nothing())
    return out


def _add(store: Store, generated: list[tuple[str, str, dict[str, Any]]]) -> None:
    for kind, rid, values in generated:
        raw = {k: v for k, v in values.items() if kind != "travel_alert" or k not in ("status", "outcome")}
        save(store, kind, raw, new_id=rid)
        if kind == "travel_alert" and values["status"] != "reported":
            store.update(kind, rid, {"status": values["status"], "outcome": values["outcome"]})


class _Undo(Exception):
    pass


@contextmanager
def rolled_back(store: Store) -> Iterator[None]:
    try:
        with store.db.atomic():
            yield
            raise _Undo
    except _Undo:
        pass


def _tables(store: Store) -> dict[str, list[list[str]]]:
    return {kind: sorted(tabular.table(store, kind, user_only=True)[1]) for kind in tabular.KINDS}


def _import(store: Store, path: Path, data: bytes) -> None:
    plan = preview(store, path, data=data)
    assert plan.ok, [p.line() for p in plan.problems]
    apply(store, plan)


@SETTINGS
@given(generated=records())
def test_csv_and_xlsx_exports_import_back_to_the_same_records(store: Store, generated: list) -> None:
    with rolled_back(store):
        _add(store, generated)
        expected = _tables(store)
        tables = {kind: tabular.table(store, kind, user_only=True) for kind in tabular.KINDS}
        csvs = {kind: tabular.csv_bytes(*tables[kind]) for kind in tabular.KINDS if tables[kind][1]}
        book = tabular.xlsx_bytes([(tabular.sheet_name(k), *tables[k]) for k in tabular.KINDS])
    assert store.rows("person", "origin = 'user'") == []
    with rolled_back(store):
        for kind in csvs:
            _import(store, Path(tabular.csv_name(kind)), csvs[kind])
        assert _tables(store) == expected
    if generated:
        with rolled_back(store):
            _import(store, Path("records.xlsx"), book)
            assert _tables(store) == expected


@pytest.fixture
def other_empty(tmp_path: Path, clock: FixedClock) -> Iterator[Store]:
    """An empty database beside the test's store (another folder: one ncdesk per folder)."""
    s = Store.open(tmp_path / "empty", clock=clock, load_reference=False)
    yield s
    s.close()


@settings(SETTINGS, max_examples=60 if TORTURE else 8)
@given(generated=records(), deleted=st.integers(0, 10), edited=st.booleans())
def test_the_full_export_imports_into_an_empty_database_exactly(
    store: Store, other_empty: Store, generated: list, deleted: int, edited: bool
) -> None:
    empty_store = other_empty
    with rolled_back(store):
        _add(store, generated)
        if generated:
            kind, rid, _ = generated[deleted % len(generated)]
            store.delete(kind, rid)
        if edited:  # a reference record the user changed keeps its user_fields
            store.update("state", ref_id("state", "HUN"), {"notes": "Edited by the focal point"})
        expected = export_data(store)
        data = json.dumps(expected, ensure_ascii=False).encode()
    with rolled_back(empty_store):
        import_file(empty_store, Path("export.json"), data=data)
        got = export_data(empty_store)
        expected.pop("exported_at"), got.pop("exported_at")
        assert got == expected


def test_the_full_export_into_a_database_that_has_it_adds_nothing(store: Store) -> None:
    store.insert("person", {"name": "Jane Roe"})
    data = json.dumps(export_data(store)).encode()
    plan = preview(store, Path("export.json"), data=data)
    counts = dict(export_data(store)["counts"])
    assert plan.ok and plan.total("add") == 0 and plan.total("unchanged") == sum(counts.values())


def test_formula_text_is_safe_in_the_files_and_comes_back(store: Store, tmp_path: Path) -> None:
    hostile = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "'quoted", "\tTab"]
    for n, function in enumerate(hostile):
        store.insert("person", {"name": f"Person {n}", "function": function, "id": str(uuid.UUID(int=n + 1))})
    head, rows = tabular.table(store, "person")
    data = tabular.csv_bytes(head, rows)
    text = data.decode("utf-8-sig")
    for value in ('\'=HYPERLINK(""http://x"")', ",'+1,", ",'-2,", ",'@SUM(A1),", ",''quoted,", ",'\tTab,"):
        assert value in text, value
    book = tabular.xlsx_bytes([("Persons", head, rows)])
    from openpyxl import load_workbook

    ws = load_workbook(io.BytesIO(book)).active
    cells = {c.value: c.data_type for row in ws.iter_rows() for c in row if c.value}
    assert all(cells[v] == "s" for v in hostile)  # text, never a formula ("f")
    for name, payload in (("p.csv", data), ("p.xlsx", book)):
        plan = preview(store, Path(name), data=payload)
        assert plan.ok and plan.total("unchanged") == store.count("person"), [p.line() for p in plan.problems]
