"""The alerts' stored sort keys (store/file/sort_keys.py, migration m008): right after every write
path, sorted by the listing over an index, and never seen as the user's changes."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from ncdesk.io import export_json, importing
from ncdesk.store.file import history, sort_keys
from ncdesk.store.records import exchange_out, exchange_peers, exchange_versions
from ncdesk.store.records.alerts import create_alert, share_with_court
from ncdesk.store.records.editing import save
from ncdesk.store.records.listings import Listing
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests.exchange_helpers import PUTIN, befriend, laptop

# What the Travel alerts table computed per row before the keys were stored (its order of names
# is that of the destinations' index: by State id).
SHOWN_DESTINATIONS = (
    "(SELECT group_concat(s.name, ', ') FROM alert_destination d JOIN state s ON s.id = d.state_id "
    "WHERE d.alert_id = r.id AND d.deleted_at IS NULL)"
)
SHOWN_SHARED = "(SELECT max(c.shared_at) FROM court_share c WHERE c.alert_id = r.id AND c.deleted_at IS NULL)"


def keys(store: Store, alert_id: str) -> tuple[str | None, str | None]:
    row = store.db.execute(
        "SELECT destinations_text, shared_latest FROM travel_alert WHERE id = ?", [alert_id]
    ).fetchone()
    return row[0], row[1]


def computed(store: Store, alert_id: str) -> tuple[str | None, str | None]:
    row = store.db.execute(
        f"SELECT {SHOWN_DESTINATIONS}, {SHOWN_SHARED} FROM travel_alert r WHERE r.id = ?", [alert_id]
    ).fetchone()
    return row[0], row[1]


def assert_all_current(store: Store) -> None:
    wrong = store.db.execute(
        f"SELECT r.id FROM travel_alert r WHERE r.destinations_text IS NOT {SHOWN_DESTINATIONS} "
        f"OR r.shared_latest IS NOT {SHOWN_SHARED}"
    ).fetchall()
    assert wrong == []


def new_alert(store: Store, *iso3: str, source: str = "cable") -> str:
    """An alert to the States *iso3* (none: its one destination deleted)."""
    alert = create_alert(
        store,
        {"person_id": PUTIN, "date": "2030-01-02", "reliability": "probable", "source_description": source,
         "destinations": [ref_id("state", i) for i in iso3 or ("MNG",)]},
        at=dt.date(2026, 11, 2),
    )  # fmt: skip
    if not iso3:
        store.delete("alert_destination", store.rows("alert_destination", "alert_id = ?", [alert])[0]["id"])
    return alert


def names(*iso3: str) -> str:
    """The names of the States, in the order the table shows them (by State id)."""
    return ", ".join(name for _sid, name in sorted((ref_id("state", i), _NAMES[i]) for i in iso3))


_NAMES = {"MNG": "Mongolia", "HUN": "Hungary", "TJK": "Tajikistan", "FRA": "France"}


def test_a_new_alert_has_the_keys_the_table_showed(store: Store) -> None:
    alert = new_alert(store, "MNG", "HUN", "TJK")
    assert keys(store, alert) == (names("MNG", "HUN", "TJK"), None)
    assert keys(store, alert) == computed(store, alert)
    assert keys(store, new_alert(store, source="no destination yet")) == (None, None)


def test_editing_the_destinations_keeps_the_text_current(store: Store) -> None:
    alert = new_alert(store, "MNG", "HUN")
    raw = {"person_id": PUTIN, "date": "2030-01-02", "reliability": "probable", "source_description": "cable"}
    save(store, "travel_alert", {**raw, "destinations": [ref_id("state", "HUN"), ref_id("state", "FRA")]}, alert)
    assert keys(store, alert)[0] == names("HUN", "FRA")
    save(store, "travel_alert", {**raw, "destinations": [ref_id("state", "MNG")]}, alert)  # one restored
    assert keys(store, alert)[0] == "Mongolia"
    row = store.rows("alert_destination", "alert_id = ?", [alert])[0]
    store.delete("alert_destination", row["id"])
    assert keys(store, alert)[0] is None
    store.restore("alert_destination", row["id"])
    assert keys(store, alert)[0] == "Mongolia"
    other = new_alert(store, "TJK", source="other")
    store.db.execute("DELETE FROM alert_destination WHERE id = ?", [row["id"]])  # removed for good
    assert keys(store, alert)[0] is None
    moved = store.rows("alert_destination", "alert_id = ?", [other])[0]
    with store.batch("Move"):  # a destination moved to another alert: both alerts change
        store.db.execute("UPDATE alert_destination SET alert_id = ? WHERE id = ?", [alert, moved["id"]])
    assert (keys(store, alert)[0], keys(store, other)[0]) == ("Tajikistan", None)
    assert_all_current(store)


def test_sharing_with_the_court_keeps_the_latest_date(store: Store) -> None:
    alert = new_alert(store, "MNG")
    first = share_with_court(store, alert, {"shared_at": "2026-11-05", "channel": "email"})
    share_with_court(store, alert, {"shared_at": "2026-11-04", "channel": "letter"})
    assert keys(store, alert)[1] == "2026-11-05"
    store.update("court_share", first, {"shared_at": "2026-11-03"})
    assert keys(store, alert)[1] == "2026-11-04"
    for share in store.rows("court_share", "alert_id = ?", [alert]):
        store.delete("court_share", share["id"])
    assert keys(store, alert)[1] is None
    assert_all_current(store)


def test_renaming_a_state_renames_it_in_every_alert_going_there(store: Store) -> None:
    alerts = [new_alert(store, "MNG", "HUN", source="one"), new_alert(store, "MNG", source="two")]
    elsewhere = new_alert(store, "FRA", source="three")
    store.update("state", ref_id("state", "MNG"), {"name": "Mongolia (renamed)"})
    assert [keys(store, a)[0] for a in alerts] == [
        ", ".join(
            n for _, n in sorted([(ref_id("state", "MNG"), "Mongolia (renamed)"), (ref_id("state", "HUN"), "Hungary")])
        ),
        "Mongolia (renamed)",
    ]
    assert keys(store, elsewhere)[0] == "France"
    assert_all_current(store)


def test_undo_and_redo_put_the_keys_back(store: Store) -> None:
    stack = history.UndoStack()
    store.listeners.append(stack.pushed)
    alert = new_alert(store, "MNG")
    share_with_court(store, alert, {"shared_at": "2026-11-05", "channel": "email"})
    raw = {"person_id": PUTIN, "date": "2030-01-02", "reliability": "probable", "source_description": "cable"}
    save(store, "travel_alert", {**raw, "destinations": [ref_id("state", "HUN")]}, alert)
    assert keys(store, alert) == ("Hungary", "2026-11-05")
    stack.undo_last(store)
    assert keys(store, alert) == ("Mongolia", "2026-11-05")
    stack.undo_last(store)  # the sharing
    assert keys(store, alert) == ("Mongolia", None)
    stack.undo_last(store)  # the alert itself: gone, with its destinations
    assert store.get("travel_alert", alert) is None
    stack.redo_last(store)  # back, the alert before its destinations
    assert keys(store, alert) == ("Mongolia", None)
    stack.redo_last(store)
    stack.redo_last(store)
    assert keys(store, alert) == ("Hungary", "2026-11-05")
    assert_all_current(store)


def test_an_alert_written_after_rows_naming_it_takes_their_keys(store: Store) -> None:
    """Rows may come before their alert (foreign keys checked at the commit), and keys written
    with an alert are not taken as they are."""
    alert, now = "00000000-0000-4000-8000-00000000a1e7", store.now()
    with store.batch("Put back"):
        store.db.execute("PRAGMA defer_foreign_keys = ON")
        store.db.execute(
            "INSERT INTO alert_destination(id, alert_id, state_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            ["00000000-0000-4000-8000-00000000d000", alert, ref_id("state", "MNG"), now, now],
        )
        store.db.execute(
            "INSERT INTO travel_alert(id, person_id, created_at, updated_at, destinations_text, shared_latest) "
            "VALUES (?, ?, ?, ?, NULL, 'wrong')",
            [alert, PUTIN, now, now],
        )
    assert keys(store, alert) == ("Mongolia", None)


def write_alerts(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def csv_alerts(n: int, where: str = "Mongolia; Hungary") -> list[dict[str, str]]:
    return [
        {"Person": "Vladimir Vladimirovich Putin", "Destinations": where,
         "Dates": f"{1 + i % 28} March {2030 + i // 28}", "Source of the information": "Press reports",
         "Notes": f"Imported row {i + 1}"}
        for i in range(n)
    ]  # fmt: skip


@pytest.mark.parametrize("n", [3, importing.SUSPEND_INDEX_FROM])  # row by row, and in bulk
def test_imported_alerts_have_their_keys(store: Store, tmp_path: Path, n: int) -> None:
    plan = importing.import_file(store, write_alerts(tmp_path / "alerts.csv", csv_alerts(n)), "travel_alert")
    ids = [r.record_id for s in plan.sections for r in s.rows]
    assert len(ids) == n
    assert {keys(store, i) for i in ids if i} == {(names("MNG", "HUN"), None)}
    assert_all_current(store)


def test_a_received_alert_has_its_keys(tmp_path: Path, reference_db: Path) -> None:
    from ncdesk.io import sharing

    mx, pl = laptop(tmp_path, reference_db, "Mexico"), laptop(tmp_path, reference_db, "Poland")
    try:
        befriend(mx, pl)
        alert = new_alert(mx, "MNG", "HUN")
        share_with_court(mx, alert, {"shared_at": "2026-11-05", "channel": "email"})
        made = sharing.share(mx, [exchange_peers.require_identity(pl).installation_id])
        sent = sharing.write_package(mx, made, tmp_path / "to-poland.ncx")
        sharing.receive(pl, sharing.preview(pl, sharing.read_file(sent)))
        assert keys(pl, alert) == (names("MNG", "HUN"), "2026-11-05")
        assert_all_current(pl)
    finally:
        mx.close()
        pl.close()


def test_the_keys_are_no_fields_of_the_record(store: Store) -> None:
    """Not in the record read, its history, the undo, the full export or what the exchange sends."""
    alert = new_alert(store, "MNG")
    share_with_court(store, alert, {"shared_at": "2026-11-05", "channel": "email"})
    store.update("state", ref_id("state", "MNG"), {"name": "Mongolia (renamed)"})
    derived = {"destinations_text", "shared_latest"}
    assert keys(store, alert) == ("Mongolia (renamed)", "2026-11-05")
    assert not derived & set(store.require("travel_alert", alert))
    assert not derived & set(store.columns("travel_alert"))
    logged = store.db.execute(
        "SELECT count(*) FROM change_log WHERE field IN ('destinations_text', 'shared_latest') "
        "OR (action = 'update' AND tbl = 'travel_alert' AND field IS NULL)"
    ).fetchone()[0]
    assert logged == 0
    fields = {c.field for c in history.record_history(store, alert, quiet=True)}
    assert not derived & fields
    # the last batch is the renaming: changes to the State only (no alert changed for the user)
    last = history.recent_batches(store, 1)[0]
    changes = history.batch_changes(store, last.id)
    assert {c.table for c in changes} == {"state"} and "name" in {c.field for c in changes}
    exported = export_json.export_data(store)["tables"]["travel_alert"]
    assert not derived & {k for row in exported for k in row}
    history.revert(store, store.db.execute("SELECT id FROM change_batch ORDER BY seq DESC LIMIT 1").fetchone()[0])
    assert keys(store, alert)[0] == "Mongolia"


def test_the_exchange_neither_versions_nor_sends_the_keys(tmp_path: Path, reference_db: Path) -> None:
    mx, pl = laptop(tmp_path, reference_db, "Mexico"), laptop(tmp_path, reference_db, "Poland")
    try:
        alert = new_alert(mx, "MNG")
        exchange_versions.stamp(mx)
        share_with_court(mx, alert, {"shared_at": "2026-11-05", "channel": "email"})
        mx.update("state", ref_id("state", "MNG"), {"name": "Mongolia (renamed)"})
        exchange_versions.stamp(mx)
        versioned = mx.db.execute(
            "SELECT count(*) FROM field_version WHERE field IN ('destinations_text', 'shared_latest')"
        ).fetchone()[0]
        assert versioned == 0
        entry = exchange_out._record_entry(mx, "travel_alert", alert)
        assert entry is not None
        assert not {"destinations_text", "shared_latest"} & set(entry["fields"])
    finally:
        mx.close()
        pl.close()


@pytest.mark.parametrize("key", ["destinations", "shared"])
@pytest.mark.parametrize("descending", [False, True])
def test_the_listing_sorts_by_the_keys_over_an_index(store: Store, key: str, descending: bool) -> None:
    for i, where in enumerate([("MNG",), ("HUN", "TJK"), (), ("FRA",), ("HUN",)]):
        alert = new_alert(store, *where, source=f"alert {i}")
        if i % 2:
            share_with_court(store, alert, {"shared_at": f"2026-11-0{5 - i}", "channel": "email"})
    listing = Listing(store, "travel_alert")
    listing.set_sort(key, descending)
    shown = SHOWN_DESTINATIONS if key == "destinations" else SHOWN_SHARED
    direction = "DESC" if descending else "ASC"
    before = [  # the order the table gave when it computed the column per row
        r[0]
        for r in store.db.execute(
            f"SELECT r.id FROM travel_alert r WHERE r.deleted_at IS NULL "
            f"ORDER BY ({shown}) IS NULL, {shown} COLLATE NOCASE {direction}, r.rowid {direction}"
        )
    ]
    assert listing.ids() == before
    column = next(c for c in listing.spec.columns if c.key == key)
    where, args = listing._where()
    plan = " | ".join(
        str(r[-1])
        for r in store.db.execute(
            f"EXPLAIN QUERY PLAN SELECT r.id FROM {listing._from(where, column.sql)} WHERE {where} "
            f"ORDER BY ({column.sql}) IS NULL, {column.sql} COLLATE NOCASE {direction}, r.rowid {direction}",
            args,
        )
    )
    assert f"COVERING INDEX idx_alert_{key}_{'desc' if descending else 'asc'}" in plan, plan
    assert "SUBQUERY" not in plan
    page = listing.page(0, 10)
    index = 1 + listing.keys.index(key)
    assert [r[index] for r in page] == [
        store.db.execute(f"SELECT {shown} FROM travel_alert r WHERE r.id = ?", [r[0]]).fetchone()[0] for r in page
    ]


def test_a_changed_definition_recomputes_every_key(store: Store) -> None:
    alert = new_alert(store, "MNG")
    with store.db.atomic():
        store.db.execute("UPDATE travel_alert SET destinations_text = 'stale' WHERE id = ?", [alert])
        store.db.execute("UPDATE meta SET value = 'older' WHERE key = 'sort_keys_definition'")
    assert sort_keys.ensure(store.db)
    assert keys(store, alert)[0] == "Mongolia"
    assert not sort_keys.ensure(store.db)
