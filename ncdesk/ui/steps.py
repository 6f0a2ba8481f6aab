"""Moving a travel alert to its next step, with the date, who, a note and (when closing) the outcome."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ncdesk.core.alerts import StepError, check_step, next_steps
from ncdesk.core.dates import DateError, parse_day
from ncdesk.core.model import AlertOutcome
from ncdesk.core.text import said
from ncdesk.store.records.alerts import last_step_day, take_step
from ncdesk.store.store import Store
from ncdesk.ui.formatting import message_text
from ncdesk.ui.labels import value_label
from ncdesk.ui.signals import emit


class StepDialog(QDialog):
    step_taken = Signal(str, str)  # alert id, step

    def __init__(self, store: Store, alert_id: str, step: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.alert_id = alert_id
        self.alert = store.require("travel_alert", alert_id)
        self.setObjectName("stepDialog")
        self.setWindowTitle(self.tr("Next step of the travel alert"))
        self.step_box = QComboBox(self)
        self.step_box.setObjectName("step")
        for s in next_steps(self.alert["status"]):
            self.step_box.addItem(value_label(s.value), s.value)
        if step:
            self.step_box.setCurrentIndex(max(self.step_box.findData(step), 0))
        self.date_edit = QLineEdit(dt.date.today().isoformat(), self)
        self.date_edit.setObjectName("date")
        self.by_edit = QLineEdit(self)
        self.by_edit.setObjectName("by")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setFixedHeight(self.fontMetrics().height() * 4)
        self.outcome_box = QComboBox(self)
        self.outcome_box.setObjectName("outcome")
        self.outcome_box.addItem("", None)
        for o in AlertOutcome:
            self.outcome_box.addItem(value_label(o.value), o.value)
        self.error = QLabel(self)
        self.error.setObjectName("stepError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Step"), self.step_box)
        form.addRow(self.tr("On"), self.date_edit)
        form.addRow(self.tr("By"), self.by_edit)
        form.addRow(self.tr("Outcome (when closing)"), self.outcome_box)
        form.addRow(self.tr("Note"), self.notes_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_take)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for signal in (self.step_box.currentIndexChanged, self.outcome_box.currentIndexChanged):
            signal.connect(lambda _=None: self.check())
        self.date_edit.textChanged.connect(lambda _=None: self.check())
        self.check()

    def check(self) -> str:
        step, outcome = self.step_box.currentData(), self.outcome_box.currentData()
        self.outcome_box.setEnabled(step == "closed")
        message = ""
        if step is None:
            message = self.tr("The alert is closed: there is no next step.")
        else:
            try:
                day = parse_day(self.date_edit.text())
                check_step(self.alert["status"], step, at=day, last_at=last_step_day(self.store, self.alert_id),
                           outcome=outcome if step == "closed" else None)  # fmt: skip
            except (DateError, StepError) as exc:
                message = message_text(said(exc))
        self.error.setText(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not message)
        return message

    def try_take(self) -> bool:
        if self.check():
            return False
        step = self.step_box.currentData()
        outcome = self.outcome_box.currentData() if step == "closed" else None
        take_step(
            self.store,
            self.alert_id,
            step,
            at=parse_day(self.date_edit.text()),
            by_whom=self.by_edit.text().strip(),
            notes=self.notes_edit.toPlainText().strip(),
            outcome=outcome,
        )
        emit(self.step_taken, self.alert_id, step)
        self.accept()
        return True
