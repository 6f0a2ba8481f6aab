"""A large import in one pass (issue 19): `import_file` writes each row once; the alerts' sort keys
and the search index are brought up to date at the end, for the rows written, and their triggers
come back whether the import is kept or rolled back."""

from __future__ import annotations

from pathlib import Path

import pytest

from ncdesk.io.importing import ImportRejected, import_file
from ncdesk.store.file import sort_keys
from ncdesk.store.store import Store
from tests.io.import_helpers import state, write_csv

HEAD = ["person", "destinations", "date", "purpose"]
PLACES = ["Mongolia; KGZ", "HUN", "Italy; Tajikistan; France", "Kenya"]


def _rows(n: int) -> list[list[str]]:
    return [HEAD] + [
        ["Vladimir Putin", PLACES[i % 4], f"{1 + i % 28} May {2031 + i // 28}", f"Imported visit {i}"] for i in range(n)
    ]


def _triggers(store: Store) -> set[str]:
    return {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()}


def test_a_large_import_writes_each_row_once_with_its_sort_keys_and_search(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "alerts.csv", _rows(240))
    triggers = _triggers(store)
    inserts: list[str] = []
    store.db.conn.set_trace_callback(
        lambda sql: inserts.append(sql) if sql.startswith("INSERT INTO travel_alert") else None
    )
    try:
        plan = import_file(store, path)
    finally:
        store.db.conn.set_trace_callback(None)
    assert plan.total("add") == 240
    # checked and written in one pass, not previewed then applied (SQLite reports a statement
    # again for each trigger it runs: the ids tell the rows)
    assert len(set(inserts)) == 240
    assert _triggers(store) == triggers
    keys = store.db.execute(
        f"SELECT count(*), sum(destinations_text IS {sort_keys.destinations_sql('travel_alert.id')}) "
        "FROM travel_alert WHERE purpose LIKE 'Imported visit %'"
    ).fetchone()
    assert tuple(keys) == (240, 240)
    texts = {
        r[0]
        for r in store.db.execute("SELECT destinations_text FROM travel_alert WHERE purpose LIKE 'Imported visit %'")
    }
    assert texts == {
        sort_keys_text(store, names)
        for names in (["Mongolia", "Kyrgyzstan"], ["Hungary"], ["Italy", "Tajikistan", "France"], ["Kenya"])
    }
    found = store.search("Imported visit 239", kinds=("travel_alert",))
    assert found and "Imported visit 239" in store.get("travel_alert", found[0]["record_id"])["purpose"]


def sort_keys_text(store: Store, names: list[str]) -> str:
    """The destinations text as the sort key writes it: names in the order of their States' ids."""
    rows = store.db.execute(
        f"SELECT name FROM state WHERE name IN ({', '.join('?' for _ in names)}) ORDER BY id", names
    ).fetchall()
    return ", ".join(r[0] for r in rows)


def test_a_large_import_rejected_at_its_last_row_writes_nothing_and_keeps_the_triggers(
    store: Store, tmp_path: Path
) -> None:
    rows = _rows(230) + [["Nobody Known", "HUN", "1 May 2040", "Imported visit bad"]]
    path = write_csv(tmp_path / "alerts.csv", rows)
    triggers = _triggers(store)
    before = state(store)
    with pytest.raises(ImportRejected, match="Nobody Known"):
        import_file(store, path)
    assert state(store) == before
    assert _triggers(store) == triggers


def test_the_dry_run_checks_everything_and_writes_nothing(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "alerts.csv", _rows(210))
    before = state(store)
    plan = import_file(store, path, dry_run=True)
    assert plan.total("add") == 210 and not plan.problems
    assert state(store) == before


def test_a_bulk_write_outside_a_batch_is_refused(store: Store) -> None:
    with pytest.raises(RuntimeError, match="inside a batch"), store.bulk():
        pass
