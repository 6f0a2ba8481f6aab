"""The JSON export holds every record, exactly, and is written atomically."""

import json
from pathlib import Path

import pytest

from ncdesk.io.export_json import FORMAT, FORMAT_VERSION, export_data, write_json
from ncdesk.store.file.atomic import atomic_write
from ncdesk.store.file.schema import TABLES
from ncdesk.store.store import Store


def test_export_holds_every_record_of_every_table(store: Store, tmp_path: Path) -> None:
    store.insert("person", {"name": "Someone I added", "aliases": ["Alias"]})
    target = tmp_path / "out" / "export.json"
    counts = write_json(store, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT and data["format_version"] == FORMAT_VERSION
    assert set(data["tables"]) == set(TABLES)
    for table in TABLES:
        assert len(data["tables"][table]) == store.count(table, include_deleted=True) == counts[table]
    persons = {p["name"]: p for p in data["tables"]["person"]}
    assert persons["Someone I added"]["origin"] == "user"
    assert persons["Someone I added"]["aliases"] == ["Alias"]
    assert data["reference_version"] == store.reference_version()


def test_export_is_deterministic_apart_from_its_timestamp(store: Store) -> None:
    first = export_data(store)
    second = export_data(store)
    assert first["tables"] == second["tables"]


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write("half of the new")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]
