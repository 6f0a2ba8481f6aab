"""kill -9 while a package is received: the folder opens afterwards and holds all of the package
or none of it, and its record of received packages agrees. The same harness as the store's
crash tests (tests/store/test_crash.py): a forked child receives a package of about 2,000
records and is killed at a random moment. 20 kills in CI; NCDESK_TORTURE=1 runs 300.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ncdesk.io import package, sharing
from ncdesk.store.records.alerts import create_alert
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests.store.test_crash import _reopen_checked, _run_and_kill

KILLS = 300 if os.environ.get("NCDESK_TORTURE") else 20

pytestmark = [
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill harness forks (POSIX)"),
    pytest.mark.timeout(1800 if KILLS > 20 else 300),
]

ALERTS = 670  # an alert, its destination and its first step: about 2,000 records


def _clock() -> dt.datetime:
    return dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory, reference_db: Path) -> tuple[Path, Path, list[str]]:
    """The receiver's folder (Poland, knowing Mexico), the package from Mexico, its record ids."""
    base = tmp_path_factory.mktemp("receive-crash")
    mx_folder, pl_folder = base / "Mexico", base / "Poland"
    for folder in (mx_folder, pl_folder):
        folder.mkdir()
        shutil.copyfile(reference_db, folder / "ncdesk.sqlite3")
    with (
        Store.open(mx_folder, load_reference=False, clock=_clock) as mx,
        Store.open(pl_folder, load_reference=False, clock=_clock) as pl,
    ):
        sharing.ensure_identity(mx, "Mexico — focal point")
        sharing.ensure_identity(pl, "Poland — focal point")
        sharing.add_card(mx, package.card_text(sharing.my_card(pl)), verified=True)
        sharing.add_card(pl, package.card_text(sharing.my_card(mx)), verified=True)
        states = [ref_id("state", c) for c in ("MNG", "TJK", "HUN", "KGZ", "ARM")]
        for i in range(ALERTS):
            create_alert(
                mx,
                {"person_id": ref_id("person", "vladimir-putin"), "date": "2030-01-02", "reliability": "probable",
                 "source_description": f"crash {i}", "destinations": [states[i % len(states)]]},
                at=dt.date(2026, 11, 2),
            )  # fmt: skip
        made = sharing.share(mx, ["Poland"])
    path = base / made.name
    path.write_bytes(made.data)
    ids = [r["id"] for r in made.outgoing.body["records"]]
    assert len(ids) >= 2000
    return pl_folder, path, ids


def _child_receives(path: Path) -> Callable[[Path, Callable[[str], None], random.Random], None]:
    def receive(folder: Path, ack: Callable[[str], None], rng: random.Random) -> None:
        store = Store.open(folder, load_reference=False, clock=_clock)
        ack("open")
        plan = sharing.preview(store, path.read_bytes())
        ack("planned")
        got = sharing.receive(store, plan)
        ack(f"received {got.added}")
        store.close()

    return receive


def _state(folder: Path, ids: list[str], package_id: str) -> tuple[int, bool]:
    with _reopen_checked(folder) as store:
        present = 0
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for table in ("travel_alert", "alert_destination", "alert_step", "person"):
                present += store.db.execute(
                    f"SELECT count(*) FROM {table} WHERE id IN ({', '.join('?' for _ in chunk)})", chunk
                ).fetchone()[0]
        received = store.db.execute("SELECT 1 FROM received_package WHERE id = ?", [package_id]).fetchone()
        return present, received is not None


def test_a_receive_killed_at_any_moment_is_all_or_nothing(
    setting: tuple[Path, Path, list[str]], tmp_path: Path
) -> None:
    template, path, ids = setting
    package_id = path.name.removeprefix("ncdesk-").removesuffix(sharing.SUFFIX)
    # one receive to the end: how long it takes, and that all of it arrives
    whole = tmp_path / "whole"
    shutil.copytree(template, whole)
    started = time.perf_counter()
    lines = _run_and_kill(_child_receives(path), whole, seed=0, within=600, at_least=600)
    took = time.perf_counter() - started
    assert lines[-1].startswith("received "), lines
    assert _state(whole, ids, package_id) == (len(ids), True)
    outcomes = {"all": 0, "none": 0}
    for i in range(KILLS):
        folder = tmp_path / f"k{i}"
        shutil.copytree(template, folder)
        acked = _run_and_kill(_child_receives(path), folder, seed=100 + i, within=took * 1.1)
        present, received = _state(folder, ids, package_id)
        assert present in (0, len(ids)), f"kill {i}: {present} of {len(ids)} records of the package"
        assert received == (present == len(ids)), f"kill {i}: received_package says {received}, {present} present"
        if any(a.startswith("received") for a in acked):
            assert received, "an acknowledged receive was lost"
        outcomes["all" if received else "none"] += 1
        shutil.rmtree(folder)
    assert outcomes["none"] > 0  # killed before the end at least once
    if KILLS > 20:
        print(f"\n{KILLS} kills during a receive of {len(ids)} records: {outcomes}")
