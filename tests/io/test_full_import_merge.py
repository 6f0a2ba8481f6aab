"""Moving laptops: a complete JSON export imports into a folder that already holds the reference
data (every laptop does after its first start), which was loaded at another time.

Folder A is the old laptop (the test's store): reference data, then alerts with destinations and
steps, a letter, an edited reference person, deleted records. Folder B is the new laptop, whose
reference data was loaded on another day, so every reference row's created_at and updated_at
differ from A's. The rules are in ncdesk/io/full_import.py's docstring."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ncdesk.io.export_json import export_data
from ncdesk.io.import_plan import ImportPlan
from ncdesk.io.importing import ImportRejected, apply, import_file, preview
from ncdesk.store.file.history import last_change_seq, record_history
from ncdesk.store.records.alerts import create_alert, record_letter, share_with_court, take_step
from ncdesk.store.records.attachments import attach
from ncdesk.store.records.editing import save
from ncdesk.store.reference import Release, ref_id
from ncdesk.store.store import Store
from tests.conftest import FixedClock

PUTIN = ref_id("person", "vladimir-putin")
MNG, KGZ, HUN = (ref_id("state", iso) for iso in ("MNG", "KGZ", "HUN"))


def at(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T10:00:00+00:00")


@pytest.fixture
def b_clock() -> FixedClock:
    return FixedClock(at("2027-01-10"))


@pytest.fixture
def laptop_b(tmp_path: Path, b_clock: FixedClock, release: Release) -> Iterator[Store]:
    """The new laptop: a fresh folder whose reference data was loaded at B's clock."""
    s = Store.open(tmp_path / "laptop-b", clock=b_clock, reference=release)
    yield s
    s.close()


def fill(a: Store, clock: FixedClock) -> dict[str, str]:
    """The old laptop's work; the ids of what the tests look at."""
    clock.now = at("2026-12-01")
    ids: dict[str, str] = {}
    ids["alert"] = create_alert(
        a,
        {"person_id": PUTIN, "destinations": [MNG, KGZ], "date": "3–6 April 2027", "reliability": "probable",
         "purpose": "Summit", "source_description": "press", "received_at": "2026-11-30"},
        status="verified",
    )  # fmt: skip
    clock.advance(hours=1)
    ids["letter"] = record_letter(
        a,
        ids["alert"],
        {"state_id": MNG, "addressee_office": "Minister for Foreign Affairs", "date": "2026-12-01",
         "sender_name": "Päivi Kaukoranta", "sender_office": "President of the Assembly of States Parties",
         "subject": "Travel of Mr Putin"},
    )  # fmt: skip
    clock.advance(hours=1)
    share_with_court(a, ids["alert"], {"shared_at": "2026-12-01", "channel": "e-mail", "shared_by": "Mexico"})
    clock.advance(hours=1)
    ids["closed"] = create_alert(
        a,
        {"person_id": PUTIN, "destinations": [HUN], "date": "2026-11-20", "reliability": "confirmed",
         "source_description": "embassy", "received_at": "2026-11-15"},
    )  # fmt: skip
    take_step(a, ids["closed"], "closed", at=dt.date(2026, 12, 1), outcome="cancelled")
    clock.advance(hours=1)
    ids["person"] = save(a, "person", {"name": "Jane Roe", "function": "Minister", "notes": "from A"})
    a.update("person", PUTIN, {"function": "President of the Russian Federation (edited on A)"})
    ids["gone"] = save(
        a,
        "activity",
        {"kind": "bureau_meeting", "title": "Cancelled meeting", "date": "2026-12-03", "status": "planned"},
    )
    clock.advance(hours=1)
    a.delete("activity", ids["gone"])
    ids["ref_gone"] = a.rows("activity", "origin = 'reference'", order_by="id")[0]["id"]
    a.delete("activity", ids["ref_gone"])
    return ids


def file_of(a: Store) -> bytes:
    return json.dumps(export_data(a), ensure_ascii=False).encode()


def records(s: Store) -> dict[str, Any]:
    """The export without its own timestamp, and without the timestamps of reference rows (the
    rows by id: the export orders them by created_at)."""
    data = export_data(s)
    data.pop("exported_at")
    for table, rows in data["tables"].items():
        for row in rows:
            if row["origin"] == "reference":
                row.pop("created_at"), row.pop("updated_at")
        data["tables"][table] = sorted(rows, key=lambda r: r["id"])
    return data


def imported(s: Store, data: bytes) -> ImportPlan:
    plan = preview(s, Path("export.json"), data=data)
    assert plan.ok, [p.line() for p in plan.problems[:5]]
    return apply(s, plan) if plan.writes() else plan


def test_a_complete_export_moves_to_a_laptop_that_has_the_reference_data(
    store: Store, clock: FixedClock, laptop_b: Store
) -> None:
    a, b = store, laptop_b
    ids = fill(a, clock)
    data = file_of(a)
    user_rows = sum(1 for rows in export_data(a)["tables"].values() for r in rows if r["origin"] == "user")
    reference_rows = sum(1 for rows in export_data(a)["tables"].values() for r in rows if r["origin"] == "reference")
    assert reference_rows > 1000  # every one of them has other timestamps in B
    done = imported(b, data)
    assert done.total("add") == user_rows
    assert done.total("updated") == 2  # Putin's function, the reference activity deleted on A
    assert done.total("unchanged") == reference_rows - 2 and done.total("kept") == 0
    assert (
        done.totals()
        == f"{user_rows} added, 2 updated, {reference_rows - 2:,} unchanged (incl. reference), 0 kept (local newer)"
    )
    assert records(b) == records(a)
    assert b.require("person", PUTIN)["user_fields"] == ["function"]
    assert b.get("activity", ids["ref_gone"]) is None and b.get("activity", ids["gone"]) is None
    assert [s["step"] for s in b.rows("alert_step", "alert_id = ?", [ids["alert"]], order_by="at, rowid")] == [
        "verified", "letter_sent", "court_informed"
    ]  # fmt: skip
    # One batch of kind "import" holds it all: Undo takes it back.
    batch = b.db.execute("SELECT kind, count(*) FROM change_batch WHERE kind = 'import'").fetchone()
    assert tuple(batch) == ("import", 1)

    # The same file again changes nothing.
    seq = last_change_seq(b)
    again = imported(b, data)
    assert again.writes() == 0 and again.total("kept") == 0 and again.total("unchanged") == user_rows + reference_rows
    assert last_change_seq(b) == seq and records(b) == records(a)


def test_later_edits_win_and_the_values_they_replace_stay_in_the_history(
    store: Store, clock: FixedClock, laptop_b: Store, b_clock: FixedClock
) -> None:
    a, b = store, laptop_b
    ids = fill(a, clock)
    imported(b, file_of(a))
    # Both go on working. B edits the alert's purpose after A did: B's is kept.
    clock.now = at("2027-01-11")
    save(a, "travel_alert", {"purpose": "Summit (A)"}, ids["alert"])
    b_clock.now = at("2027-01-12")
    save(b, "travel_alert", {"purpose": "Summit (B)"}, ids["alert"])
    # B edits the letter and the person, then A edits the letter and deletes the person: A's win.
    b_clock.now = at("2027-01-13")
    save(b, "letter", {"subject": "Travel (B)"}, ids["letter"])
    save(b, "person", {"notes": "from B"}, ids["person"])
    clock.now = at("2027-02-01")
    save(a, "letter", {"subject": "Travel (A)"}, ids["letter"])
    a.delete("person", ids["person"])
    # Reference rows: both edit Putin's function (B later: kept) and Hungary's notes (A later:
    # taken); only A edits Mongolia's name (taken), only B Kyrgyzstan's notes (stays).
    clock.now = at("2027-01-05")
    a.update("person", PUTIN, {"function": "President (A, January)"})
    b_clock.now = at("2027-01-14")
    b.update("person", PUTIN, {"function": "President (B)"})
    b.update("state", HUN, {"notes": "Hungary (B)"})
    b.update("state", KGZ, {"notes": "Kyrgyzstan (B)"})
    clock.now = at("2027-02-02")
    a.update("state", HUN, {"notes": "Hungary (A)"})
    a.update("state", MNG, {"name": "Mongolia (A)"})

    done = imported(b, file_of(a))
    assert (done.total("updated"), done.total("kept")) == (4, 2)  # letter, person, HUN, MNG; alert, PUTIN
    assert b.require("travel_alert", ids["alert"])["purpose"] == "Summit (B)"
    assert b.require("letter", ids["letter"])["subject"] == "Travel (A)"
    person = b.get("person", ids["person"], include_deleted=True)
    assert person is not None and person["deleted_at"] is not None and person["notes"] == "from A"
    assert b.require("person", PUTIN)["function"] == "President (B)"
    hungary, mongolia, kyrgyzstan = (b.require("state", s) for s in (HUN, MNG, KGZ))
    assert (hungary["notes"], mongolia["name"], kyrgyzstan["notes"]) == (
        "Hungary (A)",
        "Mongolia (A)",
        "Kyrgyzstan (B)",
    )
    assert mongolia["user_fields"] == ["name"] and kyrgyzstan["user_fields"] == ["notes"]
    # The values the import replaced are in B's history, as changes of the import's batch.
    changes = [(c.field, c.old, c.new, c.batch_kind) for c in record_history(b, ids["letter"])]
    assert changes[0] == ("subject", "Travel (B)", "Travel (A)", "import")
    changes = [(c.field, c.old, c.new, c.batch_kind) for c in record_history(b, ids["person"])]
    assert ("notes", "from B", "from A", "import") in changes
    assert any(f == "deleted_at" and old is None and new and kind == "import" for f, old, new, kind in changes)
    assert record_history(b, HUN)[0].old == "Hungary (B)"

    # Again: nothing more.
    seq = last_change_seq(b)
    again = imported(b, file_of(a))
    assert again.writes() == 0 and again.total("kept") == 2 and last_change_seq(b) == seq


def test_a_tie_keeps_the_local_row(store: Store, clock: FixedClock, laptop_b: Store, b_clock: FixedClock) -> None:
    a, b = store, laptop_b
    ids = fill(a, clock)
    imported(b, file_of(a))
    clock.now = b_clock.now = at("2027-03-01")
    save(a, "letter", {"subject": "Travel (A)"}, ids["letter"])
    save(b, "letter", {"subject": "Travel (B)"}, ids["letter"])
    done = imported(b, file_of(a))
    assert (done.total("updated"), done.total("kept")) == (0, 1)
    assert b.require("letter", ids["letter"])["subject"] == "Travel (B)"


def test_an_export_of_an_older_ncdesk_still_imports(
    store: Store, clock: FixedClock, laptop_b: Store, tmp_path: Path
) -> None:
    """Schema 1 had no deadlines and no attachment text: the rows it has are merged, the rest stays."""
    a, b = store, laptop_b
    ids = fill(a, clock)
    memo = tmp_path / "memo.txt"
    memo.write_text("The memo.\n", encoding="utf-8")
    attachment = attach(a, "letter", ids["letter"], memo, text="the memo's text")
    data = export_data(a)
    data.update(schema_version=1, ncdesk_version="0.1.0")
    data["tables"].pop("deadline")
    data["counts"].pop("deadline")
    for row in data["tables"]["attachment"]:
        row.pop("text")
    deadlines = b.count("deadline", include_deleted=True)
    done = imported(b, json.dumps(data).encode())
    assert done.total("rejected") == 0 and done.total("updated") == 2 and done.counts()["attachment"]["add"] == 1
    assert b.require("attachment", attachment)["text"] == ""  # the older file did not have it
    assert b.require("letter", ids["letter"])["subject"] == "Travel of Mr Putin"
    assert b.count("deadline", include_deleted=True) == deadlines


def test_an_id_of_another_table_or_origin_is_still_a_problem(store: Store, clock: FixedClock, laptop_b: Store) -> None:
    """An id of another table, a reference row given as a user record, an id twice with different
    content: problems, and nothing is written."""
    a, b = store, laptop_b
    ids = fill(a, clock)
    data = export_data(a)
    person = next(r for r in data["tables"]["person"] if r["id"] == PUTIN)
    data["tables"]["activity"].append({**data["tables"]["activity"][0], "id": ids["letter"]})
    jane = next(r for r in data["tables"]["person"] if r["id"] == ids["person"])
    data["tables"]["person"].append({**jane, "notes": "the same id, other notes"})
    imported(b, file_of(a))
    person["origin"] = "user"
    before = last_change_seq(b)
    plan = preview(b, Path("export.json"), data=json.dumps(data).encode())
    lines = [p.line() for p in plan.problems]
    assert len(lines) == 3, lines
    first, copy = data["tables"]["person"].index(jane) + 1, len(data["tables"]["person"])
    assert f"export.json:person:{copy}: id: the same id as row {first} of this table, with different content" in lines
    assert any("origin: recorded here as a reference record, in the file as a user record" in x for x in lines)
    assert any("id: this id is already the id of a letter" in x for x in lines)
    with pytest.raises(ImportRejected):
        import_file(b, Path("export.json"), data=json.dumps(data).encode())
    assert last_change_seq(b) == before
