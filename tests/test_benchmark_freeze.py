"""The "longest freeze" benchmark (benchmarks/freeze.py): its probe attributes the event loop's
lateness to the action that caused it, waits for each action to finish, and the scripted session
runs every action to its end on a small generated store. No timing is asserted: the probe's
clock is injected where a freeze is compared, and the session test checks what ran."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from benchmarks.freeze import Action, Driver, Probe, Step, table

ROOT = Path(__file__).resolve().parent.parent


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def driver(clock: FakeClock, timeout: float = 60.0) -> tuple[Probe, Driver]:
    probe = Probe(clock=clock)
    probe.start()
    return probe, Driver(probe, lambda: True, timeout)


def test_a_blocking_action_freezes_longer_than_an_idle_one(qapp) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    probe, drive = driver(clock)

    def block() -> None:
        # Busy on the GUI thread until the probe's timer has been due twice (by its own clock,
        # which only this loop moves): the probe cannot fire meanwhile.
        fired = probe.ticks
        while clock.now - (probe.last or clock.now) < 2 * probe.interval:
            clock.now += 0.0005
        assert probe.ticks == fired

    try:
        quiet = drive.run(Action("idle", [Step(lambda: None, painted=False)]))
        busy = drive.run(Action("blocking", [Step(block, painted=False)]))
        after = drive.run(Action("idle again", [Step(lambda: None, painted=False)]))
    finally:
        probe.stop()
    assert quiet.finished and busy.finished and after.finished
    assert quiet.freeze_ms == 0.0 and after.freeze_ms == 0.0  # the clock did not move: never late
    assert busy.freeze_ms >= probe.interval * 1000  # due twice: late by at least one interval
    assert busy.steps_ms == [busy.freeze_ms]


def test_an_action_waits_for_its_dialog_to_be_painted_and_closes_it(qapp) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    probe, drive = driver(clock)
    dialogs: list[QDialog] = []

    def open_dialog() -> QDialog:
        dialogs.append(QDialog())
        dialogs[-1].open()
        return dialogs[-1]

    try:
        outcome = drive.run(
            Action(
                "a dialog",
                [Step(open_dialog, done=lambda: dialogs[-1].isVisible())],
                close=lambda: dialogs[-1].reject(),
            )
        )
        paints = drive.counter(dialogs[-1]).count
    finally:
        probe.stop()
    assert outcome.finished and outcome.painted and not outcome.error
    assert paints >= 1
    assert not dialogs[-1].isVisible()


def test_a_failing_or_endless_action_is_reported_not_finished(qapp) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    probe, drive = driver(clock, timeout=0.2)

    def fail() -> None:
        raise RuntimeError("the form would not save")

    try:
        failed = drive.run(Action("fails", [Step(fail, painted=False), Step(lambda: None, painted=False)]))
        endless = drive.run(Action("never done", [Step(lambda: None, done=lambda: False, painted=False)]))
    finally:
        probe.stop()
    assert not failed.finished and "the form would not save" in failed.error
    assert len(failed.steps_ms) == 1  # the steps after a failure are not run
    assert not endless.finished and endless.error == ""
    rows = table([vars(failed), vars(endless)])
    assert "| fails |" in rows[2] and "not finished: RuntimeError: the form would not save" in rows[2]
    assert "not finished: timed out" in rows[3]


@pytest.mark.plain_only("the session runs in its own process over a plain generated store")
@pytest.mark.timeout(300)
def test_the_scripted_session_runs_every_action_to_its_end(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NCDESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), LANG="C.UTF-8")
    folder = tmp_path / "data"
    subprocess.run(
        [sys.executable, "-m", "benchmarks.generator", "--scale", "0.02", "-o", str(folder)],
        check=True, capture_output=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.freeze", str(folder), "--quiet"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=280,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    actions = out["actions"]
    names = [a["name"] for a in actions]
    assert len(names) == len(set(names))
    unfinished = {a["name"]: a["error"] for a in actions if not a["finished"]}
    assert not unfinished
    assert names[0] == "start (first paint)" and actions[0]["excepted"]
    assert not any(a["excepted"] for a in actions[1:])
    from ncdesk.core.forms import FORMS

    saved = {n.split(" ")[1] for n in names if n.startswith("save: ")}
    assert saved == set(FORMS)  # one record of each kind saved
    expected = [
        "view: team (Ctrl+0)",
        "sort alerts by destinations",
        "filter alerts: hungary",
        "search: hungary",
        "briefing note: export the State's note as PDF",
        "alert: take the step (verified)",
        "back up now (Ctrl+Shift+K)",
        "dialog: settings (Ctrl+,)",
        "dialog: restore a backup",
    ]
    assert [e for e in expected if e not in names] == []
    assert all(a["freeze_ms"] >= 0 and a["duration_ms"] > 0 for a in actions)
    assert any(p.suffix == ".sqlite3" for p in (folder / "backups").iterdir())  # the backup was made
