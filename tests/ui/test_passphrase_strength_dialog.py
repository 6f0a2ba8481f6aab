"""The window's passphrase dialog: the commonest passwords refused, a weak one warned about once."""

from __future__ import annotations

from ncdesk.ui.security import PassphraseDialog


def test_the_dialog_refuses_password_and_warns_once_on_a_weak_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PassphraseDialog("new", "New", "Choose one")
    qtbot.addWidget(dialog)
    for text in ("password", "12345678"):
        dialog.new.setText(text)
        dialog.again.setText(text)
        dialog.try_accept()
        assert "one of the commonest" in dialog.error.text() and dialog.result() == 0
    dialog.new.setText("correcthorse")
    dialog.again.setText("correcthorse")
    dialog.try_accept()
    assert "The passphrase is weak" in dialog.error.text() and "press OK again" in dialog.error.text()
    assert dialog.result() == 0
    dialog.try_accept()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted and dialog.new_passphrase() == "correcthorse"
