"""Questions the window asks the user, behind one object so tests can answer them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ncdesk.store.file.errors import DatabaseDamagedError
from ncdesk.ui.safety import damaged_choice

if TYPE_CHECKING:
    from ncdesk.ui.security import Check


class Prompter:
    """Native dialogs. Tests pass a subclass that answers without showing anything."""

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        # No is the default: every confirmation asked is before something that cannot be taken back
        # (a removal, a deletion, the encryption removed), and Enter must not do it by accident.
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def damaged(self, parent: QWidget | None, err: DatabaseDamagedError) -> str:
        """What to do about a damaged database: 'restore' (the backup it names), 'new' or 'quit'."""
        return damaged_choice(err, parent)

    def passphrase(
        self,
        parent: QWidget | None,
        mode: str,
        title: str,
        text: str,
        check: Check | None = None,
        accept_label: str | None = None,
    ) -> tuple[str, str] | None:
        """Ask for a passphrase ('unlock'), a new one ('new') or both ('change'): (current, new),
        or None if the user cancelled. *check* vets the current one before the dialog closes."""
        from ncdesk.ui.security import PassphraseDialog

        dialog = PassphraseDialog(mode, title, text, check, parent, accept_label)
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase(), dialog.new_passphrase()

    def open_files(self, parent: QWidget | None, title: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title)
        return [Path(n) for n in names]

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(name) if name else None

    def folder(self, parent: QWidget | None, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title)
        return Path(name) if name else None

    def text(self, parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
        """A line of text (a name), or None if the user cancelled."""
        answer, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, value)
        return answer if ok else None
