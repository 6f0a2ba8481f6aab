"""Reading a reference release from its files (resources/reference/, see docs/REFERENCE_DATA.md).

`read_release()` parses and validates the files a release's manifest lists, each with its
loader (`LOADERS`), into rows with deterministic UUIDs (the same record has the same id on
every focal point's laptop); `read_release_files()` reads a release received in a package,
held in memory. How a release reaches the database is `reference.apply_release`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import tomllib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, Any, cast

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
from ncdesk.store.reference import (
    TABLE_ORDER,
    Builder,
    ReferenceDataError,
    Release,
    doc_field,
    enum_field,
    iso_field,
    ref_id,
)


def _toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ReferenceDataError(f"{path.name}: {exc}") from None


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _load_sources(b: Builder, path: Path) -> None:
    for item in _toml(path).get("source", []):
        where = f"{path.name}: source {item.get('key')!r}"
        b.add(
            "source",
            item["key"],
            {
                "key": item["key"],
                "title": item["title"],
                "kind": item.get("kind", "document"),
                "date": iso_field(item.get("date"), where, "date"),
                "symbol": item.get("symbol"),
                "description": item.get("description", ""),
                "url": _url(item.get("url"), where),
                "read_on": iso_field(item.get("read_on"), where, "read_on"),
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
    since = iso_field(item.get("status_since"), where, "status_since")
    as_of = iso_field(item.get("status_as_of"), where, "status_as_of")
    if status is not None:
        enum_field(status, [s.value for s in PersonStatus], where, "status")
    elif since or as_of or item.get("status_note"):
        raise ReferenceDataError(f"{where}: status_since, status_as_of or status_note without a status")
    if since and as_of and since > as_of:
        raise ReferenceDataError(f"{where}: status_since {since} is after status_as_of {as_of}")
    return {"status": status, "status_since": since, "status_as_of": as_of, "status_note": item.get("status_note", "")}


def _load_states(b: Builder, path: Path) -> None:
    groups = [g.value for g in RegionalGroup]
    for n, rec in enumerate(_csv(path), start=2):
        where = f"{path.name}, line {n} ({rec.get('iso3')})"
        iso3 = rec["iso3"].strip()
        aliases = [a.strip() for a in rec.get("aliases", "").split("|") if a.strip()]
        group = rec.get("regional_group", "").strip() or None
        if group is not None:
            enum_field(group, groups, where, "regional_group")
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


def _load_party_events(b: Builder, path: Path) -> None:
    kinds = [k.value for k in PartyEventKind]
    for n, rec in enumerate(_csv(path), start=2):
        where = f"{path.name}, line {n} ({rec.get('iso3')} {rec.get('event')})"
        iso3 = rec["iso3"].strip()
        event = enum_field(rec["event"].strip(), kinds, where, "event")
        date = iso_field(rec["date"].strip(), where, "date")
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


def _load_state_notes(b: Builder, path: Path) -> None:
    """Information beside a State's party status (state_notes.toml): never a party event."""
    for item in _toml(path).get("state_note", []):
        key = item["key"]
        where = f"{path.name}: state note {key!r}"
        b.add(
            "state_note",
            key,
            {
                "state_id": b.ref("state", item["state"], where),
                "date": iso_field(item["date"], where, "date"),
                "kind": enum_field(item["kind"], [k.value for k in StateNoteKind], where, "kind"),
                "text": item["text"],
                "notes": item.get("notes", ""),
            },
            where,
        )
        if not item.get("cite"):
            raise ReferenceDataError(f"{where}: cites no source")
        b.cites("state_note", key, item["cite"], where)


def _load_situations(b: Builder, path: Path) -> None:
    data = _toml(path)
    for item in data.get("situation", []):
        where = f"{path.name}: situation {item.get('icc_number')!r}"
        number = doc_field(item["icc_number"], where, "icc_number", docnums.DocSystem.ICC)
        b.known_situations.add(number)
        b.add(
            "situation",
            number,
            {
                "icc_number": number,
                "name": item["name"],
                "trigger": enum_field(item["trigger"], [t.value for t in Trigger], where, "trigger"),
                "referred_on": iso_field(item.get("referred_on"), where, "referred_on"),
                "referred_by": item.get("referred_by", ""),
                "sc_resolution": doc_field(item["sc_resolution"], where, "sc_resolution", docnums.DocSystem.UN)
                if item.get("sc_resolution")
                else None,
                "sc_resolution_date": iso_field(item.get("sc_resolution_date"), where, "sc_resolution_date"),
                "investigation_opened_on": iso_field(
                    item.get("investigation_opened_on"), where, "investigation_opened_on"
                ),
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
        number = doc_field(item["icc_number"], where, "icc_number", docnums.DocSystem.ICC)
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


def _load_declarations(b: Builder, path: Path) -> None:
    for n, rec in enumerate(_csv(path), start=2):
        where = f"{path.name}, line {n} ({rec.get('iso3')})"
        iso3 = rec["iso3"].strip()
        lodged = iso_field(rec["lodged_on"].strip(), where, "lodged_on")
        situation = rec.get("situation", "").strip()
        notes = rec.get("note", "")
        situation_id = None
        if situation:
            doc_field(situation, where, "situation", docnums.DocSystem.ICC)
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
                "covers_from": iso_field(rec.get("covers_from", "").strip(), where, "covers_from"),
                "covers_to": iso_field(rec.get("covers_to", "").strip(), where, "covers_to"),
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


def _load_persons(b: Builder, path: Path) -> None:
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
            issued = iso_field(w["issued_on"], where, "issued_on")
            kind = enum_field(w.get("kind", "arrest_warrant"), [k.value for k in WarrantKind], where, "kind")
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
                    "icc_document": doc_field(w["icc_document"], wwhere, "icc_document", docnums.DocSystem.ICC)
                    if w.get("icc_document")
                    else None,
                    "sealed": int(bool(w.get("sealed", False))),
                    "unsealed_on": iso_field(w.get("unsealed_on"), wwhere, "unsealed_on"),
                    "status": enum_field(
                        w.get("status", "at_large"), [s.value for s in WarrantStatus], wwhere, "status"
                    ),
                    "status_since": iso_field(w.get("status_since"), wwhere, "status_since"),
                    "crimes": w.get("crimes", ""),
                    "notes": w.get("notes", ""),
                },
                wwhere,
            )
            b.cites("warrant", wkey, w.get("cite", []), wwhere)


def _load_findings(b: Builder, path: Path) -> None:
    data = _toml(path)
    for item in data.get("finding", []):
        key = item["key"]
        where = f"{path.name}: finding {key!r}"
        sc_document = item.get("sc_document")
        b.add(
            "finding",
            key,
            {
                "kind": enum_field(item.get("kind", "finding"), [k.value for k in CommunicationKind], where, "kind"),
                "title": item["title"],
                "date": iso_field(item["date"], where, "date"),
                "chamber": item.get("chamber", ""),
                "state_id": b.ref("state", item["state"], where) if item.get("state") else None,
                "situation_id": b.ref("situation", item["situation"], where),
                "case_id": b.ref("icc_case", item["case"], where) if item.get("case") else None,
                "basis": enum_field(item.get("basis", "none"), [k.value for k in FindingBasis], where, "basis"),
                "referred_to": enum_field(
                    item.get("referred_to", "none"), [k.value for k in Referral], where, "referred_to"
                ),
                "transmitted_on": iso_field(item.get("transmitted_on"), where, "transmitted_on"),
                "sc_document": doc_field(sc_document, where, "sc_document", docnums.DocSystem.UN)
                if sc_document
                else None,
                "sc_date": iso_field(item.get("sc_date"), where, "sc_date"),
                "notes": item.get("notes", ""),
            },
            where,
        )
        documents = item.get("documents", [])
        if not documents:
            raise ReferenceDataError(f"{where}: no ICC document number")
        for number in documents:
            parsed = docnums.parse_icc(doc_field(number, where, "documents", docnums.DocSystem.ICC))
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
    b: Builder, items: Iterable[Mapping[str, Any]], where: str, owner: str, target: str | None = None
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
                "step": enum_field(step["step"], [s.value for s in ProcedureStep], where, "step"),
                "date": iso_field(step.get("date"), where, "date"),
                "by_whom": step.get("by_whom", ""),
                "letter_id": b.ref("letter", step["letter"], where) if step.get("letter") else None,
                "activity_id": ref_id("activity", owner.partition(":")[2]) if owner.startswith("activity:") else None,
                "notes": step.get("notes", ""),
            },
            where,
        )


def _load_travel(b: Builder, path: Path) -> None:
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
                "reliability": enum_field(
                    item.get("reliability", "unknown"), [r.value for r in Reliability], where, "reliability"
                ),
                "received_at": iso_field(item.get("received_at"), where, "received_at"),
                "status": enum_field(item.get("status", "reported"), [s.value for s in AlertStatus], where, "status"),
                "outcome": enum_field(outcome, [o.value for o in AlertOutcome], where, "outcome") if outcome else None,
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
            at = iso_field(step["at"], where, "at")
            b.add(
                "alert_step",
                f"{key}:{step['step']}:{at}",
                {
                    "alert_id": ref_id("travel_alert", key),
                    "step": enum_field(step["step"], steps, where, "step"),
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


def _load_letters(b: Builder, path: Path) -> None:
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
                "date": iso_field(item.get("date"), where, "date"),
                "reference": item.get("reference", ""),
                "subject": item.get("subject", ""),
                "alert_id": b.ref("travel_alert", item["alert"], where) if item.get("alert") else None,
                "articles_recalled": list(item.get("articles_recalled", [])),
                "published_on": iso_field(item.get("published_on"), where, "published_on"),
                "publication_channel": item.get("publication_channel", ""),
                "reply_on": iso_field(item.get("reply_on"), where, "reply_on"),
                "reply_summary": item.get("reply_summary", ""),
                "notes": item.get("notes", ""),
            },
            where,
        )
        b.cites("letter", key, item.get("cite", []), where)


def _load_activities(b: Builder, path: Path) -> None:
    for item in _toml(path).get("activity", []):
        key = item["key"]
        where = f"{path.name}: activity {key!r}"
        b.add(
            "activity",
            key,
            {
                "kind": enum_field(item["kind"], [k.value for k in ActivityKind], where, "kind"),
                "title": item["title"],
                **_partial(item.get("date"), where),
                "status": enum_field(item.get("status", "held"), [s.value for s in ActivityStatus], where, "status"),
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


def _load_focal_points(b: Builder, path: Path) -> None:
    for item in _toml(path).get("focal_point", []):
        key = item["key"]
        where = f"{path.name}: focal point {key!r}"
        group = item.get("regional_group")
        b.add(
            "focal_point",
            key,
            {
                "state_id": b.ref("state", item["state"], where),
                "role": enum_field(item.get("role", "focal_point"), [r.value for r in FocalPointRole], where, "role"),
                "regional_group": enum_field(group, [g.value for g in RegionalGroup], where, "regional_group")
                if group
                else None,
                "person_name": item.get("person_name", ""),
                "appointed_on": iso_field(item.get("appointed_on"), where, "appointed_on"),
                "appointed_by": item.get("appointed_by", ""),
                "ended_on": iso_field(item.get("ended_on"), where, "ended_on"),
                "period": item.get("period", ""),
                "notes": item.get("notes", ""),
            },
            where,
        )
        b.cites("focal_point", key, item.get("cite", []), where)


def _load_documents(b: Builder, path: Path) -> None:
    for item in _toml(path).get("document", []):
        key = item["key"]
        where = f"{path.name}: document {key!r}"
        symbol = item.get("symbol")
        b.add(
            "assembly_document",
            key,
            {
                "symbol": doc_field(symbol, where, "symbol", docnums.DocSystem.ASP) if symbol else None,
                "kind": enum_field(item.get("kind", "other"), [k.value for k in AssemblyDocKind], where, "kind"),
                "session": item.get("session"),
                "year": item.get("year"),
                "date": iso_field(item.get("date"), where, "date"),
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


def _load_deadlines(b: Builder, path: Path) -> None:
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
                "due_on": iso_field(item["due_on"], where, "due_on"),
                "done_on": iso_field(item.get("done_on"), where, "done_on"),
                "description": item["description"],
                "notes": item.get("notes", ""),
            },
            where,
        )
        b.cites("deadline", key, item.get("cite", []), where)


LOADERS: dict[str, Callable[[Builder, Path], None]] = {
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
    builder = Builder()
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
