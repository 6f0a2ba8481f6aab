"""The draft report of the Bureau on non-cooperation for a period, in the shape of the
Bureau's own report (seed 001): numbered paragraphs in sections I–VIII, footnotes citing
document numbers, and "nothing to report" sentences where a section is empty, as the real
report does. It is a draft for the focal points to complete, not a finished report."""

from __future__ import annotations

import datetime as dt

from ncdesk.core.model import StateFacts
from ncdesk.core.obligation import standing_at
from ncdesk.core.text import QT_TRANSLATE_NOOP, Message, SituationName, StateName
from ncdesk.core.wording import and_list, say
from ncdesk.io.briefing.model import Doc, Heading, Paragraph, Run, clean
from ncdesk.io.briefing.notes import _Sources
from ncdesk.io.briefing.templates import Template, load_template
from ncdesk.io.translations import EXPORT_LANGUAGE, QUOTES, article_number, colon, dates, said, words
from ncdesk.io.translations import day as format_day
from ncdesk.store.records import alerts as alert_store
from ncdesk.store.records.queries import state_facts
from ncdesk.store.store import Record, Store

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
SECTIONS = [
    QT_TRANSLATE_NOOP("report", "Introduction"),
    QT_TRANSLATE_NOOP("report", "Court proceedings and findings: States Parties"),
    QT_TRANSLATE_NOOP(
        "report",
        "Court proceedings and findings: States under an obligation to cooperate with the Court pursuant to a "
        "decision of the United Nations Security Council",
    ),
    QT_TRANSLATE_NOOP("report", "Court proceedings and findings: States not Parties"),
    QT_TRANSLATE_NOOP(
        "report",
        "Actions undertaken by the President of the Assembly and the Bureau, States Parties and other stakeholders",
    ),
    QT_TRANSLATE_NOOP("report", "The United Nations Security Council"),
    QT_TRANSLATE_NOOP("report", "Consultations on non-cooperation"),
    QT_TRANSLATE_NOOP("report", "Recommendations"),
]


def _r(text: str, *args: object) -> Message:
    """A sentence of the report (context "report"), rendered in the document's language by `said`."""
    return say(text, *args, context="report")


def _day(iso: str | None) -> str:
    return format_day(dt.date.fromisoformat(iso[:10])) if iso else ""


def _without_year(day: dt.date) -> str:
    text = format_day(day)
    for tail in (f" de {day.year}", f" {day.year}"):
        if text.endswith(tail):
            return text[: -len(tail)]
    return text


def _days(isos: list[str]) -> str:
    """ "1 April, 10 June and 8 September 2025": dates of one year written once."""
    days = [dt.date.fromisoformat(d) for d in sorted(isos)]
    if not days:
        return ""
    if len({d.year for d in days}) == 1:
        return said(and_list([*(_without_year(d) for d in days[:-1]), format_day(days[-1])]))
    return said(and_list([format_day(d) for d in days]))


def _title(text: str) -> str:
    """A record's title inside a sentence: "the forty-first report…" in English, quoted otherwise."""
    lang = EXPORT_LANGUAGE.get()
    if lang in QUOTES:
        return QUOTES[lang].replace("%1", text)
    return f"{text[0].lower()}{text[1:]}" if text else text


class _Report:
    def __init__(self, store: Store, start: dt.date, end: dt.date, today: dt.date, template: Template) -> None:
        self.store = store
        self.start, self.end = start, end
        self.doc = Doc(
            title=words(QT_TRANSLATE_NOOP("report", "Report of the Bureau on non-cooperation (draft)"), "report"),
            subtitle=said(_r(QT_TRANSLATE_NOOP("report", "Period from %1 to %2"), start, end)),
            kind="report",
            generated_on=today,
        )
        self.src = _Sources(store, self.doc)
        self.number = 0
        self.t = template
        self.states = {s["id"]: s for s in store.rows("state")}
        self.situations = {s["id"]: s for s in store.rows("situation")}
        self.bound = {(b["situation_id"], b["state_id"]) for b in store.rows("situation_bound_state")}
        self._standing: dict[str, StateFacts] = {}  # each State's facts, read once
        self._visits: list[Record] | None = None
        self.destinations: dict[str, list[Record]] = {}  # of the visits, by alert id
        self._persons: dict[str, Record] = {}  # read once each
        self._letter_alerts: dict[str, Record] = {}  # the alerts the period's letters answer

    def person(self, person_id: str) -> Record:
        if person_id not in self._persons:
            self._persons[person_id] = self.store.require("person", person_id)
        return self._persons[person_id]

    def within(self, iso: str | None) -> bool:
        return bool(iso) and self.start.isoformat() <= str(iso)[:10] <= self.end.isoformat()

    def period(self, column: str) -> tuple[str, list[str]]:
        """SQL choosing the rows whose *column* is `within` the period, and its arguments: the
        records of the year are read, not the whole record (a hundred thousand alerts)."""
        return f"substr({column}, 1, 10) BETWEEN ? AND ?", [self.start.isoformat(), self.end.isoformat()]

    def section(self, i: int) -> None:
        self.doc.add(Heading(f"{ROMAN[i]}. {words(SECTIONS[i], 'report')}", 1))

    def para(self, *parts: Message | str | Run, style: str = "body") -> None:
        self.number += 1
        out = [p if isinstance(p, Run) else Run(clean(said(p) if isinstance(p, Message) else p)) for p in parts]
        self.doc.add(Paragraph(out, self.number, style))

    def state(self, state_id: str | None) -> StateName | Message:
        if state_id in self.states:
            return StateName(self.states[state_id]["name"])
        return _r(QT_TRANSLATE_NOOP("report", "the State"))

    # -- classification of findings ---------------------------------------------------------

    def _party_on(self, state_id: str | None, day: str) -> bool:
        if not state_id or state_id not in self.states:
            return False
        if state_id not in self._standing:
            self._standing[state_id] = state_facts(self.store, self.states[state_id])
        return standing_at(self._standing[state_id], dt.date.fromisoformat(day)).is_party

    def findings(self) -> tuple[list[Record], list[Record], list[Record]]:
        party, council, other = [], [], []
        for f in self.store.rows("finding", *self.period("date"), order_by="date"):
            if not self.within(f["date"]):
                continue
            if self._party_on(f["state_id"], f["date"]):
                party.append(f)
            elif (f["situation_id"], f["state_id"]) in self.bound:
                council.append(f)
            else:
                other.append(f)
        return party, council, other

    def finding_paragraph(self, f: Record) -> None:
        state = self.state(f["state_id"])
        sit = SituationName(self.situations[f["situation_id"]]["name"])
        note = self.src.finding(f)
        if f["kind"] in ("request", "response"):
            self.para(
                _r(QT_TRANSLATE_NOOP("report", "In relation to %1, on %2, %3 submitted: “%4”."), sit, _day(f["date"]),
                   state, f["title"]),
                Run("", note=note),
            )  # fmt: skip
        else:
            who: str | Message = f["chamber"] or _r(QT_TRANSLATE_NOOP("report", "the Court"))
            if isinstance(who, str) and who.startswith("Plenary") and EXPORT_LANGUAGE.get() == "en":
                who = f"the {who}"
            self.para(
                _r(QT_TRANSLATE_NOOP("report", "In relation to %1, on %2, %3 issued a “%4”."), sit, _day(f["date"]),
                   who, f["title"]),
                Run("", note=note),
            )  # fmt: skip
        if f["transmitted_on"] and self.within(f["transmitted_on"]):
            self.para(
                _r(
                    QT_TRANSLATE_NOOP(
                        "report",
                        "The Presidency of the Court transmitted the decision and referred the matter to the "
                        "Assembly of States Parties on %1.",
                    ),
                    _day(f["transmitted_on"]),
                ),
                Run("", note=self.src.record("finding", f, "transmitted_on")),
            )
        if f["referred_to"] == "deferred":
            self.para(
                _r(
                    QT_TRANSLATE_NOOP(
                        "report",
                        "The Chamber deferred its determination as to whether the matter should be referred to the "
                        "Assembly of States Parties or to the Security Council.",
                    )
                ),
                Run("", note=note),
            )

    # -- sections --------------------------------------------------------------------------

    def introduction(self) -> None:
        self.section(0)
        self.para(
            _r(
                QT_TRANSLATE_NOOP(
                    "report",
                    "Article 112, paragraph (2)(f), of the Rome Statute provides that the Assembly shall consider, "
                    "pursuant to article 87, paragraphs 5 and 7, any question relating to non-cooperation.",
                )
            )
        )
        self.para(
            _r(
                QT_TRANSLATE_NOOP(
                    "report",
                    "The present report covers the activities of the Bureau, the President of the Assembly and the "
                    "focal points on non-cooperation from %1 to %2.",
                ),
                self.start,
                self.end,
            )
        )
        fps = [
            fp
            for fp in self.store.rows("focal_point", order_by="appointed_on")
            if (fp["ended_on"] or "9999") >= self.start.isoformat()
        ]
        countries: list[object] = [self.state(fp["state_id"]) for fp in fps if fp["role"] == "focal_point"]
        president = next((fp for fp in fps if fp["role"] == "president_ex_officio"), None)
        if countries:
            text: list[Message | str] = [
                _r(QT_TRANSLATE_NOOP("report", "The focal points on non-cooperation are %1."), and_list(countries))
            ]
            if president:
                text.append(
                    _r(
                        QT_TRANSLATE_NOOP(
                            "report",
                            "The President of the Assembly, %1 (%2), serves ex officio as focal point for her or "
                            "his region.",
                        ),
                        president["person_name"],
                        self.state(president["state_id"]),
                    )
                )
            self.para(" ".join(said(t) for t in text), Run("", note=self.src.record("focal_point", fps[0])))

    def states_parties(self, findings: list[Record]) -> None:
        self.section(1)
        self.para(
            _r(
                QT_TRANSLATE_NOOP(
                    "report",
                    "Pursuant to article 86 of the Rome Statute, States Parties shall cooperate fully with the Court "
                    "in its investigation and prosecution of crimes within its jurisdiction; pursuant to article 89, "
                    "they are obliged to execute the Court's requests for the arrest and surrender of a person.",
                )
            )
        )
        visits = self.visits(party=True)
        if not findings and not visits:
            self.para(
                _r(
                    QT_TRANSLATE_NOOP(
                        "report",
                        "No Court proceedings concerning non-cooperation took place in relation to States Parties.",
                    )
                )
            )
            return
        for a in visits:
            self.visit_paragraph(a, party=True)
        for f in findings:
            self.finding_paragraph(f)

    def visits(self, party: bool) -> list[Record]:
        if self._visits is None:  # the period's visits, each with its destinations, read once
            self._visits = []
            where, days = self.period("date_from")
            for a in self.store.rows("travel_alert", f"status = 'closed' AND {where}", days, order_by="date_from"):
                if not self.within(a["date_from"]) or a["outcome"] == "cancelled":
                    continue
                self._visits.append(a)
            self.destinations.update(alert_store.destinations_of(self.store, [a["id"] for a in self._visits]))
            self.src.read_ahead(self._visits)
        return [
            a
            for a in self._visits
            if any(self._party_on(d["id"], a["date_from"]) for d in self.destinations[a["id"]]) == party
        ]

    def visit_paragraph(self, a: Record, party: bool) -> None:
        person = self.person(a["person_id"])
        dests = and_list([StateName(d["name"]) for d in self.destinations[a["id"]]])
        who = f"{person['name']} ({person['function']})" if person["function"] else person["name"]
        arrested = a["outcome"] == "arrested"
        if party:
            text = (
                QT_TRANSLATE_NOOP("report", "%1 visited %2, a State Party to the Statute (%3), and was arrested.")
                if arrested
                else QT_TRANSLATE_NOOP("report", "%1 visited %2, a State Party to the Statute (%3).")
            )
        else:
            text = (
                QT_TRANSLATE_NOOP("report", "%1 visited %2, a State not Party to the Statute (%3), and was arrested.")
                if arrested
                else QT_TRANSLATE_NOOP("report", "%1 visited %2, a State not Party to the Statute (%3).")
            )
        self.para(_r(text, who, dests, dates(a["date_text"])), Run("", note=self.src.record("travel_alert", a, "date")))

    def council(self, findings: list[Record]) -> None:
        self.section(2)
        for sit in self.situations.values():
            if sit["sc_resolution"]:
                bound: list[object] = [
                    StateName(self.states[b["state_id"]]["name"])
                    for b in self.store.rows("situation_bound_state", "situation_id = ?", [sit["id"]])
                ]
                if bound:
                    self.para(
                        _r(
                            QT_TRANSLATE_NOOP(
                                "report",
                                "Pursuant to Security Council resolution %1, %2 shall cooperate fully with the Court "
                                "in %3.",
                            ),
                            sit["sc_resolution"].removeprefix("S/RES/"),
                            and_list(bound),
                            SituationName(sit["name"]),
                        ),
                        Run("", note=self.src.record("situation", sit, "bound")),
                    )
        if not findings:
            self.para(
                _r(
                    QT_TRANSLATE_NOOP(
                        "report",
                        "No Court proceedings concerning non-cooperation took place in relation to States under an "
                        "obligation to cooperate with the Court pursuant to a decision of the United Nations Security "
                        "Council.",
                    )
                )
            )
        for f in findings:
            self.finding_paragraph(f)

    def not_party(self, findings: list[Record]) -> None:
        self.section(3)
        self.para(
            _r(
                QT_TRANSLATE_NOOP(
                    "report",
                    "While States not Parties to the Rome Statute have no obligation under it, they are urged to "
                    "cooperate fully with the Court and the Prosecutor where the Security Council so decides.",
                )
            )
        )
        visits = self.visits(party=False)
        for a in visits:
            self.visit_paragraph(a, party=False)
        if not findings:
            self.para(
                _r(
                    QT_TRANSLATE_NOOP(
                        "report",
                        "No Court proceedings concerning non-cooperation took place regarding States not Parties "
                        "to the Statute.",
                    )
                )
            )
        for f in findings:
            self.finding_paragraph(f)

    def _read_letter_alerts(self, letters: list[Record]) -> None:
        """The alerts *letters* answer, read at once (`letter_text` names their persons)."""
        ids = sorted({x["alert_id"] for x in letters if x["alert_id"] and x["alert_id"] not in self._letter_alerts})
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            for a in self.store.rows("travel_alert", f"id IN ({marks})", chunk):
                self._letter_alerts[a["id"]] = a

    def letter_text(self, x: Record) -> str:
        state = self.state(x["state_id"])
        person = None
        if x["alert_id"]:
            alert = self._letter_alerts.get(x["alert_id"])
            if alert:
                person = self.person(alert["person_id"])
        if person is not None:
            text = _r(
                QT_TRANSLATE_NOOP(
                    "report",
                    "Prior to the visit of %1 to %2, the President of the Assembly conveyed a letter, dated %3, "
                    "to the %4",
                ),
                person["name"],
                state,
                _day(x["date"]),
                x["addressee_office"],
            )
        else:
            text = _r(
                QT_TRANSLATE_NOOP("report", "The President of the Assembly conveyed a letter, dated %1, to the %2"),
                _day(x["date"]),
                x["addressee_office"],
            )
        if x["articles_recalled"]:
            lang = EXPORT_LANGUAGE.get()
            articles = and_list([article_number(a, lang) for a in x["articles_recalled"]])
            text = _r(QT_TRANSLATE_NOOP("report", "%1, recalling articles %2 of the Rome Statute"), text, articles)
        out = said(_r(QT_TRANSLATE_NOOP("report", "%1."), text))
        if x["published_on"]:
            out += " " + said(
                _r(QT_TRANSLATE_NOOP("report", "The letter was published on %1."), _day(x["published_on"]))
            )
        elif x["publication_channel"]:
            out += " " + said(
                _r(QT_TRANSLATE_NOOP("report", "The letter was published (%1)."), x["publication_channel"])
            )
        return out

    def actions(self) -> None:
        self.section(4)
        events: list[tuple[str, int, Record, str]] = []
        letters = [
            x for x in self.store.rows("letter", *self.period("date"), order_by="date") if self.within(x["date"])
        ]
        self._read_letter_alerts(letters)
        self.src.read_ahead(letters)
        for x in letters:
            events.append((x["date"], 0, x, self.letter_text(x)))
        kinds = ("bureau_meeting", "bureau_decision", "communication_to_states", "public_message")
        for a in self.store.rows("activity", *self.period("date_from"), order_by="date_from"):
            if a["kind"] in kinds and self.within(a["date_from"]) and a["status"] != "cancelled":
                text = said(
                    _r(QT_TRANSLATE_NOOP("report", "On %1: %2"), dates(a["date_text"]), a["summary"] or a["title"])
                )
                events.append((a["date_from"], 1, a, text))
        # The activations of the period, read at once (not the steps of every alert, one by one).
        where, days = self.period("at")
        activated = f"step = 'focal_points_activated' AND {where}"
        steps: dict[str, list[Record]] = {}
        for s in self.store.rows("alert_step", activated, days, order_by="alert_id, at, rowid"):
            steps.setdefault(s["alert_id"], []).append(s)
        alerts = self.store.rows(
            "travel_alert",
            f"id IN (SELECT alert_id FROM alert_step WHERE deleted_at IS NULL AND {activated})",
            days,
            order_by="date_from",
        )
        destinations = alert_store.destinations_of(self.store, [a["id"] for a in alerts])
        self.src.read_ahead(alerts)
        for a in alerts:
            for s in steps.get(a["id"], []):
                if self.within(s["at"]):
                    person = self.person(a["person_id"])
                    dests = and_list([StateName(d["name"]) for d in destinations[a["id"]]])
                    text = said(
                        _r(
                            QT_TRANSLATE_NOOP(
                                "report",
                                "In view of the visit of %1 to %2 (%3), the focal points on non-cooperation were "
                                "activated, in line with the informal Assembly procedures.",
                            ),
                            person["name"],
                            dests,
                            dates(a["date_text"]),
                        )
                    )
                    events.append((s["at"], 2, a, text))
        if not events:
            self.para(_r(QT_TRANSLATE_NOOP("report", "No action was recorded for the period.")))
        for _when, order, rec, text in sorted(events, key=lambda e: (e[0], e[1])):
            kind = "letter" if order == 0 else ("activity" if order == 1 else "travel_alert")
            self.para(text, Run("", note=self.src.record(kind, rec)))

    def council_section(self) -> None:
        self.section(5)
        reports = [
            a
            for a in self.store.rows("activity", "kind = 'prosecutor_report_unsc'", order_by="date_from")
            if self.within(a["date_from"])
        ]
        transmitted = [
            f
            for f in self.store.rows("finding", "sc_document IS NOT NULL", order_by="sc_date")
            if self.within(f["sc_date"])
        ]
        for a in reports:
            text = said(
                _r(
                    QT_TRANSLATE_NOOP("report", "On %1, the Prosecutor presented to the Security Council the %2."),
                    dates(a["date_text"]),
                    _title(a["title"]),
                )
            )
            self.para(f"{text} {a['summary'] or ''}".strip(), Run("", note=self.src.record("activity", a)))
        for f in transmitted:
            self.para(
                _r(
                    QT_TRANSLATE_NOOP(
                        "report", "The Court's decision of %1 was transmitted to the Security Council (%2, %3)."
                    ),
                    _day(f["date"]),
                    f["sc_document"],
                    _day(f["sc_date"]),
                ),
                Run("", note=self.src.sc(f)),
            )
        if not reports and not transmitted:
            self.para(
                _r(
                    QT_TRANSLATE_NOOP(
                        "report",
                        "No communication on non-cooperation was transmitted to the Security Council during the "
                        "period.",
                    )
                )
            )

    def consultations(self) -> None:
        self.section(6)
        acts = [
            a
            for a in self.store.rows("activity", *self.period("date_from"), order_by="date_from")
            if a["kind"] in ("focal_point_meeting", "nywg_briefing", "facilitation_meeting", "plenary")
            and self.within(a["date_from"])
        ]
        if not acts:
            self.para(_r(QT_TRANSLATE_NOOP("report", "No consultations were recorded for the period.")))
            return
        briefings = [a for a in acts if a["kind"] == "nywg_briefing"]
        for a in acts:
            if a["kind"] == "nywg_briefing":
                continue
            if a["summary"]:
                text = f"{a['title']} ({dates(a['date_text'])}){colon()}{a['summary']}"
            elif a["status"] == "planned":
                text = said(
                    _r(QT_TRANSLATE_NOOP("report", "%1 will be held on %2."), a["title"], dates(a["date_text"]))
                )
            else:
                text = said(_r(QT_TRANSLATE_NOOP("report", "%1 took place on %2."), a["title"], dates(a["date_text"])))
            self.para(text, Run("", note=self.src.record("activity", a)))
        if briefings:
            self.para(
                _r(
                    QT_TRANSLATE_NOOP(
                        "report",
                        "The focal points provided updates on their mandate and activities to the New York Working "
                        "Group on %1.",
                    ),
                    _days([b["date_from"] for b in briefings]),
                ),
                Run("", note=self.src.record("activity", briefings[0])),
            )

    def recommendations(self) -> None:
        self.section(7)
        self.para(
            _r(QT_TRANSLATE_NOOP("report", "[Recommendations to be drafted by the focal points.]")), style="placeholder"
        )


def build_report(
    store: Store, start: dt.date, end: dt.date, today: dt.date | None = None, template: Template | None = None
) -> Doc:
    if end < start:
        raise ValueError(f"the period ends ({format_day(end)}) before it starts ({format_day(start)})")
    r = _Report(store, start, end, today or dt.date.today(), template or load_template(store.folder))
    party, council, other = r.findings()
    r.introduction()
    r.states_parties(party)
    r.council(council)
    r.not_party(other)
    r.actions()
    r.council_section()
    r.consultations()
    r.recommendations()
    return r.doc
