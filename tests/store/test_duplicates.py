"""What makes two records one (store/records/duplicates.py, issue 24): the rule for alerts, letters and
activities, the pairs in the record, those a package brings, and the records' origins."""

from __future__ import annotations

import datetime as dt

from ncdesk.store.records import duplicates
from ncdesk.store.records.alerts import create_alert
from ncdesk.store.records.editing import save
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store

PUTIN = ref_id("person", "vladimir-putin")
TJK, MNG, KGZ = ref_id("state", "TJK"), ref_id("state", "MNG"), ref_id("state", "KGZ")
TAJIKISTAN_2025 = ref_id("travel_alert", "putin-tajikistan-2025")


def _alert(store: Store, date: str, *states: str, person: str = PUTIN) -> str:
    raw = {"person_id": person, "date": date, "destinations": list(states), "reliability": "probable"}
    return create_alert(store, raw)


def test_the_reference_record_holds_no_two_records_for_one_visit_letter_or_activity(store: Store) -> None:
    assert duplicates.pairs(store) == []


def test_an_alert_is_the_same_visit_when_the_dates_overlap_and_a_destination_is_shared(store: Store) -> None:
    assert duplicates.alert_matches(store, PUTIN, "2025-10-08", "2025-10-10", [TJK]) == [TAJIKISTAN_2025]
    # overlapping by one day at either end; several destinations, one shared
    assert duplicates.alert_matches(store, PUTIN, "2025-10-10", "2025-10-12", [KGZ, TJK]) == [TAJIKISTAN_2025]
    assert duplicates.alert_matches(store, PUTIN, "2025-10-01", "2025-10-08", [TJK]) == [TAJIKISTAN_2025]
    # another person, other days, other destinations: another visit
    netanyahu = ref_id("person", "benjamin-netanyahu")
    assert duplicates.alert_matches(store, netanyahu, "2025-10-08", "2025-10-10", [TJK]) == []
    assert duplicates.alert_matches(store, PUTIN, "2025-10-11", "2025-10-12", [TJK]) == []
    assert duplicates.alert_matches(store, PUTIN, "2025-10-08", "2025-10-10", [KGZ]) == []
    # itself (an alert edited), unknown dates, no destination: nothing to compare
    assert duplicates.alert_matches(store, PUTIN, "2025-10-08", "2025-10-10", [TJK], exclude=[TAJIKISTAN_2025]) == []
    assert duplicates.alert_matches(store, PUTIN, None, None, [TJK]) == []
    assert duplicates.alert_matches(store, PUTIN, "2025-10-08", "2025-10-10", []) == []
    # a deleted alert is not a visit recorded
    store.delete("travel_alert", TAJIKISTAN_2025)
    assert duplicates.alert_matches(store, PUTIN, "2025-10-08", "2025-10-10", [TJK]) == []


def test_the_notice_names_the_recorded_alert_with_its_dates_and_status(store: Store) -> None:
    (recorded,) = duplicates.describe(store, "travel_alert", [TAJIKISTAN_2025])
    assert (recorded.title, recorded.date_text, recorded.status) == (
        "Vladimir Putin in Tajikistan",
        "8–10 October 2025",
        "closed",
    )
    untitled = _alert(store, "2031-03-02/2031-03-04", MNG, KGZ)
    (named,) = duplicates.describe(store, "travel_alert", [untitled])
    assert named.title == "Vladimir Vladimirovich Putin to Mongolia, Kyrgyzstan" and named.status == "reported"


def test_letters_are_one_when_to_the_same_state_of_the_same_day_to_the_same_addressee(store: Store) -> None:
    raw = {"state_id": MNG, "date": "2031-01-05", "addressee_office": "Minister of Foreign Affairs",
           "sender_name": "P", "sender_office": "O", "subject": "Visit"}  # fmt: skip
    first = save(store, "letter", raw)
    assert duplicates.letter_matches(store, MNG, dt.date(2031, 1, 5), "minister of foreign-affairs") == [first]
    assert duplicates.letter_matches(store, MNG, "2031-01-06", "Minister of Foreign Affairs") == []
    assert duplicates.letter_matches(store, KGZ, "2031-01-05", "Minister of Foreign Affairs") == []
    assert duplicates.letter_matches(store, MNG, "2031-01-05", "Prime Minister") == []
    second = save(store, "letter", {**raw, "subject": "Another subject, the same letter"})
    (pair,) = duplicates.pairs(store, ["letter"])
    assert (pair.first.id, pair.second.id) == (first, second)
    assert pair.first.title == "Minister of Foreign Affairs, Mongolia" and pair.first.date_text == "2031-01-05"


def test_activities_are_one_when_of_the_same_kind_dates_and_title(store: Store) -> None:
    raw = {"kind": "plenary", "title": "Debate on non-cooperation", "date": "3–4 December 2031", "status": "held"}
    first = save(store, "activity", raw)
    second = save(store, "activity", {**raw, "title": "DEBATE on non cooperation", "status": "planned"})
    save(store, "activity", {**raw, "date": "3 December 2031"})  # other dates
    save(store, "activity", {**raw, "kind": "bureau_meeting"})  # another kind
    (pair,) = duplicates.pairs(store, ["activity"])
    assert (pair.first.id, pair.second.id) == (first, second)


def test_every_pair_of_alerts_is_listed_once_oldest_first(store: Store) -> None:
    a = _alert(store, "2031-03-02/2031-03-06", MNG)
    b = _alert(store, "2031-03-06/2031-03-09", KGZ, MNG)  # starts the day a ends
    c = _alert(store, "2031-03-02/2031-03-06", MNG)  # the same day as a
    d = _alert(store, "2031-03-07/2031-03-09", MNG)  # overlaps b only
    _alert(store, "2031-03-02/2031-03-09", TJK)  # overlaps all, shares nothing
    found = [(p.first.id, p.second.id) for p in duplicates.pairs(store, ["travel_alert"])]
    assert sorted(found) == sorted([(a, b), (a, c), (b, c), (b, d)])  # each recorded before the other
    assert len(found) == len(set(found))
