"""Sharing with the other focal points, in the window: the Share dialog (to whom: contacts, or a
passphrase for a one-off handover; what; where) and the request it hands back. The package is
made by io/sharing.py, off the GUI thread (ui/actions/exchange.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ncdesk.store.file.crypto import WeakPassphraseError, check_passphrase, passphrase_warning
from ncdesk.store.records import exchange_peers
from ncdesk.store.store import Store
from ncdesk.ui.formatting import error_text


@dataclass
class ShareRequest:
    """What the Share dialog asks for."""

    to: list[str] = field(default_factory=list)  # installation ids
    what: str = "changes"  # "changes", "everything" or "selected"
    only: list[str] = field(default_factory=list)
    passphrase: str | None = None
    to_folder: bool = False


class ShareDialog(QDialog):
    """To whom (contacts, or a passphrase for a one-off handover), what, and where."""

    def __init__(  # noqa: PLR0915 - a window built in one place: a statement per widget and connection
        self,
        store: Store,
        selected: list[str],
        folder: Path | None,
        parent: QWidget | None = None,
        preselected: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.selected = list(selected)
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Share"))
        self.contacts = QListWidget(self)
        self.contacts.setObjectName("shareContacts")
        for c in exchange_peers.contacts(store):
            item = QListWidgetItem(c.name if c.verified else self.tr("%1 (not verified)").replace("%1", c.name))
            item.setData(Qt.ItemDataRole.UserRole, c.installation_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = preselected in (None, c.installation_id)
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.contacts.addItem(item)
        self.contacts.setMaximumHeight(140)
        self.use_passphrase = QCheckBox(self.tr("Instead: a passphrase for a one-off handover"), self)
        self.use_passphrase.setObjectName("usePassphrase")
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("sharePassphrase")
        self.again = QLineEdit(self)
        self.again.setObjectName("sharePassphraseAgain")
        for edit in (self.passphrase, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        pass_form = QFormLayout()
        pass_form.addRow(self.tr("Passphrase"), self.passphrase)
        pass_form.addRow(self.tr("Type it again"), self.again)
        self.use_passphrase.toggled.connect(self._update)

        self.what = QButtonGroup(self)
        self.changes = QRadioButton(self.tr("What changed since the last package to them"), self)
        self.everything = QRadioButton(self.tr("Everything (a handover)"), self)
        self.only = QRadioButton(self.tr("The %n selected record(s)", "", len(selected)), self)
        for i, (name, b) in enumerate((("changes", self.changes), ("everything", self.everything),
                                       ("selected", self.only))):  # fmt: skip
            b.setObjectName(f"what_{name}")
            self.what.addButton(b, i)
        self.only.setEnabled(bool(selected))
        self.changes.setChecked(True)
        self.where = QButtonGroup(self)
        self.to_file = QRadioButton(self.tr("Save as a file (for e-mail or a USB stick)…"), self)
        self.to_folder = QRadioButton(self)
        self.to_folder.setObjectName("toFolder")
        self.to_folder.setText(
            self.tr("Into the exchange folder (%1)").replace("%1", str(folder))
            if folder
            else self.tr("Into the exchange folder (none chosen: File ▸ Exchange folder…)")
        )
        self._folder_ok = folder is not None
        self.where.addButton(self.to_file, 0)
        self.where.addButton(self.to_folder, 1)
        self.to_file.setChecked(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("shareProblem")
        self.problem.setStyleSheet("color: #a00;")
        self.problem.setWordWrap(True)
        self._warned: str | None = None

        to_box = QGroupBox(self.tr("To"), self)
        to_layout = QVBoxLayout(to_box)
        to_layout.addWidget(self.contacts)
        to_layout.addWidget(self.use_passphrase)
        to_layout.addLayout(pass_form)
        what_box = QGroupBox(self.tr("What"), self)
        what_layout = QVBoxLayout(what_box)
        for b in (self.changes, self.everything, self.only):
            what_layout.addWidget(b)
        where_box = QGroupBox(self.tr("Where"), self)
        where_layout = QVBoxLayout(where_box)
        where_layout.addWidget(self.to_file)
        where_layout.addWidget(self.to_folder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(self.tr("Share"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("shareOk")
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(to_box)
        layout.addWidget(what_box)
        layout.addWidget(where_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._update()

    def _update(self) -> None:
        on = self.use_passphrase.isChecked()
        self.contacts.setEnabled(not on)
        self.passphrase.setEnabled(on)
        self.again.setEnabled(on)
        self.changes.setEnabled(not on)
        if on and self.changes.isChecked():
            self.everything.setChecked(True)
        self.to_folder.setEnabled(self._folder_ok and not on)  # a handover goes by hand
        if on:
            self.to_file.setChecked(True)

    def chosen_contacts(self) -> list[str]:
        out = []
        for i in range(self.contacts.count()):
            item = self.contacts.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def request(self) -> ShareRequest:
        what = {0: "changes", 1: "everything", 2: "selected"}[max(self.what.checkedId(), 0)]
        if self.use_passphrase.isChecked():
            return ShareRequest([], what, self.selected if what == "selected" else [], self.passphrase.text(), False)
        return ShareRequest(
            self.chosen_contacts(), what, self.selected if what == "selected" else [], None, self.to_folder.isChecked()
        )

    def try_accept(self) -> None:
        self.problem.clear()
        if self.use_passphrase.isChecked():
            if self.passphrase.text() != self.again.text():
                self.problem.setText(self.tr("The two passphrases differ."))
                return
            try:
                check_passphrase(self.passphrase.text())
            except WeakPassphraseError as exc:
                self.problem.setText(error_text(exc))
                return
            warning = passphrase_warning(self.passphrase.text())
            if warning and self._warned != self.passphrase.text():
                self._warned = self.passphrase.text()
                self.problem.setText(
                    error_text(WeakPassphraseError(warning))
                    + " "
                    + self.tr("Choose a stronger one, or press Share again to use it anyway.")
                )
                return
        elif not self.chosen_contacts():
            self.problem.setText(self.tr("Tick at least one contact, or choose a passphrase for a handover."))
            return
        self.accept()
