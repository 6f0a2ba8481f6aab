"""What the main window remembers between sessions, in its settings: its size and place, the
splitter between the navigation, the table and the detail pane, the view shown, and each view's
columns (each view saves its own)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QListWidget, QMainWindow, QSplitter


class LayoutMemory(QMainWindow):
    """A main window that restores its layout when it is built and saves it when it closes (the
    window, ui/mainwindow.py, makes what is declared here)."""

    settings: QSettings
    splitter: QSplitter
    nav: QListWidget
    views: dict[str, Any]

    def _restore(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        for view in self.views.values():
            view.restore_state(s)
        row = s.value("window/view")
        if row is not None:
            self.nav.setCurrentRow(int(row))

    def save_layout(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/view", self.nav.currentRow())
        for view in self.views.values():
            view.save_state(s)
        s.sync()
