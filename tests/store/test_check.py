"""`run_check`: the shipped record is healthy; broken invariants are reported."""

import datetime as dt

from ncdesk.store.check import Severity, healthy, in_force_for, run_check
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store


def errors(store: Store) -> list[str]:
    return [p.message for p in run_check(store) if p.severity is Severity.ERROR]


def test_the_shipped_record_is_healthy(store: Store) -> None:
    problems = run_check(store)
    assert healthy(problems), [p.line() for p in problems]


def test_article_126() -> None:
    assert in_force_for(dt.date(2002, 4, 11)) == dt.date(2002, 7, 1)
    assert in_force_for(dt.date(2023, 11, 14)) == dt.date(2024, 2, 1)
    assert in_force_for(dt.date(2024, 10, 25)) == dt.date(2025, 1, 1)
    assert in_force_for(dt.date(2015, 1, 2)) == dt.date(2015, 4, 1)
    assert in_force_for(dt.date(2002, 11, 1)) == dt.date(2003, 1, 1)


def test_wrong_entry_into_force_is_an_error(store: Store) -> None:
    [eif] = store.rows("party_event", "state_id = ? AND event = 'entry_into_force'", [ref_id("state", "ARM")])
    store.update("party_event", eif["id"], {"date": "2024-03-01"})
    assert any("article 126 gives 2024-02-01" in m for m in errors(store))


def test_security_council_document_without_referral_is_an_error(store: Store) -> None:
    store.update("finding", ref_id("finding", "ICC-02/05-01/09-266"), {"referred_to": "assembly"})
    assert any("not referred to the Council" in m for m in errors(store))


def test_document_number_in_the_wrong_situation_is_an_error(store: Store) -> None:
    store.insert("finding_document", {"finding_id": ref_id("finding", "ICC-01/22-90"), "number": "ICC-01/18-1"})
    assert any("is not in situation ICC-01/22" in m for m in errors(store))


def test_alert_without_destination_is_an_error(store: Store) -> None:
    store.insert("travel_alert", {"person_id": ref_id("person", "vladimir-putin"), "title": "Rumour"})
    assert any("has no destination" in m for m in errors(store))


def test_orphan_citation_and_link_are_errors(store: Store) -> None:
    ghost = "00000000-0000-0000-0000-00000000beef"
    store.insert("citation", {"record_kind": "finding", "record_id": ghost, "source_key": "asp-noncoop-page"})
    store.insert(
        "link",
        {
            "src_kind": "finding",
            "src_id": ghost,
            "relation": "concerns",
            "dst_kind": "state",
            "dst_id": ref_id("state", "HUN"),
        },
    )
    found = errors(store)
    assert any("cites a missing finding" in m for m in found)
    assert any("its src finding" in m for m in found)


def test_missing_attachment_file_is_an_error(store: Store) -> None:
    store.insert(
        "attachment",
        {
            "record_kind": "finding",
            "record_id": ref_id("finding", "ICC-01/22-90"),
            "filename": "decision.pdf",
            "stored_name": "abc.pdf",
            "sha256": "0" * 64,
            "size": 10,
        },
    )
    assert any("decision.pdf" in m and "missing" in m for m in errors(store))


def test_a_stale_search_index_is_an_error(store: Store) -> None:
    store.db.execute(
        "DELETE FROM search_index WHERE kind = 'state' AND rowid IN (SELECT rowid FROM search_index LIMIT 1)"
    )
    store.db.conn.commit()
    assert any("indexed" in m for m in errors(store))
