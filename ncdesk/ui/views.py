"""The master tables: each view lists one kind of record, filters as you type, sorts by any
column, and reports the record the user selects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QItemSelection, QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ncdesk.store.file.history import Touched
from ncdesk.store.records.listings import Listing, finding_states, findings_per_year
from ncdesk.store.store import Store
from ncdesk.ui.formatting import IsolatingDelegate, format_value
from ncdesk.ui.labels import field_label, value_label
from ncdesk.ui.models import ID_ROLE, KIND_ROLE, ListingModel, SituationTreeModel
from ncdesk.ui.plot import FindingsPlot
from ncdesk.ui.signals import emit


class CountLabel(QLabel):
    """ "26 records" under a table. Its own class, never subclassed: PySide6 looks a view's
    self.tr("%n record(s)") up under the subclass's name first (FindingsView), where the English
    "26 record(s)" differs from "%n record(s)" and is taken for a translation."""

    def show_count(self, count: int) -> None:
        self.setText(self.tr("%n record(s)", "", count))


class RecordView(QWidget):
    """A filterable, sortable table of one kind of record."""

    record_selected = Signal(str, str)  # kind, id
    record_activated = Signal(str, str)

    kinds: tuple[str, ...] = ()

    def __init__(self, store: Store, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.kinds = (kind,)
        self.model = ListingModel(Listing(store, kind), self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self._apply_text)
        self.filter_edit.textChanged.connect(lambda _: self._debounce.start())
        self.count_label = CountLabel(self)
        self.table = QTableView(self)
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(IsolatingDelegate(self.table))
        # The listing's own order first: enabling sorting sorts by the header's indicator.
        order = Qt.SortOrder.DescendingOrder if self.model.listing.descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(self.model.sort_column(), order)
        self.table.setSortingEnabled(True)

        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)
        self.model.modelReset.connect(self._update_count)
        self.model.about_to_reload.connect(self._note_place)
        self.model.reloaded.connect(self._put_back_place)
        self._place: tuple[str | None, int] = (None, 0)
        self._pending: tuple[str, bool, bool] | None = None  # a selection asked for while the rows are read
        self.toolbar = QHBoxLayout()
        self.toolbar.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._update_count()
        self._size_columns()
        self._title()

    def _title(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter (Ctrl+F): words in any field, accents and case ignored"))

    def retranslate(self) -> None:
        """The words again in the language now applied; the rows keep their selection."""
        self._title()
        self.refresh()
        self._update_count()

    def _size_columns(self) -> None:
        # Days as each language writes them ("29 تشرين الثاني/نوفمبر 2024"), a visit's dates too
        # ("28 de marzo – 2 de abril de 2025").
        widths = {"date": 190, "date_text": 210, "title": 360, "name": 220, "document": 200, "iso3": 70}
        widths.update(symbol=150, in_force=150)
        for i, key in enumerate(self.model.keys()):
            day = key.endswith(("_on", "_at"))
            self.table.setColumnWidth(i, widths.get(key, 190 if day else 140))

    def _apply_text(self) -> None:
        current = self.current_id()
        self.model.set_text(self.filter_edit.text())
        if current:
            self.select(current, emit=False, reveal=False)

    def _update_count(self) -> None:
        self.count_label.show_count(self.model.rowCount())

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rid = self.current_id()
        if rid:
            emit(self.record_selected, self.kind, rid)

    def _activated(self, index: QModelIndex) -> None:
        rid = index.data(ID_ROLE)
        if rid:
            emit(self.record_activated, self.kind, rid)

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def _note_place(self) -> None:
        self._place = (self.current_id(), self.table.verticalScrollBar().value())

    def _put_back_place(self) -> None:
        """New rows are shown (read in a worker): the same record selected, the same scroll
        position, or the selection asked for meanwhile."""
        current, scrolled = self._place
        pending, self._pending = self._pending, None
        if pending is not None:
            self.select(*pending)
            return
        if current:
            row = self.model.row_of(current)
            if row is not None:
                self._select_row(row, emit=False)
        self.table.verticalScrollBar().setValue(scrolled)

    def waiting(self) -> bool:
        """Are the rows being read (in a worker)?"""
        return self.model.loading or (self.model.in_worker() and not self.model.listing.loaded)

    def select(self, record_id: str, emit: bool = True, reveal: bool = True) -> bool:
        """Select *record_id*; if the filter hides it and *reveal*, clear the filter first."""
        if self.waiting():
            self._pending = (record_id, emit, reveal)
            if not self.model.loading:
                self.model.reload("load")
            return True
        row = self.model.row_of(record_id)
        if row is None and reveal and (self.filter_edit.text() or self.model.listing.filters):
            self.clear_filters()
            if self.waiting():
                self._pending = (record_id, emit, False)
                return True
            row = self.model.row_of(record_id)
        if row is None:
            return False
        self._select_row(row, emit)
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _select_row(self, row: int, emit: bool) -> None:
        self.table.blockSignals(not emit)
        self.table.selectionModel().blockSignals(not emit)
        try:
            # Not selectRow: right to left (Arabic), Qt 6 looks for the row's first column past the
            # viewport's edge and selects nothing.
            rows = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), rows)
        finally:
            self.table.blockSignals(False)
            self.table.selectionModel().blockSignals(False)

    def clear_filters(self) -> None:
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        if self.model.in_worker():
            self.model.reload("filter", filters={}, text="", also=())
            return
        for name in list(self.model.listing.filters):
            self.model.listing.set_filter(name, None)
        self.model.set_text("")

    def refresh(self, touched: Touched | None = None) -> None:
        """Read again what a batch changed (*touched*; None: everything), keeping the selection."""
        if self.model.in_worker():
            self.model.refresh(touched)  # the selection and scroll position are put back when read
            return
        current = self.current_id()
        self.model.refresh(touched)
        if current:
            self.select(current, emit=False, reveal=False)

    def tables(self) -> frozenset[str]:
        return self.model.listing.tables()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"views/{self.kind}/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(f"views/{self.kind}/header")
        if isinstance(state, QByteArray):
            self.table.horizontalHeader().restoreState(state)
            header = self.table.horizontalHeader()
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())


class FindingsView(RecordView):
    """Findings and communications: filters by situation, State, year and where referred; a plot."""

    year_box: QComboBox  # the plot's clicks, connected before the box is made, choose a year in it

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, "finding", parent)
        self.plot = FindingsPlot(self)
        self.plot.setObjectName("findingsPlot")
        self.plot.year_clicked.connect(lambda y: self._set_combo(self.year_box, str(y)))
        self.extra.addWidget(self.plot)
        self.filters_row = QHBoxLayout()
        self.extra.addLayout(self.filters_row)
        self.situation_box = self._combo("situation_id", field_label("situation"))
        self.state_box = self._combo("state_id", field_label("state"))
        self.year_box = self._combo("year", field_label("year"))
        self.referred_box = self._combo("referred_to", field_label("referred_to"))
        self.filters_row.addStretch(1)
        self.reload_choices()

    def retranslate(self) -> None:
        for box, key in ((self.situation_box, "situation"), (self.state_box, "state"), (self.year_box, "year"),
                         (self.referred_box, "referred_to")):  # fmt: skip
            box.setToolTip(field_label(key))
        super().retranslate()

    def _combo(self, name: str, label: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(f"filter_{name}")
        box.setToolTip(label)
        # As wide as "All situations" in the language shown, not as the longest situation's name: four
        # boxes sized to their longest item did not fit, and "Toutes les années" lost its end.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.currentIndexChanged.connect(lambda _: self._filter_changed(name, box))
        self.filters_row.addWidget(box)
        return box

    def _filter_changed(self, name: str, box: QComboBox) -> None:
        self.model.set_filter(name, box.currentData())

    def _set_combo(self, box: QComboBox, value: Any) -> None:
        i = box.findData(value)
        if i >= 0:
            box.setCurrentIndex(i)

    def reload_choices(self) -> None:
        def fill(box: QComboBox, everything: str, items: list[tuple[str, Any]]) -> None:
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for text, value in items:
                box.addItem(text, value)
            i = box.findData(current)
            box.setCurrentIndex(max(i, 0))
            box.setMinimumContentsLength(len(everything) + 1)
            box.view().setMinimumWidth(box.view().sizeHintForColumn(0) + 24)  # the list shows whole names
            box.blockSignals(False)

        situations = [(s["name"], s["id"]) for s in self.store.rows("situation", order_by="name")]
        used_states = finding_states(self.store)
        states = sorted(
            (format_value(s["name"]), s["id"])
            for s in self.store.rows("state", order_by="name")
            if s["id"] in used_states
        )
        fill(self.situation_box, self.tr("All situations"), situations)
        fill(self.state_box, self.tr("All States"), states)
        fill(self.year_box, self.tr("All years"), [(y, y) for y in self.model.listing.distinct_years()])
        fill(
            self.referred_box,
            self.tr("Referred anywhere"),
            [(value_label(v), v) for v in ("assembly", "security_council", "both", "deferred", "none")],
        )
        self.plot.set_data(findings_per_year(self.store))

    def clear_filters(self) -> None:
        for box in (self.situation_box, self.state_box, self.year_box, self.referred_box):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        super().clear_filters()

    def refresh(self, touched: Touched | None = None) -> None:
        if touched is None or touched.tables & {"finding", "state", "situation"}:
            self.reload_choices()
        super().refresh(touched)


class SituationsView(QWidget):
    """Situations, their cases and the persons in each case, as a tree."""

    record_selected = Signal(str, str)
    record_activated = Signal(str, str)
    kinds = ("situation", "icc_case")
    kind = "situation"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # The tree is read when first shown or asked for, not while the window is built.
        self.model = SituationTreeModel(store, self, lazy=True)
        self.tree = QTreeView(self)
        self.tree.setObjectName("tree")
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(IsolatingDelegate(self.tree))
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(1, 150)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(self._activated)
        label = QLabel(self.tr("Situations, their cases, and the persons in each case"), self)
        self.label = label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.tree, 1)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            emit(self.record_selected, current.data(KIND_ROLE), current.data(ID_ROLE))

    def _activated(self, index: QModelIndex) -> None:
        emit(self.record_activated, index.data(KIND_ROLE), index.data(ID_ROLE))

    def current_id(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def showEvent(self, event: QShowEvent) -> None:
        if not self.model.loaded:
            self.tree.expandAll()  # reads the tree
        super().showEvent(event)

    def select(self, record_id: str, emit: bool = True, kind: str | None = None) -> bool:
        if not self.model.loaded:
            self.tree.expandAll()
        for k in (kind,) if kind else self.kinds:
            index = self.model.index_of(k, record_id)
            if index.isValid():
                self.tree.selectionModel().blockSignals(not emit)
                try:
                    self.tree.setCurrentIndex(index)
                finally:
                    self.tree.selectionModel().blockSignals(False)
                self.tree.scrollTo(index)
                return True
        return False

    def tables(self) -> frozenset[str]:
        return frozenset({"situation", "icc_case", "case_person", "person", "warrant"})

    def refresh(self, touched: Touched | None = None) -> None:
        if touched is not None and not touched.tables & self.tables():
            return
        current = self.tree.currentIndex()
        kind, rid = (current.data(KIND_ROLE), current.data(ID_ROLE)) if current.isValid() else (None, None)
        self.model.refresh()
        if self.model.loaded:
            self.tree.expandAll()
        if rid:
            self.select(rid, emit=False, kind=kind)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Situations, their cases, and the persons in each case"))
        self.refresh()

    def focus_filter(self) -> None:
        self.tree.setFocus()

    def clear_filters(self) -> None:
        return None

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("views/situation/header", self.tree.header().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("views/situation/header")
        if isinstance(state, QByteArray):
            self.tree.header().restoreState(state)
