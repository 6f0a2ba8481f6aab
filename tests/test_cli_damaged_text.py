"""Invalid UTF-8 in a row, from the command line: every command says the database is damaged and what
to do, never a traceback; `check` says where and names the last good backup; `check --repair` mends it."""

from __future__ import annotations

import json
from pathlib import Path

from ncdesk.store.file import backups
from ncdesk.store.store import Store
from tests.cli_helpers import run
from tests.store.test_damaged_text import damage


def test_damaged_text_is_reported_as_damage_never_a_traceback(capsys, initialised: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(initialised) as store:
        good = backups.make_backup(store, "manual").path.name
        alert = damage(store)
    for command in (
        ("alert", "list"),
        ("export", "-o", str(tmp_path / "all.json")),
        ("brief", "-o", str(tmp_path / "brief.pdf"), "alert", alert[:8]),
    ):
        code, _, err = run(capsys, *command)
        assert code == 1, (command, err)
        assert f"ncdesk {command[0]}: The database is damaged: the column notes holds text that is not valid" in err
        assert "ncdesk check --repair" in err and f"ncdesk restore {good}" in err
    assert not (tmp_path / "all.json").exists()

    code, out, err = run(capsys, "check")
    assert code == 1 and err == ""
    assert f"error: travel_alert {alert}: column notes: text that is not valid UTF-8: the file is damaged" in out
    assert out.rstrip().endswith(f"restore the last good backup: ncdesk restore {good}.")
    code, out, _ = run(capsys, "check", "--json")
    assert code == 1 and json.loads(out)["last_good_backup"] == good

    code, out, err = run(capsys, "check", "--repair")
    assert code == 0, err
    assert "repaired: error: travel_alert" in out and "in one transaction" in out and "healthy (0 errors" in out
    code, out, _ = run(capsys, "check")
    assert code == 0 and "healthy (0 errors" in out and "The file is damaged" not in out
    code, out, _ = run(capsys, "alert", "list", "--json")
    assert code == 0 and "UN\ufffdA" in [a.get("notes") for a in json.loads(out)]
