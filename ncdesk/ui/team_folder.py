"""The exchange folder's dialog: the folder the user's sync tool copies between the focal points'
laptops, and whether packages are sent and picked up automatically (a setting of the window)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ncdesk.io import sharing
from ncdesk.store.store import Store
from ncdesk.ui.prompts import Prompter

AUTO_SETTING = "exchange/auto"


def auto_exchange(settings: QSettings) -> bool:
    return str(settings.value(AUTO_SETTING, "false")).lower() in ("true", "1")


class ExchangeDialog(QDialog):
    """The exchange folder (one the user's sync tool copies between laptops) and the automatic
    pick-up."""

    def __init__(self, store: Store, settings: QSettings, prompter: Prompter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.prompter = prompter
        self.setObjectName("exchangeDialog")
        self.setWindowTitle(self.tr("Exchange folder"))
        intro = QLabel(
            self.tr(
                "A folder that your sync tool (OneDrive, SharePoint, Nextcloud, Syncthing) copies between the "
                "focal points' laptops. ncdesk writes your packages there, sealed for each contact, and picks up "
                "the packages addressed to you."
            ),
            self,
        )
        intro.setWordWrap(True)
        folder = sharing.exchange_folder(store)
        self.folder = QLineEdit(str(folder) if folder else "", self)
        self.folder.setObjectName("exchangeFolder")
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose)
        self.auto = QCheckBox(
            self.tr("Send and pick up automatically (at start, after changes and every few minutes)"), self
        )
        self.auto.setObjectName("exchangeAuto")
        self.auto.setChecked(auto_exchange(settings))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.auto)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def choose(self) -> None:
        chosen = self.prompter.folder(self, self.tr("Choose the exchange folder"))
        if chosen is not None:
            self.folder.setText(str(chosen))

    def save(self) -> None:
        text = self.folder.text().strip()
        folder = Path(text) if text else None
        if folder is not None and not folder.is_dir():
            self.prompter.error(
                self, self.tr("Exchange folder"), self.tr("%1 is not a folder.").replace("%1", str(folder))
            )
            return
        if folder != sharing.exchange_folder(self.store):
            sharing.set_exchange_folder(self.store, folder)
        self.settings.setValue(AUTO_SETTING, self.auto.isChecked() and folder is not None)
        self.settings.sync()
        self.accept()
