"""ncdesk import's questions: --dry-run prints what a file leaves open, each with its answers and
the option that gives one; the command exits 2 and writes nothing until every one is answered
(--map-column, --map-value, --day-first/--month-first); the answers are used again for a file of
the same columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests.cli_helpers import content_digest, run
from tests.io.import_helpers import write_csv

TRACKER = [
    ["Person", "Trip to", "Dates", "Reliability", "Status", "Misc"],
    ["Putin", "Congo", "10/09/2027", "Probable", "REPORTED", "press"],
    ["Vladimir Poutine", "Ivory Coast", "25/09/2027", "Likely", "Signalée", ""],
]


def test_dry_run_prints_each_question_with_the_option_that_answers_it(
    capsys: pytest.CaptureFixture[str], initialised: Path, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "tracker.csv", TRACKER)
    before = content_digest(initialised / "ncdesk.sqlite3")
    code, _, err = run(capsys, "import", str(path), "--dry-run")
    assert code == 2
    assert "  tracker.csv:1: column 'Trip to': --map-column \"Trip to=destinations\"" in err
    assert '--map-column "Misc="' in err  # a column may be ignored

    code, _, err = run(capsys, "import", str(path), "--dry-run", "--map-column", "Trip to=destinations",
                       "--map-column", "Misc=notes")  # fmt: skip
    assert code == 2
    questions = err.splitlines()[err.splitlines().index("4 question(s) to answer, then import again:") + 1 :]
    assert questions == [
        "  tracker.csv:2: destinations 'Congo': --map-value \"Congo=Congo\"; or Democratic Republic of the Congo",
        "  tracker.csv:2: dates such as '10/09/2027': --day-first (10 September 2027) or --month-first "
        "(9 October 2027)",
        "  tracker.csv:3: person 'Vladimir Poutine': --map-value \"Vladimir Poutine=Vladimir Vladimirovich Putin\"",
        "  tracker.csv:3: reliability 'Likely': --map-value \"reliability:Likely=possible\"; or probable, unknown, "
        "confirmed, doubtful",
        "ncdesk import: import rejected: 4 problem(s) in tracker.csv; nothing was written",
    ]
    assert content_digest(initialised / "ncdesk.sqlite3") == before


def test_answered_the_file_imports_and_the_next_one_of_its_shape_is_not_asked_again(
    capsys: pytest.CaptureFixture[str], initialised: Path, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "tracker.csv", TRACKER)
    answers = [
        "--map-column", "Trip to=destinations", "--map-column", "Misc=notes",
        "--map-value", "Congo=Democratic Republic of the Congo", "--map-value", "Vladimir Poutine=Putin",
        "--map-value", "reliability:Likely=Probable", "--day-first",
    ]  # fmt: skip
    code, out, err = run(capsys, "import", str(path), *answers)
    assert code == 0, err
    assert out.splitlines()[-1] == "Imported 2 record(s) from tracker.csv."
    with Store.open(initialised) as store:
        rows = store.rows("travel_alert", "origin = 'user'", order_by="rowid")
        got = [(r["person_id"], r["date_from"], r["reliability"], r["status"], r["notes"]) for r in rows]
        first = store.rows("alert_destination", "alert_id = ?", [rows[0]["id"]])
        assert [d["state_id"] for d in first] == [ref_id("state", "COD")]
    putin = ref_id("person", "vladimir-putin")
    assert got == [
        (putin, "2027-09-10", "probable", "reported", "press"),
        (putin, "2027-09-25", "probable", "reported", ""),
    ]

    # next month's tracker: the columns and values answered before are not asked; the date order is
    later = write_csv(
        tmp_path / "october.csv",
        [
            TRACKER[0],
            ["Putin", "Congo", "10/10/2027", "Likely", "reported", ""],
            ["Putin", "Chad", "11/10/2027", "", "", ""],
        ],
    )
    code, out, err = run(capsys, "import", str(later), "--dry-run")
    assert code == 2
    assert "note: the answers given before for files of these columns are used" in out
    assert "1 question(s) to answer, then import again:" in err and "--day-first (11 October 2027)" in err
    code, out, err = run(capsys, "import", str(later), "--day-first")
    assert code == 0, err


def test_an_option_written_wrong_is_refused(
    capsys: pytest.CaptureFixture[str], initialised: Path, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "tracker.csv", TRACKER)
    code, _, err = run(capsys, "import", str(path), "--map-column", "Trip to=elsewhere")
    assert code == 2 and "'elsewhere' is not a column of any kind" in err
    code, _, err = run(capsys, "import", str(path), "--map-value", "Congo")
    assert code == 2 and "write it as TEXT=VALUE" in err
    with pytest.raises(SystemExit):
        run(capsys, "import", str(path), "--day-first", "--month-first")
