"""What ncdesk puts on the clipboard does not stay there (as in KeePassXC).

Everything ncdesk shows is sensitive: who is expected where and when (travel alerts), what the
President wrote to a State (letters), persons subject to warrants, the focal points' notes,
the text of attached files. Telling a harmless copy from a sensitive one would mean judging
every field of every view, and a mistake leaks; so the rule is simple and defensible: all text
copied from ncdesk (a table, the detail pane, a form, any field) is guarded. Thirty seconds
later, when ncdesk quits and when it locks, the clipboard is cleared, but only if it still holds
exactly what ncdesk put there: what the user copied since, anywhere, is left alone.

Text copied with a widget's own Ctrl+C or context menu (a line edit, a note, the detail pane's
"Copy Link Location") does not pass through ncdesk's code; it is recognised when the clipboard
changes while an ncdesk window has the keyboard focus. Every widget of this process is
ncdesk's, so a focused widget means the copy came from ncdesk.
"""

from __future__ import annotations

import math
import sys

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStatusBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from ncdesk.ui.formatting import without_isolates
from ncdesk.ui.signals import emit

CLEAR_AFTER_MS = 30_000
"""How long what ncdesk copied stays on the clipboard."""

MAX_COPY_ROWS = 5_000
"""More rows than this are refused: reading them would hold the window for seconds (100,000
rows take about 15 s), and so many rows belong in an export, not on the clipboard."""


def _concealment_hints() -> dict[str, bytes]:
    """Formats asking clipboard managers to keep what ncdesk copies out of their history
    (the conventions KeePassXC uses): KDE's Klipper, and Windows' clipboard history and cloud sync."""
    if sys.platform == "win32":
        no = bytes(4)  # a DWORD 0
        return {
            "ExcludeClipboardContentFromMonitorProcessing": no,
            "CanIncludeInClipboardHistory": no,
            "CanUploadToCloudClipboard": no,
        }
    if sys.platform == "darwin":
        return {}  # the concealed pasteboard type needs a native converter Qt does not ship
    return {"x-kde-passwordManagerHint": b"secret"}


CONCEALMENT_HINTS = _concealment_hints()


class ClipboardGuard(QObject):
    """Remembers the text ncdesk put on the clipboard and clears it after `timeout_ms`, on quit,
    and on `clear_now()` (the idle lock), unless something else has been copied since."""

    copied = Signal(int)  # milliseconds until the clipboard is cleared
    cleared = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        timeout_ms: int = CLEAR_AFTER_MS,
        status: QStatusBar | None = None,
    ) -> None:
        super().__init__(parent)
        self.clipboard: QClipboard = QGuiApplication.clipboard()
        self.status = status
        self._text: str | None = None
        self._writing = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.clear_now)
        self.clipboard.dataChanged.connect(self._changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_now)

    @property
    def timeout_ms(self) -> int:
        return self.timer.interval()

    @timeout_ms.setter
    def timeout_ms(self, value: int) -> None:
        self.timer.setInterval(value)

    @property
    def guarded_text(self) -> str | None:
        """The text ncdesk put on the clipboard and will clear, if any."""
        return self._text

    def copy(self, text: str) -> None:
        """Put *text* on the clipboard, guarded, with the hints that keep it out of clipboard history."""
        mime = QMimeData()
        mime.setText(text)
        for fmt, value in CONCEALMENT_HINTS.items():
            mime.setData(fmt, value)
        self._writing = True
        try:
            self.clipboard.setMimeData(mime, QClipboard.Mode.Clipboard)
        finally:
            self._writing = False
        self._remember(text)

    def clear_now(self) -> bool:
        """Clear the clipboard now if it still holds what ncdesk put there (the idle lock calls
        this, and quitting); True if something was cleared."""
        self.timer.stop()
        text, self._text = self._text, None
        if text is None:
            return False
        wiped = False
        self._writing = True
        try:
            modes = [QClipboard.Mode.Clipboard]
            if self.clipboard.supportsSelection():
                modes.append(QClipboard.Mode.Selection)
            for mode in modes:
                if self.clipboard.text(mode) == text:
                    self.clipboard.clear(mode)
                    wiped = True
        finally:
            self._writing = False
        if wiped:
            if self.status is not None:
                self.status.showMessage(self.tr("The clipboard was cleared."), 4000)
            emit(self.cleared)
        return wiped

    def forget(self) -> None:
        """Stop guarding: what is on the clipboard is no longer ncdesk's."""
        self.timer.stop()
        self._text = None

    def _remember(self, text: str) -> None:
        self._text = text
        self.timer.start()
        if self.status is not None:
            seconds = math.ceil(self.timer.interval() / 1000)
            message = self.tr("Copied — the clipboard is cleared in %1 s").replace("%1", str(seconds))
            self.status.showMessage(message, self.timer.interval())
        emit(self.copied, self.timer.interval())

    def _changed(self) -> None:
        if self._writing:
            return
        text = self.clipboard.text()
        if text and ncdesk_has_focus():
            self._remember(text)  # a widget's own Ctrl+C or context menu inside ncdesk
        elif self.clipboard.ownsClipboard() and text == self._text:
            return  # a late notice of our own copy (Windows sends one)
        else:
            self.forget()  # another application's: never ours to clear


def ncdesk_has_focus() -> bool:
    """Whether one of ncdesk's windows has the keyboard focus (then a copy is ncdesk's)."""
    if QGuiApplication.applicationState() != Qt.ApplicationState.ApplicationActive:
        return False
    return QApplication.focusWidget() is not None


# -- what Edit ▸ Copy copies ----------------------------------------------------------------


def cells_text(view: QAbstractItemView) -> str:
    """The selected cells as spreadsheets paste them: a line per row, cells separated by tabs,
    in the order shown (hidden columns left out)."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None:
        return ""
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    if isinstance(view, QTreeView):
        header = view.header()
    rows: dict[tuple[int, ...], dict[int, str]] = {}
    spans = selection.selection()
    for span in (spans.at(i) for i in range(spans.count())):
        parent = span.parent()
        columns = [c for c in range(span.left(), span.right() + 1) if not _column_hidden(view, c)]
        for row in range(span.top(), span.bottom() + 1):
            cells = rows.setdefault(_row_path(model.index(row, 0, parent)), {})
            for column in columns:
                value = model.index(row, column, parent).data(Qt.ItemDataRole.DisplayRole)
                cells[column] = _cell(value)
    lines = []
    for path in sorted(rows):
        cells = rows[path]
        order = sorted(cells, key=lambda c: header.visualIndex(c) if header is not None else c)
        lines.append("\t".join(cells[c] for c in order))
    return "\n".join(lines)


def _column_hidden(view: QAbstractItemView, column: int) -> bool:
    if isinstance(view, (QTableView, QTreeView)):
        return view.isColumnHidden(column)
    return False


def _row_path(index: QModelIndex) -> tuple[int, ...]:
    """The rows from the root down to *index*: sorting these gives the order of a tree."""
    path = []
    while index.isValid():
        path.append(index.row())
        index = index.parent()
    return tuple(reversed(path))


def _cell(value: object) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())  # a tab or line break inside a cell would split it


def selected_text(widget: QWidget | None) -> str:
    """What Edit ▸ Copy takes from *widget*: a table's selected cells or a field's selected text."""
    if isinstance(widget, QAbstractItemView):
        return cells_text(widget)
    if isinstance(widget, QLineEdit):
        return widget.selectedText() if widget.echoMode() == QLineEdit.EchoMode.Normal else ""
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return without_isolates(widget.textCursor().selection().toPlainText())
    if isinstance(widget, QLabel):
        return widget.selectedText()
    return ""


def selected_rows(view: QAbstractItemView) -> int:
    """How many rows are selected (at most; cheap even when 100,000 are)."""
    selection = view.selectionModel()
    if selection is None:
        return 0
    spans = selection.selection()
    return sum(spans.at(i).bottom() - spans.at(i).top() + 1 for i in range(spans.count()))


def copy_selection(
    guard: ClipboardGuard,
    focused: QWidget | None,
    fallback: QWidget | None = None,
    max_rows: int = MAX_COPY_ROWS,
) -> bool:
    """Copy what is selected in the focused widget, else in *fallback* (the table shown), guarded.
    False (and a word in the status bar) when nothing is selected or too many rows are."""
    copyable = (QAbstractItemView, QLineEdit, QTextEdit, QPlainTextEdit, QLabel)
    widget = focused if isinstance(focused, copyable) else fallback
    if isinstance(widget, QAbstractItemView) and selected_rows(widget) > max_rows:
        if guard.status is not None:
            message = guard.tr("More than %1 rows are selected: export the table (File ▸ Export) instead.")
            guard.status.showMessage(message.replace("%1", f"{max_rows:,}"), 8000)
        return False
    text = selected_text(widget)
    if not text:
        if guard.status is not None:
            guard.status.showMessage(guard.tr("Nothing is selected to copy."), 4000)
        return False
    guard.copy(text)
    return True
