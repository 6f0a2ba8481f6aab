"""Backups and restore from the window, the damaged-database dialog at start, and the history
of a record as the detail pane shows it."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any, Protocol

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ncdesk.core.forms import FORMS, FieldType
from ncdesk.core.text import QT_TRANSLATE_NOOP, fill, said
from ncdesk.store.file import backups
from ncdesk.store.file.backups import BackupInfo, Verified
from ncdesk.store.file.errors import DatabaseDamagedError, RecoveryPendingError
from ncdesk.store.file.history import Change
from ncdesk.store.records.lookup import title_of
from ncdesk.store.store import Store
from ncdesk.ui.formatting import cells, failure_text, format_value, isolated, message_text
from ncdesk.ui.i18n import colon
from ncdesk.ui.labels import change_text, field_label
from ncdesk.ui.signals import emit
from ncdesk.ui.workers import Runner


class Asks(Protocol):
    """What the restore dialog asks through the window's `ui/prompts.Prompter` (which is this, without
    saying so: the prompter imports this module for its damaged-database question, so this module
    does not import the prompter, even for its type)."""

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool: ...

    def error(self, parent: QWidget | None, title: str, text: str) -> None: ...


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)


KIND_LABELS = {
    "auto": QT_TRANSLATE_NOOP("safety", "automatic"),
    "manual": QT_TRANSLATE_NOOP("safety", "made by you"),
    "before-restore": QT_TRANSLATE_NOOP("safety", "before a restore"),
    backups.DAMAGED: QT_TRANSLATE_NOOP("safety", "moved aside as damaged"),
}
KEPT_LABELS = {
    backups.KEPT_RECOVERY: QT_TRANSLATE_NOOP("safety", "kept: named for recovery"),
    backups.KEPT_LACKING: QT_TRANSLATE_NOOP("safety", "kept: holds records the database lacks"),
}


def kind_text(kind: str) -> str:
    if kind in KIND_LABELS:
        return translate("safety", str(KIND_LABELS[kind]))  # str: PySide6 types the NOOP as object
    if kind.startswith("before-m"):
        return translate("safety", "before an upgrade")
    return kind


def _local_time(when: dt.datetime) -> str:
    """Day, month and time in the window's language."""
    from PySide6.QtCore import QDateTime, QLocale

    local = when.astimezone()
    stamp = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    return QLocale().toString(stamp, "d MMM yyyy HH:mm")


def size_text(n: int) -> str:
    """A file's size in the window's language: "2.0 MB", "2,0 Mo"."""
    if n >= 100_000:
        return translate("safety", "%1 MB").replace("%1", QLocale().toString(n / 1_000_000, "f", 1))
    return translate("safety", "%1 kB").replace("%1", QLocale().toString(max(n, 1) / 1000, "f", 0))


def when_text(info: BackupInfo) -> str:
    return _local_time(info.at)


class RestoreDialog(QDialog):
    """The backups, newest first, each checked; restore the chosen one (after backing up)."""

    restored = Signal(str)  # the backup's path
    checked = Signal()  # the backups are listed and checked (in a worker)

    def __init__(self, store: Store, prompter: Asks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompter = prompter
        self.runner = Runner(self)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(760, 460)
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. What is in ncdesk now is backed up first, so a restore "
                "can itself be undone by restoring that copy."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size"), self.tr("Check")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.itemDoubleClicked.connect(lambda _item: self.start_restore())
        self.status = QLabel(self)
        self.status.setObjectName("restoreStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.start_restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.found: list[tuple[BackupInfo, Verified]] = []
        self.reload()

    def reload(self, said: str = "") -> None:
        """The backups, then the copies moved aside as damaged (one may still be sound, e.g.
        when only its -wal went missing), each checked — in a worker, a hundred megabytes each
        at 10× the record; the ones kept for safety say so."""
        self.is_checked = False
        folder, key = self.store.folder, self.store.key

        def work() -> tuple[list[tuple[BackupInfo, Verified]], dict[Any, Any]]:
            found = [(b, backups.verify(b.path, key)) for b in backups.list_copies(folder)]
            reader = Store.open_readonly(folder, self.store.clock)
            try:
                return found, backups.kept_for_safety(folder, reader.db.conn, key)
            finally:
                reader.close()

        self.progress.show()
        self.status.setText(said or self.tr("Checking the backups…"))
        self.runner.run(work, lambda result: self._show_checked(result, said), self._check_failed)

    def _check_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.status.setText(failure_text(exc, self.store.path))
        self.is_checked = True
        emit(self.checked)

    def _show_checked(self, result: tuple[list[tuple[BackupInfo, Verified]], dict[Any, Any]], said: str) -> None:
        self.found, kept = result
        self.progress.hide()
        self.status.setText(said)
        self.table.setRowCount(len(self.found))
        for row, (b, checked) in enumerate(self.found):
            check = (
                self.tr("sound, %n record(s)", "", checked.records)
                if checked.ok
                else self.tr("NOT USABLE: ") + message_text(checked.message)
            )
            if kept.get(b.path) in KEPT_LABELS:
                check += " — " + translate("safety", str(KEPT_LABELS[kept[b.path]]))
            for col, text in enumerate((when_text(b), self.tr(kind_text(b.kind)), size_text(b.size), check)):
                item = QTableWidgetItem(text)
                item.setToolTip(str(b.path))
                if not checked.ok:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        if not self.found:
            self.status.setText(self.tr("There are no backups yet. File ▸ Back up now makes one."))
        self.is_checked = True
        emit(self.checked)

    def chosen(self) -> tuple[BackupInfo, Verified] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None

    def _selection(self) -> None:
        chosen = self.chosen()
        self.restore_button.setEnabled(bool(chosen and chosen[1].ok) and not self.progress.isVisible())

    def start_restore(self) -> None:
        chosen = self.chosen()
        if chosen is None or not chosen[1].ok:
            return
        info, _ = chosen
        if info.kind == backups.DAMAGED:
            question = self.tr(
                "Go back to the copy moved aside as damaged on %1? It passed its check. Everything in ncdesk now "
                "will be replaced; the present database is backed up first, and the copy stays where it is."
            ).replace("%1", when_text(info))
        else:
            question = self.tr(
                "Go back to the backup of %1? Everything recorded since then will be replaced; the present "
                "database is backed up first."
            ).replace("%1", when_text(info))
        if not self.prompter.confirm(self, self.tr("Restore a backup"), question):
            return
        self.progress.show()
        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("Restoring…"))
        store = self.store

        def work() -> BackupInfo:
            # On a connection of its own (SQLite's backup API writes into it): the window stays live.
            writer = store.open_writer()
            try:
                return backups.restore(writer, info.path)
            finally:
                writer.db.close()

        def failed(exc: BaseException) -> None:
            self.progress.hide()
            text = failure_text(exc, store.path)
            self.status.setText(text)
            self.prompter.error(self, self.tr("The backup was not restored"), text)

        def done(before: BackupInfo) -> None:
            store.forget_schema()  # the restored database may be of an older schema, now migrated
            self.progress.hide()
            self.reload(
                self.tr("Restored the backup of %1. The database as it was is kept in %2.")
                .replace("%1", when_text(info))
                .replace("%2", before.path.name)
            )
            emit(self.restored, str(info.path))

        self.runner.run(work, done, failed)


def damaged_box(
    err: DatabaseDamagedError | RecoveryPendingError, parent: QWidget | None = None
) -> tuple[QMessageBox, QPushButton | None, QPushButton, QPushButton]:
    """The damaged-database question (not shown): the box and its buttons restore (None without a
    backup), new and quit. Restoring the named backup comes first (the default); a new, empty
    database is an explicit second choice, never the default."""
    box = QMessageBox(parent)
    box.setObjectName("damagedDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    if isinstance(err, RecoveryPendingError):
        box.setWindowTitle(translate("safety", "The database was moved aside"))
    else:
        box.setWindowTitle(translate("safety", "The database is damaged"))
    box.setText(message_text(said(err)))
    restore = None
    if err.backup is not None:
        info = next((b for b in backups.list_backups(err.backup.parent.parent) if b.path == err.backup), None)
        made = when_text(info) if info else err.backup.name
        question = translate(
            "safety",
            "The last good backup is from %1. Restore it (recommended), or start with a new, empty database?",
        ).replace("%1", made)
        restore = box.addButton(translate("safety", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("restoreBackupButton")
    else:
        question = translate(
            "safety", "There is no good backup. Start with a new, empty database, or quit and look for a copy?"
        )
    box.setInformativeText(question)  # the text says where the damaged copy was moved
    new = box.addButton(translate("safety", "Start a new database"), QMessageBox.ButtonRole.DestructiveRole)
    new.setObjectName("newDatabaseButton")
    quit_button = box.addButton(translate("safety", "Quit"), QMessageBox.ButtonRole.RejectRole)
    quit_button.setObjectName("quitButton")
    box.setDefaultButton(restore or quit_button)
    box.setEscapeButton(quit_button)
    return box, restore, new, quit_button


def damaged_choice(err: DatabaseDamagedError | RecoveryPendingError, parent: QWidget | None = None) -> str:
    """Ask what to do about a database moved aside (now, or earlier): 'restore', 'new' or 'quit'."""
    box, restore, new, _quit = damaged_box(err, parent)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return "restore"
    return "new" if clicked is new else "quit"


# --- the history of a record -----------------------------------------------------------------


def _value(store: Store, kind: str, name: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    spec = next((f for f in FORMS[kind].fields if f.name == name), None) if kind in FORMS else None
    if spec is not None and spec.type is FieldType.REF and isinstance(value, str):
        record = store.get(spec.ref_kind, value, include_deleted=True)
        if record is not None:
            title = title_of(spec.ref_kind, record)
            return format_value(title) if spec.ref_kind == "state" else title  # a State in the language
    text = str(format_value(value))
    return text if len(text) <= 80 else text[:79] + "…"


def _local_stamp(stamp: str) -> str:
    """A stored UTC timestamp (2026-11-23T09:00:00.000Z) as local date and time."""
    try:
        when = dt.datetime.strptime(stamp[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.UTC)
    except ValueError:
        return stamp
    return _local_time(when)


def _export_details(store: Store, record_id: str) -> str:
    """Where an export went and under which marking (its label says what and in which format)."""
    from ncdesk.store.records.exports import get_export

    record = get_export(store, record_id)
    if record is None:
        return translate("safety", "exported")
    marked = (
        translate("safety", "marked %1").replace("%1", isolated(record.marking))
        if record.marking
        else translate("safety", "no marking")
    )
    return f"{isolated(record.target)} — {marked}"


def history_html(store: Store, kind: str, changes: list[Change], limit: int = 25) -> str:
    """The record's changes, newest first, grouped by what was done; all text escaped."""
    if not changes:
        return ""
    groups: list[tuple[Change, list[Change]]] = []
    for c in changes:  # one group per thing done; a change made outside ncdesk stands alone
        if groups and c.batch_id is not None and groups[-1][0].batch_id == c.batch_id:
            groups[-1][1].append(c)
        else:
            groups.append((c, [c]))
    rows = []
    for first, items in groups[:limit]:
        when = _local_stamp(first.at)
        what = change_text(first.label) if first.label else translate("safety", "changed outside ncdesk")
        details = []
        for c in items:
            if c.table == "export_record":
                details.append(_export_details(store, c.record_id))
            elif c.action == "insert":
                details.append(translate("safety", "created"))
            elif c.action == "delete":
                details.append(translate("safety", "removed"))
            elif c.field == "deleted_at":
                details.append(translate("safety", "deleted") if c.new else translate("safety", "restored"))
            elif c.field:
                old, new = _value(store, kind, c.field, c.old), _value(store, kind, c.field, c.new)
                details.append(f"{field_label(c.field)}{colon()}{isolated(old)} → {isolated(new)}")
        who = f" — {isolated(first.who)}" if first.who else ""
        done = (
            f'<td>{html.escape(isolated(what))}<span class="note">{html.escape(who)}</span><br>'
            f'<span class="src">{"<br>".join(html.escape(d) for d in details)}</span></td>'
        )
        rows.append("<tr>" + cells(f'<td class="when">{html.escape(when)}</td>', done) + "</tr>")
    more = len(groups) - limit
    earlier = translate("safety", "and %n earlier change(s)").replace("%n", QLocale().toString(more))
    tail = f'<p><span class="note">{html.escape(earlier)}</span></p>' if more > 0 else ""
    tail += _conflicts_html(store, kind, changes[0].record_id)
    title = translate("safety", "History")
    return f'<h3>{html.escape(title)}</h3><table class="chrono">{"".join(rows)}</table>{tail}'


def _conflicts_html(store: Store, kind: str, record_id: str) -> str:
    """The conflicts decided on the record when packages were received: both values, which was
    kept (the other one stays visible here)."""
    from ncdesk.store.records import exchange

    decided = exchange.conflicts_of(store, record_id)
    if not decided:
        return ""
    rows = []
    for c in reversed(decided):
        mine, theirs = _value(store, kind, c["field"], c["mine"]), _value(store, kind, c["field"], c["theirs"])
        who = c["from"] or translate("safety", "a contact")
        if c["kept"] == "mine":
            wording = translate("safety", "%1: kept ours, %2; not kept, %3's %4")
        else:
            wording = translate("safety", "%1: took %3's %4; ours was %2")
        text = fill(wording, (field_label(c["field"]), isolated(mine), isolated(who), isolated(theirs)))
        rows.append("<tr>" + cells(f'<td class="when">{html.escape(_local_stamp(c["at"]))}</td>',
                                   f"<td>{html.escape(text)}</td>") + "</tr>")  # fmt: skip
    title = translate("safety", "Conflicts decided")
    return f'<h3>{html.escape(title)}</h3><table class="chrono">{"".join(rows)}</table>'
