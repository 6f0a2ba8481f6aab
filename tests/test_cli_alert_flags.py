"""What the command line says an alert needs (`ncdesk alert show`), in English and French: each kind
of flag from the one set of templates, the days counted by the store's clock (injected)."""

from __future__ import annotations

import json

import pytest

from ncdesk.cli.alerts import _print_alert
from ncdesk.store.records import alerts
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store

PUTIN = ref_id("person", "vladimir-putin")


def new_alert(store: Store, date: str, status: str) -> str:
    raw = {"person_id": PUTIN, "destinations": [ref_id("state", "MNG")], "date": date, "reliability": "probable",
           "source_description": "press", "received_at": "2026-11-01"}  # fmt: skip
    return alerts.create_alert(store, raw, status=status)


def flag_lines(capsys: pytest.CaptureFixture[str], store: Store, aid: str, lang: str) -> list[str]:
    assert _print_alert(store, aid, False, lang=lang) == 0
    out = capsys.readouterr().out
    return [line for line in out.splitlines() if line.startswith(("  ! ", "  - "))]


# The store's clock says 23 November 2026 (tests/conftest.py FixedClock).
CASES = [
    (
        "2026-11-10",
        "reported",
        ["  ! the visit dates have passed: record the outcome and close the alert"],
        ["  ! les dates de la visite sont passées\u00a0: consignez l'issue et clôturez l'alerte"],
    ),
    (
        "2026-11-28",
        "verified",
        [
            "  ! verified but not yet shared with the Court (the Assembly asks that it be shared promptly)",
            "  ! the visit is in 5 day(s) and no letter has been sent",
        ],
        [
            "  ! vérifiée mais pas encore communiquée à la Cour (l'Assemblée demande qu'elle le soit sans tarder)",
            "  ! la visite a lieu dans 5 jour(s) et aucune lettre n'a été envoyée",
        ],
    ),
    (
        "2026-12-04",
        "reported",
        ["  - the visit is in 11 day(s) and the report is not yet verified"],
        ["  - la visite a lieu dans 11 jour(s) et le signalement n'est pas encore vérifié"],
    ),
]


@pytest.mark.parametrize(("date", "status", "english", "french"), CASES)
def test_each_flag_in_english_and_french(  # type: ignore[no-untyped-def]
    capsys, store: Store, date: str, status: str, english: list[str], french: list[str]
) -> None:
    aid = new_alert(store, date, status)
    assert flag_lines(capsys, store, aid, "en") == english
    assert flag_lines(capsys, store, aid, "fr") == french
    assert _print_alert(store, aid, True) == 0  # the JSON keeps each flag's code and English sentence
    shown = json.loads(capsys.readouterr().out)["flags"]
    assert [f["message"] for f in shown] == [line[4:] for line in english]
    assert [f["urgent"] for f in shown] == [line.startswith("  !") for line in english]
