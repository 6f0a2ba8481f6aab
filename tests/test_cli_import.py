"""ncdesk import, ncdesk template, and ncdesk export --format csv|xlsx."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from ncdesk.store.records.alerts import create_alert
from ncdesk.store.reference import Release, ref_id
from ncdesk.store.store import Store
from tests.cli_helpers import content_digest, run
from tests.conftest import FixedClock
from tests.io.import_helpers import unmark, write_csv

HEAD = ["person", "destinations", "date"]


def test_import_a_csv_then_find_the_alert(
    capsys: pytest.CaptureFixture[str], initialised: Path, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "alerts.csv", [HEAD, ["Putin", "Mongolia; Kyrgyzstan", "3–6 April 2031"]])
    code, out, err = run(capsys, "import", str(path))
    assert code == 0, err
    assert out.splitlines() == [
        "alerts.csv: travel alerts: 1 to add",
        "Imported 1 record(s) from alerts.csv.",
    ]
    code, out, _ = run(capsys, "alert", "list")
    assert "3–6 April 2031" in out and "MNG, KGZ" in out
    code, out, err = run(capsys, "import", str(path))
    assert code == 2 and "alerts.csv:2: person, destinations, date: duplicate of a travel alert already" in err


def test_a_rejected_import_prints_every_problem_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], initialised: Path, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "alerts.csv",
        [HEAD, ["Putin", "Mongolia", "2031-04-03"], ["Putin", "Narnia", "2031-02-30"], ["Nobody", "Chad", "2031"]],
    )
    before = content_digest(initialised / "ncdesk.sqlite3")
    code, out, err = run(capsys, "import", str(path))
    assert code == 2
    assert out.splitlines() == ["alerts.csv: travel alerts: 1 to add, 2 with problems; 3 problem(s)"]
    assert err.splitlines() == [
        "alerts.csv:3: destinations: unknown State 'Narnia'; closest: Armenia, Argentina, Mauritania",
        "alerts.csv:3: date: '2031-02-30': February 2031 has 28 days, not 30",
        "alerts.csv:4: person: unknown person 'Nobody'",
        "2 question(s) to answer, then import again:",
        "  alerts.csv:3: destinations 'Narnia': --map-value \"Narnia=Armenia\"; or Argentina, Mauritania",
        "  alerts.csv:4: person 'Nobody': --map-value \"Nobody=…\"",
        "ncdesk import: import rejected: 3 problem(s) in alerts.csv; nothing was written",
    ]
    assert content_digest(initialised / "ncdesk.sqlite3") == before


def test_dry_run_writes_nothing(capsys: pytest.CaptureFixture[str], initialised: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["name", "aliases"], ["Jane Roe", "J. R."]])
    before = content_digest(initialised / "ncdesk.sqlite3")
    code, out, _ = run(capsys, "import", str(path), "--dry-run", "--kind", "persons")
    assert code == 0 and out.splitlines() == ["p.csv: persons: 1 to add", "Dry run: nothing was written."]
    assert content_digest(initialised / "ncdesk.sqlite3") == before


def test_import_of_an_unreadable_file_or_an_unknown_kind(
    capsys: pytest.CaptureFixture[str], initialised: Path, tmp_path: Path
) -> None:
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    code, _, err = run(capsys, "import", str(path))
    assert code == 2
    assert err.splitlines()[0].startswith("book.xlsx: not a readable Excel workbook (.xlsx)")
    code, _, err = run(capsys, "import", str(path), "--kind", "warrants")
    assert code == 2 and "'warrants' is not a kind of record" in err
    code, _, err = run(capsys, "import", str(tmp_path / "missing.csv"))
    assert code == 2 and err.startswith("missing.csv: no such file")


def test_template_then_import_it(capsys: pytest.CaptureFixture[str], initialised: Path, tmp_path: Path) -> None:
    for name in ("letter.csv", "letter.xlsx"):
        target = tmp_path / name
        code, out, _ = run(capsys, "template", "letters", "-o", str(target))
        assert code == 0 and target.exists()
        # its example row, still marked, is not imported, and the command says so
        code, out, err = run(capsys, "import", str(target), "--dry-run")
        assert code == 2 and "no rows to import below the header" in err
        assert "row 2 is the import template's example: not imported" in out
        unmark(target)  # a delegate who types over the example deletes the marker
        code, out, err = run(capsys, "import", str(target), "--dry-run")
        assert code == 0, err
        assert out.splitlines()[0] == f"{name}: letters: 1 to add"
    code, _, err = run(capsys, "template", "letter", "-o", str(tmp_path / "x.txt"))
    assert code == 2 and "ending in .csv or .xlsx" in err


def test_export_csv_and_xlsx(capsys: pytest.CaptureFixture[str], initialised: Path, tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    code, out, _ = run(capsys, "export", "--format", "csv", "-o", str(folder))
    assert code == 0 and "Travel alerts: 14" in out
    assert sorted(p.name for p in folder.iterdir()) == [
        "activities.csv",
        "findings.csv",
        "letters.csv",
        "persons.csv",
        "travel-alerts.csv",
    ]
    rows = list(csv.DictReader(io.StringIO((folder / "letters.csv").read_text(encoding="utf-8-sig"))))
    assert {(r["state"], r["date"]) for r in rows} == {("Hungary", "2025-03-31"), ("Tajikistan", "2025-10-07")}
    code, out, _ = run(capsys, "export", "--format", "csv", "--kind", "alerts", "-o", str(tmp_path / "a.csv"))
    assert code == 0 and (tmp_path / "a.csv").read_text(encoding="utf-8-sig").startswith("id,person,destinations")
    code, out, _ = run(capsys, "export", "--format", "xlsx", "-o", str(tmp_path / "all.xlsx"))
    # every record of the five kinds: the persons of the docket among them
    counts = dict(line.rsplit(": ", 1) for line in out.splitlines()[:-1])
    assert len(counts) == 5 and int(counts["Persons"]) > 60 and counts["Travel alerts"] == "14"
    assert code == 0 and out.splitlines()[-1].startswith(f"Exported {sum(map(int, counts.values()))} records")
    code, _, err = run(capsys, "export", "--format", "xlsx", "-o", str(tmp_path / "all.csv"))
    assert code == 2 and "ending in .xlsx" in err
    code, _, err = run(capsys, "export", "--format", "json", "--kind", "letter", "-o", str(tmp_path / "x.json"))
    assert code == 2 and "--kind is for csv and xlsx" in err
    # What was exported imports back as already recorded.
    code, out, err = run(capsys, "import", str(tmp_path / "all.xlsx"), "--dry-run")
    assert code == 0, err
    assert "travel alerts: 0 to add, 14 already recorded" in out


def test_the_full_export_imports_into_an_empty_folder(
    capsys: pytest.CaptureFixture[str], initialised: Path, tmp_path: Path
) -> None:
    target = tmp_path / "export.json"
    assert run(capsys, "export", "-o", str(target))[0] == 0
    other = tmp_path / "other"
    code, out, err = run(capsys, "--data-dir", str(other), "import", str(target))
    assert code == 0, err
    assert out.splitlines()[-1].startswith("Imported ")
    again = tmp_path / "again.json"
    assert run(capsys, "--data-dir", str(other), "export", "-o", str(again))[0] == 0
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (target, again))
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second


def test_a_complete_export_moves_to_a_laptop_that_has_the_reference_data(
    capsys: pytest.CaptureFixture[str], initialised: Path, tmp_path: Path, release: Release
) -> None:
    """The new laptop loaded the reference data on another day: its rows merge, the user's are added."""
    putin = ref_id("person", "vladimir-putin")
    with Store.open(initialised, clock=FixedClock(dt.datetime(2026, 12, 1, tzinfo=dt.UTC)), reference=release) as a:
        create_alert(
            a,
            {"person_id": putin, "destinations": [ref_id("state", "MNG")], "date": "2027-04-03",
             "reliability": "probable", "source_description": "press", "received_at": "2026-11-30"},
        )  # fmt: skip
        a.update("person", putin, {"function": "edited on the old laptop"})
    target = tmp_path / "export.json"
    assert run(capsys, "export", "-o", str(target))[0] == 0
    tables = json.loads(target.read_text(encoding="utf-8"))["tables"].values()
    users = sum(r["origin"] == "user" for rows in tables for r in rows)
    references = sum(r["origin"] == "reference" for rows in tables for r in rows)
    assert users == 3  # the alert, its destination, its step
    laptop = tmp_path / "new-laptop"
    Store.open(laptop, clock=FixedClock(dt.datetime(2027, 1, 10, tzinfo=dt.UTC)), reference=release).close()
    totals = f"{users} added, 1 updated, {references - 1:,} unchanged (incl. reference), 0 kept (local newer)"
    code, out, err = run(capsys, "--data-dir", str(laptop), "import", str(target), "--dry-run")
    assert code == 0, err
    assert out.splitlines()[-1] == f"Dry run: nothing was written; the import would give {totals}."
    code, out, err = run(capsys, "--data-dir", str(laptop), "import", str(target))
    assert code == 0, err
    assert out.splitlines()[-1] == f"Imported export.json: {totals}."
    assert "person: 0 to add, 1 to update, " in out.splitlines()[0]
    code, out, err = run(capsys, "--data-dir", str(laptop), "import", str(target))
    assert code == 0, err
    unchanged = f"0 added, 0 updated, {users + references:,} unchanged (incl. reference), 0 kept (local newer)"
    assert out.splitlines()[-1] == f"Nothing new to import: nothing was written ({unchanged})."
    with Store.open(laptop, load_reference=False) as b:
        assert b.require("person", putin)["function"] == "edited on the old laptop"
        assert len(b.rows("travel_alert", "origin = 'user'")) == 1
