"""Issue 24 (24b): two alerts for one visit merged into one, its steps, shares and letters kept,
the other's id leading to it, one change in the history, undone whole."""

from __future__ import annotations

import datetime as dt

import pytest

from ncdesk.store.file import history
from ncdesk.store.records import alerts, merge
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store

PUTIN = ref_id("person", "vladimir-putin")
LETTER = {
    "sender_name": "Päivi Kaukoranta",
    "sender_office": "President of the Assembly",
    "addressee_office": "Minister",
}


def _alert(store: Store, states: list[str], date: str, **extra: str) -> str:
    return alerts.create_alert(
        store,
        {"person_id": PUTIN, "destinations": [ref_id("state", s) for s in states], "date": date,
         "reliability": "probable", "source_description": "press", "received_at": "2026-11-20", **extra},
        at=dt.date(2026, 11, 20),
    )  # fmt: skip


def _two_sides(store: Store) -> tuple[str, str]:
    """The same visit logged twice, each alert with its own step, share and letter."""
    a = _alert(store, ["TJK"], "2026-12-08/2026-12-10", purpose="summit", notes="from New York")
    b = _alert(store, ["TJK", "KGZ"], "2026-12-08/2026-12-11", purpose="state visit", notes="from The Hague")
    alerts.take_step(store, a, "verified", at=dt.date(2026, 11, 21))
    alerts.take_step(store, b, "verified", at=dt.date(2026, 11, 22))
    alerts.share_with_court(store, a, {"shared_at": "2026-11-23", "channel": "e-mail to the Registry"})
    alerts.record_letter(
        store, b, {"state_id": ref_id("state", "KGZ"), "date": "2026-11-24", "subject": "Visit of Mr Putin", **LETTER}
    )
    return a, b


def _children(store: Store, alert: str) -> dict[str, list[str]]:
    return {
        "steps": [f"{s['at']} {s['step']}" for s in store.rows("alert_step", "alert_id = ?", [alert], order_by="at")],
        "shares": [s["channel"] for s in store.rows("court_share", "alert_id = ?", [alert])],
        "letters": [x["subject"] for x in store.rows("letter", "alert_id = ?", [alert])],
        "destinations": sorted(d["state_id"] for d in store.rows("alert_destination", "alert_id = ?", [alert])),
    }


def test_merge_keeps_steps_shares_letters_and_destinations_of_both(store: Store) -> None:
    a, b = _two_sides(store)
    before = {"a": _children(store, a), "b": _children(store, b)}
    done = merge.merge(store, "travel_alert", a, b, fields={"date_text": "other"})
    survivor, gone = done.survivor, done.merged_away
    assert {survivor, gone} == {a, b}
    kept = _children(store, survivor)
    assert kept["steps"] == sorted(before["a"]["steps"] + before["b"]["steps"])  # in date order, none lost
    assert kept["shares"] == ["e-mail to the Registry"]
    assert kept["letters"] == ["Visit of Mr Putin"]
    assert kept["destinations"] == sorted({ref_id("state", "TJK"), ref_id("state", "KGZ")})
    alert = store.require("travel_alert", survivor)
    assert alert["purpose"] == "summit"  # set on both, differently: the kept one's, by default
    assert alert["date_text"] == "8–11 December 2026"  # chosen from the other
    assert (alert["date_from"], alert["date_to"]) == ("2026-12-08", "2026-12-10")  # not chosen: the kept one's
    assert alert["notes"] == "from New York\n\nfrom The Hague"
    assert alert["status"] == "letter_sent" or alert["status"] == "court_informed"
    # the other is not deleted outright: its id leads to the one kept
    assert store.get("travel_alert", gone) is None
    assert store.get("travel_alert", gone, include_deleted=True) is not None
    assert merge.resolve(store, "travel_alert", gone) == survivor
    assert merge.resolve(store, "travel_alert", survivor) == survivor
    assert merge.merged_away(store, "travel_alert", survivor) == [gone]


def test_the_survivor_is_the_same_whichever_side_is_kept(store: Store) -> None:
    """Two laptops merging the same pair, one keeping each, end with the same record id."""
    a, b = _two_sides(store)
    first = merge.merge(store, "travel_alert", a, b)
    history.revert(store, history.recent_batches(store, 1)[0].id)
    second = merge.merge(store, "travel_alert", b, a)
    assert first.survivor == second.survivor


def test_undo_of_a_merge_gives_both_alerts_back(store: Store) -> None:
    a, b = _two_sides(store)
    before = {a: _children(store, a), b: _children(store, b)}
    rows = {x: store.require("travel_alert", x) for x in (a, b)}
    merge.merge(store, "travel_alert", a, b, take="other")
    batch = history.recent_batches(store, 1)[0]
    assert batch.label == "Merge travel alerts"  # one change in the history
    history.revert(store, batch.id)
    for x in (a, b):
        assert _children(store, x) == before[x]
        now = store.require("travel_alert", x)
        assert {k: v for k, v in now.items() if k != "updated_at"} == {
            k: v for k, v in rows[x].items() if k != "updated_at"
        }
        assert merge.resolve(store, "travel_alert", x) == x
    assert store.count("record_merge") == 0


def test_merge_refuses_one_record_twice(store: Store) -> None:
    a, b = _two_sides(store)
    with pytest.raises(merge.MergeError):
        merge.merge(store, "travel_alert", a, a)
    merge.merge(store, "travel_alert", a, b)
    with pytest.raises(merge.MergeError):  # already one: the other leads to the same record
        merge.merge(store, "travel_alert", b, a)


def test_three_alerts_merged_in_two_steps_lead_to_one(store: Store) -> None:
    a, b = _two_sides(store)
    c = _alert(store, ["KAZ"], "2026-12-09")
    merge.merge(store, "travel_alert", a, b)
    done = merge.merge(store, "travel_alert", c, b)  # b is merged away: its group is merged
    ids = {merge.resolve(store, "travel_alert", x) for x in (a, b, c)}
    assert ids == {done.survivor}
    assert len(_children(store, done.survivor)["destinations"]) == 3


def test_letters_and_activities_merge_too(store: Store) -> None:
    state = ref_id("state", "TJK")
    one = store.insert("letter", {"state_id": state, "date": "2025-10-07", "subject": "Visit", "reference": "P/1"})
    two = store.insert("letter", {"state_id": state, "date": "2025-10-07", "reply_summary": "Received"})
    done = merge.merge(store, "letter", one, two)
    letter = store.require("letter", done.survivor)
    assert (letter["subject"], letter["reference"], letter["reply_summary"]) == ("Visit", "P/1", "Received")
    x = store.insert("activity", {"kind": "bureau_meeting", "title": "Bureau", "date_from": "2025-10-09"})
    y = store.insert("activity", {"kind": "bureau_meeting", "title": "Bureau", "summary": "heard Tajikistan"})
    store.insert("activity_state", {"activity_id": y, "state_id": state, "role": "heard"})
    done = merge.merge(store, "activity", x, y)
    assert store.require("activity", done.survivor)["summary"] == "heard Tajikistan"
    assert [r["state_id"] for r in store.rows("activity_state", "activity_id = ?", [done.survivor])] == [state]
