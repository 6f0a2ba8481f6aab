"""Every migration has its own test, named test_<migration name>; the meta-test enforces it."""

import re
import sys
from enum import StrEnum
from pathlib import Path

import pytest
from sqlite_utils import Database

from ncdesk.core import model
from ncdesk.store.file.db import open_database
from ncdesk.store.file.migrations import MIGRATIONS, migration_names
from ncdesk.store.file.schema import COMMON_COLUMNS, TABLES


def test_every_migration_has_a_test() -> None:
    module = sys.modules[__name__]
    missing = [name for name in migration_names() if not hasattr(module, f"test_{name}")]
    assert not missing, f"migrations without a test: {missing}"


def test_migration_names_are_ordered_and_unique() -> None:
    names = migration_names()
    numbers = [int(re.match(r"m(\d{3})_", n).group(1)) for n in names]  # type: ignore[union-attr]
    assert numbers == sorted(set(numbers))


def test_m001_initial_schema(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "x.sqlite3"))
    db.execute("PRAGMA foreign_keys = ON")
    MIGRATIONS.apply(db, stop_before=[n for n in migration_names() if n != "m001_initial_schema"])
    tables = set(db.table_names())
    created_later = {"deadline", "state_note", "record_merge"}  # m003, m012, m014
    assert set(TABLES) - created_later <= tables
    assert not created_later & tables
    for table in set(TABLES) - created_later:
        columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
        assert set(COMMON_COLUMNS) <= set(columns), table
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        assert sql.rstrip().endswith("STRICT"), table
    # A date that does not exist is refused by the schema itself.
    db.execute(
        "INSERT INTO source (id, key, title, created_at, updated_at) VALUES "
        "('00000000-0000-0000-0000-000000000001', 's', 'S', 'now', 'now')"
    )
    with pytest.raises(Exception, match="CHECK"):
        db.execute(
            "INSERT INTO state (id, iso3, name, created_at, updated_at) VALUES "
            "('00000000-0000-0000-0000-000000000002', 'xx', 'X', 'now', 'now')"
        )
    db.execute(
        "INSERT INTO state (id, iso3, name, created_at, updated_at) VALUES "
        "('00000000-0000-0000-0000-000000000002', 'XXX', 'X', 'now', 'now')"
    )
    with pytest.raises(Exception, match="CHECK"):
        db.execute(
            "INSERT INTO party_event (id, state_id, event, date, created_at, updated_at) VALUES "
            "('00000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-000000000002', "
            "'ratification', '2025-02-30', 'now', 'now')"
        )
    with pytest.raises(Exception, match="FOREIGN KEY"):
        db.execute(
            "INSERT INTO party_event (id, state_id, event, date, created_at, updated_at) VALUES "
            "('00000000-0000-0000-0000-000000000004', '00000000-0000-0000-0000-00000000dead', "
            "'ratification', '2025-02-03', 'now', 'now')"
        )


def test_m002_attachment_text(tmp_path: Path) -> None:
    """Upgrading a schema-1 database with an attachment keeps it and adds an empty text."""
    path = tmp_path / "x.sqlite3"
    db = Database(str(path))
    db.execute("PRAGMA foreign_keys = ON")
    MIGRATIONS.apply(db, stop_before="m002_attachment_text")
    db.execute(
        "INSERT INTO attachment (id, record_kind, record_id, filename, stored_name, sha256, size, created_at, "
        "updated_at) VALUES ('00000000-0000-0000-0000-000000000001', 'finding', 'x', 'decision.pdf', 'a.pdf', ?, 3, "
        "'now', 'now')",
        ["0" * 64],
    )
    db.conn.commit()
    db.execute("PRAGMA user_version = 1")
    db.close()
    db = open_database(path)
    try:
        assert db.execute("SELECT filename, text FROM attachment").fetchall() == [("decision.pdf", "")]
        assert db.execute("SELECT count(*) FROM search_index WHERE kind = 'attachment'").fetchone()[0] == 1
    finally:
        db.close()
    assert list((tmp_path / "backups").glob("before-m002_attachment_text-*.sqlite3"))


def test_m003_deadlines(tmp_path: Path) -> None:
    """A schema-2 database gains the deadline table, empty, and keeps its records."""
    path = tmp_path / "x.sqlite3"
    db = Database(str(path))
    db.execute("PRAGMA foreign_keys = ON")
    MIGRATIONS.apply(db, stop_before="m003_deadlines")
    db.execute(
        "INSERT INTO source (id, key, title, created_at, updated_at) VALUES "
        "('00000000-0000-0000-0000-000000000001', 'k', 'Kept', 'now', 'now')"
    )
    db.conn.commit()
    db.execute("PRAGMA user_version = 2")
    db.close()
    db = open_database(path)
    try:
        assert db.execute("SELECT title FROM source").fetchall() == [("Kept",)]
        assert db.execute("SELECT count(*) FROM deadline").fetchone()[0] == 0
        with pytest.raises(Exception, match="CHECK"):
            db.execute(
                "INSERT INTO deadline (id, record_kind, record_id, due_on, description, created_at, updated_at) "
                "VALUES ('00000000-0000-0000-0000-000000000002', 'finding', 'x', '2025-02-30', 'd', 'n', 'n')"
            )
    finally:
        db.close()


def test_m004_history(tmp_path: Path) -> None:
    """A schema-3 database gains the history tables and triggers; its records stay, and the
    first change after the upgrade is recorded."""
    path = tmp_path / "x.sqlite3"
    db = Database(str(path))
    db.execute("PRAGMA foreign_keys = ON")
    MIGRATIONS.apply(db, stop_before="m004_history")
    db.execute(
        "INSERT INTO source (id, key, title, created_at, updated_at) VALUES "
        "('00000000-0000-0000-0000-000000000001', 'k', 'Kept', 'now', 'now')"
    )
    db.conn.commit()
    db.execute("PRAGMA user_version = 3")
    db.close()
    db = open_database(path)
    try:
        assert db.execute("SELECT title FROM source").fetchall() == [("Kept",)]
        assert db.execute("SELECT count(*) FROM change_log").fetchone()[0] == 0
        assert db.execute("SELECT batch_id FROM history_context").fetchall() == [(None,)]
        db.execute("UPDATE source SET title = 'Changed' WHERE key = 'k'")
        assert db.execute("SELECT action, field, old, new FROM change_log").fetchall() == [
            ("update", "title", "Kept", "Changed")
        ]
        with pytest.raises(Exception, match="CHECK"):
            db.execute("INSERT INTO change_log(tbl, record_id, action) VALUES ('source', 'x', 'rename')")
    finally:
        db.close()


def test_m005_export_record(tmp_path: Path) -> None:
    """A schema-4 database keeps its history, batch for batch and with its sequence, gains the
    kind 'export' and the export_record table, whose rows the history records."""
    path = tmp_path / "x.sqlite3"
    db = Database(str(path))
    db.execute("PRAGMA foreign_keys = ON")
    MIGRATIONS.apply(db, stop_before="m005_export_record")
    batch = "00000000-0000-0000-0000-00000000000b"
    db.execute(
        "INSERT INTO source (id, key, title, created_at, updated_at) VALUES "
        "('00000000-0000-0000-0000-000000000001', 'k', 'Kept', 'now', 'now')"
    )
    db.execute(  # (the history triggers are made when the database is opened)
        "INSERT INTO change_log(batch_id, tbl, record_id, action) "
        "VALUES (?, 'source', '00000000-0000-0000-0000-000000000001', 'insert')",
        [batch],
    )
    db.execute(
        "INSERT INTO change_batch(seq, id, at, who, label, kind) VALUES (7, ?, 'then', 'me', 'Add source', 'user')",
        [batch],
    )
    with pytest.raises(Exception, match="CHECK"):
        db.execute("INSERT INTO change_batch(id, at, who, kind) VALUES (?, 'now', 'me', 'export')", ["e" * 36])
    db.conn.commit()
    db.execute("PRAGMA user_version = 4")
    db.close()
    db = open_database(path)
    try:
        assert db.execute("SELECT seq, id, label, kind FROM change_batch").fetchall() == [
            (7, batch, "Add source", "user")
        ]
        assert db.execute("SELECT count(*) FROM change_log WHERE batch_id = ?", [batch]).fetchone() == (1,)
        assert db.execute("SELECT count(*) FROM export_record").fetchone() == (0,)
        assert not db["change_batch_m004"].exists()
        export_batch = "00000000-0000-0000-0000-0000000000e0"
        db.execute("UPDATE history_context SET batch_id = ? WHERE id = 1", [export_batch])
        db.execute(
            "INSERT INTO export_record(id, batch_id, at, who, what, format, target) "
            "VALUES ('00000000-0000-0000-0000-0000000000e1', ?, 'now', 'me', 'every record', 'json', '/x.json')",
            [export_batch],
        )
        db.execute("UPDATE history_context SET batch_id = NULL WHERE id = 1")
        db.execute(
            "INSERT INTO change_batch(id, at, who, label, kind) VALUES (?, 'now', 'me', 'Exported', 'export')",
            [export_batch],
        )
        assert db.execute("SELECT seq FROM change_batch WHERE id = ?", [export_batch]).fetchone() == (8,)
        assert db.execute("SELECT tbl, action FROM change_log WHERE batch_id = ?", [export_batch]).fetchall() == [
            ("export_record", "insert")
        ]
        with pytest.raises(Exception, match="CHECK"):
            db.execute(
                "INSERT INTO export_record(id, at, who, what, format, target) "
                "VALUES ('00000000-0000-0000-0000-0000000000e2', 'now', 'me', 'x', 'exe', '/x.exe')"
            )
    finally:
        db.close()


def test_m006_live_indexes(tmp_path: Path) -> None:
    """A schema-5 database gains the start-up indexes, and the window's queries use them: the
    alerts and letters counted over an index, the open alerts read from the partial index only
    (no sort, no table), the latest closed ones likewise."""
    path = tmp_path / "x.sqlite3"
    db = Database(str(path))
    db.execute("PRAGMA foreign_keys = ON")
    MIGRATIONS.apply(db, stop_before="m006_live_indexes")
    db.conn.commit()
    db.execute("PRAGMA user_version = 5")
    db.close()
    db = open_database(path)
    try:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"idx_alert_deleted", "idx_letter_deleted", "idx_alert_open", "idx_alert_closed"} <= names

        def plan(sql: str) -> str:
            return " | ".join(str(r[-1]) for r in db.execute("EXPLAIN QUERY PLAN " + sql).fetchall())

        for table in ("travel_alert", "letter"):
            deleted = plan(f"SELECT count(*) FROM {table} WHERE deleted_at IS NOT NULL")
            assert f"COVERING INDEX idx_{table.split('_')[-1]}_deleted" in deleted
            ids = ", ".join(f"'{i:036d}'" for i in range(40))  # records read by id: by their id
            assert "(id=?)" in plan(f"SELECT * FROM {table} WHERE deleted_at IS NULL AND (id IN ({ids}))")
            # Reading the live ones takes no index of ours (which would read the table row by row).
            assert "idx_" not in plan(f"SELECT * FROM {table} WHERE deleted_at IS NULL")
        open_plan = plan(  # as the dashboard asks (naming the index: SQLite has no statistics)
            "SELECT r.id, r.person_id, r.status, r.date_from, r.date_to FROM travel_alert r INDEXED BY idx_alert_open "
            "WHERE r.deleted_at IS NULL AND r.status != 'closed' ORDER BY r.date_from"
        )
        assert "COVERING INDEX idx_alert_open" in open_plan and "TEMP B-TREE" not in open_plan
        closed_plan = plan(
            "SELECT * FROM travel_alert INDEXED BY idx_alert_closed "
            "WHERE deleted_at IS NULL AND status = 'closed' ORDER BY date_to DESC LIMIT 5"
        )
        assert "idx_alert_closed" in closed_plan and "TEMP B-TREE" not in closed_plan
    finally:
        db.close()


# Each column whose CHECK lists the values of an enum in ncdesk.core.model.
ENUM_COLUMNS = [
    ("state", "regional_group", model.RegionalGroup),
    ("party_event", "event", model.PartyEventKind),
    ("situation", "trigger", model.Trigger),
    ("person", "status", model.PersonStatus),
    ("warrant", "kind", model.WarrantKind),
    ("warrant", "status", model.WarrantStatus),
    ("finding", "kind", model.CommunicationKind),
    ("finding", "basis", model.FindingBasis),
    ("finding", "referred_to", model.Referral),
    ("link", "relation", model.LinkRelation),
    ("travel_alert", "status", model.AlertStatus),
    ("travel_alert", "outcome", model.AlertOutcome),
    ("travel_alert", "reliability", model.Reliability),
    ("activity", "kind", model.ActivityKind),
    ("activity", "status", model.ActivityStatus),
    ("procedure_step", "step", model.ProcedureStep),
    ("focal_point", "role", model.FocalPointRole),
    ("assembly_document", "kind", model.AssemblyDocKind),
    ("state_note", "kind", model.StateNoteKind),
]


@pytest.mark.parametrize(("table", "column", "enum"), ENUM_COLUMNS)
def test_schema_checks_match_the_domain_vocabulary(
    tmp_path: Path, table: str, column: str, enum: type[StrEnum]
) -> None:
    db = open_database(tmp_path / "x.sqlite3")
    try:
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    finally:
        db.close()
    m = re.search(rf"{column} IN \(([^)]*)\)", sql)
    assert m, f"no CHECK on {table}.{column}"
    allowed = {v.strip().strip("'") for v in m.group(1).split(",")}
    assert allowed == {e.value for e in enum}


def _schema(db: Database) -> list[tuple[str, str, str]]:
    return sorted(
        (r[0], r[1], r[2] or "")
        for r in db.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    )


@pytest.mark.parametrize("stop", migration_names()[1:])
def test_every_older_schema_upgrades_to_exactly_the_fresh_one(tmp_path: Path, stop: str) -> None:
    fresh = open_database(tmp_path / "fresh.sqlite3")
    old_path = tmp_path / "old.sqlite3"
    old = Database(str(old_path))
    old.execute("PRAGMA foreign_keys = ON")
    MIGRATIONS.apply(old, stop_before=stop)
    old.execute(
        "INSERT INTO source (id, key, title, created_at, updated_at) VALUES "
        "('00000000-0000-0000-0000-000000000001', 'kept', 'Kept across upgrades', 'now', 'now')"
    )
    old.conn.commit()
    old.execute(f"PRAGMA user_version = {migration_names().index(stop)}")
    old.close()
    upgraded = open_database(old_path)
    try:
        assert _schema(upgraded) == _schema(fresh)
        assert upgraded.execute("PRAGMA user_version").fetchone() == fresh.execute("PRAGMA user_version").fetchone()
        assert upgraded.execute("SELECT title FROM source WHERE key = 'kept'").fetchone() == ("Kept across upgrades",)
    finally:
        upgraded.close()
        fresh.close()


def test_m007_exchange(tmp_path: Path) -> None:
    """A schema-6 database keeps its batches (and their order) and gains the kind 'receive' and
    the exchange's tables, empty: no identity until the user makes one."""
    path = tmp_path / "x.sqlite3"
    db = Database(str(path))
    db.execute("PRAGMA foreign_keys = ON")
    MIGRATIONS.apply(db, stop_before="m007_exchange")
    batch = "00000000-0000-0000-0000-0000000000b7"
    db.execute(
        "INSERT INTO change_batch(seq, id, at, who, label, kind) VALUES (9, ?, 'now', 'me', 'Edit', 'user')", [batch]
    )
    with pytest.raises(Exception, match="CHECK"):
        db.execute("INSERT INTO change_batch(id, at, who, kind) VALUES (?, 'now', 'me', 'receive')", ["r" * 36])
    db.conn.commit()
    db.execute("PRAGMA user_version = 6")
    db.close()
    db = open_database(path)
    try:
        assert db.execute("SELECT seq, id, label, kind FROM change_batch").fetchall() == [(9, batch, "Edit", "user")]
        db.execute("INSERT INTO change_batch(id, at, who, kind) VALUES (?, 'now', 'me', 'receive')", ["r" * 36])
        assert db.execute("SELECT seq FROM change_batch WHERE kind = 'receive'").fetchone() == (10,)
        for table in ("identity", "contact", "field_version", "tombstone", "private_record", "received_package",
                      "exchange_conflict"):  # fmt: skip
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
        assert not db["change_batch_m006"].exists()
        with pytest.raises(Exception, match="CHECK"):
            db.execute(
                "INSERT INTO identity(id, installation_id, name, signing_secret, age_secret, created_at) "
                "VALUES (2, ?, 'x', ?, 'k', 'now')",
                [batch, b"\0" * 32],
            )
    finally:
        db.close()


def test_m008_alert_sort_keys(tmp_path: Path) -> None:
    """A schema-7 database's alerts gain their stored destinations and latest sharing, filled as
    the Travel alerts table showed them (deleted rows left out, names in the order of their State
    ids), without a change in the history; an index per key and direction."""
    path = tmp_path / "x.sqlite3"
    db = Database(str(path))
    db.execute("PRAGMA foreign_keys = ON")
    MIGRATIONS.apply(db, stop_before="m008_alert_sort_keys")

    def uid(n: int) -> str:
        return f"00000000-0000-4000-8000-{n:012d}"

    common = "created_at, updated_at"
    db.execute(f"INSERT INTO state (id, iso3, name, {common}) VALUES (?, 'ZZZ', 'Zedland', 'now', 'now')", [uid(1)])
    db.execute(f"INSERT INTO state (id, iso3, name, {common}) VALUES (?, 'AAA', 'Aland', 'now', 'now')", [uid(2)])
    db.execute(f"INSERT INTO state (id, iso3, name, {common}) VALUES (?, 'MMM', 'Midland', 'now', 'now')", [uid(3)])
    db.execute(f"INSERT INTO person (id, name, {common}) VALUES (?, 'P', 'now', 'now')", [uid(9)])
    for alert in (uid(10), uid(11)):
        db.execute(f"INSERT INTO travel_alert (id, person_id, {common}) VALUES (?, ?, 'now', 'now')", [alert, uid(9)])
    for n, (state, deleted) in enumerate([(uid(3), None), (uid(1), None), (uid(2), "gone")]):
        db.execute(
            f"INSERT INTO alert_destination (id, alert_id, state_id, deleted_at, {common}) "
            "VALUES (?, ?, ?, ?, 'now', 'now')",
            [uid(20 + n), uid(10), state, deleted],
        )
    for n, (day, deleted) in enumerate([("2026-01-02", None), ("2026-03-04", None), ("2026-05-06", "gone")]):
        db.execute(
            f"INSERT INTO court_share (id, alert_id, shared_at, deleted_at, {common}) "
            "VALUES (?, ?, ?, ?, 'now', 'now')",
            [uid(30 + n), uid(10), day, deleted],
        )
    db.conn.commit()
    db.execute("PRAGMA user_version = 7")
    db.close()
    db = open_database(path)
    try:
        got = db.execute("SELECT id, destinations_text, shared_latest FROM travel_alert ORDER BY id").fetchall()
        assert got == [(uid(10), "Zedland, Midland", "2026-03-04"), (uid(11), None, None)]
        assert db.execute("SELECT count(*) FROM change_log").fetchone() == (0,)
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {f"idx_alert_{k}_{d}" for k in ("destinations", "shared") for d in ("asc", "desc")} <= names
        # the keys are kept current from now on (store/file/sort_keys.py)
        db.execute("UPDATE alert_destination SET deleted_at = 'gone' WHERE id = ?", [uid(21)])
        db.execute("UPDATE state SET name = 'Middle' WHERE id = ?", [uid(3)])
        assert db.execute("SELECT destinations_text FROM travel_alert WHERE id = ?", [uid(10)]).fetchone() == (
            "Middle",
        )
    finally:
        db.close()


def test_m009_person_status(tmp_path: Path) -> None:
    """A schema-8 database's persons gain an unknown status (NULL) and an empty note, its sources an
    empty address and day read; the new columns accept only a known status and real days."""
    path = tmp_path / "x.sqlite3"
    db = Database(str(path))
    db.execute("PRAGMA foreign_keys = ON")
    MIGRATIONS.apply(db, stop_before="m009_person_status")
    person = "00000000-0000-4000-8000-000000000001"
    db.execute("INSERT INTO person (id, name, created_at, updated_at) VALUES (?, 'P', 'now', 'now')", [person])
    db.execute(
        "INSERT INTO source (id, key, title, created_at, updated_at) VALUES (?, 's', 'S', 'now', 'now')",
        ["00000000-0000-4000-8000-000000000002"],
    )
    db.conn.commit()
    db.execute("PRAGMA user_version = 8")
    db.close()
    db = open_database(path)
    try:
        got = db.execute("SELECT status, status_since, status_as_of, status_note FROM person").fetchone()
        assert got == (None, None, None, "")
        assert db.execute("SELECT url, read_on FROM source").fetchone() == (None, None)
        db.execute(
            "UPDATE person SET status = 'in_custody', status_since = '2025-03-12', status_as_of = '2026-12-01' "
            "WHERE id = ?",
            [person],
        )
        with pytest.raises(Exception, match="CHECK"):
            db.execute("UPDATE person SET status = 'on_the_run' WHERE id = ?", [person])
        with pytest.raises(Exception, match="CHECK"):
            db.execute("UPDATE person SET status_since = '12 March 2025' WHERE id = ?", [person])
        with pytest.raises(Exception, match="CHECK"):
            db.execute("UPDATE source SET read_on = '2026-02-30'")
    finally:
        db.close()


def test_m010_calendar_event(tmp_path: Path) -> None:
    """A schema-9 database gains the calendar's memory of what it sent, empty (the next export
    sends every event at sequence 0, as before), with its checks."""
    path = tmp_path / "x.sqlite3"
    db = Database(str(path))
    db.execute("PRAGMA foreign_keys = ON")
    MIGRATIONS.apply(db, stop_before="m010_calendar_event")
    db.conn.commit()
    db.execute("PRAGMA user_version = 9")
    db.close()
    db = open_database(path)
    try:
        assert db.execute("SELECT count(*) FROM calendar_event").fetchone() == (0,)
        insert = (
            "INSERT INTO calendar_event(uid, sequence, fingerprint, summary, first_day, last_day, cancelled, sent_at) "
            "VALUES (?, ?, 'f', 'Visit', ?, '2026-12-03', 0, 'now')"
        )
        db.execute(insert, ["a@ncdesk", 0, "2026-12-01"])
        for uid, sequence, day in (("b@ncdesk", -1, "2026-12-01"), ("c@ncdesk", 0, "1 December 2026")):
            with pytest.raises(Exception, match="CHECK"):
                db.execute(insert, [uid, sequence, day])
    finally:
        db.close()


def test_m011_party_event_verified(tmp_path: Path) -> None:
    """A schema-10 database's party events gain `verified`, 1 for those recorded (the user's, and a
    release's until the release is applied again and marks its unchecked dates); only 0 or 1."""
    path = tmp_path / "x.sqlite3"
    db = Database(str(path))
    db.execute("PRAGMA foreign_keys = ON")
    MIGRATIONS.apply(db, stop_before="m011_party_event_verified")
    state, event = "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"
    db.execute(
        "INSERT INTO state (id, iso3, name, created_at, updated_at) VALUES (?, 'ZZZ', 'Z', 'now', 'now')", [state]
    )
    db.execute(
        "INSERT INTO party_event (id, state_id, event, date, created_at, updated_at) "
        "VALUES (?, ?, 'signature', '1998-07-17', 'now', 'now')",
        [event, state],
    )
    db.conn.commit()
    db.execute("PRAGMA user_version = 10")
    db.close()
    db = open_database(path)
    try:
        assert db.execute("SELECT verified FROM party_event WHERE id = ?", [event]).fetchone() == (1,)
        assert db.execute("SELECT count(*) FROM change_log").fetchone() == (0,)
        with pytest.raises(Exception, match="CHECK"):
            db.execute("UPDATE party_event SET verified = 2 WHERE id = ?", [event])
    finally:
        db.close()


def test_m012_state_note(tmp_path: Path) -> None:
    """A schema-11 database gains the empty table of information beside a State's status: a day that
    exists, a known kind, a text; the note goes with its State; its changes are in the history."""
    path = tmp_path / "x.sqlite3"
    db = Database(str(path))
    db.execute("PRAGMA foreign_keys = ON")
    MIGRATIONS.apply(db, stop_before="m012_state_note")
    state = "00000000-0000-4000-8000-000000000001"
    db.execute(
        "INSERT INTO state (id, iso3, name, created_at, updated_at) VALUES (?, 'ZZZ', 'Z', 'now', 'now')", [state]
    )
    db.conn.commit()
    db.execute("PRAGMA user_version = 11")
    db.close()
    db = open_database(path)
    try:
        assert db.execute("SELECT count(*) FROM state_note").fetchone() == (0,)
        insert = (
            "INSERT INTO state_note (id, state_id, date, kind, text, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, 'now', 'now')"
        )
        note = "00000000-0000-4000-8000-000000000002"
        db.execute(insert, [note, state, "2025-09-22", "announced_withdrawal", "Announced."])
        for day, kind, text in (
            ("2025-09-31", "other", "x"),
            ("2025-09-22", "notified", "x"),
            ("2025-09-22", "other", ""),
        ):
            with pytest.raises(Exception, match="CHECK"):
                db.execute(insert, ["00000000-0000-4000-8000-000000000003", state, day, kind, text])
        assert db.execute("SELECT action FROM change_log WHERE tbl = 'state_note'").fetchall() == [("insert",)]
        db.execute("DELETE FROM state WHERE id = ?", [state])
        assert db.execute("SELECT count(*) FROM state_note").fetchone() == (0,)
    finally:
        db.close()


def test_m013_import_mapping(tmp_path: Path) -> None:
    """A schema-12 database gains the empty table of an import's answers by the file's shape: one
    per shape, a JSON object; bookkeeping, so not in the history."""
    path = tmp_path / "x.sqlite3"
    db = Database(str(path))
    db.execute("PRAGMA foreign_keys = ON")
    MIGRATIONS.apply(db, stop_before="m013_import_mapping")
    db.conn.commit()
    db.execute("PRAGMA user_version = 12")
    db.close()
    db = open_database(path)
    try:
        assert db.execute("SELECT count(*) FROM import_mapping").fetchone() == (0,)
        insert = "INSERT INTO import_mapping (shape, mapping, saved_at) VALUES (?, ?, 'now')"
        db.execute(insert, ["date|destinations|person", '{"columns": {}}'])
        for shape, mapping in (("", "{}"), ("a", "[]"), ("b", "not json"), ("date|destinations|person", "{}")):
            with pytest.raises(Exception, match="CHECK|UNIQUE"):
                db.execute(insert, [shape, mapping])
        assert db.execute("SELECT count(*) FROM change_log WHERE tbl = 'import_mapping'").fetchone() == (0,)
    finally:
        db.close()


def test_m014_record_merge(tmp_path: Path) -> None:
    """A schema-13 database gains the empty table of merges and, on alerts, letters and
    activities, the derived `merged_into`; an alert recorded before keeps its fields; a merge of a
    record with itself is refused by the schema."""
    path = tmp_path / "x.sqlite3"
    db = Database(str(path))
    db.execute("PRAGMA foreign_keys = ON")
    later = [n for n in migration_names() if n >= "m014"]
    MIGRATIONS.apply(db, stop_before=later[0])
    person = "00000000-0000-4000-8000-000000000001"
    alert = "00000000-0000-4000-8000-000000000002"
    db.execute("INSERT INTO person (id, name, created_at, updated_at) VALUES (?, 'P', 'now', 'now')", [person])
    db.execute(
        "INSERT INTO travel_alert (id, person_id, purpose, created_at, updated_at) "
        "VALUES (?, ?, 'summit', 'now', 'now')",
        [alert, person],
    )
    db.conn.commit()
    db.execute(f"PRAGMA user_version = {len(migration_names()) - len(later)}")
    db.close()
    db = open_database(path)
    try:
        assert db.execute("SELECT count(*) FROM record_merge").fetchone() == (0,)
        assert db.execute("SELECT purpose, merged_into FROM travel_alert").fetchall() == [("summit", None)]
        for table in ("letter", "activity"):
            assert "merged_into" in [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
        insert = (
            "INSERT INTO record_merge (id, tbl, keep_id, other_id, created_at, updated_at) "
            "VALUES (?, 'travel_alert', ?, ?, 'now', 'now')"
        )
        with pytest.raises(Exception, match="CHECK"):
            db.execute(insert, ["00000000-0000-4000-8000-000000000003", alert, alert])
    finally:
        db.close()


def test_m015_alert_person_days(tmp_path: Path) -> None:
    """A schema-14 database gains the index of a person's alerts by their last day, which the
    duplicate look-up of a new alert uses (its query plan names it)."""
    path = tmp_path / "x.sqlite3"
    db = Database(str(path))
    db.execute("PRAGMA foreign_keys = ON")
    MIGRATIONS.apply(db, stop_before="m015_alert_person_days")
    db.conn.commit()
    db.execute("PRAGMA user_version = 14")
    db.close()
    db = open_database(path)
    try:
        columns = [r[2] for r in db.execute("PRAGMA index_info(idx_alert_person_days)")]
        assert columns == ["person_id", "date_to", "date_from"]
        plan = " ".join(
            str(r[3])
            for r in db.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM travel_alert INDEXED BY idx_alert_person_days "
                "WHERE person_id = 'p' AND date_to >= '2027-01-01' AND date_from <= '2027-01-02'"
            )
        )
        assert "idx_alert_person_days (person_id=? AND date_to>?)" in plan
    finally:
        db.close()
