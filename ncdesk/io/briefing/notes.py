"""Briefing notes on a State, a person, a case, a situation or a travel alert.

Each note is a `Doc` of short sections; every statement of fact ends with a footnote number
pointing to its source: the Court's document number, the Security Council document, the UN
depositary record, or the paragraph of the Assembly document the reference data cites. Facts
the user entered are cited as ncdesk records, with the day they were entered.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from typing import Any

from ncdesk.core import labels
from ncdesk.core.alerts import ORDER as ALERT_ORDER
from ncdesk.core.model import AlertStatus
from ncdesk.core.obligation import arrest_obligation, describe_standing, standing_at
from ncdesk.core.persons import status_phrase
from ncdesk.core.text import QT_TRANSLATE_NOOP, StateName
from ncdesk.core.wording import and_list, render
from ncdesk.io.briefing.model import Bullets, Callout, Doc, Heading, KeyValues, Paragraph, Run, Table, clean, runs
from ncdesk.io.briefing.templates import Template, load_template
from ncdesk.io.translations import (
    EXPORT_LANGUAGE,
    colon,
    country_name,
    dates,
    said,
    say_words,
    translate,
    wording,
    words,
)
from ncdesk.io.translations import day as format_day
from ncdesk.store.records import alerts as alert_store
from ncdesk.store.records.detail import detail
from ncdesk.store.records.lookup import citations, citations_of
from ncdesk.store.records.queries import everyone_facts, state_facts
from ncdesk.store.store import Record, Store

# The sources ncdesk itself cites (footnotes), in the document's language.
UNTC = QT_TRANSLATE_NOOP(
    "briefing",
    "United Nations Treaty Collection, Chapter XVIII.10, Rome Statute of the International Criminal Court (status)",
)
PROCEDURES = QT_TRANSLATE_NOOP(
    "briefing", "Assembly procedures relating to non-cooperation, ICC-ASP/17/Res.5, annex II"
)
TOOLKIT = QT_TRANSLATE_NOOP(
    "briefing",
    "Toolkit for the implementation of the informal dimension of the Assembly procedures, ICC-ASP/17/31, annex III",
)
MANDATE = QT_TRANSLATE_NOOP(
    "briefing", "ICC-ASP/23/Res.1, annex I, para. 3(m): travel information to be shared promptly with the Court"
)


def _label(value: str | None) -> str:
    """A stored code in words, in the language of the document."""
    if value == "none":
        return "—"
    return labels.value_label(value or "", _words) or (value or "").replace("_", " ")


def _words(context: str, text: str) -> str:
    """A table's English words in the language of the document."""
    return words(text, context)


def _state(name: str) -> str:
    """A State's name in the language of the document."""
    return country_name(name, EXPORT_LANGUAGE.get())


def _colon() -> str:
    """ ": " between a label and what it labels, as the document's language punctuates it."""
    return colon()


def _day(iso: str | None) -> str:
    return format_day(dt.date.fromisoformat(iso[:10])) if iso else ""


class _Sources:
    """Where each fact comes from, as a footnote text."""

    def __init__(self, store: Store, doc: Doc) -> None:
        self.store = store
        self.doc = doc
        self._read: dict[str, list[dict[str, Any]]] = {}  # citations read ahead, by record id

    def read_ahead(self, records: Iterable[Record]) -> None:
        """Read the citations of *records* at once (a report cites thousands of records)."""
        self._read.update(citations_of(self.store, [r["id"] for r in records if r["id"] not in self._read]))

    def record(self, kind: str, rec: Record, field: str | None = None) -> int:
        cites = self._read[rec["id"]] if rec["id"] in self._read else citations(self.store, rec["id"])
        chosen = [c for c in cites if field and c["field"] == field] or [c for c in cites if not c["field"]] or cites
        if chosen:
            c = chosen[0]
            text = f"{c['source_title']}, {c['locator']}"
            if c.get("url"):  # a public page: its address and the day it was read
                text += f", {c['url']}"
                if c.get("read_on"):
                    text += say_words(QT_TRANSLATE_NOOP("briefing", " (read on %1)"), _day(c["read_on"]))
            return self.doc.cite(text)
        return self.doc.cite(
            say_words(QT_TRANSLATE_NOOP("briefing", "Record entered in ncdesk on %1"), _day(rec["created_at"]))
        )

    def finding(self, f: Record) -> int:
        numbers = [
            d["number"] for d in self.store.rows("finding_document", "finding_id = ?", [f["id"]], order_by="rowid")
        ]
        return self.doc.cite(f"{' / '.join(numbers) or f['title'][:60]} ({_day(f['date'])})")

    def sc(self, f: Record) -> int:
        return self.doc.cite(f"{f['sc_document']} ({_day(f['sc_date'])})")

    def untc(self) -> int:
        return self.doc.cite(words(UNTC))


def _cell(text: str, note: int | None = None, bold: bool = False) -> list[Run]:
    return [Run(clean(text), bold=bold, note=note)]


def _new(kind: str, title: str, subtitle: str, today: dt.date) -> Doc:
    return Doc(title=clean(title), subtitle=clean(subtitle), kind=kind, generated_on=today)


def _findings_table(store: Store, src: _Sources, findings: list[Record], with_state: bool = True) -> Table:
    states = {s["id"]: country_name(s["name"], EXPORT_LANGUAGE.get()) for s in store.rows("state")}
    rows = []
    for f in findings:
        docs = [d["number"] for d in store.rows("finding_document", "finding_id = ?", [f["id"]], order_by="rowid")]
        sc = _cell(f"{f['sc_document']} ({_day(f['sc_date'])})", src.sc(f)) if f["sc_document"] else _cell("—")
        row = [_cell(_day(f["date"])), _cell(" ".join(docs)), _cell(f["title"], src.finding(f))]
        if with_state:
            row.append(_cell(states.get(f["state_id"], "")))
        row += [_cell(_label(f["referred_to"])), sc]
        rows.append(row)
    headers = (
        ["Date", "ICC document", "Title"] + (["State"] if with_state else []) + ["Referred to", "Security Council"]
    )
    widths = [11, 22, 35] + ([10] if with_state else []) + [11, 13]
    return Table(headers, rows, widths)


# --- State ----------------------------------------------------------------------------------


def state_note(store: Store, state_id: str, today: dt.date | None = None, template: Template | None = None) -> Doc:  # noqa: PLR0912, PLR0915 - the note's sections in reading order
    today = today or dt.date.today()
    t = template or load_template(store.folder)
    state = store.require("state", state_id)
    lang = t.language
    code = state["regional_group"] or ""
    group = labels.value_label(code, functools.partial(translate, lang=lang)) if code else None
    group = group or words(QT_TRANSLATE_NOOP("briefing", "no regional group"))
    name = country_name(state["name"], lang)
    formal = state["formal_name"] if lang == "en" else name
    doc = _new("state", f"{t.word('briefing_note')}{_colon()}{name}", f"{formal} — {group}", today)
    src = _Sources(store, doc)
    facts = state_facts(store, state)
    at = standing_at(facts, today)

    doc.add(Heading(t.word("status")))
    rows: list[tuple[str, list[Run]]] = [
        ("Standing today", [Run(clean(describe_standing(facts, at, today, wording(lang))), note=src.untc())]),
        ("Regional group", runs(group)),
    ]
    events = store.rows("party_event", "state_id = ?", [state_id], order_by="date")
    for e in events:
        label = labels.NOTE_WORDS["party_event"].get(e["event"], e["event"].replace("_", " ").capitalize())
        day = _day(e["date"])
        if not e["verified"]:  # not checked against the depositary's record: said so
            day = say_words(QT_TRANSLATE_NOOP("briefing", "%1 (unverified)"), day)
        rows.append((label, [Run(day, note=src.record("party_event", e))]))
    # Beside the status, marked as information: the standing above and the obligations below
    # are read from the party events alone.
    beside = labels.NOTE_WORDS["state_note"]
    for n in store.rows("state_note", "state_id = ?", [state_id], order_by="date"):
        said = say_words(QT_TRANSLATE_NOOP("briefing", "%1 — %2"), _day(n["date"]), n["text"])
        rows.append(
            (
                beside.get(n["kind"], beside["other"]),
                [Run(clean(said), note=src.record("state_note", n, "date"))],
            )
        )
    for d in store.rows("jurisdiction_declaration", "state_id = ?", [state_id], order_by="lodged_on"):
        lodged = (
            say_words(QT_TRANSLATE_NOOP("briefing", "lodged %1"), _day(d["lodged_on"]))
            if d["accepted"]
            else say_words(QT_TRANSLATE_NOOP("briefing", "lodged %1 (not accepted)"), _day(d["lodged_on"]))
        )
        rows.append(("Article 12(3) declaration", [Run(lodged, note=src.record("jurisdiction_declaration", d))]))
    for b in store.rows("situation_bound_state", "state_id = ?", [state_id]):
        sit = store.require("situation", b["situation_id"])
        rows.append(
            (
                "Bound by the Security Council",
                [Run(f"{sit['name']} ({b['basis']})", note=src.record("situation", sit, "bound"))],
            )
        )
    doc.add(KeyValues(rows))

    # Who it must arrest today.
    doc.add(Heading(t.word("obligation")))
    wanted = []
    persons = store.rows("person", order_by="name")
    facts_of = everyone_facts(store, persons)
    for person in persons:
        pf = facts_of[person["id"]]
        if not any(w.kind.value == "arrest_warrant" for w in pf.warrants):
            continue
        ob = arrest_obligation(facts, pf, today, today)
        if ob.ground.value == "no_warrant":
            continue
        urged = words(QT_TRANSLATE_NOOP("briefing", "urged to cooperate"))
        wanted.append(
            [
                _cell(person["name"]),
                _cell(
                    words(QT_TRANSLATE_NOOP("briefing", "obliged"))
                    if ob.obliged
                    else words(QT_TRANSLATE_NOOP("briefing", "not obliged")),
                    bold=ob.obliged,
                ),
                _cell(ob.basis_in(wording(lang)) or (urged if ob.ground.value == "urged" else "—")),
            ]
        )
    if wanted:
        doc.add(
            Paragraph(
                runs(
                    say_words(
                        QT_TRANSLATE_NOOP(
                            "briefing",
                            "Whether %1 must arrest and surrender, on %2, each person for whom an arrest warrant "
                            "is outstanding:",
                        ),
                        name,
                        format_day(today),
                    )
                )
            )
        )
        doc.add(Table(["Person", "Today", "Basis"], wanted, [40, 20, 40]))
    else:
        doc.add(Paragraph(runs(t.word("no_record"))))

    focal = store.rows("focal_point", "state_id = ?", [state_id], order_by="appointed_on")
    if focal:
        doc.add(Heading(t.word("focal_point")))
        items = []
        for fp in focal:
            who = f"{fp['person_name']}, " if fp["person_name"] else ""
            role = _label("president_ex_officio" if fp["role"] == "president_ex_officio" else "focal_point")
            text = f"{who}{role} ({fp['period']})"
            if fp["appointed_on"]:
                text += say_words(QT_TRANSLATE_NOOP("briefing", ", appointed %1"), _day(fp["appointed_on"]))
            items.append([Run(clean(text), note=src.record("focal_point", fp))])
        doc.add(Bullets(items))

    doc.add(Heading(t.word("findings")))
    findings = store.rows("finding", "state_id = ?", [state_id], order_by="date")
    doc.add(
        _findings_table(store, src, findings, with_state=False) if findings else Paragraph(runs(t.word("no_record")))
    )

    doc.add(Heading(t.word("letters")))
    letters = store.rows("letter", "state_id = ?", [state_id], order_by="date")
    if letters:
        doc.add(
            Table(
                ["Date", "Addressed to", "Subject", "Published"],
                [
                    [
                        _cell(_day(x["date"])),
                        _cell(x["addressee_office"]),
                        _cell(x["subject"], src.record("letter", x)),
                        _cell(_day(x["published_on"]) or x["publication_channel"] or "—"),
                    ]
                    for x in letters
                ],
                [14, 30, 40, 16],
            )
        )
    else:
        doc.add(Paragraph(runs(t.word("no_record"))))

    doc.add(Heading(t.word("alerts")))
    the_alerts = sorted(alert_store.to_state(store, state_id), key=lambda a: a["date_from"] or "")
    doc.add(_alerts_table(store, src, the_alerts) if the_alerts else Paragraph(runs(t.word("no_record"))))

    since = (today - dt.timedelta(days=730)).isoformat()
    activity_ids = [a["activity_id"] for a in store.rows("activity_state", "state_id = ?", [state_id])]
    acts = sorted(
        (
            a
            for a in (store.get("activity", i) for i in dict.fromkeys(activity_ids))
            if a and (a["date_from"] or "") >= since
        ),
        key=lambda a: a["date_from"] or "",
    )
    doc.add(Heading(t.word("activities")))
    if acts:
        doc.add(
            Bullets(
                [
                    [
                        Run(
                            clean(f"{dates(a['date_text']) or _day(a['date_from'])}{_colon()}{a['title']}"),
                            note=src.record("activity", a),
                        )
                    ]
                    for a in acts
                ]
            )
        )
    else:
        doc.add(Paragraph(runs(t.word("no_record"))))

    _chronology(store, doc, t, "state", state_id)
    return doc


def _alerts_table(store: Store, src: _Sources, the_alerts: list[Record]) -> Table:
    # Only the persons and destinations these alerts name, each kind in one query: a person's note
    # read every person (a thousand at 10x the record) and each alert's destinations one by one.
    wanted = sorted({a["person_id"] for a in the_alerts})
    persons = {
        p["id"]: p["name"]
        for i in range(0, len(wanted), 500)
        for p in store.rows("person", f"id IN ({', '.join('?' * len(wanted[i : i + 500]))})", wanted[i : i + 500],
                            select="id, name")
    }  # fmt: skip
    destinations = alert_store.destinations_of(store, [a["id"] for a in the_alerts])
    rows = []
    for a in the_alerts:
        dests = ", ".join(_state(s["name"]) for s in destinations[a["id"]])
        state = (
            _label(a["outcome"])
            if a["status"] == "closed"
            else say_words(QT_TRANSLATE_NOOP("briefing", "open: %1"), _label(a["status"]))
        )
        rows.append(
            [
                _cell(dates(a["date_text"])),
                _cell(persons.get(a["person_id"], "")),
                _cell(dests),
                _cell(state, src.record("travel_alert", a)),
            ]
        )
    return Table(["Dates", "Person", "Destination", "Status"], rows, [20, 30, 25, 25])


def _chronology(store: Store, doc: Doc, t: Template, kind: str, rid: str, limit: int = 18) -> None:
    d = detail(store, kind, rid, wording(EXPORT_LANGUAGE.get()))
    if d is None or not d.chronology:
        return
    from ncdesk.io.briefing.words import event_words

    events = d.chronology[-limit:]
    doc.add(Heading(t.word("chronology")))
    if len(d.chronology) > limit:
        last = say_words(QT_TRANSLATE_NOOP("briefing", "The last %1 of %2 dated events."), limit, len(d.chronology))
        doc.add(Paragraph(runs(last), style="small"))
    doc.add(
        Table(
            ["Date", "Event"],
            [
                [_cell(dates(e.date_text) or _day(e.date)), _cell(f"{event_words(e.kind)}{_colon()}{_state(e.text)}")]
                for e in events
            ],
            [18, 82],
        )
    )


# --- Person ---------------------------------------------------------------------------------


def _date_or_none(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def person_note(store: Store, person_id: str, today: dt.date | None = None, template: Template | None = None) -> Doc:
    today = today or dt.date.today()
    t = template or load_template(store.folder)
    person = store.require("person", person_id)
    nationality = store.get("state", person["nationality_state_id"]) if person["nationality_state_id"] else None
    subtitle = ", ".join(x for x in (person["function"], _state(nationality["name"]) if nationality else "") if x)
    doc = _new("person", f"{t.word('briefing_note')}{_colon()}{person['name']}", subtitle, today)
    src = _Sources(store, doc)
    if person["aliases"]:
        aka = say_words(QT_TRANSLATE_NOOP("briefing", "Also known as: %1"), "; ".join(person["aliases"]))
        doc.add(Paragraph(runs(aka), style="small"))
    status = status_phrase(
        person["status"], _date_or_none(person["status_since"]), _date_or_none(person["status_as_of"])
    )
    if status is not None:  # "At large, as of 1 December 2026": the day the record was last checked
        said_status = render(status, wording(t.language))
        if person["status_note"]:
            said_status = f"{said_status}. {person['status_note']}"
        doc.add(Paragraph([Run(clean(said_status), bold=True, note=src.record("person", person, "status"))]))

    doc.add(Heading(t.word("warrants")))
    warrants = store.rows("warrant", "person_id = ?", [person_id], order_by="issued_on")
    if warrants:
        rows = []
        for w in warrants:
            sit = store.require("situation", w["situation_id"])
            since = _since(w)
            rows.append(
                [
                    _cell(_day(w["issued_on"])),
                    _cell(_label(w["kind"])),
                    _cell(w["icc_document"] or "—"),
                    _cell(sit["name"]),
                    _cell(since, src.record("warrant", w)),
                ]
            )
        doc.add(Table(["Issued", "Kind", "ICC document", "Situation", "Status"], rows, [14, 16, 18, 28, 24]))
    else:
        doc.add(Paragraph(runs(t.word("no_record"))))

    d = detail(store, "person", person_id)
    sections = {s.key: s for s in d.sections} if d else {}
    doc.add(Heading(t.word("cases")))
    cases = [store.require("icc_case", r.id) for r in sections["cases"].items] if "cases" in sections else []
    if cases:
        doc.add(
            Bullets(
                [
                    [
                        Run(
                            clean(
                                f"{c['icc_number']}{_colon()}{c['title']}"
                                + (f" — {c['status']}" if c["status"] else "")
                            ),
                            note=src.record("icc_case", c),
                        )
                    ]
                    for c in cases
                ]
            )
        )
    else:
        doc.add(Paragraph(runs(t.word("no_record"))))

    doc.add(Heading(t.word("travels")))
    the_alerts = store.rows("travel_alert", "person_id = ?", [person_id], order_by="date_from")
    doc.add(_alerts_table(store, src, the_alerts) if the_alerts else Paragraph(runs(t.word("no_record"))))

    doc.add(Heading(t.word("findings")))
    findings = [store.require("finding", r.id) for r in sections["findings"].items] if "findings" in sections else []
    doc.add(_findings_table(store, src, findings) if findings else Paragraph(runs(t.word("no_record"))))

    letters = [store.require("letter", r.id) for r in sections["letters"].items] if "letters" in sections else []
    doc.add(Heading(t.word("letters")))
    if letters:
        states = {s["id"]: _state(s["name"]) for s in store.rows("state")}
        doc.add(
            Bullets(
                [
                    [
                        Run(
                            clean(
                                say_words(
                                    QT_TRANSLATE_NOOP("briefing", "%1: to the %2 (%3)"),
                                    _day(x["date"]),
                                    x["addressee_office"],
                                    states.get(x["state_id"], ""),
                                )
                            ),
                            note=src.record("letter", x),
                        )
                    ]
                    for x in letters
                ]
            )
        )
    else:
        doc.add(Paragraph(runs(t.word("no_record"))))
    _chronology(store, doc, t, "person", person_id)
    return doc


# --- Case and situation ---------------------------------------------------------------------


def situation_note(
    store: Store, situation_id: str, today: dt.date | None = None, template: Template | None = None
) -> Doc:
    today = today or dt.date.today()
    t = template or load_template(store.folder)
    sit = store.require("situation", situation_id)
    doc = _new("situation", f"{t.word('briefing_note')}{_colon()}{sit['name']}", sit["icc_number"], today)
    src = _Sources(store, doc)
    _referral(store, doc, src, t, sit)
    cases = store.rows("icc_case", "situation_id = ?", [situation_id], order_by="icc_number")
    doc.add(Heading(t.word("cases")))
    if cases:
        doc.add(
            Bullets(
                [
                    [Run(clean(f"{c['icc_number']}{_colon()}{c['title']}"), note=src.record("icc_case", c))]
                    for c in cases
                ]
            )
        )
    else:
        doc.add(Paragraph(runs(words(QT_TRANSLATE_NOOP("briefing", "No case: the situation only.")))))
    _persons(store, doc, src, t, store.rows("warrant", "situation_id = ?", [situation_id], order_by="issued_on"))
    _bound(store, doc, src, t, sit)
    doc.add(Heading(t.word("findings")))
    findings = store.rows("finding", "situation_id = ?", [situation_id], order_by="date")
    doc.add(_findings_table(store, src, findings) if findings else Paragraph(runs(t.word("no_record"))))
    _chronology(store, doc, t, "situation", situation_id)
    return doc


def case_note(store: Store, case_id: str, today: dt.date | None = None, template: Template | None = None) -> Doc:
    today = today or dt.date.today()
    t = template or load_template(store.folder)
    case = store.require("icc_case", case_id)
    sit = store.require("situation", case["situation_id"])
    doc = _new(
        "case", f"{t.word('briefing_note')}{_colon()}{case['title']}", f"{case['icc_number']} — {sit['name']}", today
    )
    src = _Sources(store, doc)
    if case["status"]:
        doc.add(Paragraph([Run(clean(case["status"]), note=src.record("icc_case", case, "status"))]))
    _referral(store, doc, src, t, sit)
    _persons(store, doc, src, t, store.rows("warrant", "case_id = ?", [case_id], order_by="issued_on"))
    _bound(store, doc, src, t, sit)
    doc.add(Heading(t.word("findings")))
    findings = store.rows("finding", "case_id = ?", [case_id], order_by="date")
    doc.add(_findings_table(store, src, findings) if findings else Paragraph(runs(t.word("no_record"))))
    _chronology(store, doc, t, "icc_case", case_id)
    return doc


def _referral(store: Store, doc: Doc, src: _Sources, t: Template, sit: Record) -> None:
    doc.add(Heading(t.word("referral")))
    parts = [labels.note_label("trigger", sit["trigger"], _words) or sit["trigger"]]
    if sit["sc_resolution"]:
        parts.append(say_words(QT_TRANSLATE_NOOP("briefing", "resolution %1"), sit["sc_resolution"]))
    if sit["referred_on"]:
        parts.append(say_words(QT_TRANSLATE_NOOP("briefing", "on %1"), _day(sit["referred_on"])))
    if sit["referred_by"] and sit["trigger"] != "security_council":
        parts.append(f"({sit['referred_by']})")
    text = " ".join(parts) + "."
    if sit["investigation_opened_on"]:
        opened = say_words(
            QT_TRANSLATE_NOOP("briefing", "Investigation opened on %1."), _day(sit["investigation_opened_on"])
        )
        text += f" {opened}"
    doc.add(Paragraph([Run(clean(text), note=src.record("situation", sit, "referred_on"))]))


def _since(w: Record) -> str:
    """A warrant's status, with the day it began."""
    if w["status_since"]:
        return say_words(QT_TRANSLATE_NOOP("briefing", "%1 since %2"), _label(w["status"]), _day(w["status_since"]))
    return _label(w["status"])


def _persons(store: Store, doc: Doc, src: _Sources, t: Template, warrants: list[Record]) -> None:
    doc.add(Heading(t.word("persons")))
    if not warrants:
        doc.add(Paragraph(runs(t.word("no_record"))))
        return
    rows = []
    for w in warrants:
        p = store.require("person", w["person_id"])
        status = _since(w)
        rows.append(
            [
                _cell(p["name"]),
                _cell(f"{_label(w['kind'])}, {_day(w['issued_on'])}"),
                _cell(status, src.record("warrant", w)),
            ]
        )
    doc.add(Table(["Person", "Warrant or summons", "Status"], rows, [35, 35, 30]))


def _bound(store: Store, doc: Doc, src: _Sources, t: Template, sit: Record) -> None:
    bound = store.rows("situation_bound_state", "situation_id = ?", [sit["id"]])
    if sit["trigger"] != "security_council" and not bound:
        return
    doc.add(Heading(t.word("bound_states")))
    if bound:
        items = [
            [
                Run(
                    clean(f"{_state(store.require('state', b['state_id'])['name'])}{_colon()}{b['basis']}"),
                    note=src.record("situation", sit, "bound"),
                )
            ]
            for b in bound
        ]
        doc.add(Bullets(items))
        if sit["sc_resolution"]:
            doc.add(
                Paragraph(
                    runs(
                        say_words(
                            QT_TRANSLATE_NOOP(
                                "briefing", "All other States not party are urged to cooperate fully (%1)."
                            ),
                            sit["sc_resolution"],
                        )
                    )
                )
            )
    else:
        doc.add(Paragraph(runs(t.word("no_record"))))


# --- Travel alert ---------------------------------------------------------------------------


def alert_note(store: Store, alert_id: str, today: dt.date | None = None, template: Template | None = None) -> Doc:
    today = today or dt.date.today()
    t = template or load_template(store.folder)
    alert = store.require("travel_alert", alert_id)
    person = store.require("person", alert["person_id"])
    dests = alert_store.destinations(store, alert_id)
    where = ", ".join(_state(s["name"]) for s in dests)
    doc = _new(
        "alert", f"{t.word('briefing_note')}{_colon()}{person['name']} — {where}", dates(alert["date_text"]), today
    )
    src = _Sources(store, doc)
    known = src.record("travel_alert", alert)

    doc.add(Heading(t.word("alert_known")))
    rows: list[tuple[str, list[Run]]] = [
        ("Person", runs(person["name"] + (f", {person['function']}" if person["function"] else ""))),
        ("Destination", runs(where)),
        ("Dates", [Run(clean(dates(alert["date_text"])), note=known)]),
    ]
    if alert["purpose"]:
        rows.append(("Purpose", runs(alert["purpose"])))
    not_recorded = words(QT_TRANSLATE_NOOP("briefing", "not recorded"))
    rows.append(("Source", runs(alert["source_description"] or not_recorded)))
    rows.append(("Reliability", runs(_label(alert["reliability"]))))
    if alert["received_at"]:
        rows.append(("Received", runs(_day(alert["received_at"]))))
    status = _label(alert["status"]) + (f" ({_label(alert['outcome'])})" if alert["outcome"] else "")
    rows.append(("Status", runs(status)))
    doc.add(KeyValues(rows))

    doc.add(Heading(t.word("alert_obligation")))
    w = wording(t.language)
    for duty in alert_store.obligations(store, alert):
        ob = duty.at_start
        state_name = StateName(duty.state["name"])
        title = said(
            say_words(QT_TRANSLATE_NOOP("briefing", "%1: OBLIGED to arrest and surrender"), _state(state_name.name))
            if duty.obliged
            else say_words(
                QT_TRANSLATE_NOOP("briefing", "%1: NOT OBLIGED to arrest and surrender"), _state(state_name.name)
            )
        )
        basis = ob.basis_in(w)
        if basis:
            title += f" ({basis})"
        body = [Run(clean(ob.explanation_in(w)), note=src.untc())]
        if duty.at_end is not None:
            last_day = words(QT_TRANSLATE_NOOP("briefing", "On the last day of the visit:"))
            body.append(Run(clean(f" {last_day} {duty.at_end.explanation_in(w)}")))
        doc.add(Callout(title, body, "obliged" if duty.obliged else "not_obliged"))
        if duty.earlier_findings:
            earlier = say_words(QT_TRANSLATE_NOOP("briefing", "Earlier findings against %1:"), _state(state_name.name))
            doc.add(Paragraph(runs(earlier), style="lead"))
            doc.add(
                Bullets(
                    [
                        [Run(clean(f"{_day(f['date'])}{_colon()}{f['title']}"), note=src.finding(f))]
                        for f in duty.earlier_findings
                    ]
                )
            )
        else:
            none = say_words(
                QT_TRANSLATE_NOOP("briefing", "No earlier finding against %1 is recorded."), _state(state_name.name)
            )
            doc.add(Paragraph(runs(none)))

    doc.add(Heading(t.word("alert_steps")))
    steps = store.rows("alert_step", "alert_id = ?", [alert_id], order_by="at, rowid")
    letters = store.rows("letter", "alert_id = ?", [alert_id], order_by="date")
    proc = store.rows("procedure_step", "target_id = ?", [alert_id], order_by="date")
    undated = words(QT_TRANSLATE_NOOP("briefing", "undated"))
    items = [
        [Run(clean(f"{_day(s['at'])}{_colon()}{_label(s['step'])}" + (f" — {s['notes']}" if s["notes"] else "")))]
        for s in steps
    ]
    items += [
        [
            Run(
                clean(
                    say_words(
                        QT_TRANSLATE_NOOP("briefing", "%1: letter of the President to the %2"),
                        _day(x["date"]),
                        x["addressee_office"],
                    )
                ),
                note=src.record("letter", x),
            )
        ]
        for x in letters
    ]
    items += [
        [
            Run(
                clean(
                    f"{_day(p['date']) or undated}{_colon()}{_label(p['step'])}"
                    + (f" ({p['by_whom']})" if p["by_whom"] else "")
                )
            )
        ]
        for p in proc
    ]
    doc.add(Bullets(items) if items else Paragraph(runs(t.word("no_record"))))

    doc.add(Heading(t.word("alert_court")))
    shares = store.rows("court_share", "alert_id = ?", [alert_id], order_by="shared_at")
    if shares:
        doc.add(
            Bullets(
                [
                    [
                        Run(
                            clean(
                                f"{_day(c['shared_at'])}{_colon()}{c['channel']}"
                                + (
                                    say_words(QT_TRANSLATE_NOOP("briefing", ", by %1"), c["shared_by"])
                                    if c["shared_by"]
                                    else ""
                                )
                                + (
                                    say_words(QT_TRANSLATE_NOOP("briefing", ", to %1"), c["recipient"])
                                    if c["recipient"]
                                    else ""
                                )
                            )
                        )
                    ]
                    for c in shares
                ]
            )
        )
    else:
        doc.add(
            Paragraph(
                [
                    Run(
                        words(
                            QT_TRANSLATE_NOOP(
                                "briefing",
                                "Not yet shared with the Court. The Assembly asks that information on potential or "
                                "confirmed travel be shared with the Court promptly by the focal points.",
                            )
                        ),
                        note=doc.cite(words(MANDATE)),
                    )
                ]
            )
        )

    doc.add(Heading(t.word("alert_next")))
    doc.add(
        Bullets(
            [[Run(clean(s), note=n)] for s, n in _next_steps(doc, alert, bool(shares), bool(letters), dests, store)]
        )
    )
    return doc


def _next_steps(
    doc: Doc, alert: Record, shared: bool, letter: bool, dests: list[Record], store: Store
) -> list[tuple[str, int | None]]:
    toolkit, procedures, mandate = doc.cite(words(TOOLKIT)), doc.cite(words(PROCEDURES)), doc.cite(words(MANDATE))
    status = AlertStatus(alert["status"])
    rank = ALERT_ORDER.index(status)
    out: list[tuple[str, int | None]] = []
    if status is AlertStatus.CLOSED:
        if alert["outcome"] == "not_arrested":
            out.append(
                (
                    words(
                        QT_TRANSLATE_NOOP(
                            "briefing",
                            "The Court may find under article 87(7) that the State failed to comply and refer the "
                            "matter; follow its proceedings and record any finding.",
                        )
                    ),
                    procedures,
                )
            )
            out.append(
                (
                    words(
                        QT_TRANSLATE_NOOP(
                            "briefing",
                            "If the matter is referred to the Assembly: Bureau meeting at which the State may present "
                            "its views (paragraph 14(c)), open letter, plenary debate.",
                        )
                    ),
                    procedures,
                )
            )
        out.append(
            (
                words(
                    QT_TRANSLATE_NOOP(
                        "briefing",
                        "Report the matter and the steps taken in the Bureau's annual report on non-cooperation.",
                    )
                ),
                procedures,
            )
        )
        return out
    if rank < ALERT_ORDER.index(AlertStatus.VERIFIED):
        out.append(
            (
                words(
                    QT_TRANSLATE_NOOP(
                        "briefing",
                        "Verify the information: official programme, the State's mission, public sources; inform the "
                        "other focal points and the President.",
                    )
                ),
                toolkit,
            )
        )
    if not shared:
        out.append((words(QT_TRANSLATE_NOOP("briefing", "Share the information with the Court promptly.")), mandate))
    if rank < ALERT_ORDER.index(AlertStatus.FOCAL_POINTS_ACTIVATED):
        out.append(
            (
                words(
                    QT_TRANSLATE_NOOP(
                        "briefing",
                        "Activate the focal points, including the good offices of the President of the Assembly.",
                    )
                ),
                toolkit,
            )
        )
    if not letter:
        names = said(and_list([StateName(d["name"]) for d in dests]))
        out.append(
            (
                say_words(
                    QT_TRANSLATE_NOOP(
                        "briefing",
                        "Letter of the President to the Minister of Foreign Affairs of %1, recalling its obligations "
                        "(articles 86 and 89(1) for a State Party); publish it once the visit begins.",
                    ),
                    names,
                ),
                toolkit,
            )
        )
    out.append(
        (
            words(
                QT_TRANSLATE_NOOP(
                    "briefing",
                    "Contact the destination's mission through the focal point of its regional group; remind States "
                    "Parties of the toolkit.",
                )
            ),
            toolkit,
        )
    )
    out.append(
        (
            words(
                QT_TRANSLATE_NOOP(
                    "briefing",
                    "After the visit, record the outcome (cancelled, arrested, or took place without arrest).",
                )
            ),
            None,
        )
    )
    return out


BUILDERS = {
    "state": state_note,
    "person": person_note,
    "case": case_note,
    "situation": situation_note,
    "alert": alert_note,
}

TABLE_OF_KIND = {
    "state": "state",
    "person": "person",
    "case": "icc_case",
    "situation": "situation",
    "alert": "travel_alert",
}


def build_note(
    store: Store, kind: str, record_id: str, today: dt.date | None = None, template: Template | None = None
) -> Doc:
    if kind not in BUILDERS:
        raise ValueError(f"no briefing note for {kind!r}; notes exist for {', '.join(BUILDERS)}")
    return BUILDERS[kind](store, record_id, today, template)
