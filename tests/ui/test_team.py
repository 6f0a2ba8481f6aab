"""Sharing with the other focal points, in the window: the Team view, adding a contact from its
card, Share, Receive with its preview and conflicts, a passphrase handover, an unknown sender,
the exchange folder's automatic pick-up, and records kept on this laptop only."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QPushButton

from ncdesk.io import package, sharing
from ncdesk.store.records import exchange, exchange_peers
from ncdesk.store.records.alerts import create_alert
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from ncdesk.ui.mainwindow import MainWindow
from ncdesk.ui.team import ContactsModel
from ncdesk.ui.team_folder import ExchangeDialog
from ncdesk.ui.team_receive import ChangesModel, PreviewDialog
from ncdesk.ui.team_share import ShareDialog
from tests import encrypted_mode as enc
from tests.conftest import FixedClock
from tests.exchange_helpers import new_release
from tests.ui.conftest import FakePrompter, settled

SHOTS = Path("/work/notes/shots")
PASSPHRASE = "correct horse battery staple of the Bureau"


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def poland(tmp_path: Path, reference_db: Path) -> Iterator[Store]:
    """A second laptop, in the same process."""
    folder = tmp_path / "Poland"
    folder.mkdir()
    shutil.copyfile(reference_db, folder / "ncdesk.sqlite3")
    other = enc.open_plain(folder, clock=FixedClock(), load_reference=False)
    sharing.ensure_identity(other, "Poland — focal point")
    yield other
    other.close()


def _alert(store: Store, source: str = "cable") -> str:
    return create_alert(
        store,
        {"person_id": ref_id("person", "vladimir-putin"), "date": "2030-01-02", "reliability": "probable",
         "source_description": source, "destinations": [ref_id("state", "MNG")]},
        at=dt.date(2026, 11, 2),
    )  # fmt: skip


def _befriend(window: MainWindow, other: Store) -> None:
    sharing.ensure_identity(window.store, "Mexico — focal point")
    sharing.add_card(window.store, package.card_text(sharing.my_card(other)), verified=True)
    sharing.add_card(other, package.card_text(sharing.my_card(window.store)), verified=True)
    window.team.refresh()


def _preview(qtbot, window: MainWindow, path: Path) -> PreviewDialog:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.preview_shown, timeout=20000) as blocker:
        window.exchange_actions.receive_file(path)
    dialog = blocker.args[0]
    assert isinstance(dialog, PreviewDialog)
    return dialog


def test_the_team_view_its_identity_and_contacts(qtbot, qtmodeltester, window: MainWindow, prompter: FakePrompter,
                                                 poland: Store, tmp_path: Path) -> None:  # fmt: skip
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    team = window.team
    assert window.current_view() is team
    assert "No identity yet" in team.me_name.text()
    card = team.copy_card()  # the identity is made on first use
    assert QApplication.clipboard().text() == card
    assert package.parse_card(card).installation_id == exchange_peers.require_identity(window.store).installation_id
    assert len(team.me_fingerprint.text().split()) == 6
    prompter.save_path = tmp_path / "me.txt"
    assert team.export_card() == tmp_path / "me.txt" and (tmp_path / "me.txt").read_text(encoding="utf-8") == card
    prompter.texts = ["Mexico — focal point"]
    assert team.rename() and exchange_peers.require_identity(window.store).name == "Mexico — focal point"

    # Add a contact from their card, pasted: its name and fingerprint shown, to compare first.
    theirs = package.card_text(sharing.my_card(poland))
    dialog = team.add_contact()
    assert not dialog.add_button.isEnabled()
    dialog.text.setPlainText("Hello,\n\nhere is my card:\n\n" + theirs + "\n\nBest, Anna")
    assert dialog.card_name.text() == "Poland — focal point"
    assert dialog.fingerprint.text() == package.fingerprint(sharing.my_card(poland))
    assert "Compare these digits with them by phone" in dialog.compare.text()
    assert dialog.add_button.isEnabled()
    shot(dialog, "team-add-contact")
    with qtbot.waitSignal(team.contacts_changed):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert team.model.rowCount() == 1
    qtmodeltester.check(team.model)
    row = [team.model.index(0, c).data() for c in range(team.model.columnCount())]
    assert row[ContactsModel.NAME] == "Poland — focal point" and row[ContactsModel.VERIFIED] == "not verified"
    assert row[ContactsModel.SENT] == "never"

    # A broken card says why, and adds nothing.
    block_line = theirs.splitlines()[7]
    broken = team.add_contact(theirs.replace(block_line, block_line[:10] + "A" + block_line[11:]))
    assert not broken.add_button.isEnabled() and broken.problem.text()
    broken.reject()

    team.select(exchange_peers.contacts(window.store)[0].installation_id)
    qtbot.mouseClick(team.verify_button, Qt.MouseButton.LeftButton)
    assert exchange_peers.contacts(window.store)[0].verified
    assert "Did you compare the fingerprint" in prompter.questions[-1]
    qtbot.mouseClick(team.publisher_button, Qt.MouseButton.LeftButton)
    assert exchange_peers.contacts(window.store)[0].publisher
    assert team.model.index(0, ContactsModel.VERIFIED).data() == "✓ verified"
    shot(window, "team-view")

    prompter.confirm_answer = False  # the confirmation's default
    qtbot.mouseClick(team.remove_button, Qt.MouseButton.LeftButton)
    assert len(exchange_peers.contacts(window.store)) == 1
    prompter.confirm_answer = True
    qtbot.mouseClick(team.remove_button, Qt.MouseButton.LeftButton)
    assert exchange_peers.contacts(window.store) == [] and team.model.rowCount() == 0


def test_the_team_view_remembers_its_column_widths(qtbot, window: MainWindow, settings) -> None:  # type: ignore[no-untyped-def]
    window.team.contacts_table.setColumnWidth(0, 333)
    window.save_layout()
    again = MainWindow(window.store, window.prompter, settings)
    qtbot.addWidget(again)
    assert again.team.contacts_table.columnWidth(0) == 333
    again.close()


def test_share_to_a_file_then_receive_with_a_conflict_decided(
    qtbot, qtmodeltester, window: MainWindow, prompter: FakePrompter, poland: Store, tmp_path: Path
) -> None:
    _befriend(window, poland)
    alert = _alert(window.store)
    window.show_view("alerts")
    dialog = window.exchange_actions.share_package()
    assert isinstance(dialog, ShareDialog)
    assert dialog.chosen_contacts() == [exchange_peers.contacts(window.store)[0].installation_id]
    assert dialog.changes.isChecked()
    shot(dialog, "share-dialog")
    prompter.save_path = tmp_path / "to-poland.ncpkg"
    with qtbot.waitSignal(window.package_shared, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert blocker.args == [str(tmp_path / "to-poland.ncpkg")]
    assert prompter.suggested.endswith(".ncpkg") and Path(prompter.suggested).name.startswith("ncdesk-")
    assert "shared with Poland — focal point" in window.statusBar().currentMessage()
    assert window.team.model.index(0, ContactsModel.SENT).data() != "never"
    got = sharing.receive(poland, sharing.preview(poland, (tmp_path / "to-poland.ncpkg").read_bytes()))
    assert got.added >= 3 and poland.get("travel_alert", alert) is not None

    # Both change the same field: a conflict.
    window.store.update("travel_alert", alert, {"source_description": "cable from Geneva"})
    poland.update("travel_alert", alert, {"source_description": "note verbale"})
    back = sharing.write_package(poland, sharing.share(poland, ["Mexico"]), tmp_path / "from-poland.ncpkg")
    preview = _preview(qtbot, window, back)
    conflicts = preview.models["conflicts"]
    qtmodeltester.check(conflicts)
    assert conflicts.rowCount() == 1
    assert conflicts.index(0, 2).data() == "cable from Geneva" and conflicts.index(0, 3).data() == "note verbale"
    assert "From Poland — focal point" in preview.summary.text()
    assert not preview.receive_button.isEnabled(), "Receive waits until every conflict is decided"
    shot(preview, "receive-preview-conflict")
    qtbot.mouseClick(preview.all_mine, Qt.MouseButton.LeftButton)
    assert preview.receive_button.isEnabled()
    assert conflicts.setData(conflicts.index(0, ChangesModel.CHOICE), "theirs")
    assert preview.decisions() == {(alert, "source_description"): "theirs"}
    with qtbot.waitSignal(window.package_received, timeout=20000) as received:
        qtbot.mouseClick(preview.receive_button, Qt.MouseButton.LeftButton)
    assert received.args[0].conflicts == 1
    assert window.store.get("travel_alert", alert)["source_description"] == "note verbale"
    kept = exchange.conflicts_of(window.store, alert)
    assert [(c["mine"], c["theirs"], c["kept"]) for c in kept] == [("cable from Geneva", "note verbale", "theirs")]
    assert "Received from Poland — focal point" in window.statusBar().currentMessage()
    window.detail.show_record("travel_alert", alert)
    shown = window.detail.plain_text()
    assert (
        "Conflicts decided" in shown and "took Poland — focal point's note verbale; ours was cable from Geneva" in shown
    )
    settled(qtbot, window)  # the dashboard is read in a worker
    board = window.dashboard.plain_text()
    assert "Received from Poland — focal point: 1 field(s) updated" in board
    labels = [r[0] for r in window.store.db.execute("SELECT label FROM change_batch WHERE kind = 'receive'")]
    assert labels == [f"Received from Poland — focal point, package {received.args[0].package_id[:8]}"]


def test_cancel_writes_nothing(qtbot, window: MainWindow, poland: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _befriend(window, poland)
    alert = _alert(poland)
    path = sharing.write_package(poland, sharing.share(poland, ["Mexico"]), tmp_path)
    preview = _preview(qtbot, window, path)
    assert preview.models["added"].rowCount() >= 3 and preview.receive_button.isEnabled()
    shot(preview, "receive-preview-added")
    preview.reject()
    QApplication.processEvents()
    assert window.store.get("travel_alert", alert) is None
    assert exchange.received_packages(window.store) == []


def test_a_passphrase_handover_and_an_unknown_sender(
    qtbot, window: MainWindow, prompter: FakePrompter, poland: Store, tmp_path: Path
) -> None:
    sharing.ensure_identity(window.store, "Mexico — focal point")
    alert = _alert(poland)
    # Sealed to us by someone not (yet) a contact: offered to add them, with the fingerprint to compare.
    sharing.add_card(poland, package.card_text(sharing.my_card(window.store)))
    sealed = sharing.write_package(poland, sharing.share(poland, ["Mexico"]), tmp_path / "sealed.ncpkg")
    prompter.confirm_answer = True
    window.exchange_actions.receive_file(sealed)
    qtbot.waitUntil(lambda: any(isinstance(w, type(window.team.add_contact())) and w.isVisible() and w.card
                                for w in QApplication.topLevelWidgets()), timeout=20000)  # fmt: skip
    assert "is not one of your contacts" in prompter.questions[-1]
    dialog = next(
        w for w in QApplication.topLevelWidgets()
        if w.objectName() == "addContactDialog" and w.isVisible() and w.card  # type: ignore[attr-defined]
    )  # fmt: skip
    assert dialog.fingerprint.text() == package.fingerprint(sharing.my_card(poland))  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.preview_shown, timeout=20000) as blocker:
        dialog.verified.setChecked(True)  # type: ignore[attr-defined]
        dialog.add()  # type: ignore[attr-defined]
    assert blocker.args[0].models["added"].rowCount() >= 3
    assert window.store.get("travel_alert", alert) is None  # previewed only
    blocker.args[0].reject()

    # A handover sealed with a passphrase: asked for it, then previewed.
    path = sharing.write_package(poland, sharing.share(poland, passphrase=PASSPHRASE, everything=True), tmp_path)
    prompter.passphrases = [(PASSPHRASE, "")]
    preview = _preview(qtbot, window, path)
    assert not prompter.passphrases and preview.models["added"].rowCount() >= 3
    preview.reject()

    # A refusal says its sentence.
    (tmp_path / "junk.ncpkg").write_bytes(b"not a package at all")
    window.exchange_actions.receive_file(tmp_path / "junk.ncpkg")
    qtbot.waitUntil(lambda: bool(prompter.errors), timeout=20000)
    assert prompter.errors[-1][0] == "The package was not received" and prompter.errors[-1][1]


def test_the_exchange_folder_sends_and_picks_up(
    qtbot, window: MainWindow, prompter: FakePrompter, poland: Store, tmp_path: Path
) -> None:
    _befriend(window, poland)
    folder = tmp_path / "Synced"
    folder.mkdir()
    prompter.folder_answer = folder
    dialog = window.exchange_actions.open_exchange_settings()
    dialog.choose()
    dialog.auto.setChecked(True)
    shot(dialog, "exchange-settings")
    dialog.save()
    assert sharing.exchange_folder(window.store) == folder and window.exchange_timer.isActive()
    sharing.set_exchange_folder(poland, folder)
    settings = window.open_settings()  # Settings ▸ Exchange says where, and opens the same dialog
    box = settings.findChild(QGroupBox, "exchangeBox")
    assert box is not None and str(folder) in box.findChild(QLabel).text()
    shot(settings, "settings-exchange")
    box.findChild(QPushButton, "exchangeFolderButton").click()
    assert window.findChildren(ExchangeDialog)[-1].isVisible()
    window.findChildren(ExchangeDialog)[-1].reject()
    settings.reject()

    alert = _alert(poland)
    assert sharing.outgoing_to_folder(poland) is not None
    mine = _alert(window.store, "my own cable")
    assert window.exchange_soon.isActive(), "a change here: a package soon"
    with qtbot.waitSignal(window.exchange_picked_up, timeout=20000) as blocker:
        assert window.exchange_actions.exchange_tick()  # what the timer's timeout runs
    assert len(blocker.args[0].received) == 1
    assert window.store.get("travel_alert", alert) is not None
    assert sharing.pick_up(poland).received and poland.get("travel_alert", mine) is not None

    # A conflict: the package waits in the Team view for a decision.
    window.store.update("travel_alert", alert, {"source_description": "ours"})
    poland.update("travel_alert", alert, {"source_description": "theirs"})
    sharing.outgoing_to_folder(poland)
    with qtbot.waitSignal(window.exchange_picked_up, timeout=20000):
        assert window.exchange_actions.exchange_tick()
    assert window.team.waiting_label.text() == "1 package(s) wait for your decision."
    window.show_view("team")
    shot(window, "team-view-waiting")
    window.store.update("travel_alert", mine, {"notes": "an edit since the package was picked up"})
    with qtbot.waitSignal(window.preview_shown, timeout=20000) as shown:
        window.team._open_waiting(None)
    preview = shown.args[0]
    qtbot.mouseClick(preview.all_theirs, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.package_received, timeout=20000):
        qtbot.mouseClick(preview.receive_button, Qt.MouseButton.LeftButton)
    assert window.store.get("travel_alert", alert)["source_description"] == "theirs"
    assert window.team.waiting == []


def test_a_record_kept_on_this_laptop_only(qtbot, window: MainWindow, poland: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _befriend(window, poland)
    alert = _alert(window.store)
    window.open_record("travel_alert", alert)
    assert window.act_private.isEnabled() and not window.act_private.isChecked()
    window.act_private.trigger()
    assert exchange_peers.is_private(window.store, alert) and window.act_private.isChecked()
    assert "Kept on this laptop only" in window.detail.plain_text()
    made = sharing.share(window.store, ["Poland"])
    assert alert not in {r["id"] for r in made.outgoing.body["records"]}
    window.act_private.trigger()
    assert not exchange_peers.is_private(window.store, alert)
    assert "Kept on this laptop only" not in window.detail.plain_text()


def test_a_reference_release_from_the_publisher_is_previewed_then_applied(
    qtbot, window: MainWindow, poland: Store, tmp_path: Path
) -> None:
    _befriend(window, poland)
    other = exchange_peers.require_identity(poland)
    exchange_peers.set_contact(window.store, other.installation_id, publisher=True)
    release = new_release(tmp_path)
    made = sharing.write_package(poland, sharing.share_release(poland, release, ["Mexico"]), tmp_path)
    preview = _preview(qtbot, window, made)
    assert "Reference release 2099.1" in preview.summary.text() and preview.receive_button.isEnabled()
    shot(preview, "receive-preview-release")
    with qtbot.waitSignal(window.package_received, timeout=20000):
        preview.try_accept()
    assert window.store.reference_version() == "2099.1"


def test_the_preview_names_records_in_the_window_language(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.ui.team_receive import record_title

    assert record_title("travel_alert", "Travel alert: Vladimir Putin, 2 January 2030") == (
        "Travel alert: Vladimir Putin, 2 January 2030"
    )
    window.set_language("fr")
    try:
        assert record_title("travel_alert", "Travel alert: Vladimir Putin") == "Alerte de voyage\u00a0: Vladimir Putin"
        assert record_title("alert_step", "Alert step: verified, 2026-11-03").startswith("Étape de l'alerte\u00a0: ")
    finally:
        window.set_language("en")
