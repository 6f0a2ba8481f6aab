"""Alert flags are data (kind, days, the alert's status), worded where they are shown from one set
of templates (`FLAG_WORDS`): in English, the same sentences as ever."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from ncdesk.core.alerts import AlertFacts, Flag, FlagKind, flag_words, flags
from ncdesk.core.model import AlertStatus
from ncdesk.io.translations import translate

TODAY = dt.date(2026, 11, 23)
IN_5_DAYS = TODAY + dt.timedelta(days=5)


def facts(status: AlertStatus, start: dt.date, *, letter: bool = False, shared: bool = False) -> AlertFacts:
    return AlertFacts(status, start, None, has_letter=letter, shared_with_court=shared)


CASES = [
    (
        facts(AlertStatus.REPORTED, TODAY - dt.timedelta(days=3)),
        [Flag(FlagKind.VISIT_PASSED_OPEN, True, AlertStatus.REPORTED)],
        ["the visit dates have passed: record the outcome and close the alert"],
    ),
    (
        facts(AlertStatus.VERIFIED, IN_5_DAYS),
        [
            Flag(FlagKind.NOT_SHARED, True, AlertStatus.VERIFIED),
            Flag(FlagKind.VERIFIED_NO_LETTER, True, AlertStatus.VERIFIED, 5),
        ],
        [
            "verified but not yet shared with the Court (the Assembly asks that it be shared promptly)",
            "the visit is in 5 day(s) and no letter has been sent",
        ],
    ),
    (
        facts(AlertStatus.REPORTED, TODAY),
        [Flag(FlagKind.UNVERIFIED_CLOSE, False, AlertStatus.REPORTED, 0)],
        ["the visit is in 0 day(s) and the report is not yet verified"],
    ),
]


@pytest.mark.parametrize(("alert", "expected", "english"), CASES)
def test_each_flag_as_data_and_in_english(alert: AlertFacts, expected: list[Flag], english: list[str]) -> None:
    found = flags(alert, TODAY)
    assert found == expected
    assert [flag_words(f) for f in found] == english


def test_every_kind_has_its_words() -> None:
    assert {f.kind for _, flagged, _ in CASES for f in flagged} == set(FlagKind)


def test_the_flags_in_french_from_the_translations() -> None:
    french = functools.partial(translate, lang="fr")
    said = [flag_words(f, french) for _, flagged, _ in CASES for f in flagged]
    assert said == [
        "les dates de la visite sont passées\u00a0: consignez l'issue et clôturez l'alerte",
        "vérifiée mais pas encore communiquée à la Cour (l'Assemblée demande qu'elle le soit sans tarder)",
        "la visite a lieu dans 5 jour(s) et aucune lettre n'a été envoyée",
        "la visite a lieu dans 0 jour(s) et le signalement n'est pas encore vérifié",
    ]


def test_the_days_are_written_by_the_place_that_shows_them() -> None:
    flag = Flag(FlagKind.VERIFIED_NO_LETTER, True, AlertStatus.VERIFIED, 12)
    assert flag_words(flag, number=lambda n: f"<{n}>") == "the visit is in <12> day(s) and no letter has been sent"
    assert flag.code == "verified_no_letter"
