"""The briefing note on a travel alert: what is known, each destination's obligation, the steps
taken, what was shared with the Court, and the next steps the Assembly's procedures and toolkit
call for.
"""

from __future__ import annotations

import datetime as dt

from ncdesk.core.alerts import ORDER as ALERT_ORDER
from ncdesk.core.model import AlertStatus
from ncdesk.core.text import QT_TRANSLATE_NOOP, StateName
from ncdesk.core.wording import and_list
from ncdesk.io.briefing.model import Bullets, Callout, Doc, Heading, KeyValues, Paragraph, Run, clean, runs
from ncdesk.io.briefing.note_parts import (
    MANDATE,
    PROCEDURES,
    TOOLKIT,
    Sources,
    colon_mark,
    day_of,
    label_of,
    new_doc,
    state_of,
)
from ncdesk.io.briefing.templates import Template, load_template
from ncdesk.io.translations import comma_list, dates, said, say_words, wording, words
from ncdesk.store.records import alerts as alert_store
from ncdesk.store.store import Record, Store


def alert_note(store: Store, alert_id: str, today: dt.date | None = None, template: Template | None = None) -> Doc:
    today = today or dt.date.today()
    t = template or load_template(store.folder)
    alert = store.require("travel_alert", alert_id)
    person = store.require("person", alert["person_id"])
    dests = alert_store.destinations(store, alert_id)
    where = comma_list(state_of(s["name"]) for s in dests)
    doc = new_doc(
        "alert", f"{t.word('briefing_note')}{colon_mark()}{person['name']} — {where}", dates(alert["date_text"]), today
    )
    src = Sources(store, doc)
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
    rows.append(("Reliability", runs(label_of(alert["reliability"]))))
    if alert["received_at"]:
        rows.append(("Received", runs(day_of(alert["received_at"]))))
    status = label_of(alert["status"]) + (f" ({label_of(alert['outcome'])})" if alert["outcome"] else "")
    rows.append(("Status", runs(status)))
    doc.add(KeyValues(rows))

    doc.add(Heading(t.word("alert_obligation")))
    w = wording(t.language)
    for duty in alert_store.obligations(store, alert):
        ob = duty.at_start
        state_name = StateName(duty.state["name"])
        title = said(
            say_words(QT_TRANSLATE_NOOP("briefing", "%1: OBLIGED to arrest and surrender"), state_of(state_name.name))
            if duty.obliged
            else say_words(
                QT_TRANSLATE_NOOP("briefing", "%1: NOT OBLIGED to arrest and surrender"), state_of(state_name.name)
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
            earlier = say_words(
                QT_TRANSLATE_NOOP("briefing", "Earlier findings against %1:"), state_of(state_name.name)
            )
            doc.add(Paragraph(runs(earlier), style="lead"))
            doc.add(
                Bullets(
                    [
                        [Run(clean(f"{day_of(f['date'])}{colon_mark()}{f['title']}"), note=src.finding(f))]
                        for f in duty.earlier_findings
                    ]
                )
            )
        else:
            none = say_words(
                QT_TRANSLATE_NOOP("briefing", "No earlier finding against %1 is recorded."), state_of(state_name.name)
            )
            doc.add(Paragraph(runs(none)))

    doc.add(Heading(t.word("alert_steps")))
    steps = store.rows("alert_step", "alert_id = ?", [alert_id], order_by="at, rowid")
    letters = store.rows("letter", "alert_id = ?", [alert_id], order_by="date")
    proc = store.rows("procedure_step", "target_id = ?", [alert_id], order_by="date")
    undated = words(QT_TRANSLATE_NOOP("briefing", "undated"))
    items = [
        [
            Run(
                clean(
                    f"{day_of(s['at'])}{colon_mark()}{label_of(s['step'])}" + (f" — {s['notes']}" if s["notes"] else "")
                )
            )
        ]
        for s in steps
    ]
    items += [
        [
            Run(
                clean(
                    say_words(
                        QT_TRANSLATE_NOOP("briefing", "%1: letter of the President to the %2"),
                        day_of(x["date"]),
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
                    f"{day_of(p['date']) or undated}{colon_mark()}{label_of(p['step'])}"
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
                                f"{day_of(c['shared_at'])}{colon_mark()}{c['channel']}"
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
