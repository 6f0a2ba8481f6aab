"""The baseline of the start benchmark: a bare PySide6 window that opens the same database and
shows the travel alerts, newest first, in a table (every row read with one query, the standard
`sqlite3` module, a plain `QAbstractTableModel`). Nothing of ncdesk is imported.

    python -m benchmarks.bare_window DATA_DIR

Prints one JSON line when the window is shown with its table populated (RSS in kB), then exits.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

COLUMNS = ["Dates", "Person", "Status", "Outcome", "Reliability", "Received"]
QUERY = (
    "SELECT a.date_text, p.name, a.status, a.outcome, a.reliability, a.received_at FROM travel_alert a "
    "LEFT JOIN person p ON p.id = a.person_id WHERE a.deleted_at IS NULL ORDER BY a.date_from DESC"
)


class Model(QAbstractTableModel):
    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None


def rss() -> dict[str, int]:
    """VmRSS and VmHWM (peak) of this process, in kB."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            key, value = line.split(":", 1)
            out[key] = int(value.split()[0])
    return out


def main() -> int:
    folder = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    conn = sqlite3.connect(folder / "ncdesk.sqlite3")
    model = Model(conn.execute(QUERY).fetchall())
    window = QMainWindow()
    view = QTableView(window)
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1400, 860)
    window.show()

    def ready() -> None:
        app.processEvents()
        print(json.dumps({"rows": model.rowCount(), **rss()}), flush=True)
        conn.close()
        app.quit()

    QTimer.singleShot(0, ready)
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
