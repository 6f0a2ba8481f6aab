"""Travel alerts in the store: one transaction each, steps in order, obligations at the dates."""

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from icalendar import Calendar

from ncdesk.core.alerts import StepError
from ncdesk.io.calendar import write_ics
from ncdesk.io.letters import draft_letter
from ncdesk.store.records import alerts, dashboard
from ncdesk.store.records.editing import ValidationError
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests.conftest import FixedClock

TODAY = dt.date(2026, 11, 23)
PUTIN = ref_id("person", "vladimir-putin")


def new_alert(store: Store, states: list[str], date: str, status: str = "reported") -> str:
    return alerts.create_alert(
        store,
        {"person_id": PUTIN, "destinations": [ref_id("state", s) for s in states], "date": date,
         "reliability": "probable",
         "source_description": "press", "received_at": "2026-11-20"},
        status=status,
    )  # fmt: skip


def test_log_an_alert_with_its_first_step(store: Store) -> None:
    aid = new_alert(store, ["MNG", "KGZ"], "2026-12-01/2026-12-03", status="verified")
    alert = store.require("travel_alert", aid)
    assert (alert["date_text"], alert["date_from"], alert["date_to"], alert["status"]) == (
        "1–3 December 2026", "2026-12-01", "2026-12-03", "verified"
    )  # fmt: skip
    assert [s["step"] for s in store.rows("alert_step", "alert_id = ?", [aid])] == ["verified"]
    assert [d.state["iso3"] for d in alerts.obligations(store, alert)] == ["MNG", "KGZ"]
    mongolia, kyrgyzstan = alerts.obligations(store, alert)
    assert mongolia.obliged and mongolia.at_start.basis == "Rome Statute, articles 86 and 89(1)"
    assert [f["date"] for f in mongolia.earlier_findings] == ["2024-10-24", "2024-11-29"]
    assert not kyrgyzstan.obliged and kyrgyzstan.earlier_findings == []


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"destinations": []}, "destinations"),
        ({"destinations": ["00000000-0000-0000-0000-000000000000"]}, "destinations"),
        ({"date": "31 February 2026"}, "date"),
        ({"date": "6–3 April 2026"}, "date"),
        ({"person_id": None}, "person_id"),
        ({"reliability": "gossip"}, "reliability"),
    ],
)
def test_a_bad_alert_writes_nothing(store: Store, raw: dict, field: str) -> None:
    base = {
        "person_id": PUTIN,
        "destinations": [ref_id("state", "MNG")],
        "date": "mid-December 2026",
        "reliability": "probable",
    }
    before = (store.count("travel_alert"), store.count("alert_destination"), store.count("alert_step"))
    with pytest.raises(ValidationError) as info:
        alerts.create_alert(store, {**base, **raw})
    assert field in info.value.errors
    assert (store.count("travel_alert"), store.count("alert_destination"), store.count("alert_step")) == before


def test_steps_go_forward_only(store: Store) -> None:
    aid = new_alert(store, ["MNG"], "2026-12-01")
    alerts.take_step(store, aid, "verified", at=dt.date(2026, 11, 21))
    with pytest.raises(StepError, match="steps only go forward"):
        alerts.take_step(store, aid, "reported", at=dt.date(2026, 11, 22))
    with pytest.raises(StepError, match="before the previous step"):
        alerts.take_step(store, aid, "focal_points_activated", at=dt.date(2026, 11, 20))
    with pytest.raises(StepError, match="needs its outcome"):
        alerts.take_step(store, aid, "closed", at=dt.date(2026, 12, 4))
    assert store.require("travel_alert", aid)["status"] == "verified"
    alerts.take_step(store, aid, "closed", at=dt.date(2026, 12, 4), outcome="cancelled")
    assert store.require("travel_alert", aid)["outcome"] == "cancelled"
    alerts.reopen(store, aid, at=dt.date(2026, 12, 5))
    alert = store.require("travel_alert", aid)
    assert (alert["status"], alert["outcome"]) == ("verified", None)


def test_sharing_with_the_court_and_the_letter_take_their_steps(store: Store) -> None:
    aid = new_alert(store, ["MNG"], "2026-12-01", status="verified")
    letter = alerts.record_letter(
        store,
        aid,
        {"state_id": ref_id("state", "MNG"), "addressee_office": "Minister for Foreign Affairs", "date": "2026-11-24",
         "sender_name": "Päivi Kaukoranta", "sender_office": "President of the Assembly of States Parties"},
    )  # fmt: skip
    assert store.require("letter", letter)["alert_id"] == aid
    assert store.require("travel_alert", aid)["status"] == "letter_sent"
    alerts.share_with_court(
        store, aid, {"shared_at": "2026-11-25", "channel": "e-mail to the Registry", "shared_by": "Mexico"}
    )
    assert store.require("travel_alert", aid)["status"] == "court_informed"
    assert [s["step"] for s in store.rows("alert_step", "alert_id = ?", [aid], order_by="at, rowid")] == [
        "verified", "letter_sent", "court_informed"
    ]  # fmt: skip
    assert alerts.alert_flags(store, store.require("travel_alert", aid), TODAY) == []


def test_obligation_changes_within_a_partly_known_date(store: Store) -> None:
    # Armenia's ratification entered into force on 1 February 2024: a visit "January–February 2024"
    # begins before and ends after it.
    aid = new_alert(store, ["ARM"], "15 January 2024 – 10 February 2024")
    [duty] = alerts.obligations(store, store.require("travel_alert", aid))
    assert not duty.at_start.obliged
    assert duty.at_end is not None and duty.at_end.obliged
    assert duty.obliged


def test_dashboard(store: Store) -> None:
    soon = new_alert(store, ["MNG"], "2026-12-01/2026-12-03", status="verified")
    later = new_alert(store, ["MNG"], "2027-03-01")
    store.insert(
        "deadline",
        {"record_kind": "finding", "record_id": ref_id("finding", "ICC-01/18-462"), "state_id": ref_id("state", "HUN"),
         "due_on": "2026-11-20", "description": "Report on measures"},
    )  # fmt: skip
    board = dashboard.build(store, TODAY)
    assert [v.alert["id"] for v in board.upcoming] == [soon]
    assert board.upcoming[0].obligations[0].obliged
    assert soon in [a.alert["id"] for a in board.needing_action] and later not in [
        a.alert["id"] for a in board.needing_action
    ]
    [deadline] = board.deadlines  # Italy's (done) does not show
    assert deadline.overdue and deadline.days_left == -3
    assert board.recent_findings  # the latest decisions when the year was quiet


def test_reference_visits_are_closed_alerts_with_letters_and_outcomes(store: Store) -> None:
    hungary = store.require("travel_alert", ref_id("travel_alert", "netanyahu-hungary-2025"))
    assert (hungary["status"], hungary["outcome"]) == ("closed", "not_arrested")
    assert [x["date"] for x in store.rows("letter", "alert_id = ?", [hungary["id"]])] == ["2025-03-31"]
    [duty] = alerts.obligations(store, hungary)
    assert duty.obliged and duty.at_start.basis == "Rome Statute, articles 86 and 89(1)"
    njeem = store.require("travel_alert", ref_id("travel_alert", "njeem-italy-2025"))
    assert njeem["outcome"] == "arrested"


def test_calendar(store: Store, tmp_path: Path) -> None:
    aid = new_alert(store, ["MNG"], "2026-12-01/2026-12-03", status="verified")
    store.insert(
        "deadline",
        {"record_kind": "travel_alert", "record_id": aid, "due_on": "2026-11-30", "description": "Letter; to send"},
    )
    target = tmp_path / "cal.ics"
    assert write_ics(store, target, TODAY) == 2
    cal = Calendar.from_ical(target.read_bytes())
    events = {str(e.get("summary")): e for e in cal.walk("VEVENT")}
    visit = events["Visit: Vladimir Vladimirovich Putin to Mongolia"]
    assert visit.decoded("dtstart") == dt.date(2026, 12, 1) and visit.decoded("dtend") == dt.date(2026, 12, 4)
    assert "Mongolia: obliged to arrest and surrender (Rome Statute, articles 86 and 89(1))" in str(
        visit.get("description")
    )
    assert str(visit.get("uid")) == f"{aid}@ncdesk"
    assert "Deadline: Letter; to send" in events


def test_draft_letter(store: Store, tmp_path: Path) -> None:
    aid = new_alert(store, ["TJK"], "8–10 December 2026")
    target = draft_letter(store, aid, tmp_path / "draft.docx", dt.date(2026, 11, 23))
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "{{" not in text
    for expected in (
        "23 November 2026",
        "Minister of Foreign Affairs of the Republic of Tajikistan",
        "Vladimir Vladimirovich Putin, President of the Russian Federation, may visit Tajikistan (8–10 December 2026)",
        "on 17 March 2023, in the situation in Ukraine",
        "article 89(1)",
        "Päivi Kaukoranta",
    ):
        assert expected in text, expected


def test_a_users_own_template_is_used(store: Store, tmp_path: Path) -> None:
    own = store.folder / "templates" / "letter.docx"
    own.parent.mkdir(parents=True)
    doc = Document()
    doc.add_paragraph("Custom: {{state}} / {{person}} / {{unknown_field}}")
    doc.save(str(own))
    aid = new_alert(store, ["TJK"], "8–10 December 2026")
    text = Document(str(draft_letter(store, aid, tmp_path / "d.docx"))).paragraphs[0].text
    assert text == "Custom: Tajikistan / Vladimir Vladimirovich Putin / {{unknown_field}}"


def test_an_alerts_detail_flags_it_on_the_stores_day(store: Store, clock: FixedClock) -> None:
    """The detail pane's flags count the days by the store's clock, as the lists and the dashboard
    do, not by the computer's date: a visit in three days is flagged three days ahead on any day the
    tests run."""
    from ncdesk.store.records.detail import detail

    aid = new_alert(store, ["MNG"], "2026-11-26")
    record = store.require("travel_alert", aid)
    shown = detail(store, "travel_alert", aid)
    assert shown is not None
    assert shown.extra["flags"] == alerts.alert_flags(store, record, TODAY)
    assert shown.extra["flags"], "an imminent visit not yet verified is flagged"
    clock.advance(days=30)
    later = detail(store, "travel_alert", aid)
    assert later is not None
    assert later.extra["flags"] == alerts.alert_flags(store, record, TODAY + dt.timedelta(days=30))
    assert later.extra["flags"] != shown.extra["flags"]
