"""Thousands of malformed files: each is rejected with our one error, naming the file, and the
database is left byte-for-byte as it was. NCDESK_TORTURE=1 runs ten times as many."""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from ncdesk.io.importing import ImportRejected, import_file
from ncdesk.store import engine
from ncdesk.store.store import Store
from tests.conftest import FixedClock
from tests.io.corpus import corpus
from tests.io.import_helpers import state

COUNT = 100_000 if os.environ.get("NCDESK_TORTURE") == "1" else 10_000


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory, reference_db: Path) -> Iterator[Store]:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "ncdesk.sqlite3").write_bytes(reference_db.read_bytes())
    store = Store.open(folder, clock=FixedClock(), load_reference=False)
    yield store
    store.close()


@pytest.mark.timeout(900)
def test_every_malformed_file_is_rejected_and_changes_nothing(shared: Store) -> None:
    before = state(shared)
    # A second connection sees PRAGMA data_version move when anyone commits.
    observer = engine.connect(shared.path, key=shared.key.sqlcipher if shared.key else None)
    version = observer.execute("PRAGMA data_version").fetchone()[0]
    seen: Counter[str] = Counter()
    slowest = (0.0, "")
    start = time.perf_counter()
    try:
        for case in corpus(COUNT):
            t = time.perf_counter()
            try:
                import_file(shared, Path(case.name), case.kind, data=case.data)
            except ImportRejected as exc:
                problems, message = exc.problems, str(exc)
            else:
                pytest.fail(f"{case.category} {case.name}: imported, should have been rejected")
            slowest = max(slowest, (time.perf_counter() - t, f"{case.category} {case.name}"))
            assert problems and all(p.file == case.name and p.message for p in problems), case
            assert message.startswith(f"import rejected: {case.name}")
            if case.where is not None:
                assert case.where in {(p.row, p.field) for p in problems}, (case, [p.line() for p in problems])
            assert not shared.db.conn.in_transaction, case
            assert observer.execute("PRAGMA data_version").fetchone()[0] == version, f"{case} committed"
            seen[case.category] += 1
    finally:
        observer.close()
    elapsed = time.perf_counter() - start
    print(f"\n{COUNT} malformed files in {elapsed:.1f} s; slowest {slowest[0]:.2f} s ({slowest[1]})")
    print(dict(seen))
    assert sum(seen.values()) == COUNT >= 10_000
    assert len(seen) == 18
    assert state(shared) == before
