"""The complete export read back goes through every check of the forms (issue 22): document numbers,
required fields and the rules between fields, each refused as the form says it, with the record
named by its id and what a delegate calls it; nothing is written. A good export still imports."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ncdesk.io.export_json import export_data
from ncdesk.io.importing import ImportRejected, apply, import_file, preview
from ncdesk.store.records.editing import save
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests.conftest import FixedClock
from tests.io.import_helpers import state

NEW_ID = "6f1c3d4e-0000-4000-8000-000000000001"
KENYA = "S/2010/456"  # the decision informing the Council of Omar Al-Bashir's presence in Kenya
KENYA_NAMED = "finding 6f1c3d4e “Decision informing the United Nations Security Council and …”"
LETTER_NAMED = "letter 6f1c3d4e “Visit of Prime Minister Benjamin Netanyahu: the Assembly pr…”"
WARRANT_NAMED = "warrant 6f1c3d4e “Ahmad Al Faqi Al Mahdi, arrest warrant, 2015-09-18”"

# (table, the row taken from the reference data, its edits, the problem's line)
CASES: list[tuple[str, dict[str, Any], dict[str, Any], str]] = [
    (
        "finding_document",
        {"number": "ICC-02/05-01/09-109"},
        {"number": "S/2016/716"},
        "number: 'S/2016/716' is not an ICC document number (finding document 6f1c3d4e “S/2016/716”)",
    ),
    (
        "finding_document",
        {"number": "ICC-02/05-01/09-109"},
        {"number": "ICC-01/22-90-ENG"},
        "number: ICC-01/22-90-ENG is not a document of ICC-02/05 (finding document 6f1c3d4e “ICC-01/22-90-ENG”)",
    ),
    (
        "finding_document",
        {"number": "ICC-02/05-01/09-109"},
        {"number": "ICC-02/05-01/12-5"},
        "number: ICC-02/05-01/12-5 is not a document of case ICC-02/05-01/09 "
        "(finding document 6f1c3d4e “ICC-02/05-01/12-5”)",
    ),
    (
        "finding_document",
        {"number": "ICC-02/05-01/09-109"},
        {"number": "ICC-02/05-01/09-107"},
        "number: ICC-02/05-01/09-107 is already the number of “Decision informing the United Nations Security Council "
        "and t” (finding document 6f1c3d4e “ICC-02/05-01/09-107”)",
    ),
    (
        "finding",
        {"sc_document": KENYA},
        {"sc_document": "ICC-02/05-01/09-309"},
        f"sc_document: 'ICC-02/05-01/09-309' is not a United Nations document number ({KENYA_NAMED})",
    ),
    (
        "finding",
        {"sc_document": KENYA},
        {"sc_date": "2010-08-01"},
        f"sc_date: is before the decision ({KENYA_NAMED})",
    ),
    (
        "finding",
        {"sc_document": KENYA},
        {"transmitted_on": "2010-08-26"},
        f"transmitted_on: is before the decision ({KENYA_NAMED})",
    ),
    (
        "finding",
        {"sc_document": KENYA},
        {"referred_to": "assembly"},
        f"referred_to: a Security Council document means it was referred to the Council ({KENYA_NAMED})",
    ),
    (
        "finding",
        {"sc_document": KENYA},
        {"sc_document": None},
        f"sc_document: give the Security Council document for that date ({KENYA_NAMED})",
    ),
    (
        "finding",
        {"sc_document": KENYA},
        {"case_id": ref_id("icc_case", "ICC-02/04-01/05")},
        f"case_id: belongs to another situation ({KENYA_NAMED})",
    ),
    (
        "letter",
        {"date": "2025-03-31"},
        {"published_on": "2025-03-30"},
        f"published_on: is before the letter's date ({LETTER_NAMED})",
    ),
    (
        "letter",
        {"date": "2025-03-31"},
        {"reply_on": "2025-03-01"},
        f"reply_on: is before the letter's date ({LETTER_NAMED})",
    ),
    (
        "warrant",
        {"issued_on": "2015-09-18", "kind": "arrest_warrant"},
        {"status_since": "2015-09-01"},
        f"status_since: is before the day it was issued ({WARRANT_NAMED})",
    ),
    (
        "warrant",
        {"issued_on": "2015-09-18", "kind": "arrest_warrant"},
        {"sealed": 1, "unsealed_on": "2015-09-17"},
        f"unsealed_on: is before the day it was issued ({WARRANT_NAMED})",
    ),
    (
        "warrant",
        {"issued_on": "2015-09-18", "kind": "arrest_warrant"},
        {"unsealed_on": "2015-09-20"},
        f"unsealed_on: only a warrant issued under seal is unsealed ({WARRANT_NAMED})",
    ),
    (
        "warrant",
        {"issued_on": "2015-09-18", "kind": "arrest_warrant"},
        {"icc_document": "ICC-02/05-01/09-1"},
        f"icc_document: is not a document of ICC-01/12 ({WARRANT_NAMED})",
    ),
    (
        "warrant",
        {"issued_on": "2015-09-18", "kind": "arrest_warrant"},
        {"icc_document": "ICC-01/12-01/15-1-XYZ"},
        "icc_document: 'ICC-01/12-01/15-1-XYZ' is not an ICC document number: expected "
        "ICC-<situation>[-<case>]-<filing>[-Corr][-ENG|-FRA|-tENG], e.g. ICC-02/05-01/09-309-ENG "
        f"({WARRANT_NAMED})",
    ),
    (
        "situation",
        {"icc_number": "ICC-02/04"},
        {},
        "icc_number: ICC-02/04 is already recorded (situation 6f1c3d4e “Situation in Uganda”)",
    ),
    (
        "situation",
        {"icc_number": "ICC-02/04"},
        {"icc_number": "ICC-02/04-01/05"},
        "icc_number: 'ICC-02/04-01/05' is a case number; expected a situation number such as ICC-02/05 "
        "(situation 6f1c3d4e “Situation in Uganda”)",
    ),
    (
        "situation",
        {"icc_number": "ICC-02/04"},
        {"icc_number": "ICC-02/99", "sc_resolution": "S/2005/1593"},
        "sc_resolution: 'S/2005/1593' is a Security Council document; expected a Security Council resolution "
        "such as S/RES/1593 (2005) (situation 6f1c3d4e “Situation in Uganda”)",
    ),
    (
        "icc_case",
        {"icc_number": "ICC-02/04-01/05"},
        {"icc_number": "ICC-01/22-01/99"},
        "icc_number: a case of ICC-02/04 is numbered ICC-02/04-NN/NN "
        "(case 6f1c3d4e “The Prosecutor v. Joseph Kony (formerly with Vincent Otti, …”)",
    ),
    (
        "party_event",
        {"event": "withdrawal_effective", "date": "2019-03-17"},
        {},
        "date: this event is already recorded for this State on that day "
        "(party event 6f1c3d4e “Philippines, withdrawal effective, 2019-03-17”)",
    ),
    ("person", {"name": "Ahmad Al Faqi Al Mahdi"}, {"name": ""}, "name: required (person 6f1c3d4e)"),
    (
        "travel_alert",
        {"title": "Vladimir Putin in Tajikistan"},
        {"date_to": "2025-10-07"},
        "date_to: the last day (2025-10-07) is before the first (2025-10-08) "
        "(travel alert 6f1c3d4e “Vladimir Putin in Tajikistan”)",
    ),
]


def _export(store: Store, tmp_path: Path, table: str, pick: dict[str, Any], edits: dict[str, Any]) -> Path:
    """A complete export holding one row of *table*: the reference row *pick* finds, as a new user
    record with *edits*."""
    data = export_data(store)
    row = copy.deepcopy(next(r for r in data["tables"][table] if all(r.get(k) == v for k, v in pick.items())))
    row.update(id=NEW_ID, origin="user", **edits)
    data["tables"] = {table: [row]}
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("table", "pick", "edits", "expected"), CASES)
def test_a_row_that_breaks_a_rule_of_its_form_is_refused_as_the_form_says_it(
    store: Store, tmp_path: Path, table: str, pick: dict[str, Any], edits: dict[str, Any], expected: str
) -> None:
    path = _export(store, tmp_path, table, pick, edits)
    before = state(store)
    plan = preview(store, path)
    assert [p.line() for p in plan.problems] == [f"export.json:{table}:1: {expected}"]
    assert not any("constraint" in p.message or "IS NULL" in p.message for p in plan.problems)
    with pytest.raises(ImportRejected):
        apply(store, plan)
    with pytest.raises(ImportRejected):
        import_file(store, path)
    assert state(store) == before


def test_the_same_row_unedited_imports(store: Store, tmp_path: Path) -> None:
    # The cases above fail for their edits alone: the row they start from, as a new record, imports
    # (a new warrant of the same person, kind and day; a situation needs a number of its own).
    path = _export(store, tmp_path, "warrant", {"issued_on": "2015-09-18", "kind": "arrest_warrant"}, {})
    plan = preview(store, path)
    assert plan.ok and plan.total("add") == 1, [p.line() for p in plan.problems]


@pytest.fixture
def other_empty(tmp_path: Path, clock: FixedClock) -> Iterator[Store]:
    """An empty database beside the test's store (another folder: one ncdesk per folder)."""
    s = Store.open(tmp_path / "empty", clock=clock, load_reference=False)
    yield s
    s.close()


def test_a_good_export_still_imports_exactly_and_back_into_itself(store: Store, other_empty: Store) -> None:
    # Records at the edge of the rules: a reply and a publication on the letter's own day, and a
    # deleted second record of an event (deleted for being one: its fields are checked, not the rule).
    save(store, "letter", {"state_id": ref_id("state", "MNG"), "addressee_office": "Minister of Foreign Affairs",
                           "date": "2031-04-01", "sender_name": "Jane Roe", "sender_office": "President",
                           "published_on": "2031-04-01", "reply_on": "2031-04-01"})  # fmt: skip
    event = next(r for r in export_data(store)["tables"]["party_event"] if r["deleted_at"] is None)
    twin = store.insert("party_event", {k: event[k] for k in ("state_id", "event", "date", "verified")})
    store.delete("party_event", twin)
    expected = export_data(store)
    data = json.dumps(expected).encode()

    plan = preview(store, Path("export.json"), data=data)
    assert plan.ok and plan.writes() == 0, [p.line() for p in plan.problems]
    import_file(other_empty, Path("export.json"), data=data)
    got = export_data(other_empty)
    expected.pop("exported_at"), got.pop("exported_at")
    assert got == expected
