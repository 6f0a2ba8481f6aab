"""Deadlines from the command line (issue 21): `ncdesk deadline add` on an alert, a finding or a
State, `ncdesk deadline list`, and each kind of bad input refused with exit 2, nothing written."""

import json
from pathlib import Path

import pytest

from tests.cli_helpers import content_digest, run

HUNGARY_FINDING = "ICC-01/18-462"


def test_a_deadline_on_a_finding_takes_its_state(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "deadline", "add", "--finding", HUNGARY_FINDING, "--due", "31 March 2090",
                         "--description", "Report on the measures taken", "--json")  # fmt: skip
    assert code == 0, err
    saved = json.loads(out)
    assert (saved["record_kind"], saved["due_on"], saved["description"]) == (
        "finding",
        "2090-03-31",
        "Report on the measures taken",
    )
    code, out, _ = run(capsys, "show", saved["state_id"])
    assert code == 0 and "Hungary" in out
    code, out, _ = run(capsys, "deadline", "list")
    assert code == 0
    [line] = [x for x in out.splitlines() if "Report on the measures taken" in x]
    assert line.startswith("2090-03-31") and "Hungary" in line and saved["id"][:8] in line
    assert "OVERDUE" not in line


def test_a_deadline_on_an_alert_and_one_on_a_state(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "alert", "add", "--person", "Putin", "--state", "Mongolia", "--from", "2090-06-01",
                       "--json")  # fmt: skip
    alert = json.loads(out)["id"]
    code, out, err = run(capsys, "deadline", "add", "--alert", alert[:8], "--state", "MNG", "--due", "2090-05-20",
                         "--description", "Letter to send", "--json")  # fmt: skip
    assert code == 0, err
    on_alert = json.loads(out)
    assert (on_alert["record_kind"], on_alert["record_id"]) == ("travel_alert", alert)
    code, out, err = run(capsys, "deadline", "add", "--state", "Kyrgyzstan", "--due", "2001-01-15",
                         "--description", "Reply to the Bureau")  # fmt: skip
    assert code == 0 and "Added deadline" in out and "(Kyrgyzstan)" in out and "due 2001-01-15" in out
    code, out, _ = run(capsys, "deadline", "list", "--json")
    listed = json.loads(out)
    mine = [d for d in listed if d["description"] in ("Letter to send", "Reply to the Bureau")]
    assert [d["due_on"] for d in mine] == ["2001-01-15", "2090-05-20"]  # soonest first
    assert mine[0]["record_kind"] == "state" and mine[0]["record_id"] == mine[0]["state_id"]
    assert all(d["done_on"] is None for d in listed)  # the reference's done deadline (Italy) is not listed
    code, out, _ = run(capsys, "deadline", "list")
    [overdue] = [x for x in out.splitlines() if "Reply to the Bureau" in x]
    assert overdue.endswith("[OVERDUE]")
    code, out, _ = run(capsys, "deadline", "list", "--all", "--json")
    assert len(json.loads(out)) > len(listed)
    assert any(d["done_on"] for d in json.loads(out))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--state", "HUN", "--due", "2090-02-30", "--description", "x"], "February 2090 has 28 days, not 30"),
        (["--state", "HUN", "--due", "March 2090", "--description", "x"], "is not a date"),
        (["--state", "HUN", "--due", "", "--description", "x"], "--due: no date given"),
        (["--state", "HUN", "--due", "2090-03-01", "--description", "  "], "say what is due"),
        (["--due", "2090-03-01", "--description", "x"], "say what the deadline belongs to"),
        (["--state", "Atlantis", "--due", "2090-03-01", "--description", "x"], "--state:"),
        (["--finding", "ICC-01/18-99999", "--due", "2090-03-01", "--description", "x"], "--finding:"),
        (["--finding", "HUN", "--due", "2090-03-01", "--description", "x"], "is not a finding's document number"),
        (["--alert", "zzzz", "--due", "2090-03-01", "--description", "x"], "no travel alert has an id"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(capsys, initialised: Path, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    before = content_digest(initialised / "ncdesk.sqlite3")
    code, out, err = run(capsys, "deadline", "add", *args)
    assert code == 2, out + err
    assert message in err and len(err.strip().splitlines()) == 1, err
    assert content_digest(initialised / "ncdesk.sqlite3") == before


def test_alert_and_finding_together_are_refused(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_:
        run(capsys, "deadline", "add", "--alert", "abcd", "--finding", HUNGARY_FINDING, "--due", "2090-01-01",
            "--description", "x")  # fmt: skip
    assert exit_.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err
