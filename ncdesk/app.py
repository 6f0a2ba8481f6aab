"""Wiring: builds the services once and hands them to the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ncdesk import __version__, paths

if TYPE_CHECKING:
    from ncdesk.store.store import Store
    from ncdesk.ui.mainwindow import MainWindow
    from ncdesk.ui.prompts import Prompter

QT_PACKAGES = (
    "libgl1 libegl1 libx11-6 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libglib2.0-0 "
    "libdbus-1-3 libxcb-cursor0"
)


def _no_screen() -> bool:
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def run_gui(data_dir: str | None) -> int:
    """Open the main window over the data folder; returns the exit code."""
    if _no_screen():
        print(
            "ncdesk: no screen to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
            "Start it from a desktop session; the commands (ncdesk --help) work without one.",
            file=sys.stderr,
        )
        return 1
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox
    except ImportError as exc:
        print(
            f"ncdesk: Qt cannot start ({exc}). On Debian or Ubuntu install: sudo apt-get install -y {QT_PACKAGES}",
            file=sys.stderr,
        )
        return 1

    app = QApplication.instance() or QApplication(sys.argv[:1])
    built = build_window(paths.data_dir(data_dir))
    if built == "":  # the user chose not to unlock
        return 0
    if isinstance(built, str):
        QMessageBox.critical(None, QCoreApplication.translate("app", "ncdesk cannot open its database"), built)
        return 1
    store, window = built
    try:
        window.show()
        return int(app.exec())
    finally:
        store.close()


def build_window(folder: Path, prompter: Prompter | None = None) -> tuple[Store, MainWindow] | str:
    """The store and the main window over *folder*, or a message saying why it cannot open."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from ncdesk.store.errors import StoreError
    from ncdesk.store.reference import ReferenceDataError
    from ncdesk.store.store import Store
    from ncdesk.ui.fonts import default_font, load_fonts
    from ncdesk.ui.mainwindow import MainWindow

    QCoreApplication.setOrganizationName("ncdesk")
    QCoreApplication.setApplicationName("ncdesk")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if load_fonts() and isinstance(app, QApplication):
        app.setFont(default_font())
    from ncdesk.store import crypto
    from ncdesk.store.backups import restore_file
    from ncdesk.store.errors import DatabaseDamagedError
    from ncdesk.ui.prompts import Prompter

    asker = prompter or Prompter()
    first_start = not paths.database_path(folder).exists()
    try:
        key = None
        if crypto.is_encrypted(folder):
            crypto.require_kdf(folder)
            key = _ask_unlock(asker, folder)
            if key is None:
                return ""
        try:
            store = Store.open(folder, program="the window", key=key)
        except DatabaseDamagedError as err:
            choice = asker.damaged(None, err)
            if choice == "quit":
                raise
            if choice == "restore" and err.backup is not None:
                if crypto.looks_encrypted(err.backup) and (key is None or crypto.file_salt(err.backup) != key.salt):
                    key = _ask_unlock(asker, folder, err.backup)
                    if key is None:
                        return ""
                restore_file(folder, err.backup, key)
            elif key is not None:
                key = None  # a new database starts plain
            store = Store.open(folder, program="the window", key=key)
    except (StoreError, ReferenceDataError, OSError) as exc:
        detail = str(exc)
        if isinstance(exc, PermissionError):
            detail = QCoreApplication.translate(
                "app", "ncdesk may not write to the data folder %1. Choose another with --data-dir, or ask for access."
            ).replace("%1", str(folder))
        where = QCoreApplication.translate("app", "Data folder: %1").replace("%1", str(folder))
        return f"{detail}\n\n{where}"
    try:
        window = MainWindow(store, prompter)
    except BaseException:
        store.close()
        raise
    if first_start:
        _offer_encryption(asker, window)
    warning = paths.folder_warning(folder)
    if warning:
        window.status_label.setText(
            QCoreApplication.translate("app", "⚠ Data folder at risk: %1").replace("%1", str(folder))
        )
        window.status_label.setToolTip(warning)
        window.status_label.setStyleSheet("color: #a00;")
        asker.warn(None, QCoreApplication.translate("app", "The data folder is at risk"), warning)
    return store, window


def _ask_unlock(asker: Prompter, folder: Path, path: Path | None = None) -> Any:
    """The key of the encrypted database (or backup *path*) of *folder*, asked for until it is
    right or the user gives up (None)."""
    from PySide6.QtCore import QCoreApplication

    from ncdesk.store import crypto
    from ncdesk.store.errors import StoreError

    found: list[Any] = []

    def check(passphrase: str) -> str | None:
        try:
            found.append(crypto.unlock(folder, passphrase, path))
        except StoreError as exc:
            return str(exc)
        return None

    answer = asker.passphrase(
        None,
        "unlock",
        QCoreApplication.translate("app", "Unlock ncdesk"),
        QCoreApplication.translate("app", "The database in %1 is encrypted. Type its passphrase.").replace(
            "%1", str(folder)
        ),
        check=check,
    )
    if answer is None or not found:
        return None
    return found[-1]


def _offer_encryption(asker: Prompter, window: MainWindow) -> None:
    """At first start: offer to encrypt the new database (a laptop travels)."""
    from PySide6.QtCore import QCoreApplication

    if asker.confirm(
        None,
        QCoreApplication.translate("app", "Protect this data with a passphrase?"),
        QCoreApplication.translate(
            "app",
            "ncdesk can encrypt its database, backups and attached files, so that a lost or stolen laptop "
            "gives nothing away. You will type the passphrase when ncdesk starts and after it locks itself "
            "when idle. You can also do this later in Settings.\n\nEncrypt now?",
        ),
    ):
        window.encrypt_database()
