"""The draft report of the Bureau on non-cooperation for a period, in the shape of the
Bureau's own report (seed 001): numbered paragraphs in sections I–VIII, footnotes citing
document numbers, and "nothing to report" sentences where a section is empty, as the real
report does. It is a draft for the focal points to complete, not a finished report."""

from __future__ import annotations

import datetime as dt

from ncdesk.core.obligation import standing_at
from ncdesk.io.briefing.model import Doc, Heading, Paragraph, Run, clean
from ncdesk.io.briefing.notes import _Sources
from ncdesk.io.briefing.templates import Template, load_template
from ncdesk.io.translations import day as format_day
from ncdesk.store import alerts as alert_store
from ncdesk.store.queries import state_facts
from ncdesk.store.store import Record, Store

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
SECTIONS = [
    "Introduction",
    "Court proceedings and findings: States Parties",
    "Court proceedings and findings: States under an obligation to cooperate with the Court pursuant to a "
    "decision of the United Nations Security Council",
    "Court proceedings and findings: States not Parties",
    "Actions undertaken by the President of the Assembly and the Bureau, States Parties and other stakeholders",
    "The United Nations Security Council",
    "Consultations on non-cooperation",
    "Recommendations",
]


def _day(iso: str | None) -> str:
    return format_day(dt.date.fromisoformat(iso[:10])) if iso else ""


def _days(isos: list[str]) -> str:
    """ "1 April, 10 June and 8 September 2025": dates of one year written once."""
    days = [dt.date.fromisoformat(d) for d in sorted(isos)]
    if not days:
        return ""
    if len({d.year for d in days}) == 1:
        parts = [f"{d.day} {d.strftime('%B')}" for d in days]
        head = ", ".join(parts[:-1])
        return (f"{head} and {parts[-1]}" if head else parts[-1]) + f" {days[0].year}"
    parts = [format_day(d) for d in days]
    return ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else parts[0]


class _Report:
    def __init__(self, store: Store, start: dt.date, end: dt.date, today: dt.date, template: Template) -> None:
        self.store = store
        self.start, self.end = start, end
        self.doc = Doc(
            title="Report of the Bureau on non-cooperation (draft)",
            subtitle=f"Period from {format_day(start)} to {format_day(end)}",
            kind="report",
            generated_on=today,
        )
        self.src = _Sources(store, self.doc)
        self.number = 0
        self.t = template
        self.states = {s["id"]: s for s in store.rows("state")}
        self.situations = {s["id"]: s for s in store.rows("situation")}
        self.bound = {(b["situation_id"], b["state_id"]) for b in store.rows("situation_bound_state")}

    def within(self, iso: str | None) -> bool:
        return bool(iso) and self.start.isoformat() <= str(iso)[:10] <= self.end.isoformat()

    def section(self, i: int) -> None:
        self.doc.add(Heading(f"{ROMAN[i]}. {SECTIONS[i]}", 1))

    def para(self, *parts: str | Run, style: str = "body") -> None:
        self.number += 1
        self.doc.add(Paragraph([p if isinstance(p, Run) else Run(clean(p)) for p in parts], self.number, style))

    # -- classification of findings ---------------------------------------------------------

    def _party_on(self, state_id: str | None, day: str) -> bool:
        if not state_id or state_id not in self.states:
            return False
        return standing_at(state_facts(self.store, self.states[state_id]), dt.date.fromisoformat(day)).is_party

    def findings(self) -> tuple[list[Record], list[Record], list[Record]]:
        party, council, other = [], [], []
        for f in self.store.rows("finding", order_by="date"):
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
        state = self.states.get(f["state_id"], {}).get("name", "the State")
        sit = self.situations[f["situation_id"]]["name"]
        note = self.src.finding(f)
        if f["kind"] in ("request", "response"):
            self.para(
                f"In relation to the {sit[0].lower()}{sit[1:]}, on {_day(f['date'])}, {state} submitted: "
                f"“{f['title']}”.",
                Run("", note=note),
            )
        else:
            who = f["chamber"] or "the Court"
            if who.startswith("Plenary"):
                who = f"the {who}"
            self.para(
                f"In relation to the {sit[0].lower()}{sit[1:]}, on {_day(f['date'])}, {who} issued a “{f['title']}”.",
                Run("", note=note),
            )
        if f["transmitted_on"] and self.within(f["transmitted_on"]):
            self.para(
                f"The Presidency of the Court transmitted the decision and referred the matter to the Assembly "
                f"of States Parties on {_day(f['transmitted_on'])}.",
                Run("", note=self.src.record("finding", f, "transmitted_on")),
            )
        if f["referred_to"] == "deferred":
            self.para(
                "The Chamber deferred its determination as to whether the matter should be referred to the "
                "Assembly of States Parties or to the Security Council.",
                Run("", note=note),
            )

    # -- sections --------------------------------------------------------------------------

    def introduction(self) -> None:
        self.section(0)
        self.para(
            "Article 112, paragraph (2)(f), of the Rome Statute provides that the Assembly shall consider, "
            "pursuant to article 87, paragraphs 5 and 7, any question relating to non-cooperation."
        )
        self.para(
            f"The present report covers the activities of the Bureau, the President of the Assembly and the "
            f"focal points on non-cooperation from {format_day(self.start)} to {format_day(self.end)}."
        )
        fps = [
            fp
            for fp in self.store.rows("focal_point", order_by="appointed_on")
            if (fp["ended_on"] or "9999") >= self.start.isoformat()
        ]
        countries = [self.states[fp["state_id"]]["name"] for fp in fps if fp["role"] == "focal_point"]
        president = next((fp for fp in fps if fp["role"] == "president_ex_officio"), None)
        if countries:
            names = ", ".join(countries[:-1]) + f" and {countries[-1]}" if len(countries) > 1 else countries[0]
            text = f"The focal points on non-cooperation are {names}."
            if president:
                text += (
                    f" The President of the Assembly, {president['person_name']} "
                    f"({self.states[president['state_id']]['name']}), serves ex officio as focal point "
                    "for her or his region."
                )
            self.para(text, Run("", note=self.src.record("focal_point", fps[0])))

    def states_parties(self, findings: list[Record]) -> None:
        self.section(1)
        self.para(
            "Pursuant to article 86 of the Rome Statute, States Parties shall cooperate fully with the Court in "
            "its investigation and prosecution of crimes within its jurisdiction; pursuant to article 89, they "
            "are obliged to execute the Court's requests for the arrest and surrender of a person."
        )
        visits = self.visits(party=True)
        if not findings and not visits:
            self.para("No Court proceedings concerning non-cooperation took place in relation to States Parties.")
            return
        for a in visits:
            self.visit_paragraph(a, "a State Party to the Statute")
        for f in findings:
            self.finding_paragraph(f)

    def visits(self, party: bool) -> list[Record]:
        out = []
        for a in self.store.rows("travel_alert", "status = 'closed'", order_by="date_from"):
            if not self.within(a["date_from"]) or a["outcome"] == "cancelled":
                continue
            dests = alert_store.destinations(self.store, a["id"])
            if any(self._party_on(d["id"], a["date_from"]) for d in dests) == party:
                out.append(a)
        return out

    def visit_paragraph(self, a: Record, what: str) -> None:
        person = self.store.require("person", a["person_id"])
        dests = ", ".join(d["name"] for d in alert_store.destinations(self.store, a["id"]))
        who = f"{person['name']} ({person['function']})" if person["function"] else person["name"]
        outcome = " and was arrested" if a["outcome"] == "arrested" else ""
        self.para(
            f"{who} visited {dests}, {what} ({a['date_text']}){outcome}.",
            Run("", note=self.src.record("travel_alert", a, "date")),
        )

    def council(self, findings: list[Record]) -> None:
        self.section(2)
        for sit in self.situations.values():
            if sit["sc_resolution"]:
                bound = [
                    self.states[b["state_id"]]["name"]
                    for b in self.store.rows("situation_bound_state", "situation_id = ?", [sit["id"]])
                ]
                if bound:
                    self.para(
                        f"Pursuant to Security Council resolution {sit['sc_resolution'].removeprefix('S/RES/')}, "
                        f"{' and '.join(bound)} shall cooperate fully with the Court in the "
                        f"{sit['name'][0].lower()}{sit['name'][1:]}.",
                        Run("", note=self.src.record("situation", sit, "bound")),
                    )
        if not findings:
            self.para(
                "No Court proceedings concerning non-cooperation took place in relation to States under an "
                "obligation to cooperate with the Court pursuant to a decision of the United Nations Security Council."
            )
        for f in findings:
            self.finding_paragraph(f)

    def not_party(self, findings: list[Record]) -> None:
        self.section(3)
        self.para(
            "While States not Parties to the Rome Statute have no obligation under it, they are urged to "
            "cooperate fully with the Court and the Prosecutor where the Security Council so decides."
        )
        visits = self.visits(party=False)
        for a in visits:
            self.visit_paragraph(a, "a State not Party to the Statute")
        if not findings:
            self.para(
                "No Court proceedings concerning non-cooperation took place regarding States not Parties "
                "to the Statute."
            )
        for f in findings:
            self.finding_paragraph(f)

    def actions(self) -> None:
        self.section(4)
        events: list[tuple[str, int, Paragraph | None, Record, str]] = []
        for x in self.store.rows("letter", order_by="date"):
            if not self.within(x["date"]):
                continue
            state = self.states.get(x["state_id"], {}).get("name", "")
            about = ""
            if x["alert_id"]:
                alert = self.store.get("travel_alert", x["alert_id"])
                if alert:
                    person = self.store.require("person", alert["person_id"])
                    about = f"Prior to the visit of {person['name']} to {state}, "
            text = (
                f"{about}{'t' if about else 'T'}he President of the Assembly conveyed a letter, "
                f"dated {_day(x['date'])}, "
                f"to the {x['addressee_office']}"
            )
            if x["articles_recalled"]:
                text += f", recalling articles {' and '.join(x['articles_recalled'])} of the Rome Statute"
            text += "."
            if x["published_on"]:
                text += f" The letter was published on {_day(x['published_on'])}."
            elif x["publication_channel"]:
                text += f" The letter was published ({x['publication_channel']})."
            events.append((x["date"], 0, None, x, text))
        kinds = ("bureau_meeting", "bureau_decision", "communication_to_states", "public_message")
        for a in self.store.rows("activity", order_by="date_from"):
            if a["kind"] in kinds and self.within(a["date_from"]) and a["status"] != "cancelled":
                text = f"On {a['date_text']}: {a['summary'] or a['title']}"
                events.append((a["date_from"], 1, None, a, text))
        for a in self.store.rows("travel_alert", order_by="date_from"):
            for s in self.store.rows("alert_step", "alert_id = ? AND step = 'focal_points_activated'", [a["id"]]):
                if self.within(s["at"]):
                    person = self.store.require("person", a["person_id"])
                    dests = ", ".join(d["name"] for d in alert_store.destinations(self.store, a["id"]))
                    events.append(
                        (
                            s["at"],
                            2,
                            None,
                            a,
                            f"In view of the visit of {person['name']} to {dests} ({a['date_text']}), "
                            "the focal points on non-cooperation were activated, in line with the informal "
                            "Assembly procedures.",
                        )
                    )
        if not events:
            self.para("No action was recorded for the period.")
        for _when, order, _pos, rec, text in sorted(events, key=lambda e: (e[0], e[1])):
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
            self.para(
                f"On {a['date_text']}, the Prosecutor presented to the Security Council the "
                f"{a['title'][0].lower()}{a['title'][1:]}. "
                f"{a['summary']}".strip(),
                Run("", note=self.src.record("activity", a)),
            )
        for f in transmitted:
            self.para(
                f"The Court's decision of {_day(f['date'])} was transmitted to the Security Council "
                f"({f['sc_document']}, {_day(f['sc_date'])}).",
                Run("", note=self.src.sc(f)),
            )
        if not reports and not transmitted:
            self.para("No communication on non-cooperation was transmitted to the Security Council during the period.")

    def consultations(self) -> None:
        self.section(6)
        acts = [
            a
            for a in self.store.rows("activity", order_by="date_from")
            if a["kind"] in ("focal_point_meeting", "nywg_briefing", "facilitation_meeting", "plenary")
            and self.within(a["date_from"])
        ]
        if not acts:
            self.para("No consultations were recorded for the period.")
            return
        briefings = [a for a in acts if a["kind"] == "nywg_briefing"]
        for a in acts:
            if a["kind"] == "nywg_briefing":
                continue
            verb = "will be held" if a["status"] == "planned" else "took place"
            text = (
                f"{a['title']} ({a['date_text']}): {a['summary']}"
                if a["summary"]
                else f"{a['title']} {verb} on {a['date_text']}."
            )
            self.para(text, Run("", note=self.src.record("activity", a)))
        if briefings:
            self.para(
                f"The focal points provided updates on their mandate and activities to the New York Working Group "
                f"on {_days([b['date_from'] for b in briefings])}.",
                Run("", note=self.src.record("activity", briefings[0])),
            )

    def recommendations(self) -> None:
        self.section(7)
        self.para("[Recommendations to be drafted by the focal points.]", style="placeholder")


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
