"""Laptops, alerts and reference releases for the tests of sharing (issue 18), in one place."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings

from ncdesk import paths
from ncdesk.io import package, sharing
from ncdesk.store.clock import Clock
from ncdesk.store.records.alerts import create_alert
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests import encrypted_mode as enc
from tests.conftest import FixedClock

PUTIN = ref_id("person", "vladimir-putin")


def laptop(tmp_path: Path, reference_db: Path, name: str, clock: Clock | None = None) -> Store:
    """A data folder with the reference data and an identity named "NAME — focal point"."""
    folder = tmp_path / name
    folder.mkdir()
    shutil.copyfile(reference_db, folder / "ncdesk.sqlite3")
    store = enc.open_plain(folder, clock=clock or FixedClock(), load_reference=False)
    sharing.ensure_identity(store, f"{name} — focal point")
    return store


def befriend(*stores: Store) -> None:
    """Each adds every other's card, as verified."""
    for a in stores:
        for b in stores:
            if a is not b:
                sharing.add_card(a, package.card_text(sharing.my_card(b)), verified=True)


def alert(store: Store, source: str = "cable", state: str = "MNG") -> str:
    return create_alert(
        store,
        {"person_id": PUTIN, "date": "2030-01-02", "reliability": "probable", "source_description": source,
         "destinations": [ref_id("state", state)]},
        at=dt.date(2026, 11, 2),
    )  # fmt: skip


def new_release(tmp_path: Path, version: str = "2099.1") -> Path:
    """The bundled reference release, renumbered, with one fact changed (Mr Al Bashir's function)."""
    folder = tmp_path / f"release-{version}"
    shutil.copytree(paths.resource_path("reference"), folder)
    manifest = folder / "manifest.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('version = "', f'version = "{version}" #', 1), encoding="utf-8")
    persons = folder / "persons.toml"
    text = persons.read_text(encoding="utf-8")
    persons.write_text(
        text.replace("Former President of the Republic of the Sudan", "Former Head of State", 1), encoding="utf-8"
    )
    return folder


def run_laptops(machine: Any, tmp_path: Path, reference_db: Path, *, examples: int, steps: int) -> None:
    """Run the hypothesis state machine *machine* of laptops (its `tmp` and `reference_db` set here),
    with its `teardown_check` after each example: what the exchange's and the merge's property
    tests share."""
    machine.tmp = tmp_path
    machine.reference_db = reference_db
    machine.TestCase.settings = settings(
        max_examples=examples,
        stateful_step_count=steps,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        derandomize=False,
    )
    original = machine.teardown

    def teardown(self: Any) -> None:
        try:
            self.teardown_check()
        finally:
            original(self)

    machine.teardown = teardown
    try:
        machine.TestCase().runTest()
    finally:
        machine.teardown = original
