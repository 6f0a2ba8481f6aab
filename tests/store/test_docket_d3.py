"""Region D3 of the docket (issue 20): Afghanistan, Palestine, the Philippines and Ukraine.

The records are written out here independently of resources/, so that a record dropped or
renamed in the files fails a test; the obligation rule is then run over the shipped record, each
row naming the fact it relies on and where that fact comes from.
"""

import datetime as dt
import tomllib
from typing import Any

import pytest

from ncdesk.core.obligation import Ground, arrest_obligation
from ncdesk.core.wording import render
from ncdesk.store.records.queries import person_facts, resolve_person, resolve_state, state_facts
from ncdesk.store.reference import Release, ref_id
from ncdesk.store.store import Store
from tests.conftest import REFERENCE_DIR

TODAY = dt.date(2026, 12, 7)  # the day the sources were read; fixes the tense of the sentences

SITUATIONS = {
    "ICC-02/17": ("proprio_motu", "2020-03-05"),
    "ICC-01/18": ("state_referral", "2021-03-03"),
    "ICC-01/21": ("proprio_motu", "2021-09-15"),
    "ICC-01/22": ("state_referral", "2022-03-02"),
}

# person key -> (situation, issued_on, warrant status, warrant status_since, person status)
PERSONS = {
    "vladimir-putin": ("ICC-01/22", "2023-03-17", "at_large", None, "at_large"),
    "maria-lvova-belova": ("ICC-01/22", "2023-03-17", "at_large", None, "at_large"),
    "sergei-kobylash": ("ICC-01/22", "2024-03-05", "at_large", None, "at_large"),
    "viktor-sokolov": ("ICC-01/22", "2024-03-05", "at_large", None, "at_large"),
    "sergei-shoigu": ("ICC-01/22", "2024-06-24", "at_large", None, "at_large"),
    "valery-gerasimov": ("ICC-01/22", "2024-06-24", "at_large", None, "at_large"),
    "benjamin-netanyahu": ("ICC-01/18", "2024-11-21", "at_large", None, "at_large"),
    "yoav-gallant": ("ICC-01/18", "2024-11-21", "at_large", None, "at_large"),
    "mohammed-deif": ("ICC-01/18", "2024-11-21", "withdrawn", "2025-02-26", "proceedings_terminated"),
    "rodrigo-duterte": ("ICC-01/21", "2025-03-07", "in_custody", "2025-03-12", "in_custody"),
    "ronald-dela-rosa": ("ICC-01/21", "2025-11-06", "at_large", None, "at_large"),
    "haibatullah-akhundzada": ("ICC-02/17", "2025-07-08", "at_large", None, "at_large"),
    "abdul-hakim-haqqani": ("ICC-02/17", "2025-07-08", "at_large", None, "at_large"),
}

PERSON_STATUSES = {
    "at_large", "in_custody", "interim_release", "convicted", "acquitted", "charges_withdrawn", "charges_vacated",
    "charges_not_confirmed", "proceedings_terminated", "deceased", "warrant_withdrawn", "released",
}  # fmt: skip


def _row(release: Release, table: str, key: str) -> dict[str, Any]:
    rows = [r for r in release.rows if r.table == table and r.key == key]
    assert rows, f"{table} {key} is not in the release"
    return rows[0].values


def _citations(release: Release, table: str, key: str) -> list[dict[str, Any]]:
    record_id = ref_id(table, key)
    return [r.values for r in release.by_table("citation") if r.values["record_id"] == record_id]


@pytest.mark.parametrize("number", sorted(SITUATIONS))
def test_each_situation_loads_with_its_trigger_date_and_citations(release: Release, number: str) -> None:
    trigger, opened = SITUATIONS[number]
    row = _row(release, "situation", number)
    assert (row["trigger"], row["investigation_opened_on"]) == (trigger, opened)
    cites = _citations(release, "situation", number)
    assert cites and all(c["source_key"] and c["locator"] and c["stated"] for c in cites)
    # The vague "icc-public-record" citations of Palestine and Ukraine were replaced by sources one can open.
    assert "icc-public-record" not in {c["source_key"] for c in cites}


@pytest.mark.parametrize("key", sorted(PERSONS))
def test_each_person_and_warrant_loads_with_citations(release: Release, key: str) -> None:
    situation, issued, status, since, _ = PERSONS[key]
    assert _citations(release, "person", key)
    wkey = f"{key}:arrest_warrant:{issued}"
    warrant = _row(release, "warrant", wkey)
    assert warrant["situation_id"] == ref_id("situation", situation)
    assert (warrant["status"], warrant["status_since"]) == (status, since)
    cites = _citations(release, "warrant", wkey)
    assert cites and all(c["locator"] and c["stated"] for c in cites)
    assert not any(c["source_key"] == "icc-public-record" for c in cites)


def test_every_new_source_has_an_address_a_date_read_and_is_cited() -> None:
    with (REFERENCE_DIR / "sources.toml").open("rb") as fh:
        sources = {s["key"]: s for s in tomllib.load(fh)["source"] if s["key"].startswith("d3-")}
    assert sources
    cited: set[str] = set()
    for name in ("situations.toml", "persons.toml"):
        text = (REFERENCE_DIR / name).read_text(encoding="utf-8")
        cited |= {k for k in sources if f'"{k}"' in text}
    for key, source in sources.items():
        assert source["url"].startswith("http"), key
        assert source["read_on"] == dt.date(2026, 12, 7), key
    assert set(sources) == cited, "a D3 source nobody cites"


@pytest.mark.parametrize("key", sorted(PERSONS))
def test_person_level_status_is_written_with_a_cited_status(release: Release, key: str) -> None:
    """The loader ignores these fields until another engineer's change reads them; they are
    checked here in the file, so the data is right when it does."""
    with (REFERENCE_DIR / "persons.toml").open("rb") as fh:
        person = next(p for p in tomllib.load(fh)["person"] if p["key"] == key)
    assert person["status"] == PERSONS[key][4]
    assert person["status"] in PERSON_STATUSES
    assert isinstance(person["status_since"], dt.date)
    assert isinstance(person["status_as_of"], dt.date)
    assert person["status_since"] <= person["status_as_of"] <= TODAY
    assert person["status_note"].endswith(".")
    assert any(c["field"] == "status" for c in _citations(release, "person", key))


# The obligation rule over the shipped record: (State, person, day, obliged, ground, the fact relied on).
# No situation of region D3 was referred by the Security Council, so no State is bound by a resolution here.
CASES = [
    # Ukraine, ICC-01/22
    ("Netherlands", "Lvova-Belova", "2023-03-16", False, Ground.NO_WARRANT,
     "warrant of 17 March 2023 (press release of 17 March 2023; Babel.ua)"),
    ("Netherlands", "Lvova-Belova", "2023-03-17", True, Ground.STATE_PARTY, "warrant issued that day"),
    ("Ukraine", "Lvova-Belova", "2024-06-01", True, Ground.ARTICLE_12_3,
     "Ukraine's 2015 declaration, situation ICC-01/22 (declarations_12_3.csv)"),
    ("Ukraine", "Lvova-Belova", "2025-06-01", True, Ground.STATE_PARTY, "Statute in force for Ukraine 1 January 2025"),
    ("Russian Federation", "Lvova-Belova", "2025-06-01", False, Ground.NONE, "Russia not a party; no Council referral"),
    ("Mongolia", "Kobylash", "2024-03-04", False, Ground.NO_WARRANT,
     "warrant of 5 March 2024 (press release; French foreign ministry, 7 March 2024)"),
    ("Mongolia", "Sokolov", "2024-09-03", True, Ground.STATE_PARTY, "warrant of 5 March 2024 outstanding"),
    ("Tajikistan", "Shoigu", "2024-06-23", False, Ground.NO_WARRANT,
     "warrant of 24 June 2024, announced 25 June (Rubryka; Moscow Times)"),
    ("Tajikistan", "Shoigu", "2024-06-24", True, Ground.STATE_PARTY, "issued on the Monday, 24 June 2024"),
    ("China", "Gerasimov", "2025-01-01", False, Ground.NONE, "China not a party; situation referred by States"),
    # Palestine, ICC-01/18
    ("Hungary", "Gallant", "2024-11-20", False, Ground.NO_WARRANT, "warrants of 21 November 2024 (TRT World)"),
    ("Hungary", "Gallant", "2025-04-04", True, Ground.STATE_PARTY, "warrant of 21 November 2024 in force"),
    ("Hungary", "Gallant", "2026-07-01", True, Ground.ARTICLE_127_2,
     "withdrawal effective 2 June 2026, investigation opened 3 March 2021 (Wikipedia infobox)"),
    ("Israel", "Gallant", "2025-04-04", False, Ground.NONE, "Israel not a party"),
    ("State of Palestine", "Netanyahu", "2025-12-15", True, Ground.STATE_PARTY,
     "warrant upheld on appeal, December 2025 (ICB News)"),
    ("Netherlands", "Deif", "2025-01-15", True, Ground.STATE_PARTY,
     "warrant of 21 November 2024 not yet withdrawn (Ynetnews; Jerusalem Post)"),
    ("Netherlands", "Deif", "2025-02-26", False, Ground.NO_WARRANT,
     "warrant rendered without effect on 26 February 2025 (Jerusalem Post; LBCI/Reuters)"),
    ("State of Palestine", "Deif", "2025-03-01", False, Ground.NO_WARRANT, "proceedings terminated"),
    # The Philippines, ICC-01/21
    ("Netherlands", "Duterte", "2025-03-06", False, Ground.NO_WARRANT, "warrant of 7 March 2025 (warrant; MindaNews)"),
    ("Netherlands", "Duterte", "2025-03-10", True, Ground.STATE_PARTY, "warrant of 7 March 2025, not yet executed"),
    ("Netherlands", "Duterte", "2025-03-12", False, Ground.NO_WARRANT,
     "surrendered to the Court on 12 March 2025 (Global Bihari, the Court's release)"),
    ("Netherlands", "dela Rosa", "2025-11-05", False, Ground.NO_WARRANT,
     "warrant issued as secret on 6 November 2025 (Manila Bulletin, 12 May 2026)"),
    ("Netherlands", "dela Rosa", "2026-06-01", True, Ground.STATE_PARTY,
     "not surrendered (Manila Bulletin, 13 May 2026)"),
    ("United States", "dela Rosa", "2026-06-01", False, Ground.NONE, "United States not a party"),
    # Afghanistan, ICC-02/17
    ("Afghanistan", "Akhundzada", "2025-07-07", False, Ground.NO_WARRANT,
     "warrants of 8 July 2025 (Nuremberg Academy, 19 August 2025)"),
    ("Afghanistan", "Akhundzada", "2025-08-01", True, Ground.STATE_PARTY,
     "Afghanistan a State Party since 1 May 2003 (party_status.csv)"),
    ("Pakistan", "Haqqani", "2025-08-01", False, Ground.NONE, "Pakistan not a party"),
    ("Germany", "Haqqani", "2025-08-01", True, Ground.STATE_PARTY, "warrant of 8 July 2025 outstanding"),
]  # fmt: skip


@pytest.mark.parametrize(("state", "person", "day", "obliged", "ground", "fact"), CASES)
def test_obligation_towards_the_persons_of_region_d3(
    store: Store, state: str, person: str, day: str, obliged: bool, ground: Ground, fact: str
) -> None:
    s = resolve_state(store, state)
    p = resolve_person(store, person)
    result = arrest_obligation(state_facts(store, s), person_facts(store, p), dt.date.fromisoformat(day), TODAY)
    assert (result.obliged, result.ground) == (obliged, ground), f"{fact}: {result.explanation}"


def test_the_reason_names_the_end_of_the_warrant(store: Store) -> None:
    """No obligation, said with the reason and the date: custody for Duterte, withdrawal for Deif."""
    netherlands = state_facts(store, resolve_state(store, "Netherlands"))
    duterte = person_facts(store, resolve_person(store, "Duterte"))
    said = arrest_obligation(netherlands, duterte, dt.date(2025, 4, 1), TODAY).explanation
    assert "in the Court's custody" in said and "12 March 2025" in said
    deif = person_facts(store, resolve_person(store, "Deif"))
    said = arrest_obligation(netherlands, deif, dt.date(2025, 4, 1), TODAY).explanation
    assert ("withdrawn" in said or "terminated" in said) and "26 February 2025" in said


def test_a_warrant_issued_under_seal_says_so(store: Store) -> None:
    """Dela Rosa's warrant was secret from 6 November 2025; the day it was unsealed was not found."""
    netherlands = state_facts(store, resolve_state(store, "Netherlands"))
    dela_rosa = person_facts(store, resolve_person(store, "Ronald dela Rosa"))
    result = arrest_obligation(netherlands, dela_rosa, dt.date(2025, 12, 1), TODAY)
    assert any("under seal" in render(r) for r in result.reasons_said)
