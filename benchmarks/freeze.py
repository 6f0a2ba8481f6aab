"""The "longest freeze" benchmark (issue 19): how long the window stops answering during each
everyday action.

    python -m benchmarks.freeze DATA_DIR [--manifest MANIFEST] [--quiet]

Runs in a process of its own over a copy of a generated store (see `benchmarks/generate`), with
the main window built over the store as `ncdesk` builds it (the Qt platform `offscreen`, or the
X display if DISPLAY is set). A **probe**, a timer on the GUI thread every 5 ms, records how late
each firing is (the event loop's latency); the longest lateness during an action is that action's
freeze. Each action is started from the event loop and the script waits, running the event loop
(never sleeping), until it is finished: its dialog shown and painted, the window's signal
emitted, and no background work left. Dialogs are closed after each action. Prints one JSON
object on stdout (per action: the longest freeze and the action's duration, in ms) and the table
on stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from ncdesk.ui.prompts import Prompter  # noqa: E402

if TYPE_CHECKING:
    from ncdesk.store.file.errors import DatabaseDamagedError
    from ncdesk.ui.mainwindow import MainWindow
    from ncdesk.ui.security import Check

PROBE_MS = 5
TARGET_MS = 100.0  # the target: every action's longest freeze, at 10×
TIMEOUT_S = 900.0  # an action not finished by then is reported as such (the 100× State note: ~40 s)
UNPAINTED_TICKS = 40  # finished but no paint seen after this many calm probe firings: done anyway
SEARCHES = ["hungary", "bashir", "ICC-02/05-01/09", "عمر"]
FILTERS = ["hungary", "kaukoranta", "2025"]

Clock = Callable[[], float]


# --- the probe ---------------------------------------------------------------------------------


class Probe(QObject):
    """A timer on the GUI thread every *interval_ms*: the longest lateness of its firings since
    `reset()` (seconds), i.e. the longest time the event loop did not answer."""

    def __init__(self, interval_ms: int = PROBE_MS, clock: Clock = time.perf_counter) -> None:
        super().__init__()
        self.interval = interval_ms / 1000
        self.clock = clock
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._fired)
        self.last: float | None = None
        self.ticks = 0
        self.worst = 0.0
        self.listeners: list[Callable[[], None]] = []

    def start(self) -> None:
        self.last = self.clock()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def reset(self) -> None:
        self.worst = 0.0

    def _fired(self) -> None:
        now = self.clock()
        if self.last is not None:
            self.worst = max(self.worst, now - self.last - self.interval)
        self.last = now
        self.ticks += 1
        for listener in list(self.listeners):
            listener()


class PaintCounter(QObject):
    """Counts the paint events a widget receives (an event filter on that widget only)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def idle(window: Any) -> bool:
    """No background work left: the thread pool, the window's runner and (when the window has
    one) its operations helper all quiet."""
    if QThreadPool.globalInstance().activeThreadCount() > 0:
        return False
    runner = getattr(window, "runner", None)
    if runner is not None and runner.busy():
        return False
    operations = getattr(window, "operations", None)
    return not (operations is not None and operations.busy())


def timers_quiet(widget: QWidget | None) -> bool:
    """No single-shot timer of *widget* pending (a debounced filter or search not yet run)."""
    if widget is None:
        return True
    return not any(t.isSingleShot() and t.isActive() for t in widget.findChildren(QTimer))


# --- actions and their outcomes ----------------------------------------------------------------


@dataclass
class Step:
    """One thing done from the event loop, then waited for. *run* may return the widget whose
    paint ends the step (a dialog it opened); *paint* names it otherwise."""

    run: Callable[[], object]
    done: Callable[[], bool] = lambda: True
    paint: Callable[[], QWidget | None] | None = None
    painted: bool = True  # wait for a paint of the widget returned or named


@dataclass
class Action:
    name: str
    steps: list[Step]
    close: Callable[[], object] | None = None
    excepted: bool = False  # reported but not judged (the first paint after start)


@dataclass
class Outcome:
    name: str
    freeze_ms: float
    duration_ms: float
    finished: bool
    excepted: bool = False
    close_ms: float = 0.0  # the longest freeze while its dialog closed (not judged)
    steps_ms: list[float] = field(default_factory=list)
    painted: bool = True
    error: str = ""


class Driver:
    """Runs actions one after the other from the event loop, the probe measuring each."""

    def __init__(
        self,
        probe: Probe,
        is_idle: Callable[[], bool],
        timeout: float = TIMEOUT_S,
        errors: Callable[[], list[str]] | None = None,
    ) -> None:
        self.probe = probe
        self.is_idle = is_idle
        self.timeout = timeout
        self.errors = errors or (lambda: [])
        self.outcomes: list[Outcome] = []
        self.result: object = None  # what the last step's run returned
        self._counters: dict[int, PaintCounter] = {}

    def counter(self, widget: QWidget) -> PaintCounter:
        key = id(widget)
        found = self._counters.get(key)
        if found is None or found.parent() is not widget:
            found = self._counters[key] = PaintCounter(widget)
        return found

    def run_step(self, step: Step) -> tuple[float, bool, str, bool]:
        """(longest freeze in seconds, finished, error, painted)."""
        loop = QEventLoop()
        started_at = time.monotonic()
        state: dict[str, Any] = {"started": False, "error": "", "calm": 0, "target": None, "seen": 0}

        def begin() -> None:
            widget = step.paint() if step.paint is not None and step.painted else None
            seen = self.counter(widget).count if widget is not None else 0
            try:
                self.result = step.run()
            except Exception:  # noqa: BLE001 - reported in the outcome
                state["error"] = traceback.format_exc(limit=4)
            if widget is None and step.painted and isinstance(self.result, QWidget):
                widget = self.result
                seen = self.counter(widget).count
            state["target"], state["seen"], state["started"] = widget, seen, True

        def check() -> None:
            if not state["started"]:
                return
            if state["error"] or time.monotonic() - started_at > self.timeout:
                loop.quit()
                return
            try:
                finished = step.done() and self.is_idle()
            except Exception:  # noqa: BLE001
                state["error"] = traceback.format_exc(limit=4)
                loop.quit()
                return
            state["calm"] = state["calm"] + 1 if finished else 0
            if state["calm"] < 2:
                return
            widget = state["target"]
            if widget is None or self.counter(widget).count > state["seen"]:
                state["painted"] = True
                loop.quit()
            elif state["calm"] >= UNPAINTED_TICKS:  # finished, and nothing to paint: done
                state["painted"] = False
                loop.quit()

        self.probe.reset()
        self.probe.listeners.append(check)
        QTimer.singleShot(0, begin)
        loop.exec()
        self.probe.listeners.remove(check)
        finished = not state["error"] and state["calm"] >= 2
        return self.probe.worst, finished, state["error"], state.get("painted", True)

    def run(self, action: Action) -> Outcome:
        seen_errors = len(self.errors())
        started = time.perf_counter()
        steps_ms: list[float] = []
        finished, error, painted = True, "", True
        for step in action.steps:
            worst, finished, error, step_painted = self.run_step(step)
            steps_ms.append(round(worst * 1000, 1))
            painted = painted and step_painted
            if not finished:
                break
        duration = time.perf_counter() - started
        close_ms = 0.0
        if action.close is not None:
            close = action.close
            worst, _, close_error, _ = self.run_step(Step(close, painted=False))
            close_ms = round(worst * 1000, 1)
            error = error or close_error
        new_errors = self.errors()[seen_errors:]
        if new_errors and not error:
            error = "; ".join(new_errors)
        outcome = Outcome(
            name=action.name,
            freeze_ms=max(steps_ms, default=0.0),
            duration_ms=round(duration * 1000, 1),
            finished=finished and not error,
            excepted=action.excepted,
            close_ms=close_ms,
            steps_ms=steps_ms,
            painted=painted,
            error=error.strip()[-1500:],
        )
        self.outcomes.append(outcome)
        return outcome


# --- the scripted session ----------------------------------------------------------------------


class ScriptedPrompter(Prompter):
    """Answers every question without showing anything: yes, a file in the temp folder, no
    passphrase; errors and notices are kept (an error fails the action that raised it)."""

    def __init__(self, folder: Path) -> None:
        self.folder_path = folder
        self.errors: list[str] = []
        self.notices: list[str] = []
        self.saved = 0

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return True

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append(f"{title}: {text}")

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.notices.append(title)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.notices.append(title)

    def damaged(self, parent: QWidget | None, err: DatabaseDamagedError) -> str:
        return "quit"

    def passphrase(
        self,
        parent: QWidget | None,
        mode: str,
        title: str,
        text: str,
        check: Check | None = None,
        accept_label: str | None = None,
    ) -> tuple[str, str] | None:
        return None

    def open_files(self, parent: QWidget | None, title: str) -> list[Path]:
        return []

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
        self.saved += 1
        return self.folder_path / f"{self.saved:02d}-{Path(suggested).name}"

    def folder(self, parent: QWidget | None, title: str) -> Path | None:
        return None

    def text(self, parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
        return None


class Fired:
    """Whether a signal has been emitted since `arm()`."""

    def __init__(self, signal: Any) -> None:
        self.count = 0
        self.args: tuple[Any, ...] = ()
        signal.connect(self._fired)

    def _fired(self, *args: Any) -> None:
        self.count += 1
        self.args = args

    def arm(self) -> Callable[[], bool]:
        mark = self.count
        return lambda: self.count > mark


def _const(widget: QWidget) -> Callable[[], QWidget]:
    return lambda: widget


def _call(fn: Callable[..., object], *args: Any) -> Callable[[], object]:
    return lambda: fn(*args)


def _kept(holder: list[Any], opener: Callable[[], object]) -> Callable[[], object]:
    """Run *opener*, keep what it returns in *holder*, and return it (the widget to see painted)."""

    def run() -> object:
        holder.append(opener())
        return holder[-1]

    return run


def _visible_dialog(result: object) -> bool:
    return isinstance(result, QWidget) and result.isVisible()


def _close(widget: Any) -> None:
    if isinstance(widget, QDialog) and widget.isVisible():
        widget.reject()
    elif isinstance(widget, QWidget) and widget.isVisible():
        widget.hide()


# Valid values for a new record of each kind, typed field by field (as tests/ui fill the forms).
def form_values(kind: str, refs: dict[str, str]) -> list[tuple[str, object]]:
    today = dt.date.today()
    visit = f"{(today + dt.timedelta(days=10)).isoformat()}/{(today + dt.timedelta(days=12)).isoformat()}"
    values: dict[str, list[tuple[str, object]]] = {
        "situation": [("icc_number", "ICC-03/27"), ("name", "Situation of the freeze benchmark"),
                      ("trigger", "proprio_motu")],
        "icc_case": [("situation_id", refs["situation"]), ("icc_number", "ICC-01/22-01/27"),
                     ("title", "The Prosecutor v. Freeze Benchmark")],
        "person": [("name", "Freeze Benchmark Person"), ("aliases", "F. B. Person"),
                   ("nationality_state_id", refs["hun"])],
        "warrant": [("situation_id", refs["situation"]), ("issued_on", "2025-01-01"), ("status", "at_large")],
        "finding": [("title", "Decision on the non-compliance in the freeze benchmark"), ("date", "3 March 2025"),
                    ("situation_id", refs["situation"]), ("documents", "ICC-01/22-9901-ENG"),
                    ("state_id", refs["mng"]), ("basis", "art_87_7"), ("referred_to", "assembly")],
        "party_event": [("event", "withdrawal_rescinded"), ("date", "2026-05-27")],
        "travel_alert": [("person_id", refs["person"]), ("destinations", [refs["tjk"]]), ("date", visit),
                         ("source_description", "The freeze benchmark, by telephone"), ("reliability", "probable")],
        "letter": [("addressee_office", "Minister of Foreign Affairs of the Republic of Tajikistan")],
        "activity": [("kind", "bureau_meeting"), ("title", "The Bureau hears the freeze benchmark"),
                     ("date", "15 December 2026"), ("states_heard", [refs["tjk"]])],
        "procedure_step": [("step", "plenary_debate"), ("date", "2025-12-03")],
        "deadline": [("description", "The freeze benchmark's deadline"),
                     ("due_on", (today + dt.timedelta(days=30)).isoformat())],
        "court_share": [("channel", "e-mail to the Registry"), ("shared_by", "Sierra Leone")],
    }  # fmt: skip
    return values[kind]


class Session:
    """The window over *folder*, built inside the event loop with the probe running, and the
    scripted actions."""

    def __init__(self, folder: Path, manifest: dict[str, Any] | None = None, timeout: float = TIMEOUT_S) -> None:
        from ncdesk.ui.fonts import default_font, load_fonts

        app = QApplication.instance()
        self.app = app if isinstance(app, QApplication) else QApplication(["ncdesk-freeze"])
        if load_fonts():
            self.app.setFont(default_font())
        self.folder = folder
        self.manifest = manifest or {}
        self.tmp = Path(tempfile.mkdtemp(prefix="ncdesk-freeze-"))
        self.prompter = ScriptedPrompter(self.tmp)
        self.probe = Probe()
        self.window: MainWindow | None = None
        self.driver = Driver(self.probe, lambda: idle(self.window), timeout, lambda: self.prompter.errors)

    # -- helpers -------------------------------------------------------------------------------

    @property
    def w(self) -> MainWindow:
        assert self.window is not None
        return self.window

    def act(
        self, name: str, *steps: Step, close: Callable[[], object] | None = None, excepted: bool = False
    ) -> Outcome:
        return self.driver.run(Action(name, list(steps), close, excepted))

    def dialog(self, name: str, open_it: Callable[[], object]) -> Outcome:
        """Open a dialog (shown and painted), then close it."""
        holder: list[object] = []

        def run() -> object:
            holder.append(open_it())
            return holder[-1]

        return self.act(
            name,
            Step(run, done=lambda: _visible_dialog(holder[-1] if holder else None)),
            close=lambda: _close(holder[-1] if holder else None),
        )

    def refs(self) -> dict[str, str]:
        from ncdesk.store.reference import ref_id

        return {
            "situation": ref_id("situation", "ICC-01/22"),
            "person": ref_id("person", "vladimir-putin"),
            "hun": ref_id("state", "HUN"),
            "mng": ref_id("state", "MNG"),
            "tjk": ref_id("state", "TJK"),
            "finding": ref_id("finding", "ICC-01/18-462"),
        }

    # -- the session -----------------------------------------------------------------------

    def start(self) -> Outcome:
        """From the event loop's start to the main window shown and its first screen drawn (the
        window's modules imported, the store opened, the window built). The copy is opened and
        closed once first, as `benchmarks.runner` warms up its starts: a file not closed cleanly
        by ncdesk itself is checked whole at its first opening, which is not what a start costs."""
        from ncdesk.store.store import Store as Warm

        Warm.open(self.folder, program="the freeze benchmark").close()

        def build() -> QWidget:
            from ncdesk.store.store import Store
            from ncdesk.ui.mainwindow import MainWindow

            store = Store.open(self.folder, program="the freeze benchmark")
            settings = QSettings(str(self.tmp / "settings.ini"), QSettings.Format.IniFormat)
            window = MainWindow(store, self.prompter, settings)
            window.backup_timer.stop()  # the periodic backup would land in some other action
            window.exchange_timer.stop()
            window.resize(1400, 860)
            window.show()
            self.window = window
            return window

        self.probe.start()
        return self.act("start (first paint)", Step(build), excepted=True)

    def views(self) -> None:
        for key in list(self.w.views):
            action = next(a for a in self.w.actions() if a.objectName() == f"view_{key}")
            view = self.w.views[key]
            table = getattr(view, "table", None) or getattr(view, "tree", None)
            target = table.viewport() if table is not None else view
            shortcut = action.shortcut().toString()
            self.act(f"view: {key} ({shortcut})", Step(action.trigger, paint=_const(target)))

    def sorts(self) -> None:
        self.w.show_view("alerts")
        view = self.w.views["alerts"]
        for column, key in enumerate(view.model.keys()):
            self.act(
                f"sort alerts by {key}",
                Step(
                    _call(view.table.sortByColumn, column, Qt.SortOrder.AscendingOrder),
                    paint=lambda: view.table.viewport(),
                ),
            )
        view.table.sortByColumn(view.model.sort_column(), Qt.SortOrder.DescendingOrder)

    def filters(self) -> None:
        self.w.show_view("alerts")
        view = self.w.views["alerts"]
        for text in FILTERS:
            self.act(
                f"filter alerts: {text}",
                Step(
                    _call(view.filter_edit.setText, text),
                    done=lambda: timers_quiet(view),
                    paint=lambda: view.table.viewport(),
                ),
                close=lambda: view.filter_edit.setText(""),
            )
            self.driver.run_step(Step(lambda: None, done=lambda: timers_quiet(view), painted=False))

    def searches(self) -> None:
        search_action = next(a for a in self.w.actions() if a.objectName() == "search")
        self.act("search: open (Ctrl+K)", Step(search_action.trigger, paint=lambda: self.w.search))
        dialog = self.w.search
        for text in SEARCHES:
            self.act(
                f"search: {text}",
                Step(
                    _call(dialog.edit.setText, text),
                    done=lambda: timers_quiet(dialog),
                    paint=lambda: dialog.view.viewport(),
                ),
            )
        self.driver.run_step(Step(dialog.hide, painted=False))

    def open_hub_state(self) -> None:
        hub = self.manifest.get("hub_state") or {}
        state_id = hub.get("id") or self.refs()["hun"]
        self.act(
            "open the State with the most links",
            Step(lambda: self.w.open_record("state", state_id), paint=lambda: self.w.detail),
        )

    def brief_note(self) -> None:
        holder: list[Any] = []
        self.act(
            "briefing note: open the dialog (Ctrl+B)",
            Step(_kept(holder, self.w.brief_actions.brief_record), done=lambda: _visible_dialog(holder[-1])),
        )
        if not holder or holder[0] is None:
            return
        dialog = holder[0]
        exported = Fired(self.w.brief_exported)
        wait = exported.arm()
        self.act("briefing note: export the State's note as PDF", Step(dialog.start_save, done=wait, painted=False),
                 close=lambda: _close(dialog))  # fmt: skip

    def forms(self) -> None:
        """Every form: opened (shown and painted), filled field by field, saved."""
        refs = self.refs()
        saved = Fired(self.w.record_saved)
        w = self.w
        openers: list[tuple[str, Callable[[], object], Callable[[], object] | None]] = [
            ("situation", lambda: w.record_actions.new_record("situation"), None),
            ("icc_case", lambda: w.record_actions.new_record("icc_case"), None),
            ("person", lambda: w.record_actions.new_record("person"), None),
            ("warrant", w.record_actions.add_warrant, lambda: w.open_record("person", refs["person"])),
            ("finding", lambda: w.record_actions.new_record("finding"), None),
            ("party_event", w.record_actions.add_party_event, lambda: w.open_record("state", refs["hun"])),
            ("activity", lambda: w.record_actions.new_record("activity"), None),
            ("procedure_step", w.alert_actions.add_procedure_step, lambda: w.open_record("finding", refs["finding"])),
            ("deadline", w.alert_actions.add_deadline, lambda: w.open_record("finding", refs["finding"])),
            ("travel_alert", w.alert_actions.new_alert, lambda: w.show_view("alerts")),
        ]
        for kind, opener, before in openers:
            if before is not None:
                self.act(f"open the record a {kind} form needs", Step(before, paint=lambda: w.detail))
            self.form(kind, opener, refs, saved)
        self.alert_flow(refs, saved)

    def form(
        self, kind: str, opener: Callable[[], object], refs: dict[str, str], saved: Fired, label: str = ""
    ) -> None:
        holder: list[Any] = []
        label = label or kind
        self.act(
            f"form: {label}",
            Step(_kept(holder, opener), done=lambda: _visible_dialog(holder[-1])),
        )
        form = holder[-1] if holder else None
        if form is None:
            return
        steps = [Step(_call(form.set_value, n, v), painted=False) for n, v in form_values(kind, refs)]
        wait: list[Callable[[], bool]] = []

        def save() -> None:
            wait.append(saved.arm())
            if form.last_errors:
                raise AssertionError(f"the {kind} form is not valid: {form.last_errors}")
            if not form.try_save():
                raise AssertionError(f"the {kind} form was not saved: {form.summary.text()}")

        steps.append(Step(save, done=lambda: bool(wait) and wait[0]() and not form.isVisible(), painted=False))
        self.act(f"save: {label}", *steps, close=lambda: _close(form))

    def alert_flow(self, refs: dict[str, str], saved: Fired) -> None:
        """The alert just saved (open in the detail pane): a step, the letter, the share."""
        w = self.w
        holder: list[Any] = []
        self.act(
            "alert: next step dialog (Ctrl+Shift+S)",
            Step(_kept(holder, w.alert_actions.next_step), done=lambda: _visible_dialog(holder[-1])),
        )
        dialog = holder[-1] if holder else None
        if dialog is not None:
            taken = Fired(dialog.step_taken)
            wait = taken.arm()

            def take() -> None:
                dialog.step_box.setCurrentIndex(dialog.step_box.findData("verified"))
                if not dialog.try_take():
                    raise AssertionError(f"the step was not taken: {dialog.error.text()}")

            self.act(
                "alert: take the step (verified)", Step(take, done=wait, painted=False), close=lambda: _close(dialog)
            )
        self.form(
            "letter", w.alert_actions.record_letter, refs, saved, "letter (record the President's letter, Ctrl+Shift+L)"
        )
        self.form(
            "court_share", w.alert_actions.share_alert, refs, saved, "court_share (shared with the Court, Ctrl+Shift+C)"
        )

    def backup(self) -> None:
        made = Fired(self.w.backup_made)
        wait: list[Callable[[], bool]] = []

        def run() -> None:
            wait.append(made.arm())
            self.w.backup_actions.backup_now()

        self.act("back up now (Ctrl+Shift+K)", Step(run, done=lambda: bool(wait) and wait[0](), painted=False))

    def other_dialogs(self) -> None:
        w = self.w
        self.dialog("dialog: settings (Ctrl+,)", w.open_settings)
        self.dialog("dialog: restore a backup", w.backup_actions.open_restore)
        self.dialog("dialog: import (Ctrl+I)", w.file_actions.import_records)
        self.dialog("dialog: report of the Bureau (Ctrl+R)", w.brief_actions.draft_report)
        self.dialog("dialog: share (Ctrl+Shift+X)", w.exchange_actions.share_package)
        self.dialog("dialog: exchange folder", w.exchange_actions.open_exchange_settings)
        self.act("history: back (Alt+Left)", Step(w.go_back, paint=lambda: w.detail))
        self.act("history: forward (Alt+Right)", Step(w.go_forward, paint=lambda: w.detail))

    def run(self) -> list[Outcome]:
        first = self.start()
        if not first.finished:
            return self.driver.outcomes
        self.views()
        self.sorts()
        self.filters()
        self.searches()
        self.open_hub_state()
        self.brief_note()
        self.forms()
        self.backup()
        self.other_dialogs()
        return self.driver.outcomes

    def close(self) -> None:
        self.probe.stop()
        if self.window is not None:
            self.window.runner.pool.waitForDone(60000)
            self.window.backup_timer.stop()
            self.window.hide()
            self.window.store.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


# --- output ------------------------------------------------------------------------------------


def table(outcomes: list[dict[str, Any]]) -> list[str]:
    lines = ["| action | longest freeze | duration | < 100 ms |", "| --- | ---: | ---: | --- |"]
    for o in outcomes:
        if not o["finished"]:
            verdict = "not finished: " + (o["error"].splitlines() or ["timed out"])[-1][:120]
        elif o["excepted"]:
            verdict = "(excepted)"
        else:
            verdict = "yes" if o["freeze_ms"] < TARGET_MS else "**no**"
        lines.append(f"| {o['name']} | {o['freeze_ms']:.0f} ms | {o['duration_ms']:.0f} ms | {verdict} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.freeze", description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a data folder (a copy: the session writes to it)")
    parser.add_argument("--manifest", type=Path, help="the generated store's manifest (default: FOLDER/manifest.json)")
    parser.add_argument("--timeout", type=float, default=TIMEOUT_S, help="seconds an action may take")
    parser.add_argument("--quiet", action="store_true", help="no table on stderr")
    args = parser.parse_args(argv)
    manifest_path = args.manifest or args.folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    session = Session(args.folder, manifest, args.timeout)
    try:
        outcomes = [asdict(o) for o in session.run()]
    finally:
        session.close()
    out = {"probe_ms": PROBE_MS, "platform": QApplication.platformName(), "actions": outcomes}
    print(json.dumps(out, ensure_ascii=False), flush=True)
    if not args.quiet:
        print("\n".join(table(outcomes)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
