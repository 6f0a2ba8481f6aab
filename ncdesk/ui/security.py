"""The window's side of encryption: the passphrase dialog, the locked screen, the idle timer,
and the Security part of Settings.

The window locks after a time without a key press or mouse click (10 minutes unless Settings
says otherwise) and when the desktop session locks, where the desktop says so (the
freedesktop ScreenSaver signal on Linux; Qt reports a suspended application on macOS).
Locking closes the database, forgets the key, clears the clipboard and every table, and
shows the locked screen; only an encrypted database locks (a plain one has no key to forget).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ncdesk.store.file.crypto import MIN_PASSPHRASE, WeakPassphraseError, check_passphrase, passphrase_warning
from ncdesk.ui.formatting import error_text

DEFAULT_LOCK_MINUTES = 10
SETTING_LOCK = "security/lockAfterMinutes"

# Returns an error message to show, or None when the passphrase is accepted.
Check = Callable[[str], "str | None"]


def lock_minutes(settings: QSettings) -> int:
    value = settings.value(SETTING_LOCK, DEFAULT_LOCK_MINUTES)
    try:
        return max(0, int(str(value)))
    except ValueError:
        return DEFAULT_LOCK_MINUTES


def _password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(320)
    return edit


class PassphraseDialog(QDialog):
    """Asks for a passphrase: to unlock ("unlock"), a new one twice ("new"), or the current one
    and a new one twice ("change"). *check* vets the current passphrase before the dialog
    closes (a wrong one is said in the dialog, which stays open)."""

    def __init__(
        self,
        mode: str,
        title: str,
        text: str,
        check: Check | None = None,
        parent: QWidget | None = None,
        accept_label: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.check = check
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        intro.setObjectName("passphraseIntro")
        form = QFormLayout()
        self.current = _password_edit(self, "currentPassphrase")
        self.new = _password_edit(self, "newPassphrase")
        self.again = _password_edit(self, "newPassphraseAgain")
        self.current.setVisible(mode in ("unlock", "change"))
        self.new.setVisible(mode in ("new", "change"))
        self.again.setVisible(mode in ("new", "change"))
        if mode in ("unlock", "change"):
            form.addRow(self.tr("Passphrase") if mode == "unlock" else self.tr("Current passphrase"), self.current)
        if mode in ("new", "change"):
            form.addRow(self.tr("New passphrase"), self.new)
            form.addRow(self.tr("Type it again"), self.again)
        self.show_box = QCheckBox(self.tr("Show what I type"), self)
        self.show_box.setObjectName("showPassphrase")
        self.show_box.toggled.connect(self._show)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        if mode in ("new", "change"):
            self.hint.setText(
                self.tr(
                    "At least %1 characters; a sentence you will remember is best. Without the passphrase "
                    "the data cannot be recovered: nobody, not even the ncdesk team, can open it."
                ).replace("%1", str(MIN_PASSPHRASE))
            )
        self._warned: str | None = None  # the weak new passphrase already warned about
        self.error = QLabel(self)
        self.error.setObjectName("passphraseError")
        self.error.setStyleSheet("color: #a00;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("passphraseOk")
        ok.setText(accept_label or (self.tr("Unlock") if mode == "unlock" else self.tr("OK")))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.show_box)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # wrapped text keeps its height
        self.setMinimumWidth(520)
        (self.current if mode in ("unlock", "change") else self.new).setFocus()

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for edit in (self.current, self.new, self.again):
            edit.setEchoMode(mode)

    def try_accept(self) -> None:
        self.error.clear()
        if self.mode in ("new", "change"):
            if self.new.text() != self.again.text():
                self.error.setText(self.tr("The two new passphrases differ."))
                self.again.setFocus()
                return
            try:
                check_passphrase(self.new.text())
            except WeakPassphraseError as exc:
                self.error.setText(error_text(exc))
                self.new.setFocus()
                return
            warning = passphrase_warning(self.new.text())
            if warning and self._warned != self.new.text():  # said once; OK again takes it
                self._warned = self.new.text()
                self.error.setText(
                    error_text(WeakPassphraseError(warning))
                    + " "
                    + self.tr("Choose a stronger one, or press OK again to use it anyway.")
                )
                self.new.setFocus()
                return
        if self.mode in ("unlock", "change") and self.check is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                problem = self.check(self.current.text())
            finally:
                QApplication.restoreOverrideCursor()
            if problem:
                self.error.setText(problem)
                self.current.selectAll()
                self.current.setFocus()
                return
        self.accept()

    def passphrase(self) -> str:
        return self.current.text()

    def new_passphrase(self) -> str:
        return self.new.text()

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            for edit in (self.current, self.new, self.again):
                edit.clear()


class LockedPanel(QWidget):
    """What the window shows while locked: nothing of the data, and a passphrase field."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockedPanel")
        title = self.title = QLabel(self.tr("ncdesk is locked"), self)
        title.setObjectName("lockedTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = self.text = QLabel(
            self.tr("The database is closed and its key forgotten. Type the passphrase to go on where you left off."),
            self,
        )
        text.setWordWrap(True)
        self.edit = _password_edit(self, "unlockPassphrase")
        self.edit.returnPressed.connect(self._submit)
        self.button = QPushButton(self.tr("Unlock"), self)
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        self.error = QLabel(self)
        self.error.setObjectName("unlockError")
        self.error.setStyleSheet("color: #a00;")
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(text)
        box.addLayout(row)
        box.addWidget(self.error)
        inner = QWidget(self)
        inner.setLayout(box)
        inner.setMaximumWidth(560)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(inner)
        line.addStretch(1)
        outer.addLayout(line)
        outer.addStretch(2)

    def _submit(self) -> None:
        text = self.edit.text()
        self.edit.clear()
        self.unlock_requested.emit(text)

    def retranslate(self) -> None:
        """Its words in the language now applied (Settings ▸ Language)."""
        self.title.setText(self.tr("ncdesk is locked"))
        self.text.setText(
            self.tr("The database is closed and its key forgotten. Type the passphrase to go on where you left off.")
        )
        self.button.setText(self.tr("Unlock"))

    def reset(self, error: str = "") -> None:
        self.edit.clear()
        self.error.setText(error)
        self.edit.setFocus()


class IdleWatcher(QObject):
    """Emits `idle` after *minutes* without a key press, click or wheel turn in the application,
    and `session_locked` when the desktop says the session locked."""

    idle = Signal()
    session_locked = Signal()

    _ACTIVITY = (
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    )

    def __init__(self, parent: QObject | None = None, minutes: int = DEFAULT_LOCK_MINUTES) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            if isinstance(app, QGuiApplication):
                app.applicationStateChanged.connect(self._state_changed)
        self._dbus = _watch_screensaver(self)

    def set_minutes(self, minutes: int, *, ms: int | None = None) -> None:
        """Lock after *minutes* (0: never); *ms* overrides it (tests)."""
        interval = ms if ms is not None else minutes * 60_000
        self.timer.stop()
        if interval > 0:
            self.timer.setInterval(interval)
            self.timer.start()

    def active(self) -> bool:
        return self.timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._ACTIVITY and self.timer.interval() > 0:
            self.timer.start()
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.session_locked.emit()

    def screensaver_changed(self, active: bool) -> None:
        if active:
            self.session_locked.emit()


def _watch_screensaver(watcher: IdleWatcher) -> object | None:
    """Listen for the freedesktop ScreenSaver's ActiveChanged on the session bus, if there is one."""
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:
        return None
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return None
    relay = _ScreenSaverRelay(watcher)
    for service, path in (
        ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
        ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ):
        # PySide6's stub types the SLOT() string as bytes; at run time this PySide6 takes only a str
        # (bytes raise ValueError), so the call is checked here rather than against the stub.
        bus.connect(service, path, service, "ActiveChanged", relay, "1relay(bool)")  # type: ignore[call-overload]
    return relay


class _ScreenSaverRelay(QObject):
    def __init__(self, watcher: IdleWatcher) -> None:
        super().__init__(watcher)
        self.watcher = watcher

    @Slot(bool)
    def relay(self, active: bool) -> None:
        self.watcher.screensaver_changed(bool(active))


class SecurityBox(QGroupBox):
    """Settings ▸ Security: encryption state and actions, and the idle lock delay."""

    def __init__(self, window: QWidget, settings: QSettings, encrypted: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Security"), parent)
        self.setObjectName("securityBox")
        self.settings = settings
        self.state = QLabel(self)
        self.state.setObjectName("encryptionState")
        self.state.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("Encrypt this database…"), self)
        self.encrypt_button.setObjectName("encryptButton")
        self.passwd_button = QPushButton(self.tr("Change passphrase…"), self)
        self.passwd_button.setObjectName("passwdButton")
        self.decrypt_button = QPushButton(self.tr("Remove encryption…"), self)
        self.decrypt_button.setObjectName("decryptButton")
        for button, name in (
            (self.encrypt_button, "encrypt_database"),
            (self.passwd_button, "change_passphrase"),
            (self.decrypt_button, "remove_encryption"),
        ):
            button.clicked.connect(lambda _=False, n=name: self._run(window, n))
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("lockMinutes")
        self.minutes.setRange(0, 240)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("never"))
        self.minutes.setValue(lock_minutes(settings))
        buttons = QHBoxLayout()
        buttons.addWidget(self.encrypt_button)
        buttons.addWidget(self.passwd_button)
        buttons.addWidget(self.decrypt_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Lock when idle after"), self.minutes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addLayout(form)
        self.show_state(encrypted)

    def _run(self, window: QWidget, name: str) -> None:
        actions = getattr(window, "security_actions", window)  # the main window's (ui/actions/security.py)
        getattr(actions, name)()
        self.show_state(bool(getattr(actions, "encrypted", lambda: False)()))

    def show_state(self, encrypted: bool) -> None:
        if encrypted:
            self.state.setText(
                self.tr(
                    "This database, its backups and attached files are encrypted. ncdesk locks itself when "
                    "idle and asks for the passphrase again."
                )
            )
        else:
            self.state.setText(
                self.tr(
                    "This database is not encrypted: anyone who gets this computer's files can read it. "
                    "Encrypt it on a laptop you travel with."
                )
            )
        self.encrypt_button.setEnabled(not encrypted)
        self.passwd_button.setEnabled(encrypted)
        self.decrypt_button.setEnabled(encrypted)
        self.minutes.setEnabled(encrypted)

    def save(self) -> None:
        self.settings.setValue(SETTING_LOCK, self.minutes.value())
