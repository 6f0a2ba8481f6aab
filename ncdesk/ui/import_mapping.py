"""The import's mapping step: what the file does not say and ncdesk will not guess (a column not
known, a value not in its list, "Congo", a date that may be read day or month first), asked in
the preview as a table of questions, each answered from a combo of its suggestions, best first.

The answers are a `Mapping` (ncdesk.io.values): the dialog previews the file again with them, and
keeps them for files of the same shape when the import succeeds (docs/IMPORT_FORMAT.md,
"Mapping, asking, refusing").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ncdesk.core.dates import DateError
from ncdesk.core.text import loose
from ncdesk.io.import_plan import ImportPlan
from ncdesk.io.import_write import closed_choices
from ncdesk.io.tabular import COLUMNS, column_named
from ncdesk.io.translations import country_name
from ncdesk.io.values import DATE_ORDERS, DAY_FIRST, IGNORED, DateOrderProblem, Mapping, Question, in_order
from ncdesk.store.records.queries import RESOLVABLE
from ncdesk.ui.formatting import format_date, isolated
from ncdesk.ui.i18n import comma, current_language
from ncdesk.ui.labels import field_label, value_label

AnyIndex = QModelIndex | QPersistentModelIndex
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2  # [(answer, label)], best first
OPEN_ROLE = Qt.ItemDataRole.UserRole + 3  # True while the question waits for an answer
_OPEN_BACKGROUND = QColor("#fde2e1")
# The questions whose answer names a record: the combo also takes a name typed in it.
_RECORDS = {what.lower(): table for table, what in RESOLVABLE.items()}

QUESTION, WHERE, TEXT, ANSWER = range(4)


def key(q: Question) -> tuple[str, str, str]:
    """What makes two questions one: the date order is asked once per file."""
    return (q.what, "", "") if q.what == "date_order" else (q.what, q.column, loose(q.text))


def answer_of(mapping: Mapping, q: Question) -> str | None:
    """The answer *mapping* gives to *q* (`IGNORED` for a column ignored), or None."""
    if q.what == "date_order":
        return mapping.dates
    if q.what == "column":
        return mapping.column(q.text)
    return mapping.value(q.column, q.text, state=q.what == "state")


def answered(mapping: Mapping, q: Question, answer: str) -> Mapping:
    """A copy of *mapping* with *answer* to *q*, over any answer it had (however it was written)."""
    out = Mapping(dict(mapping.columns), dict(mapping.values), mapping.dates, dict(mapping.states))
    text = loose(q.text)
    if q.what == "date_order":
        out.dates = answer
    elif q.what == "column":
        out.columns = {h: c for h, c in out.columns.items() if loose(h) != text}
        out.columns[q.text] = answer
    else:
        out.values = {(c, t): v for (c, t), v in out.values.items() if not (c in (q.column, "") and loose(t) == text)}
        if q.what == "state":
            out.states = {t: v for t, v in out.states.items() if loose(t) != text}
        out.values[(q.column, q.text)] = answer
    return out


def remembered_questions(mapping: Mapping, plan: ImportPlan) -> list[Question]:
    """The answers kept for files of this shape, as questions already answered (they can be changed)."""
    out = [Question("column", h, h, [c] if c else [], plan.name) for h, c in mapping.columns.items()]
    for (column, text), value in mapping.values.items():
        kind = _kind_of(plan, column)
        col = column_named(kind, column) if kind else None
        what = RESOLVABLE[col.ref].lower() if col is not None and col.ref in RESOLVABLE else "value"
        out.append(Question(what, column, text, [value], plan.name))
    out += [Question("state", "", text, [value], plan.name) for text, value in mapping.states.items()]
    return out


def _kind_of(plan: ImportPlan | None, column: str) -> str | None:
    """The kind of the plan's sheet that has *column* (a column's name, or a header)."""
    for s in plan.sections if plan else []:
        if column_named(s.kind, column) is not None:
            return s.kind
    return None


def _kind_where(plan: ImportPlan | None, q: Question) -> str | None:
    """The kind of the sheet *q* is asked in."""
    if plan is None:
        return None
    sheet = q.places[0][0] if q.places else None
    found = next((s.kind for s in plan.sections if s.title == sheet), None)
    return found or (plan.sections[0].kind if len(plan.sections) == 1 else None)


class QuestionsModel(QAbstractTableModel):
    """Every question of the file: those still open, and those answered (by the user, or
    remembered for files of this shape), with the answer given."""

    answer_given = Signal()  # the mapping changed: the file is to be previewed again with it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mapping = Mapping()
        self.plan: ImportPlan | None = None
        self.questions: list[Question] = []
        self.remembered: set[tuple[str, str, str]] = set()
        self._open: set[tuple[str, str, str]] = set()

    def clear(self) -> None:
        self.beginResetModel()
        self.mapping, self.plan, self.questions, self.remembered, self._open = Mapping(), None, [], set(), set()
        self.endResetModel()

    def offer(self, remembered: Mapping, plan: ImportPlan) -> None:
        """The answers kept for files of this shape: used, and shown so they can be changed."""
        self.mapping = remembered.merged(self.mapping)
        for q in remembered_questions(remembered, plan):
            self.remembered.add(key(q))
            self._add(q)

    def show(self, plan: ImportPlan) -> None:
        """The questions of *plan* (previewed with `self.mapping`), after those seen before that
        are answered; those no longer asked and not answered are dropped."""
        self.beginResetModel()
        self.plan = plan
        for q in plan.questions:
            self._add(q)
        self._open = {key(q) for q in plan.questions}
        self.questions = [q for q in self.questions if key(q) in self._open or answer_of(self.mapping, q) is not None]
        self.endResetModel()

    def _add(self, q: Question) -> None:
        k = key(q)
        for i, old in enumerate(self.questions):
            if key(old) == k:
                if q.places:  # asked again: where it is asked now, its suggestions now
                    self.questions[i] = q
                return
        self.questions.append(q)

    def is_open(self, row: int) -> bool:
        return key(self.questions[row]) in self._open

    def open_count(self) -> int:
        return sum(self.is_open(r) for r in range(len(self.questions)))

    def first_open(self) -> int | None:
        return next((r for r in range(len(self.questions)) if self.is_open(r)), None)

    # -- the table -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.questions)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Question"), self.tr("Where"), self.tr("In the file"), self.tr("Answer")][section]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == ANSWER else flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911 - Qt's data(): a return per role and column
        if not index.isValid():
            return None
        q = self.questions[index.row()]
        col = index.column()
        answer = answer_of(self.mapping, q)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == QUESTION:
                return self.asking(q)
            if col == WHERE:
                return self.where(q)
            if col == TEXT:
                return q.text
            if answer is None:
                return self.tr("Choose an answer…")
            return next((label for value, label in self.choices(q) if value == answer), answer)
        if role == Qt.ItemDataRole.EditRole and col == ANSWER:
            return answer
        if role == CHOICES_ROLE:
            return self.choices(q)
        if role == OPEN_ROLE:
            return self.is_open(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and self.is_open(index.row()):
            return QBrush(_OPEN_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and col == ANSWER and answer is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == ANSWER:
            return self.tr("F2, or a letter, to choose; Enter to confirm.")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != ANSWER or role != Qt.ItemDataRole.EditRole:
            return False
        if not isinstance(value, str):
            return False
        q = self.questions[index.row()]
        value = value.strip() if q.what in _RECORDS else value
        if q.what in _RECORDS and not value:
            return False
        if q.what == "date_order" and value not in DATE_ORDERS:
            return False
        if answer_of(self.mapping, q) == value:
            return False
        self.mapping = answered(self.mapping, q, value)
        self.remembered.discard(key(q))
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), ANSWER))
        self.answer_given.emit()
        return True

    # -- the words -------------------------------------------------------------------------

    def _field(self, q: Question) -> str:
        kind = _kind_where(self.plan, q) or _kind_of(self.plan, q.column)
        col = column_named(kind, q.column) if kind and q.column else None
        return field_label(col.field) if col is not None else q.column or self.tr("Any column")

    def asking(self, q: Question) -> str:
        """What is asked, in a few words ("Destinations: which State?")."""
        if q.what == "column":
            return self.tr("Which column is this?")
        if q.what == "date_order":
            return self.tr("In which order are the dates?")
        asks = {
            "state": self.tr("%1: which State?"),
            "person": self.tr("%1: which person?"),
            "situation": self.tr("%1: which situation?"),
            "case": self.tr("%1: which case?"),
        }.get(q.what, self.tr("%1: which value?"))
        return asks.replace("%1", self._field(q))

    def where(self, q: Question) -> str:
        """Where it is asked: the first cell ("Alerts, row 3"), how many cells; or that it was
        answered for a file of the same shape."""
        if not q.places:
            return self.tr("answered before, for a file with these columns")
        sheet, row, _ = q.places[0]
        parts = [isolated(sheet)] if sheet else []
        if row is not None:
            parts.append(
                QCoreApplication.translate("ImportDialog", "row %1").replace("%1", str(row))
            )  # as the problems say it
        where = comma().join(parts)
        if q.count > 1:
            where += " " + self.tr("(%n cell(s))", "", q.count)
        return where

    def choices(self, q: Question) -> list[tuple[str, str]]:
        """The answers offered, most likely first: (answer, label)."""
        if q.what == "date_order":
            return [
                (order, self._order_label(q.text, order)) for order in dict.fromkeys([*q.suggestions, *DATE_ORDERS])
            ]
        if q.what == "column":
            kind = _kind_where(self.plan, q)
            names = [*q.suggestions, *(c.name for c in COLUMNS[kind] if c.field != "id")] if kind else q.suggestions
            out = [(n, self._column_label(kind, n)) for n in dict.fromkeys(names)]
            return [*out, (IGNORED, self.tr("Ignore this column"))]
        if q.what == "value":
            kind = _kind_where(self.plan, q) or _kind_of(self.plan, q.column)
            col = column_named(kind, q.column) if kind else None
            rest = closed_choices(kind, col.field) if kind and col else ()
            return [(v, value_label(v)) for v in dict.fromkeys([*q.suggestions, *rest])]
        if q.what == "state":  # the United Nations' short names, in the window's language
            return [(name, country_name(name, current_language())) for name in dict.fromkeys(q.suggestions)]
        return [(name, name) for name in dict.fromkeys(q.suggestions)]

    def _column_label(self, kind: str | None, name: str) -> str:
        col = column_named(kind, name) if kind else None
        return f"{field_label(col.field)} ({isolated(name)})" if col is not None else name

    def _order_label(self, text: str, order: str) -> str:
        words = self.tr("Day first: %1") if order == DAY_FIRST else self.tr("Month first: %1")
        try:
            day = format_date(in_order(text, order))
        except (DateOrderProblem, DateError, ValueError):
            day = self.tr("not a date")
        return words.replace("%1", day)


class AnswerDelegate(QStyledItemDelegate):
    """The answer of a question chosen in a combo of its suggestions (a record's name may also be
    typed); the choice is given as soon as it is picked, Escape leaves the answer as it was."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("importAnswer")
        model = index.model()
        assert isinstance(model, QuestionsModel), "the delegate of the questions' table"
        question = model.questions[index.row()]
        combo.setEditable(question.what in _RECORDS)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for value, label in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, value)

        def picked(_: int) -> None:
            self.commitData.emit(combo)
            self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

        combo.activated.connect(picked)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        answer = index.data(Qt.ItemDataRole.EditRole)
        found = editor.findData(answer) if answer is not None else -1
        if found < 0 and answer and editor.isEditable():
            editor.setEditText(answer)
        else:
            editor.setCurrentIndex(found if found >= 0 else 0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        if editor.isEditable():  # a name offered (as the window writes it), or one typed
            text = editor.currentText().strip()
            found = editor.findText(text, Qt.MatchFlag.MatchFixedString)
            model.setData(index, editor.itemData(found) if found >= 0 else text, Qt.ItemDataRole.EditRole)
        elif editor.currentIndex() >= 0:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
