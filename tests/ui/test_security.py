"""The window's encryption: unlock at start, encrypt / change / remove from Settings, the idle
lock that closes the database and clears the views, and attachments that never reach a
plaintext temporary file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ncdesk.store.file import crypto, encryption
from ncdesk.store.store import Store
from ncdesk.ui.mainwindow import MainWindow
from tests.ui.conftest import FakePrompter

PASS, OTHER = "correct horse battery", "a new passphrase here"
pytestmark = pytest.mark.manages_encryption  # the encrypted mode of the suite leaves these folders to the tests


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "DEFAULT_PARAMS", crypto.KdfParams(1, 1024, 1))


@pytest.fixture
def encrypted_window(qtbot, store: Store, prompter: FakePrompter, settings: QSettings):  # type: ignore[no-untyped-def]
    encryption.encrypt(store, PASS)
    w = MainWindow(store, prompter, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.runner.pool.waitForDone(5000)
    w.close()


def test_lock_closes_the_database_clears_the_views_and_unlock_brings_them_back(encrypted_window: MainWindow) -> None:
    w = encrypted_window
    w.show_view("persons")
    persons = w.views["persons"].model
    assert persons.rowCount() >= 10
    first = persons.id_at(0)
    w.open_record("person", first)
    assert w.detail.record_id == first
    assert w.security_actions.lock()
    assert w.operations.ran[-1] == "backup at lock"  # made in a worker before the database closed
    assert w.store.is_locked and w.store.key is None and crypto.key_for(w.store.folder) is None
    assert persons.rowCount() == 0 and w.views["situations"].model.rowCount() == 0
    assert w.detail.record_id is None
    assert w.dashboard.browser.toPlainText() == ""
    assert w.central.currentWidget() is w.locked_panel
    assert not w.act_edit.isEnabled() and not w.menuBar().isEnabled()
    assert "locked" in w.windowTitle()
    w.backup_actions.periodic_backup()  # the timer may fire while locked: nothing happens, nothing fails

    assert not w.security_actions.unlock("not the passphrase")
    assert "wrong" in w.locked_panel.error.text()
    assert w.store.is_locked

    assert w.security_actions.unlock(PASS)
    assert not w.store.is_locked and w.central.currentWidget() is w.splitter
    assert persons.rowCount() >= 10 and w.act_new_alert.isEnabled() and w.menuBar().isEnabled()
    assert w.store.get("person", first) is not None


def test_the_locked_panel_unlocks_on_enter(qtbot, encrypted_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = encrypted_window
    w.security_actions.lock()
    qtbot.keyClicks(w.locked_panel.edit, PASS)
    qtbot.keyClick(w.locked_panel.edit, "\r")
    qtbot.waitUntil(lambda: not w.store.is_locked)
    assert w.locked_panel.edit.text() == ""


def test_idle_lock_fires_after_the_delay(qtbot, encrypted_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = encrypted_window
    assert w.idle.active()  # armed: the database is encrypted
    w.idle.set_minutes(0, ms=50)
    qtbot.waitUntil(lambda: w.store.is_locked, timeout=3000)
    assert w.central.currentWidget() is w.locked_panel


def test_lock_now_from_the_menu(encrypted_window: MainWindow) -> None:
    assert encrypted_window.act_lock.isEnabled()
    encrypted_window.act_lock.trigger()
    assert encrypted_window.store.is_locked
    assert encrypted_window.findChild(type(encrypted_window.act_lock), "quit").isEnabled()


def test_a_plain_database_does_not_lock(window: MainWindow) -> None:
    assert not window.act_lock.isEnabled()
    assert not window.idle.active()
    assert not window.security_actions.lock()
    assert not window.store.is_locked


def test_lock_clears_the_clipboard(qtbot, encrypted_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    w = encrypted_window
    w.clipboard_guard.copy("Travel of a person sought by the Court")
    assert QGuiApplication.clipboard().text()
    w.security_actions.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_settings_encrypt_change_and_remove(qtbot, window: MainWindow, prompter: FakePrompter) -> None:  # type: ignore[no-untyped-def]
    folder = window.store.folder
    dialog = window.open_settings()
    box = dialog.security  # type: ignore[attr-defined]
    assert box.encrypt_button.isEnabled() and not box.passwd_button.isEnabled()
    assert "not encrypted" in box.state.text()

    prompter.passphrases = [("", "short")]  # too short: refused by the dialog itself, not here
    prompter.passphrases = [("", PASS)]
    box.encrypt_button.click()
    assert "encryption" in window.operations.ran  # converted in a worker, on its own connection
    assert window.store.key is not None and crypto.is_encrypted(folder)
    assert box.passwd_button.isEnabled() and not box.encrypt_button.isEnabled()
    assert "are encrypted" in box.state.text()
    assert window.idle.active() and window.act_lock.isEnabled()
    assert any("Keep the passphrase safe" in text for _t, text in prompter.infos)

    prompter.passphrases = [("wrong passphrase", OTHER), (PASS, OTHER)]
    box.passwd_button.click()
    assert prompter.passphrase_errors == [
        "The passphrase is wrong. Type it again (it is case-sensitive); nothing was changed."
    ]
    with pytest.raises(crypto.WrongPassphraseError):
        crypto.unlock(folder, PASS)
    crypto.unlock(folder, OTHER).wipe()

    prompter.passphrases = [(OTHER, "")]
    box.decrypt_button.click()
    assert window.store.key is None and not crypto.is_encrypted(folder)
    assert not crypto.kdf_path(folder).exists()
    assert box.encrypt_button.isEnabled()
    assert not window.idle.active()
    assert window.views["persons"].model.rowCount() >= 10


def test_remove_encryption_asks_first(window: MainWindow, prompter: FakePrompter) -> None:
    encryption.encrypt(window.store, PASS)
    prompter.confirm_answer = False
    prompter.passphrases = [(PASS, "")]
    assert not window.security_actions.remove_encryption()
    assert window.store.key is not None


def test_passphrase_dialog_refuses_a_mismatch_and_a_short_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.ui.security import PassphraseDialog

    dialog = PassphraseDialog("new", "New", "Choose one")
    qtbot.addWidget(dialog)
    dialog.new.setText("long enough one")
    dialog.again.setText("long enough two")
    dialog.try_accept()
    assert "differ" in dialog.error.text() and dialog.result() == 0
    dialog.new.setText("short")
    dialog.again.setText("short")
    dialog.try_accept()
    assert "at least 8" in dialog.error.text()
    dialog.new.setText(PASS)
    dialog.again.setText(PASS)
    dialog.try_accept()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert dialog.new_passphrase() == PASS


def test_unlock_dialog_says_a_wrong_passphrase_and_stays_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.ui.security import PassphraseDialog

    dialog = PassphraseDialog("unlock", "Unlock", "Type it", check=lambda p: None if p == PASS else "wrong")
    qtbot.addWidget(dialog)
    dialog.current.setText("nope")
    dialog.try_accept()
    assert dialog.error.text() == "wrong" and dialog.result() == 0
    dialog.current.setText(PASS)
    dialog.try_accept()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted


def test_start_asks_for_the_passphrase_until_right(qtbot, data_dir: Path, prompter: FakePrompter) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.app import build_window

    with Store.open(data_dir) as store:
        encryption.encrypt(store, PASS)
    prompter.passphrases = [("wrong one here", ""), (PASS, "")]
    built = build_window(data_dir, prompter)
    assert not isinstance(built, str)
    store, window = built
    try:
        assert prompter.passphrase_errors and "wrong" in prompter.passphrase_errors[0]
        assert store.key is not None and window.views["persons"].model.rowCount() >= 10
    finally:
        window.close()
        store.close()
    prompter.passphrases = []  # the user closes the dialog
    assert build_window(data_dir, prompter) == ""


def test_start_with_a_database_damaged_in_its_first_bytes_offers_the_backup(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path, prompter: FakePrompter
) -> None:
    from ncdesk.app import build_window
    from ncdesk.store.file import backups
    from ncdesk.store.records.editing import save

    with Store.open(data_dir) as store:
        save(store, "person", {"name": "In the backup"})
        encryption.encrypt(store, PASS)
        backups.make_backup(store, "manual")
    db = data_dir / "ncdesk.sqlite3"
    db.write_bytes(bytes(16) + db.read_bytes()[16:])  # the salt zeroed
    prompter.passphrases = [("wrong one here", ""), (PASS, "")]
    built = build_window(data_dir, prompter)
    assert not isinstance(built, str)
    store, window = built
    try:
        # a wrong passphrase is refused in the unlock dialog; the right one leads to the
        # damaged-database dialog (not a refusal), and the backup opens with it, unasked
        assert len(prompter.passphrase_errors) == 1 and "wrong" in prompter.passphrase_errors[0]
        assert len(prompter.damaged_seen) == 1 and prompter.damaged_seen[0].moved_to is not None
        assert prompter.damaged_seen[0].moved_to.parent == data_dir / "damaged"
        assert [p["name"] for p in store.rows("person", "origin = 'user'")] == ["In the backup"]
        assert store.key is not None and crypto.is_encrypted(data_dir)
    finally:
        window.close()
        store.close()


def test_start_explains_a_missing_key_derivation_file(data_dir: Path, prompter: FakePrompter) -> None:
    from ncdesk.app import build_window

    with Store.open(data_dir) as store:
        encryption.encrypt(store, PASS)
    crypto.kdf_path(data_dir).unlink()
    message = build_window(data_dir, prompter)
    assert isinstance(message, str) and "encryption.json is missing" in message
    assert "A copy is kept at" in message
    assert not (data_dir / "damaged").exists()


def test_first_start_offers_encryption(qtbot, data_dir: Path, prompter: FakePrompter) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.app import build_window

    prompter.passphrases = [("", PASS)]
    built = build_window(data_dir, prompter)
    assert not isinstance(built, str)
    store, window = built
    try:
        assert any("Encrypt now?" in q for q in prompter.questions)
        assert store.key is not None and crypto.is_encrypted(data_dir)
    finally:
        window.close()
        store.close()


def test_an_encrypted_attachment_is_saved_decrypted_where_the_user_says(
    qtbot, encrypted_window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.store.records import attachments

    w = encrypted_window
    person = w.store.rows("person")[0]["id"]
    source = tmp_path / "note.txt"
    source.write_text("secret travel details", encoding="utf-8")
    att_id = attachments.attach(w.store, "person", person, source)
    att = w.store.require("attachment", att_id)
    stored = attachments.stored_path(w.store, att)
    assert b"secret travel" not in stored.read_bytes()
    prompter.save_path = tmp_path / "out" / "copy.txt"
    w.file_actions.open_attachment(att_id)
    assert prompter.save_path.read_text(encoding="utf-8") == "secret travel details"
    labels = [r[0] for r in w.store.db.execute("SELECT label FROM change_batch WHERE kind = 'export'")]
    assert any("copy.txt" in label for label in labels)


def test_the_restore_dialog_checks_and_restores_encrypted_backups(
    qtbot, encrypted_window: MainWindow, prompter: FakePrompter
) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.store.file import backups

    w = encrypted_window
    before = w.store.count("person")
    backups.make_backup(w.store, "manual")
    w.store.insert("person", {"name": "Added after the backup"})
    dialog = w.backup_actions.open_restore()
    qtbot.waitUntil(lambda: dialog.is_checked)  # checked in a worker
    assert dialog.found and all(v.ok for _b, v in dialog.found), [v.message for _b, v in dialog.found]
    dialog.table.selectRow(0)
    dialog.start_restore()
    qtbot.waitUntil(lambda: w.store.count("person") == before, timeout=10000)
