"""What the window shows in its language beyond the menus: State names wherever a record names a
State, codes kept as codes, the start's questions, the proposed markings, the names of changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ncdesk.io.translations import english_names
from ncdesk.store.file import encryption
from ncdesk.store.records.detail import detail
from ncdesk.store.records.editing import save
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from ncdesk.ui.brief import chosen_marking
from ncdesk.ui.formatting import window_wording
from ncdesk.ui.i18n import SETTING
from ncdesk.ui.labels import change_text
from ncdesk.ui.mainwindow import MainWindow
from tests.ui.conftest import FakePrompter

PASS = "correct horse battery"


def _column(window: MainWindow, view: str, key: str) -> list[str]:
    model = window.views[view].model
    col = model.listing.keys.index(key)
    return [str(model.index(r, col).data() or "") for r in range(model.rowCount())]


def test_state_names_and_codes_in_french(window: MainWindow, store: Store, english) -> None:  # type: ignore[no-untyped-def]
    window.set_language("fr")
    hungary = ref_id("state", "HUN")
    shown = detail(store, "state", hungary, window_wording())
    assert shown is not None and shown.title == "Hongrie"
    assert not any(e.text == "Hungary" for e in shown.chronology), "the chronology names the State in French"
    window.show_view("states")
    codes = _column(window, "states", "iso3")
    assert "HUN" in codes and "Hongrie" not in codes, "an ISO code stays a code"
    assert "Hongrie" in _column(window, "states", "name")
    save(
        store,
        "activity",
        {"kind": "bureau_meeting", "status": "held", "title": "Débat", "date": "2025-12-01", "states_heard": [hungary]},
    )
    window.show_view("activities")
    window.views["activities"].refresh()
    assert "Hongrie" in _column(window, "activities", "states")


def test_search_names_states_in_the_language(window: MainWindow, english) -> None:  # type: ignore[no-untyped-def]
    window.set_language("es")
    model = window.search.model
    results = window.store.search("Hungary")
    model.set_results(results, ["state"], "Hungary")
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Hungría" in titles and "Hungary" not in titles


@pytest.mark.manages_encryption  # it encrypts its own folder
def test_the_start_asks_for_the_passphrase_in_the_chosen_language(data_dir: Path, prompter: FakePrompter) -> None:  # type: ignore[no-untyped-def]
    """Before the window exists: the unlock dialog and a wrong passphrase in the folder's language."""
    from ncdesk.app import build_window
    from ncdesk.ui.i18n import apply_language

    with Store.open(data_dir) as store:
        encryption.encrypt(store, PASS)
    QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat).setValue(SETTING, "fr")
    asked: list[str] = []
    answer = FakePrompter.passphrase

    def passphrase(self, parent, mode, title, text, check=None, accept_label=None):  # type: ignore[no-untyped-def]
        asked.append(title)
        return answer(self, parent, mode, title, text, check, accept_label)

    prompter.passphrase = passphrase.__get__(prompter)  # type: ignore[method-assign]
    prompter.passphrases = [("wrong one here", ""), (PASS, "")]
    try:
        built = build_window(data_dir, prompter)
        assert not isinstance(built, str)
        store, window = built
        window.close()
        store.close()
        assert asked == ["Déverrouiller ncdesk"]
        assert prompter.passphrase_errors[0].startswith("La phrase secrète est incorrecte.")
    finally:
        apply_language("en")


def test_the_proposed_markings_in_the_language(window: MainWindow, english, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.ui.brief import export_choosers

    window.set_language("fr")

    markings, _ = export_choosers(window.settings, window, "marking", "paper")
    qtbot.addWidget(markings)
    assert [markings.itemText(i) for i in range(markings.count())][1] == "Diffusion restreinte"
    assert chosen_marking(markings) == "Restricted", "kept in English: the document prints it in its own language"
    markings.setCurrentText("Confidentiel — points focaux seulement")
    assert chosen_marking(markings) == "Confidentiel — points focaux seulement"


def test_changes_of_every_kind_are_named_in_the_language(english) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.ui.i18n import apply_language

    apply_language("fr")
    assert change_text("Add party event") == "Ajout\u00a0: événement relatif au statut de partie"
    assert change_text("Delete court share") == "Suppression\u00a0: communication à la Cour"
    assert change_text("Edit deadline") == "Modification\u00a0: délai"


def test_the_locked_panel_follows_the_language(window: MainWindow, english) -> None:  # type: ignore[no-untyped-def]
    window.set_language("es")
    assert window.locked_panel.button.text() != "Unlock"
    assert window.locked_panel.title.text() != "ncdesk is locked"


def test_a_state_is_found_by_its_name_in_any_language(window: MainWindow, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    """The records name States in English; a delegate types "Allemagne", "Hungría" or "المجر"."""
    window.set_language("fr")
    window.show_view("states")
    view = window.views["states"]
    for typed, expected in (
        ("Allemagne", "Allemagne"),
        ("hungría", "Hongrie"),
        ("المجر", "Hongrie"),
        ("Hungary", "Hongrie"),
    ):
        view.filter_edit.setText(typed)
        qtbot.waitUntil(lambda e=expected: _column(window, "states", "name") == [e])
    view.filter_edit.setText("")
    results = window.store.search("Allemagne", also=english_names("Allemagne"))
    assert any(r["kind"] == "state" and r["title"] == "Germany" for r in results)
    assert english_names("zz") == () and english_names("Germany") == ()


def test_warrants_events_and_declarations_are_titled_in_words(store: Store, english) -> None:  # type: ignore[no-untyped-def]
    """Not "arrest_warrant 2009-03-04": the kind's label and the day, in the window's language."""
    from ncdesk.ui.i18n import apply_language

    warrant = store.rows("warrant", "person_id = ?", [ref_id("person", "omar-al-bashir")], order_by="issued_on")[0]
    declaration = store.rows("jurisdiction_declaration", order_by="lodged_on")[0]
    shown = detail(store, "warrant", warrant["id"], window_wording())
    assert shown is not None and shown.title == "Warrant of arrest, 4 March 2009"
    apply_language("fr")
    shown = detail(store, "warrant", warrant["id"], window_wording())
    assert shown is not None and shown.title == "Mandat d'arrêt, 4 mars 2009"
    shown = detail(store, "jurisdiction_declaration", declaration["id"], window_wording())
    assert shown is not None and shown.title.startswith("Déclaration au titre de l'article 12-3, ")


def test_the_states_are_listed_in_the_order_of_their_names_in_the_language(window: MainWindow, english) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.core.text import fold

    window.set_language("fr")
    window.show_view("states")
    window.views["states"].refresh()
    names = _column(window, "states", "name")
    assert names == sorted(names, key=fold) and names.index("Allemagne") < names.index("France")
    window.set_language("en")
    window.views["states"].refresh()
    names = _column(window, "states", "name")
    assert names.index("Germany") > names.index("France")


def test_a_deadline_links_the_record_it_is_about(store: Store, english) -> None:  # type: ignore[no-untyped-def]
    """ "About: Finding" and a link to the finding, not the finding kind's value label and an id."""
    from ncdesk.store.records.detail import Ref
    from ncdesk.ui.detail import _value_html

    deadline = store.rows("deadline")[0]
    shown = detail(store, "deadline", deadline["id"], window_wording())
    assert shown is not None
    about = {f.name: f for f in shown.fields}
    assert isinstance(about["record_id"].value, Ref) and about["record_id"].value.id == deadline["record_id"]
    assert _value_html(about["record_kind"]) == "Finding"


def test_a_second_window_is_told_in_the_language(tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.store.file.lock import InstanceLock, InstanceLockedError
    from ncdesk.ui.formatting import error_text
    from ncdesk.ui.i18n import apply_language

    first = InstanceLock(tmp_path, program="the window").acquire()
    try:
        with pytest.raises(InstanceLockedError) as caught:
            InstanceLock(tmp_path).acquire()
    finally:
        first.release()
    assert "(the window, process " in str(caught.value)
    apply_language("fr")
    assert error_text(caught.value).startswith(
        "ncdesk est déjà ouvert sur ce dossier de données (la fenêtre, processus "
    )
