"""Lookups the CLI and the window share: find a State or a person by what was typed, and
gather the facts the rules in `ncdesk.core` reason over."""

from __future__ import annotations

import datetime as dt
import functools
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ncdesk.core.model import (
    Declaration123,
    PartyEvent,
    PartyEventKind,
    PersonFacts,
    PersonStatus,
    SituationFacts,
    StateFacts,
    Trigger,
    WarrantFacts,
    WarrantKind,
    WarrantStatus,
)
from ncdesk.core.persons import status_phrase
from ncdesk.core.text import Message, StateName, Typed, closest, loose, said
from ncdesk.core.wording import say
from ncdesk.store.store import Record, Store


class LookupProblem(LookupError):
    """What was typed matches no record, or several; the message lists the closest names."""

    def __init__(self, message: str, suggestions: list[str]) -> None:
        super().__init__(message)
        self.suggestions = suggestions


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class _Named:
    record: Record
    names: tuple[str, ...]


def _state_names(rec: Record) -> tuple[str, ...]:
    return tuple(n for n in (rec["name"], rec["formal_name"], rec["iso3"], rec["iso2"], *rec["aliases"]) if n)


def _person_names(rec: Record) -> tuple[str, ...]:
    return (rec["name"], *rec["aliases"])


def _label(c: _Named) -> str:
    return str(c.record.get("name") or c.record.get("title") or c.names[0])


@functools.lru_cache(maxsize=16384)
def _key(text: str) -> str:
    return loose(text)


@functools.lru_cache(maxsize=1024)
def _closest(text: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """The closest names (kept: an import may name the same unknown State on many rows)."""
    return tuple(closest(text, names, n=8))


class _Names:
    """The records of a kind with their names, indexed for lookups."""

    def __init__(self, candidates: list[_Named]) -> None:
        self.candidates = candidates
        self.exact: dict[str, dict[str, _Named]] = {}
        self.words: list[tuple[_Named, list[set[str]]]] = []
        self.label_by_name: dict[str, str] = {}
        for c in candidates:
            for n in c.names:
                self.exact.setdefault(_key(n), {})[c.record["id"]] = c
                self.label_by_name.setdefault(n, _label(c))
            self.words.append((c, [set(_key(n).split()) for n in c.names]))
        self.near_names = tuple(n for n in self.label_by_name if len(n) > 3 or n.isupper())


def _resolve(what: str, text: str, names: _Names, *, suggest: bool = True) -> Record:
    key = _key(text)
    say = _SAID[what]
    if not key:
        raise LookupProblem(say["none"](), [])
    unique = names.exact.get(key, {})
    if len(unique) == 1:
        return next(iter(unique.values())).record
    if not unique:
        # Every word typed is a word of one of the names: "Bashir", "Kushayb", "Korea".
        words = set(key.split())
        unique = {c.record["id"]: c for c, sets in names.words if any(words <= s for s in sets)}
        if len(unique) == 1:
            return next(iter(unique.values())).record
    if len(unique) > 1:
        labels = sorted(_label(c) for c in unique.values())
        raise LookupProblem(say["several"](repr(text), Typed(", ".join(labels))), labels)
    if not suggest:
        raise LookupProblem(say["unknown"](repr(text)), [])
    near = _closest(text, names.near_names)
    suggestions = list(dict.fromkeys(names.label_by_name[n] for n in near))[:3]
    if suggestions:
        raise LookupProblem(say["closest"](repr(text), Typed(", ".join(suggestions))), suggestions)
    raise LookupProblem(say["unknown"](repr(text)), suggestions)


# What a lookup says, by the kind looked for (whole sentences, for the translations).
_SAID: dict[str, dict[str, Callable[..., Message]]] = {
    "state": {
        "none": lambda: Message("no State given"),
        "several": lambda text, names: Message("%1 matches several States: %2; say which", text, names),
        "unknown": lambda text: Message("unknown State %1", text),
        "closest": lambda text, names: Message("unknown State %1; closest: %2", text, names),
    },
    "person": {
        "none": lambda: Message("no person given"),
        "several": lambda text, names: Message("%1 matches several persons: %2; say which", text, names),
        "unknown": lambda text: Message("unknown person %1", text),
        "closest": lambda text, names: Message("unknown person %1; closest: %2", text, names),
    },
    "situation": {
        "none": lambda: Message("no situation given"),
        "several": lambda text, names: Message("%1 matches several situations: %2; say which", text, names),
        "unknown": lambda text: Message("unknown situation %1", text),
        "closest": lambda text, names: Message("unknown situation %1; closest: %2", text, names),
    },
    "case": {
        "none": lambda: Message("no case given"),
        "several": lambda text, names: Message("%1 matches several cases: %2; say which", text, names),
        "unknown": lambda text: Message("unknown case %1", text),
        "closest": lambda text, names: Message("unknown case %1; closest: %2", text, names),
    },
}


def resolve_state(store: Store, text: str) -> Record:
    """The State named, by name, formal name, alias or ISO code, ignoring case and accents."""
    return _resolve("state", text, _named(store, "state"))


def resolve_person(store: Store, text: str) -> Record:
    return _resolve("person", text, _named(store, "person"))


def state_facts(store: Store, state: Record) -> StateFacts:
    events = tuple(
        PartyEvent(PartyEventKind(e["event"]), dt.date.fromisoformat(e["date"]), e["notes"])
        for e in store.rows("party_event", "state_id = ?", [state["id"]], order_by="date")
    )
    rows = store.rows("jurisdiction_declaration", "state_id = ?", [state["id"]], order_by="lodged_on")
    situations = {s["id"]: s["icc_number"] for s in store.rows("situation")} if rows else {}
    declarations = tuple(
        Declaration123(
            lodged_on=dt.date.fromisoformat(d["lodged_on"]),
            covers_from=_date(d["covers_from"]),
            covers_to=_date(d["covers_to"]),
            situation=situations.get(d["situation_id"]) if d["situation_id"] else None,
            accepted=bool(d["accepted"]),
        )
        for d in rows
    )
    return StateFacts(iso3=state["iso3"], name=state["name"], events=events, declarations=declarations)


def situation_facts(store: Store, situation: Record) -> SituationFacts:
    # Only the States bound (reading every State here made each person's facts cost 1,000 rows).
    bound = tuple(
        (str(iso3), str(basis))
        for iso3, basis in store.db.execute(
            "SELECT s.iso3, b.basis FROM situation_bound_state b JOIN state s ON s.id = b.state_id "
            "WHERE b.situation_id = ? AND b.deleted_at IS NULL AND s.deleted_at IS NULL "
            "ORDER BY b.situation_id, b.state_id",
            [situation["id"]],
        ).fetchall()
    )
    return SituationFacts(
        number=situation["icc_number"],
        name=situation["name"],
        trigger=Trigger(situation["trigger"]),
        council_resolution=situation["sc_resolution"],
        council_resolution_date=_date(situation["sc_resolution_date"]),
        council_bound=bound,
        investigation_opened=_date(situation["investigation_opened_on"]),
    )


def _among(column: str, values: list[str]) -> str:
    return f"{column} IN ({', '.join('?' * len(values))})" if values else "0"


def person_facts(store: Store, person: Record) -> PersonFacts:
    rows = store.rows("warrant", "person_id = ?", [person["id"]], order_by="issued_on")
    # Only the situations and cases of this person's warrants (reading every State, situation and
    # case for each person made a State's note cost a million rows at ten times the record).
    situation_ids = sorted({w["situation_id"] for w in rows})
    case_ids = sorted({w["case_id"] for w in rows if w["case_id"]})
    situations = {
        s["id"]: situation_facts(store, s) for s in store.rows("situation", _among("id", situation_ids), situation_ids)
    }
    cases = {
        str(c[0]): str(c[1])
        for c in store.db.execute(
            f"SELECT id, icc_number FROM icc_case WHERE deleted_at IS NULL AND {_among('id', case_ids)}", case_ids
        ).fetchall()
    }
    return PersonFacts(
        name=person["name"], warrants=tuple(_warrant_facts(w, situations, cases) for w in rows), **_status(person)
    )


def _status(person: Record) -> dict[str, Any]:
    status = person.get("status")
    return {
        "status": PersonStatus(status) if status else None,
        "status_since": _date(person.get("status_since")),
        "status_as_of": _date(person.get("status_as_of")),
    }


def everyone_facts(store: Store, persons: list[Record]) -> dict[str, PersonFacts]:
    """`person_facts` of each of *persons* (by id), every warrant, situation and case read once: a
    State's note judges its obligation towards every person."""
    situations = {s["id"]: situation_facts(store, s) for s in store.rows("situation")}
    cases = {
        str(c[0]): str(c[1])
        for c in store.db.execute("SELECT id, icc_number FROM icc_case WHERE deleted_at IS NULL").fetchall()
    }
    warrants: dict[str, list[Record]] = {}
    for w in store.rows("warrant", order_by="issued_on, rowid"):
        warrants.setdefault(w["person_id"], []).append(w)
    return {
        p["id"]: PersonFacts(
            name=p["name"],
            warrants=tuple(_warrant_facts(w, situations, cases) for w in warrants.get(p["id"], [])),
            **_status(p),
        )
        for p in persons
    }


def _warrant_facts(w: Record, situations: dict[str, SituationFacts], cases: dict[str, str]) -> WarrantFacts:
    return WarrantFacts(
        kind=WarrantKind(w["kind"]),
        situation=situations[w["situation_id"]],
        issued_on=dt.date.fromisoformat(w["issued_on"]),
        status=WarrantStatus(w["status"]),
        status_since=_date(w["status_since"]),
        case=cases.get(w["case_id"]) if w["case_id"] else None,
        sealed=bool(w["sealed"]),
        unsealed_on=_date(w["unsealed_on"]),
    )


def resolve_situation(store: Store, text: str) -> Record:
    """A situation by its ICC number (ICC-02/05) or its name ("Darfur")."""
    return _resolve("situation", text, _named(store, "situation"))


def resolve_case(store: Store, text: str) -> Record:
    """A case by its ICC number (ICC-02/05-01/09) or its title ("Al Bashir")."""
    return _resolve("case", text, _named(store, "icc_case"))


def _candidates(store: Store, table: str) -> list[_Named]:
    rows = store.rows(table)
    if table == "state":
        return [_Named(r, _state_names(r)) for r in rows]
    if table == "person":
        return [_Named(r, _person_names(r)) for r in rows]
    if table == "situation":
        return [_Named(r, (r["icc_number"], r["name"], r["name"].replace("Situation in ", ""))) for r in rows]
    return [
        _Named(
            r, (r["icc_number"], r["title"], r["title"].replace("The Prosecutor v. ", "").replace("Prosecutor v. ", ""))
        )
        for r in rows
    ]


# The tables a name is looked up in, and the question each look-up is (the import asks "state", "case").
RESOLVABLE = {"state": "state", "person": "person", "situation": "situation", "icc_case": "case"}
_NAME_COLUMNS = {
    "state": "name || char(31) || formal_name || char(31) || iso3 || char(31) || coalesce(iso2, '') || aliases",
    "person": "name || char(31) || aliases",
    "situation": "icc_number || char(31) || name",
    "icc_case": "icc_number || char(31) || title",
}
# The names of each kind, kept per store while they stay exactly as they were (the check reads
# the names, which is cheap; decoding the rows and indexing them is what is saved).
_NAMES: weakref.WeakKeyDictionary[Store, dict[str, tuple[str, _Names]]] = weakref.WeakKeyDictionary()


def _named(store: Store, table: str) -> _Names:
    signature = (
        store.db.execute(
            f"SELECT group_concat(id || char(31) || {_NAME_COLUMNS[table]}, char(30)) "
            f"FROM (SELECT * FROM {table} WHERE deleted_at IS NULL ORDER BY rowid)"
        ).fetchone()[0]
        or ""
    )
    kept = _NAMES.setdefault(store, {}).get(table)
    if kept is not None and kept[0] == signature:
        return kept[1]
    named = _Names(_candidates(store, table))
    _NAMES[store][table] = (signature, named)
    return named


class Resolver:
    """Many names resolved against the records as they were when first asked: an import
    resolves thousands of cells, so the names are gathered once per kind and each answer kept.
    `forget(kind)` after adding records of that kind."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._candidates: dict[str, _Names] = {}
        self._answers: dict[tuple[str, str], Record | LookupProblem] = {}
        # Finding the closest names takes a few milliseconds each; a file of thousands of
        # unknown names gets them for the first ones only.
        self.suggestions_left = 50

    def resolve(self, table: str, text: str) -> Record:
        """The record of *table* (state, person, situation, icc_case) named by *text*; raises LookupProblem."""
        answer = self._answers.get((table, text))
        if answer is None:
            if table not in self._candidates:
                self._candidates[table] = _named(self.store, table)
            try:
                answer = _resolve(RESOLVABLE[table], text, self._candidates[table], suggest=self.suggestions_left > 0)
            except LookupProblem as exc:
                self.suggestions_left -= 1
                answer = exc
            self._answers[(table, text)] = answer
        if isinstance(answer, LookupProblem):
            raise LookupProblem(said(answer), answer.suggestions)
        return answer

    def forget(self, table: str) -> None:
        self._candidates.pop(table, None)
        self._answers = {k: v for k, v in self._answers.items() if k[0] != table}


def person_names(store: Store) -> dict[str, str]:
    """Every person's name by id, reading only the names (a thousand persons at 10×: the situations tree)."""
    rows = store.db.execute("SELECT id, name FROM person WHERE deleted_at IS NULL").fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


def resolve_alert(store: Store, text: str) -> Record:
    """A travel alert by its id or the first characters of it (at least 4)."""
    key = text.strip().lower()
    if len(key) < 4:
        raise LookupProblem(Message("%1: give at least the first 4 characters of the alert's id", repr(text)), [])
    found = store.rows("travel_alert", "lower(id) LIKE ?", [key + "%"])
    if not found:  # merged away: its id leads to the one kept
        from ncdesk.store.records.merge import merged_by_prefix

        survivors = {survivor for _, survivor in merged_by_prefix(store, "travel_alert", key)}
        if len(survivors) == 1:
            found = store.rows("travel_alert", "id = ?", [survivors.pop()])
    if not found:
        raise LookupProblem(
            Message("no travel alert has an id starting with %1 (see ncdesk alert list)", repr(text)), []
        )
    if len(found) > 1:
        raise LookupProblem(Message("%1 matches %2 alerts; give more characters of the id", repr(text), len(found)), [])
    return found[0]


def result_phrase(store: Store, kind: str, record_id: str, title: str) -> Message | str:
    """A search result as a delegate names it, never by its id: a finding by its ICC number, date
    and State; a person by name and status; an alert or a letter with its State and dates."""
    row = store.get(kind, record_id)
    if row is None:
        return title
    if kind == "person":
        status = status_phrase(row.get("status"), _date(row.get("status_since")), _date(row.get("status_as_of")))
        return say("%1 (%2)", row["name"], status) if status else str(row["name"])
    if kind == "finding":
        numbers = [
            str(n)
            for (n,) in store.db.execute(
                "SELECT number FROM finding_document WHERE finding_id = ? AND deleted_at IS NULL ORDER BY rowid",
                [record_id],
            ).fetchall()
        ]
        state = store.get("state", row["state_id"]) if row.get("state_id") else None
        parts: list[object] = [
            numbers[0] if numbers else "",
            _date(row.get("date")),
            StateName(state["name"]) if state else "",
        ]
        head = [p for p in parts if p]
        return say("%1: %2", say(", ".join(f"%{n}" for n in range(1, len(head) + 1)), *head), row["title"])
    if kind in ("situation", "icc_case"):
        return say("%1 (%2)", title, row["icc_number"])
    if kind == "travel_alert" and row.get("date_text") and str(row["date_text"]) not in title:
        return say("%1, %2", title, row["date_text"])
    if kind == "letter" and row.get("date"):
        state = store.get("state", row["state_id"]) if row.get("state_id") else None
        return (
            say("%1, %2", title, _date(row["date"]))
            if not state
            else say("%1, %2, %3", title, StateName(state["name"]), _date(row["date"]))
        )
    return title
