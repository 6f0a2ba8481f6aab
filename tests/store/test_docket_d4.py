"""Region D4 of the docket (issue 20): the audit's findings mended, and the party-status record.

Each test names the fact it relies on and where it comes from. The seed documents are the
sources of the audit (shared/seeds/, outside the repository): where they are present the quotes
are checked against them word for word; the other tests hold without them.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest

from ncdesk.io.briefing.notes import build_note
from ncdesk.store.detail import Ref, detail
from ncdesk.store.reference import Release, ref_id
from ncdesk.store.store import Store

SEEDS = Path(os.environ.get("NCDESK_SEEDS", "/work/shared/seeds"))
TODAY = dt.date(2026, 12, 7)
SEED_OF_SOURCE = {"bureau-report-2025": "001_*.txt", "asp-noncoop-page": "000_*.txt"}


def _norm(text: str) -> str:
    """The words as printed: footnote superscripts, italics and underline markup, and typographic
    quotes are how the copy renders the page, not words of the source."""
    text = re.sub(r"[\u00b9\u00b2\u00b3\u2070-\u2079]+|</?u>|\*", "", text)
    text = text.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}))
    return re.sub(r"\s+", " ", text).strip()


def _seed_citations(release: Release) -> list[tuple[str, str, str]]:
    return [
        (r.values["source_key"], r.values["locator"], r.values["stated"])
        for r in release.by_table("citation")
        if r.values["source_key"] in SEED_OF_SOURCE
    ]


def test_every_quote_of_a_seed_is_its_words(release: Release) -> None:
    """The audit found 21 citations whose `says` added footnote numbers, file names or a date from
    another column: each fragment (between " … ") must be found as printed in the seed."""
    texts = {}
    for key, pattern in SEED_OF_SOURCE.items():
        found = sorted(SEEDS.glob(pattern))
        if not found:
            pytest.skip(f"the seed documents are not at {SEEDS} (set NCDESK_SEEDS)")
        texts[key] = _norm(found[0].read_text(encoding="utf-8"))
    wrong = []
    for src, at, says in _seed_citations(release):
        for fragment in (f for f in (_norm(x) for x in says.split("…")) if f):
            if fragment not in texts[src]:
                wrong.append((src, at, fragment))
    assert wrong == []
    assert len(_seed_citations(release)) >= 150


def test_no_quote_of_the_report_carries_its_footnote(release: Release) -> None:
    """Without the seeds: a footnote's document number or file name belongs in the locator, not in
    the words of a paragraph (the report prints "on 24 October 2024²³": the number is a footnote's).
    A quote of the footnote itself keeps what the footnote prints."""
    added = re.compile(r"\((ICC-|S/RES/)[^)]*\)\W*$|\.pdf|Agenda-Decisions")
    wrong = [
        (at, says)
        for src, at, says in _seed_citations(release)
        if src == "bureau-report-2025" and at.startswith("para") and added.search(says)
    ]
    assert wrong == []


def test_mongolias_request_113_concerns_the_disqualification_decision_111(release: Release) -> None:
    """Seed 001 para. 20 and fn. 25: ICC-01/22-113 is the request for partial reconsideration of the
    decision on the disqualification of Judges, which fn. 25 numbers ICC-01/22-111 (not the finding
    ICC-01/22-90)."""
    links = [
        r.values
        for r in release.by_table("link")
        if r.values["src_kind"] == "finding" and r.values["src_id"] == ref_id("finding", "ICC-01/22-113")
    ]
    assert [(lk["relation"], lk["dst_id"]) for lk in links] == [("request_about", ref_id("finding", "ICC-01/22-111"))]


def test_putin_in_mongolia_is_dated_as_its_citation_says(release: Release) -> None:
    """The alert's own citation (finding ICC-01/22-90) says "2–3 September 2024": the date says so,
    not "early September 2024"."""
    alert = next(r for r in release.by_table("travel_alert") if r.key == "putin-mongolia-2024").values
    assert (alert["date_text"], alert["date_from"], alert["date_to"], alert["date_precision"]) == (
        "2–3 September 2024",
        "2024-09-02",
        "2024-09-03",
        "range",
    )


def test_tajikistan_activation_has_no_day_the_report_does_not_give(release: Release) -> None:
    """Seed 001 para. 38 says the focal points were activated for the visit of 8 to 10 October,
    without a day: no step of the alert carries an invented day; the activation is recorded to the
    month."""
    alert_id = ref_id("travel_alert", "putin-tajikistan-2025")
    steps = [r.values for r in release.by_table("alert_step") if r.values["alert_id"] == alert_id]
    assert "focal_points_activated" not in {s["step"] for s in steps}
    activity = next(r for r in release.by_table("activity") if r.key == "focal-points-activated-tajikistan-2025")
    assert (activity.values["date_text"], activity.values["date_precision"]) == ("October 2025", "month")


# --- the party-status record: an unchecked date is shown as such ------------------------------


def _event(release: Release, iso3: str, event: str) -> dict[str, object]:
    state_id = ref_id("state", iso3)
    return next(
        r.values
        for r in release.by_table("party_event")
        if r.values["state_id"] == state_id and r.values["event"] == event
    )


@pytest.mark.parametrize(
    ("iso3", "event", "verified"),
    [
        ("BOL", "ratification", 0),  # party_status.csv: "UNVERIFIED: date from compiler's recollection"
        ("BOL", "entry_into_force", 0),  # computed from that deposit, "itself is UNVERIFIED"
        ("CYP", "ratification", 0),
        ("ALB", "signature", 1),  # read in the reproduction of the UNTC record (rows Afghanistan-Benin)
        ("AFG", "accession", 1),
    ],
)
def test_the_release_marks_what_was_not_checked(release: Release, iso3: str, event: str, verified: int) -> None:
    assert _event(release, iso3, event)["verified"] == verified


def test_the_state_detail_marks_an_unverified_date(store: Store) -> None:
    marked = {r.text: r.unverified for r in _party_events(store, "BOL")}
    assert marked["ratification"] is True
    assert not any(r.unverified for r in _party_events(store, "ALB"))


def _party_events(store: Store, iso3: str) -> list[Ref]:
    found = detail(store, "state", ref_id("state", iso3))
    assert found is not None
    return next(s for s in found.sections if s.key == "party_events").items


def test_the_briefing_note_says_unverified(store: Store) -> None:
    """Bolivia's deposit of 27 June 2002 rests on the compiler's recollection: the note says so;
    Albania's dates were read in the record and carry no such words."""
    bolivia = _note_text(build_note(store, "state", ref_id("state", "BOL"), TODAY))
    assert "27 June 2002 (unverified)" in bolivia
    albania = _note_text(build_note(store, "state", ref_id("state", "ALB"), TODAY))
    assert "31 January 2003" in albania and "(unverified)" not in albania


def _note_text(doc: object) -> str:
    words = []
    for block in getattr(doc, "blocks", []):
        words += [r.text for r in getattr(block, "runs", [])]
        for row in getattr(block, "rows", []):
            for cell in row if isinstance(row, list) else [row[1]]:
                words += [r.text for r in cell]
    return " ".join(words)
