"""What makes two records one (issue 24): the rule, in one place, for the importer, the forms,
`ncdesk alert add`/`letter add`, the receive preview, the dashboard and `ncdesk alert duplicates`.

- Two travel alerts are one visit when they are about the same person, their dates overlap and
  they share at least one destination (a rumour of Chad and Kenya and a report of Chad alone are
  the same trip).
- Two letters are one when they are to the same State, of the same day, to the same addressee.
- Two activities are one when they are of the same kind, on the same dates, with the same title.

Names and titles are compared loosely (`core.text.loose`: case, accents and punctuation aside).
Only dated records are compared: a record whose dates are unknown resembles nothing. Deleted
records, and records folded into another (a `merged_into` column, where the database has one),
are not compared."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ncdesk.core.text import loose
from ncdesk.store.store import Store

if TYPE_CHECKING:
    from ncdesk.store.records.exchange import Plan

KINDS = ("travel_alert", "letter", "activity")
_CHUNK = 500


@dataclass(frozen=True)
class Recorded:
    """A recorded record a new one resembles, as a notice names it."""

    table: str
    id: str
    title: str  # "Vladimir Putin in Tajikistan"; an untitled alert: the person and the destinations
    date_text: str  # as recorded ("2025-10-08/2025-10-10"); the window formats it
    status: str  # an alert's status, an activity's; '' for a letter


@dataclass(frozen=True)
class Pair:
    """Two records that may be one; *first* was recorded before *second*."""

    table: str
    first: Recorded
    second: Recorded
    # Which installation each was first recorded on ('' for this one): a pair across origins is
    # what receiving a package brings (the form warned about those typed here).
    first_origin: str = ""
    second_origin: str = ""

    @property
    def across_origins(self) -> bool:
        return self.first_origin != self.second_origin


def _live(store: Store, table: str, alias: str = "") -> str:
    """The condition that a row of *table* counts: not deleted, not merged into another."""
    p = f"{alias}." if alias else ""
    cond = f"{p}deleted_at IS NULL"
    if "merged_into" in store.columns(table):  # (issue 24's merge: the folded record points to the kept one)
        cond += f" AND {p}merged_into IS NULL"
    return cond


def _day(value: dt.date | str | None) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)[:10]


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


# --- one record typed or received: which recorded ones it resembles --------------------------------


def alert_matches(
    store: Store,
    person_id: str | None,
    date_from: dt.date | str | None,
    date_to: dt.date | str | None,
    destinations: Iterable[str],
    exclude: Iterable[str] = (),
) -> list[str]:
    """The ids of recorded alerts that are the same visit, oldest first: one indexed look-up of the
    person's alerts ending on or after the first day (idx_alert_person_days), then their
    destinations."""
    start, end = _day(date_from), _day(date_to) or _day(date_from)
    wanted = sorted(set(destinations))
    if not person_id or start is None or end is None or not wanted:
        return []
    skip = set(exclude)
    marks = ", ".join("?" * len(wanted))
    rows = store.db.execute(
        f"SELECT a.id FROM travel_alert a INDEXED BY idx_alert_person_days "
        f"WHERE a.person_id = ? AND a.date_from <= ? AND a.date_to >= ? AND {_live(store, 'travel_alert', 'a')} "
        f"AND EXISTS (SELECT 1 FROM alert_destination d WHERE d.alert_id = a.id AND d.deleted_at IS NULL "
        f"AND d.state_id IN ({marks})) ORDER BY a.created_at, a.rowid",
        [person_id, end, start, *wanted],
    ).fetchall()
    return [str(r[0]) for r in rows if r[0] not in skip]


def letter_matches(
    store: Store,
    state_id: str | None,
    date: dt.date | str | None,
    addressee_office: str | None,
    exclude: Iterable[str] = (),
) -> list[str]:
    """The ids of recorded letters to the same State, of the same day, to the same addressee."""
    day, office = _day(date), loose(addressee_office or "")
    if not state_id or day is None:
        return []
    skip = set(exclude)
    rows = store.db.execute(
        f"SELECT id, addressee_office FROM letter WHERE state_id = ? AND date = ? AND {_live(store, 'letter')} "
        "ORDER BY created_at, rowid",
        [state_id, day],
    ).fetchall()
    return [str(rid) for rid, other in rows if loose(other or "") == office and rid not in skip]


def activity_matches(
    store: Store,
    kind: str | None,
    date_from: dt.date | str | None,
    date_to: dt.date | str | None,
    title: str | None,
    exclude: Iterable[str] = (),
) -> list[str]:
    """The ids of recorded activities of the same kind, on the same dates, with the same title."""
    start, end = _day(date_from), _day(date_to) or _day(date_from)
    wanted = loose(title or "")
    if not kind or start is None or not wanted:
        return []
    skip = set(exclude)
    rows = store.db.execute(
        f"SELECT id, title FROM activity WHERE kind = ? AND date_from = ? AND date_to = ? "
        f"AND {_live(store, 'activity')} ORDER BY created_at, rowid",
        [kind, start, end],
    ).fetchall()
    return [str(rid) for rid, other in rows if loose(other or "") == wanted and rid not in skip]


def matches(store: Store, kind: str, values: dict[str, Any], exclude: Iterable[str] = ()) -> list[str]:
    """The recorded records the *values* of a record of *kind* resemble, as `editing.validate`
    gives them (an alert's and an activity's "date" a PartialDate, "destinations" a list of ids).
    Other kinds have no rule here: none."""
    if kind == "travel_alert":
        pd = values.get("date")
        return alert_matches(
            store,
            values.get("person_id"),
            getattr(pd, "start", None),
            getattr(pd, "end", None),
            values.get("destinations") or [],
            exclude,
        )
    if kind == "letter":
        return letter_matches(
            store, values.get("state_id"), values.get("date"), values.get("addressee_office"), exclude
        )
    if kind == "activity":
        pd = values.get("date")
        return activity_matches(
            store,
            values.get("kind"),
            getattr(pd, "start", None),
            getattr(pd, "end", None),
            values.get("title"),
            exclude,
        )
    return []


# --- how a notice names them -----------------------------------------------------------------------


def describe(store: Store, table: str, ids: Sequence[str]) -> list[Recorded]:
    """The records of *ids* (in that order) as a notice names them; a few queries for many."""
    if not ids:
        return []
    from ncdesk.store.records.detail import alert_title

    found: dict[str, Recorded] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        marks = ", ".join("?" * len(chunk))
        if table == "travel_alert":
            rows = store.db.execute(
                f"SELECT a.id, a.title, a.date_text, a.status, p.name FROM travel_alert a "
                f"LEFT JOIN person p ON p.id = a.person_id WHERE a.id IN ({marks})",
                list(chunk),
            ).fetchall()
            places: dict[str, list[str]] = {}
            for alert_id, name in store.db.execute(
                "SELECT d.alert_id, s.name FROM alert_destination d JOIN state s ON s.id = d.state_id "
                f"WHERE d.alert_id IN ({marks}) AND d.deleted_at IS NULL ORDER BY d.rowid",
                list(chunk),
            ).fetchall():
                places.setdefault(str(alert_id), []).append(str(name))
            for rid, title, date_text, status, who in rows:
                shown = title or alert_title(str(who or "?"), places.get(str(rid), []))
                found[str(rid)] = Recorded(table, str(rid), str(shown), str(date_text or ""), str(status or ""))
        elif table == "letter":
            for rid, office, date, state in store.db.execute(
                f"SELECT l.id, l.addressee_office, l.date, s.name FROM letter l "
                f"LEFT JOIN state s ON s.id = l.state_id WHERE l.id IN ({marks})",
                list(chunk),
            ).fetchall():
                shown = f"{office}, {state}" if office and state else str(office or state or "")
                found[str(rid)] = Recorded(table, str(rid), shown, str(date or ""), "")
        elif table == "activity":
            for rid, title, date_text, date_from, status in store.db.execute(
                f"SELECT id, title, date_text, date_from, status FROM activity WHERE id IN ({marks})", list(chunk)
            ).fetchall():
                found[str(rid)] = Recorded(table, str(rid), str(title), str(date_text or date_from or ""), str(status))
        else:
            raise ValueError(f"no rule for duplicates of {table!r}")
    return [found[i] for i in ids if i in found]


# --- every pair in the record ------------------------------------------------------------------------


def _alert_pairs(store: Store, among: set[str] | None) -> list[tuple[str, str]]:
    """Pairs of the same visit. Two date ranges overlap when one starts within the other: for each
    alert, the person's alerts that start within its dates (idx_alert_person), ties by id."""
    live_a, live_b = _live(store, "travel_alert", "a"), _live(store, "travel_alert", "b")
    sql = (
        "SELECT a.id, b.id FROM travel_alert a JOIN travel_alert b INDEXED BY idx_alert_person "
        "ON b.person_id = a.person_id AND b.date_from >= a.date_from AND b.date_from <= a.date_to "
        "AND (b.date_from > a.date_from OR b.id > a.id) "
        f"WHERE {live_a} AND {live_b} AND a.date_from IS NOT NULL AND a.date_to IS NOT NULL "
        "AND EXISTS (SELECT 1 FROM alert_destination x JOIN alert_destination y ON y.state_id = x.state_id "
        "WHERE x.alert_id = a.id AND y.alert_id = b.id AND x.deleted_at IS NULL AND y.deleted_at IS NULL)"
    )
    if among is None:
        return [(str(a), str(b)) for a, b in store.db.execute(sql).fetchall()]
    out: set[tuple[str, str]] = set()
    for rid in sorted(among):  # a few records (those a package brought): each looked up by its person
        row = store.db.execute(
            f"SELECT person_id, date_from, date_to FROM travel_alert a WHERE id = ? AND {live_a}", [rid]
        ).fetchone()
        if row is None:
            continue
        places = [str(r[0]) for r in store.db.execute(
            "SELECT state_id FROM alert_destination WHERE alert_id = ? AND deleted_at IS NULL", [rid]
        )]  # fmt: skip
        for other in alert_matches(store, row[0], row[1], row[2], places, exclude=[rid]):
            out.add((min(rid, other), max(rid, other)))
    return sorted(out)


def _letter_pairs(store: Store, among: set[str] | None) -> list[tuple[str, str]]:
    rows = store.db.execute(
        "SELECT a.id, b.id, a.addressee_office, b.addressee_office FROM letter a JOIN letter b "
        "ON b.state_id = a.state_id AND b.date = a.date AND b.id > a.id "
        f"WHERE {_live(store, 'letter', 'a')} AND {_live(store, 'letter', 'b')} AND a.date IS NOT NULL"
        + (
            ""
            if among is None
            else " AND (a.id IN (SELECT value FROM json_each(?)) OR b.id IN (SELECT value FROM json_each(?)))"
        ),
        [] if among is None else [json.dumps(sorted(among))] * 2,
    ).fetchall()
    return [(str(a), str(b)) for a, b, x, y in rows if loose(x or "") == loose(y or "")]


def _activity_pairs(store: Store, among: set[str] | None) -> list[tuple[str, str]]:
    rows = store.db.execute(
        "SELECT a.id, b.id, a.title, b.title FROM activity a JOIN activity b "
        "ON b.date_from = a.date_from AND b.kind = a.kind AND b.date_to IS a.date_to AND b.id > a.id "
        f"WHERE {_live(store, 'activity', 'a')} AND {_live(store, 'activity', 'b')} AND a.date_from IS NOT NULL"
        + (
            ""
            if among is None
            else " AND (a.id IN (SELECT value FROM json_each(?)) OR b.id IN (SELECT value FROM json_each(?)))"
        ),
        [] if among is None else [json.dumps(sorted(among))] * 2,
    ).fetchall()
    return [(str(a), str(b)) for a, b, x, y in rows if loose(x or "") == loose(y or "")]


_PAIRS = {"travel_alert": _alert_pairs, "letter": _letter_pairs, "activity": _activity_pairs}


def origins(store: Store, table: str, ids: Iterable[str]) -> dict[str, str]:
    """The installation each record was first recorded on, by id: the author of its version "*"
    (the record added whole, store/records/exchange.py), '' for this installation or a record never shared."""
    from ncdesk.store.records.exchange_peers import identity
    from ncdesk.store.records.exchange_versions import ALL_FIELDS

    me = identity(store)
    mine = me.installation_id if me else ""
    out: dict[str, str] = {}
    wanted = list(dict.fromkeys(ids))
    for chunk in _chunks(wanted):
        marks = ", ".join("?" * len(chunk))
        for rid, vv in store.db.execute(
            f"SELECT record_id, vv FROM field_version WHERE tbl = ? AND field = ? AND record_id IN ({marks})",
            [table, ALL_FIELDS, *chunk],
        ).fetchall():
            dots = json.loads(vv).get("d") or []
            author = str(min(dots)[0]) if dots else ""
            out[str(rid)] = "" if author == mine else author
    return {rid: out.get(rid, "") for rid in wanted}


def received_ids(store: Store, table: str) -> set[str]:
    """The records of *table* a package brought (inserted by a 'receive' batch): few, and indexed."""
    return {
        str(r[0])
        for r in store.db.execute(
            "SELECT l.record_id FROM change_batch b JOIN change_log l ON l.batch_id = b.id "
            "WHERE b.kind = 'receive' AND l.tbl = ? AND l.action = 'insert'",
            [table],
        ).fetchall()
    }


def pairs(store: Store, kinds: Sequence[str] = KINDS, *, received_only: bool = False) -> list[Pair]:
    """The pairs of records that may be one, of each of *kinds*, oldest first. With *received_only*,
    only pairs that have a record a package brought and whose two records were first recorded on
    different installations (what the dashboard lists after a package is received)."""
    out: list[Pair] = []
    for table in kinds:
        among = received_ids(store, table) if received_only else None
        if among is not None and not among:
            continue
        found = _PAIRS[table](store, among)
        if not found:
            continue
        ids = [i for pair in found for i in pair]
        named = {r.id: r for r in describe(store, table, ids)}
        born = origins(store, table, ids)
        created = {
            str(rid): (str(at or ""), int(n))
            for rid, at, n in store.db.execute(
                f"SELECT id, created_at, rowid FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps(ids)],
            ).fetchall()
        }
        for a, b in found:
            first, second = sorted((a, b), key=lambda i: created.get(i, ("", 0)))
            pair = Pair(table, named[first], named[second], born[first], born[second])
            if received_only and not pair.across_origins:
                continue
            out.append(pair)
    out.sort(key=lambda p: (KINDS.index(p.table), p.first.date_text, p.first.id, p.second.id))
    return out


# --- a package before it is received --------------------------------------------------------------


def in_package(store: Store, plan: Plan) -> list[Pair]:
    """The records a package would add that resemble records here: each pair is (the one here,
    the one received), the second named from the package's values."""
    from ncdesk.store.records.detail import alert_title

    out: list[Pair] = []
    sender = plan.sender
    places: dict[str, list[str]] = {}
    for d in plan.inserted("alert_destination"):
        if d.get("deleted_at") is None:
            places.setdefault(str(d.get("alert_id")), []).append(str(d.get("state_id")))
    added = {str(v["id"]) for t in KINDS for v in plan.inserted(t)}
    for table in KINDS:
        for v in plan.inserted(table):
            if v.get("deleted_at") is not None:
                continue
            rid = str(v["id"])
            if table == "travel_alert":
                found = alert_matches(
                    store, v.get("person_id"), v.get("date_from"), v.get("date_to"), places.get(rid, [])
                )
            elif table == "letter":
                found = letter_matches(store, v.get("state_id"), v.get("date"), v.get("addressee_office"))
            else:
                found = activity_matches(store, v.get("kind"), v.get("date_from"), v.get("date_to"), v.get("title"))
            found = [f for f in found if f not in added]
            if not found:
                continue
            if table == "travel_alert":
                row = store.db.execute("SELECT name FROM person WHERE id = ?", [v.get("person_id")]).fetchone()
                names = [
                    str(r[0])
                    for r in store.db.execute(
                        "SELECT name FROM state WHERE id IN (SELECT value FROM json_each(?))",
                        [json.dumps(places.get(rid, []))],
                    )
                ]
                title = str(v.get("title") or alert_title(str(row[0]) if row else "?", names))
                theirs = Recorded(table, rid, title, str(v.get("date_text") or ""), str(v.get("status") or ""))
            elif table == "letter":
                state = store.db.execute("SELECT name FROM state WHERE id = ?", [v.get("state_id")]).fetchone()
                title = ", ".join(
                    t for t in (str(v.get("addressee_office") or ""), str(state[0]) if state else "") if t
                )
                theirs = Recorded(table, rid, title, str(v.get("date") or ""), "")
            else:
                date_text = str(v.get("date_text") or v.get("date_from") or "")
                theirs = Recorded(table, rid, str(v.get("title") or ""), date_text, str(v.get("status") or ""))
            born = origins(store, table, found)
            for here in describe(store, table, found):
                out.append(Pair(table, here, theirs, born[here.id], sender))
    return out
