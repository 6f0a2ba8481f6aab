"""Crash consistency: a child process drives the real store and reports each change after it
is committed; the test kills it (SIGKILL) at a random moment and reopens the folder as the
next start would. Every time: the database passes integrity_check, nothing acknowledged is
lost, nothing is half saved, a migration is either done or not begun, a restore leaves one
whole database or the other, and every acknowledged backup is sound.

200 kills in CI (about 40 s); NCDESK_TORTURE=1 runs 1,000.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import random
import select
import shutil
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ncdesk.store.file import backups
from ncdesk.store.store import Store
from tests import encrypted_mode

SCALE = 5 if os.environ.get("NCDESK_TORTURE") else 1
pytestmark = [
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill harness forks (POSIX)"),
    pytest.mark.timeout(180 * SCALE),
]
# Encrypted (NCDESK_TEST_ENCRYPTED=1), every page is decrypted and checked: each step takes longer,
# so the children get more time before the kill to get work done.
SLOWER = 1.5 if encrypted_mode.ENABLED else 1.0
PERSON = "b888dacc-1547-5f18-b538-0c2db8d9ecef"  # Vladimir Putin (reference id)


def _ref(kind: str, key: str) -> str:
    from ncdesk.store.reference import ref_id

    return ref_id(kind, key)


# --- what the children do (each runs in a forked process until it is killed) -------------


def _child_saves(folder: Path, ack: Callable[[str], None], rng: random.Random) -> None:
    from ncdesk.store.records.alerts import create_alert, take_step
    from ncdesk.store.records.editing import save

    # The first step of an alert is dated by the store's clock: a fixed day before the steps
    # taken below (2 January 2027), whatever the real date.
    store = Store.open(folder, load_reference=False, clock=lambda: dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC))
    counter = store.rows("person", "name = 'Counter'")[0]["id"]
    states = [_ref("state", c) for c in ("MNG", "TJK", "HUN", "KGZ", "ARM")]
    i = int(store.rows("person", "name = 'Counter'")[0]["notes"] or 0)
    while True:
        i += 1
        pair = rng.sample(states, 2)
        alert = create_alert(
            store,
            {
                "person_id": PERSON,
                "destinations": pair,
                "date": "2027-03-01",
                "source_description": f"kill test {i}",
                "reliability": "probable",
            },
        )
        ack(f"alert {alert}")
        take_step(store, alert, "verified", at=dt.date(2027, 1, 2))
        ack(f"step {alert}")
        save(store, "person", {"notes": str(i)}, counter)
        ack(f"edit {i}")


def _child_imports(folder: Path, ack: Callable[[str], None], rng: random.Random) -> None:
    """Real imports: a CSV file of 10 persons at a time, through the importer."""
    from ncdesk.io.importing import import_file

    store = Store.open(folder, load_reference=False)
    n = rng.randrange(10**9) * 1000  # unique to this child
    while True:
        n += 1
        csv = folder.parent / f"import-{n}.csv"
        csv.write_text("name,notes\n" + "".join(f"Imported {n}-{k},import {n}\n" for k in range(10)), encoding="utf-8")
        import_file(store, csv, "person")
        ack(f"import {n}")


def _child_backups(folder: Path, ack: Callable[[str], None], rng: random.Random) -> None:
    from ncdesk.store.records.editing import save

    store = Store.open(folder, load_reference=False)
    n = 0
    while True:
        n += 1
        pid = save(store, "person", {"name": f"Backed {n}"})
        ack(f"person {pid}")
        info = backups.make_backup(store, rng.choice(["auto", "manual"]))
        ack(f"backup {info.path}")


def _child_restores(folder: Path, ack: Callable[[str], None], rng: random.Random) -> None:
    store = Store.open(folder, load_reference=False)
    sources = sorted((folder.parent / "sources").glob("*.sqlite3"))
    ack(READY)  # the kill's clock starts here: the restores are what this child is killed in
    while True:
        chosen = rng.choice(sources)
        backups.restore(store, chosen)
        ack(f"restored {chosen.name}")


def _child_migrates(folder: Path, ack: Callable[[str], None], rng: random.Random) -> None:
    Store.open(folder, load_reference=False).close()
    ack("migrated")
    os._exit(0)


READY = "ready"


def _run_and_kill(
    target: Callable[..., None],
    folder: Path,
    seed: int,
    within: float,
    at_least: float = 0.0,
    after_ready: bool = False,
) -> list[str]:
    """Fork a child running *target*, kill it after a random time, return its acknowledgements.
    The time counts from the fork or, *after_ready*, from the child's first line, READY (so a
    loaded machine's slow start does not leave undone the work the child is to be killed in)."""
    rng = random.Random(seed)
    within, at_least = within * SLOWER, at_least * SLOWER
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(read_end)
        try:
            target(folder, lambda line: os.write(write_end, (line + "\n").encode()), rng)
        except BaseException as exc:  # noqa: BLE001 - reported to the parent, which fails
            os.write(write_end, f"CRASH {type(exc).__name__}: {exc}\n".encode())
        os._exit(0)
    os.close(write_end)
    deadline = rng.uniform(at_least, within)
    data = b""
    started = dt.datetime.now()
    while True:  # wait for output until the kill time, never idly
        left = deadline - (dt.datetime.now() - started).total_seconds()
        if after_ready and b"\n" not in data:
            left = 120.0  # not READY yet: wait for it (a crash or an exit ends the wait too)
        if left <= 0:
            break
        ready, _, _ = select.select([read_end], [], [], left)
        if ready:
            chunk = os.read(read_end, 65536)
            if not chunk:
                break
            if after_ready and b"\n" not in data and b"\n" in data + chunk:
                started = dt.datetime.now()
            data += chunk
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(read_end, 65536):
        data += chunk
    os.close(read_end)
    lines = data.decode().splitlines()
    crashes = [line for line in lines if line.startswith("CRASH")]
    assert not crashes, crashes
    return [line for line in lines if line and line != READY]


def _reopen_checked(folder: Path) -> Store:
    """Open as the next start would (an unclean close: full integrity_check) and check it all."""
    lock = folder / "ncdesk.lock"
    assert json.loads(lock.read_text())["state"] in ("open", "closed")  # never torn by a kill
    store = Store.open(folder, load_reference=False)
    assert store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert store.db.execute("SELECT batch_id FROM history_context").fetchone() == (None,)
    return store


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, reference_db: Path) -> Path:
    folder = tmp_path_factory.mktemp("crash-template")
    shutil.copyfile(reference_db, folder / "ncdesk.sqlite3")
    from ncdesk.store.records.editing import save

    with Store.open(folder, load_reference=False) as store:
        save(store, "person", {"name": "Counter", "notes": "0"})
    return folder


def _fresh(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(template, folder)
    return folder


def test_kills_during_saves(template: Path, tmp_path: Path) -> None:
    folder = _fresh(template, tmp_path)
    acked_alerts: set[str] = set()
    stepped: set[str] = set()
    last_edit = 0
    for i in range(60 * SCALE):
        for line in _run_and_kill(_child_saves, folder, seed=i, within=0.5):
            what, value = line.split(" ", 1)
            if what == "alert":
                acked_alerts.add(value)
            elif what == "step":
                stepped.add(value)
            elif what == "edit":
                last_edit = max(last_edit, int(value))
        with _reopen_checked(folder) as store:
            alerts = {a["id"]: a for a in store.rows("travel_alert", "source_description LIKE 'kill test %'")}
            assert acked_alerts <= set(alerts), "an acknowledged alert was lost"
            for aid, alert in alerts.items():  # acknowledged or not: never half saved
                destinations = store.rows("alert_destination", "alert_id = ?", [aid])
                steps = [s["step"] for s in store.rows("alert_step", "alert_id = ?", [aid], order_by="rowid")]
                assert len(destinations) == 2, f"alert {aid} saved with {len(destinations)} destinations"
                assert steps and steps[0] == "reported" and alert["status"] == steps[-1]
                if aid in stepped:
                    assert steps == ["reported", "verified"]
            counter = store.rows("person", "name = 'Counter'")[0]
            assert int(counter["notes"]) >= last_edit, "an acknowledged edit was lost"
    assert len(acked_alerts) > 20  # the children got work done between kills


def test_kills_during_imports(template: Path, tmp_path: Path) -> None:
    folder = _fresh(template, tmp_path)
    acked: set[str] = set()
    for i in range(40 * SCALE):
        acked |= {
            line.split()[1] for line in _run_and_kill(_child_imports, folder, seed=1000 + i, within=1.0, at_least=0.2)
        }
        with _reopen_checked(folder) as store:
            counts: dict[str, int] = {}
            for row in store.rows("person", "notes LIKE 'import %'"):
                counts[row["notes"].split()[1]] = counts.get(row["notes"].split()[1], 0) + 1
            assert all(c == 10 for c in counts.values()), f"an import was half written: {counts}"
            assert acked <= set(counts), "an acknowledged import was lost"
    assert len(acked) > 5


def test_kills_during_backups(template: Path, tmp_path: Path) -> None:
    folder = _fresh(template, tmp_path)
    acked_people: set[str] = set()
    acked_backups: list[Path] = []
    checked: set[Path] = set()
    for i in range(40 * SCALE):
        for line in _run_and_kill(_child_backups, folder, seed=2000 + i, within=0.6):
            what, value = line.split(" ", 1)
            if what == "person":
                acked_people.add(value)
            else:
                acked_backups.append(Path(value))
        with _reopen_checked(folder) as store:
            assert acked_people <= {p["id"] for p in store.rows("person")}
        # every acknowledged backup is sound, and a half-written one is never listed as one
        for b in backups.list_backups(folder):
            if b.path not in checked:
                assert backups.verify(b.path, encrypted_mode.key_of(folder, b.path)).ok, b.path
                checked.add(b.path)
        assert set(acked_backups) <= checked | {p for p in acked_backups if not p.exists()}
    assert len(acked_backups) > 5


def test_kills_during_restores(template: Path, tmp_path: Path) -> None:
    from ncdesk.store.records.editing import save

    folder = _fresh(template, tmp_path)
    sources = tmp_path / "sources"
    sources.mkdir()
    with Store.open(folder, load_reference=False) as store:
        for name in ("A", "B"):
            save(store, "person", {"name": f"Only in {name}"})
            backups.make_backup(store, "manual", target=sources / f"{name}.sqlite3")
            store.db.execute("DELETE FROM person WHERE name = ?", [f"Only in {name}"])
            store.db.conn.commit()
    restored = 0
    for i in range(30 * SCALE):
        restored += len(_run_and_kill(_child_restores, folder, seed=3000 + i, within=0.8, after_ready=True))
        with _reopen_checked(folder) as store:
            names = {p["name"] for p in store.rows("person", "name LIKE 'Only in %'")}
            assert names in ({"Only in A"}, {"Only in B"}, set()), names
    assert restored > 5


def test_kills_during_migrations(template: Path, tmp_path: Path, release) -> None:  # type: ignore[no-untyped-def]
    """A schema-3 database (before the history) upgraded while being killed: afterwards each
    migration is either done or not begun (schema 3, 4, … or the latest), with its records."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from ncdesk.store.file.migrations import MIGRATIONS, migration_names

    old = tmp_path / "old"
    old.mkdir()
    first_three = Migrations("ncdesk")
    first_three._migrations = MIGRATIONS._migrations[:3]
    db = Database(str(old / "ncdesk.sqlite3"))
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    first_three.apply(db)
    db.execute("PRAGMA user_version = 3")
    db.execute("PRAGMA application_id = 1852007539")
    # The States of the release, as a schema-3 database holds them (the reference data of today
    # has tables and fields later migrations add; a real upgrade migrates first, then applies it).
    columns = {c[1] for c in db.execute("PRAGMA table_info(state)").fetchall()}
    for row in release.by_table("state"):
        record = {k: v for k, v in row.values.items() if k in columns and not isinstance(v, (list, dict))}
        record.update(id=row.id, origin="reference", created_at="2026-11-23T09:00:00.000Z")
        record["updated_at"] = record["created_at"]
        db.execute(
            f"INSERT INTO state ({', '.join(record)}) VALUES ({', '.join('?' for _ in record)})", list(record.values())
        )
    db.conn.commit()
    states = db.execute("SELECT count(*) FROM state").fetchone()[0]
    db.close()
    # The kills fall anywhere from the start to half again as long as an upgrade takes unkilled on
    # this machine now (a loaded machine's upgrade outlasted a fixed 0.5 s: none finished).
    probe = tmp_path / "probe"
    shutil.copytree(old, probe)
    started = dt.datetime.now()
    assert _run_and_kill(_child_migrates, probe, seed=3999, within=600.0, at_least=600.0) == ["migrated"]
    took = (dt.datetime.now() - started).total_seconds()
    shutil.rmtree(probe)
    finished = 0
    for i in range(30 * SCALE):
        folder = tmp_path / f"run{i}"
        shutil.copytree(old, folder)
        finished += len(_run_and_kill(_child_migrates, folder, seed=4000 + i, within=max(0.5, 1.5 * took) / SLOWER))
        conn = encrypted_mode.connect(folder / "ncdesk.sqlite3")
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            assert len(applied) >= 3 and applied == migration_names()[: len(applied)]
            assert ("change_log" in tables) == ("m004_history" in applied), "a migration half applied"
            assert ("export_record" in tables) == ("m005_export_record" in applied), "a migration half applied"
            assert "change_batch_m004" not in tables, "a migration half applied"
            assert conn.execute("SELECT count(*) FROM state").fetchone()[0] == states
        finally:
            conn.close()
        with _reopen_checked(folder) as store:
            assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(migration_names())
            assert store.count("state") == states
        shutil.rmtree(folder)
    assert finished > 0 and finished < 30 * SCALE  # some finished, most were killed first


def test_the_harness_can_fail(template: Path, tmp_path: Path) -> None:
    """A store that acknowledges before committing is caught by the same checks."""
    folder = _fresh(template, tmp_path)

    def premature(folder: Path, ack: Callable[[str], None], rng: random.Random) -> None:
        store = Store.open(folder, load_reference=False)
        store.db.execute("BEGIN")
        store.db.execute("UPDATE person SET notes = '999' WHERE name = 'Counter'")
        ack("edit 999")  # acknowledged, never committed
        select.select([], [], [], 5)
        sys.exit(0)

    acked = _run_and_kill(premature, folder, seed=1, within=1.0, at_least=1.0)
    assert acked == ["edit 999"]
    with _reopen_checked(folder) as store:
        assert store.rows("person", "name = 'Counter'")[0]["notes"] != "999"  # lost: the checks above would fail
