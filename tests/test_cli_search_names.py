"""Search speaks the delegate's language (issue 20): `ncdesk search` names a finding by its ICC
number, date and State and a person by name and status, never by an id; a misspelt name finds
the person, on the command line and in the store's search the window uses."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests.cli_helpers import run
from tests.conftest import FixedClock

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
NETANYAHU = ref_id("person", "benjamin-netanyahu")
BASHIR = ref_id("person", "omar-al-bashir")


@pytest.fixture
def folder(initialised: Path, clock: FixedClock) -> Path:
    """The shipped record, with the statuses the tests name (test data, not the release's)."""
    s = Store.open(initialised, clock=clock)
    try:
        none = {"status": None, "status_since": None, "status_as_of": None}
        at_large = {**none, "status": "at_large", "status_as_of": "2026-12-01"}
        s.update("person", ref_id("person", "maria-lvova-belova"), at_large)
        s.update("person", NETANYAHU, at_large)
        s.update(
            "person", ref_id("person", "ali-kushayb"), {**none, "status": "in_custody", "status_since": "2020-06-09"}
        )
        s.update("person", BASHIR, none)
    finally:
        s.close()
    return initialised


def test_a_finding_is_named_by_its_number_date_and_state(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(capsys, "search", "Jordan", "non-compliance")
    assert code == 0
    assert (
        "  ICC-02/05-01/09-309-ENG, 11 December 2017, Jordan: Decision under article 87(7) of the Rome Statute on "
        "the non-compliance by Jordan" in out
    )
    assert not UUID.search(out)


def test_a_person_is_named_with_their_status(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(capsys, "search", "Kushayb")
    assert code == 0
    assert "  Ali Muhammad Ali Abd-Al-Rahman (In the Court's custody since 9 June 2020)" in out.splitlines()
    code, out, _ = run(capsys, "search", "Netanyahu", "--json")
    persons = next(g for g in json.loads(out)["groups"] if g["kind"] == "person")["results"]
    assert persons[0]["name"] == "Benjamin Netanyahu (At large, as of 1 December 2026)"
    assert persons[0]["id"] == NETANYAHU  # the id stays in the JSON, for programs


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("Netanjahu", "Benjamin Netanyahu (At large, as of 1 December 2026)"),
        ("Benjamin Netanjahu", "Benjamin Netanyahu (At large, as of 1 December 2026)"),
        ("Lvova Belova", "Maria Alekseyevna Lvova-Belova (At large, as of 1 December 2026)"),
        ("Lvova Bellova", "Maria Alekseyevna Lvova-Belova (At large, as of 1 December 2026)"),
        ("LvovaBelova", "Maria Alekseyevna Lvova-Belova (At large, as of 1 December 2026)"),
        ("Al-Bashir", "Omar Hassan Ahmad Al Bashir"),
        ("Bashir Omar", "Omar Hassan Ahmad Al Bashir"),
        ("Omar al Bachir", "Omar Hassan Ahmad Al Bashir"),
        ("Kushaib", "Ali Muhammad Ali Abd-Al-Rahman (In the Court's custody since 9 June 2020)"),
    ],
)
def test_a_misspelt_name_finds_the_person(
    capsys: pytest.CaptureFixture[str], folder: Path, typed: str, found: str
) -> None:
    code, out, _ = run(capsys, "search", *typed.split())
    assert code == 0
    lines = out.splitlines()
    assert "Persons" in "\n".join(lines)
    assert f"  {found}" in lines, out


def test_a_name_nobody_bears_finds_no_one(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    for typed in ("Netherfield", "Zzyzx"):
        code, out, _ = run(capsys, "search", typed)
        assert code == 0
        assert "Persons" not in out, out


def test_the_store_search_finds_a_misspelt_name_and_sees_a_rename(store: Store) -> None:
    """What the window's search box asks: the misspelt name, then a new spelling once it is saved."""
    found = store.search("Netanjahu", snippets=False)
    assert [(r["kind"], r["record_id"]) for r in found] == [("person", NETANYAHU)]
    assert store.search("Bashir Omar", kinds=("person",))[0]["record_id"] == BASHIR
    store.update("person", NETANYAHU, {"aliases": ["Bibi"]})
    store.update("person", NETANYAHU, {"name": "Binyamin Netanyahou"})
    assert [r["record_id"] for r in store.search("Netanyahow", snippets=False)] == [NETANYAHU]
    assert store.search("Netanjahu", kinds=("finding",)) == []  # a kind without names: no guessing
