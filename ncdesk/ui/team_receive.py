"""Receiving a package, in the window: the preview of what it would do before anything is written
(records added and removed, fields updated, conflicts with the choice made for each: keep mine or
take theirs). The package is read and applied by io/sharing.py, off the GUI thread
(ui/actions/exchange.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ncdesk.store.records import duplicates, exchange
from ncdesk.ui.formatting import format_value, isolated
from ncdesk.ui.i18n import colon, format_dates
from ncdesk.ui.labels import field_label, kind_label
from ncdesk.ui.models import ID_ROLE, AnyIndex
from ncdesk.ui.signals import emit


def record_title(table: str, title: str) -> str:
    """A record's title from a preview ("Travel alert: …") with its kind in the window's language."""
    english = exchange.record_label(table) + ": "
    return kind_label(table) + colon() + title.removeprefix(english) if title.startswith(english) else title


class ChangesModel(QAbstractTableModel):
    """A package's rows of one kind: records added or removed, fields updated, or conflicts (with
    the choice made for each: keep mine or take theirs)."""

    CHOICE = 4

    decided = Signal()

    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind  # "added", "removed", "updated", "conflicts"
        self.records: list[tuple[str, str, str]] = []
        self.changes: list[exchange.FieldChange] = []
        self.choices: dict[tuple[str, str], str] = {}

    def show(self, p: exchange.Plan) -> None:
        self.beginResetModel()
        self.records = list(p.added if self.kind == "added" else p.removed if self.kind == "removed" else [])
        self.changes = list(p.updated if self.kind == "updated" else p.conflicts if self.kind == "conflicts" else [])
        self.choices = {}
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.records) if self.kind in ("added", "removed") else len(self.changes)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return {"added": 1, "removed": 1, "updated": 4, "conflicts": 5}[self.kind]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [self.tr("Record"), self.tr("Field"), self.tr("Here"), self.tr("Theirs"), self.tr("Keep")]
        if self.kind == "updated":
            names[2], names[3] = self.tr("Before"), self.tr("After")
        if self.kind == "conflicts":
            names[2] = self.tr("Mine")
        return names[section] if section < len(names) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911 - Qt's data(): a return per role and column
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if self.kind in ("added", "removed"):
            if role == Qt.ItemDataRole.DisplayRole and row < len(self.records):
                return record_title(self.records[row][0], self.records[row][2])
            if role == ID_ROLE and row < len(self.records):
                return self.records[row][1]
            return None
        if row >= len(self.changes):
            return None
        change = self.changes[row]
        choice = self.choices.get((change.record_id, change.field))
        if role == Qt.ItemDataRole.EditRole and col == self.CHOICE:
            return choice or ""
        if role == Qt.ItemDataRole.BackgroundRole and col == self.CHOICE and choice is None:
            from PySide6.QtGui import QBrush, QColor

            return QBrush(QColor("#fff3cd"))
        if role == Qt.ItemDataRole.ToolTipRole and col in (2, 3):
            return format_value(change.mine if col == 2 else change.theirs)
        if role == ID_ROLE:
            return change.record_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return record_title(change.table, change.title)
        if col == 1:
            return field_label(change.field)
        if col == 2:
            return format_value(change.mine)
        if col == 3:
            return format_value(change.theirs)
        return self.choice_text(choice)

    def choice_text(self, choice: str | None) -> str:
        if choice == "mine":
            return self.tr("Keep mine")
        if choice == "theirs":
            return self.tr("Take theirs")
        return self.tr("Choose…")

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.kind == "conflicts" and index.isValid() and index.column() == self.CHOICE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.kind != "conflicts" or not index.isValid() or index.column() != self.CHOICE:
            return False
        if value not in ("mine", "theirs"):
            return False
        change = self.changes[index.row()]
        self.choices[(change.record_id, change.field)] = str(value)
        emit(self.dataChanged, index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        emit(self.decided)
        return True

    def choose_all(self, choice: str) -> None:
        for change in self.changes:
            self.choices[(change.record_id, change.field)] = choice
        if self.changes:
            emit(self.dataChanged, self.index(0, self.CHOICE), self.index(len(self.changes) - 1, self.CHOICE))
        emit(self.decided)

    def undecided(self) -> int:
        return sum(1 for c in self.changes if (c.record_id, c.field) not in self.choices)


class ChoiceDelegate(QStyledItemDelegate):
    """Keep mine / take theirs, in a list."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        assert isinstance(model, ChangesModel)
        combo.addItem(model.choice_text("mine"), "mine")
        combo.addItem(model.choice_text("theirs"), "theirs")
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(editor.findData(value), 0) if value else -1)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentIndex() >= 0:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewDialog(QDialog):
    """What receiving a package would do, before anything is written; Receive only when each
    conflict is decided. Cancel writes nothing."""

    def __init__(  # noqa: PLR0915 - a window built in one place: a statement per widget and connection
        self,
        p: exchange.Plan,
        parent: QWidget | None = None,
        source: str = "",
        alike: list[duplicates.Pair] | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = p
        self.setObjectName("receivePreview")
        # Records the package adds that may be one with records here (store/records/duplicates.py).
        self.alike = QLabel(self)
        self.alike.setObjectName("previewDuplicates")
        self.alike.setWordWrap(True)
        self.alike.setStyleSheet("background: #fff3cd; padding: 4px;")
        lines = [
            self.tr("May be one with a record here: %1 (received) and %2 (here)")
            .replace("%1", isolated(f"{pair.second.title}, {format_dates(pair.second.date_text)}"))
            .replace("%2", isolated(f"{pair.first.title}, {format_dates(pair.first.date_text)}"))
            for pair in (alike or [])
        ]
        self.alike.setText("\n".join(lines))
        self.alike.setVisible(bool(lines))
        self.setWindowTitle(self.tr("Receive a package"))
        self.summary = QLabel(self)
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.models: dict[str, ChangesModel] = {}
        self.tables: dict[str, QTableView] = {}
        for kind in ("conflicts", "added", "updated", "removed"):
            model = ChangesModel(kind, self)
            model.show(p)
            table = QTableView(self)
            table.setObjectName(f"preview_{kind}")
            table.setModel(model)
            table.verticalHeader().setVisible(False)
            table.setAlternatingRowColors(True)
            table.setWordWrap(False)
            table.horizontalHeader().setStretchLastSection(True)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            widths = (330, 150, 190, 190) if kind in ("updated", "conflicts") else (600,)
            for col, width in enumerate(widths):
                table.setColumnWidth(col, width)
            self.models[kind], self.tables[kind] = model, table
        conflicts = self.tables["conflicts"]
        conflicts.setItemDelegateForColumn(ChangesModel.CHOICE, ChoiceDelegate(conflicts))
        conflicts.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers & ~QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.all_mine = QPushButton(self.tr("All mine"), self)
        self.all_mine.setObjectName("allMine")
        self.all_theirs = QPushButton(self.tr("All theirs"), self)
        self.all_theirs.setObjectName("allTheirs")
        self.all_mine.clicked.connect(lambda: self.models["conflicts"].choose_all("mine"))
        self.all_theirs.clicked.connect(lambda: self.models["conflicts"].choose_all("theirs"))
        conflicts_page = QWidget(self)
        page = QVBoxLayout(conflicts_page)
        page.setContentsMargins(0, 4, 0, 0)
        self.conflicts_hint = QLabel(
            self.tr("The same field was changed here and by the sender. For each, keep yours or take theirs."), self
        )
        self.conflicts_hint.setWordWrap(True)
        page.addWidget(self.conflicts_hint)
        page.addWidget(conflicts, 1)
        row = QHBoxLayout()
        row.addWidget(self.all_mine)
        row.addWidget(self.all_theirs)
        row.addStretch(1)
        page.addLayout(row)
        self.tabs.addTab(conflicts_page, self.tr("Conflicts (%1)").replace("%1", str(len(p.conflicts))))
        self.tabs.addTab(self.tables["added"], self.tr("Added (%1)").replace("%1", str(len(p.added))))
        self.tabs.addTab(self.tables["updated"], self.tr("Updated (%1)").replace("%1", str(len(p.updated))))
        self.tabs.addTab(self.tables["removed"], self.tr("Removed (%1)").replace("%1", str(len(p.removed))))
        for i, n in enumerate((p.conflicts, p.added, p.updated, p.removed)):
            self.tabs.setTabEnabled(i, bool(n))
        self.tabs.setCurrentIndex(next((i for i in range(4) if self.tabs.isTabEnabled(i)), 0))
        self.status = QLabel(self)
        self.status.setObjectName("previewStatus")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.receive_button = self.buttons.addButton(self.tr("Receive"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.receive_button.setObjectName("receiveOk")
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.alike)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(1000, 560)
        self.models["conflicts"].decided.connect(self._update)
        self._summarise(source)
        self._update()

    def _summarise(self, source: str) -> None:
        p = self.plan
        head = (
            self.tr("From %1, made %2.")
            .replace("%1", isolated(p.sender_name))
            .replace("%2", format_value(p.created_at))
        )
        if p.already:
            body = self.tr("This package was received before: nothing to do.")
        elif p.release is not None:
            body = (
                self.tr(
                    "Reference release %1 (%2 rows) from the publisher: applied like a bundled one, your edits kept."
                )
                .replace("%1", p.release.version)
                .replace("%2", QLocale().toString(len(p.release.rows)))
            )
        elif p.nothing:
            body = self.tr("It changes nothing here.")
        else:
            parts = [
                self.tr("%n record(s) added", "", len(p.added)),
                self.tr("%n field(s) updated", "", len(p.updated)),
                self.tr("%n removed", "", len(p.removed)),
                self.tr("%n conflict(s) to decide", "", len(p.conflicts)),
            ]
            body = ", ".join(parts) + "."
        self.summary.setText(" ".join(t for t in ((source + ":") if source else "", head, body) if t))

    def _update(self) -> None:
        left = self.models["conflicts"].undecided()
        self.receive_button.setEnabled(left == 0 and not self.plan.already)
        self.status.setText(self.tr("%n conflict(s) still to decide.", "", left) if left else "")

    def decisions(self) -> dict[tuple[str, str], str]:
        return dict(self.models["conflicts"].choices)

    def try_accept(self) -> None:
        if self.receive_button.isEnabled():
            self.accept()
