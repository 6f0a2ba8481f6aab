"""The one way the window runs long work: off the GUI thread, on a connection of its own.

In the manner of Anki's `CollectionOp`/`QueryOp` (qt/aqt/operations/): an operation's *work*
runs in the thread pool (`ui/workers.py`) with a `Context` that opens, in that thread, a
read-only connection (`ctx.reader()`) or a writable one (`ctx.writer()`) to the store; the
window stays live. After a short delay a busy indicator shows in the status bar (with the
operation's progress, if it reports any). While an operation that writes runs, another that
writes is refused and the window's writing actions are disabled (`writing()`). When the work
is done, the batches it committed are announced to the store's listeners on the GUI thread —
the undo stack, and the views that show what they changed — and *done* gets its result.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ncdesk.store.file.history import Batch
from ncdesk.store.store import Store
from ncdesk.ui.formatting import message_text
from ncdesk.ui.signals import emit
from ncdesk.ui.workers import Runner

# Work shorter than this shows nothing; longer, the busy indicator.
BUSY_DELAY_MS = 200


class _Progress(QObject):
    said = Signal(str, int, int)  # message, done, total (total 0: not known)


class Context:
    """What an operation's work is given, in its worker thread. The connections it opens are
    closed when the work ends, in the same thread."""

    def __init__(self, store: Store, progress: _Progress) -> None:
        self._store = store
        self._progress = progress
        self._reader: Store | None = None
        self._writer: Store | None = None
        self.batches: list[Batch] = []
        self.folder = store.folder
        self.clock = store.clock

    def reader(self) -> Store:
        """A read-only connection to the store (opened at the first call)."""
        if self._reader is None:
            self._reader = Store.open_readonly(self.folder, self.clock)
        return self._reader

    def writer(self) -> Store:
        """A writable connection to the store; the batches it commits are announced when done."""
        if self._writer is None:
            self._writer = self._store.open_writer()
            self._writer.who = self._store.who
            self._writer.listeners.append(self.batches.append)
        return self._writer

    def progress(self, message: Any, done: int = 0, total: int = 0) -> None:
        """Say how the work goes (a Message or text; *done* of *total* steps if known)."""
        emit(self._progress.said, message_text(message) if not isinstance(message, str) else message, done, total)

    def close(self) -> None:
        for conn in (self._reader, self._writer):
            if conn is not None:
                with suppress(Exception):  # closing after a failure: the failure is what is reported
                    conn.db.close()
        self._reader = self._writer = None


class BusyIndicator(QWidget):
    """In the status bar while an operation runs longer than a moment: what, and how far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        self.hide()

    def show_work(self, text: str, done: int = 0, total: int = 0) -> None:
        self.label.setText(text)
        self.bar.setRange(0, total)  # 0, 0: busy without a measure
        if total:
            self.bar.setValue(done)
        self.bar.setAccessibleName(text)
        self.show()


class Operations(QObject):
    """Runs the window's long work off the GUI thread (see the module's docstring)."""

    changed = Signal()  # an operation started or ended: the window updates its actions
    finished = Signal(str)  # the name of an operation that ended (done or failed)

    def __init__(
        self,
        store: Store,
        on_error: Callable[[BaseException], None],
        status: Callable[[str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = Runner(self)
        self.on_error = on_error
        self.status = status
        self.indicator = BusyIndicator()
        self.running: dict[int, tuple[str, str, bool]] = {}  # number: name, label, writes
        self.ran: list[str] = []  # the names of the operations started (tests read it)
        self._next = 0

    # -- state --------------------------------------------------------------------------------

    def busy(self) -> bool:
        return bool(self.running) or self.runner.busy()

    def writing(self) -> bool:
        """Is an operation that writes running? (The window's writing actions wait.)"""
        return any(writes for _n, _l, writes in self.running.values())

    def wait(self, msecs: int = 30000) -> None:
        """Block until the running work ends (before the database is closed or converted); the
        results are delivered by the event loop afterwards."""
        self.runner.pool.waitForDone(msecs)

    # -- running ------------------------------------------------------------------------------

    def run(
        self,
        name: str,
        work: Callable[[Context], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        label: str = "",
        writes: bool = False,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> bool:
        """Run *work(ctx)* in the thread pool, then *done(result)* (or *failed(exception)*, else
        the window's error) on the GUI thread. *label* is what the busy indicator says; *writes*
        makes it exclusive with other writing operations (refused, False, while one runs);
        *progress* also gets what the work reports."""
        if writes and self.writing():
            if self.status is not None:
                running = next(lbl for _n, lbl, w in self.running.values() if w)
                self.status(self.tr("Wait until this is finished: %1").replace("%1", running or name))
            return False
        self._next += 1
        number = self._next
        self.running[number] = (name, label, writes)
        self.ran.append(name)
        reporter = _Progress(self)
        ctx = Context(self.store, reporter)
        last: list[tuple[str, int, int]] = []

        def said(text: str, step: int, total: int) -> None:
            last[:] = [(text, step, total)]
            if progress is not None:
                progress(text, step, total)
            if self.indicator.isVisible() or not label:
                self.indicator.show_work(text or label, step, total)

        reporter.said.connect(said)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(BUSY_DELAY_MS)

        def show_busy() -> None:
            if number in self.running:
                text, step, total = last[0] if last else (label, 0, 0)
                if text:
                    self.indicator.show_work(text, step, total)

        timer.timeout.connect(show_busy)
        timer.start()

        def work_in_thread() -> Any:
            try:
                return work(ctx)
            finally:
                ctx.close()

        def end() -> None:
            timer.stop()
            timer.deleteLater()
            reporter.deleteLater()
            self.running.pop(number, None)
            if not self.running:
                self.indicator.hide()
            for batch in ctx.batches:
                self.store.announce(batch)  # the undo stack and the views that show what changed
            emit(self.changed)

        def on_done(result: Any) -> None:
            end()
            try:
                if done is not None:
                    done(result)
            finally:
                emit(self.finished, name)

        def on_failed(exc: BaseException) -> None:
            end()
            try:
                (failed or self.on_error)(exc)
            finally:
                emit(self.finished, name)

        self.runner.run(work_in_thread, on_done, on_failed)
        emit(self.changed)
        return True

    def run_and_wait(
        self,
        name: str,
        work: Callable[[Context], Any],
        *,
        label: str = "",
        writes: bool = False,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> Any:
        """Run *work* as `run` does and return its result (or raise its exception) once done,
        the event loop running meanwhile: the window paints, its timers fire, a progress dialog
        moves. For what the caller cannot go on without (the backup at lock and at close, an
        encryption change); the caller blocks what the user could start meanwhile."""
        outcome: list[tuple[bool, Any]] = []
        loop = QEventLoop(self)

        def done(result: Any) -> None:
            outcome.append((True, result))
            loop.quit()

        def failed(exc: BaseException) -> None:
            outcome.append((False, exc))
            loop.quit()

        if not self.run(name, work, done, failed, label=label, writes=writes, progress=progress):
            raise RuntimeError(f"{name}: another operation that writes is running")
        if not outcome:
            loop.exec()
        ok, value = outcome[0]
        if not ok:
            raise value
        return value
