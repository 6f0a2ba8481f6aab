"""The reference data shipped in resources/reference/, and how a release reaches the database.

`read_release()` parses and validates the files into rows with deterministic UUIDs (the same
record has the same id on every focal point's laptop). `apply_release()` writes them in one
transaction: new rows are added; reference rows are updated field by field, except the fields
the user edited (listed in the row's `user_fields`) and rows the user deleted; reference rows
that a release no longer contains are retired unless the user edited them.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import tomllib
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, cast

from sqlite_utils import Database

from ncdesk.core import docnums
from ncdesk.core.dates import DateError, parse_partial
from ncdesk.core.model import (
    ActivityKind,
    ActivityStatus,
    AlertOutcome,
    AlertStatus,
    AssemblyDocKind,
    CommunicationKind,
    FindingBasis,
    FocalPointRole,
    LinkRelation,
    PartyEventKind,
    PersonStatus,
    ProcedureStep,
    Referral,
    RegionalGroup,
    Reliability,
    StateNoteKind,
    Trigger,
    WarrantKind,
    WarrantStatus,
)
from ncdesk.store.file.db import read_meta, write_meta
from ncdesk.store.file.schema import TABLES

NAMESPACE = uuid.UUID("5b0f7a52-3c1e-4d0b-9a55-6e6364657368")  # ncdesk reference records

TABLE_ORDER = TABLES

# "kind:key" references between records in the files.
PREFIXES = {
    "finding": "finding",
    "document": "assembly_document",
    "alert": "travel_alert",
    "activity": "activity",
    "letter": "letter",
    "person": "person",
    "case": "icc_case",
    "situation": "situation",
    "state": "state",
}


class ReferenceDataError(ValueError):
    """A reference file that cannot be loaded, naming the file, the record and the field."""


def ref_id(table: str, key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{table}:{key}"))


@dataclass
class Row:
    table: str
    key: str
    values: dict[str, Any]

    @property
    def id(self) -> str:
        return ref_id(self.table, self.key)


@dataclass
class Release:
    version: str
    digest: str
    rows: list[Row] = field(default_factory=list)

    def by_table(self, table: str) -> list[Row]:
        return [r for r in self.rows if r.table == table]

    def count(self, table: str) -> int:
        return sum(1 for r in self.rows if r.table == table)


def _iso(value: Any, where: str, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise ReferenceDataError(f"{where}: {name} {value!r} is not a date (YYYY-MM-DD)") from None
    raise ReferenceDataError(f"{where}: {name} {value!r} is not a date")


def _enum(value: Any, allowed: Iterable[str], where: str, name: str) -> str:
    options = [str(a) for a in allowed]
    if value not in options:
        raise ReferenceDataError(f"{where}: {name} {value!r} is not one of {', '.join(options)}")
    return str(value)


def _doc(value: str, where: str, name: str, system: docnums.DocSystem | None = None) -> str:
    try:
        parsed = docnums.parse(value)
    except docnums.DocNumberError as exc:
        raise ReferenceDataError(f"{where}: {name}: {exc}") from None
    if system is not None and parsed.system is not system:
        raise ReferenceDataError(f"{where}: {name} {value!r} is not a {system.value.upper()} document number")
    return parsed.text


class _Builder:
    """Accumulates rows and the references between them, then checks they all resolve."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], Row] = {}
        self.pending_refs: list[tuple[str, str, str]] = []  # (where, table, key)
        self.known_situations: set[str] = set()

    def add(self, table: str, key: str, values: dict[str, Any], where: str) -> Row:
        if (table, key) in self.rows:
            raise ReferenceDataError(f"{where}: duplicate {table} {key!r}")
        row = Row(table, key, values)
        self.rows[(table, key)] = row
        return row

    def ref(self, table: str, key: str, where: str) -> str:
        self.pending_refs.append((where, table, key))
        return ref_id(table, key)

    def ref_spec(self, spec: str, where: str) -> tuple[str, str]:
        """Resolve "finding:ICC-01/22-90" to (table, id)."""
        prefix, _, key = spec.partition(":")
        if prefix not in PREFIXES or not key:
            raise ReferenceDataError(f"{where}: {spec!r} is not a reference like finding:ICC-01/22-90")
        table = PREFIXES[prefix]
        return table, self.ref(table, key, where)

    def cites(self, table: str, key: str, cites: Iterable[Mapping[str, Any]], where: str) -> None:
        for n, cite in enumerate(cites, start=1):
            src = cite.get("src")
            if not src:
                raise ReferenceDataError(f"{where}: citation {n} has no src")
            self.ref("source", str(src), f"{where}, citation {n}")
            self.add(
                "citation",
                f"{table}:{key}:{n}",
                {
                    "record_kind": table,
                    "record_id": ref_id(table, key),
                    "field": cite.get("field"),
                    "source_key": str(src),
                    "locator": str(cite.get("at", "")),
                    "stated": str(cite.get("says", "")),
                    "notes": str(cite.get("note", "")),
                },
                where,
            )

    def link(self, src_table: str, src_key: str, relation: str, to: str, where: str) -> None:
        dst_table, dst_id = self.ref_spec(to, where)
        rel = _enum(relation, [r.value for r in LinkRelation], where, "relation")
        self.add(
            "link",
            f"{src_table}:{src_key}:{rel}:{to}",
            {
                "src_kind": src_table,
                "src_id": self.ref(src_table, src_key, where),
                "relation": rel,
                "dst_kind": dst_table,
                "dst_id": dst_id,
            },
            where,
        )

    def check(self) -> None:
        for where, table, key in self.pending_refs:
            if (table, key) not in self.rows:
                raise ReferenceDataError(f"{where}: refers to {table} {key!r}, which is not in the reference data")


def _toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ReferenceDataError(f"{path.name}: {exc}") from None


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _load_sources(b: _Builder, path: Path) -> None:
    for item in _toml(path).get("source", []):
        where = f"{path.name}: source {item.get('key')!r}"
        b.add(
            "source",
            item["key"],
            {
                "key": item["key"],
                "title": item["title"],
                "kind": item.get("kind", "document"),
                "date": _iso(item.get("date"), where, "date"),
                "symbol": item.get("symbol"),
                "description": item.get("description", ""),
                "url": _url(item.get("url"), where),
                "read_on": _iso(item.get("read_on"), where, "read_on"),
            },
            where,
        )


def _url(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not value.startswith(("https://", "http://")):
        raise ReferenceDataError(f"{where}: url {value!r} is not a web address (https://…)")
    return value


def _person_status(item: Mapping[str, Any], where: str) -> dict[str, Any]:
    """A person's status, the days it holds since and was last checked on, and its sentence."""
    status = item.get("status")
    since = _iso(item.get("status_since"), where, "status_since")
    as_of = _iso(item.get("status_as_of"), where, "status_as_of")
    if status is not None:
        _enum(status, [s.value for s in PersonStatus], where, "status")
    elif since or as_of or item.get("status_note"):
        raise ReferenceDataError(f"{where}: status_since, status_as_of or status_note without a status")
    if since and as_of and since > as_of:
        raise ReferenceDataError(f"{where}: status_since {since} is after status_as_of {as_of}")
    return {"status": status, "status_since": since, "status_as_of": as_of, "status_note": item.get("status_note", "")}


def _load_states(b: _Builder, path: Path) -> None:
    groups = [g.value for g in RegionalGroup]
    for n, rec in enumerate(_csv(path), start=2):
        where = f"{path.name}, line {n} ({rec.get('iso3')})"
        iso3 = rec["iso3"].strip()
        aliases = [a.strip() for a in rec.get("aliases", "").split("|") if a.strip()]
        group = rec.get("regional_group", "").strip() or None
        if group is not None:
            _enum(group, groups, where, "regional_group")
        b.add(
            "state",
            iso3,
            {
                "iso3": iso3,
                "iso2": rec.get("iso2") or None,
                "numeric_code": rec.get("numeric") or None,
                "name": rec["name"],
                "formal_name": rec.get("formal_name", ""),
                "aliases": aliases,
                "regional_group": group,
                "un_member": int(rec.get("un_member", "1") or 1),
            },
            where,
        )
        b.cites(
            "state",
            iso3,
            [
                {"src": "iso-3166", "field": "iso3", "says": f"{iso3} / {rec.get('iso2')} / {rec.get('numeric')}"},
                {
                    "src": "un-regional-groups",
                    "field": "regional_group",
                    "says": group or "no group",
                    "note": rec.get("source", ""),
                },
            ],
            where,
        )


def unverified(source: str) -> bool:
    """A party-status row whose date was not checked against the depositary's record: its `source`
    says UNVERIFIED (the compiler's recollection, or a date computed from such a deposit)."""
    return "UNVERIFIED" in source


def _load_party_events(b: _Builder, path: Path) -> None:
    kinds = [k.value for k in PartyEventKind]
    for n, rec in enumerate(_csv(path), start=2):
        where = f"{path.name}, line {n} ({rec.get('iso3')} {rec.get('event')})"
        iso3 = rec["iso3"].strip()
        event = _enum(rec["event"].strip(), kinds, where, "event")
        date = _iso(rec["date"].strip(), where, "date")
        key = f"{iso3}:{event}:{date}"
        b.add(
            "party_event",
            key,
            {
                "state_id": b.ref("state", iso3, where),
                "event": event,
                "date": date,
                "verified": int(not unverified(rec.get("source", ""))),
                "notes": rec.get("note", ""),
            },
            where,
        )
        b.cites(
            "party_event",
            key,
            [{"src": "untc-xviii-10", "says": f"{event} {date}", "note": rec.get("source", "")}],
            where,
        )


def _load_state_notes(b: _Builder, path: Path) -> None:
    """Information beside a State's party status (state_notes.toml): never a party event."""
    for item in _toml(path).get("state_note", []):
        key = item["key"]
        where = f"{path.name}: state note {key!r}"
        b.add(
            "state_note",
            key,
            {
                "state_id": b.ref("state", item["state"], where),
                "date": _iso(item["date"], where, "date"),
                "kind": _enum(item["kind"], [k.value for k in StateNoteKind], where, "kind"),
                "text": item["text"],
                "notes": item.get("notes", ""),
            },
            where,
        )
        if not item.get("cite"):
            raise ReferenceDataError(f"{where}: cites no source")
        b.cites("state_note", key, item["cite"], where)


def _load_situations(b: _Builder, path: Path) -> None:
    data = _toml(path)
    for item in data.get("situation", []):
        where = f"{path.name}: situation {item.get('icc_number')!r}"
        number = _doc(item["icc_number"], where, "icc_number", docnums.DocSystem.ICC)
        b.known_situations.add(number)
        b.add(
            "situation",
            number,
            {
                "icc_number": number,
                "name": item["name"],
                "trigger": _enum(item["trigger"], [t.value for t in Trigger], where, "trigger"),
                "referred_on": _iso(item.get("referred_on"), where, "referred_on"),
                "referred_by": item.get("referred_by", ""),
                "sc_resolution": _doc(item["sc_resolution"], where, "sc_resolution", docnums.DocSystem.UN)
                if item.get("sc_resolution")
                else None,
                "sc_resolution_date": _iso(item.get("sc_resolution_date"), where, "sc_resolution_date"),
                "investigation_opened_on": _iso(item.get("investigation_opened_on"), where, "investigation_opened_on"),
                "notes": item.get("notes", ""),
            },
            where,
        )
        for bound in item.get("bound", []):
            b.add(
                "situation_bound_state",
                f"{number}:{bound['state']}",
                {
                    "situation_id": ref_id("situation", number),
                    "state_id": b.ref("state", bound["state"], where),
                    "basis": bound["basis"],
                },
                where,
            )
        b.cites("situation", number, item.get("cite", []), where)
    for item in data.get("case", []):
        where = f"{path.name}: case {item.get('icc_number')!r}"
        number = _doc(item["icc_number"], where, "icc_number", docnums.DocSystem.ICC)
        b.add(
            "icc_case",
            number,
            {
                "icc_number": number,
                "title": item["title"],
                "situation_id": b.ref("situation", item["situation"], where),
                "status": item.get("status", ""),
                "notes": item.get("notes", ""),
            },
            where,
        )
        for person in item.get("persons", []):
            b.add(
                "case_person",
                f"{number}:{person}",
                {"case_id": ref_id("icc_case", number), "person_id": b.ref("person", person, where)},
                where,
            )
        b.cites("icc_case", number, item.get("cite", []), where)


def _load_declarations(b: _Builder, path: Path) -> None:
    for n, rec in enumerate(_csv(path), start=2):
        where = f"{path.name}, line {n} ({rec.get('iso3')})"
        iso3 = rec["iso3"].strip()
        lodged = _iso(rec["lodged_on"].strip(), where, "lodged_on")
        situation = rec.get("situation", "").strip()
        notes = rec.get("note", "")
        situation_id = None
        if situation:
            _doc(situation, where, "situation", docnums.DocSystem.ICC)
            if situation in b.known_situations:
                situation_id = ref_id("situation", situation)
            else:
                notes = f"{notes} (Situation {situation}.)".strip()
        key = f"{iso3}:{lodged}"
        b.add(
            "jurisdiction_declaration",
            key,
            {
                "state_id": b.ref("state", iso3, where),
                "situation_id": situation_id,
                "lodged_on": lodged,
                "covers_from": _iso(rec.get("covers_from", "").strip(), where, "covers_from"),
                "covers_to": _iso(rec.get("covers_to", "").strip(), where, "covers_to"),
                "accepted": int(rec.get("accepted", "1") or 1),
                "notes": notes,
            },
            where,
        )
        b.cites(
            "jurisdiction_declaration",
            key,
            [{"src": "icc-public-record", "says": f"declaration lodged {lodged}", "note": rec.get("source", "")}],
            where,
        )


def _load_persons(b: _Builder, path: Path) -> None:
    for item in _toml(path).get("person", []):
        key = item["key"]
        where = f"{path.name}: person {key!r}"
        b.add(
            "person",
            key,
            {
                "name": item["name"],
                "aliases": list(item.get("aliases", [])),
                "function": item.get("function", ""),
                "nationality_state_id": b.ref("state", item["nationality"], where) if item.get("nationality") else None,
                **_person_status(item, where),
                "notes": item.get("notes", ""),
            },
            where,
        )
        b.cites("person", key, item.get("cite", []), where)
        for w in item.get("warrants", []):
            issued = _iso(w["issued_on"], where, "issued_on")
            kind = _enum(w.get("kind", "arrest_warrant"), [k.value for k in WarrantKind], where, "kind")
            wkey = f"{key}:{kind}:{issued}"
            wwhere = f"{where}, warrant of {issued}"
            b.add(
                "warrant",
                wkey,
                {
                    "person_id": ref_id("person", key),
                    "situation_id": b.ref("situation", w["situation"], wwhere),
                    "case_id": b.ref("icc_case", w["case"], wwhere) if w.get("case") else None,
                    "kind": kind,
                    "issued_on": issued,
                    "icc_document": _doc(w["icc_document"], wwhere, "icc_document", docnums.DocSystem.ICC)
                    if w.get("icc_document")
                    else None,
                    "sealed": int(bool(w.get("sealed", False))),
                    "unsealed_on": _iso(w.get("unsealed_on"), wwhere, "unsealed_on"),
                    "status": _enum(w.get("status", "at_large"), [s.value for s in WarrantStatus], wwhere, "status"),
                    "status_since": _iso(w.get("status_since"), wwhere, "status_since"),
                    "crimes": w.get("crimes", ""),
                    "notes": w.get("notes", ""),
                },
                wwhere,
            )
            b.cites("warrant", wkey, w.get("cite", []), wwhere)


def _load_findings(b: _Builder, path: Path) -> None:
    data = _toml(path)
    for item in data.get("finding", []):
        key = item["key"]
        where = f"{path.name}: finding {key!r}"
        sc_document = item.get("sc_document")
        b.add(
            "finding",
            key,
            {
                "kind": _enum(item.get("kind", "finding"), [k.value for k in CommunicationKind], where, "kind"),
                "title": item["title"],
                "date": _iso(item["date"], where, "date"),
                "chamber": item.get("chamber", ""),
                "state_id": b.ref("state", item["state"], where) if item.get("state") else None,
                "situation_id": b.ref("situation", item["situation"], where),
                "case_id": b.ref("icc_case", item["case"], where) if item.get("case") else None,
                "basis": _enum(item.get("basis", "none"), [k.value for k in FindingBasis], where, "basis"),
                "referred_to": _enum(
                    item.get("referred_to", "none"), [k.value for k in Referral], where, "referred_to"
                ),
                "transmitted_on": _iso(item.get("transmitted_on"), where, "transmitted_on"),
                "sc_document": _doc(sc_document, where, "sc_document", docnums.DocSystem.UN) if sc_document else None,
                "sc_date": _iso(item.get("sc_date"), where, "sc_date"),
                "notes": item.get("notes", ""),
            },
            where,
        )
        documents = item.get("documents", [])
        if not documents:
            raise ReferenceDataError(f"{where}: no ICC document number")
        for number in documents:
            parsed = docnums.parse_icc(_doc(number, where, "documents", docnums.DocSystem.ICC))
            b.add(
                "finding_document",
                parsed.text,
                {"finding_id": ref_id("finding", key), "number": parsed.text, "language": parsed.language},
                where,
            )
        for link in item.get("links", []):
            b.link("finding", key, link["relation"], link["to"], where)
        b.cites("finding", key, item.get("cite", []), where)
    for n, item in enumerate(data.get("link", []), start=1):
        where = f"{path.name}: link {n}"
        src_table, _ = b.ref_spec(item["from"], where)
        b.link(src_table, item["from"].partition(":")[2], item["relation"], item["to"], where)


def _partial(value: Any, where: str) -> dict[str, Any]:
    if value in (None, ""):
        return {"date_text": "", "date_from": None, "date_to": None, "date_precision": None}
    try:
        pd = parse_partial(str(value))
    except DateError as exc:
        raise ReferenceDataError(f"{where}: date: {exc}") from None
    return {
        "date_text": pd.text,
        "date_from": pd.start.isoformat(),
        "date_to": pd.end.isoformat(),
        "date_precision": pd.precision.value,
    }


def _procedure(
    b: _Builder, items: Iterable[Mapping[str, Any]], where: str, owner: str, target: str | None = None
) -> None:
    for n, step in enumerate(items, start=1):
        tgt = step.get("target") or target
        if not tgt:
            raise ReferenceDataError(f"{where}: procedure step {n} has no target")
        target_table, target_id = b.ref_spec(str(tgt), where)
        if target_table not in ("travel_alert", "finding"):
            raise ReferenceDataError(f"{where}: procedure step {n} must target an alert or a finding")
        b.add(
            "procedure_step",
            f"{owner}:{n}",
            {
                "target_kind": target_table,
                "target_id": target_id,
                "step": _enum(step["step"], [s.value for s in ProcedureStep], where, "step"),
                "date": _iso(step.get("date"), where, "date"),
                "by_whom": step.get("by_whom", ""),
                "letter_id": b.ref("letter", step["letter"], where) if step.get("letter") else None,
                "activity_id": ref_id("activity", owner.partition(":")[2]) if owner.startswith("activity:") else None,
                "notes": step.get("notes", ""),
            },
            where,
        )


def _load_travel(b: _Builder, path: Path) -> None:
    for item in _toml(path).get("alert", []):
        key = item["key"]
        where = f"{path.name}: alert {key!r}"
        outcome = item.get("outcome")
        b.add(
            "travel_alert",
            key,
            {
                "person_id": b.ref("person", item["person"], where),
                "title": item.get("title", ""),
                **_partial(item.get("date"), where),
                "purpose": item.get("purpose", ""),
                "source_description": item.get("source_description", ""),
                "reliability": _enum(
                    item.get("reliability", "unknown"), [r.value for r in Reliability], where, "reliability"
                ),
                "received_at": _iso(item.get("received_at"), where, "received_at"),
                "status": _enum(item.get("status", "reported"), [s.value for s in AlertStatus], where, "status"),
                "outcome": _enum(outcome, [o.value for o in AlertOutcome], where, "outcome") if outcome else None,
                "notes": item.get("notes", ""),
            },
            where,
        )
        for iso3 in item.get("destinations", []):
            b.add(
                "alert_destination",
                f"{key}:{iso3}",
                {"alert_id": ref_id("travel_alert", key), "state_id": b.ref("state", iso3, where)},
                where,
            )
        steps = [s.value for s in AlertStatus] + ["outcome_recorded"]
        for step in item.get("steps", []):
            at = _iso(step["at"], where, "at")
            b.add(
                "alert_step",
                f"{key}:{step['step']}:{at}",
                {
                    "alert_id": ref_id("travel_alert", key),
                    "step": _enum(step["step"], steps, where, "step"),
                    "at": at,
                    "by_whom": step.get("by_whom", ""),
                    "notes": step.get("notes", ""),
                },
                where,
            )
        _procedure(b, item.get("procedure", []), where, f"alert:{key}", target=f"alert:{key}")
        for target in item.get("led_to", []):
            b.link("travel_alert", key, "led_to", target, where)
        b.cites("travel_alert", key, item.get("cite", []), where)


def _load_letters(b: _Builder, path: Path) -> None:
    for item in _toml(path).get("letter", []):
        key = item["key"]
        where = f"{path.name}: letter {key!r}"
        b.add(
            "letter",
            key,
            {
                "sender_name": item.get("sender_name", ""),
                "sender_office": item.get("sender_office", ""),
                "addressee_office": item.get("addressee_office", ""),
                "state_id": b.ref("state", item["state"], where) if item.get("state") else None,
                "date": _iso(item.get("date"), where, "date"),
                "reference": item.get("reference", ""),
                "subject": item.get("subject", ""),
                "alert_id": b.ref("travel_alert", item["alert"], where) if item.get("alert") else None,
                "articles_recalled": list(item.get("articles_recalled", [])),
                "published_on": _iso(item.get("published_on"), where, "published_on"),
                "publication_channel": item.get("publication_channel", ""),
                "reply_on": _iso(item.get("reply_on"), where, "reply_on"),
                "reply_summary": item.get("reply_summary", ""),
                "notes": item.get("notes", ""),
            },
            where,
        )
        b.cites("letter", key, item.get("cite", []), where)


def _load_activities(b: _Builder, path: Path) -> None:
    for item in _toml(path).get("activity", []):
        key = item["key"]
        where = f"{path.name}: activity {key!r}"
        b.add(
            "activity",
            key,
            {
                "kind": _enum(item["kind"], [k.value for k in ActivityKind], where, "kind"),
                "title": item["title"],
                **_partial(item.get("date"), where),
                "status": _enum(item.get("status", "held"), [s.value for s in ActivityStatus], where, "status"),
                "summary": item.get("summary", ""),
                "participants": list(item.get("participants", [])),
                "location": item.get("location", ""),
                "notes": item.get("notes", ""),
            },
            where,
        )
        for st in item.get("states", []):
            role = st.get("role", "concerned")
            b.add(
                "activity_state",
                f"{key}:{st['state']}:{role}",
                {"activity_id": ref_id("activity", key), "state_id": b.ref("state", st["state"], where), "role": role},
                where,
            )
        for link in item.get("links", []):
            b.link("activity", key, link["relation"], link["to"], where)
        _procedure(b, item.get("procedure", []), where, f"activity:{key}")
        b.cites("activity", key, item.get("cite", []), where)


def _load_focal_points(b: _Builder, path: Path) -> None:
    for item in _toml(path).get("focal_point", []):
        key = item["key"]
        where = f"{path.name}: focal point {key!r}"
        group = item.get("regional_group")
        b.add(
            "focal_point",
            key,
            {
                "state_id": b.ref("state", item["state"], where),
                "role": _enum(item.get("role", "focal_point"), [r.value for r in FocalPointRole], where, "role"),
                "regional_group": _enum(group, [g.value for g in RegionalGroup], where, "regional_group")
                if group
                else None,
                "person_name": item.get("person_name", ""),
                "appointed_on": _iso(item.get("appointed_on"), where, "appointed_on"),
                "appointed_by": item.get("appointed_by", ""),
                "ended_on": _iso(item.get("ended_on"), where, "ended_on"),
                "period": item.get("period", ""),
                "notes": item.get("notes", ""),
            },
            where,
        )
        b.cites("focal_point", key, item.get("cite", []), where)


def _load_documents(b: _Builder, path: Path) -> None:
    for item in _toml(path).get("document", []):
        key = item["key"]
        where = f"{path.name}: document {key!r}"
        symbol = item.get("symbol")
        b.add(
            "assembly_document",
            key,
            {
                "symbol": _doc(symbol, where, "symbol", docnums.DocSystem.ASP) if symbol else None,
                "kind": _enum(item.get("kind", "other"), [k.value for k in AssemblyDocKind], where, "kind"),
                "session": item.get("session"),
                "year": item.get("year"),
                "date": _iso(item.get("date"), where, "date"),
                "title": item.get("title", ""),
                "notes": item.get("notes", ""),
            },
            where,
        )
        for para in item.get("paragraphs", []):
            b.add(
                "resolution_paragraph",
                f"{key}:{para['paragraph']}",
                {
                    "document_id": ref_id("assembly_document", key),
                    "paragraph": para["paragraph"],
                    "text": para.get("text", ""),
                    "topic": para.get("topic", ""),
                },
                where,
            )
        for link in item.get("links", []):
            b.link("assembly_document", key, link["relation"], link["to"], where)
        b.cites("assembly_document", key, item.get("cite", []), where)


def _load_deadlines(b: _Builder, path: Path) -> None:
    for item in _toml(path).get("deadline", []):
        key = item["key"]
        where = f"{path.name}: deadline {key!r}"
        kind, rid = b.ref_spec(item["about"], where)
        b.add(
            "deadline",
            key,
            {
                "record_kind": kind,
                "record_id": rid,
                "state_id": b.ref("state", item["state"], where) if item.get("state") else None,
                "due_on": _iso(item["due_on"], where, "due_on"),
                "done_on": _iso(item.get("done_on"), where, "done_on"),
                "description": item["description"],
                "notes": item.get("notes", ""),
            },
            where,
        )
        b.cites("deadline", key, item.get("cite", []), where)


LOADERS: dict[str, Callable[[_Builder, Path], None]] = {
    "sources.toml": _load_sources,
    "states.csv": _load_states,
    "party_status.csv": _load_party_events,
    "state_notes.toml": _load_state_notes,
    "situations.toml": _load_situations,
    "declarations_12_3.csv": _load_declarations,
    "persons.toml": _load_persons,
    "findings.toml": _load_findings,
    "travel.toml": _load_travel,
    "letters.toml": _load_letters,
    "activities.toml": _load_activities,
    "focal_points.toml": _load_focal_points,
    "assembly_documents.toml": _load_documents,
    "deadlines.toml": _load_deadlines,
}


def version_key(version: str) -> tuple[tuple[int, str], ...]:
    """ "2026.11.2" < "2026.12": compared number by number."""
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in re.split(r"[.\-]", version))


def release_version(folder: Path) -> str:
    """The version a release folder's manifest names, without parsing its files."""
    return str(_toml(folder / "manifest.toml").get("version", ""))


def release_digest(folder: Path) -> str:
    """The digest `read_release` gives the files in *folder*, without parsing them ("" if one is
    missing: reading the release then says what is wrong)."""
    manifest = _toml(folder / "manifest.toml")
    digest = hashlib.sha256()
    for name in manifest.get("files", []):
        try:
            digest.update(name.encode() + b"\0" + (folder / name).read_bytes() + b"\0")
        except OSError:
            return ""
    return digest.hexdigest()


class _MemoryFile:
    """A release file held in memory, read as the loaders read a file (a received release is
    never written to disk: nothing of it lands in a temporary folder)."""

    def __init__(self, name: str, data: bytes | None) -> None:
        self.name = name
        self._data = data

    def exists(self) -> bool:
        return self._data is not None

    def read_bytes(self) -> bytes:
        if self._data is None:
            raise FileNotFoundError(self.name)
        return self._data

    def open(self, mode: str = "r", encoding: str | None = None, newline: str | None = None) -> IO[Any]:
        data = self.read_bytes()
        if "b" in mode:
            return io.BytesIO(data)
        return io.StringIO(data.decode(encoding or "utf-8"), newline=newline)


class _MemoryFolder:
    def __init__(self, files: Mapping[str, bytes]) -> None:
        self._files = dict(files)

    def __truediv__(self, name: str) -> _MemoryFile:
        return _MemoryFile(name, self._files.get(name))

    def __str__(self) -> str:
        return "the received release"


def read_release_files(files: Mapping[str, bytes]) -> Release:
    """`read_release` of files given by name → content (a release received in a package)."""
    return read_release(cast(Path, _MemoryFolder(files)))


def read_release(folder: Path) -> Release:
    """Parse and validate the reference files in *folder*."""
    manifest = _toml(folder / "manifest.toml")
    digest = hashlib.sha256()
    builder = _Builder()
    for name in manifest["files"]:
        path = folder / name
        if name not in LOADERS:
            raise ReferenceDataError(f"manifest.toml: no loader for {name}")
        if not path.exists():
            raise ReferenceDataError(f"manifest.toml lists {name}, which is missing from {folder}")
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
        try:
            LOADERS[name](builder, path)
        except KeyError as exc:
            raise ReferenceDataError(f"{name}: a record lacks the required field {exc}") from None
    builder.check()
    rows = sorted(builder.rows.values(), key=lambda r: TABLE_ORDER.index(r.table))
    return Release(version=str(manifest["version"]), digest=digest.hexdigest(), rows=rows)


# The docket's records: each must cite at least one source (issue 20: "every fact cited").
CITED_TABLES = ("situation", "icc_case", "person", "warrant")


def uncited(release: Release, tables: Iterable[str] = CITED_TABLES) -> list[str]:
    """The records of *tables* in *release* that no citation names, as "table key" (sorted)."""
    cited = {r.values["record_id"] for r in release.by_table("citation")}
    wanted = set(tables)
    return sorted(f"{r.table} {r.key}" for r in release.rows if r.table in wanted and r.id not in cited)


@dataclass
class ApplyReport:
    inserted: int = 0
    updated: int = 0
    kept_user_edits: int = 0
    kept_user_deletions: int = 0
    retired: int = 0
    applied: bool = True


def _norm(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return int(value)
    return value


def _db_norm(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.dumps(json.loads(value), ensure_ascii=False, sort_keys=True)
        except ValueError:
            return value
    return value


def apply_release(db: Database, release: Release, now: str, *, force: bool = False) -> ApplyReport:
    """Bring the reference rows in *db* to *release*, keeping what the user entered or edited."""
    if not force and read_meta(db, "reference_digest") == release.digest:
        return ApplyReport(applied=False)
    report = ApplyReport()
    with db.atomic():
        ids_by_table: dict[str, set[str]] = {}
        for row in release.rows:
            ids_by_table.setdefault(row.table, set()).add(row.id)
            values = {k: _norm(v) for k, v in row.values.items()}
            cur = db.execute(f"SELECT * FROM {row.table} WHERE id = ?", [row.id])
            columns = [c[0] for c in cur.description]
            found = cur.fetchone()
            if found is None:
                record = {"id": row.id, "origin": "reference", "created_at": now, "updated_at": now, **values}
                cols = ", ".join(record)
                marks = ", ".join("?" for _ in record)
                db.execute(f"INSERT INTO {row.table} ({cols}) VALUES ({marks})", list(record.values()))
                report.inserted += 1
                continue
            current = dict(zip(columns, found, strict=True))
            user_fields = set(json.loads(current["user_fields"]))
            if current["deleted_at"] is not None and "deleted_at" in user_fields:
                report.kept_user_deletions += 1
                continue
            changes = {
                k: v for k, v in values.items() if k not in user_fields and _db_norm(current.get(k)) != _db_norm(v)
            }
            if user_fields & set(values):
                report.kept_user_edits += 1
            if current["deleted_at"] is not None:
                changes["deleted_at"] = None
            if changes:
                changes["updated_at"] = now
                sets = ", ".join(f"{k} = ?" for k in changes)
                db.execute(f"UPDATE {row.table} SET {sets} WHERE id = ?", [*changes.values(), row.id])
                report.updated += 1
        for table in TABLE_ORDER:
            keep = ids_by_table.get(table, set())
            stale = db.execute(
                f"SELECT id, user_fields FROM {table} WHERE origin = 'reference' AND deleted_at IS NULL"
            ).fetchall()
            for rid, user_fields_json in stale:
                if rid in keep:
                    continue
                if json.loads(user_fields_json):
                    report.kept_user_edits += 1
                    continue
                if table == "citation" and _cites_a_kept_record(db, rid):
                    continue  # the record stays (the user edited it), and so does where it came from
                db.execute(f"UPDATE {table} SET deleted_at = ?, updated_at = ? WHERE id = ?", [now, now, rid])
                report.retired += 1
        write_meta(db, "reference_version", release.version)
        write_meta(db, "reference_digest", release.digest)
    return report


def _cites_a_kept_record(db: Database, citation_id: str) -> bool:
    row = db.execute("SELECT record_kind, record_id FROM citation WHERE id = ?", [citation_id]).fetchone()
    if row is None or row[0] not in TABLE_ORDER:
        return False
    kept = db.execute(f"SELECT 1 FROM {row[0]} WHERE id = ? AND deleted_at IS NULL", [row[1]]).fetchone()
    return kept is not None
