"""`ncdesk alert merge` and `letter merge` (issue 24b): the fields chosen, the other's id leading
to the one kept, and each kind of bad input refused with exit 2."""

import json
from pathlib import Path

from tests.cli_helpers import run

TAJIKISTAN = "0c5e2437"  # the reference alert: Vladimir Putin in Tajikistan, 8–10 October 2025


def test_alert_merge_into_the_recorded_visit(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "alert", "add", "--person", "Putin", "--state", "Tajikistan", "--from", "2025-10-08",
                       "--to", "2025-10-10", "--purpose", "summit of the CIS", "--allow-duplicate",
                       "--json")  # fmt: skip
    assert code == 0
    new = json.loads(out)["id"]
    code, out, _ = run(capsys, "alert", "merge", new[:8], TAJIKISTAN, "--take", "other", "--take", "purpose=keep",
                       "--json")  # fmt: skip
    assert code == 0
    done = json.loads(out)
    assert done["kept"].startswith(TAJIKISTAN) and done["merged"] == new  # the reference alert survives
    assert done["fields"]["purpose"] == {"from": "keep", "value": "summit of the CIS"}
    code, out, err = run(capsys, "alert", "show", new[:8], "--json")  # the merged id leads to the one kept
    assert code == 0 and json.loads(out)["id"] == done["kept"] and "was merged into" in err
    shown = json.loads(out)
    assert shown["purpose"] == "summit of the CIS" and shown["status"] == "closed"
    assert sorted(s["step"] for s in shown["steps"]) == ["closed", "letter_sent", "reported"]  # both sides
    code, out, _ = run(capsys, "alert", "list", "--json")
    assert new not in out  # one alert for the visit
    code, _, err = run(capsys, "alert", "merge", new[:8], TAJIKISTAN)
    assert code == 2 and "one record already" in err


def test_alert_merge_bad_input(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "alert", "add", "--person", "Putin", "--state", "Tajikistan", "--from", "2025-10-08",
                       "--allow-duplicate", "--json")  # fmt: skip
    new = json.loads(out)["id"]
    code, _, err = run(capsys, "alert", "merge", new[:8], TAJIKISTAN, "--take", "mine")
    assert code == 2 and "keep or other" in err
    code, _, err = run(capsys, "alert", "merge", new[:8], TAJIKISTAN, "--take", "colour=keep")
    assert code == 2 and "no field colour" in err
    code, _, err = run(capsys, "alert", "merge", new[:8], "ffffffff")
    assert code == 2 and "no travel alert" in err


def test_letter_merge(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    ids = []
    for extra in (("--subject", "Visit"), ("--reference", "P/1")):
        code, out, _ = run(capsys, "letter", "add", "--state", "Tajikistan", "--date", "2030-10-07", "--to-office",
                           "Minister of Foreign Affairs", *extra, "--allow-duplicate", "--json")  # fmt: skip
        assert code == 0, out
        ids.append(json.loads(out)["id"])
    code, out, _ = run(capsys, "letter", "merge", ids[0][:8], ids[1][:8], "--json")
    assert code == 0
    kept = json.loads(out)["kept"]
    code, out, _ = run(capsys, "letter", "list", "--json")
    letters = [x for x in json.loads(out) if x["id"] in ids]
    assert [x["id"] for x in letters] == [kept]
    assert (letters[0]["subject"], letters[0]["reference"]) == ("Visit", "P/1")


def test_show_follows_a_merged_id_to_the_record_kept(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "alert", "add", "--person", "Putin", "--state", "Tajikistan", "--from", "2025-10-08",
                       "--allow-duplicate", "--json")  # fmt: skip
    new = json.loads(out)["id"]
    code, out, _ = run(capsys, "alert", "merge", new[:8], TAJIKISTAN, "--json")
    kept = json.loads(out)["kept"]
    assert kept != new
    code, out, _ = run(capsys, "show", new, "--json")
    assert code == 0 and json.loads(out)[0]["record"]["id"] == kept
