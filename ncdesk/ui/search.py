"""Global search (Ctrl+K): results as you type across every kind of record, grouped by kind."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from ncdesk.io.translations import english_names
from ncdesk.store.file.schema import KINDS
from ncdesk.store.store import Store
from ncdesk.ui.formatting import IsolatingDelegate
from ncdesk.ui.models import HEADER_ROLE, ID_ROLE, KIND_ROLE, SearchResultsModel
from ncdesk.ui.signals import emit


class SearchDialog(QDialog):
    record_chosen = Signal(str, str)  # kind, id

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("searchDialog")
        self.resize(640, 460)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setClearButtonEnabled(True)
        self.model = SearchResultsModel(self)
        self.model.snippet_of = self.store.snippet  # a result's tooltip, when it is shown
        self.view = QListView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(IsolatingDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.activated.connect(self._open)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.retranslate()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(lambda _: self._timer.start())
        self.edit.returnPressed.connect(self._open_selected)
        self.edit.installEventFilter(self)
        self.order = [k.table for k in KINDS]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search everything"))
        self.edit.setPlaceholderText(self.tr("A name, a State, a document number… (accents and case ignored)"))

    def open_search(self, text: str = "") -> None:
        self.edit.setText(text)
        self.edit.selectAll()
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus()
        self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        text = self.edit.text()
        also = english_names(text)  # "Allemagne" finds what names Germany
        results = self.store.search(text, limit=80, snippets=False, also=also) if text.strip() else []
        self.model.set_results(results, self.order, text)
        first = self.model.first_result()
        if first is not None:
            self.view.setCurrentIndex(self.model.index(first, 0))
        if not text.strip():
            self.status.setText(self.tr("Type to search every kind of record. Enter opens the selected result."))
        elif not results:
            self.status.setText(self.tr("Nothing matches “%1”.").replace("%1", text))
        else:
            self.status.setText(self.tr("%n result(s)", "", len(results)))

    def _open_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or index.data(HEADER_ROLE):
            first = self.model.first_result()
            if first is None:
                return
            index = self.model.index(first, 0)
        self._open(index)

    def _open(self, index: QModelIndex) -> None:
        if index.data(HEADER_ROLE):
            return
        kind, rid = index.data(KIND_ROLE), index.data(ID_ROLE)
        if kind == "attachment":
            attachment = self.store.get("attachment", rid)
            if attachment is None:
                return
            kind, rid = attachment["record_kind"], attachment["record_id"]
        self._timer.stop()
        self.accept()
        emit(self.record_chosen, kind, rid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        row = self.view.currentIndex().row()
        for _ in range(rows):
            row = (row + step) % rows if rows else 0
            index = self.model.index(row, 0)
            if not index.data(HEADER_ROLE):
                self.view.setCurrentIndex(index)
                return
