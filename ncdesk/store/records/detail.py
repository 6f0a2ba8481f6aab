"""Everything the detail pane shows about one record: its fields (with their sources and whether
the user changed them), its related records, and, for persons, States, situations and cases,
a chronology of every dated event. Plain data: the window decides the words and the layout."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ncdesk.core.labels import kind_label
from ncdesk.core.text import QT_TRANSLATE_NOOP, StateName
from ncdesk.core.wording import ENGLISH, Wording, render, say
from ncdesk.store.file.schema import COMMON_COLUMNS, KIND_BY_TABLE, TABLES, json_columns
from ncdesk.store.records.lookup import citations, title_of
from ncdesk.store.store import Record, Store

HIDDEN = set(COMMON_COLUMNS) - {"notes"}

# Foreign keys and the table they point to.
REFERENCES = {
    "state_id": "state",
    "nationality_state_id": "state",
    "situation_id": "situation",
    "case_id": "icc_case",
    "person_id": "person",
    "alert_id": "travel_alert",
    "finding_id": "finding",
    "activity_id": "activity",
    "letter_id": "letter",
    "document_id": "assembly_document",
}


@dataclass(frozen=True)
class Ref:
    kind: str
    id: str
    text: str
    note: str = ""
    extra: str = ""
    unverified: bool = False  # a party-status date not checked against the depositary's record


@dataclass
class FieldValue:
    name: str
    value: Any
    edited: bool = False
    citations: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Section:
    key: str
    items: list[Ref]


@dataclass(frozen=True)
class Event:
    date: str  # ISO day the event starts, for ordering
    date_text: str  # a partly known date as written ("3–6 April 2025"); empty for an exact day
    kind: str  # warrant_issued, finding, sc_transmission, party_event, letter, alert, activity, ...
    text: str
    ref: Ref | None = None


@dataclass
class Detail:
    kind: str
    id: str
    title: str
    record: Record
    fields: list[FieldValue]
    sections: list[Section]
    chronology: list[Event]
    attachments: list[Record]
    citations: list[dict[str, Any]]
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)  # kind-specific: an alert's obligations and flags
    # The related records as read, by section ("alerts": a person's travels, in their sections'
    # order), for a note that lists them: it need not read them again.
    read: dict[str, list[Record]] = field(default_factory=dict)


def _partial_text(rec: Record) -> str:
    """The written form of a partly known date; empty when the day is known exactly."""
    if rec.get("date_precision") in (None, "day"):
        return ""
    return str(rec.get("date_text") or "")


def _iso(day: str | None) -> str:
    """Dates stay ISO here; the window writes them in the user's language."""
    return day or ""


def state_list(states: list[str]) -> object:
    """States named one after the other, "Mongolia, Kyrgyzstan", as a phrase argument: each name
    and the separator in the reader's language."""
    places: object = StateName(states[0]) if states else ""
    for name in states[1:]:
        places = say(QT_TRANSLATE_NOOP("rules", "%1, %2"), places, StateName(name))
    return places


def alert_title(who: str, states: list[str], w: Wording = ENGLISH) -> str:
    """An untitled alert's title, "Vladimir Putin to Mongolia, Kyrgyzstan", in *w*'s language."""
    if not states:
        return who
    return render(say(QT_TRANSLATE_NOOP("rules", "%1 to %2"), who, state_list(states)), w)


class _Builder:
    def __init__(self, store: Store, wording: Wording = ENGLISH) -> None:
        self.store = store
        self.wording = wording  # the language of the titles ncdesk composes (an untitled alert's)
        self._titles: dict[tuple[str, str], str] = {}
        self.read: dict[str, list[Record]] = {}  # Detail.read

    def ref(self, kind: str, rid: str | None, note: str = "") -> Ref | None:
        if not rid:
            return None
        key = (kind, rid)
        if key not in self._titles:
            rec = self.store.get(kind, rid, include_deleted=True)
            self._titles[key] = self.title(kind, rec) if rec else rid
        return Ref(kind, rid, self._titles[key], note)

    def title(self, kind: str, rec: Record) -> str:  # noqa: PLR0911 - a return per kind of record
        if kind == "finding":
            return str(rec["title"])
        if kind == "focal_point":
            state = self.store.get("state", rec["state_id"], include_deleted=True)
            who = f" ({rec['person_name']})" if rec["person_name"] else ""
            return f"{self.wording.state(state['name']) if state else '?'}{who}"
        if kind == "travel_alert":
            if rec["title"]:
                return str(rec["title"])
            person = self.store.get("person", rec["person_id"], include_deleted=True)
            states = [
                s["name"]
                for s in (
                    self.store.get("state", d["state_id"])
                    for d in self.store.rows("alert_destination", "alert_id = ?", [rec["id"]], order_by="rowid")
                )
                if s
            ]
            who = str(person["name"]) if person else "?"
            return alert_title(who, states, self.wording)
        if kind == "assembly_document":
            return " ".join(x for x in (rec["symbol"], rec["title"]) if x)
        if kind == "warrant":  # "Warrant of arrest, 4 March 2009" in the window's language
            return f"{self.wording.value(str(rec['kind']))}{self._comma()}{self._day(rec['issued_on'])}"
        if kind == "party_event":
            return f"{self.wording.value(str(rec['event']))}{self._comma()}{self._day(rec['date'])}"
        if kind == "state":
            return self.wording.state(str(rec["name"]))
        if kind == "state_note":  # "Announced, not notified to the depositary, 22 September 2025"
            return f"{self.wording.value(str(rec['kind']))}{self._comma()}{self._day(rec['date'])}"
        if kind == "jurisdiction_declaration":  # "Article 12(3) declaration, 15 April 2009" (it has no title)
            label = kind_label("jurisdiction_declaration", translate=self.wording.translate)
            return (
                f"{label}{self._comma()}{self._day(rec['lodged_on'])}" if rec.get("lodged_on") else label
            )  # the State's name in the window's language
        return title_of(kind, rec)

    def _comma(self) -> str:
        return "\u060c " if self.wording.lang == "ar" else ", "

    def _day(self, iso: str | None) -> str:
        import datetime as dt

        try:
            return self.wording.day(dt.date.fromisoformat(str(iso)[:10])) if iso else ""
        except ValueError:
            return str(iso)

    def refs(self, kind: str, rows: list[Record], note_of: Any = None) -> list[Ref]:
        if kind == "travel_alert":
            self.alert_titles(rows)
        out: list[Ref] = []
        for r in rows:
            key = (kind, r["id"])
            if kind != "travel_alert" or key not in self._titles:
                self._titles[key] = self.title(kind, r)
            out.append(Ref(kind, r["id"], self._titles[key], note_of(r) if note_of else ""))
        return out

    def alert_titles(self, alerts: list[Record]) -> None:
        """The titles of many alerts at once (a State's thousand alerts: three queries, not four
        thousand): as `title` makes them, the person's name and the destinations'."""
        untitled = [a for a in alerts if not a["title"]]
        for a in alerts:
            if a["title"]:
                self._titles[("travel_alert", a["id"])] = str(a["title"])
        names: dict[str, str] = {}
        places: dict[str, list[str]] = {a["id"]: [] for a in untitled}
        for chunk in _chunks(sorted({a["person_id"] for a in untitled})):
            marks = ", ".join("?" * len(chunk))
            names.update(self.store.db.execute(f"SELECT id, name FROM person WHERE id IN ({marks})", chunk).fetchall())
        for chunk in _chunks([a["id"] for a in untitled]):
            marks = ", ".join("?" * len(chunk))
            for alert_id, name in self.store.db.execute(
                "SELECT d.alert_id, s.name FROM alert_destination d JOIN state s ON s.id = d.state_id "
                f"WHERE d.alert_id IN ({marks}) AND d.deleted_at IS NULL AND s.deleted_at IS NULL ORDER BY d.rowid",
                chunk,
            ).fetchall():
                places.setdefault(alert_id, []).append(name)
        for a in untitled:
            who = str(names.get(a["person_id"], "?"))
            states = places.get(a["id"])
            self._titles[("travel_alert", a["id"])] = alert_title(who, states or [], self.wording)
        # The destinations' names as read (in English, in the order the alert names them), by alert,
        # for a note's table of the same alerts: Detail.read["destinations"].
        self.read.setdefault("destinations", []).extend({"alert_id": a, "names": n} for a, n in places.items())


def _chunks(ids: list[str], size: int = 500) -> list[list[str]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _by_alert(store: Store, table: str, column: str, alert_ids: list[str], where: str = "") -> dict[str, list[Record]]:
    """The live rows of *table* whose *column* is one of *alert_ids*, grouped by it, each group in
    the order of its rows."""
    out: dict[str, list[Record]] = {}
    for chunk in _chunks(alert_ids):
        marks = ", ".join("?" * len(chunk))
        extra = f" AND {where}" if where else ""
        for r in store.rows(table, f"{column} IN ({marks}){extra}", chunk, order_by="rowid"):
            out.setdefault(r[column], []).append(r)
    return out


# A record named by kind and id (a deadline's, a procedure step's): the id field → the kind field.
_ABOUT = {"record_id": "record_kind", "target_id": "target_kind"}


def _fields(b: _Builder, kind: str, record: Record) -> tuple[list[FieldValue], list[dict[str, Any]]]:
    cites = citations(b.store, record["id"])
    by_field: dict[str, list[dict[str, Any]]] = {}
    for c in cites:
        by_field.setdefault(c["field"] or "", []).append(c)
    edited = set(record.get("user_fields") or [])
    fields: list[FieldValue] = []
    names = [n for n in record if n not in HIDDEN and n != "notes"] + ["notes"]
    if record.get("date_text"):  # the dates as written say it all; the bounds are for sorting
        names = [n for n in names if n not in ("date_from", "date_to", "date_precision")]
    for name in names:
        value = record.get(name)
        shown: Any = value
        if name in REFERENCES and value:
            shown = b.ref(REFERENCES[name], value)
        elif name in _ABOUT and value and record.get(_ABOUT[name]) in TABLES:  # a deadline's record, linked
            shown = b.ref(str(record[_ABOUT[name]]), value)
        elif name in json_columns(kind) and isinstance(value, list):
            shown = list(value)
        fields.append(FieldValue(name, shown, name in edited, by_field.get(name, [])))
    # Citations about a child list ("bound", "documents", "procedure") or the whole record.
    general = [c for c in cites if not c["field"] or c["field"] not in record]
    return fields, general


def detail(store: Store, kind: str, record_id: str, wording: Wording = ENGLISH) -> Detail | None:
    """The detail of a record, or None if there is no such record; the titles ncdesk composes
    (an untitled alert's) in *wording*'s language."""
    if kind not in TABLES:
        raise ValueError(f"unknown kind {kind!r}")
    record = store.get(kind, record_id, include_deleted=True)
    if record is None:
        return None
    b = _Builder(store, wording)
    fields, general = _fields(b, kind, record)
    sections, chronology = _RELATED.get(kind, _no_related)(b, record)
    attachments = store.rows("attachment", "record_id = ?", [record_id], order_by="created_at")
    chronology.sort(key=lambda e: (e.date, e.kind, e.text))
    extra: dict[str, Any] = {}
    if kind == "travel_alert":
        from ncdesk.store.records.alerts import alert_flags, obligations

        # The day by the store's clock, as every other flag of the alerts: not the real date.
        extra = {"obligations": obligations(store, record), "flags": alert_flags(store, record, store.today())}
    deadlines = store.rows("deadline", "record_id = ?", [record_id], order_by="due_on")
    if deadlines:
        sections.append(
            Section(
                "deadlines",
                [Ref("deadline", d["id"], d["description"], d["due_on"], d["done_on"] or "") for d in deadlines],
            )
        )
    return Detail(
        kind=kind,
        id=record_id,
        title=b.title(kind, record),
        record=record,
        fields=fields,
        sections=[s for s in sections if s.items],
        chronology=chronology,
        attachments=attachments,
        citations=general,
        deleted=record["deleted_at"] is not None,
        extra=extra,
        read=b.read,
    )


Related = tuple[list[Section], list[Event]]


def _no_related(b: _Builder, record: Record) -> Related:
    return [], []


def _links(b: _Builder, record: Record) -> list[Section]:
    out: dict[str, list[Ref]] = {}
    for ln in b.store.rows("link", "src_id = ?", [record["id"]], order_by="created_at"):
        ref = b.ref(ln["dst_kind"], ln["dst_id"])
        if ref:
            out.setdefault(f"link:{ln['relation']}", []).append(ref)
    for ln in b.store.rows("link", "dst_id = ?", [record["id"]], order_by="created_at"):
        ref = b.ref(ln["src_kind"], ln["src_id"])
        if ref:
            out.setdefault(f"backlink:{ln['relation']}", []).append(ref)
    return [Section(k, v) for k, v in out.items()]


def _finding_events(b: _Builder, findings: list[Record]) -> list[Event]:
    events: list[Event] = []
    for f in findings:
        ref = b.ref("finding", f["id"])
        events.append(Event(f["date"], "", f"finding:{f['kind']}", f["title"], ref))
        if f["transmitted_on"]:
            events.append(Event(f["transmitted_on"], "", "transmission", f["title"], ref))
        if f["sc_document"] and f["sc_date"]:
            events.append(Event(f["sc_date"], "", "sc_transmission", f["sc_document"], ref))
    return events


def _alert_events(b: _Builder, alerts: list[Record]) -> list[Event]:
    return [
        Event(
            a["date_from"] or a["created_at"][:10],
            _partial_text(a),
            "alert",
            ref.text,
            ref,
        )
        for a in alerts
        if (ref := b.ref("travel_alert", a["id"])) is not None
    ]


def _letter_events(b: _Builder, letters: list[Record]) -> list[Event]:
    return [
        Event(
            x["date"] or x["created_at"][:10],
            "",
            "letter",
            x["subject"] or x["addressee_office"],
            b.ref("letter", x["id"]),
        )
        for x in letters
    ]


def _state_related(b: _Builder, state: Record) -> Related:
    s = b.store
    sid = state["id"]
    findings = s.rows("finding", "state_id = ?", [sid], order_by="date")
    letters = s.rows("letter", "state_id = ?", [sid], order_by="date")
    # The alerts to it and the activities concerning it, each read with one query (in the order
    # of the rows linking them), not one by one.
    from ncdesk.store.records.alerts import to_state

    alerts = to_state(s, sid)
    concerning = s.query(
        "activity",
        "SELECT v.* FROM activity_state x JOIN activity v ON v.id = x.activity_id "
        "WHERE x.state_id = ? AND x.deleted_at IS NULL AND v.deleted_at IS NULL ORDER BY x.rowid",
        [sid],
    )
    activities = list({a["id"]: a for a in concerning}.values())  # once each, where it first comes
    b.read.update(findings=findings, letters=letters, alerts=alerts)
    events = s.rows("party_event", "state_id = ?", [sid], order_by="date")
    declarations = s.rows("jurisdiction_declaration", "state_id = ?", [sid], order_by="lodged_on")
    # Beside the status, never among its events: an announcement not notified to the depositary.
    notes = s.rows("state_note", "state_id = ?", [sid], order_by="date")
    focal = s.rows("focal_point", "state_id = ?", [sid], order_by="appointed_on")
    bound = s.rows("situation_bound_state", "state_id = ?", [sid])
    nationals = s.rows("person", "nationality_state_id = ?", [sid], order_by="name")
    sections = [
        Section("findings", b.refs("finding", findings, lambda f: _iso(f["date"]))),
        Section(
            "party_events",
            [
                Ref("party_event", e["id"], e["event"], e["date"], e["notes"], unverified=not e["verified"])
                for e in events
            ],
        ),
        Section("state_notes", [Ref("state_note", n["id"], n["kind"], n["date"], n["text"]) for n in notes]),
        Section("declarations", b.refs("jurisdiction_declaration", declarations, lambda d: _iso(d["lodged_on"]))),
        Section("bound_by", [r for r in (b.ref("situation", x["situation_id"], x["basis"]) for x in bound) if r]),
        Section("letters", b.refs("letter", letters, lambda x: _iso(x["date"]))),
        Section("alerts", b.refs("travel_alert", alerts, lambda a: _partial_text(a) or _iso(a["date_from"]))),
        Section("activities", b.refs("activity", activities, lambda a: _partial_text(a) or _iso(a["date_from"]))),
        Section("focal_points", b.refs("focal_point", focal, lambda f: f["period"])),
        Section("nationals", b.refs("person", nationals)),
    ]
    name = b.wording.state(str(state["name"]))
    chronology = [Event(e["date"], "", f"party:{e['event']}", name, None) for e in events]
    chronology += [
        Event(d["lodged_on"], "", "declaration_12_3", name, b.ref("jurisdiction_declaration", d["id"]))
        for d in declarations
    ]
    chronology += [
        Event(n["date"], "", f"state_note:{n['kind']}", name, Ref("state_note", n["id"], name)) for n in notes
    ]
    chronology += _finding_events(b, findings) + _letter_events(b, letters) + _alert_events(b, alerts)
    chronology += [
        Event(a["date_from"], _partial_text(a), f"activity:{a['kind']}", a["title"], b.ref("activity", a["id"]))
        for a in activities
        if a["date_from"]
    ]
    chronology += [
        Event(f["appointed_on"], "", "focal_point_appointed", name, b.ref("focal_point", f["id"]))
        for f in focal
        if f["appointed_on"]
    ]
    return sections, chronology


def _situation_related(b: _Builder, situation: Record) -> Related:
    s = b.store
    sid = situation["id"]
    cases = s.rows("icc_case", "situation_id = ?", [sid], order_by="icc_number")
    warrants = s.rows("warrant", "situation_id = ?", [sid], order_by="issued_on")
    persons = list({w["person_id"]: w for w in warrants})
    findings = s.rows("finding", "situation_id = ?", [sid], order_by="date")
    bound = s.rows("situation_bound_state", "situation_id = ?", [sid])
    sections = [
        Section("cases", b.refs("icc_case", cases)),
        Section("persons", [r for r in (b.ref("person", p) for p in persons) if r]),
        Section("findings", b.refs("finding", findings, lambda f: _iso(f["date"]))),
        Section("bound_states", [r for r in (b.ref("state", x["state_id"], x["basis"]) for x in bound) if r]),
    ]
    chronology: list[Event] = []
    if situation["referred_on"]:
        chronology.append(
            Event(situation["referred_on"], "", "referral", situation["referred_by"] or situation["name"], None)
        )
    if situation["investigation_opened_on"]:
        chronology.append(
            Event(situation["investigation_opened_on"], "", "investigation_opened", situation["name"], None)
        )
    chronology += _warrant_events(b, warrants)
    chronology += _finding_events(b, findings)
    return sections, chronology


def _warrant_events(b: _Builder, warrants: list[Record]) -> list[Event]:
    events: list[Event] = []
    for w in warrants:
        person = b.ref("person", w["person_id"])
        name = person.text if person else ""
        events.append(Event(w["issued_on"], "", f"warrant:{w['kind']}", name, person))
        if w["status_since"] and w["status"] in ("in_custody", "deceased", "withdrawn"):
            events.append(Event(w["status_since"], "", f"warrant_status:{w['status']}", name, person))
        if w["unsealed_on"]:
            events.append(Event(w["unsealed_on"], "", "warrant_unsealed", name, person))
    return events


def _case_related(b: _Builder, case: Record) -> Related:
    s = b.store
    cid = case["id"]
    persons = [cp["person_id"] for cp in s.rows("case_person", "case_id = ?", [cid])]
    findings = s.rows("finding", "case_id = ?", [cid], order_by="date")
    warrants = s.rows("warrant", "case_id = ?", [cid], order_by="issued_on")
    sections = [
        Section("persons", [r for r in (b.ref("person", p) for p in persons) if r]),
        Section("warrants", [Ref("warrant", w["id"], w["kind"], w["issued_on"], w["status"]) for w in warrants]),
        Section("findings", b.refs("finding", findings, lambda f: _iso(f["date"]))),
    ]
    return sections, _warrant_events(b, warrants) + _finding_events(b, findings)


def _person_related(b: _Builder, person: Record) -> Related:
    s = b.store
    pid = person["id"]
    warrants = s.rows("warrant", "person_id = ?", [pid], order_by="issued_on")
    case_ids = [cp["case_id"] for cp in s.rows("case_person", "person_id = ?", [pid])]
    case_ids += [w["case_id"] for w in warrants if w["case_id"]]
    case_ids = list(dict.fromkeys(case_ids))
    alerts = s.rows("travel_alert", "person_id = ?", [pid], order_by="date_from")
    finding_ids: list[str] = []
    for cid in case_ids:
        finding_ids += [f["id"] for f in s.rows("finding", "case_id = ?", [cid])]
    # What followed each travel and the letters about each, read for all the travels at once.
    led_to = _by_alert(s, "link", "src_id", [a["id"] for a in alerts], "relation = 'led_to'")
    for a in alerts:
        finding_ids += [ln["dst_id"] for ln in led_to.get(a["id"], [])]
    wanted = list(dict.fromkeys(finding_ids))
    by_id = _by_alert(s, "finding", "id", wanted)  # one query, not one per finding
    findings = sorted((by_id[i][0] for i in wanted if i in by_id), key=lambda f: f["date"])
    letters_of = _by_alert(s, "letter", "alert_id", [a["id"] for a in alerts])
    letters: list[Record] = []
    for a in alerts:
        letters += letters_of.get(a["id"], [])
    sections = [
        Section("warrants", [Ref("warrant", w["id"], w["kind"], w["issued_on"], w["status"]) for w in warrants]),
        Section("cases", [r for r in (b.ref("icc_case", c) for c in case_ids) if r]),
        Section("findings", b.refs("finding", findings, lambda f: _iso(f["date"]))),
        Section("alerts", b.refs("travel_alert", alerts, lambda a: _partial_text(a) or _iso(a["date_from"]))),
        Section("letters", b.refs("letter", letters, lambda x: _iso(x["date"]))),
    ]
    b.read.update(warrants=warrants, findings=findings, alerts=alerts, letters=letters)
    chronology = _warrant_events(b, warrants) + _finding_events(b, findings)
    chronology += _alert_events(b, alerts) + _letter_events(b, letters)
    return sections, chronology


def _finding_related(b: _Builder, finding: Record) -> Related:
    s = b.store
    fid = finding["id"]
    docs = s.rows("finding_document", "finding_id = ?", [fid], order_by="rowid")
    steps = s.rows("procedure_step", "target_id = ?", [fid], order_by="date")
    sections = [
        Section("documents", [Ref("finding_document", d["id"], d["number"], d["language"] or "") for d in docs]),
        *_links(b, finding),
        Section("procedure", [Ref("procedure_step", p["id"], p["step"], _iso(p["date"]), p["by_whom"]) for p in steps]),
    ]
    return sections, []


def _alert_related(b: _Builder, alert: Record) -> Related:
    s = b.store
    aid = alert["id"]
    dests = [
        r for r in (b.ref("state", d["state_id"]) for d in s.rows("alert_destination", "alert_id = ?", [aid])) if r
    ]
    letters = s.rows("letter", "alert_id = ?", [aid], order_by="date")
    steps = s.rows("alert_step", "alert_id = ?", [aid], order_by="at")
    proc = s.rows("procedure_step", "target_id = ?", [aid], order_by="date")
    shares = s.rows("court_share", "alert_id = ?", [aid], order_by="shared_at")
    sections = [
        Section("destinations", dests),
        Section("letters", b.refs("letter", letters, lambda x: _iso(x["date"]))),
        Section("steps", [Ref("alert_step", st["id"], st["step"], st["at"]) for st in steps]),
        Section("shares", [Ref("court_share", sh["id"], sh["channel"] or "shared", sh["shared_at"]) for sh in shares]),
        Section("procedure", [Ref("procedure_step", p["id"], p["step"], _iso(p["date"]), p["by_whom"]) for p in proc]),
        *_links(b, alert),
    ]
    return sections, []


def _activity_related(b: _Builder, activity: Record) -> Related:
    s = b.store
    states = [
        r
        for r in (
            b.ref("state", x["state_id"], x["role"])
            for x in s.rows("activity_state", "activity_id = ?", [activity["id"]])
        )
        if r
    ]
    return [Section("states", states), *_links(b, activity)], []


def _document_related(b: _Builder, doc: Record) -> Related:
    paragraphs = b.store.rows("resolution_paragraph", "document_id = ?", [doc["id"]], order_by="rowid")
    return [
        Section("paragraphs", [Ref("resolution_paragraph", p["id"], p["paragraph"], p["text"]) for p in paragraphs]),
        *_links(b, doc),
    ], []


def _letter_related(b: _Builder, letter: Record) -> Related:
    return _links(b, letter), []


_RELATED = {
    "state": _state_related,
    "situation": _situation_related,
    "icc_case": _case_related,
    "person": _person_related,
    "finding": _finding_related,
    "travel_alert": _alert_related,
    "activity": _activity_related,
    "assembly_document": _document_related,
    "letter": _letter_related,
}

__all__ = ["Detail", "Event", "FieldValue", "Ref", "Section", "detail", "KIND_BY_TABLE"]
