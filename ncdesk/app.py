"""Wiring: builds the services once and hands them to the window."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ncdesk import __version__, paths

if TYPE_CHECKING:
    from ncdesk.store.file.errors import StoreError
    from ncdesk.store.store import Store
    from ncdesk.ui.mainwindow import MainWindow
    from ncdesk.ui.prompts import Prompter

# The system libraries Qt loads, by file name, with the Debian and Ubuntu package that has each.
# Every start needs the first group, even offscreen; a window on an X11 (or XWayland) screen needs
# the second too. A bundle (PyInstaller) carries all of them but libGL and libEGL.
QT_LIBRARIES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
X11_LIBRARIES = {
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
WAYLAND_LIBRARIES = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
}
QT_PACKAGES = " ".join(dict.fromkeys([*QT_LIBRARIES.values(), *X11_LIBRARIES.values()]))
APP_ID = "org.ncdesk.ncdesk"  # the desktop entry's name (resources/linux/): the window's icon and taskbar group


def main(argv: list[str] | None = None) -> int:
    """`ncdesk` (installed or bundled): the command line, or the window without a command.

    A system library Qt needs but cannot load is named with the package to install, instead
    of a traceback from deep inside an export."""
    from ncdesk.io.briefing import child

    if (sys.argv[1:] if argv is None else argv)[:1] == [child.FLAG]:  # a note laid out for the window
        return child.main()
    from ncdesk.cli import main as cli_main

    try:
        return cli_main(argv, run_gui)
    except ImportError as exc:
        if "cannot open shared object file" not in str(exc):
            raise
        print(missing_libraries_message(_missing_from_error(str(exc))), file=sys.stderr)
        return 1


def qt_platform() -> str:
    """The platform Qt will use: `QT_QPA_PLATFORM`'s, else wayland or xcb as the session has them."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen:
        return chosen
    if os.environ.get("WAYLAND_DISPLAY") and not missing_libraries("wayland", only_extra=True):
        return "wayland"
    return "xcb" if os.environ.get("DISPLAY") else "offscreen"


def missing_libraries(
    platform: str, *, only_extra: bool = False, loadable: Callable[[str], bool] | None = None
) -> dict[str, str]:
    """The libraries Qt needs on *platform* that cannot be loaded here, each with its Debian package."""
    if not sys.platform.startswith("linux"):
        return {}
    wanted = {} if only_extra else dict(QT_LIBRARIES)
    wanted |= {"xcb": X11_LIBRARIES, "wayland": WAYLAND_LIBRARIES}.get(platform, {})
    check = loadable or _loadable
    return {name: package for name, package in wanted.items() if not check(name)}


def _loadable(name: str) -> bool:
    """Whether the dynamic linker finds library *name* (in a bundle: beside the program, or the system's)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / name).exists():
        return True
    import ctypes

    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def _missing_from_error(error: str) -> dict[str, str]:
    """What an ImportError such as `libGL.so.1: cannot open shared object file` says is missing."""
    known = QT_LIBRARIES | X11_LIBRARIES | WAYLAND_LIBRARIES
    named = re.findall(r"(lib[\w.+-]+?\.so(?:\.\d+)*)\b", error)
    return {name: known.get(name, "") for name in named} | missing_libraries("offscreen")


def missing_libraries_message(missing: dict[str, str]) -> str:
    packages = " ".join(dict.fromkeys(p for p in missing.values() if p))
    text = "ncdesk: Qt cannot start: the system library " if len(missing) == 1 else "ncdesk: Qt cannot start: "
    text += ", ".join(missing) + (" is missing." if len(missing) == 1 else " are missing.")
    if packages:
        text += f" On Debian or Ubuntu: sudo apt-get install -y {packages}"
    return text


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
    missing = missing_libraries(qt_platform())
    if missing:
        print(missing_libraries_message(missing), file=sys.stderr)
        return 1
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QGuiApplication, QIcon
        from PySide6.QtWidgets import QApplication, QMessageBox
    except ImportError as exc:
        print(
            f"ncdesk: Qt cannot start ({exc}). On Debian or Ubuntu install: sudo apt-get install -y {QT_PACKAGES}",
            file=sys.stderr,
        )
        return 1

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QGuiApplication.setDesktopFileName(APP_ID)
    QGuiApplication.setWindowIcon(QIcon(str(paths.resource_path("icons", "ncdesk.svg"))))
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

    from ncdesk.store.file.errors import StoreError
    from ncdesk.store.reference import ReferenceDataError
    from ncdesk.store.store import Store
    from ncdesk.ui.fonts import default_font, load_fonts

    QCoreApplication.setOrganizationName("ncdesk")
    QCoreApplication.setApplicationName("ncdesk")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if load_fonts() and isinstance(app, QApplication):
        app.setFont(default_font())
    # The language before anything is asked (the passphrase, a damaged database), from the folder's settings.
    from PySide6.QtCore import QSettings

    from ncdesk.ui.formatting import message_text
    from ncdesk.ui.i18n import apply_language, chosen_language

    apply_language(chosen_language(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)))
    from ncdesk.store.file import crypto, recovery
    from ncdesk.store.file.errors import DatabaseDamagedError, RecoveryPendingError
    from ncdesk.ui.prompts import Prompter

    asker = prompter or Prompter()
    first_start = (
        not paths.database_path(folder).exists()
        and recovery.pending(folder) is None
        and not crypto.kdf_path(folder).exists()
    )
    try:
        key = None
        passphrase = None  # kept only when the database does not decrypt with it (damaged)
        if crypto.is_encrypted(folder):
            crypto.require_kdf(folder)
            unlocked = _ask_unlock(asker, folder)
            if unlocked is None:
                return ""
            if isinstance(unlocked, DamagedUnlock):
                passphrase = unlocked.passphrase  # the open below moves the database aside
            else:
                key = unlocked
        try:
            store = Store.open(folder, program="the window", key=key, passphrase=passphrase)
        except (DatabaseDamagedError, RecoveryPendingError) as err:
            # Moved aside now, or earlier (by a command): nothing carries on by itself, the user chooses.
            recovered = _recover(asker, folder, err, passphrase)
            if recovered is None:
                return ""
            store = recovered
    except (StoreError, ReferenceDataError, OSError) as exc:
        from ncdesk.ui.formatting import error_text

        detail = error_text(exc)
        if isinstance(exc, PermissionError):
            detail = QCoreApplication.translate(
                "app", "ncdesk may not write to the data folder %1. Choose another with --data-dir, or ask for access."
            ).replace("%1", str(folder))
        where = QCoreApplication.translate("app", "Data folder: %1").replace("%1", str(folder))
        return f"{detail}\n\n{where}"
    try:
        window = _main_window(store, folder, asker, prompter)
    except BaseException:
        store.close()
        raise
    if isinstance(window, str):
        store.close()
        return window
    if first_start:
        _offer_encryption(asker, window)
    warning = message_text(paths.folder_warning(folder) or "")
    if warning:
        window.status_label.setText(
            QCoreApplication.translate("app", "⚠ Data folder at risk: %1").replace("%1", str(folder))
        )
        window.status_label.setToolTip(warning)
        window.status_label.setStyleSheet("color: #a00;")
        asker.warn(None, QCoreApplication.translate("app", "The data folder is at risk"), warning)
    return store, window


def _main_window(store: Store, folder: Path, asker: Prompter, prompter: Prompter | None) -> MainWindow | str:
    """The main window over *store*; when its first reads meet damaged text (invalid UTF-8 in a row),
    the repair of `ncdesk check --repair` is offered, else a message saying what happened and what to do."""
    from PySide6.QtCore import QCoreApplication

    from ncdesk.store.file.errors import DamagedTextError, StoreError
    from ncdesk.store.records.check import repair
    from ncdesk.ui.formatting import error_text

    built = _try_window(store, prompter)
    if isinstance(built, DamagedTextError) and asker.confirm(
        None,
        QCoreApplication.translate("app", "The database is damaged"),
        error_text(built)
        + "\n\n"
        + QCoreApplication.translate(
            "app", "Repair it now? The damaged characters become �; everything else is kept as it is."
        ),
    ):
        try:
            repair(store)
        except StoreError as failed:
            built = failed
        else:
            built = _try_window(store, prompter)
    if isinstance(built, StoreError):
        where = QCoreApplication.translate("app", "Data folder: %1").replace("%1", str(folder))
        return f"{error_text(built)}\n\n{where}"
    return built


def _try_window(store: Store, prompter: Prompter | None) -> MainWindow | StoreError:
    """The main window, or the known error its first reads met (a bug propagates)."""
    from ncdesk.store.file import engine
    from ncdesk.store.file.errors import StoreError, translate
    from ncdesk.ui.mainwindow import MainWindow

    refused: tuple[type[Exception], ...] = (StoreError, *engine.Error)
    try:
        return MainWindow(store, prompter)
    except refused as exc:
        err = exc if isinstance(exc, StoreError) else translate(exc, store.path)
        if err is None:
            raise
        return err


@dataclass
class DamagedUnlock:
    """The passphrase is this folder's, but the database does not decrypt with it: damaged."""

    passphrase: str = field(repr=False)


def _ask_unlock(asker: Prompter, folder: Path, path: Path | None = None) -> Any:
    """The key of the encrypted database (or backup *path*) of *folder*, asked for until it is
    right or the user gives up (None). A database that does not decrypt with this folder's
    passphrase is damaged: the dialog closes and a DamagedUnlock is returned, so the caller's
    open moves the file aside and offers the last good backup (the damaged-database dialog),
    instead of refusing every passphrase."""
    from PySide6.QtCore import QCoreApplication

    from ncdesk.store.file import crypto
    from ncdesk.store.file.errors import DatabaseCorruptError, StoreError
    from ncdesk.ui.formatting import error_text

    found: list[Any] = []

    def check(passphrase: str) -> str | None:
        try:
            found.append(crypto.unlock(folder, passphrase, path))
        except DatabaseCorruptError as exc:
            if path is not None:  # a backup: choose another
                return error_text(exc)
            found.append(DamagedUnlock(passphrase))
        except StoreError as exc:
            return error_text(exc)
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


def _backup_key(asker: Prompter, folder: Path, backup: Path, passphrase: str | None) -> Any:
    """The key of the encrypted *backup*: from the passphrase already typed if it opens it,
    else asked for (None if the user gives up)."""
    from ncdesk.store.file import crypto
    from ncdesk.store.file.errors import StoreError

    if passphrase is not None:
        try:
            return crypto.unlock(folder, passphrase, backup)
        except StoreError:
            pass
    return _ask_unlock(asker, folder, backup)


def _recover(asker: Prompter, folder: Path, err: Any, passphrase: str | None) -> Store | None:
    """After a move-aside (*err*: DatabaseDamagedError or RecoveryPendingError): ask the user,
    and restore the backup named or start a new database, as chosen; never a new database by
    itself, and in an encrypted folder never a plain one. None if the user gives up; *err*
    raised again if the user quits."""
    from ncdesk.store.file import backups, crypto
    from ncdesk.store.file.folder import needs_passphrase_to_start_anew, restore_in_place
    from ncdesk.store.store import Store

    choice = asker.damaged(None, err)
    if choice == "quit" or choice not in ("restore", "new"):
        raise err
    if choice == "restore" and err.backup is not None:
        if crypto.looks_encrypted(err.backup):
            key = _backup_key(asker, folder, err.backup, passphrase)
            if key is None:
                return None
            restore_in_place(folder, err.backup, key)
            return Store.open(folder, program="the window", key=key)
        if not needs_passphrase_to_start_anew(folder):
            restore_in_place(folder, err.backup)
            return Store.open(folder, program="the window")
        # A plain backup in an encrypted folder: into a new database encrypted with the folder's passphrase.
        passphrase = passphrase or _ask_folder_passphrase(asker, folder)
        if passphrase is None:
            return None
        store = Store.open(folder, program="the window", new=True, passphrase=passphrase)
        try:
            backups.restore(store, err.backup)
        except BaseException:
            store.close()
            raise
        return store
    if needs_passphrase_to_start_anew(folder):
        passphrase = passphrase or _ask_folder_passphrase(asker, folder)
        if passphrase is None:
            return None
    return Store.open(folder, program="the window", new=True, passphrase=passphrase)


def _ask_folder_passphrase(asker: Prompter, folder: Path) -> str | None:
    """The passphrase of the encrypted *folder* whose database is gone (for a new database, which
    is encrypted with it), asked until it is right or the user gives up (None)."""
    from PySide6.QtCore import QCoreApplication

    from ncdesk.store.file.errors import StoreError
    from ncdesk.store.file.folder import check_folder_passphrase
    from ncdesk.ui.formatting import error_text

    def check(passphrase: str) -> str | None:
        try:
            check_folder_passphrase(folder, passphrase)
        except StoreError as exc:
            return error_text(exc)
        return None

    answer = asker.passphrase(
        None,
        "unlock",
        QCoreApplication.translate("app", "Unlock ncdesk"),
        QCoreApplication.translate(
            "app", "The data folder %1 is encrypted: the new database will be too. Type its passphrase."
        ).replace("%1", str(folder)),
        check=check,
    )
    return None if answer is None else answer[0]


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
        window.security_actions.encrypt_database()
