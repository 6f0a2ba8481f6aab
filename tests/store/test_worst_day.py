"""The worst day (RELIABILITY.md): a damaged database, then ten ordinary commands.

A data folder (plain or encrypted) holds a delegate's alerts, each acknowledged by the command
line, and automatic backups made 15 minutes apart. Its database is then damaged as the worst day
damages it: bits flipped, the file truncated, pages zeroed, the write-ahead log lost while it
held commits, the file emptied, or replaced by another program's SQLite file. Ten ordinary
commands follow, as a delegate would type them (check, list, add, search, export, backups, init,
and now and then the restore of the backup ncdesk named, or an explicit new start), each 15
minutes after the last. After every case:

- no command died with a traceback;
- every alert acknowledged before the damage, and every one acknowledged after it, is still in
  the database or in a sound backup or damaged copy that `ncdesk backups` lists;
- an encrypted folder holds no plaintext: none of the alerts' text in any file, and no plain
  database where the folder's database should be;
- damage that SQLite or ncdesk can see was reported, never taken for a new start.

CI runs 24 cases (both modes, every kind of damage); NCDESK_TORTURE=1 runs 300 (figures in
docs/RELIABILITY.md).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import secrets
import shutil
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from ncdesk import paths
from ncdesk.cli import main
from ncdesk.store.file import crypto, engine
from ncdesk.store.store import Store
from tests import encrypted_mode

TORTURE = bool(os.environ.get("NCDESK_TORTURE"))
CASES = 300 if TORTURE else 24
# NCDESK_WORST_FROM=172 replays the long run from one case (each case's seed depends only on its number)
FIRST = int(os.environ.get("NCDESK_WORST_FROM", "0"))
KINDS = ("bitflip", "truncate", "zero_pages", "lost_wal", "empty", "foreign")
pytestmark = [pytest.mark.manages_encryption, pytest.mark.timeout(7200 if TORTURE else 600)]
SQLITE_HEADER = b"SQLite format 3\x00"


class Clock:
    """The commands' clock: 15 minutes further at every command."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def tick(self) -> None:
        self.now += dt.timedelta(minutes=15)


@dataclass
class Day:
    """One case: a folder, what was acknowledged in it, and what went wrong."""

    folder: Path
    encrypted: bool
    token: str
    clock: Clock
    acknowledged: set[str] = field(default_factory=set)  # the alerts' sources
    tracebacks: list[str] = field(default_factory=list)
    said: list[str] = field(default_factory=list)
    counter: int = 0

    def run(self, *args: str) -> tuple[int, str, str]:
        """One command, in-process (a traceback is an exception escaping `main`)."""
        import contextlib
        import io

        out, err = io.StringIO(), io.StringIO()
        self.clock.tick()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(["--data-dir", str(self.folder), *args])
        except SystemExit as exc:  # argparse
            code = int(exc.code or 0)
        except BaseException:  # noqa: BLE001 - a traceback is what this harness counts
            self.tracebacks.append(f"{' '.join(args)}: {traceback.format_exc()}")
            code = -1
        self.said.append(f"$ ncdesk {' '.join(args)} -> {code}\n{out.getvalue()}{err.getvalue()}")
        if "Traceback (most recent call last)" in out.getvalue() + err.getvalue():
            self.tracebacks.append(f"{' '.join(args)}: {err.getvalue()}")
        return code, out.getvalue(), err.getvalue()

    def add_alert(self) -> int:
        self.counter += 1
        source = f"{self.token} source {self.counter}"
        code, _, _ = self.run(
            "alert",
            "add",
            "--person",
            "Bashir",
            "--state",
            "HUN",
            "--from",
            "2027-03-01",
            "--source",
            source,
            "--allow-duplicate",  # the same visit logged again and again: a duplicate, said so (issue 24)
        )
        if code == 0:
            self.acknowledged.add(source)
        return code


@pytest.fixture
def clocked(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """Every store the commands open runs on the harness's clock."""
    clock = Clock()
    original = Store.open.__func__  # type: ignore[attr-defined]

    def opened(cls: type[Store], folder: Path, **kwargs: Any) -> Store:
        kwargs.setdefault("clock", clock)
        return original(cls, folder, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Store, "open", classmethod(opened))
    return clock


def _new_day(tmp_path: Path, reference_db: Path, clock: Clock, encrypted: bool, n: int) -> Day:
    from ncdesk.store.file import encryption

    folder = tmp_path / f"case{n}"
    paths.ensure_data_dir(folder)
    shutil.copyfile(reference_db, paths.database_path(folder))
    if encrypted:
        with Store.open(folder, load_reference=False, clock=clock) as store:
            encryption.encrypt(store, encrypted_mode.PASS, params=encrypted_mode.fast_params())
    day = Day(folder, encrypted, "WorstDay" + secrets.token_hex(6), clock)
    for _ in range(3):  # each with its automatic backup (15 minutes apart, more than the 10 between them)
        assert day.add_alert() == 0, day.said[-1]
    return day


# --- the damage ---------------------------------------------------------------------------------


def _flip_bits(path: Path, rng: random.Random) -> None:
    data = bytearray(path.read_bytes())
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


def _truncate(path: Path, rng: random.Random) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.truncate(rng.randrange(1, size))


def _zero_pages(path: Path, rng: random.Random) -> None:
    size = path.stat().st_size
    pages = max(1, size // 4096)
    with path.open("r+b") as fh:
        for _ in range(rng.randint(1, 3)):
            fh.seek(rng.randrange(pages) * 4096)
            fh.write(b"\0" * 4096)


def _foreign(path: Path, rng: random.Random) -> None:
    path.unlink()
    conn = engine.connect(path)
    conn.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes(text) VALUES ('another program''s file')")
    conn.commit()
    conn.close()


def _lose_wal(day: Day, rng: random.Random) -> None:
    """Commits that only the write-ahead log holds, then the log is gone (a sync or clean-up tool)."""
    from ncdesk.store.records.editing import save

    db = paths.database_path(day.folder)
    key = encrypted_mode.key_of(day.folder) if day.encrypted else None
    store = Store.open(day.folder, load_reference=False, clock=day.clock, key=key)
    store.db.execute("PRAGMA wal_autocheckpoint = 0")
    snapshot = db.read_bytes()  # the main file before the commits below: they go to the -wal only
    for i in range(rng.randint(1, 3)):
        save(store, "person", {"name": f"{day.token} lost {i}"})
    store.close()  # closing checkpoints the log into the file: put the file back as it was, log gone
    db.write_bytes(snapshot)
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)


def _damage(day: Day, kind: str, rng: random.Random) -> None:
    db = paths.database_path(day.folder)
    if kind == "lost_wal":
        _lose_wal(day, rng)
    elif kind == "empty":
        db.write_bytes(b"")
    elif kind == "foreign":
        _foreign(db, rng)
    else:
        {"bitflip": _flip_bits, "truncate": _truncate, "zero_pages": _zero_pages}[kind](db, rng)


# --- what is offered afterwards --------------------------------------------------------------------


def _sources_in(path: Path, day: Day) -> set[str] | None:
    """The alerts' sources held by the database file *path*, or None when it cannot be read."""
    try:
        key = crypto.unlock(day.folder, encrypted_mode.PASS, path) if crypto.looks_encrypted(path) else None
        conn = engine.connect(path, opening=engine.Opening.READ, key=key.sqlcipher if key else None)
    except Exception:  # noqa: BLE001 - unreadable is an answer here
        return None
    try:
        rows = conn.execute(
            "SELECT source_description FROM travel_alert WHERE deleted_at IS NULL AND source_description LIKE ?",
            [f"{day.token}%"],
        ).fetchall()
        return {r[0] for r in rows}
    except Exception:  # noqa: BLE001
        return None
    finally:
        conn.close()


def _offered(day: Day) -> Iterator[Path]:
    """The database, and the sound backups and damaged copies `ncdesk backups --json` lists."""
    db = paths.database_path(day.folder)
    if db.exists():
        yield db
    code, out, _ = day.run("backups", "--json")
    assert code == 0, day.said[-1]
    for entry in json.loads(out):
        if entry.get("sound"):
            yield Path(entry["file"])


def _plaintext(day: Day) -> list[str]:
    needles = [day.token.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    found = []
    for path in day.folder.rglob("*"):
        if path.is_file() and encrypted_mode.file_hit(path, needles) is not None:
            found.append(str(path.relative_to(day.folder)))
    db = paths.database_path(day.folder)
    if db.exists() and db.stat().st_size and db.read_bytes()[:16] == SQLITE_HEADER:
        found.append("ncdesk.sqlite3 is a plain database")
    return found


COMMANDS: list[tuple[str, ...]] = [
    ("check",),
    ("alert", "list"),
    ("search", "Bashir"),
    ("backups",),
    ("init",),
    ("backup",),
]


def _ten_commands(day: Day, rng: random.Random, named: Path | None) -> None:
    for _ in range(10):
        roll = rng.random()
        if roll < 0.35:
            day.add_alert()
        elif roll < 0.45 and named is not None:
            day.run("restore", named.name)
        elif roll < 0.5:
            day.run("init", "--new")
        elif roll < 0.55:
            day.run("export", "-o", str(day.folder.parent / f"{day.folder.name}-export.json"))
        else:
            day.run(*rng.choice(COMMANDS))


def _named_backup(day: Day) -> Path | None:
    """The backup ncdesk names after the damage, as a user reads it from `ncdesk check`."""
    code, out, err = day.run("check")
    for word in (out + err).split():
        if word.startswith("ncdesk-") and word.rstrip(".,);").endswith(".sqlite3"):
            return Path(word.rstrip(".,);"))
    return None


def _one_case(tmp_path: Path, reference_db: Path, clock: Clock, n: int, seed: int) -> tuple[Day, str]:
    rng = random.Random(seed)
    encrypted = n % 2 == 1
    kind = KINDS[(n // 2) % len(KINDS)]
    day = _new_day(tmp_path, reference_db, clock, encrypted, n)
    before = set(day.acknowledged)
    _damage(day, kind, rng)
    named = _named_backup(day)
    _ten_commands(day, rng, named)
    problems = []
    if day.tracebacks:
        problems.append(f"tracebacks: {day.tracebacks}")
    held: set[str] = set()
    for path in _offered(day):
        held |= _sources_in(path, day) or set()
    lost = (before | day.acknowledged) - held
    if lost:
        problems.append(f"acknowledged alerts no longer held by anything ncdesk offers: {sorted(lost)}")
    if day.encrypted and (leaks := _plaintext(day)):
        problems.append(f"plaintext in an encrypted folder: {leaks}")
    if problems:
        transcript = "\n".join(day.said)
        pytest.fail(f"case {n} ({kind}, {'encrypted' if encrypted else 'plain'}, seed {seed}):\n"
                    + "\n".join(problems) + f"\n--- transcript ---\n{transcript}")  # fmt: skip
    return day, kind


def test_damaged_databases_then_ten_commands(
    tmp_path: Path, reference_db: Path, clocked: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    passphrase = tmp_path / "passphrase"
    passphrase.write_text(encrypted_mode.PASS, encoding="utf-8")
    passphrase.chmod(0o600)
    monkeypatch.setenv("NCDESK_PASSPHRASE_FILE", str(passphrase))
    figures: dict[str, int] = {}
    for n in range(FIRST, CASES):
        day, kind = _one_case(tmp_path, reference_db, clocked, n, seed=10_000 + n)
        key = f"{kind} {'encrypted' if day.encrypted else 'plain'}"
        figures[key] = figures.get(key, 0) + 1
        shutil.rmtree(day.folder)
    assert sum(figures.values()) == CASES - FIRST
    if TORTURE:
        print(f"worst day: {CASES} damaged databases, 10 commands each: {json.dumps(figures, sort_keys=True)}")


# --- kill -9 during `encrypt`: the folder ends plain or encrypted, never half, never leaking -------

KILLS = 300 if TORTURE else 20


def _child_encrypts(folder: Path, ack: Any, rng: random.Random) -> None:
    from ncdesk.store.file import encryption

    store = Store.open(folder, load_reference=False)
    encryption.encrypt(store, encrypted_mode.PASS, params=encrypted_mode.fast_params())
    store.close()
    ack("encrypted")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill harness forks (POSIX)")
def test_kills_during_encrypt(tmp_path: Path, reference_db: Path) -> None:
    from ncdesk.store.file import backups
    from ncdesk.store.records.editing import save
    from tests.store.test_crash import _run_and_kill

    token = "KilledEncrypt" + secrets.token_hex(6)
    template = tmp_path / "template"
    paths.ensure_data_dir(template)
    shutil.copyfile(reference_db, paths.database_path(template))
    with Store.open(template, load_reference=False) as store:
        ids = [save(store, "person", {"name": f"{token} {i}", "notes": f"{token} notes"}) for i in range(5)]
        backups.make_backup(store, "auto")
        backups.make_backup(store, "manual")
    # what a killed backup and an earlier move-aside leave behind: plain copies encrypt must not miss
    shutil.copyfile(paths.database_path(template), template / "backups" / "ncdesk-20261101T090000Z-auto.sqlite3.part")
    (template / "damaged").mkdir()
    shutil.copyfile(paths.database_path(template), template / "damaged" / "ncdesk-20261101T080000Z.sqlite3")
    needles = [token.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    outcomes = {"plain": 0, "encrypted": 0}
    for i in range(KILLS):
        folder = tmp_path / f"run{i}"
        shutil.copytree(template, folder)
        lines = _run_and_kill(_child_encrypts, folder, seed=5000 + i, within=1.5)
        with Store.open(folder, passphrase=encrypted_mode.PASS, load_reference=False) as store:  # finish() runs
            assert store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert {p["id"] for p in store.rows("person", "name LIKE ?", [f"{token}%"])} == set(ids)
            encrypted = store.key is not None
        if "encrypted" in lines:
            assert encrypted, f"kill {i}: an acknowledged encryption was lost"
        outcomes["encrypted" if encrypted else "plain"] += 1
        if encrypted:  # no plaintext left anywhere in the folder (the copies, the leftovers, the journals)
            leaks = [
                str(p.relative_to(folder))
                for p in folder.rglob("*")
                if p.is_file() and encrypted_mode.file_hit(p, needles) is not None
            ]
            assert leaks == [], f"kill {i}: plaintext after encrypt: {leaks}"
        shutil.rmtree(folder)
    assert outcomes["plain"] > 0 and outcomes["encrypted"] > 0, outcomes
