"""What every briefing note is built from: the footnotes and the sources they cite, words in the
document's language, and the tables and sections several notes share (findings, travel alerts,
the chronology).

Every statement of fact in a note ends with a footnote number pointing to its source: the Court's
document number, the Security Council document, the UN depositary record, or the paragraph of the
Assembly document the reference data cites. Facts the user entered are cited as ncdesk records,
with the day they were entered (`Sources`, also used by the report).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from ncdesk.core import labels
from ncdesk.core.text import QT_TRANSLATE_NOOP
from ncdesk.io.briefing.model import Doc, Heading, Paragraph, Run, Table, clean, runs
from ncdesk.io.briefing.templates import Template
from ncdesk.io.translations import EXPORT_LANGUAGE, colon, comma_list, country_name, dates, say_words, wording, words
from ncdesk.io.translations import day as format_day
from ncdesk.store.records import alerts as alert_store
from ncdesk.store.records.detail import Detail, detail
from ncdesk.store.records.lookup import citations, citations_of
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


def label_of(value: str | None) -> str:
    """A stored code in words, in the language of the document."""
    if value == "none":
        return "—"
    return labels.value_label(value or "", words_of) or (value or "").replace("_", " ")


def words_of(context: str, text: str) -> str:
    """A table's English words in the language of the document."""
    return words(text, context)


def state_of(name: str) -> str:
    """A State's name in the language of the document."""
    return country_name(name, EXPORT_LANGUAGE.get())


def colon_mark() -> str:
    """ ": " between a label and what it labels, as the document's language punctuates it."""
    return colon()


def day_of(iso: str | None) -> str:
    return format_day(dt.date.fromisoformat(iso[:10])) if iso else ""


class Sources:
    """Where each fact comes from, as a footnote text."""

    def __init__(self, store: Store, doc: Doc) -> None:
        self.store = store
        self.doc = doc
        self._read: dict[str, list[dict[str, Any]]] = {}  # citations read ahead, by record id
        self._numbers: dict[str, list[str]] = {}  # findings' document numbers read ahead, by finding id
        self._entered: dict[str, str] = {}  # "Record entered in ncdesk on 1 November 2026", by ISO day

    def read_ahead(self, records: Iterable[Record]) -> None:
        """Read the citations of *records* at once (a report cites thousands of records)."""
        self._read.update(citations_of(self.store, [r["id"] for r in records if r["id"] not in self._read]))

    def read_numbers(self, findings: Iterable[Record]) -> None:
        """Read the document numbers of *findings* at once (a query per 500 findings)."""
        wanted = [f["id"] for f in findings if f["id"] not in self._numbers]
        self._numbers.update((i, []) for i in wanted)
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            for d in self.store.rows("finding_document", f"finding_id IN ({', '.join('?' * len(chunk))})", chunk,
                                     order_by="rowid", select="finding_id, number"):  # fmt: skip
                self._numbers[d["finding_id"]].append(d["number"])

    def numbers(self, f: Record) -> list[str]:
        """A finding's document numbers, in the order they were entered."""
        if f["id"] not in self._numbers:
            self.read_numbers([f])
        return self._numbers[f["id"]]

    def record(self, kind: str, rec: Record, field: str | None = None) -> int:
        cites = self._read[rec["id"]] if rec["id"] in self._read else citations(self.store, rec["id"])
        chosen = [c for c in cites if field and c["field"] == field] or [c for c in cites if not c["field"]] or cites
        if chosen:
            c = chosen[0]
            text = ", ".join(x for x in (c["source_title"], c["locator"]) if x)  # no ", " before no locator
            if c.get("url"):  # a public page: its address and the day it was read
                text += f", {c['url']}"
                if c.get("read_on"):
                    text += say_words(QT_TRANSLATE_NOOP("briefing", " (read on %1)"), day_of(c["read_on"]))
            return self.doc.cite(text)
        day = (rec["created_at"] or "")[:10]  # the same words for every record entered that day: said once
        if day not in self._entered:
            self._entered[day] = say_words(QT_TRANSLATE_NOOP("briefing", "Record entered in ncdesk on %1"), day_of(day))
        return self.doc.cite(self._entered[day])

    def finding(self, f: Record) -> int:
        return self.doc.cite(f"{' / '.join(self.numbers(f)) or f['title'][:60]} ({day_of(f['date'])})")

    def sc(self, f: Record) -> int:
        return self.doc.cite(f"{f['sc_document']} ({day_of(f['sc_date'])})")

    def untc(self) -> int:
        return self.doc.cite(words(UNTC))


def cell(text: str, note: int | None = None, bold: bool = False) -> list[Run]:
    return [Run(clean(text), bold=bold, note=note)]


def new_doc(kind: str, title: str, subtitle: str, today: dt.date) -> Doc:
    return Doc(title=clean(title), subtitle=clean(subtitle), kind=kind, generated_on=today)


def findings_table(store: Store, src: Sources, findings: list[Record], with_state: bool = True) -> Table:
    states = {s["id"]: country_name(s["name"], EXPORT_LANGUAGE.get()) for s in store.rows("state", select="id, name")}
    src.read_numbers(findings)
    rows = []
    for f in findings:
        docs = src.numbers(f)
        sc = cell(f"{f['sc_document']} ({day_of(f['sc_date'])})", src.sc(f)) if f["sc_document"] else cell("—")
        row = [cell(day_of(f["date"])), cell(" ".join(docs)), cell(f["title"], src.finding(f))]
        if with_state:
            row.append(cell(states.get(f["state_id"], "")))
        row += [cell(label_of(f["referred_to"])), sc]
        rows.append(row)
    headers = (
        ["Date", "ICC document", "Title"] + (["State"] if with_state else []) + ["Referred to", "Security Council"]
    )
    widths = [11, 22, 35] + ([10] if with_state else []) + [11, 13]
    return Table(headers, rows, widths)


def destination_names(known: Detail | None) -> dict[str, list[str]]:
    """The destinations' names of the alerts a detail has read them for (the untitled ones, whose
    titles name them), by alert id."""
    return {r["alert_id"]: r["names"] for r in (known.read.get("destinations", []) if known else [])}


def alerts_table(
    store: Store, src: Sources, the_alerts: list[Record], names: dict[str, list[str]] | None = None
) -> Table:
    """The alerts' table; *names*: the destinations' names already read, by alert id (the others
    are read here)."""
    # Only the persons and destinations these alerts name, each kind in one query: a person's note
    # read every person (a thousand at 10x the record) and each alert's destinations one by one.
    wanted = sorted({a["person_id"] for a in the_alerts})
    persons = {
        p["id"]: p["name"]
        for i in range(0, len(wanted), 500)
        for p in store.rows("person", f"id IN ({', '.join('?' * len(wanted[i : i + 500]))})", wanted[i : i + 500],
                            select="id, name")
    }  # fmt: skip
    names = dict(names or {})
    read = alert_store.destinations_of(store, [a["id"] for a in the_alerts if a["id"] not in names])
    names.update((a, [s["name"] for s in states]) for a, states in read.items())
    src.read_ahead(the_alerts)  # their sources: a query per 500 alerts, not one each
    rows = []
    for a in the_alerts:
        dests = comma_list(state_of(n) for n in names[a["id"]])
        state = (
            label_of(a["outcome"])
            if a["status"] == "closed"
            else say_words(QT_TRANSLATE_NOOP("briefing", "open: %1"), label_of(a["status"]))
        )
        rows.append(
            [
                cell(dates(a["date_text"])),
                cell(persons.get(a["person_id"], "")),
                cell(dests),
                cell(state, src.record("travel_alert", a)),
            ]
        )
    return Table(["Dates", "Person", "Destination", "Status"], rows, [20, 30, 25, 25])


def records_of(store: Store, table: str, ids: Iterable[str]) -> list[Record]:
    """The live records of *table* with *ids*, in that order: a query per 500, not one each."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, Record] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        found.update((r["id"], r) for r in store.rows(table, f"id IN ({', '.join('?' * len(chunk))})", chunk))
    return [found[i] for i in wanted if i in found]


def chronology_section(store: Store, doc: Doc, t: Template, kind: str, rid: str, limit: int = 18,
                known: Detail | None = None) -> None:  # fmt: skip
    """The record's last dated events; *known*: its detail, if the note has read it already."""
    d = known or detail(store, kind, rid, wording(EXPORT_LANGUAGE.get()))
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
                [
                    cell(dates(e.date_text) or day_of(e.date)),
                    cell(f"{event_words(e.kind)}{colon_mark()}{state_of(e.text)}"),
                ]
                for e in events
            ],
            [18, 82],
        )
    )


def since_of(w: Record) -> str:
    """A warrant's status, with the day it began."""
    if w["status_since"]:
        return say_words(QT_TRANSLATE_NOOP("briefing", "%1 since %2"), label_of(w["status"]), day_of(w["status_since"]))
    return label_of(w["status"])
