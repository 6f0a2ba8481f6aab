"""The window over a database with invalid UTF-8 in a row: no crash; the repair is offered, and
refused, the message says what happened and what to do."""

from __future__ import annotations

from pathlib import Path

from ncdesk.app import build_window
from ncdesk.store.file import backups
from ncdesk.store.store import Store
from tests.store.test_damaged_text import damage


def test_the_window_offers_the_repair_of_damaged_text(qtbot, initialised: Path, prompter) -> None:  # type: ignore[no-untyped-def]
    with Store.open(initialised) as store:
        good = backups.make_backup(store, "manual").path.name
        alert = damage(store)
    prompter.confirm_answer = False
    message = build_window(initialised, prompter)
    assert isinstance(message, str)
    assert message.startswith("The database is damaged: the column notes holds text that is not valid UTF-8")
    assert f"ncdesk restore {good}" in message and f"Data folder: {initialised}" in message
    assert "Repair it now?" in prompter.questions[-1]
    prompter.confirm_answer = True
    built = build_window(initialised, prompter)
    assert not isinstance(built, str)
    store, window = built
    qtbot.addWidget(window)
    try:
        assert store.get("travel_alert", alert)["notes"] == "UN\ufffdA"
    finally:
        window.close()
        store.close()
