"""Sharing the record with the other focal points, in the window: the Team view (this laptop's
identity, the contacts, the packages waiting for a decision) and adding a contact from a card.
The Share dialog is in ui/team_share.py, the preview of a received package in ui/team_receive.py,
the exchange folder's settings in ui/team_folder.py. The work itself is io/sharing.py's; the
window runs it off the GUI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QModelIndex, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ncdesk.io import package, sharing
from ncdesk.store.records import exchange, exchange_peers
from ncdesk.store.store import Store
from ncdesk.ui.formatting import error_text, format_value, isolated
from ncdesk.ui.models import ID_ROLE, AnyIndex
from ncdesk.ui.prompts import Prompter
from ncdesk.ui.signals import emit


def _hlc_time(hlc: int) -> str:
    """What a hybrid logical clock says in wall-clock time ("23 November 2026 09:00 UTC")."""
    if hlc <= 0:
        return ""
    moment = dt.datetime.fromtimestamp((hlc >> 16) / 1000, tz=dt.UTC)
    return format_value(moment.strftime("%Y-%m-%dT%H:%M:%SZ"))


def _mono() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


# --- the contacts ------------------------------------------------------------------------------


class ContactsModel(QAbstractTableModel):
    """The focal points this laptop shares with, one row each."""

    NAME, FINGERPRINT, VERIFIED, PUBLISHER, SENT, RECEIVED, ACKED = range(7)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rows: list[tuple[exchange_peers.Contact, str]] = []

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = [(c, sharing.fingerprint_of(c)) for c in exchange_peers.contacts(self.store)]
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Name"),
            self.tr("Fingerprint"),
            self.tr("Verified"),
            self.tr("Publisher"),
            self.tr("Last package sent"),
            self.tr("Last received"),
            self.tr("Has our changes up to"),
        ][section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911 - Qt's data(): a return per role and column
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        c, fingerprint = self.rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return c.installation_id
        if role == Qt.ItemDataRole.FontRole and col == self.FINGERPRINT:
            return _mono()
        if role == Qt.ItemDataRole.ToolTipRole and col == self.VERIFIED and not c.verified:
            return self.tr("Compare the fingerprint with them by phone, then mark the contact verified.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.NAME:
            return c.name
        if col == self.FINGERPRINT:
            return fingerprint
        if col == self.VERIFIED:
            return self.tr("✓ verified") if c.verified else self.tr("not verified")
        if col == self.PUBLISHER:
            return self.tr("✓ reference releases") if c.publisher else ""
        if col == self.SENT:
            return format_value(c.last_sent_at) if c.last_sent_at else self.tr("never")
        if col == self.RECEIVED:
            return format_value(c.last_received_at) if c.last_received_at else self.tr("never")
        return _hlc_time(c.acked_hlc) or self.tr("nothing yet")

    def contact_at(self, row: int) -> exchange_peers.Contact | None:
        return self.rows[row][0] if 0 <= row < len(self.rows) else None


class TeamView(QWidget):
    """This laptop's identity, its contacts, and the packages that wait for a decision."""

    record_selected = Signal(str, str)  # as the other views (a contact is not a record: never emitted)
    record_activated = Signal(str, str)
    share_requested = Signal()
    pick_up_requested = Signal()
    waiting_opened = Signal(str)  # the path of a waiting package
    contacts_changed = Signal()

    def __init__(self, store: Store, prompter: Prompter, parent: QWidget | None = None) -> None:  # noqa: PLR0915 - a window built in one place: a statement per widget and connection
        super().__init__(parent)
        self.store = store
        self.prompter = prompter
        self.waiting: list[tuple[Path, exchange.Plan]] = []

        self.me_box = QGroupBox(self)
        self.me_name = QLabel(self)
        self.me_name.setObjectName("myName")
        self.me_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.me_fingerprint = QLabel(self)
        self.me_fingerprint.setObjectName("myFingerprint")
        self.me_fingerprint.setFont(_mono())
        self.me_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rename_button = QPushButton(self)
        self.copy_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.rename_button.clicked.connect(self.rename)
        self.copy_button.clicked.connect(self.copy_card)
        self.export_button.clicked.connect(self.export_card)
        me_buttons = QHBoxLayout()
        for b in (self.copy_button, self.export_button, self.rename_button):
            me_buttons.addWidget(b)
        me_buttons.addStretch(1)
        self.me_form = QFormLayout()
        self.me_form.addRow("", self.me_name)
        self.me_form.addRow("", self.me_fingerprint)
        me_layout = QVBoxLayout(self.me_box)
        me_layout.addLayout(self.me_form)
        me_layout.addLayout(me_buttons)

        self.model = ContactsModel(store, self)
        self.contacts_table = QTableView(self)
        self.contacts_table.setObjectName("contactsTable")
        self.contacts_table.setModel(self.model)
        self.contacts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts_table.verticalHeader().setVisible(False)
        self.contacts_table.setAlternatingRowColors(True)
        self.contacts_table.setWordWrap(False)
        header = self.contacts_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((170, 262, 80, 80, 130, 130)):
            self.contacts_table.setColumnWidth(col, width)
        self.add_button = QPushButton(self)
        self.verify_button = QPushButton(self)
        self.publisher_button = QPushButton(self)
        self.publisher_button.setCheckable(True)
        self.remove_button = QPushButton(self)
        self.share_button = QPushButton(self)
        for name, b in (("addContact", self.add_button), ("markVerified", self.verify_button),
                        ("publisher", self.publisher_button), ("removeContact", self.remove_button),
                        ("shareButton", self.share_button)):  # fmt: skip
            b.setObjectName(name)
        self.add_button.clicked.connect(lambda: self.add_contact())
        self.verify_button.clicked.connect(self.mark_verified)
        self.publisher_button.clicked.connect(self.toggle_publisher)
        self.remove_button.clicked.connect(self.remove_contact)
        self.share_button.clicked.connect(lambda: emit(self.share_requested))
        self.contacts_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        for b in (self.add_button, self.verify_button, self.publisher_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.share_button)
        self.contacts_box = QGroupBox(self)
        contacts_layout = QVBoxLayout(self.contacts_box)
        contacts_layout.addWidget(self.contacts_table, 1)
        contacts_layout.addLayout(buttons)

        self.waiting_box = QGroupBox(self)
        self.waiting_label = QLabel(self)
        self.waiting_label.setObjectName("waitingLabel")
        self.waiting_label.setWordWrap(True)
        self.waiting_list = QListWidget(self)
        self.waiting_list.setObjectName("waitingList")
        self.waiting_list.setMaximumHeight(110)
        self.waiting_list.itemActivated.connect(self._open_waiting)
        self.open_waiting_button = QPushButton(self)
        self.open_waiting_button.clicked.connect(lambda: self._open_waiting(self.waiting_list.currentItem()))
        self.pick_up_button = QPushButton(self)
        self.pick_up_button.setObjectName("pickUpNow")
        self.pick_up_button.clicked.connect(lambda: emit(self.pick_up_requested))
        waiting_buttons = QHBoxLayout()
        waiting_buttons.addWidget(self.open_waiting_button)
        waiting_buttons.addStretch(1)
        waiting_buttons.addWidget(self.pick_up_button)
        waiting_layout = QVBoxLayout(self.waiting_box)
        waiting_layout.addWidget(self.waiting_label)
        waiting_layout.addWidget(self.waiting_list)
        waiting_layout.addLayout(waiting_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.me_box)
        layout.addWidget(self.contacts_box, 1)
        layout.addWidget(self.waiting_box)
        self._title()
        self.refresh()

    # -- words ---------------------------------------------------------------------------------

    def _title(self) -> None:
        self.me_box.setTitle(self.tr("This laptop"))
        labels = (self.tr("Name"), self.tr("Fingerprint"))
        for row, text in enumerate(labels):
            item = self.me_form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setText(text)
        self.copy_button.setText(self.tr("Copy my card"))
        self.copy_button.setToolTip(self.tr("For an e-mail: the card, as text, on the clipboard"))
        self.export_button.setText(self.tr("Export my card…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.contacts_box.setTitle(self.tr("Contacts"))
        self.add_button.setText(self.tr("Add contact…"))
        self.verify_button.setText(self.tr("Mark verified"))
        self.publisher_button.setText(self.tr("Publisher of reference releases"))
        self.remove_button.setText(self.tr("Remove…"))
        self.share_button.setText(self.tr("Share…"))
        self.waiting_box.setTitle(self.tr("Packages in the exchange folder"))
        self.open_waiting_button.setText(self.tr("Decide…"))
        self.pick_up_button.setText(self.tr("Pick up now"))

    def retranslate(self) -> None:
        self._title()
        self.refresh()

    # -- what it shows -------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.store.is_open or self.store.is_locked:
            return
        me = exchange_peers.identity(self.store)
        if me is None:
            self.me_name.setText(
                self.tr("No identity yet: it is made when you first share, receive or copy your card.")
            )
            self.me_fingerprint.setText("")
        else:
            self.me_name.setText(isolated(me.name))
            self.me_fingerprint.setText(package.fingerprint(sharing.my_card(self.store)))
        chosen = self.current_contact()
        self.model.refresh()
        if chosen is not None:
            self.select(chosen.installation_id)
        self._show_waiting()
        self._update_buttons()

    def set_waiting(self, waiting: list[tuple[Path, exchange.Plan]]) -> None:
        self.waiting = list(waiting)
        self._show_waiting()

    def _show_waiting(self) -> None:
        self.waiting_list.clear()
        for path, p in self.waiting:
            item = QListWidgetItem(
                self.tr("%1: from %2, %n conflict(s)", "", len(p.conflicts))
                .replace("%1", path.name)
                .replace("%2", p.sender_name)
            )
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.waiting_list.addItem(item)
        folder = sharing.exchange_folder(self.store)
        if self.waiting:
            self.waiting_label.setText(self.tr("%n package(s) wait for your decision.", "", len(self.waiting)))
        elif folder is None:
            self.waiting_label.setText(
                self.tr("No exchange folder: File ▸ Exchange folder… chooses one that your sync tool copies.")
            )
        else:
            self.waiting_label.setText(self.tr("Nothing waits. Exchange folder: %1").replace("%1", str(folder)))
        self.open_waiting_button.setEnabled(bool(self.waiting))
        self.waiting_list.setVisible(bool(self.waiting))

    def _open_waiting(self, item: QListWidgetItem | None) -> None:
        if item is None and self.waiting_list.count():
            item = self.waiting_list.item(0)
        if item is not None:
            emit(self.waiting_opened, str(item.data(Qt.ItemDataRole.UserRole)))

    def current_contact(self) -> exchange_peers.Contact | None:
        rows = self.contacts_table.selectionModel().selectedRows()
        return self.model.contact_at(rows[0].row()) if rows else None

    def select(self, installation_id: str) -> None:
        for row, (c, _) in enumerate(self.model.rows):
            if c.installation_id == installation_id:
                self.contacts_table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        c = self.current_contact()
        writable = not self.store.read_only
        self.add_button.setEnabled(writable)
        self.verify_button.setEnabled(writable and c is not None and not c.verified)
        self.publisher_button.setEnabled(writable and c is not None)
        self.publisher_button.setChecked(bool(c and c.publisher))
        self.remove_button.setEnabled(writable and c is not None)
        self.share_button.setEnabled(writable and bool(self.model.rows))
        self.rename_button.setEnabled(writable)

    # -- identity ------------------------------------------------------------------------------

    def card_text(self) -> str:
        sharing.ensure_identity(self.store)
        return package.card_text(sharing.my_card(self.store))

    def copy_card(self) -> str:
        from PySide6.QtWidgets import QApplication

        text = self.card_text()
        QApplication.clipboard().setText(text)  # a public card: not cleared like copied records
        self.refresh()
        return text

    def export_card(self) -> Path | None:
        text = self.card_text()
        me = exchange_peers.require_identity(self.store)
        safe = "".join(ch if ch.isalnum() else "-" for ch in me.name).strip("-").lower() or "ncdesk"
        target = self.prompter.save_file(
            self, self.tr("Export my card"), str(Path.home() / f"{safe}.ncdesk-card.txt"), self.tr("Text (*.txt)")
        )
        if target is None:
            return None
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.prompter.error(self, self.tr("The card was not saved"), error_text(exc))
            return None
        self.refresh()
        return target

    def rename(self) -> bool:
        me = exchange_peers.identity(self.store)
        name = self.prompter.text(
            self,
            self.tr("Rename this laptop"),
            self.tr("The name your contacts see on your packages and your card:"),
            me.name if me else "",
        )
        if not name:
            return False
        try:
            sharing.ensure_identity(self.store, name)
        except (package.CardError, exchange_peers.ExchangeError) as exc:
            self.prompter.error(self, self.tr("Not renamed"), error_text(exc))
            return False
        self.refresh()
        return True

    # -- contacts ------------------------------------------------------------------------------

    def add_contact(self, text: str = "") -> AddContactDialog:
        dialog = AddContactDialog(self.store, self.prompter, self, text)
        dialog.contact_added.connect(self._added)
        dialog.open()
        return dialog

    def _added(self, installation_id: str) -> None:
        self.refresh()
        self.select(installation_id)
        emit(self.contacts_changed)

    def mark_verified(self) -> None:
        c = self.current_contact()
        if c is None:
            return
        question = (
            self.tr("Did you compare the fingerprint of %1 with them (by phone or in person)?\n\n%2")
            .replace("%1", c.name)
            .replace("%2", sharing.fingerprint_of(c))
        )
        if self.prompter.confirm(self, self.tr("Mark verified"), question):
            exchange_peers.set_contact(self.store, c.installation_id, verified=True)
            self._added(c.installation_id)

    def toggle_publisher(self) -> None:
        c = self.current_contact()
        if c is None:
            return
        exchange_peers.set_contact(self.store, c.installation_id, publisher=not c.publisher)
        self._added(c.installation_id)

    def remove_contact(self) -> bool:
        c = self.current_contact()
        if c is None:
            return False
        question = self.tr(
            "Remove %1 from the contacts? Their packages will be refused and nothing more is shared with them, "
            "until their card is added again."
        ).replace("%1", c.name)
        if not self.prompter.confirm(self, self.tr("Remove contact"), question):  # No is the default
            return False
        exchange_peers.remove_contact(self.store, c.installation_id)
        self.refresh()
        emit(self.contacts_changed)
        return True

    # -- as the other views ----------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.contacts_table.setFocus()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("views/team/header", self.contacts_table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("views/team/header")
        if isinstance(state, QByteArray):
            self.contacts_table.horizontalHeader().restoreState(state)


class AddContactDialog(QDialog):
    """A contact from their card (a file or text pasted from an e-mail): its name and fingerprint
    shown to be compared by phone before the card is trusted."""

    contact_added = Signal(str)  # installation id

    def __init__(self, store: Store, prompter: Prompter, parent: QWidget | None = None, text: str = "") -> None:  # noqa: PLR0915 - a window built in one place: a statement per widget and connection
        super().__init__(parent)
        self.store = store
        self.prompter = prompter
        self.card: package.Card | None = None
        self.setObjectName("addContactDialog")
        self.setWindowTitle(self.tr("Add a contact"))
        intro = QLabel(self.tr("Paste the card they sent you (the whole block), or open the card's file."), self)
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("cardText")
        self.text.setFont(_mono())
        self.text.setMinimumHeight(120)
        self.file_button = QPushButton(self.tr("From a file…"), self)
        self.file_button.clicked.connect(self.choose_file)
        self.card_name = QLabel(self)
        self.card_name.setObjectName("cardName")
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("cardFingerprint")
        big = _mono()
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.fingerprint.setFont(big)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compare = QLabel(self.tr("Compare these digits with them by phone before you trust the card."), self)
        self.compare.setWordWrap(True)
        self.compare.setObjectName("compareSentence")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("contactName")
        self.name_edit.setPlaceholderText(self.tr("as on the card"))
        self.verified = QCheckBox(self.tr("Fingerprint compared"), self)
        self.verified.setObjectName("fingerprintCompared")
        self.publisher = QCheckBox(self.tr("Publisher of reference releases"), self)
        self.problem = QLabel(self)
        self.problem.setObjectName("cardProblem")
        self.problem.setStyleSheet("color: #a00;")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Card of"), self.card_name)
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        form.addRow("", self.compare)
        form.addRow(self.tr("Call them"), self.name_edit)
        form.addRow("", self.verified)
        form.addRow("", self.publisher)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(self.tr("Add contact"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("addContactOk")
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.file_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.text.textChanged.connect(self._read)
        self.text.setPlainText(text)
        self._read()

    def choose_file(self) -> None:
        files = self.prompter.open_files(self, self.tr("Open a contact's card"))
        if not files:
            return
        try:
            self.text.setPlainText(files[0].read_text(encoding="utf-8", errors="replace")[:20000])
        except OSError as exc:
            self.problem.setText(error_text(exc))

    def _read(self) -> None:
        text = self.text.toPlainText()
        self.card = None
        self.problem.clear()
        if text.strip():
            try:
                self.card = package.parse_card(text)
            except package.CardError as exc:
                self.problem.setText(error_text(exc))
        self.card_name.setText(isolated(self.card.name) if self.card else "—")
        self.fingerprint.setText(package.fingerprint(self.card) if self.card else "")
        self.add_button.setEnabled(self.card is not None)

    def add(self) -> None:
        if self.card is None:
            return
        try:
            found, _ = sharing.add_card(
                self.store,
                self.text.toPlainText(),
                name=self.name_edit.text().strip() or None,
                verified=self.verified.isChecked(),
                publisher=self.publisher.isChecked(),
            )
        except (package.CardError, exchange_peers.ExchangeError) as exc:
            self.problem.setText(error_text(exc))
            return
        self.accept()
        emit(self.contact_added, found.installation_id)
