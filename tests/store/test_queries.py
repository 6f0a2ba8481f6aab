"""Finding States and persons by what was typed; the obligation rule over the real record."""

import datetime as dt

import pytest

from ncdesk.core.obligation import Ground, arrest_obligation
from ncdesk.store.records.queries import LookupProblem, person_facts, resolve_person, resolve_state, state_facts
from ncdesk.store.store import Store


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Hungary", "HUN"), ("hun", "HUN"), ("HU", "HUN"), ("cote d'ivoire", "CIV"), ("Ivory Coast", "CIV"),
        ("CÔTE D’IVOIRE", "CIV"), ("Türkiye", "TUR"), ("turkey", "TUR"), ("Democratic Republic of the Congo", "COD"),
        ("DRC", "COD"), ("Congo", "COG"), ("Russia", "RUS"), ("State of Palestine", "PSE"), ("Palestine", "PSE"),
        ("United Kingdom", "GBR"), ("the Sudan", "SDN"), ("Republic of Chad", "TCD"), ("Tajik", None),
    ],
)  # fmt: skip
def test_resolve_state(store: Store, text: str, iso3: str | None) -> None:
    if iso3 is None:
        with pytest.raises(LookupProblem):
            resolve_state(store, text)
    else:
        assert resolve_state(store, text)["iso3"] == iso3


def test_unknown_and_ambiguous_names_suggest(store: Store) -> None:
    with pytest.raises(LookupProblem, match="closest: Hungary") as info:
        resolve_state(store, "Hungry")
    assert info.value.suggestions[0] == "Hungary"
    with pytest.raises(LookupProblem, match="several States"):
        resolve_state(store, "Korea")
    with pytest.raises(LookupProblem, match="closest: Benjamin Netanyahu"):
        resolve_person(store, "Netanyau")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Netanyahu", "Benjamin Netanyahu"), ("putin", "Vladimir Vladimirovich Putin"),
        ("Bashir", "Omar Hassan Ahmad Al Bashir"), ("omar al-bashir", "Omar Hassan Ahmad Al Bashir"),
        ("Kushayb", "Ali Muhammad Ali Abd-Al-Rahman"), ("njeem", "Osama Elmasry Njeem"),
    ],
)  # fmt: skip
def test_resolve_person(store: Store, text: str, name: str) -> None:
    assert resolve_person(store, text)["name"] == name


# DOMAIN.md's examples and dated party status, over the shipped reference data.
CASES = [
    ("Hungary", "Netanyahu", "2025-04-04", True, Ground.STATE_PARTY),  # the visit of 3–6 April 2025
    ("Hungary", "Netanyahu", "2026-07-01", True, Ground.ARTICLE_127_2),  # after the withdrawal took effect
    ("Tajikistan", "Putin", "2025-10-09", True, Ground.STATE_PARTY),
    ("Mongolia", "Putin", "2024-09-03", True, Ground.STATE_PARTY),
    ("Jordan", "Bashir", "2017-03-29", True, Ground.STATE_PARTY),
    ("Chad", "Bashir", "2010-07-22", True, Ground.STATE_PARTY),
    ("Kenya", "Bashir", "2010-08-27", True, Ground.STATE_PARTY),
    ("Italy", "Njeem", "2025-01-19", True, Ground.STATE_PARTY),
    ("Sudan", "Bashir", "2015-06-15", True, Ground.SECURITY_COUNCIL),  # S/RES/1593 (2005)
    ("Libya", "Saif Al-Islam Gaddafi", "2014-12-10", True, Ground.SECURITY_COUNCIL),  # S/RES/1970 (2011)
    ("Sudan", "Putin", "2024-06-01", False, Ground.NONE),  # the Council binds Sudan for Darfur only
    ("Libya", "Bashir", "2015-06-15", False, Ground.URGED),  # Libya is not bound for Darfur
    ("United States", "Bashir", "2015-06-15", False, Ground.URGED),
    ("Israel", "Netanyahu", "2025-04-04", False, Ground.NONE),
    ("Russian Federation", "Putin", "2025-04-04", False, Ground.NONE),
    ("Ukraine", "Putin", "2024-06-01", True, Ground.ARTICLE_12_3),  # before ratification, by its declaration
    ("Ukraine", "Putin", "2025-01-01", True, Ground.STATE_PARTY),  # entry into force
    ("Armenia", "Putin", "2023-12-01", False, Ground.NONE),  # ratified 14 November 2023, in force 1 February 2024
    ("Armenia", "Putin", "2024-02-01", True, Ground.STATE_PARTY),
    ("Burundi", "Putin", "2024-01-01", False, Ground.NONE),  # withdrawal effective 27 October 2017
    ("Philippines", "Putin", "2024-01-01", False, Ground.NONE),  # withdrawal effective 17 March 2019
    ("Philippines", "Putin", "2019-03-16", False, Ground.NO_WARRANT),  # no warrant yet
    ("Malaysia", "Putin", "2024-01-01", False, Ground.NONE),  # accession withdrawn before entry into force
    ("South Africa", "Bashir", "2017-06-01", True, Ground.STATE_PARTY),  # withdrawal notice revoked
    ("Sudan", "Kushayb", "2021-01-01", False, Ground.NO_WARRANT),  # in the Court's custody since 9 June 2020
    ("Kenya", "Kenyatta", "2013-01-01", False, Ground.NO_WARRANT),  # a summons, not a warrant
    ("Kenya", "Bashir", "2009-03-03", False, Ground.NO_WARRANT),  # the day before the first warrant
    ("State of Palestine", "Netanyahu", "2025-01-01", True, Ground.STATE_PARTY),
]


@pytest.mark.parametrize(("state", "person", "day", "obliged", "ground"), CASES)
def test_obligation_over_the_record(store: Store, state, person, day, obliged, ground) -> None:
    s = resolve_state(store, state)
    p = resolve_person(store, person)
    result = arrest_obligation(state_facts(store, s), person_facts(store, p), dt.date.fromisoformat(day))
    assert (result.obliged, result.ground) == (obliged, ground), result.explanation


def test_the_names_kept_between_lookups_follow_every_change(store: Store) -> None:
    from ncdesk.store.records.queries import Resolver

    hungary = resolve_state(store, "Hungary")
    # The test clock does not move: the change is seen by its content, not by its timestamp.
    store.update("state", hungary["id"], {"aliases": ["Magyarország"]})
    assert resolve_state(store, "magyarorszag")["id"] == hungary["id"]
    with pytest.raises(ZeroDivisionError), store.db.atomic():
        new = store.insert("person", {"name": "Jane Roe"})
        assert Resolver(store).resolve("person", "Jane Roe")["id"] == new
        raise ZeroDivisionError  # roll back
    with pytest.raises(LookupProblem):
        Resolver(store).resolve("person", "Jane Roe")
