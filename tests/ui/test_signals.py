"""Guard against PySide6 6.12.0's reference leak on Signal.emit (see ncdesk/ui/signals.py)."""

import gc
import sys

from PySide6.QtCore import QObject, Signal

from ncdesk.store.reference import ref_id
from ncdesk.ui.mainwindow import MainWindow
from ncdesk.ui.signals import emit


class Thing(QObject):
    happened = Signal(str)


def test_emit_keeps_the_count_of_true(qapp) -> None:  # type: ignore[no-untyped-def]
    thing = Thing()
    seen: list[str] = []
    thing.happened.connect(seen.append)
    before = sys.getrefcount(True)
    for i in range(2000):
        emit(thing.happened, str(i))
    assert len(seen) == 2000
    assert sys.getrefcount(True) >= before - 5


def test_using_the_window_keeps_the_count_of_true(qtbot, window: MainWindow) -> None:
    def use() -> int:
        gc.collect()  # what earlier tests left to collect must not count as a leak here
        before = sys.getrefcount(True)
        for _ in range(20):
            window.open_record("state", ref_id("state", "HUN"))
            window.open_record("finding", ref_id("finding", "ICC-01/22-90"))
            window.go_back()
            form = window.alert_actions.new_alert()
            form.set_value("destinations", [ref_id("state", "TJK")])
            form.reject()
        gc.collect()
        return sys.getrefcount(True) - before

    use()  # the first round fills caches
    assert use() >= -20
