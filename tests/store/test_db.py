"""Opening the database: pragmas, migrations, backups before migrating, refusing newer files."""

import hashlib
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from ncdesk.store.file import engine
from ncdesk.store.file.db import APPLICATION_ID, open_database
from ncdesk.store.file.errors import DatabaseCorruptError, DatabaseNewerError
from ncdesk.store.file.migrations import MIGRATIONS, migration_names, schema_version


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_open_creates_folder_and_sets_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "ncdesk.sqlite3"
    db = open_database(path)
    try:
        assert path.exists()
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert [m.name for m in MIGRATIONS.applied(db)] == migration_names()
    finally:
        db.close()


def test_reopening_is_idempotent_and_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "ncdesk.sqlite3"
    open_database(path).close()
    open_database(path).close()
    assert not (tmp_path / "backups").exists()


def test_file_from_a_newer_ncdesk_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "ncdesk.sqlite3"
    db = open_database(path)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('ncdesk', 'm999_future', 'x')")
    db.conn.commit()
    db.execute(f"PRAGMA user_version = {schema_version() + 1}")
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    before = digest(path)
    with pytest.raises(DatabaseNewerError, match="newer ncdesk"):
        open_database(path)
    assert digest(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_unknown_migration_name_alone_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ncdesk.sqlite3"
    db = open_database(path)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('ncdesk', 'm002_other', 'x')")
    db.conn.commit()
    db.close()
    with pytest.raises(DatabaseNewerError):
        open_database(path)


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all" * 100, b"\0" * 8192, b"SQLite format 3\0" + b"\xff" * 4000],
)
def test_damaged_file_is_reported_and_left_alone(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "ncdesk.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DatabaseCorruptError, match="damaged|not an ncdesk"):
        open_database(path)
    assert path.read_bytes() == content


def test_another_applications_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = engine.connect(path)
    conn.execute("PRAGMA application_id = 12345")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseCorruptError, match="not an ncdesk database"):
        open_database(path)
    assert digest(path) == before


def test_pending_migrations_are_preceded_by_a_verified_backup(tmp_path: Path) -> None:
    path = tmp_path / "ncdesk.sqlite3"
    db = open_database(path)
    db.execute(
        "INSERT INTO source (id, key, title, created_at, updated_at) VALUES "
        "('00000000-0000-0000-0000-000000000001', 'k', 'A source', 'now', 'now')"
    )
    db.conn.commit()
    db.close()

    upgraded = Migrations("ncdesk")
    for m in MIGRATIONS._migrations:
        upgraded(name=m.name)(m.fn)

    @upgraded(name="m900_add_column")
    def m900_add_column(db):  # a migration of a future release
        db.execute("ALTER TABLE source ADD COLUMN extra TEXT")

    db = open_database(path, migrations=upgraded)
    try:
        assert "extra" in [r[1] for r in db.execute("PRAGMA table_info(source)")]
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(upgraded._migrations)
    finally:
        db.close()
    backups = list((tmp_path / "backups").glob("before-m900_add_column-*.sqlite3"))
    assert len(backups) == 1
    copy = engine.connect(backups[0])
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT title FROM source").fetchall() == [("A source",)]
        assert "extra" not in [r[1] for r in copy.execute("PRAGMA table_info(source)")]
    finally:
        copy.close()
    assert not list((tmp_path / "backups").glob("*.part"))


def test_a_failing_migration_leaves_the_old_version(tmp_path: Path) -> None:
    path = tmp_path / "ncdesk.sqlite3"
    open_database(path).close()
    broken = Migrations("ncdesk")
    for m in MIGRATIONS._migrations:
        broken(name=m.name)(m.fn)

    @broken(name="m901_broken")
    def m901_broken(db):
        db.execute("ALTER TABLE source ADD COLUMN half TEXT")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        open_database(path, migrations=broken)
    db = open_database(path)
    try:
        assert "half" not in [r[1] for r in db.execute("PRAGMA table_info(source)")]
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    finally:
        db.close()


def test_standard_sqlite_opens_the_file(tmp_path: Path) -> None:
    path = tmp_path / "ncdesk.sqlite3"
    open_database(path).close()
    conn = engine.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
