"""File ▸ Import…: choose a file, see every row and what is wrong with it, answer what the file
does not say (ncdesk.ui.import_mapping), then import all or nothing; and the CSV and Excel
exports and templates.

The preview and the import run in a worker thread on a second connection to the database
(the window's connection belongs to the GUI thread), so the window stays responsive and the
progress bar moves. Nothing is written until Import is pressed, and then only if no row has
a problem (the rows are checked again inside the import's transaction).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ncdesk.io import tabular
from ncdesk.io.import_plan import ImportPlan, SectionPlan
from ncdesk.io.importing import (
    ImportRejected,
    Mapping,
    apply,
    mapping_for,
    read,
    rehearse,
    remember_mapping,
)
from ncdesk.io.readers_tables import Problem
from ncdesk.store.file.errors import StoreError
from ncdesk.store.file.history import Batch
from ncdesk.store.store import Store
from ncdesk.ui.formatting import IsolatingDelegate, error_text, isolated, message_text
from ncdesk.ui.i18n import colon, comma
from ncdesk.ui.import_mapping import ANSWER, AnswerDelegate, QuestionsModel
from ncdesk.ui.labels import kind_label, kind_noun
from ncdesk.ui.prompts import Prompter
from ncdesk.ui.signals import emit
from ncdesk.ui.workers import Runner

AnyIndex = QModelIndex | QPersistentModelIndex
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
_PROBLEM_BACKGROUND = QColor("#fde2e1")
_PROBLEM_CELL = QColor("#f4aaa6")
_DONE_FOREGROUND = QColor("#5f6b7a")
# The counts of a complete export's table, in the preview's columns after the table's name.
_TABLE_COUNTS = ("add", "updated", "unchanged", "kept", "rejected")


def problem_message(p: Problem) -> str:
    """A problem of the file in the window's language: the column it is in, what is wrong."""
    text = (
        QCoreApplication.translate("ImportDialog", "required") if p.message == "required" else message_text(p.message)
    )
    return f"{p.field}{colon()}{text}" if p.field else text


class PreviewModel(QAbstractTableModel):
    """The rows of one sheet of the file with what the import does with each; for a complete
    export, one row per table with its counts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.section: SectionPlan | None = None
        self._tables: list[tuple[str, dict[str, int]]] = []

    def show(self, plan: ImportPlan | None, section: SectionPlan | None) -> None:
        self.beginResetModel()
        self.plan, self.section = plan, section
        self._tables = list(plan.table_counts.items()) if plan is not None and plan.format == "export" else []
        self.endResetModel()

    def _width(self) -> int:
        return max((len(r.cells) for r in self.section.rows), default=0) if self.section else 0

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._tables) if self._tables else len(self.section.rows) if self.section else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        if self._tables:
            return len(_TABLE_COUNTS) + 1
        return 2 + max(len(self.section.header), self._width()) if self.section else 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if self._tables:
            return [
                self.tr("Table"),
                self.tr("To add"),
                self.tr("To update"),
                self.tr("Already recorded"),
                self.tr("Kept (newer here)"),
                self.tr("With problems"),
            ][section]
        if section == 0:
            return self.tr("Row")
        if section == 1:
            return self.tr("Import")
        header = self.section.header if self.section else []
        return header[section - 2] if section - 2 < len(header) else ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911 - Qt's data(): a return per role and column
        if not index.isValid():
            return None
        if self._tables:
            table, counts = self._tables[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return table if index.column() == 0 else counts.get(_TABLE_COUNTS[index.column() - 1], 0)
            if role == Qt.ItemDataRole.BackgroundRole and counts.get("rejected"):
                return QBrush(_PROBLEM_BACKGROUND)
            return None
        assert self.section is not None
        row = self.section.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.number
            if col == 1:
                return {
                    "add": self.tr("to add"),
                    "unchanged": self.tr("already recorded"),
                    "rejected": self.tr("%n problem(s)", "", len(row.problems)),
                    "unchecked": self.tr("not checked"),
                }[row.action]
            text = row.cells[col - 2] if col - 2 < len(row.cells) else ""
            return text if len(text) <= 200 else text[:200] + "…"
        if role == Qt.ItemDataRole.BackgroundRole and row.problems:
            column = self.section.header[col - 2] if 2 <= col < len(self.section.header) + 2 else None
            wrong = column is not None and any(column in (p.field or "").split(", ") for p in row.problems)
            return QBrush(_PROBLEM_CELL if wrong else _PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row.action == "unchanged":
            return QBrush(_DONE_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and row.problems:
            return "\n".join(problem_message(p) for p in row.problems)
        if role == PROBLEM_ROLE:
            return len(row.problems)
        return None

    def row_of(self, number: int) -> int | None:
        if self.section is None:
            return None
        return next((i for i, r in enumerate(self.section.rows) if r.number == number), None)


class _Progress(QObject):
    moved = Signal(int, int)  # done, total


class ImportDialog(QDialog):
    """Choose a file, see its rows and their problems, import all or nothing."""

    previewed = Signal(object)  # ImportPlan
    imported = Signal(int)  # records added
    template_saved = Signal(str)  # path

    def __init__(self, store: Store, prompter: Prompter, parent: QWidget | None = None) -> None:  # noqa: PLR0915 - a window built in one place: a statement per widget and connection
        super().__init__(parent)
        self.store = store
        self.prompter = prompter
        self.runner = Runner(self)
        self.plan: ImportPlan | None = None
        self.path: Path | None = None
        self._offer = True  # the next preview offers the answers kept for files of the same shape
        self._again = False  # previewed again when the work in progress is done
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import records"))
        self.resize(1100, 680)

        self.file_label = QLabel(self.tr("Choose a CSV, Excel (.xlsx) or JSON file."), self)
        self.file_label.setObjectName("importFile")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(self.choose_file)
        self.kind = QComboBox(self)
        self.kind.setObjectName("importKind")
        self.kind.addItem(self.tr("Kind: from the file"), None)
        for k in tabular.KINDS:
            self.kind.addItem(kind_label(k, plural=True), k)
        self.kind.currentIndexChanged.connect(lambda _=None: self.reload())
        self.template_button = QPushButton(self.tr("Save a template…"), self)
        self.template_button.setObjectName("saveTemplate")
        self.template_button.clicked.connect(lambda: self.save_template())
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.kind)
        top.addWidget(self.choose_button)
        top.addWidget(self.template_button)

        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.sections = QComboBox(self)
        self.sections.setObjectName("importSections")
        self.sections.currentIndexChanged.connect(self._show_section)
        self.sections.hide()

        self.model = PreviewModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("importPreview")
        self.table.setModel(self.model)
        self.table.setItemDelegate(IsolatingDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.problems = QListWidget(self)
        self.problems.setObjectName("importProblems")
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("importProblemsLabel")
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.problems_label)
        below_layout.addWidget(self.problems)

        # The mapping step: what the file does not say, asked; each answer previews the file again.
        self.questions = QuestionsModel(self)
        self.questions.answer_given.connect(self._answered)
        self.questions_view = QTableView(self)
        self.questions_view.setObjectName("importQuestions")
        self.questions_view.setModel(self.questions)
        self.questions_view.setItemDelegate(IsolatingDelegate(self.questions_view))
        self.questions_view.setItemDelegateForColumn(ANSWER, AnswerDelegate(self.questions_view))
        self.questions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.questions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questions_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.questions_view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.questions_view.verticalHeader().hide()
        self.questions_view.horizontalHeader().setStretchLastSection(True)
        self.questions_label = QLabel(self)
        self.questions_label.setObjectName("importQuestionsLabel")
        self.questions_label.setWordWrap(True)
        self.questions_label.setBuddy(self.questions_view)
        self.questions_box = QWidget(self)
        questions_layout = QVBoxLayout(self.questions_box)
        questions_layout.setContentsMargins(0, 0, 0, 0)
        questions_layout.addWidget(self.questions_label)
        questions_layout.addWidget(self.questions_view)
        self.questions_box.hide()
        self._answering = False

        self.split = split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.questions_box)
        split.addWidget(below)
        split.setSizes([440, 0, 160])
        QWidget.setTabOrder(self.table, self.questions_view)  # the questions before the problems
        QWidget.setTabOrder(self.questions_view, self.problems)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.sections)
        layout.addWidget(split, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # -- choosing and previewing ----------------------------------------------------------

    def choose_file(self) -> None:
        files = self.prompter.open_files(self, self.tr("Import records from a file"))
        if files:
            self.load(files[0])

    def load(self, path: Path) -> None:
        self.path = Path(path)
        self.file_label.setText(str(self.path))
        self.questions.clear()  # a new file: its own answers (and those kept for its shape, offered)
        self._offer = True
        self.reload()

    def reload(self) -> None:
        if self.path is None:
            return
        if self.runner.busy():
            self._again = True  # an answer given meanwhile: previewed when this work is done
            return
        self._again = False
        path, kind, store, progress = self.path, self.kind.currentData(), self.store, self._progress
        mapping, offer = self.questions.mapping, self._offer

        def work() -> tuple[ImportPlan, Mapping | None]:
            writer = store.open_writer()
            try:
                plan = read(path, kind, mapping=mapping)
                remembered = mapping_for(writer, plan) if offer and plan.format not in ("", "export") else None
                if remembered is not None:
                    plan.mapping = remembered.merged(mapping)
                rehearse(writer, plan, commit=False, progress=lambda n, total: emit(progress.moved, n, total))
                return plan, remembered
            finally:
                writer.close()

        self._show(None)
        self._busy(self.tr("Checking %1…").replace("%1", path.name), determinate=False)
        self.runner.run(work, self._previewed, self._failed)

    def _previewed(self, result: tuple[ImportPlan, Mapping | None]) -> None:
        plan, remembered = result
        self._idle()
        if plan.kind != self.kind.currentData() or self._again:  # the kind or an answer changed meanwhile
            if remembered is not None:
                self.questions.offer(remembered, plan)
            self._offer = False
            self.reload()
            return
        if remembered is not None:
            self.questions.offer(remembered, plan)
        self._offer = False
        self.questions.show(plan)
        self._show(plan)
        emit(self.previewed, plan)

    def _answered(self) -> None:
        """An answer was given: the file is previewed again with the answers (the next question then
        has the keyboard)."""
        self._answering = True
        self.reload()

    def _show_questions(self) -> None:
        model, view = self.questions, self.questions_view
        if model.rowCount() and self.questions_box.isHidden():  # room for the questions: they come first
            self.questions_box.show()
            total = sum(self.split.sizes())
            self.split.setSizes([total * 2 // 5, total * 2 // 5, total - total * 4 // 5])
        self.questions_box.setVisible(model.rowCount() > 0)
        count = model.open_count()
        self.questions_label.setText(
            self.tr("&Questions: %n to answer before the import (choose in the Answer column)", "", count)
            if count
            else self.tr("&Questions: all answered (once imported, the answers are kept for files with these columns)")
        )
        view.resizeColumnsToContents()
        for c in range(model.columnCount() - 1):
            view.setColumnWidth(c, min(view.columnWidth(c), 320))
        row = model.first_open()
        if row is not None:
            view.setCurrentIndex(model.index(row, ANSWER))
        if self._answering:
            self._answering = False
            view.setFocus()

    def reject(self) -> None:
        if self.runner.busy():  # an import cannot be left half-way: it finishes, or nothing is written
            self.status.setText(self.tr("Wait until the work in progress finishes."))
            return
        super().reject()

    def _show(self, plan: ImportPlan | None) -> None:
        self.plan = plan
        self.sections.blockSignals(True)
        self.sections.clear()
        for s in plan.sections if plan else []:
            label = kind_label(s.kind, plural=True)
            where = f"{s.title}: " if s.title and s.title not in (label, tabular.sheet_name(s.kind)) else ""
            text = self.tr("%1%2 (%n row(s))", "", len(s.rows)).replace("%1", where).replace("%2", label)
            self.sections.addItem(text)
        self.sections.setVisible(bool(plan and len(plan.sections) > 1))
        first_bad = next((i for i, s in enumerate(plan.sections) if any(r.problems for r in s.rows)), 0) if plan else 0
        self.sections.setCurrentIndex(first_bad if plan and plan.sections else -1)
        self.sections.blockSignals(False)
        self._show_section()
        self.problems.clear()
        for p in plan.problems if plan else []:
            item = QListWidgetItem(self._problem_text(p), self.problems)
            item.setData(Qt.ItemDataRole.UserRole, (p.sheet, p.row))
        # The problems of the cells asked about go with the answers; the others, with the file.
        count = len(plan.problems) if plan else 0
        others = len([p for p in plan.problems if all(p is not a for a in plan.asked)]) if plan else 0
        self.problems_label.setText(
            self.tr("%n problem(s): correct them in the file, then choose it again", "", others)
            if others
            else self.tr("%n cell(s) wait for the answers above", "", count)
            if count
            else self.tr("No problem found.")
            if plan
            else ""
        )
        if plan is not None:
            self._show_questions()
        if plan is None:
            self.summary.setText("")
        elif plan.questions and not others:
            self.summary.setText(
                self.tr("%1. Answer the questions below, then import.").replace("%1", self.plan_summary(plan))
            )
        elif plan.problems:
            self.summary.setText(
                self.tr("%1. Nothing can be imported until every problem below is corrected in the file.").replace(
                    "%1", self.plan_summary(plan)
                )
            )
        else:
            self.summary.setText(self.plan_summary(plan) + "." + ("".join(f"\n{message_text(n)}" for n in plan.notes)))
        self.import_button.setEnabled(bool(plan and plan.ok and plan.writes()))

    def plan_summary(self, plan: ImportPlan) -> str:
        """What the file holds and what the import does with it, in the window's language
        ("alerts.csv : alertes de voyage : 1 à ajouter")."""
        parts = []
        for kind, c in plan.counts().items():
            if plan.format == "export" and not any(c.values()):
                continue
            bits = [self.tr("%n to add", "", c.get("add", 0))]
            if c.get("updated"):
                bits.append(self.tr("%n to update", "", c["updated"]))
            if c.get("unchanged"):
                bits.append(self.tr("%n already recorded", "", c["unchanged"]))
            if c.get("kept"):
                bits.append(self.tr("%n kept (newer here)", "", c["kept"]))
            if c.get("rejected"):
                bits.append(self.tr("%n with problems", "", c["rejected"]))
            if c.get("unchecked"):
                bits.append(self.tr("%n not checked", "", c["unchecked"]))
            parts.append(kind_noun(kind, plural=True) + colon() + comma().join(bits))
        what = self.tr("; ").join(parts) if parts else self.tr("nothing to import")
        problems = self.tr("; %n problem(s)", "", len(plan.problems)) if plan.problems else ""
        return f"{isolated(plan.name)}{colon()}{what}{problems}"  # a Latin file name does not turn Arabic LTR

    def totals(self, plan: ImportPlan) -> str:
        """A complete export's outcome, in the window's language ("12 added, 1 updated, 1001
        unchanged (incl. reference), 1 kept (local newer)")."""
        return comma().join(
            [
                self.tr("%n added", "", plan.total("add")),
                self.tr("%n updated", "", plan.total("updated")),
                self.tr("%n unchanged (incl. reference)", "", plan.total("unchanged")),
                self.tr("%n kept (local newer)", "", plan.total("kept")),
            ]
        )

    def _problem_text(self, p: Problem) -> str:
        parts = []
        if p.sheet:
            parts.append(isolated(p.sheet))
        if p.row is not None:
            parts.append(self.tr("row %1").replace("%1", str(p.row)))
        where = comma().join(parts)
        what = problem_message(p)
        return f"{where} — {what}" if where else what

    def _show_section(self, _: int = 0) -> None:
        plan = self.plan
        index = self.sections.currentIndex()
        section = plan.sections[index] if plan and 0 <= index < len(plan.sections) else None
        self.model.show(plan, section)
        self.table.resizeColumnsToContents()
        for c in range(self.model.columnCount()):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 260))

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        sheet, number = item.data(Qt.ItemDataRole.UserRole)
        if self.plan is None or number is None:
            return
        for i, s in enumerate(self.plan.sections):
            if s.title == sheet:
                self.sections.setCurrentIndex(i)
                break
        row = self.model.row_of(number)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- importing ------------------------------------------------------------------------

    def start_import(self) -> None:
        plan = self.plan
        if plan is None or not plan.ok or self.runner.busy():
            return
        store, progress = self.store, self._progress

        mapping = plan.mapping

        def work() -> tuple[ImportPlan, list[Batch]]:
            writer = store.open_writer()
            batches: list[Batch] = []
            writer.listeners.append(batches.append)
            try:
                done = apply(writer, plan, progress=lambda n, total: emit(progress.moved, n, total))
                if done.writes() and (mapping.columns or mapping.values or mapping.states):
                    remember_mapping(writer, done, mapping)  # offered again for a file of the same shape
            finally:
                writer.close()
            return done, batches

        self._busy(self.tr("Importing %1…").replace("%1", plan.name), determinate=True)
        self.runner.run(work, self._imported, self._failed)

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _imported(self, result: tuple[ImportPlan, list[Batch]]) -> None:
        done, batches = result
        for batch in batches:  # the import was written on another connection: tell the window's listeners
            self.store.announce(batch)
        added = done.total("add")
        if done.format == "export":  # a complete export merges: what became of its rows
            self._idle(
                self.tr("Imported: %1. Edit ▸ Undo takes the whole import back.").replace("%1", self.totals(done))
            )
        else:
            self._idle(self.tr("Imported %n record(s). Edit ▸ Undo takes the whole import back.", "", added))
        self.plan = None
        self.import_button.setEnabled(False)
        emit(self.imported, added)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportRejected) and self.plan is not None:
            # The database changed since the preview: what is wrong now.
            self.plan.problems[:] = exc.problems
            self._idle(self.tr("Nothing was imported: the records changed since the preview."))
            self._show(self.plan)
            emit(self.previewed, self.plan)
            return
        message = (
            error_text(exc) if isinstance(exc, StoreError | OSError | ValueError) else f"{type(exc).__name__}: {exc}"
        )
        self._idle(message)
        self.prompter.error(self, self.tr("The import did not run"), message)

    def _busy(self, text: str, *, determinate: bool) -> None:
        self.status.setText(text)
        self.progress.setRange(0, 0 if not determinate else 1)
        self.progress.setValue(0)
        self.progress.show()
        for w in (self.import_button, self.choose_button, self.kind, self.template_button, self.questions_view):
            w.setEnabled(False)

    def _idle(self, text: str = "") -> None:
        self.status.setText(text)
        self.progress.hide()
        for w in (self.choose_button, self.kind, self.template_button, self.questions_view):
            w.setEnabled(True)

    # -- templates ------------------------------------------------------------------------

    def save_template(self, kind: str | None = None) -> Path | None:
        """Save the template of *kind* (default: the kind chosen, or of the file shown)."""
        kind = kind or self.kind.currentData()
        if kind is None and self.plan is not None and self.plan.sections:
            kind = self.plan.sections[0].kind
        return save_template(self, self.prompter, kind or "travel_alert", self.template_saved)


def save_template(parent: QWidget, prompter: Prompter, kind: str, saved: Any = None) -> Path | None:
    label = tabular.sheet_name(kind)
    suggested = str(Path.home() / f"ncdesk-template-{label.lower().replace(' ', '-')}.xlsx")
    target = prompter.save_file(
        parent,
        QCoreApplication.translate("ImportDialog", "Save the import template of %1").replace(
            "%1", kind_noun(kind, plural=True)
        ),
        suggested,
        QCoreApplication.translate("ImportDialog", "Excel workbook (*.xlsx);;CSV (*.csv)"),
    )
    if target is None:
        return None
    if target.suffix.lower() not in (".csv", ".xlsx"):
        target = target.with_name(target.name + ".xlsx")
    try:
        tabular.write_template(kind, target)
    except OSError as exc:
        prompter.error(
            parent, QCoreApplication.translate("ImportDialog", "The template could not be written"), str(exc)
        )
        return None
    if saved is not None:
        emit(saved, str(target))
    return target


def export_tables(store: Store, target: Path, kinds: list[str], marking: str | None = None) -> dict[str, int]:
    """The work of an export as CSV (one kind) or Excel (a sheet per kind, *marking* on every
    printed page), for a worker thread."""
    reader = Store.open_readonly(store.folder)
    try:
        if target.suffix.lower() == ".csv":
            return {kinds[0]: tabular.write_csv(reader, kinds[0], target)}
        return tabular.write_xlsx(reader, target, kinds, marking)
    finally:
        reader.close()


def suggested_name(kind: str | None, suffix: str) -> str:
    what = tabular.sheet_name(kind).lower().replace(" ", "-") if kind else "records"
    return str(Path.home() / f"ncdesk-{what}-{dt.date.today().isoformat()}{suffix}")
