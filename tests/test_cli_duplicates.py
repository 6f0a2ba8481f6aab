"""`ncdesk alert add` and `letter add` refuse what is already recorded (issue 24), unless
--allow-duplicate; `ncdesk alert duplicates` lists the pairs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_helpers import run

PUTIN_IN_TAJIKISTAN = ("alert", "add", "--person", "Putin", "--state", "Tajikistan", "--state", "Kyrgyzstan")


def test_alert_add_refuses_a_recorded_visit_naming_it(capsys: pytest.CaptureFixture[str], initialised: Path) -> None:
    code, out, err = run(capsys, *PUTIN_IN_TAJIKISTAN, "--from", "9 October 2025", "--to", "12 October 2025")
    assert code == 2 and out == ""
    assert "already recorded: Vladimir Putin in Tajikistan, 8–10 October 2025, closed (id 0c5e2437)" in err
    assert "--allow-duplicate" in err
    code, out, _ = run(capsys, "alert", "duplicates")
    assert (code, out) == (0, "No two alerts, letters or activities look like one.\n")
    # another destination only, or other days: another visit, logged
    code, _, _ = run(capsys, "alert", "add", "--person", "Putin", "--state", "Kyrgyzstan", "--from", "2025-10-09")
    assert code == 0
    code, _, _ = run(capsys, "alert", "add", "--person", "Putin", "--state", "Tajikistan", "--from", "2025-10-11")
    assert code == 0


def test_allow_duplicate_logs_it_and_the_pair_is_listed(capsys: pytest.CaptureFixture[str], initialised: Path) -> None:
    code, out, _ = run(capsys, *PUTIN_IN_TAJIKISTAN, "--from", "2025-10-09", "--allow-duplicate", "--json")
    assert code == 0
    added = json.loads(out)["id"]
    code, out, _ = run(capsys, "alert", "duplicates")
    assert code == 0
    assert out.splitlines() == [
        "travel alert: 8–10 October 2025",
        "  0c5e2437  Vladimir Putin in Tajikistan, 8–10 October 2025 — closed",
        f"  {added[:8]}  Vladimir Vladimirovich Putin to Tajikistan, Kyrgyzstan, 9 October 2025 — reported",
    ]
    code, out, _ = run(capsys, "alert", "duplicates", "--json")
    (pair,) = json.loads(out)
    assert pair["kind"] == "travel_alert"
    assert (pair["first"]["title"], pair["first"]["status"], pair["second"]["id"]) == (
        "Vladimir Putin in Tajikistan",
        "closed",
        added,
    )
    assert pair["first"]["origin"] is None and pair["second"]["origin"] is None  # both recorded here


def test_letter_add_refuses_a_recorded_letter_unless_allowed(
    capsys: pytest.CaptureFixture[str], initialised: Path
) -> None:
    letter = ("letter", "add", "--state", "Tajikistan", "--date", "7 October 2025")
    to = ("--to-office", "minister of foreign affairs of the Republic of Tajikistan")
    code, out, err = run(capsys, *letter, *to)
    assert code == 2 and out == ""
    assert "already recorded: Minister of Foreign Affairs of the Republic of Tajikistan, Tajikistan, 2025-10-07" in err
    code, _, _ = run(capsys, *letter, "--to-office", "Prime Minister")  # another addressee: another letter
    assert code == 0
    code, _, _ = run(capsys, *letter, *to, "--allow-duplicate")
    assert code == 0
    code, out, _ = run(capsys, "alert", "duplicates", "--json")
    assert [p["kind"] for p in json.loads(out)] == ["letter"]
