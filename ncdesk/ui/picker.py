"""A reference field that scales: type part of a name, choose from a short list.

The list (at most `pickers.LIMIT` records) comes from `store/records/pickers.py`: with nothing typed, the
current record, the recently used and changed ones, then the rest; as you type, the records
matching. A form holding one opens in the same time whatever the size of the record: only the
current record's title is made when it opens.

Keyboard: type to search; Down (or F4, Alt+Down) opens the list with nothing typed; Up/Down move in
it; Enter chooses (the first record when none is highlighted); Escape closes the list. The mouse
chooses too, and the arrow at the end of the field opens the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QListView, QStyle, QStyleOption, QWidget

from ncdesk.core.text import fold
from ncdesk.io.translations import english_names
from ncdesk.store.records import pickers
from ncdesk.store.records.pickers import NO_FILTER, Choice, Filter
from ncdesk.store.store import Store
from ncdesk.ui.formatting import format_date, window_wording
from ncdesk.ui.i18n import format_dates
from ncdesk.ui.signals import emit

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
_OPEN_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_F4)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def choice_text(c: Choice) -> str:
    """What the list and the field show for a choice: its title, and its date when it has one."""
    if not c.note:
        return c.title
    note = format_date(c.note) if len(c.note) == 10 and c.note[4] == "-" else format_dates(c.note)
    return f"{c.title} — {note}"


class RecordPicker(QLineEdit):
    """One record of *kind*, by id (`record_id()`), found by typing."""

    record_chosen = Signal(object)  # the id chosen, or None when the field was cleared
    value_changed = Signal()  # the text or the record changed (the form checks again)

    def __init__(
        self,
        store: Store,
        kind: str,
        parent: QWidget | None = None,
        *,
        label: str = "",
        used: tuple[str, str] | None = None,
        limit: int = pickers.LIMIT,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.used = used
        self.limit = limit
        self.where: Filter = NO_FILTER
        self._id: str | None = None
        self._shown = ""  # the text shown for `_id`
        self.listed: list[Choice] = []
        self.model = QStandardItemModel(self)
        self.chooser = QCompleter(self.model, self)
        self.chooser.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.chooser.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.chooser.setMaxVisibleItems(12)
        self.chooser.setWidget(self)
        self.setCompleter(self.chooser)
        self.popup = QListView()
        self.popup.setObjectName(f"{kind}_choices")
        self.popup.setUniformItemSizes(True)
        self.popup.setAccessibleName(self.tr("Choices"))
        self.chooser.setPopup(self.popup)  # the completer's own key handling, then ours:
        self.popup.installEventFilter(self)  # Enter with nothing highlighted chooses the first
        self.chooser.activated[QModelIndex].connect(self._activated)  # type: ignore[index]  # the stub has no signal overloads by type
        self.textEdited.connect(self._typed)
        self.textChanged.connect(lambda _=None: emit(self.value_changed))
        self.setClearButtonEnabled(True)
        self.list_action = self.addAction(self._arrow(), QLineEdit.ActionPosition.TrailingPosition)
        self.list_action.setObjectName("showChoices")
        self.list_action.triggered.connect(self.show_choices)
        self.set_label(label)

    def _arrow(self) -> QIcon:
        """The small arrow a drop-down list shows in this style (its standard icon is a large black one)."""
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        option = QStyleOption()
        option.initFrom(self)
        option.rect = QRect(size // 4, size // 4, size // 2, size // 2)
        painter = QPainter(pixmap)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorArrowDown, option, painter, self)
        painter.end()
        return QIcon(pixmap)

    def set_label(self, label: str) -> None:
        self.setAccessibleName(label)
        self.setPlaceholderText(self.tr("Type to search, or press Down for a list"))
        how = self.tr(
            "Type part of a name to find it; Down and Up move in the list, Enter chooses, Escape closes the list. "
            "With nothing typed, Down lists the current and the recent ones."
        )
        self.setToolTip(f"{label}\n{how}" if label else how)
        self.list_action.setToolTip(self.tr("Show the list"))

    # -- the value --------------------------------------------------------------------------

    def record_id(self) -> str | None:
        """The record chosen, or one listed whose text is what was typed; None otherwise."""
        text = self.text().strip()
        if not text:
            return None
        if self._id is not None and text == self._shown.strip():
            return self._id
        wanted = fold(text)
        exact = [c.id for c in self.listed if wanted in (fold(c.title), fold(choice_text(c)))]
        return exact[0] if len(set(exact)) == 1 else None

    def unknown(self) -> bool:
        """Text typed that names no record (the form says: choose one from the list)."""
        return bool(self.text().strip()) and self.record_id() is None

    def set_record(self, record_id: str | None) -> None:
        """Show *record_id* (its title only is read), or nothing."""
        found = pickers.choice(self.store, self.kind, record_id, window_wording()) if record_id else None
        self._id = found.id if found else None
        self._shown = choice_text(found) if found else ""
        self.setText(self._shown)
        self.setCursorPosition(0)  # the beginning of a long title

    def set_typed(self, text: str) -> None:
        """As if *text* were typed and, when it names one record, chosen (tests and defaults)."""
        rid = pickers.find(
            self.store, self.kind, text, where=self.where, also=english_names(text), wording=window_wording()
        )
        if rid is not None:
            self.set_record(rid)
        else:
            self._id = None
            self.setText(text)
            self._refresh(text)

    def set_filter(self, where: Filter) -> None:
        """Offer only the records passing *where* (a case of the chosen situation); the record
        shown is dropped if it does not."""
        self.where = where
        if self._id is not None and where.where:
            clause = f"id = ? AND ({where.where})"
            if not self.store.rows(self.kind, clause, [self._id, *where.args], select="id", limit=1):
                self.set_record(None)
                emit(self.record_chosen, None)

    # -- the list ---------------------------------------------------------------------------

    def _refresh(self, text: str) -> None:
        self.listed = pickers.choices(
            self.store,
            self.kind,
            text,
            current=self._id if not text.strip() else None,
            used=self.used,
            where=self.where,
            also=english_names(text) if text.strip() else (),
            wording=window_wording(),
            limit=self.limit,
        )
        self.model.clear()
        for c in self.listed:
            item = QStandardItem(choice_text(c))
            item.setData(c.id, ID_ROLE)
            item.setData(c.title, TITLE_ROLE)
            item.setToolTip(choice_text(c))
            item.setEditable(False)
            self.model.appendRow(item)

    def show_choices(self) -> None:
        """Open the list for what is typed (with nothing typed, or a record shown: the recent ones)."""
        typed = "" if self._id is not None and self.text() == self._shown else self.text()
        self._refresh(typed)
        self.chooser.setCompletionPrefix(typed)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.chooser.complete()

    def choose_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if index.isValid():
            self.popup.hide()
            self.setText(str(index.data()))
            self._activated(index)

    def _typed(self, text: str) -> None:
        self._id = None
        self._shown = ""
        self._refresh(text)
        if not text.strip():
            emit(self.record_chosen, None)

    def _activated(self, index: QModelIndex) -> None:
        rid = index.data(ID_ROLE)
        if rid is None:
            return
        self._id = str(rid)
        self._shown = str(index.data())
        if self.text() != self._shown:
            self.setText(self._shown)
        self.setCursorPosition(0)
        emit(self.record_chosen, self._id)
        emit(self.value_changed)

    # -- keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.popup
        if not popup.isVisible():
            opens = event.key() in _OPEN_KEYS and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.AltModifier,
            )
            if opens:
                self.show_choices()
                return
            if event.key() in _ENTER_KEYS and self._id is None and self.text().strip():
                rid = self.record_id()  # a name typed in full, or else the best match
                self._refresh(self.text())
                rows = [i for i, c in enumerate(self.listed) if c.id == rid] or [0]
                if self.listed:
                    self.choose_row(rows[0])
                    return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.popup
        if watched is popup and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _ENTER_KEYS and not popup.currentIndex().isValid() and self.model.rowCount():
                self.choose_row(0)
                return True
        return super().eventFilter(watched, event)

    def choices_shown(self) -> list[str]:
        """The texts of the list, in order (what the user sees)."""
        return [str(self.model.index(i, 0).data()) for i in range(self.model.rowCount())]

    def ids_shown(self) -> list[Any]:
        return [self.model.index(i, 0).data(ID_ROLE) for i in range(self.model.rowCount())]
