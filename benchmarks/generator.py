"""A deterministic generator of realistic ncdesk stores at a scale factor.

1× is the unit the benchmarks grow from: the reference data plus, over the real States and
situations, 100 persons subject to warrants, 500 findings, 10,000 travel alerts (with their
destinations, steps and shares with the Court), 2,000 letters of the President, 300 activities,
1,000 procedure steps and 20 deadlines. 10× is ten times each (100,000 alerts, 20,000 letters,
5,000 findings, 1,000 persons), 100× a hundred times. Names, dates and texts look like the real
ones: Arabic names with their Arabic spelling as an alias, accented European and African names,
partly known dates as delegates write them ("3–6 April 2025", "mid-October 2025").

The same scale and seed give the same records (ids included). Everything is written through
the store's bulk path (`Store.insert_many`), in one batch, the search index rebuilt once.
Generated stores are cached under the cache folder, keyed by scale, generator version and
schema version (see `ensure`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import os
import random
import shutil
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# Bump when the generated data changes: cached stores of another version are not used.
GENERATOR_VERSION = 2
SEED = 20261123
ANCHOR = dt.date(2026, 11, 1)  # "today" of the generated record; alerts after it are still open
CHUNK = 50_000  # rows per insert_many call (memory stays flat at 100×)

# Records per 1× (the reference data comes on top).
UNIT = {
    "person": 100,
    "icc_case": 25,
    "finding": 500,
    "travel_alert": 10_000,
    "letter": 2_000,
    "activity": 300,
    "procedure_step": 1_000,
    "deadline": 20,
}

ROOT = Path(__file__).resolve().parent


def cache_root() -> Path:
    return Path(os.environ.get("NCDESK_BENCH_CACHE") or ROOT / ".cache")


def schema_version() -> int:
    from ncdesk.store.file.migrations import schema_version as version

    return version()


def scale_name(scale: float) -> str:
    return f"{scale:g}x"


def cache_entry(scale: float) -> Path:
    return cache_root() / f"store-{scale_name(scale)}-g{GENERATOR_VERSION}-s{schema_version()}"


# --- names and words ---------------------------------------------------------------------------

ARABIC_FIRST = [
    ("Mohamed", "محمد"), ("Ahmad", "أحمد"), ("Abdel Rahim", "عبد الرحيم"), ("Omar", "عمر"), ("Ali", "علي"),
    ("Hassan", "حسن"), ("Yousif", "يوسف"), ("Khalid", "خالد"), ("Ibrahim", "إبراهيم"), ("Saif", "سيف"),
    ("Abdallah", "عبد الله"), ("Mustafa", "مصطفى"), ("Tarek", "طارق"), ("Nour", "نور"), ("Fatima", "فاطمة"),
    ("Aïcha", "عائشة"), ("Hamid", "حامد"), ("Osama", "أسامة"), ("Jamal", "جمال"), ("Salah", "صلاح"),
]  # fmt: skip
ARABIC_FAMILY = [
    ("Al-Amin", "الأمين"), ("Hamdan", "حمدان"), ("Abd-Al-Rahman", "عبد الرحمن"), ("El Tayeb", "الطيب"),
    ("Al-Werfalli", "الورفلي"), ("Khaled", "خالد"), ("Ould Abdallahi", "ولد عبد الله"), ("Ben Ali", "بن علي"),
    ("Al-Senussi", "السنوسي"), ("Elmasry", "المصري"), ("Musa", "موسى"), ("Al-Hassan", "الحسن"),
    ("Abu Garda", "أبو قردة"), ("Haroun", "هارون"), ("Al-Mahdi", "المهدي"), ("Nourain", "نورين"),
]  # fmt: skip
OTHER_FIRST = [
    "Jean-Pierre", "Germain", "Mathieu", "Bosco", "Sylvestre", "Léopold", "Désiré", "Hélène", "Joséphine",
    "Aimé", "Noël", "Jérôme", "Françoise", "Thérèse", "José", "María José", "Andrés", "Ramón", "Joaquín",
    "Inés", "João", "Gonçalo", "Sergueï", "Andriy", "Dmytro", "Oleksandr", "Mariya", "Jiří", "Zdeněk",
    "Łukasz", "Paweł", "Ağa", "Çağlar", "Şükrü", "Søren", "Åsa", "Päivi", "Jörg", "Dominic", "Joseph",
    "Uhuru", "William", "Laurent", "Charles", "Simone", "Callixte", "Ahmed", "Bahar",
]  # fmt: skip
OTHER_FAMILY = [
    "Katanga", "Ngudjolo", "Mudacumura", "Ngaïssona", "Yekatom", "Mokom", "Kony", "Ongwen", "Mbarushimana",
    "Ntaganda", "Gutiérrez", "Núñez", "Peña", "Ibáñez", "Muñoz", "Sánchez", "Gonçalves", "Araújo",
    "Kovalenko", "Morozov", "Kuznetsov", "Volkov", "Dvořák", "Sokolová", "Wiśniewski", "Nowak", "Öztürk",
    "Çelik", "Şahin", "Kiprono", "Wanjiru", "Ochieng", "Blé Goudé", "Koné", "Traoré", "Diakité", "Abakaer",
    "Al Hassan Ag Abdoul Aziz", "Ag Mahmoud", "Ruto", "Sang", "Kosgey",
]  # fmt: skip
FUNCTIONS = [
    "Former Minister of Defence", "Commander of the Rapid Support Forces", "Governor of South Darfur",
    "Militia leader", "Head of the Internal Security Agency", "Deputy Chief of Staff", "President",
    "Prime Minister", "Former Minister of the Interior", "Commander of the Al-Kaniyat militia",
    "Head of the Judicial Police", "Chief of the General Staff", "Commissioner for children's rights",
    "Senior officer of the armed forces", "Leader of an armed group", "Former head of state",
    "Director of the Mitiga prison", "Commander in the Janjaweed", "",
]  # fmt: skip
PURPOSES = [
    "Official visit", "State visit", "Regional summit of the African Union", "Summit of the League of Arab States",
    "Bilateral talks with the President", "Inauguration of the President", "Medical treatment",
    "Summit of the Shanghai Cooperation Organisation", "Commonwealth of Independent States summit",
    "Economic forum", "Private visit", "Funeral of a former head of state", "BRICS summit",
    "Intergovernmental Authority on Development (IGAD) summit", "Religious pilgrimage", "Transit stop",
]  # fmt: skip
SOURCES = [
    "Press reports (Sudan Tribune)", "Press reports (Reuters, AFP)", "Social media post by the Ministry of "
    "Foreign Affairs", "Information from a State Party", "Civil society organisation (coalition for the ICC)",
    "Statement of the host government", "Registry of the Court", "Diplomatic source in New York",
    "Focal point contact in the region", "Local press (Le Monde, Jeune Afrique)", "Official programme published",
]  # fmt: skip
NOTES = [
    "",
    "",
    "",
    "Dates not confirmed; the host government has not commented.",
    "The programme mentions a bilateral meeting with the head of State.",
    "Reported visit was announced and then postponed; to be followed.",
    "Embassy in The Hague informed by the focal point.",
    "La visite a été confirmée par le ministère des affaires étrangères.",
    "La visita fue anunciada por la cancillería el día anterior.",
    "ذكرت وسائل الإعلام المحلية أن الزيارة ستتم الأسبوع المقبل.",
    "The visit coincides with a regional summit; several delegations expected.",
]
PRESIDENTS = [
    (dt.date(2008, 1, 1), "Christian Wenaweser"),
    (dt.date(2011, 12, 1), "Tiina Intelmann"),
    (dt.date(2014, 12, 1), "Sidiki Kaba"),
    (dt.date(2017, 12, 1), "O-Gon Kwon"),
    (dt.date(2021, 12, 1), "Silvia Fernández de Gurmendi"),
    (dt.date(2023, 12, 1), "Päivi Kaukoranta"),
]
FOCAL_POINTS = ["Mexico", "Sierra Leone", "Vanuatu", "Poland", "Belgium", "Senegal", "Argentina", "Japan"]
CHAMBERS = ["Pre-Trial Chamber I", "Pre-Trial Chamber II", "Trial Chamber IV", "Appeals Chamber"]
LOCATIONS = ["The Hague", "New York", "Videoconference", "The Hague (World Forum)", "Geneva"]


def _president(day: dt.date) -> str:
    name = PRESIDENTS[0][1]
    for since, who in PRESIDENTS:
        if day >= since:
            name = who
    return name


# --- helpers -------------------------------------------------------------------------------------


class _Rng(random.Random):
    def uid(self) -> str:
        return str(uuid.UUID(int=self.getrandbits(128), version=4))

    def day_between(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.randrange((end - start).days + 1))

    def weighted(self, items: list[Any], cum: list[float]) -> Any:
        return self.choices(items, cum_weights=cum, k=1)[0]


def _cumulative(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def _count(kind: str, scale: float) -> int:
    return max(1, round(UNIT[kind] * scale))


def _year_day(rng: _Rng, first_year: int = 2009) -> dt.date:
    """A day between *first_year* and six weeks after ANCHOR (an alert comes in a few weeks before
    the visit), more of them in recent years."""
    years = list(range(first_year, ANCHOR.year + 1))
    weights = [1.0 + 0.25 * (y - first_year) for y in years]
    year = rng.choices(years, weights=weights, k=1)[0]
    start = dt.date(year, 1, 1)
    end = min(dt.date(year, 12, 31), ANCHOR + dt.timedelta(days=42))
    if end < start:
        start = end - dt.timedelta(days=364)
    return rng.day_between(start, end)


def _date_text(rng: _Rng, start: dt.date) -> str:
    """How a delegate writes a visit's dates."""
    month = calendar.month_name[start.month]
    r = rng.random()
    if r < 0.22:
        return start.isoformat()
    if r < 0.40:
        return f"{start.day} {month} {start.year}"
    if r < 0.75:
        last = calendar.monthrange(start.year, start.month)[1]
        if start.day >= last:
            return f"{start.day} {month} {start.year}"
        end = min(last, start.day + rng.randint(1, 4))
        return f"{start.day}–{end} {month} {start.year}"
    if r < 0.87:
        part = "early" if start.day <= 10 else ("mid-" if start.day <= 20 else "late")
        return f"{part}{'' if part == 'mid-' else ' '}{month} {start.year}"
    if r < 0.98:
        return f"{month} {start.year}"
    return str(start.year)


@dataclass
class Manifest:
    """What the benchmarks need to know about a generated store."""

    scale: float
    generator_version: int = GENERATOR_VERSION
    schema_version: int = 0
    seed: int = SEED
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    hub_state: dict[str, Any] = field(default_factory=dict)  # the State with ~100 links per 1×
    hub_person: dict[str, Any] = field(default_factory=dict)  # a person with ~100 travels
    report_period: tuple[str, str] = ("", "")

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Manifest:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["report_period"] = tuple(data.get("report_period", ("", "")))
        return cls(**data)


# --- the generator -------------------------------------------------------------------------------


class _Generator:
    def __init__(self, store: Any, scale: float, seed: int) -> None:
        self.store = store
        self.scale = scale
        self.rng = _Rng(seed)
        self.counts: dict[str, int] = {}
        db = store.db
        self.states = [
            dict(zip(("id", "iso3", "name", "formal_name"), r, strict=True))
            for r in db.execute("SELECT id, iso3, name, formal_name FROM state ORDER BY iso3").fetchall()
        ]
        self.situations = [
            dict(zip(("id", "icc_number", "name", "trigger"), r, strict=True))
            for r in db.execute("SELECT id, icc_number, name, trigger FROM situation ORDER BY icc_number").fetchall()
        ]
        self.cases = [
            dict(zip(("id", "icc_number", "situation_id"), r, strict=True))
            for r in db.execute("SELECT id, icc_number, situation_id FROM icc_case ORDER BY icc_number").fetchall()
        ]
        # States Parties today, with the day the Statute entered into force for them.
        self.party_since = {
            r[0]: dt.date.fromisoformat(r[1])
            for r in db.execute(
                "SELECT state_id, min(date) FROM party_event e WHERE event = 'entry_into_force' AND NOT EXISTS "
                "(SELECT 1 FROM party_event w WHERE w.state_id = e.state_id AND w.event = 'withdrawal_effective') "
                "GROUP BY state_id"
            ).fetchall()
        }
        self.real_persons = [
            dict(zip(("id", "name"), r, strict=True))
            for r in db.execute("SELECT id, name FROM person ORDER BY name").fetchall()
        ]
        # A long tail: a few States receive many visits, most a few (1/(rank + 8)).
        order = list(range(len(self.states)))
        self.rng.shuffle(order)
        weights = [0.0] * len(self.states)
        for rank, i in enumerate(order):
            weights[i] = 1.0 / (rank + 8)
        self.state_weights = weights
        self.state_cum = _cumulative(weights)

    def put(self, table: str, rows: list[dict[str, Any]]) -> None:
        for i in range(0, len(rows), CHUNK):
            self.store.insert_many(table, rows[i : i + CHUNK])
        self.counts[table] = self.counts.get(table, 0) + len(rows)

    def state(self) -> dict[str, Any]:
        return self.rng.weighted(self.states, self.state_cum)  # type: ignore[no-any-return]

    # -- persons, cases and warrants ------------------------------------------------------------

    def persons(self) -> None:
        rng = self.rng
        n = max(0, _count("person", self.scale) - len(self.real_persons))
        persons, seen = [], {p["name"] for p in self.real_persons}
        arab_states = [s for s in self.states if s["iso3"] in ("SDN", "LBY", "SYR", "IRQ", "YEM", "EGY", "MLI")]
        for _ in range(n):
            aliases: list[str] = []
            if rng.random() < 0.5:
                (f1, a1), (f2, a2) = rng.choice(ARABIC_FIRST), rng.choice(ARABIC_FAMILY)
                (m1, _a) = rng.choice(ARABIC_FIRST)
                name = f"{f1} {m1} {f2}"
                aliases.append(f"{a1} {_a} {a2}")
                if rng.random() < 0.3:
                    aliases.append(f"{f1} {f2}")
                nationality = rng.choice(arab_states)
            else:
                name = f"{rng.choice(OTHER_FIRST)} {rng.choice(OTHER_FAMILY)}"
                if rng.random() < 0.2:
                    aliases.append(name.split()[-1])
                nationality = self.state()
            base, k = name, 2
            while name in seen:
                name = f"{base} ({k})"
                k += 1
            seen.add(name)
            persons.append(
                {
                    "id": rng.uid(),
                    "name": name,
                    "aliases": aliases,
                    "function": rng.choice(FUNCTIONS),
                    "nationality_state_id": nationality["id"],
                    "notes": rng.choice(NOTES),
                }
            )
        self.put("person", persons)
        self.persons_all = [*self.real_persons, *({"id": p["id"], "name": p["name"]} for p in persons)]
        # Some persons travel much more than others.
        weights = [1.0 / (i + 3) ** 0.8 for i in range(len(self.persons_all))]
        self.person_cum = _cumulative(weights)

        # Cases in the real situations.
        taken = {c["icc_number"] for c in self.cases}
        cases = []
        for _ in range(_count("icc_case", self.scale)):
            sit = rng.choice(self.situations)
            number = ""
            while not number or number in taken:
                number = f"{sit['icc_number']}-{rng.randint(1, 99):02d}/{rng.randint(10, 26):02d}"
            taken.add(number)
            cases.append(
                {
                    "id": rng.uid(),
                    "icc_number": number,
                    "title": f"The Prosecutor v. {rng.choice(OTHER_FIRST)} {rng.choice(OTHER_FAMILY)}",
                    "situation_id": sit["id"],
                    "status": rng.choice(["Pre-trial stage", "At large", "Trial", "Closed", ""]),
                }
            )
        self.put("icc_case", cases)
        self.cases += [{k: c[k] for k in ("id", "icc_number", "situation_id")} for c in cases]
        by_situation: dict[str, list[dict[str, Any]]] = {}
        for c in self.cases:
            by_situation.setdefault(c["situation_id"], []).append(c)

        warrants, links, filing = [], [], 9000
        for p in persons:
            sit = rng.choice(self.situations)
            case = rng.choice(by_situation[sit["id"]]) if by_situation.get(sit["id"]) else None
            for _ in range(1 if rng.random() < 0.7 else 2):
                filing += 1
                issued = rng.day_between(dt.date(2005, 1, 1), ANCHOR)
                warrants.append(
                    {
                        "id": rng.uid(),
                        "person_id": p["id"],
                        "situation_id": sit["id"],
                        "case_id": case["id"] if case else None,
                        "kind": "arrest_warrant",
                        "issued_on": issued.isoformat(),
                        "icc_document": f"{case['icc_number'] if case else sit['icc_number']}-{filing}",
                        "status": "at_large",
                        "crimes": rng.choice(
                            [
                                "Crimes against humanity (murder, persecution, forcible transfer)",
                                "War crimes (attacks against civilians, pillaging)",
                                "Genocide; crimes against humanity; war crimes",
                                "War crime of unlawful deportation of children",
                            ]
                        ),
                    }
                )
            if case:
                links.append({"id": rng.uid(), "case_id": case["id"], "person_id": p["id"]})
        self.put("warrant", warrants)
        self.put("case_person", links)

    # -- findings -------------------------------------------------------------------------------

    def findings(self) -> None:
        rng = self.rng
        rows, docs, filing = [], [], 10000
        council = {s["id"] for s in self.situations if s["trigger"] == "security_council"}
        by_situation: dict[str, list[dict[str, Any]]] = {}
        for c in self.cases:
            by_situation.setdefault(c["situation_id"], []).append(c)
        kinds = ["finding", "informing_decision", "decision", "request", "response", "other", "reconsideration"]
        for _ in range(_count("finding", self.scale)):
            sit = rng.choice(self.situations)
            case = rng.choice(by_situation[sit["id"]]) if by_situation.get(sit["id"]) and rng.random() < 0.8 else None
            state = self.state()
            day = min(_year_day(rng, 2010), ANCHOR)
            kind = rng.choices(kinds, weights=[40, 15, 20, 8, 8, 5, 4], k=1)[0]
            referred = "none"
            if kind in ("finding", "informing_decision"):
                # A finding concerns a State Party (the usual rule: the Assembly, and the Council too
                # where the Council referred the situation).
                while state["id"] not in self.party_since:
                    state = self.state()
                day = max(day, self.party_since[state["id"]] + dt.timedelta(days=400))
                referred = "both" if sit["id"] in council else "assembly"
            person = rng.choice(self.persons_all)["name"]
            title = {
                "finding": f"Decision on the non-compliance by {state['formal_name'] or state['name']} with the "
                f"request by the Court for the arrest and surrender of {person}",
                "informing_decision": f"Decision informing the Security Council and the Assembly of States Parties "
                f"about {person}'s visit to {state['name']}",
                "decision": f"Decision on the cooperation of {state['name']} regarding the arrest of {person}",
                "request": f"Request to {state['name']} for the arrest and surrender of {person}",
                "response": f"Response of {state['name']} to the Chamber's order of {day.year}",
                "other": f"Public redacted version of the Registry's report on {state['name']}",
                "reconsideration": f"Decision on the request for reconsideration of the finding concerning "
                f"{state['name']}",
            }[kind]
            sc_doc = sc_date = None
            if referred in ("security_council", "both"):
                sc_doc = f"S/{day.year}/{rng.randint(100, 999)}"
                sc_date = (day + dt.timedelta(days=rng.randint(2, 20))).isoformat()
            fid = rng.uid()
            rows.append(
                {
                    "id": fid,
                    "kind": kind,
                    "title": title,
                    "date": day.isoformat(),
                    "chamber": rng.choice(CHAMBERS),
                    "state_id": state["id"],
                    "situation_id": sit["id"],
                    "case_id": case["id"] if case else None,
                    "basis": "art_87_7"
                    if kind == "finding"
                    else ("informing" if kind == "informing_decision" else "none"),
                    "referred_to": referred,
                    "transmitted_on": (day + dt.timedelta(days=rng.randint(1, 30))).isoformat()
                    if referred in ("assembly", "both")
                    else None,
                    "sc_document": sc_doc,
                    "sc_date": sc_date,
                    "notes": rng.choice(NOTES),
                }
            )
            prefix = case["icc_number"] if case else sit["icc_number"]
            filing += 1
            docs.append({"id": rng.uid(), "finding_id": fid, "number": f"{prefix}-{filing}-ENG", "language": "ENG"})
            if rng.random() < 0.3:
                docs.append({"id": rng.uid(), "finding_id": fid, "number": f"{prefix}-{filing}-tFRA",
                             "language": "FRA"})  # fmt: skip
        self.put("finding", rows)
        self.put("finding_document", docs)
        self.finding_ids = [r["id"] for r in rows]

    # -- travel alerts --------------------------------------------------------------------------

    def alerts(self) -> None:
        from ncdesk.core.dates import parse_partial

        rng = self.rng
        n = _count("travel_alert", self.scale)
        statuses = ["reported", "verified", "focal_points_activated", "letter_sent", "court_informed"]
        outcomes = ["not_arrested", "cancelled", "unknown", "arrested"]
        self.letter_candidates: list[tuple[str, str, str, str]] = []  # alert id, state id, person, day
        alerts: list[dict[str, Any]] = []
        dests: list[dict[str, Any]] = []
        steps: list[dict[str, Any]] = []
        shares: list[dict[str, Any]] = []
        self.alert_ids: list[str] = []
        for i in range(n):
            person = rng.weighted(self.persons_all, self.person_cum)
            start = _year_day(rng)
            text = _date_text(rng, start)
            pd = parse_partial(text)
            first = pd.start
            places = [self.state()]
            for _ in range(rng.choices([0, 1, 2], weights=[75, 20, 5], k=1)[0]):
                s = self.state()
                if all(s["id"] != p["id"] for p in places):
                    places.append(s)
            received = min(first - dt.timedelta(days=rng.randint(1, 45)), ANCHOR)
            past = pd.end < ANCHOR - dt.timedelta(days=20)
            if past and rng.random() < 0.985:
                status, outcome = "closed", rng.choices(outcomes, weights=[70, 24, 5, 1], k=1)[0]
            else:
                status, outcome = rng.choices(statuses, weights=[30, 25, 15, 20, 10], k=1)[0], None
            aid = rng.uid()
            self.alert_ids.append(aid)
            where = " and ".join(p["name"] for p in places)
            alerts.append(
                {
                    "id": aid,
                    "person_id": person["id"],
                    "title": f"{person['name']} in {where}" if rng.random() < 0.6 else "",
                    "date_text": pd.text if pd.precision.value != "day" else text,
                    "date_from": pd.start.isoformat(),
                    "date_to": pd.end.isoformat(),
                    "date_precision": pd.precision.value,
                    "purpose": rng.choice(PURPOSES),
                    "source_description": rng.choice(SOURCES),
                    "reliability": rng.choices(
                        ["confirmed", "probable", "possible", "doubtful", "unknown"], weights=[35, 30, 20, 5, 10], k=1
                    )[0],
                    "received_at": received.isoformat(),
                    "status": status,
                    "outcome": outcome,
                    "notes": rng.choice(NOTES),
                }
            )
            for p in places:
                dests.append({"id": rng.uid(), "alert_id": aid, "state_id": p["id"]})
            # Its steps, each on or after the one before.
            reached = len(statuses) if status == "closed" else statuses.index(status) + 1
            taken = [s for j, s in enumerate(statuses[:reached]) if j == 0 or rng.random() < 0.6]
            if status != "closed" and taken[-1] != status:
                taken.append(status)
            day = received
            for s in taken:
                steps.append({"id": rng.uid(), "alert_id": aid, "step": s, "at": day.isoformat(),
                              "by_whom": rng.choice(["", "Focal point", "President of the Assembly"])})  # fmt: skip
                day = min(day + dt.timedelta(days=rng.randint(0, 3)), max(day, pd.end), max(day, ANCHOR))
            if status == "closed":
                steps.append({"id": rng.uid(), "alert_id": aid, "step": "closed",
                              "at": max(day, pd.end).isoformat(), "by_whom": ""})  # fmt: skip
            if "court_informed" in taken or (status == "closed" and rng.random() < 0.5):
                shares.append(
                    {
                        "id": rng.uid(),
                        "alert_id": aid,
                        "shared_at": day.isoformat(),
                        "channel": rng.choice(["E-mail to the Registry", "Note verbale", "Telephone"]),
                        "shared_by": f"Focal point ({rng.choice(FOCAL_POINTS)})",
                        "recipient": "Registry, Cooperation and External Relations",
                    }
                )
            if "letter_sent" in taken or (status == "closed" and rng.random() < 0.12):
                self.letter_candidates.append((aid, places[0]["id"], person["name"], received.isoformat()))
            if len(alerts) >= CHUNK or i == n - 1:
                self.put("travel_alert", alerts)
                self.put("alert_destination", dests)
                self.put("alert_step", steps)
                self.put("court_share", shares)
                alerts, dests, steps, shares = [], [], [], []

    # -- letters, activities, procedure steps, deadlines ---------------------------------------

    def letters(self) -> None:
        rng = self.rng
        n = _count("letter", self.scale)
        by_id = {s["id"]: s for s in self.states}
        rows = []
        candidates = self.letter_candidates
        rng.shuffle(candidates)
        for i in range(n):
            if i < len(candidates) and rng.random() < 0.8:
                aid, sid, person, day_text = candidates[i]
                day = dt.date.fromisoformat(day_text) + dt.timedelta(days=rng.randint(0, 5))
                subject = f"Visit of {person}: obligations under articles 86 and 89(1) of the Rome Statute"
            else:
                aid, sid = None, self.state()["id"]
                day = min(_year_day(rng, 2010), ANCHOR)
                subject = rng.choice(
                    [
                        "The Assembly procedures relating to non-cooperation",
                        "Invitation to a meeting with the Bureau under paragraph 14(c) of the Procedures",
                        "Follow-up to the Court's finding of non-compliance",
                        "Reminder of the obligation to cooperate fully with the Court",
                    ]
                )
            state = by_id[sid]
            published = day + dt.timedelta(days=rng.randint(1, 10)) if rng.random() < 0.4 else None
            rows.append(
                {
                    "id": rng.uid(),
                    "sender_name": _president(day),
                    "sender_office": "President of the Assembly of States Parties",
                    "addressee_office": f"Minister of Foreign Affairs of {state['formal_name'] or state['name']}",
                    "state_id": sid,
                    "date": day.isoformat(),
                    "reference": f"ASP/PRES/{day.year}/{rng.randint(1, 999):03d}",
                    "subject": subject,
                    "alert_id": aid,
                    "articles_recalled": ["86", "89(1)"] if aid else [],
                    "published_on": published.isoformat() if published else None,
                    "publication_channel": "X account of the President" if published else "",
                    "reply_on": None,
                    "reply_summary": "",
                    "notes": rng.choice(NOTES),
                }
            )
        self.put("letter", rows)
        self.letter_ids = [r["id"] for r in rows]

    def activities(self) -> None:
        rng = self.rng
        kinds = ["bureau_meeting", "bureau_decision", "focal_point_meeting", "nywg_briefing", "plenary",
                 "facilitation_meeting", "public_message", "communication_to_states", "other"]  # fmt: skip
        rows, links = [], []
        for _ in range(_count("activity", self.scale)):
            day = _year_day(rng, 2012)
            kind = rng.choice(kinds)
            state = self.state()
            title = {
                "bureau_meeting": f"Bureau meeting: {state['name']} heard under paragraph 14(c) of the Procedures",
                "bureau_decision": f"Bureau decision on the non-cooperation of {state['name']}",
                "focal_point_meeting": f"Focal points' meeting on the visit to {state['name']}",
                "nywg_briefing": "Briefing of the New York Working Group on non-cooperation",
                "plenary": "Plenary debate on non-cooperation",
                "facilitation_meeting": "Facilitation on cooperation: non-cooperation segment",
                "public_message": f"Statement of the President on the visit to {state['name']}",
                "communication_to_states": "Note verbale to all States Parties on the toolkit",
                "other": f"Consultations with the delegation of {state['name']}",
            }[kind]
            aid = rng.uid()
            rows.append(
                {
                    "id": aid,
                    "kind": kind,
                    "title": title,
                    "date_text": day.isoformat(),
                    "date_from": day.isoformat(),
                    "date_to": day.isoformat(),
                    "date_precision": "day",
                    "status": "held" if day <= ANCHOR else "planned",
                    "summary": rng.choice(NOTES),
                    "participants": rng.sample(
                        ["Focal points", "the President", "Bureau members", "Registry", "Office of the Prosecutor"], k=2
                    ),  # fmt: skip
                    "location": rng.choice(LOCATIONS),
                }
            )
            links.append({"id": rng.uid(), "activity_id": aid, "state_id": state["id"],
                          "role": "heard" if kind == "bureau_meeting" else "concerned"})  # fmt: skip
        self.put("activity", rows)
        self.put("activity_state", links)

        steps = []
        names = ["open_letter", "bureau_meeting_with_state", "president_good_offices", "president_letter",
                 "focal_point_contact", "focal_points_activated", "states_informed", "toolkit_reminder",
                 "information_to_court", "public_statement"]  # fmt: skip
        for _ in range(_count("procedure_step", self.scale)):
            on_alert = rng.random() < 0.7
            steps.append(
                {
                    "id": rng.uid(),
                    "target_kind": "travel_alert" if on_alert else "finding",
                    "target_id": rng.choice(self.alert_ids if on_alert else self.finding_ids),
                    "step": rng.choice(names),
                    "date": min(_year_day(rng, 2012), ANCHOR).isoformat(),
                    "by_whom": rng.choice(["Focal points on non-cooperation", "President of the Assembly", "Bureau"]),
                    "activity_id": None,
                    "letter_id": None,
                }
            )
        self.put("procedure_step", steps)

        deadlines = []
        for _ in range(_count("deadline", self.scale)):
            state = self.state()
            due = ANCHOR + dt.timedelta(days=rng.randint(-60, 120))
            deadlines.append(
                {
                    "id": rng.uid(),
                    "record_kind": "finding",
                    "record_id": rng.choice(self.finding_ids),
                    "state_id": state["id"],
                    "due_on": due.isoformat(),
                    "description": f"{state['name']} invited to submit its views on the finding",
                    "done_on": None if due > ANCHOR or rng.random() < 0.5 else due.isoformat(),
                }
            )
        self.put("deadline", deadlines)

    def run(self) -> None:
        self.persons()
        self.findings()
        self.alerts()
        self.letters()
        self.activities()


def _hubs(store: Any, scale: float) -> tuple[dict[str, Any], dict[str, Any]]:
    """The State whose linked records are nearest 100 per 1× (1,000 at 10×), and the person whose
    travels are nearest 100 (the mean at every scale: persons grow with the alerts)."""
    db = store.db
    links = db.execute(
        """SELECT s.id, s.name,
             (SELECT count(*) FROM alert_destination d WHERE d.state_id = s.id AND d.deleted_at IS NULL)
           + (SELECT count(*) FROM letter x WHERE x.state_id = s.id AND x.deleted_at IS NULL)
           + (SELECT count(*) FROM finding f WHERE f.state_id = s.id AND f.deleted_at IS NULL)
           + (SELECT count(*) FROM activity_state a WHERE a.state_id = s.id AND a.deleted_at IS NULL) AS n
           FROM state s ORDER BY s.iso3"""
    ).fetchall()
    want = 100 * scale
    sid, sname, sn = min(links, key=lambda r: (abs(r[2] - want), r[0]))
    travels = db.execute(
        "SELECT p.id, p.name, (SELECT count(*) FROM travel_alert a WHERE a.person_id = p.id) FROM person p "
        "ORDER BY p.id"
    ).fetchall()
    want = 100
    pid, pname, pn = min(travels, key=lambda r: (abs(r[2] - want), r[0]))
    return {"id": sid, "name": sname, "links": sn}, {"id": pid, "name": pname, "travels": pn}


def generate(folder: Path, scale: float, seed: int = SEED, *, quiet: bool = False) -> Manifest:
    """Write a store at *scale* into the (new) data *folder*; returns its manifest."""
    from ncdesk.store.file import fts
    from ncdesk.store.store import Store

    started = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    clock = lambda: dt.datetime(ANCHOR.year, ANCHOR.month, ANCHOR.day, 9, 0, tzinfo=dt.UTC)  # noqa: E731
    store = Store.open(folder, clock=clock, program="the benchmark generator")
    try:
        gen = _Generator(store, scale, seed)
        with (
            store.batch(f"Generated benchmark data ({scale_name(scale)})", kind="import"),
            fts.suspended(store.db, whole=True),
        ):
            gen.run()
        hub_state, hub_person = _hubs(store, scale)
        counts = {t: n for t, n in sorted(gen.counts.items())}
    finally:
        store.close()
    manifest = Manifest(
        scale=scale,
        schema_version=schema_version(),
        seed=seed,
        counts=counts,
        seconds=round(time.perf_counter() - started, 1),
        hub_state=hub_state,
        hub_person=hub_person,
        report_period=((ANCHOR - dt.timedelta(days=365)).isoformat(), ANCHOR.isoformat()),
    )
    manifest.save(folder / "manifest.json")
    if not quiet:
        print(f"generated {scale_name(scale)} in {manifest.seconds:.1f} s: {counts}", flush=True)
    return manifest


def ensure(scale: float, *, quiet: bool = False) -> tuple[Path, Manifest]:
    """The cached store at *scale* (generated first if there is none): its folder and manifest."""
    entry = cache_entry(scale)
    if (entry / "manifest.json").exists() and (entry / "ncdesk.sqlite3").exists():
        return entry, Manifest.load(entry / "manifest.json")
    entry.parent.mkdir(parents=True, exist_ok=True)
    work = entry.with_name(entry.name + f".part-{os.getpid()}")
    if work.exists():
        shutil.rmtree(work)
    if not quiet:
        print(f"generating the {scale_name(scale)} store in {entry} …", flush=True)
    manifest = generate(work, scale, quiet=quiet)
    for name in os.listdir(work):  # keep only the database and the manifest
        if name not in ("ncdesk.sqlite3", "manifest.json"):
            path = work / name
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    if entry.exists():
        shutil.rmtree(entry)
    os.replace(work, entry)
    return entry, manifest


def copy_store(scale: float, target: Path, *, quiet: bool = False) -> tuple[Path, Manifest]:
    """A fresh data folder *target* holding a copy of the cached store at *scale*."""
    entry, manifest = ensure(scale, quiet=quiet)
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(entry / "ncdesk.sqlite3", target / "ncdesk.sqlite3")
    shutil.copyfile(entry / "manifest.json", target / "manifest.json")
    return target, manifest


def iter_scales(text: str) -> Iterator[float]:
    for part in text.split(","):
        part = part.strip().removesuffix("x").removesuffix("×")
        if part:
            yield float(part)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="benchmarks/generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", default="1", help="scale factor(s), comma-separated (1, 10, 100; default 1)")
    parser.add_argument("-o", "--output", type=Path, help="write a new data folder here instead of the cache")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--force", action="store_true", help="generate again even if cached")
    args = parser.parse_args(argv)
    for scale in iter_scales(args.scale):
        if args.output is not None:
            target = args.output if len(args.scale.split(",")) == 1 else args.output / scale_name(scale)
            if (target / "ncdesk.sqlite3").exists():
                parser.error(f"{target} already holds a database")
            generate(target, scale, args.seed)
            continue
        if args.force and cache_entry(scale).exists():
            shutil.rmtree(cache_entry(scale))
        entry, manifest = ensure(scale)
        print(f"{scale_name(scale)}: {entry / 'ncdesk.sqlite3'} ({manifest.counts.get('travel_alert', 0):,} alerts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
