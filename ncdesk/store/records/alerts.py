"""Travel alerts: logging one, taking its steps, sharing it with the Court, recording the
President's letter, and what each destination must do at the visit dates. Every operation is
one transaction: the alert, its destinations, its steps and its links are saved together."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ncdesk.core.alerts import AlertFacts, Flag, StepError, check_step, flag_words, flags, rank
from ncdesk.core.model import AlertStatus
from ncdesk.core.obligation import Obligation, arrest_obligation
from ncdesk.core.text import Message
from ncdesk.store.records.editing import ValidationError, save
from ncdesk.store.records.queries import person_facts, state_facts
from ncdesk.store.store import Record, Store


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def create_alert(
    store: Store, raw: dict[str, Any], *, status: str = "reported", at: dt.date | None = None, by_whom: str = ""
) -> str:
    """Log a new alert (validated like the form) with its first step, in one transaction."""
    try:
        AlertStatus(status)
    except ValueError:
        raise ValidationError(
            {"status": Message("%1 is not one of %2", repr(status), ", ".join(s.value for s in AlertStatus))}
        ) from None
    if status == AlertStatus.CLOSED:
        raise ValidationError({"status": Message("log the alert first, then close it with its outcome")})
    with store.batch("Add travel alert"):
        alert_id = save(store, "travel_alert", raw)
        when = at or _day(store.require("travel_alert", alert_id)["received_at"]) or store.today()
        store.update("travel_alert", alert_id, {"status": status})
        store.insert("alert_step", {"alert_id": alert_id, "step": status, "at": when.isoformat(), "by_whom": by_whom})
    return alert_id


def last_step_day(store: Store, alert_id: str) -> dt.date | None:
    rows = store.rows("alert_step", "alert_id = ?", [alert_id], order_by="at DESC, rowid DESC")
    return _day(rows[0]["at"]) if rows else None


def take_step(
    store: Store,
    alert_id: str,
    step: str,
    *,
    at: dt.date,
    by_whom: str = "",
    notes: str = "",
    outcome: str | None = None,
) -> None:
    """Move the alert forward; raises StepError saying why a step cannot be taken."""
    alert = store.require("travel_alert", alert_id)
    check_step(alert["status"], step, at=at, last_at=last_step_day(store, alert_id), outcome=outcome)
    with store.batch(f"Alert: {step.replace('_', ' ')}"):
        store.insert(
            "alert_step", {"alert_id": alert_id, "step": step, "at": at.isoformat(), "by_whom": by_whom, "notes": notes}
        )
        changes: dict[str, Any] = {"status": step}
        if outcome is not None:
            changes["outcome"] = outcome
        store.update("travel_alert", alert_id, changes)


def reopen(store: Store, alert_id: str, *, at: dt.date, notes: str = "") -> None:
    """Take a closed alert back to the step before it was closed (its outcome is cleared)."""
    alert = store.require("travel_alert", alert_id)
    if alert["status"] != AlertStatus.CLOSED:
        raise StepError(Message("only a closed alert can be reopened"))
    steps = [
        s for s in store.rows("alert_step", "alert_id = ?", [alert_id], order_by="at, rowid") if s["step"] != "closed"
    ]
    previous = steps[-1]["step"] if steps and steps[-1]["step"] != "outcome_recorded" else "verified"
    with store.batch("Reopen travel alert"):
        store.insert(
            "alert_step", {"alert_id": alert_id, "step": previous, "at": at.isoformat(), "notes": notes or "reopened"}
        )
        store.update("travel_alert", alert_id, {"status": previous, "outcome": None})


def share_with_court(store: Store, alert_id: str, raw: dict[str, Any]) -> str:
    """Record that the alert was passed to the Court (and take the step if it is still ahead)."""
    alert = store.require("travel_alert", alert_id)
    with store.batch("Alert shared with the Court"):
        share_id = save(store, "court_share", {**raw, "alert_id": alert_id})
        share = store.require("court_share", share_id)
        if alert["status"] != AlertStatus.CLOSED and rank(alert["status"]) < rank(AlertStatus.COURT_INFORMED):
            day = _day(share["shared_at"]) or store.today()
            last = last_step_day(store, alert_id)
            check_step(alert["status"], AlertStatus.COURT_INFORMED, at=day, last_at=last)
            store.insert(
                "alert_step",
                {"alert_id": alert_id, "step": "court_informed", "at": day.isoformat(), "by_whom": share["shared_by"],
                 "notes": share["channel"]},
            )  # fmt: skip
            store.update("travel_alert", alert_id, {"status": "court_informed"})
    return share_id


def record_letter(store: Store, alert_id: str, raw: dict[str, Any]) -> str:
    """Record the President's letter for an alert (and take the "letter sent" step if ahead)."""
    alert = store.require("travel_alert", alert_id)
    with store.batch("Record the President's letter"):
        letter_id = save(store, "letter", {**raw, "alert_id": alert_id})
        letter = store.require("letter", letter_id)
        if alert["status"] != AlertStatus.CLOSED and rank(alert["status"]) < rank(AlertStatus.LETTER_SENT):
            day = _day(letter["date"]) or store.today()
            check_step(alert["status"], AlertStatus.LETTER_SENT, at=day, last_at=last_step_day(store, alert_id))
            store.insert("alert_step", {"alert_id": alert_id, "step": "letter_sent", "at": day.isoformat()})
            store.update("travel_alert", alert_id, {"status": "letter_sent"})
    return letter_id


def current_president(store: Store, on: dt.date | None = None) -> tuple[str, str]:
    """The President of the Assembly (name, office) for letters: the focal point ex officio."""
    rows = store.rows("focal_point", "role = 'president_ex_officio'", order_by="coalesce(appointed_on, '') DESC")
    day = (on or store.today()).isoformat()
    for r in rows:
        if (r["appointed_on"] or "") <= day and (r["ended_on"] is None or r["ended_on"] >= day):
            return r["person_name"], "President of the Assembly of States Parties"
    return (rows[0]["person_name"] if rows else ""), "President of the Assembly of States Parties"


@dataclass
class DestinationObligation:
    state: Record
    at_start: Obligation
    at_end: Obligation | None  # when it differs on the last day of the visit
    earlier_findings: list[Record] = field(default_factory=list)

    @property
    def obliged(self) -> bool:
        return self.at_start.obliged or bool(self.at_end and self.at_end.obliged)


def destinations(store: Store, alert_id: str) -> list[Record]:
    """The States an alert names, in the order given (one query: a note lists a thousand alerts)."""
    return store.query(
        "state",
        "SELECT s.* FROM alert_destination d JOIN state s ON s.id = d.state_id "
        "WHERE d.alert_id = ? AND d.deleted_at IS NULL AND s.deleted_at IS NULL ORDER BY d.rowid",
        [alert_id],
    )


def destinations_of(store: Store, alert_ids: list[str]) -> dict[str, list[Record]]:
    """The States each of *alert_ids* names, in the order given, by alert id (a query per 500
    alerts: a year's report names thousands)."""
    out: dict[str, list[Record]] = {a: [] for a in alert_ids}
    for i in range(0, len(alert_ids), 500):
        chunk = alert_ids[i : i + 500]
        rows = store.query(
            "state",
            "SELECT d.alert_id AS _alert, s.* FROM alert_destination d JOIN state s ON s.id = d.state_id "
            f"WHERE d.alert_id IN ({', '.join('?' * len(chunk))}) AND d.deleted_at IS NULL "
            "AND s.deleted_at IS NULL ORDER BY d.rowid",
            chunk,
        )
        for row in rows:
            out[row.pop("_alert")].append(row)
    return out


def to_state(store: Store, state_id: str) -> list[Record]:
    """The alerts naming *state_id* as a destination, in the order they named it (one query)."""
    return store.query(
        "travel_alert",
        "SELECT a.* FROM alert_destination d JOIN travel_alert a ON a.id = d.alert_id "
        "WHERE d.state_id = ? AND d.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY d.rowid",
        [state_id],
    )


# Facts read for one screen or document (the dashboard's fifty visits by a few persons to a few
# States), by ("person" or "state", id); `obligations` reads each once when given one.
FactsCache = dict[tuple[str, str], Any]


def obligations(store: Store, alert: Record, facts: FactsCache | None = None) -> list[DestinationObligation]:
    """For each destination: must it arrest and surrender the person at the visit dates, and why,
    and every earlier finding against it."""
    state_ids = [
        r["state_id"] for r in store.rows("alert_destination", "alert_id = ?", [alert["id"]], order_by="rowid")
    ]
    return obligation_preview(
        store, alert["person_id"], state_ids, _day(alert["date_from"]), _day(alert["date_to"]), facts=facts
    )


def obligation_preview(
    store: Store,
    person_id: str,
    state_ids: list[str],
    start: dt.date | None,
    end: dt.date | None,
    today: dt.date | None = None,
    *,
    facts: FactsCache | None = None,
) -> list[DestinationObligation]:
    """The obligations for a visit not yet saved (the alert form shows them as you type)."""
    cache: FactsCache = {} if facts is None else facts
    if ("person", person_id) not in cache:
        cache[("person", person_id)] = person_facts(store, store.require("person", person_id))
    person = cache[("person", person_id)]
    first_day = start or store.today()
    out: list[DestinationObligation] = []
    for state_id in state_ids:
        if ("state", state_id) not in cache:
            found = store.get("state", state_id)
            cache[("state", state_id)] = (found, state_facts(store, found) if found else None)
        state, sf = cache[("state", state_id)]
        if state is None:
            continue
        first = arrest_obligation(sf, person, first_day, today)
        last = arrest_obligation(sf, person, end, today) if end and end != first_day else None
        if last is not None and (last.obliged, last.ground) == (first.obliged, first.ground):
            last = None
        if ("findings", state_id) not in cache:  # every one, once: the earlier ones are chosen below
            cache[("findings", state_id)] = store.rows(
                "finding",
                "state_id = ? AND kind IN ('finding', 'informing_decision', 'decision', 'appeal_judgment')",
                [state["id"]],
                order_by="date",
            )
        earlier = [f for f in cache[("findings", state_id)] if f["date"] < first_day.isoformat()]
        out.append(DestinationObligation(state, first, last, earlier))
    return out


def facts_of(store: Store, alert: Record) -> AlertFacts:
    has_letter = bool(store.rows("letter", "alert_id = ?", [alert["id"]]))
    shared = bool(store.rows("court_share", "alert_id = ?", [alert["id"]]))
    return facts_from(alert, has_letter=has_letter, shared=shared)


def facts_from(alert: Record, *, has_letter: bool, shared: bool) -> AlertFacts:
    """An alert's facts when whether it has a letter and was shared is already known (the dashboard
    reads that for every open alert in one query)."""
    return AlertFacts(
        status=AlertStatus(alert["status"]),
        date_from=_day(alert["date_from"]),
        date_to=_day(alert["date_to"]),
        has_letter=has_letter,
        shared_with_court=shared,
    )


def alert_flags(store: Store, alert: Record, today: dt.date) -> list[Flag]:
    return flags(facts_of(store, alert), today)


def summary(store: Store, alert: Record, today: dt.date | None = None) -> dict[str, Any]:
    """An alert as the CLI prints it: fields, destinations, steps, shares, letters, obligations."""
    today = today or store.today()
    person = store.require("person", alert["person_id"])
    return {
        "id": alert["id"],
        "title": alert["title"] or f"{person['name']}",
        "person": {"id": person["id"], "name": person["name"]},
        "destinations": [
            {"id": s["id"], "iso3": s["iso3"], "name": s["name"]} for s in destinations(store, alert["id"])
        ],
        "dates": {
            "text": alert["date_text"],
            "from": alert["date_from"],
            "to": alert["date_to"],
            "precision": alert["date_precision"],
        },
        "purpose": alert["purpose"],
        "source": alert["source_description"],
        "reliability": alert["reliability"],
        "received_at": alert["received_at"],
        "status": alert["status"],
        "outcome": alert["outcome"],
        "steps": [
            {"step": s["step"], "at": s["at"], "by": s["by_whom"], "notes": s["notes"]}
            for s in store.rows("alert_step", "alert_id = ?", [alert["id"]], order_by="at, rowid")
        ],
        "shared_with_court": [
            {"at": c["shared_at"], "channel": c["channel"], "by": c["shared_by"], "recipient": c["recipient"]}
            for c in store.rows("court_share", "alert_id = ?", [alert["id"]], order_by="shared_at")
        ],
        "letters": [
            {"id": x["id"], "date": x["date"], "to": x["addressee_office"], "subject": x["subject"]}
            for x in store.rows("letter", "alert_id = ?", [alert["id"]], order_by="date")
        ],
        "obligations": [
            {
                "state": d.state["name"],
                "iso3": d.state["iso3"],
                "obliged": d.obliged,
                "basis": d.at_start.basis or (d.at_end.basis if d.at_end else None),
                "ground": d.at_start.ground.value,
                "explanation": d.at_start.explanation
                + (f" On the last day: {d.at_end.explanation}" if d.at_end else ""),
                "earlier_findings": [
                    {"id": f["id"], "date": f["date"], "title": f["title"]} for f in d.earlier_findings
                ],
            }
            for d in obligations(store, alert)
        ],
        "flags": [
            {"code": f.code, "urgent": f.urgent, "message": flag_words(f)} for f in alert_flags(store, alert, today)
        ],
        "notes": alert["notes"],
    }
