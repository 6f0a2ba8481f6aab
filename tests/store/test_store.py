"""Writing records: timestamps, origin, the user's edits to reference records, soft deletion."""

import pytest

from ncdesk.store.file.errors import NotFoundError
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store


def test_insert_sets_id_origin_and_timestamps(empty_store: Store, clock) -> None:
    rid = empty_store.insert("person", {"name": "Test Person", "aliases": ["T. P."]})
    record = empty_store.require("person", rid)
    assert len(rid) == 36
    assert record["origin"] == "user"
    assert record["created_at"] == record["updated_at"] == "2026-11-23T09:00:00.000Z"
    assert record["aliases"] == ["T. P."]
    assert record["user_fields"] == []


def test_update_returns_changed_fields_and_moves_updated_at(empty_store: Store, clock) -> None:
    rid = empty_store.insert("person", {"name": "Test Person"})
    clock.advance(minutes=5)
    assert empty_store.update("person", rid, {"name": "Test Person", "function": "Minister"}) == ["function"]
    record = empty_store.require("person", rid)
    assert record["updated_at"] == "2026-11-23T09:05:00.000Z"
    assert record["created_at"] == "2026-11-23T09:00:00.000Z"
    assert record["user_fields"] == []  # a user's own record needs no protection
    assert empty_store.update("person", rid, {"function": "Minister"}) == []


def test_editing_a_reference_record_marks_the_field_as_the_users(store: Store) -> None:
    hungary = ref_id("state", "HUN")
    store.update("state", hungary, {"notes": "Withdrawal: watch the UN depositary record."})
    store.update("state", hungary, {"formal_name": "Hungary (as I write it)"})
    record = store.require("state", hungary)
    assert record["user_fields"] == ["formal_name", "notes"]
    assert record["origin"] == "reference"


def test_soft_delete_and_restore(store: Store) -> None:
    jordan = ref_id("finding", "ICC-02/05-01/09-309")
    store.delete("finding", jordan)
    assert store.get("finding", jordan) is None
    assert not [r for r in store.search("Jordan") if r["record_id"] == jordan]
    deleted = store.get("finding", jordan, include_deleted=True)
    assert deleted is not None and "deleted_at" in deleted["user_fields"]
    store.restore("finding", jordan)
    assert store.get("finding", jordan) is not None
    assert [r for r in store.search("Jordan") if r["record_id"] == jordan]


def test_bad_writes_are_refused(empty_store: Store) -> None:
    with pytest.raises(ValueError, match="no column"):
        empty_store.insert("person", {"nmae": "typo"})
    with pytest.raises(ValueError, match="unknown table"):
        empty_store.rows("people")
    rid = empty_store.insert("person", {"name": "X"})
    with pytest.raises(ValueError, match="cannot set"):
        empty_store.update("person", rid, {"origin": "reference"})
    with pytest.raises(NotFoundError):
        empty_store.update("person", "00000000-0000-0000-0000-000000000000", {"name": "Y"})
    with pytest.raises(Exception, match="CHECK"):
        empty_store.insert("person", {"name": ""})
    assert empty_store.count("person") == 1


def test_multi_row_write_is_all_or_nothing(empty_store: Store) -> None:
    before = empty_store.count("person")
    with pytest.raises(Exception, match="CHECK"), empty_store.db.atomic():
        empty_store.insert("person", {"name": "First"})
        empty_store.insert("person", {"name": ""})
    assert empty_store.count("person") == before


def test_a_full_disk_says_so_keeps_the_data_and_works_again_when_space_returns(store: Store) -> None:
    from ncdesk.store.file.errors import DiskFullError
    from ncdesk.store.records.editing import save

    kept = save(store, "person", {"name": "Saved before"})
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full
    with pytest.raises(DiskFullError, match="disk is full.*Free some space"):
        save(store, "person", {"name": "Too big", "notes": "x" * 200_000})
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.get("person", kept)["name"] == "Saved before"
    assert store.rows("person", "name = 'Too big'", include_deleted=True) == []
    assert store.db.execute("SELECT batch_id FROM history_context").fetchone()[0] is None
    store.db.execute("PRAGMA max_page_count = 1073741823")  # space returns
    assert store.get("person", save(store, "person", {"name": "Too big", "notes": "x" * 200_000}))
