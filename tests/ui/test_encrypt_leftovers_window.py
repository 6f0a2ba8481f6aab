"""The window's Encrypt this database… leaves no plaintext (issue 17, case 3): a copy too damaged
to be encrypted is listed in a question, removed if the user agrees, named in the summary if not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ncdesk.store.file import backups, crypto, encryption
from ncdesk.ui.mainwindow import MainWindow
from tests.ui.conftest import FakePrompter

PASS = "correct horse battery"
pytestmark = pytest.mark.manages_encryption  # the test encrypts its folder itself


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "DEFAULT_PARAMS", crypto.KdfParams(1, 1024, 1))


def _leftovers(window: MainWindow) -> tuple[Path, Path]:
    """A damaged copy that can no longer be read (its first page zeroed), and a killed backup's .part."""
    folder = window.store.folder
    good = backups.make_backup(window.store, "manual").path
    (folder / "damaged").mkdir(exist_ok=True)
    zeroed = folder / "damaged" / "ncdesk-20261202T100000Z.sqlite3"
    data = bytearray(good.read_bytes())
    data[:4096] = bytes(4096)
    zeroed.write_bytes(bytes(data))
    part = folder / "backups" / "ncdesk-20261203T100000Z-auto.sqlite3.part"
    shutil.copyfile(good, part)
    return zeroed, part


@pytest.mark.parametrize("agree", [True, False])
def test_encrypt_asks_before_removing_a_copy_it_cannot_encrypt(
    window: MainWindow, prompter: FakePrompter, agree: bool
) -> None:
    if window.store.key is not None:
        pytest.skip("already encrypted")
    zeroed, part = _leftovers(window)
    prompter.passphrases = [("", PASS)]
    prompter.confirm_answer = agree
    assert window.security_actions.encrypt_database()
    assert window.store.key is not None and not part.exists()
    [question] = prompter.questions
    assert "too damaged to be encrypted" in question and str(zeroed) in question
    if agree:
        assert not zeroed.exists() and encryption.plain_copies(window.store.folder) == []
        [(_, summary)] = prompter.infos
        assert "Removed 1 unreadable plain copy(ies) with your agreement." in summary
        assert prompter.warnings == []
    else:
        assert zeroed.exists() and encryption.plain_copies(window.store.folder) == [zeroed]
        [(_, summary)] = prompter.warnings
        assert str(zeroed) in summary and "ncdesk encrypt --remove-unreadable" in summary
    assert "Encrypted the database, 1 backup(s), 0 damaged copy(ies) and 0 attachment(s)." in summary
    assert "Removed 2 unfinished backup or conversion file(s)." not in summary  # one .part: one file
    assert "Removed 1 unfinished backup or conversion file(s)." in summary
    assert "Keep the passphrase safe" in summary
