"""`run_check`: the shipped record is healthy; broken invariants are reported."""

import datetime as dt

from ncdesk.store.records.check import Severity, healthy, in_force_for, run_check
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


def test_repair_fixes_what_needs_no_judgement_in_one_go_and_a_second_run_finds_nothing(store: Store) -> None:
    from ncdesk.store.file import history
    from ncdesk.store.records.alerts import create_alert
    from ncdesk.store.records.check import repair

    alert = create_alert(
        store,
        {"person_id": ref_id("person", "vladimir-putin"), "destinations": [ref_id("state", "MNG")],
         "date": "3–6 April 2025", "source_description": "press", "reliability": "probable"},
    )  # fmt: skip
    # damage of the kinds the repair mends: a stale index, an edited-field list naming a
    # column that does not exist, days that disagree with the words, a history trigger gone,
    # a change left open by a killed session
    store.db.execute("DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_index LIMIT 3)")
    store.db.execute("UPDATE state SET user_fields = '[\"name\", \"nickname\"]' WHERE iso3 = 'HUN'")
    store.db.execute("UPDATE travel_alert SET date_to = '2025-04-09' WHERE id = ?", [alert])
    store.db.execute("DROP TRIGGER history_letter_update")
    store.db.execute("UPDATE history_context SET batch_id = 'left-open'")
    store.db.conn.commit()
    found = [p for p in run_check(store) if p.fix is not None]
    assert len({p.fix_text for p in found}) == 5, [p.line() for p in found]
    assert all("[repair: " in p.line() for p in found)

    report = repair(store)
    assert {p.fix_text for p in report.repaired} == {p.fix_text for p in found}
    assert not [p for p in report.remaining if p.fix is not None]
    assert healthy(report.remaining), [p.line() for p in report.remaining]
    assert store.get("state", ref_id("state", "HUN"))["user_fields"] == ["name"]
    assert store.get("travel_alert", alert)["date_to"] == "2025-04-06"
    assert history.recent_batches(store, 1)[0].kind == "repair"
    assert repair(store).repaired == []  # a second run finds nothing


def test_a_closed_alert_needs_an_outcome_and_a_letter_goes_to_a_destination(store: Store) -> None:
    from ncdesk.store.records.alerts import create_alert

    alert = create_alert(
        store,
        {"person_id": ref_id("person", "vladimir-putin"), "destinations": [ref_id("state", "MNG")],
         "date": "2025-04-03", "source_description": "press", "reliability": "probable"},
    )  # fmt: skip
    store.db.execute("UPDATE travel_alert SET status = 'closed' WHERE id = ?", [alert])
    store.insert(
        "letter",
        {"alert_id": alert, "state_id": ref_id("state", "HUN"), "date": "2025-04-01", "addressee_office": "Minister"},
    )
    found = errors(store)
    assert any("closed without an outcome" in m for m in found)
    assert any("status is closed, but its last step is reported" in m for m in found)
    assert any("not a destination of its alert" in m for m in found)
