"""Fixtures for the window: a fresh store, a settings file in the temp folder, and a prompter
that answers dialogs without showing them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from ncdesk.store.file.errors import DatabaseDamagedError
from ncdesk.store.store import Store
from ncdesk.ui.fonts import load_fonts
from ncdesk.ui.mainwindow import MainWindow
from ncdesk.ui.prompts import Prompter
from tests import encrypted_mode as enc


class FakePrompter(Prompter):
    def __init__(self) -> None:
        self.confirm_answer = True
        self.files: list[Path] = []
        self.save_path: Path | None = None
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.questions: list[str] = []
        self.warnings: list[tuple[str, str]] = []
        self.damaged_answer = "restore"
        self.damaged_seen: list[DatabaseDamagedError] = []
        # Passphrase dialogs: each answer is (current, new); a rejected current one (by the
        # dialog's check) is recorded and the next answer tried, as a user would type again.
        self.passphrases: list[tuple[str, str]] = []
        self.passphrase_errors: list[str] = []
        self.folder_answer: Path | None = None
        self.suggested = ""
        self.texts: list[str | None] = []  # answers to text questions, in order

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.questions.append(text)
        return self.confirm_answer

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append((title, text))

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.infos.append((title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.warnings.append((title, text))

    def damaged(self, parent: QWidget | None, err: DatabaseDamagedError) -> str:
        self.damaged_seen.append(err)
        return self.damaged_answer

    def passphrase(  # type: ignore[no-untyped-def]
        self, parent, mode, title, text, check=None, accept_label=None
    ) -> tuple[str, str] | None:
        while self.passphrases:
            current, new = self.passphrases.pop(0)
            problem = check(current) if check is not None and mode != "new" else None
            if problem:
                self.passphrase_errors.append(problem)
                continue
            return current, new
        if mode == "unlock" and enc.ENABLED and enc.SESSION.auto:
            # Encrypted mode: the user types the suite's passphrase when asked to unlock.
            problem = check(enc.PASS) if check is not None else None
            if problem:
                self.passphrase_errors.append(problem)
                return None
            return enc.PASS, ""
        return None

    def open_files(self, parent: QWidget | None, title: str) -> list[Path]:
        return list(self.files)

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
        self.suggested = suggested
        return self.save_path

    def folder(self, parent: QWidget | None, title: str) -> Path | None:
        return self.folder_answer

    def text(self, parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
        return self.texts.pop(0) if self.texts else None


@pytest.fixture(scope="session", autouse=True)
def bundled_fonts(qapp) -> None:  # type: ignore[no-untyped-def]
    assert "Noto Sans" in load_fonts()


@pytest.fixture
def prompter() -> FakePrompter:
    return FakePrompter()


@pytest.fixture
def settings(tmp_path: Path, data_dir: Path) -> QSettings:
    # Encrypted mode: in the data folder, where the window keeps it (and the canary scan looks).
    folder = data_dir if enc.ENABLED and enc.SESSION.auto else tmp_path
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, store: Store, prompter: FakePrompter, settings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(store, prompter, settings)
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.runner.pool.waitForDone(5000)
    w.close()
    w.search.close()
    # Deliver what is pending (deferred deletions, queued signals) while the store is still open.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def settled(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait until the window's background work (tables read, backups, exports) is done and delivered."""
    qtbot.waitUntil(lambda: not window.operations.busy(), timeout=20000)


@pytest.fixture
def english() -> Iterator[None]:
    """The window's language back to English after a test that changes it."""
    yield
    from ncdesk.ui.i18n import apply_language

    apply_language("en")
