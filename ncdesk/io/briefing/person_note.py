"""The briefing note on a person: status, warrants, cases, travels, findings and letters."""

from __future__ import annotations

import datetime as dt

from ncdesk.core.persons import status_phrase
from ncdesk.core.text import QT_TRANSLATE_NOOP
from ncdesk.core.wording import render
from ncdesk.io.briefing.model import Bullets, Doc, Heading, Paragraph, Run, Table, clean, runs
from ncdesk.io.briefing.note_parts import (
    Sources,
    alerts_table,
    cell,
    chronology_section,
    colon_mark,
    day_of,
    destination_names,
    findings_table,
    label_of,
    new_doc,
    records_of,
    since_of,
    state_of,
)
from ncdesk.io.briefing.templates import Template, load_template
from ncdesk.io.translations import EXPORT_LANGUAGE, comma_list, say_words, wording
from ncdesk.store.records.detail import detail
from ncdesk.store.store import Record, Store


def _date_or_none(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def person_note(store: Store, person_id: str, today: dt.date | None = None, template: Template | None = None) -> Doc:
    today = today or dt.date.today()
    t = template or load_template(store.folder)
    person = store.require("person", person_id)
    nationality = store.get("state", person["nationality_state_id"]) if person["nationality_state_id"] else None
    subtitle = comma_list(x for x in (person["function"], state_of(nationality["name"]) if nationality else "") if x)
    doc = new_doc("person", f"{t.word('briefing_note')}{colon_mark()}{person['name']}", subtitle, today)
    src = Sources(store, doc)
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

    # What the note lists, each kind read at once (the detail pane's choice of cases, findings and
    # letters), and the citations of all of it in one query: not a query or two per row.
    d = detail(store, "person", person_id, wording(EXPORT_LANGUAGE.get()))
    sections = {s.key: s for s in d.sections} if d else {}

    def listed(key: str, table: str) -> list[Record]:
        return records_of(store, table, [r.id for r in sections[key].items]) if key in sections else []

    read = d.read if d else {}
    warrants = read.get("warrants") or store.rows("warrant", "person_id = ?", [person_id], order_by="issued_on")
    cases = listed("cases", "icc_case")
    the_alerts = read.get("alerts") or store.rows("travel_alert", "person_id = ?", [person_id], order_by="date_from")
    findings = read.get("findings") or listed("findings", "finding")
    letters = read.get("letters") or listed("letters", "letter")
    src.read_ahead([person, *warrants, *cases, *the_alerts, *letters])

    doc.add(Heading(t.word("warrants")))
    if warrants:
        situations = {x["id"]: x["name"] for x in records_of(store, "situation", [w["situation_id"] for w in warrants])}
        rows = []
        for w in warrants:
            rows.append(
                [
                    cell(day_of(w["issued_on"])),
                    cell(label_of(w["kind"])),
                    cell(w["icc_document"] or "—"),
                    cell(situations.get(w["situation_id"], "")),
                    cell(since_of(w), src.record("warrant", w)),
                ]
            )
        doc.add(Table(["Issued", "Kind", "ICC document", "Situation", "Status"], rows, [14, 16, 18, 28, 24]))
    else:
        doc.add(Paragraph(runs(t.word("no_record"))))

    doc.add(Heading(t.word("cases")))
    if cases:
        doc.add(
            Bullets(
                [
                    [
                        Run(
                            clean(
                                f"{c['icc_number']}{colon_mark()}{c['title']}"
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
    names = destination_names(d)
    doc.add(alerts_table(store, src, the_alerts, names) if the_alerts else Paragraph(runs(t.word("no_record"))))

    doc.add(Heading(t.word("findings")))
    doc.add(findings_table(store, src, findings) if findings else Paragraph(runs(t.word("no_record"))))

    doc.add(Heading(t.word("letters")))
    if letters:
        states = {x["id"]: state_of(x["name"]) for x in records_of(store, "state", [x["state_id"] for x in letters])}
        doc.add(
            Bullets(
                [
                    [
                        Run(
                            clean(
                                say_words(
                                    QT_TRANSLATE_NOOP("briefing", "%1: to the %2 (%3)"),
                                    day_of(x["date"]),
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
    chronology_section(store, doc, t, "person", person_id, known=d)
    return doc
