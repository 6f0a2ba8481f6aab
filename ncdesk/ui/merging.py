"""Alerts ▸ Merge with…: the other record chosen, each field both hold differently chosen side by
side, then one merge (store/records/merge.py), one change in the history (Edit ▸ Undo takes it back)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ncdesk.store.records import merge
from ncdesk.store.store import Store
from ncdesk.ui.formatting import message_text
from ncdesk.ui.labels import field_label, value_label
from ncdesk.ui.signals import emit


def _shown(value: Any) -> str:
    text = str(value)
    return value_label(text) if text.replace("_", "").isalpha() and text.islower() else text


class MergeDialog(QDialog):
    merged = Signal(str, str)  # table, the id of the record kept

    def __init__(self, store: Store, table: str, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.table, self.record_id = store, table, record_id
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge with…"))
        self.other_box = QComboBox(self)
        self.other_box.setObjectName("other")
        for rid, line in merge.candidates(store, table, record_id):
            self.other_box.addItem(line, rid)
        intro = QLabel(
            self.tr(
                "One record is kept for both: the steps, shares with the Court, letters, destinations, attached "
                "files and notes of both. The other is not deleted: its id leads to the one kept."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.fields = QWidget(self)
        self.grid = QGridLayout(self.fields)
        self.choices: dict[str, QButtonGroup] = {}
        self.error = QLabel(self)
        self.error.setObjectName("mergeError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("merge")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Merge with:"), self))
        layout.addWidget(self.other_box)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.other_box.currentIndexChanged.connect(self._show_fields)
        self._show_fields()

    def _show_fields(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.choices.clear()
        other = self.other_box.currentData()
        self.merge_button.setEnabled(other is not None)
        if other is None:
            self.grid.addWidget(QLabel(self.tr("No other record to merge with."), self.fields), 0, 0)
            return
        found = merge.differences(self.store, self.table, self.record_id, other)
        if not found:
            self.grid.addWidget(
                QLabel(self.tr("No field to choose: they agree where both are set."), self.fields), 0, 0
            )
            return
        self.grid.addWidget(QLabel(self.tr("<b>This one</b>"), self.fields), 0, 1)
        self.grid.addWidget(QLabel(self.tr("<b>The other</b>"), self.fields), 0, 2)
        for row, diff in enumerate(found, start=1):
            self.grid.addWidget(QLabel(field_label(diff.field), self.fields), row, 0)
            group = QButtonGroup(self.fields)
            for col, (side, value) in enumerate((("keep", diff.keep), ("other", diff.other)), start=1):
                button = QRadioButton(_shown(value), self.fields)
                button.setObjectName(f"{diff.field}_{side}")
                button.setChecked(side == "keep")
                group.addButton(button, col)
                self.grid.addWidget(button, row, col)
            self.choices[diff.field] = group

    def chosen(self) -> dict[str, str]:
        return {f: ("keep" if g.checkedId() == 1 else "other") for f, g in self.choices.items()}

    def accept(self) -> None:
        other = self.other_box.currentData()
        if other is None:
            return
        try:
            done = merge.merge(self.store, self.table, self.record_id, other, fields=self.chosen())
        except merge.MergeError as exc:
            self.error.setText(message_text(exc.args[0]))
            return
        emit(self.merged, self.table, done.survivor)
        super().accept()
