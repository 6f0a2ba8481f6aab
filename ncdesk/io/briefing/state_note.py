"""The briefing note on a State: its standing under the Rome Statute today, whom it must arrest,
its focal points, the findings, letters and travel alerts about it, and its recent activities.
"""

from __future__ import annotations

import datetime as dt
import functools

from ncdesk.core import labels
from ncdesk.core.obligation import arrest_obligation, describe_standing, standing_at
from ncdesk.core.text import QT_TRANSLATE_NOOP
from ncdesk.io.briefing.model import Bullets, Doc, Heading, KeyValues, Paragraph, Run, Table, clean, runs
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
)
from ncdesk.io.briefing.templates import Template, load_template
from ncdesk.io.translations import EXPORT_LANGUAGE, country_name, dates, say_words, translate, wording, words
from ncdesk.io.translations import day as format_day
from ncdesk.store.records import alerts as alert_store
from ncdesk.store.records.detail import detail
from ncdesk.store.records.queries import everyone_facts, state_facts
from ncdesk.store.store import Store


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
    doc = new_doc("state", f"{t.word('briefing_note')}{colon_mark()}{name}", f"{formal} — {group}", today)
    src = Sources(store, doc)
    # The detail the window shows: its chronology ends the note, and the findings, letters and alerts
    # it has read (with the alerts' destinations) are the note's, not read a second time.
    shown = detail(store, "state", state_id, wording(EXPORT_LANGUAGE.get()))
    read = shown.read if shown else {}
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
        day = day_of(e["date"])
        if not e["verified"]:  # not checked against the depositary's record: said so
            day = say_words(QT_TRANSLATE_NOOP("briefing", "%1 (unverified)"), day)
        rows.append((label, [Run(day, note=src.record("party_event", e))]))
    # Beside the status, marked as information: the standing above and the obligations below
    # are read from the party events alone.
    beside = labels.NOTE_WORDS["state_note"]
    for n in store.rows("state_note", "state_id = ?", [state_id], order_by="date"):
        said = say_words(QT_TRANSLATE_NOOP("briefing", "%1 — %2"), day_of(n["date"]), n["text"])
        rows.append(
            (
                beside.get(n["kind"], beside["other"]),
                [Run(clean(said), note=src.record("state_note", n, "date"))],
            )
        )
    for d in store.rows("jurisdiction_declaration", "state_id = ?", [state_id], order_by="lodged_on"):
        lodged = (
            say_words(QT_TRANSLATE_NOOP("briefing", "lodged %1"), day_of(d["lodged_on"]))
            if d["accepted"]
            else say_words(QT_TRANSLATE_NOOP("briefing", "lodged %1 (not accepted)"), day_of(d["lodged_on"]))
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
                cell(person["name"]),
                cell(
                    words(QT_TRANSLATE_NOOP("briefing", "obliged"))
                    if ob.obliged
                    else words(QT_TRANSLATE_NOOP("briefing", "not obliged")),
                    bold=ob.obliged,
                ),
                cell(ob.basis_in(wording(lang)) or (urged if ob.ground.value == "urged" else "—")),
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
            role = label_of("president_ex_officio" if fp["role"] == "president_ex_officio" else "focal_point")
            text = f"{who}{role} ({fp['period']})"
            if fp["appointed_on"]:
                text += say_words(QT_TRANSLATE_NOOP("briefing", ", appointed %1"), day_of(fp["appointed_on"]))
            items.append([Run(clean(text), note=src.record("focal_point", fp))])
        doc.add(Bullets(items))

    doc.add(Heading(t.word("findings")))
    findings = read.get("findings") or store.rows("finding", "state_id = ?", [state_id], order_by="date")
    doc.add(
        findings_table(store, src, findings, with_state=False) if findings else Paragraph(runs(t.word("no_record")))
    )

    doc.add(Heading(t.word("letters")))
    letters = read.get("letters") or store.rows("letter", "state_id = ?", [state_id], order_by="date")
    if letters:
        doc.add(
            Table(
                ["Date", "Addressed to", "Subject", "Published"],
                [
                    [
                        cell(day_of(x["date"])),
                        cell(x["addressee_office"]),
                        cell(x["subject"], src.record("letter", x)),
                        cell(day_of(x["published_on"]) or x["publication_channel"] or "—"),
                    ]
                    for x in letters
                ],
                [14, 30, 40, 16],
            )
        )
    else:
        doc.add(Paragraph(runs(t.word("no_record"))))

    doc.add(Heading(t.word("alerts")))
    the_alerts = sorted(read.get("alerts") or alert_store.to_state(store, state_id), key=lambda a: a["date_from"] or "")
    names = destination_names(shown)
    doc.add(alerts_table(store, src, the_alerts, names) if the_alerts else Paragraph(runs(t.word("no_record"))))

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
                            clean(f"{dates(a['date_text']) or day_of(a['date_from'])}{colon_mark()}{a['title']}"),
                            note=src.record("activity", a),
                        )
                    ]
                    for a in acts
                ]
            )
        )
    else:
        doc.add(Paragraph(runs(t.word("no_record"))))

    chronology_section(store, doc, t, "state", state_id, known=shown)
    return doc
