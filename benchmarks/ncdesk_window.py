"""The start benchmark's subject: ncdesk's own entry point (`ncdesk --data-dir DATA_DIR`, the
same code path as the installed command), reporting when the main window is shown.

    python -m benchmarks.ncdesk_window DATA_DIR [--session STATE_ID]

Prints one JSON line once the window is shown and its first screen drawn (RSS in kB). With
`--session`, it then does what a delegate does in a first minute (every view, the alerts table
sorted by each column and scrolled to the end, a search, a State opened) and prints the peak
RSS. It closes the store (a clean close: the next start is not taken for a crash) and exits
without the closing backup.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.bare_window import rss


def _window() -> Any:
    from ncdesk.ui.mainwindow import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


def session(app: QApplication, window: Any, state_id: str) -> dict[str, Any]:
    """A first minute of work; returns what it saw (to show it was done)."""
    seen: dict[str, Any] = {}
    for key in list(window.views):
        window.show_view(key)
        app.processEvents()
    window.show_view("alerts")
    view = window.views["alerts"]
    for column in range(view.model.columnCount()):
        view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        app.processEvents()
    view.table.scrollToBottom()
    app.processEvents()
    seen["alerts"] = view.model.rowCount()
    window.search.open_search("hungary")
    app.processEvents()
    seen["search"] = window.search.model.rowCount()
    window.search.hide()
    window.open_record("state", state_id)
    app.processEvents()
    seen["state"] = window.detail.kind
    return seen


def main() -> int:
    folder = sys.argv[1]
    state_id = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--session" else None
    app = QApplication(sys.argv[:1])

    def ready() -> None:
        window = _window()
        if window is None:  # not shown yet (a dialog first): look again
            QTimer.singleShot(0, ready)
            return
        app.processEvents()
        out: dict[str, Any] = {"view": window.current_view().objectName() or "dashboard", **rss()}
        print(json.dumps(out), flush=True)
        if state_id:
            seen = session(app, window, state_id)
            print(json.dumps({"session": seen, **rss()}), flush=True)
        window.backup_timer.stop()
        window.store.close()
        sys.stdout.flush()
        os._exit(0)

    QTimer.singleShot(0, ready)
    from ncdesk.app import main as ncdesk_main  # as the `ncdesk` program opens the window

    return ncdesk_main(["--data-dir", folder])


if __name__ == "__main__":
    raise SystemExit(main())
