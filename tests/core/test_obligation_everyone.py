"""The rule works for everyone (issue 20): a State's obligation towards any person of any situation
on any day, judged from the records of a temporary store holding synthetic States, situations and
persons (none of the seeds'). Each row names the fact and the rule it relies on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ncdesk.core.obligation import Ground, arrest_obligation
from ncdesk.store.records.queries import person_facts, state_facts
from ncdesk.store.store import Store
from tests.cli_helpers import run
from tests.conftest import FixedClock

D = dt.date
TODAY = D(2026, 12, 1)  # the tenses are judged against this day, never the real one


def _build(s: Store) -> dict[str, str]:
    """Q-codes (ISO 3166 leaves them to users) so that no real State is mistaken for these."""
    ids: dict[str, str] = {}

    def state(key: str, name: str, *events: tuple[str, str]) -> None:
        ids[key] = s.insert("state", {"iso3": key, "name": name})
        for event, day in events:
            s.insert("party_event", {"state_id": ids[key], "event": event, "date": day})

    state("QPA", "Partyland", ("ratification", "2000-05-01"), ("entry_into_force", "2002-07-01"))
    state(
        "QLV",
        "Leaverland",
        ("ratification", "2004-09-21"),
        ("entry_into_force", "2004-12-01"),
        ("withdrawal_notified", "2016-10-27"),
        ("withdrawal_effective", "2017-10-27"),
    )
    state("QBN", "Boundland")
    state("QDC", "Declarantia")
    state("QST", "Strangeland", ("signature", "2000-12-31"))

    def situation(key: str, name: str, trigger: str, opened: str, **more: Any) -> None:
        ids[key] = s.insert(
            "situation",
            {"icc_number": key, "name": name, "trigger": trigger, "investigation_opened_on": opened, **more},
        )

    situation(
        "ICC-09/01",
        "Councilia",
        "security_council",
        "2011-03-03",
        sc_resolution="S/RES/2999 (2011)",
        sc_resolution_date="2011-02-26",
    )
    situation("ICC-09/02", "Referland", "state_referral", "2012-01-16", referred_by="Referland")
    situation("ICC-09/03", "Motuland", "proprio_motu", "2015-03-01")
    s.insert(
        "situation_bound_state",
        {"situation_id": ids["ICC-09/01"], "state_id": ids["QBN"], "basis": "S/RES/2999 (2011), para. 5"},
    )
    s.insert(
        "jurisdiction_declaration",
        {"state_id": ids["QDC"], "situation_id": ids["ICC-09/03"], "lodged_on": "2014-04-17", "accepted": 1},
    )

    def person(key: str, name: str, warrants: list[dict[str, Any]], **status: Any) -> None:
        ids[key] = s.insert("person", {"name": name, **status})
        for w in warrants:
            situation_id = ids[w.pop("situation")]
            s.insert(
                "warrant",
                {"person_id": ids[key], "situation_id": situation_id, "kind": "arrest_warrant", "status": "at_large"}
                | w,
            )

    # Two warrants (the second adds charges), at large as last checked.
    person(
        "amara",
        "Amara Kestrel",
        [{"situation": "ICC-09/02", "issued_on": "2012-05-01"}, {"situation": "ICC-09/02", "issued_on": "2014-07-10"}],
        status="at_large",
        status_as_of="2026-12-01",
    )
    person("boris", "Boris Tenn", [{"situation": "ICC-09/01", "issued_on": "2011-06-27"}], status="deceased",
           status_since="2020-08-15", status_as_of="2026-12-01")  # fmt: skip
    person("celine", "Celine Ortu", [{"situation": "ICC-09/02", "issued_on": "2013-03-08", "kind": "summons",
                                     "status": "summons"}])  # fmt: skip
    person("dario", "Dario Velk", [{"situation": "ICC-09/03", "issued_on": "2016-02-01", "sealed": 1,
                                   "unsealed_on": "2018-05-05"}],
           status="in_custody", status_since="2022-01-10")  # fmt: skip
    person("emil", "Emil Sarr", [{"situation": "ICC-09/02", "issued_on": "2013-01-01"}],
           status="warrant_withdrawn", status_since="2019-04-01")  # fmt: skip
    person("farid", "Farid Olo", [{"situation": "ICC-09/03", "issued_on": "2017-01-01"}])
    person("gina", "Gina Holt", [{"situation": "ICC-09/02", "issued_on": "2013-02-02"}], status="deceased",
           status_as_of="2024-05-01")  # fmt: skip
    return ids


@pytest.fixture
def docket(empty_store: Store) -> Iterator[tuple[Store, dict[str, str]]]:
    yield empty_store, _build(empty_store)


ROWS = [
    # (State, person, day, obliged, ground, words of the explanation, the fact and rule relied on)
    ("QPA", "amara", "2012-04-30", False, Ground.NO_WARRANT, "had not yet been issued",
     "first warrant issued 1 May 2012: nothing to execute before"),
    ("QPA", "amara", "2013-01-01", True, Ground.STATE_PARTY, "Rome Statute, articles 86 and 89(1)",
     "a State Party since 1 July 2002, in a situation with no Council referral (art. 86, 89(1))"),
    ("QPA", "amara", "2015-01-01", True, Ground.STATE_PARTY, "issued on 10 July 2014",
     "two warrants: both outstanding, both named"),
    ("QST", "amara", "2015-01-01", False, Ground.NONE, "has no obligation to cooperate in Referland",
     "a signatory only, no Council referral: no obligation, not even an urging"),
    ("QBN", "amara", "2015-01-01", False, Ground.NONE, "has no obligation",
     "bound by the Council for Councilia only, not for Referland"),
    ("QBN", "boris", "2015-01-01", True, Ground.SECURITY_COUNCIL, "S/RES/2999 (2011), para. 5",
     "bound by the Council's resolution for that situation"),
    ("QST", "boris", "2015-01-01", False, Ground.URGED, "only urged to cooperate by S/RES/2999 (2011)",
     "a Council referral urges the States it does not bind"),
    ("QPA", "boris", "2020-08-14", True, Ground.STATE_PARTY, "outstanding", "the day before he died"),
    ("QBN", "boris", "2020-08-15", False, Ground.NO_WARRANT, "Boris Tenn died on 15 August 2020",
     "deceased since 15 August 2020: no longer sought"),
    ("QPA", "celine", "2014-01-01", False, Ground.NO_WARRANT, "must nonetheless cooperate with the Court",
     "a summons to appear: no arrest, but Part 9 cooperation (art. 86)"),
    ("QST", "celine", "2014-01-01", False, Ground.NO_WARRANT, "summons to appear, not an arrest warrant",
     "a summons, and no obligation to cooperate at all"),
    ("QPA", "celine", "2013-01-01", False, Ground.NO_WARRANT, "The summons of 8 March 2013 had not yet been issued",
     "before the summons"),
    ("QDC", "dario", "2017-01-01", True, Ground.ARTICLE_12_3, "under seal on that day",
     "article 12(3) declaration of 17 April 2014 for Motuland; warrant sealed until 5 May 2018"),
    ("QDC", "dario", "2019-01-01", True, Ground.ARTICLE_12_3, "declaration lodged on 17 April 2014",
     "the warrant unsealed on 5 May 2018"),
    ("QDC", "dario", "2022-01-10", False, Ground.NO_WARRANT, "in the Court's custody since 10 January 2022",
     "in custody since 10 January 2022: no one to arrest"),
    ("QPA", "emil", "2019-03-31", True, Ground.STATE_PARTY, "outstanding", "the day before the withdrawal"),
    ("QPA", "emil", "2019-04-01", False, Ground.NO_WARRANT, "The warrant for Emil Sarr was withdrawn on 1 April 2019",
     "warrant withdrawn on 1 April 2019"),
    ("QLV", "farid", "2017-06-01", True, Ground.STATE_PARTY, "notified its withdrawal on 27 October 2016",
     "a withdrawal takes effect a year after notice (art. 127(1)); bound until then"),
    ("QLV", "farid", "2020-01-01", True, Ground.ARTICLE_127_2, "before the withdrawal took effect",
     "Motuland opened 1 March 2015, before 27 October 2017 (art. 127(2))"),
    ("QLV", "amara", "2020-01-01", True, Ground.ARTICLE_127_2, "The proceedings in Referland began on 16 January 2012",
     "Referland opened 16 January 2012, before the withdrawal took effect (art. 127(2))"),
    ("QPA", "gina", "2023-01-01", True, Ground.STATE_PARTY, "outstanding",
     "deceased as of 1 May 2024, day of death not recorded: before that day, the warrant decides"),
    ("QPA", "gina", "2024-06-01", False, Ground.NO_WARRANT, "the day it began is not recorded",
     "recorded as deceased as of 1 May 2024"),
    ("QPA", "amara", "2027-03-01", True, Ground.STATE_PARTY, "last recorded as at large on 1 December 2026",
     "a day after the status was last checked: said so"),
]  # fmt: skip


@pytest.mark.parametrize(("state", "person", "day", "obliged", "ground", "words", "relies_on"), ROWS)
def test_the_obligation_towards_anyone(
    docket: tuple[Store, dict[str, str]],
    state: str,
    person: str,
    day: str,
    obliged: bool,
    ground: Ground,
    words: str,
    relies_on: str,
) -> None:
    store, ids = docket
    facts = state_facts(store, store.require("state", ids[state]))
    who = person_facts(store, store.require("person", ids[person]))
    result = arrest_obligation(facts, who, D.fromisoformat(day), TODAY)
    assert (result.obliged, result.ground) == (obliged, ground), relies_on
    assert words in result.explanation, (relies_on, result.explanation)
    verdict = result.explanation.split(". ")[0]
    assert ("obliged to arrest" in verdict and "not obliged" not in verdict) is obliged, result.explanation


def test_no_longer_sought_says_why_and_since_when(docket: tuple[Store, dict[str, str]]) -> None:
    store, ids = docket
    facts = state_facts(store, store.require("state", ids["QPA"]))
    result = arrest_obligation(facts, person_facts(store, store.require("person", ids["dario"])), D(2023, 1, 1), TODAY)
    assert result.explanation == (
        "Partyland was not obliged to arrest and surrender Dario Velk on 1 January 2023: no longer sought. "
        "Dario Velk has been in the Court's custody since 10 January 2022."
    )


def test_the_command_line_answers_for_a_person_beyond_the_seeds(
    capsys: pytest.CaptureFixture[str], data_dir: Path, clock: FixedClock
) -> None:
    s = Store.open(data_dir, clock=clock, load_reference=False)
    try:
        _build(s)
    finally:
        s.close()
    code, out, _ = run(capsys, "obligation", "--state", "Boundland", "--person", "Boris Tenn", "--date", "2015-01-01")
    assert code == 0
    assert out.splitlines()[1] == "OBLIGED to arrest and surrender (S/RES/2999 (2011), para. 5)"
    code, out, _ = run(capsys, "obligation", "--state", "Boundland", "--person", "Boris Tenn", "--date", "2021-01-01")
    assert code == 0
    assert "Boris Tenn died on 15 August 2020." in out
