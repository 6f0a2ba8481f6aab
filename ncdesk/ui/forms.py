"""Add and edit forms, built from the field specs in ncdesk.core.forms. Each field is checked
as you type and says what is wrong; a form with an error cannot be saved."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ncdesk.core.alerts import StepError
from ncdesk.core.dates import DateError, parse_partial
from ncdesk.core.forms import FORMS, FieldSpec, FieldType
from ncdesk.core.text import Message, said
from ncdesk.store.file.errors import StoreError
from ncdesk.store.records.duplicates import KINDS as DUPLICATE_KINDS
from ncdesk.store.records.duplicates import Recorded, describe
from ncdesk.store.records.duplicates import matches as duplicate_matches
from ncdesk.store.records.editing import ValidationError, current_values, save, validate
from ncdesk.store.records.pickers import NO_FILTER, Filter, choice, choices_of, used_in
from ncdesk.store.store import Store
from ncdesk.ui.formatting import (
    error_text,
    format_date,
    format_value,
    isolated,
    message_text,
    window_wording,
)
from ncdesk.ui.i18n import colon, comma, format_dates
from ncdesk.ui.labels import field_label, kind_label, value_label
from ncdesk.ui.picker import RecordPicker, choice_text
from ncdesk.ui.signals import emit

# The fields of a form that say which visit, letter or activity it is (store/records/duplicates.py).
DUPLICATE_FIELDS = {
    "travel_alert": ("person_id", "destinations", "date"),
    "letter": ("state_id", "date", "addressee_office"),
    "activity": ("kind", "date", "title"),
}


class RefListWidget(QWidget):
    """Several records of one kind: find each with a picker (Enter adds it), remove with the button or Delete."""

    changed = Signal()

    def __init__(
        self,
        store: Store,
        kind: str,
        parent: QWidget | None = None,
        *,
        label: str = "",
        used: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.names: dict[str, str] = {}
        self.picker = RecordPicker(store, kind, self, label=label, used=used)
        self.picker.setPlaceholderText(self.tr("Type a name, then Enter"))
        self.picker.record_chosen.connect(self._chosen)
        self.chosen = QListWidget(self)
        self.chosen.setObjectName("chosen")
        self.chosen.setAccessibleName(self.tr("Chosen: %1").replace("%1", label) if label else self.tr("Chosen"))
        self.chosen.setFixedHeight(self.fontMetrics().height() * 4 + 10)
        remove = QPushButton(self.tr("Remove"), self)
        remove.setObjectName("remove")
        remove.clicked.connect(self._remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.chosen)

    def _chosen(self, rid: str | None) -> None:
        if rid is None:
            return
        self.names[rid] = self.picker.text()
        self.add(rid)
        self.picker.set_record(None)

    def add(self, rid: str) -> None:
        if rid in self.ids():
            return
        if rid not in self.names:
            found = choice(self.store, self.kind, rid, window_wording())
            if found is None:
                return
            self.names[rid] = choice_text(found)
        item = QListWidgetItem(self.names[rid])
        item.setData(Qt.ItemDataRole.UserRole, rid)
        self.chosen.addItem(item)
        emit(self.changed)

    def _remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        emit(self.changed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self._remove_selected()
        else:
            super().keyPressEvent(event)

    def ids(self) -> list[str]:
        return [self.chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosen.count())]

    def set_ids(self, ids: list[str]) -> None:
        self.chosen.clear()
        titles = choices_of(self.store, self.kind, ids, window_wording())  # all the titles at once
        self.names.update((c.id, choice_text(c)) for c in titles)
        for rid in ids:
            self.add(rid)


class RecordForm(QDialog):
    """A dialog to add (record_id None) or edit a record of one kind."""

    record_saved = Signal(str, str)  # kind, id
    open_requested = Signal(str, str)  # kind, id: "Open it" on the notice of a record already recorded
    return_to: tuple[str, str] | None = None  # the record shown once saved, when not the one saved

    def __init__(  # noqa: PLR0915 - a window built in one place: a statement per widget and connection
        self,
        store: Store,
        kind: str,
        record_id: str | None = None,
        defaults: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        saver: Callable[[Store, dict[str, Any], str | None], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.saver = saver
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
        self.hidden: dict[str, Any] = {}
        self.hints: dict[str, QLabel] = {}
        self.preview = QLabel(self)
        self.preview.setObjectName("formPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.hide()
        self._duplicate_notice()
        for f in self.spec.fields:
            if f.hidden:
                self.hidden[f.name] = (defaults or {}).get(f.name)
                continue
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
            if f.type is FieldType.REF and f.ref_kind in FORMS and f.ref_kind not in (kind, "travel_alert"):
                row = QHBoxLayout()
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(widget, 1)
                plus = QToolButton(self)
                plus.setObjectName(f"new_{f.name}")
                plus.setText("+")
                plus.setToolTip(self.tr("New %1…").replace("%1", kind_label(f.ref_kind).lower()))
                plus.clicked.connect(lambda _=False, spec=f: self._new_referenced(spec))
                row.addWidget(plus)
                lay.addLayout(row)
            else:
                lay.addWidget(widget)
            if f.type is FieldType.PARTIAL_DATE:
                hint = QLabel(self)
                hint.setObjectName(f"hint_{f.name}")
                hint.setStyleSheet("color: #555;")
                self.hints[f.name] = hint
                lay.addWidget(hint)
            lay.addWidget(error)
            label = field_label(f.name) + (" *" if f.required else "")
            form.addRow(label, box)
        inner = QWidget(self)
        inner.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        layout.addWidget(self.preview)
        layout.addWidget(self.duplicate_box)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(720, min(780, 140 + 58 * len(self.spec.fields)))
        values = current_values(store, kind, record_id) if record_id else {}
        values.update(defaults or {})
        self._fill(values)
        self.revalidate()

    # -- building ---------------------------------------------------------------------------

    def _duplicate_notice(self) -> None:
        """ "Already recorded: …" with Open it and Save anyway (store/records/duplicates.py's rule)."""
        self.duplicates: list[Recorded] = []
        self.duplicate_key: tuple[Any, ...] | None = None
        self.save_anyway = False
        box = QWidget(self)
        box.setObjectName("duplicateNotice")
        box.setStyleSheet("#duplicateNotice { background: #fff3cd; border: 1px solid #e0c36b; }")
        self.duplicate_label = QLabel(box)
        self.duplicate_label.setObjectName("duplicateText")
        self.duplicate_label.setWordWrap(True)
        self.open_duplicate = QPushButton(self.tr("Open it"), box)
        self.open_duplicate.setObjectName("openDuplicate")
        self.open_duplicate.clicked.connect(self._open_duplicate)
        self.save_duplicate = QPushButton(self.tr("Save anyway"), box)
        self.save_duplicate.setObjectName("saveAnyway")
        self.save_duplicate.clicked.connect(self._save_anyway)
        row = QHBoxLayout(box)
        row.addWidget(self.duplicate_label, 1)
        row.addWidget(self.open_duplicate)
        row.addWidget(self.save_duplicate)
        self.duplicate_box = box
        box.hide()

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
            # A type-ahead picker, not a list of every record: the form opens as fast on 100,000 alerts.
            picker = RecordPicker(
                self.store, f.ref_kind, self, label=field_label(f.name), used=used_in(self.kind, f.name)
            )
            picker.value_changed.connect(lambda n=f.name: self._changed(n))
            return picker
        if f.type is FieldType.REF_LIST:
            chooser = RefListWidget(
                self.store, f.ref_kind, self, label=field_label(f.name), used=used_in(self.kind, f.name)
            )
            chooser.changed.connect(lambda n=f.name: self._changed(n))
            return chooser
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
            line.setPlaceholderText(self.tr("2025-04-03 / 3 April 2025"))
        elif f.type is FieldType.PARTIAL_DATE:
            line.setPlaceholderText(self.tr("3 April 2025, 3–6 April 2025, mid-October 2025, April 2025…"))
        elif f.type is FieldType.DOCNUM:
            line.setPlaceholderText(
                {"situation": "ICC-02/05", "case": "ICC-02/05-01/09", "filing": "ICC-02/05-01/09-309-ENG",
                 "sc_document": "S/2016/716", "sc_resolution": "S/RES/1593 (2005)"}.get(f.doc_kind[0], "")
            )  # fmt: skip
        line.textChanged.connect(lambda _=None, n=f.name: self._changed(n))
        return line

    def _limit_cases(self) -> None:
        """The case picker offers only the cases of the situation chosen (all of them with none)."""
        picker = self.widgets.get("case_id")
        if "situation_id" not in self.widgets or not isinstance(picker, RecordPicker):
            return
        situation = self.raw().get("situation_id")
        ok = isinstance(situation, str) and situation and not situation.startswith("\0")
        picker.set_filter(Filter("situation_id = ?", (situation,)) if ok else NO_FILTER)

    def _fill(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            if name in self.hidden:
                self.hidden[name] = value
            if name not in self.widgets:
                continue
            w = self.widgets[name]
            w.blockSignals(True)
            try:
                if isinstance(w, RefListWidget):
                    w.set_ids(list(value or []))
                elif isinstance(w, RecordPicker):
                    w.set_record(value or None)
                elif isinstance(w, QComboBox):
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
        self._limit_cases()

    # -- reading and checking ---------------------------------------------------------------

    def raw(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.hidden)
        for f in self.spec.fields:
            if f.name not in self.widgets:
                continue
            w = self.widgets[f.name]
            if isinstance(w, RefListWidget):
                out[f.name] = w.ids()
            elif isinstance(w, RecordPicker):
                out[f.name] = "\0unknown:" + w.text() if w.unknown() else w.record_id()
            elif isinstance(w, QComboBox):
                out[f.name] = w.currentData()
            elif isinstance(w, QCheckBox):
                out[f.name] = w.isChecked()
            elif isinstance(w, QPlainTextEdit):
                out[f.name] = w.toPlainText()
            elif isinstance(w, QLineEdit):
                out[f.name] = w.text()
        return out

    def set_value(self, name: str, value: Any) -> None:
        """Set a field as a user would (tests and defaults)."""
        if name in self.hidden:
            self.hidden[name] = value
            self.revalidate()
            return
        w = self.widgets[name]
        if isinstance(w, RefListWidget):
            w.set_ids(list(value) if isinstance(value, list) else [value])
            return
        if isinstance(w, RecordPicker):  # a record's id, or its title as typed
            if not value:
                w.set_record(None)
            elif choice(self.store, w.kind, str(value)) is not None:
                w.set_record(str(value))
            else:
                w.set_typed(str(value))
            self._changed(name)
            return
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
        if name == "situation_id":
            self._limit_cases()
        self.revalidate()

    def revalidate(self, show_all: bool = False) -> dict[str, str]:
        raw = self.raw()
        unknown = {
            k: Message("no such record; choose one from the list")
            for k, v in raw.items()
            if isinstance(v, str) and v.startswith("\0unknown:")
        }
        raw = {k: (None if k in unknown else v) for k, v in raw.items()}
        values, errors = validate(self.store, self.kind, raw, self.record_id)
        errors.update(unknown)
        self._update_duplicates(values, errors)
        self.last_errors = errors
        hidden_errors = {k: v for k, v in errors.items() if k in self.hidden}
        if hidden_errors:
            self.summary.setText("; ".join(f"{k}: {v}" for k, v in hidden_errors.items()))
        for name, label in self.errors.items():
            message = errors.get(name)
            visible = message and (show_all or name in self.touched or message != "required" or self.record_id)
            label.setText(self._translate(message) if message and visible else "")
            label.setVisible(bool(visible))
        for name, hint in self.hints.items():
            text = str(raw.get(name) or "").strip()
            try:
                pd = parse_partial(text) if text else None
            except DateError:
                pd = None
            if pd is None or pd.start == pd.end:
                hint.setText("")
            else:
                hint.setText(
                    self.tr("from %1 to %2")
                    .replace("%1", format_date(pd.start.isoformat()))
                    .replace("%2", format_date(pd.end.isoformat()))
                )
        self._update_preview(raw, errors)
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setEnabled(not errors and not self._held())
        if errors:
            fields = comma().join(field_label(n) for n in errors)
            self.summary.setText(self.tr("To save, complete or correct: %1").replace("%1", fields))
        elif self._held():
            self.summary.setText(self.tr("Already recorded: open the record, or save this one anyway."))
        else:
            self.summary.setText("")
        return errors

    def _update_preview(self, raw: dict[str, Any], errors: dict[str, str]) -> None:
        """For a travel alert: each destination's obligation at the dates typed, as you type."""
        if self.kind != "travel_alert":
            return
        person, states, text = raw.get("person_id"), raw.get("destinations") or [], str(raw.get("date") or "")
        if not person or not states or "person_id" in errors or "destinations" in errors or not text.strip():
            self.preview.hide()
            return
        try:
            pd = parse_partial(text)
        except DateError:
            self.preview.hide()
            return
        from ncdesk.store.records.alerts import obligation_preview

        lines = []
        for duty in obligation_preview(self.store, person, states, pd.start, pd.end):
            colour = "#1b6e2d" if duty.obliged else "#8a5a00"
            verdict = self.tr("obliged to arrest and surrender") if duty.obliged else self.tr("not obliged")
            basis_text = duty.at_start.basis_in(window_wording())
            basis = f" ({html.escape(basis_text)})" if basis_text else ""
            findings = (
                " — " + self.tr("%n earlier finding(s) against it", "", len(duty.earlier_findings))
                if duty.earlier_findings
                else ""
            )
            lines.append(
                f"<b>{html.escape(format_value(duty.state['name']))}</b>{colon()}"
                f'<span style="color:{colour}; font-weight:bold;">{html.escape(verdict)}</span>'
                f"{basis}{html.escape(findings)}"
            )
        self.preview.setText("<br>".join(lines))
        self.preview.setVisible(bool(lines))

    def _update_duplicates(self, values: dict[str, Any], errors: dict[str, str]) -> None:
        """Look for the same visit, letter or activity once the fields that say it are known: one
        indexed look-up (idx_alert_person for an alert), only when those fields change."""
        if self.kind not in DUPLICATE_KINDS:
            return
        fields = DUPLICATE_FIELDS[self.kind]
        key = None if any(f in errors for f in fields) else tuple(repr(values.get(f)) for f in fields)
        if key == self.duplicate_key:
            return
        self.duplicate_key = key
        self.save_anyway = False
        exclude = [self.record_id] if self.record_id else []
        found = duplicate_matches(self.store, self.kind, values, exclude) if key is not None else []
        self.duplicates = describe(self.store, self.kind, found)
        self._show_duplicates()

    def _show_duplicates(self) -> None:
        if not self.duplicates:
            self.duplicate_box.hide()
            return
        first = self.duplicates[0]
        dates = format_date(first.date_text) if first.table == "letter" else format_dates(first.date_text)
        parts = [first.title, dates] + ([value_label(first.status)] if first.status else [])
        text = self.tr("Already recorded: %1").replace("%1", comma().join(isolated(p) for p in parts if p))
        if len(self.duplicates) > 1:
            text += " " + self.tr("(and %n more)", "", len(self.duplicates) - 1)
        self.duplicate_label.setText(text)
        self.save_duplicate.setEnabled(not self.save_anyway)
        self.duplicate_box.show()

    def _held(self) -> bool:
        """A record already recorded waits for Open it or Save anyway."""
        return bool(self.duplicates) and not self.save_anyway

    def _open_duplicate(self) -> None:
        if self.duplicates:
            emit(self.open_requested, self.kind, self.duplicates[0].id)
            self.reject()

    def _save_anyway(self) -> None:
        self.save_anyway = True
        self.save_duplicate.setEnabled(False)
        if not self.try_save():
            self.revalidate()

    def _new_referenced(self, spec: FieldSpec) -> None:
        """Add the record a field refers to (a new person for an alert) without leaving the form."""
        form = RecordForm(self.store, spec.ref_kind, parent=self)
        form.record_saved.connect(lambda _kind, rid, s=spec: self._referenced_saved(s, rid))
        self.sub_form = form
        form.open()

    def _referenced_saved(self, spec: FieldSpec, record_id: str) -> None:
        self.set_value(spec.name, record_id)

    def _translate(self, message: str) -> str:
        return self.tr("Required.") if message == "required" else message_text(message)

    def try_save(self) -> bool:
        errors = self.revalidate(show_all=True)
        if errors or self._held():
            return False
        try:
            if self.saver is not None:
                rid = self.saver(self.store, self.raw(), self.record_id)
            else:
                rid = save(self.store, self.kind, self.raw(), self.record_id)
        except ValidationError as exc:
            for name, message in exc.errors.items():
                if name in self.errors:
                    self.errors[name].setText(self._translate(message))
                    self.errors[name].show()
            self.summary.setText("; ".join(self._translate(m) for m in exc.errors.values()))
            return False
        except StepError as exc:
            self.summary.setText(message_text(said(exc)))
            return False
        except StoreError as exc:  # the disk is full, the folder read-only: nothing was saved
            self.summary.setText(self.tr("Not saved: %1 What you typed is still here.").replace("%1", error_text(exc)))
            return False
        self.record_id = rid
        emit(self.record_saved, self.kind, rid)
        self.accept()
        return True
