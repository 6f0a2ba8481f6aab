"""The history of every record, batches, and undo/redo through reverts."""

from __future__ import annotations

import pytest

from ncdesk.store.file import engine, history
from ncdesk.store.file.history import RevertConflict, UndoStack
from ncdesk.store.records.editing import save
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests.conftest import FixedClock


def _person(store: Store, name: str = "Test Person") -> str:
    return save(store, "person", {"name": name, "aliases": ["T. P."], "function": "Minister"})


def test_an_edit_is_recorded_field_by_field_with_who_and_when(store: Store, clock: FixedClock) -> None:
    pid = _person(store)
    clock.advance(minutes=5)
    save(store, "person", {"function": "Former minister", "notes": "Seen in May"}, pid)
    changes = history.record_history(store, pid)
    assert [(c.action, c.field, c.old, c.new) for c in changes[:2]] == [
        ("update", "notes", "", "Seen in May"),
        ("update", "function", "Minister", "Former minister"),
    ] or [(c.action, c.field, c.old, c.new) for c in changes[:2]] == [
        ("update", "function", "Minister", "Former minister"),
        ("update", "notes", "", "Seen in May"),
    ]
    assert changes[-1].action == "insert" and changes[-1].label == "Add person"
    assert changes[0].label == "Edit person" and changes[0].who == store.who
    assert changes[0].at == "2026-11-23T09:05:00.000Z"
    assert all(c.field not in ("updated_at", "user_fields") for c in changes)


def test_a_change_outside_ncdesk_is_recorded_too(store: Store) -> None:
    hun = ref_id("state", "HUN")
    store.db.execute("UPDATE state SET notes = 'typed in sqlite3' WHERE id = ?", [hun])
    store.db.conn.commit()
    change = history.record_history(store, hun)[0]
    assert (change.field, change.new, change.label) == ("notes", "typed in sqlite3", "")


def test_a_failed_save_leaves_no_history(store: Store) -> None:
    before = history.last_change_seq(store)
    with pytest.raises(engine.IntegrityError), store.batch("Broken"):
        store.insert("person", {"name": "Half"})
        store.db.execute("INSERT INTO person (id) VALUES ('short')")
    assert history.last_change_seq(store) == before
    assert store.db.execute("SELECT count(*) FROM change_batch WHERE label = 'Broken'").fetchone()[0] == 0
    assert store.db.execute("SELECT batch_id FROM history_context").fetchone()[0] is None


def test_a_batch_that_writes_nothing_is_not_kept(store: Store) -> None:
    count = store.db.execute("SELECT count(*) FROM change_batch").fetchone()[0]
    with store.batch("Nothing"):
        pass
    assert store.db.execute("SELECT count(*) FROM change_batch").fetchone()[0] == count


def test_undo_and_redo_an_edit_a_deletion_and_an_addition(store: Store) -> None:
    stack = UndoStack()
    store.listeners.append(stack.pushed)
    pid = _person(store)
    save(store, "person", {"function": "Ambassador"}, pid)
    store.delete("person", pid)
    assert stack.undo_label(store) == "Delete person"

    stack.undo_last(store)
    assert store.get("person", pid)["function"] == "Ambassador"
    assert stack.undo_label(store) == "Edit person" and stack.redo_label(store) == "Delete person"
    stack.undo_last(store)
    assert store.get("person", pid)["function"] == "Minister"
    stack.undo_last(store)
    assert store.get("person", pid, include_deleted=True) is None  # the addition is undone
    assert store.search("Test Person") == []

    stack.redo_last(store)
    restored = store.get("person", pid)
    assert restored["name"] == "Test Person" and restored["aliases"] == ["T. P."]
    assert [r["record_id"] for r in store.search("Test Person")] == [pid]
    stack.redo_last(store)
    stack.redo_last(store)
    assert store.get("person", pid) is None and store.get("person", pid, include_deleted=True)
    assert stack.redo_label(store) is None
    labels = [b.label for b in history.recent_batches(store, 6)]
    assert labels[:2] == ["Redo: Delete person", "Redo: Edit person"]
    assert "Undo: Add person" in labels


def test_an_undone_edit_of_a_reference_record_forgets_the_user_field(store: Store) -> None:
    stack = UndoStack()
    store.listeners.append(stack.pushed)
    hun = ref_id("state", "HUN")
    store.update("state", hun, {"formal_name": "Hungary (edited)"})
    assert store.get("state", hun)["user_fields"] == ["formal_name"]
    stack.undo_last(store)
    assert store.get("state", hun)["user_fields"] == []
    assert store.get("state", hun)["formal_name"] == "Hungary"


def test_undo_refuses_when_the_record_changed_since(store: Store) -> None:
    stack = UndoStack()
    store.listeners.append(stack.pushed)
    pid = _person(store)
    save(store, "person", {"function": "Ambassador"}, pid)
    store.listeners.clear()  # a change made elsewhere (another window, the command line)
    save(store, "person", {"function": "Envoy"}, pid)
    before = history.last_change_seq(store)
    with pytest.raises(RevertConflict, match="function was changed again"):
        stack.undo_last(store)
    assert store.get("person", pid)["function"] == "Envoy"
    assert history.last_change_seq(store) == before
    assert stack.undo_label(store) == "Edit person"  # still offered, still refused


def test_a_new_change_clears_redo(store: Store) -> None:
    stack = UndoStack()
    store.listeners.append(stack.pushed)
    pid = _person(store)
    stack.undo_last(store)
    assert stack.redo
    _person(store, "Other")
    assert not stack.redo and stack.undo_label(store) == "Add person"
    assert store.get("person", pid, include_deleted=True) is None


def test_reference_releases_are_batches_of_their_own(store: Store) -> None:
    batches = [b for b in history.recent_batches(store, 500) if b.kind == "reference"]
    assert batches and batches[0].label.startswith("Reference data ")
    stack = UndoStack()
    stack.pushed(batches[0])
    assert stack.undo == []


def test_the_triggers_follow_a_new_column(store: Store) -> None:
    store.db.execute("ALTER TABLE person ADD COLUMN nickname TEXT")
    assert history.ensure(store.db)
    assert not history.ensure(store.db)
    pid = _person(store)
    store.db.execute("UPDATE person SET nickname = 'Nick' WHERE id = ?", [pid])
    assert history.record_history(store, pid)[0].field == "nickname"
