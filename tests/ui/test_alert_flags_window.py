"""What the window says an alert needs (the dashboard and an alert's detail, `flag_text`), in English
and French: each kind of flag from the one set of templates, the days in the window's locale."""

from __future__ import annotations

import pytest

from ncdesk.store.records import alerts
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store

PUTIN = ref_id("person", "vladimir-putin")

# The store's clock says 23 November 2026 (tests/conftest.py FixedClock).
CASES = [
    (
        "2026-11-10",
        "reported",
        ["the visit dates have passed: record the outcome and close the alert"],
        ["les dates de la visite sont passées\u00a0: consignez l'issue et clôturez l'alerte"],
    ),
    (
        "2026-11-28",
        "verified",
        [
            "verified but not yet shared with the Court (the Assembly asks that it be shared promptly)",
            "the visit is in 5 day(s) and no letter has been sent",
        ],
        [
            "vérifiée mais pas encore communiquée à la Cour (l'Assemblée demande qu'elle le soit sans tarder)",
            "la visite a lieu dans 5 jour(s) et aucune lettre n'a été envoyée",
        ],
    ),
    (
        "2026-12-04",
        "reported",
        ["the visit is in 11 day(s) and the report is not yet verified"],
        ["la visite a lieu dans 11 jour(s) et le signalement n'est pas encore vérifié"],
    ),
]


@pytest.mark.parametrize(("date", "status", "english_words", "french"), CASES)
def test_each_flag_in_the_windows_words(  # type: ignore[no-untyped-def]
    qapp, english, store: Store, date: str, status: str, english_words: list[str], french: list[str]
) -> None:
    from ncdesk.ui.formatting import flag_text
    from ncdesk.ui.i18n import apply_language

    raw = {"person_id": PUTIN, "destinations": [ref_id("state", "MNG")], "date": date, "reliability": "probable",
           "source_description": "press", "received_at": "2026-11-01"}  # fmt: skip
    alert = store.require("travel_alert", alerts.create_alert(store, raw, status=status))
    found = alerts.alert_flags(store, alert, store.today())
    apply_language("en")
    assert [flag_text(f) for f in found] == english_words
    apply_language("fr")
    assert [flag_text(f) for f in found] == french
