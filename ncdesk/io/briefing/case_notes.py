"""The briefing notes on a case and on a situation, which share their sections: the referral, the
persons sought and their warrants, the States bound by the Security Council, the findings.
"""

from __future__ import annotations

import datetime as dt

from ncdesk.core import labels
from ncdesk.core.text import QT_TRANSLATE_NOOP
from ncdesk.io.briefing.model import Bullets, Doc, Heading, Paragraph, Run, Table, clean, runs
from ncdesk.io.briefing.note_parts import (
    Sources,
    cell,
    chronology_section,
    colon_mark,
    day_of,
    findings_table,
    label_of,
    new_doc,
    since_of,
    state_of,
    words_of,
)
from ncdesk.io.briefing.templates import Template, load_template
from ncdesk.io.translations import say_words, words
from ncdesk.store.store import Record, Store


def situation_note(
    store: Store, situation_id: str, today: dt.date | None = None, template: Template | None = None
) -> Doc:
    today = today or dt.date.today()
    t = template or load_template(store.folder)
    sit = store.require("situation", situation_id)
    doc = new_doc("situation", f"{t.word('briefing_note')}{colon_mark()}{sit['name']}", sit["icc_number"], today)
    src = Sources(store, doc)
    _referral(store, doc, src, t, sit)
    cases = store.rows("icc_case", "situation_id = ?", [situation_id], order_by="icc_number")
    doc.add(Heading(t.word("cases")))
    if cases:
        doc.add(
            Bullets(
                [
                    [Run(clean(f"{c['icc_number']}{colon_mark()}{c['title']}"), note=src.record("icc_case", c))]
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
    doc.add(findings_table(store, src, findings) if findings else Paragraph(runs(t.word("no_record"))))
    chronology_section(store, doc, t, "situation", situation_id)
    return doc


def case_note(store: Store, case_id: str, today: dt.date | None = None, template: Template | None = None) -> Doc:
    today = today or dt.date.today()
    t = template or load_template(store.folder)
    case = store.require("icc_case", case_id)
    sit = store.require("situation", case["situation_id"])
    doc = new_doc(
        "case",
        f"{t.word('briefing_note')}{colon_mark()}{case['title']}",
        f"{case['icc_number']} — {sit['name']}",
        today,
    )
    src = Sources(store, doc)
    if case["status"]:
        doc.add(Paragraph([Run(clean(case["status"]), note=src.record("icc_case", case, "status"))]))
    _referral(store, doc, src, t, sit)
    _persons(store, doc, src, t, store.rows("warrant", "case_id = ?", [case_id], order_by="issued_on"))
    _bound(store, doc, src, t, sit)
    doc.add(Heading(t.word("findings")))
    findings = store.rows("finding", "case_id = ?", [case_id], order_by="date")
    doc.add(findings_table(store, src, findings) if findings else Paragraph(runs(t.word("no_record"))))
    chronology_section(store, doc, t, "icc_case", case_id)
    return doc


def _referral(store: Store, doc: Doc, src: Sources, t: Template, sit: Record) -> None:
    doc.add(Heading(t.word("referral")))
    parts = [labels.note_label("trigger", sit["trigger"], words_of) or sit["trigger"]]
    if sit["sc_resolution"]:
        parts.append(say_words(QT_TRANSLATE_NOOP("briefing", "resolution %1"), sit["sc_resolution"]))
    if sit["referred_on"]:
        parts.append(say_words(QT_TRANSLATE_NOOP("briefing", "on %1"), day_of(sit["referred_on"])))
    if sit["referred_by"] and sit["trigger"] != "security_council":
        parts.append(f"({sit['referred_by']})")
    text = " ".join(parts) + "."
    if sit["investigation_opened_on"]:
        opened = say_words(
            QT_TRANSLATE_NOOP("briefing", "Investigation opened on %1."), day_of(sit["investigation_opened_on"])
        )
        text += f" {opened}"
    doc.add(Paragraph([Run(clean(text), note=src.record("situation", sit, "referred_on"))]))


def _persons(store: Store, doc: Doc, src: Sources, t: Template, warrants: list[Record]) -> None:
    doc.add(Heading(t.word("persons")))
    if not warrants:
        doc.add(Paragraph(runs(t.word("no_record"))))
        return
    rows = []
    for w in warrants:
        p = store.require("person", w["person_id"])
        status = since_of(w)
        rows.append(
            [
                cell(p["name"]),
                cell(f"{label_of(w['kind'])}, {day_of(w['issued_on'])}"),
                cell(status, src.record("warrant", w)),
            ]
        )
    doc.add(Table(["Person", "Warrant or summons", "Status"], rows, [35, 35, 30]))


def _bound(store: Store, doc: Doc, src: Sources, t: Template, sit: Record) -> None:
    bound = store.rows("situation_bound_state", "situation_id = ?", [sit["id"]])
    if sit["trigger"] != "security_council" and not bound:
        return
    doc.add(Heading(t.word("bound_states")))
    if bound:
        items = [
            [
                Run(
                    clean(f"{state_of(store.require('state', b['state_id'])['name'])}{colon_mark()}{b['basis']}"),
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
