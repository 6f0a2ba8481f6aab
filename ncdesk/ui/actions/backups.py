"""Backups: now, every so often, at close; restoring one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QProgressDialog,
)

from ncdesk.store.file import backups
from ncdesk.store.file.errors import StoreError
from ncdesk.store.store import Store
from ncdesk.ui.formatting import error_text
from ncdesk.ui.operations import Context
from ncdesk.ui.signals import emit

if TYPE_CHECKING:  # the dialogs are imported when first opened (start-up is shorter)
    from ncdesk.ui.mainwindow import MainWindow
    from ncdesk.ui.safety import RestoreDialog


class BackupActions(QObject):
    """Backups: now, every so often, at close; restoring one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def backup_now(self) -> bool:
        """File ▸ Back up now: a checked copy made in a worker, the window live meanwhile."""
        try:
            self.w.store.require_writable()  # a read-only folder: refused at once, with the note
        except StoreError as exc:
            self.w.prompter.error(self.w, self.tr("No backup was made"), error_text(exc))
            return False

        def work(ctx: Context) -> str:
            return str(backups.make_backup(ctx.reader(), "manual").path)

        def done(path: str) -> None:
            self.w.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", path), 8000)
            emit(self.w.backup_made, path)

        def failed(exc: BaseException) -> None:
            self.w.statusBar().clearMessage()
            self.w.prompter.error(self.w, self.tr("No backup was made"), self.w._failure_text(exc))

        return self.w.operations.run("backup", work, done, failed, label=self.tr("Backing up…"))

    def periodic_backup(self) -> None:
        """Every so often, if something changed: an automatic backup, made off the GUI thread."""
        if self.w.store.is_locked or self.w.store.read_only:
            return
        if self.w.operations.writing() or not backups.needs_backup(self.w.store):
            return
        folder, clock = self.w.store.folder, self.w.store.clock

        def work() -> str:
            reader = Store.open_readonly(folder, clock)
            try:
                return str(backups.make_backup(reader, "auto").path)
            finally:
                reader.close()

        def done(path: str) -> None:
            emit(self.w.backup_made, path)

        def failed(exc: BaseException) -> None:  # shown, not modal: the work goes on
            self.w.statusBar().showMessage(
                self.tr("The automatic backup failed: %1").replace("%1", error_text(exc)), 15000
            )

        self.w.operations.run("auto backup", lambda _ctx: work(), done, failed, label=self.tr("Backing up…"))

    def open_restore(self) -> RestoreDialog:
        from ncdesk.ui.safety import RestoreDialog

        dialog = RestoreDialog(self.w.store, self.w.prompter, self.w)
        dialog.restored.connect(self._after_restore)
        dialog.open()
        return dialog

    def _after_restore(self, path: str) -> None:
        self.w.undo_stack.undo.clear()
        self.w.undo_stack.redo.clear()
        self.w.detail.show_record(None, None)
        self.w.refresh_all()
        self.w.dashboard.refresh()
        self.w.statusBar().showMessage(self.tr("Restored %1").replace("%1", Path(path).name), 8000)

    def _backup_on_close(self) -> None:
        """What changed in this session, kept: made in a worker, with a progress dialog."""
        if not backups.needs_backup(self.w.store):
            return
        dialog = QProgressDialog(self.tr("Backing up before closing…"), "", 0, 0, self.w)
        dialog.setObjectName("closingBackup")
        dialog.setWindowTitle(self.tr("Closing ncdesk"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.hide()
        soon = QTimer(dialog)  # shown if the backup takes more than a moment
        soon.setSingleShot(True)
        soon.timeout.connect(dialog.show)
        soon.start(300)
        try:
            self.w.operations.run_and_wait(
                "backup at close", lambda ctx: backups.auto_backup(ctx.reader()), label=self.tr("Backing up…")
            )
        except Exception as exc:  # noqa: BLE001 - said, and the window closes
            soon.stop()
            dialog.close()
            self.w.prompter.error(self.w, self.tr("No backup was made on closing"), self.w._failure_text(exc))
        soon.stop()
        dialog.close()
