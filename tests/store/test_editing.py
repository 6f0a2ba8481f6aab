"""Saving forms: every rule checked again by the store, and one transaction per record."""

import pytest

from ncdesk.store.records.editing import ValidationError, current_values, save, validate
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store


def test_save_a_finding_with_its_documents(store: Store) -> None:
    raw = {
        "kind": "finding",
        "title": "Decision on a test",
        "date": "2025-05-05",
        "documents": "ICC-01/11-300-ENG\nICC-01/11-300-FRA",
        "situation_id": ref_id("situation", "ICC-01/11"),
        "state_id": ref_id("state", "ITA"),
        "basis": "art_87_7",
        "referred_to": "security_council",
        "sc_document": "S/2025/1",
        "sc_date": "2025-05-10",
    }
    rid = save(store, "finding", raw)
    assert current_values(store, "finding", rid)["documents"] == ["ICC-01/11-300-ENG", "ICC-01/11-300-FRA"]
    save(store, "finding", {"documents": "ICC-01/11-300-ENG"}, rid)
    assert current_values(store, "finding", rid)["documents"] == ["ICC-01/11-300-ENG"]
    save(store, "finding", {"documents": "ICC-01/11-300-ENG\nICC-01/11-300-FRA"}, rid)  # a number comes back
    assert current_values(store, "finding", rid)["documents"] == ["ICC-01/11-300-ENG", "ICC-01/11-300-FRA"]


@pytest.mark.parametrize(
    ("key", "changes", "field", "message"),
    [
        ("ICC-01/22-111", {"documents": "ICC-01/22-90"}, "documents", "already the number of"),
        ("ICC-01/18-462", {"documents": "ICC-01/22-90"}, "documents", "is not a document of ICC-01/18"),
        ("ICC-01/18-462", {"sc_date": "2025-01-01"}, "sc_date", "before the decision"),
        (
            "ICC-01/18-462",
            {"sc_document": "S/2025/9", "referred_to": "assembly"},
            "referred_to",
            "referred to the Council",
        ),
        ("ICC-01/18-462", {"case_id": ref_id("icc_case", "ICC-02/05-01/09")}, "case_id", "another situation"),
        ("ICC-01/18-462", {"state_id": "00000000-0000-0000-0000-000000000000"}, "state_id", "no such record"),
    ],
)
def test_cross_field_rules(store: Store, key: str, changes: dict, field: str, message: str) -> None:
    rid = ref_id("finding", key)
    _, errors = validate(store, "finding", changes, rid)
    assert message in errors.get(field, ""), errors
    before = store.require("finding", rid)
    with pytest.raises(ValidationError):
        save(store, "finding", changes, rid)
    assert store.require("finding", rid) == before


def test_a_failed_child_write_rolls_back_the_record(store: Store) -> None:
    count = store.count("finding")
    raw = {
        "kind": "finding",
        "title": "T",
        "date": "2025-05-05",
        "documents": "ICC-01/11-301",
        "situation_id": ref_id("situation", "ICC-01/11"),
        "basis": "none",
        "referred_to": "none",
    }
    store.db.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON finding_document BEGIN SELECT RAISE(ABORT, 'disk says no'); END"
    )
    with pytest.raises(Exception, match="disk says no"):
        save(store, "finding", raw)
    assert store.count("finding") == count
