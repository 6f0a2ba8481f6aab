"""Encryption and the idle lock: encrypt, change the passphrase, decrypt (in a worker), lock and
unlock."""

from __future__ import annotations

import datetime as dt
import html
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QProgressDialog,
)

from ncdesk.store.file import backups
from ncdesk.store.file.errors import StoreError
from ncdesk.ui.formatting import error_text, message_text
from ncdesk.ui.operations import Context
from ncdesk.ui.security import lock_minutes

if TYPE_CHECKING:  # the dialogs are imported when first opened (start-up is shorter)
    from ncdesk.ui.mainwindow import MainWindow


class SecurityActions(QObject):
    """Encryption and the idle lock: encrypt, change the passphrase, decrypt (in a worker), lock and
    unlock."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.converting = False  # an encryption change runs: the database is closed meanwhile
        self.result: Any = None  # what the last encryption change reported

    def encrypted(self) -> bool:
        return self.w.store.key is not None or self.w.store.is_locked

    def _arm_idle_lock(self) -> None:
        self.w.idle.set_minutes(lock_minutes(self.w.settings) if self.encrypted() else 0)

    def _convert(self, title: str, work: Any) -> bool:
        """Run an encryption change, *work(store, progress)*, in a worker on a connection of its
        own: the window's is closed meanwhile, the records leave the screen, the window stays
        live with the progress in a dialog, and nothing else can start."""
        self.w.backup_timer.stop()
        self.w.exchange_timer.stop()
        self.w.exchange_soon.stop()
        self.w._quiesce()
        store = self.w.store
        dialog = QProgressDialog(title, "", 0, 0, self.w)
        dialog.setObjectName("conversionProgress")
        dialog.setWindowTitle(title)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # at once: the records leave the screen, and this says why
        self.converting = True
        self._lock_actions(True)
        self.w.working_panel.setText(
            f"<h2>{html.escape(title)}</h2><p>"
            + html.escape(self.tr("The records are shown again when it is done. Do not switch the computer off."))
            + "</p>"
        )
        self.w.central.setCurrentWidget(self.w.working_panel)
        self.w.locked_panel.setEnabled(False)
        dialog.setMinimumWidth(420)
        store.suspend()

        def job(ctx: Context) -> tuple[Any, BaseException | None, Any]:
            writer = store.open_writer()
            try:
                try:
                    result = work(writer, ctx.progress)
                except BaseException as exc:  # noqa: BLE001 - reported once the window's connection is back
                    return None, exc, writer.key
                return result, None, writer.key
            finally:
                writer.db.close()

        def said(text: str, done: int, total: int) -> None:
            dialog.setLabelText(text)
            self.w.statusBar().showMessage(text)

        try:
            result, error, key = self.w.operations.run_and_wait(
                "encryption", job, label=title, writes=True, progress=said
            )
        except BaseException as exc:  # noqa: BLE001 - the worker itself failed to open the database
            result, error, key = None, exc, store.key
        store.resume(key)  # the window's connection again, under the key the database now has
        dialog.close()
        self.converting = False
        self.w.locked_panel.setEnabled(True)
        self.w.central.setCurrentWidget(self.w.splitter)
        self._lock_actions(False)
        self.w.backup_timer.start()
        self.w.exchange_actions._arm_exchange()
        self.w.statusBar().clearMessage()
        if error is not None:
            if not isinstance(error, (StoreError, OSError)):
                raise error
            self.w.prompter.error(self.w, title, error_text(error))
            return False
        self.result = result
        self.w.refresh_all()
        self.w.dashboard.refresh()
        self._arm_idle_lock()
        self.w._update_actions()
        return True

    def encrypt_database(self) -> bool:
        from ncdesk.store.file import encryption

        if self.encrypted():
            return False
        title = self.tr("Encrypt this database")
        answer = self.w.prompter.passphrase(
            self.w,
            "new",
            title,
            self.tr(
                "Choose a passphrase. The database, its backups and the files attached to records will be "
                "encrypted with it, and ncdesk will ask for it at every start and after the idle lock."
            ),
            accept_label=self.tr("Encrypt"),
        )
        if answer is None:
            return False
        if not self._convert(title, lambda store, progress: encryption.encrypt(store, answer[1], progress=progress)):
            return False
        report = self.result
        if report.unreadable and self.w.prompter.confirm(self.w, self.tr("Remove the copies that stay readable?"), (
            self.tr(
                "These copies in the data folder are too damaged to be encrypted: anyone who has this computer's "
                "files could read what is left in them. They may hold records that no backup has; once removed, "
                "they are gone.\n\nRemove them?"
            ) + "\n\n" + "\n".join(str(p) for p in report.unreadable)
        )):  # fmt: skip
            report.removed = encryption.remove_plain(self.w.store, report.unreadable)
            report.unreadable = tuple(encryption.plain_copies(self.w.store.folder))
        self.w.statusBar().showMessage(self.tr("The database is encrypted."), 8000)
        said = [message_text(line) for line in report.summary()]
        if report.unreadable:
            said.append(
                self.tr(
                    "Delete these files yourself once you no longer need them, or run "
                    "ncdesk encrypt --remove-unreadable."
                )
            )
        said.append(self.tr("Keep the passphrase safe: without it the data cannot be recovered."))
        (self.w.prompter.warn if report.unreadable else self.w.prompter.info)(self.w, title, "\n\n".join(said))
        return True

    def _check_current(self, passphrase: str) -> str | None:
        from ncdesk.store.file import crypto

        try:
            crypto.unlock(self.w.store.folder, passphrase).wipe()
        except StoreError as exc:
            return error_text(exc)
        return None

    def change_passphrase(self) -> bool:
        from ncdesk.store.file import encryption

        if self.w.store.key is None:
            return False
        title = self.tr("Change the passphrase")
        answer = self.w.prompter.passphrase(
            self.w,
            "change",
            title,
            self.tr("Type the current passphrase, then the new one twice. The backups are re-encrypted too."),
            check=self._check_current,
            accept_label=self.tr("Change"),
        )
        if answer is None:
            return False
        if not self._convert(
            title, lambda store, progress: encryption.change_passphrase(store, answer[1], progress=progress)
        ):
            return False
        self.w.statusBar().showMessage(self.tr("The passphrase was changed."), 8000)
        return True

    def remove_encryption(self) -> bool:
        from ncdesk.store.file import encryption

        if self.w.store.key is None:
            return False
        title = self.tr("Remove the encryption")
        if not self.w.prompter.confirm(
            self.w,
            title,
            self.tr(
                "The database, its backups and attached files will be written in clear: anyone who gets this "
                "computer's files could read them. Remove the encryption?"
            ),
        ):
            return False
        answer = self.w.prompter.passphrase(
            self.w,
            "unlock",
            title,
            self.tr("Type the passphrase to confirm."),
            check=self._check_current,
            accept_label=self.tr("Remove encryption"),
        )
        if answer is None:
            return False
        if not self._convert(title, lambda store, progress: encryption.decrypt(store, progress=progress)):
            return False
        self.w.statusBar().showMessage(self.tr("The database is no longer encrypted."), 8000)
        return True

    def lock(self) -> bool:
        """Close the database, forget the key, clear the clipboard and the views (encrypted only)."""
        if self.w.store.key is None or self.w.store.is_locked:
            return False
        if self.converting:
            return False
        self.w.backup_timer.stop()
        self.w.exchange_timer.stop()
        self.w.exchange_soon.stop()
        self.w._quiesce()
        # The records leave the screen first; the backup is made in a worker meanwhile.
        self.w.central.setCurrentWidget(self.w.locked_panel)
        self.w.locked_panel.setEnabled(False)
        self._lock_actions(True)
        with suppress(Exception):  # a backup is not worth keeping the database open for
            self.w.operations.run_and_wait(
                "backup at lock",
                lambda ctx: backups.auto_backup(ctx.reader(), min_interval=dt.timedelta(minutes=10)),
                label=self.tr("Backing up…"),
            )
        self.w.locked_panel.setEnabled(True)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.w.clipboard_guard.clear_now()
        for view in self.w.views.values():
            clear = getattr(getattr(view, "model", None), "clear", None)
            if callable(clear):
                clear()
        self.w.dashboard.clear()
        self.w.detail.show_record(None, None)
        if self.w._search is not None:
            self.w._search.model.set_results([], self.w._search.order)
            self.w._search.edit.clear()
        self.w.store.lock()
        self._lock_actions(True)
        self.w.central.setCurrentWidget(self.w.locked_panel)
        self.w.locked_panel.reset()
        self.w.setWindowTitle(self.tr("ncdesk — locked"))
        return True

    def _lock_actions(self, locked: bool) -> None:
        for action in self.w.actions():
            if action.objectName() != "quit":
                action.setEnabled(not locked)
        self.w.menuBar().setEnabled(not locked)
        if not locked:
            self.w._update_actions()

    def unlock(self, passphrase: str) -> bool:
        from ncdesk.store.file import crypto

        if not self.w.store.is_locked:
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            key = crypto.unlock(self.w.store.folder, passphrase)
            self.w.store.unlock(key)
        except StoreError as exc:
            QApplication.restoreOverrideCursor()
            self.w.locked_panel.reset(error_text(exc))
            return False
        QApplication.restoreOverrideCursor()
        self.w.central.setCurrentWidget(self.w.splitter)
        self.w.setWindowTitle(self.w._main_title())
        self._lock_actions(False)
        self.w.refresh_all()
        self.w.dashboard.refresh()
        self.w.backup_timer.start()
        self.w.exchange_actions._arm_exchange()
        self._arm_idle_lock()
        return True
