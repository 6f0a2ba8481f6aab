"""Work off the GUI thread, with the result delivered back on it through a signal."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ncdesk.ui.signals import emit


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Runs *fn* in the thread pool; `signals.finished(result)` or `signals.failed(exception)` follow."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - delivered to the GUI, which reports it
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]  # carried to the GUI thread on the exception
            emit(self.signals.failed, exc)
        else:
            emit(self.signals.finished, result)


class Runner(QObject):
    """Keeps running tasks alive until they report."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[Task] = set()
        self.pool = QThreadPool.globalInstance()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        task = Task(fn)
        self._tasks.add(task)

        def done(result: Any) -> None:
            self._tasks.discard(task)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._tasks.discard(task)
            on_error(exc)

        task.signals.finished.connect(done)
        task.signals.failed.connect(failed)
        self.pool.start(task)
        return task

    def busy(self) -> bool:
        return bool(self._tasks)
