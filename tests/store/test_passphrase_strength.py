"""Passphrase strength (issue 17, point 10): the commonest passwords are refused, weak ones taken with a
warning (zxcvbn's estimate), in the store's check, on the command line and in the window's dialog."""

from __future__ import annotations

from pathlib import Path

import pytest

from ncdesk.store.file import crypto
from ncdesk.store.file.crypto import WeakPassphraseError, check_passphrase, passphrase_warning
from tests.cli_helpers import run

WEAK = "correcthorse"  # zxcvbn: score 2
STRONG = "correct horse battery staple"


@pytest.mark.parametrize("common", ["password", "12345678", "qwertyuiop", "iloveyou2024", "p@ssw0rd!"])
def test_the_commonest_passwords_are_refused(common: str) -> None:
    with pytest.raises(WeakPassphraseError, match="one of the commonest or close to one"):
        check_passphrase(common)


def test_a_weak_passphrase_is_taken_with_a_warning_a_strong_one_without() -> None:
    check_passphrase(WEAK)
    assert "The passphrase is weak" in (passphrase_warning(WEAK) or "")
    check_passphrase(STRONG)
    assert passphrase_warning(STRONG) is None
    check_passphrase("word " * 2000)  # a very long one is judged on its start, quickly


@pytest.mark.manages_encryption
def test_encrypt_refuses_password_and_warns_on_a_weak_one(capsys, initialised: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "pass"
    secret.write_text("password\n", encoding="utf-8")
    secret.chmod(0o600)
    code, _, err = run(capsys, "encrypt", "--new-passphrase-file", str(secret))
    assert code == 2 and "one of the commonest" in err and "Nothing was changed" in err
    assert not crypto.is_encrypted(initialised)
    secret.write_text(WEAK + "\n", encoding="utf-8")
    code, _, err = run(capsys, "encrypt", "--new-passphrase-file", str(secret))
    assert code == 0 and "ncdesk: warning: The passphrase is weak" in err
    assert crypto.is_encrypted(initialised)
    new = tmp_path / "new"
    new.write_text("12345678", encoding="utf-8")
    new.chmod(0o600)
    code, _, err = run(capsys, "passwd", "--passphrase-file", str(secret), "--new-passphrase-file", str(new))
    assert code == 2 and "one of the commonest" in err
