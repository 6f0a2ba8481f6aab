"""Add and edit forms, built from the field specs in ncdesk.core.forms. Each field is checked
as you type and says what is wrong; a form with an error cannot be saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ncdesk.core.forms import FORMS, FieldSpec, FieldType
from ncdesk.store.detail import _Builder
from ncdesk.store.editing import ValidationError, current_values, save, validate
from ncdesk.store.store import Store
from ncdesk.ui.labels import field_label, kind_label, value_label

PLACEHOLDERS = {
    FieldType.DATE: "2025-04-03 / 3 April 2025",
    FieldType.LIST: "",
}


class RecordForm(QDialog):
    """A dialog to add (record_id None) or edit a record of one kind."""

    record_saved = Signal(str, str)  # kind, id

    def __init__(
        self,
        store: Store,
        kind: str,
        record_id: str | None = None,
        defaults: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.record_id = record_id
        self.spec = FORMS[kind]
        self.setObjectName(f"form_{kind}")
        noun = kind_label(kind).lower() if kind != "party_event" else self.tr("party status event")
        self.setWindowTitle(
            self.tr("Edit %1").replace("%1", noun) if record_id else self.tr("New %1").replace("%1", noun)
        )
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.touched: set[str] = set()
        self.last_errors: dict[str, str] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in self.spec.fields:
            widget = self._widget(f)
            widget.setObjectName(f"field_{f.name}")
            self.widgets[f.name] = widget
            error = QLabel(self)
            error.setObjectName(f"error_{f.name}")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            self.errors[f.name] = error
            box = QWidget(self)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setSpacing(1)
            lay.addWidget(widget)
            lay.addWidget(error)
            label = field_label(f.name) + (" *" if f.required else "")
            form.addRow(label, box)
        inner = QWidget(self)
        inner.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self.summary = QLabel(self)
        self.summary.setObjectName("formSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(620, min(760, 120 + 58 * len(self.spec.fields)))
        values = current_values(store, kind, record_id) if record_id else {}
        values.update(defaults or {})
        self._fill(values)
        self.revalidate()

    # -- building ---------------------------------------------------------------------------

    def _widget(self, f: FieldSpec) -> QWidget:
        if f.type is FieldType.ENUM:
            box = QComboBox(self)
            if not f.required:
                box.addItem("", None)
            for value in f.choices:
                box.addItem(value_label(value), value)
            box.currentIndexChanged.connect(lambda _=None, n=f.name: self._changed(n))
            return box
        if f.type is FieldType.REF:
            box = QComboBox(self)
            box.setEditable(True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self._fill_refs(box, f)
            completer = QCompleter(box.model(), box)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            box.setCompleter(completer)
            box.currentIndexChanged.connect(lambda _=None, n=f.name: self._changed(n))
            box.editTextChanged.connect(lambda _=None, n=f.name: self._changed(n))
            return box
        if f.type is FieldType.BOOL:
            check = QCheckBox(self)
            check.toggled.connect(lambda _=None, n=f.name: self._changed(n))
            return check
        if f.type in (FieldType.MULTILINE, FieldType.LIST, FieldType.DOCNUM_LIST):
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(self.fontMetrics().height() * (4 if f.type is FieldType.MULTILINE else 3) + 12)
            if f.type is FieldType.DOCNUM_LIST:
                edit.setPlaceholderText(self.tr("One per line, e.g. ICC-02/05-01/09-309-ENG"))
            elif f.type is FieldType.LIST:
                edit.setPlaceholderText(self.tr("One per line"))
            edit.textChanged.connect(lambda n=f.name: self._changed(n))
            return edit
        line = QLineEdit(self)
        if f.type is FieldType.DATE:
            line.setPlaceholderText(PLACEHOLDERS[FieldType.DATE])
        elif f.type is FieldType.DOCNUM:
            line.setPlaceholderText(
                {"situation": "ICC-02/05", "case": "ICC-02/05-01/09", "filing": "ICC-02/05-01/09-309-ENG",
                 "sc_document": "S/2016/716", "sc_resolution": "S/RES/1593 (2005)"}.get(f.doc_kind[0], "")
            )  # fmt: skip
        line.textChanged.connect(lambda _=None, n=f.name: self._changed(n))
        return line

    def _fill_refs(self, box: QComboBox, f: FieldSpec, situation_id: str | None = None) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        if not f.required:
            box.addItem("", None)
        builder = _Builder(self.store)
        where, args = "", []
        if f.ref_kind == "icc_case" and situation_id:
            where, args = "situation_id = ?", [situation_id]
        rows = self.store.rows(f.ref_kind, where, args)
        items = sorted(((builder.title(f.ref_kind, r), r["id"]) for r in rows), key=lambda x: x[0].casefold())
        for text, rid in items:
            box.addItem(text, rid)
        i = box.findData(current)
        box.setCurrentIndex(i if i >= 0 else (0 if not f.required else -1))
        box.blockSignals(False)

    def _fill(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            if name not in self.widgets:
                continue
            w = self.widgets[name]
            w.blockSignals(True)
            try:
                if isinstance(w, QComboBox):
                    i = w.findData(value)
                    w.setCurrentIndex(i if i >= 0 else (0 if w.itemData(0) is None else -1))
                elif isinstance(w, QCheckBox):
                    w.setChecked(bool(value))
                elif isinstance(w, QPlainTextEdit):
                    w.setPlainText("\n".join(value) if isinstance(value, list) else (value or ""))
                elif isinstance(w, QLineEdit):
                    w.setText("" if value is None else str(value))
                    w.setCursorPosition(0)  # show the beginning of a long title
            finally:
                w.blockSignals(False)
        if "situation_id" in self.widgets and "case_id" in self.widgets:
            self._fill_refs(self.widgets["case_id"], self.spec.field("case_id"), self.raw().get("situation_id"))  # type: ignore[arg-type]
            case = values.get("case_id")
            box = self.widgets["case_id"]
            assert isinstance(box, QComboBox)
            if case:
                box.setCurrentIndex(max(box.findData(case), 0))

    # -- reading and checking ---------------------------------------------------------------

    def raw(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self.spec.fields:
            w = self.widgets[f.name]
            if isinstance(w, QComboBox):
                data = w.currentData()
                if f.type is FieldType.REF and w.currentText() and w.findText(w.currentText()) < 0:
                    data = "\0unknown:" + w.currentText()
                out[f.name] = data
            elif isinstance(w, QCheckBox):
                out[f.name] = w.isChecked()
            elif isinstance(w, QPlainTextEdit):
                out[f.name] = w.toPlainText()
            elif isinstance(w, QLineEdit):
                out[f.name] = w.text()
        return out

    def set_value(self, name: str, value: Any) -> None:
        """Set a field as a user would (tests and defaults)."""
        w = self.widgets[name]
        if isinstance(w, QComboBox):
            i = w.findData(value)
            if i < 0:
                i = w.findText(str(value))
            if i >= 0:
                w.setCurrentIndex(i)
            else:
                w.setEditText(str(value))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("\n".join(value) if isinstance(value, list) else str(value))
        elif isinstance(w, QLineEdit):
            w.setText(str(value))

    def _changed(self, name: str) -> None:
        self.touched.add(name)
        if name == "situation_id" and "case_id" in self.widgets:
            box = self.widgets["case_id"]
            assert isinstance(box, QComboBox)
            self._fill_refs(box, self.spec.field("case_id"), self.raw().get("situation_id"))
        self.revalidate()

    def revalidate(self, show_all: bool = False) -> dict[str, str]:
        raw = self.raw()
        unknown = {
            k: "no such record; choose one from the list"
            for k, v in raw.items()
            if isinstance(v, str) and v.startswith("\0unknown:")
        }
        raw = {k: (None if k in unknown else v) for k, v in raw.items()}
        _, errors = validate(self.store, self.kind, raw, self.record_id)
        errors.update(unknown)
        self.last_errors = errors
        for name, label in self.errors.items():
            message = errors.get(name)
            visible = message and (show_all or name in self.touched or message != "required" or self.record_id)
            label.setText(self._translate(message) if visible else "")
            label.setVisible(bool(visible))
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setEnabled(not errors)
        if errors:
            fields = ", ".join(field_label(n) for n in errors)
            self.summary.setText(self.tr("To save, complete or correct: %1").replace("%1", fields))
        else:
            self.summary.setText("")
        return errors

    def _translate(self, message: str) -> str:
        return self.tr("Required.") if message == "required" else message

    def try_save(self) -> bool:
        errors = self.revalidate(show_all=True)
        if errors:
            return False
        try:
            rid = save(self.store, self.kind, self.raw(), self.record_id)
        except ValidationError as exc:
            for name, message in exc.errors.items():
                if name in self.errors:
                    self.errors[name].setText(self._translate(message))
                    self.errors[name].show()
            return False
        self.record_id = rid
        self.record_saved.emit(self.kind, rid)
        self.accept()
        return True
