"""The command line contract that later checks rely on."""

import json
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from ncdesk import __version__
from ncdesk.cli import main
from tests import encrypted_mode
from tests.cli_helpers import content_digest, run
from tests.store.test_reference import SEED_000, SEED_001


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"ncdesk {__version__}"


def test_init_is_idempotent_and_honours_data_dir(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere"
    code, out, _ = run(capsys, "init", "--data-dir", str(folder))
    assert code == 0 and "196 States" in out and "26 findings" in out
    assert (folder / "ncdesk.sqlite3").is_file() and (folder / "backups").is_dir()
    first = content_digest(folder / "ncdesk.sqlite3")
    code, out, _ = run(capsys, "--data-dir", str(folder), "init")
    assert code == 0 and "Already up to date" in out
    assert content_digest(folder / "ncdesk.sqlite3") == first


def test_init_uses_the_environment_variable(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert run(capsys, "init")[0] == 0
    assert (data_dir / "ncdesk.sqlite3").is_file()


@pytest.mark.plain_only("the sqlite3 tool reads a plain database (test_encryption: not an encrypted one)")
def test_database_passes_the_standard_sqlite_tool(initialised: Path) -> None:
    sqlite = shutil.which("sqlite3")
    assert sqlite, "the sqlite3 command-line tool is needed (apt-get install sqlite3)"
    result = subprocess.run(
        [sqlite, str(initialised / "ncdesk.sqlite3"), "PRAGMA integrity_check;", "SELECT count(*) FROM finding;"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == ["ok", "26"]


def test_export_json_has_every_communication_and_the_2025_events(
    capsys: pytest.CaptureFixture[str], initialised: Path, tmp_path: Path
) -> None:
    target = tmp_path / "export.json"
    code, out, _ = run(capsys, "export", "--format", "json", "-o", str(target))
    assert code == 0 and "Exported" in out
    data = json.loads(target.read_text(encoding="utf-8"))
    tables = data["tables"]
    numbers = {d["number"]: d["finding_id"] for d in tables["finding_document"]}
    findings = {f["id"]: f for f in tables["finding"]}
    states = {s["id"]: s["iso3"] for s in tables["state"]}
    for _key, docs, date, state, sc_doc, sc_date in SEED_000:
        for number in docs:
            f = findings[numbers[number]]
            assert (f["date"], states[f["state_id"]], f["sc_document"], f["sc_date"]) == (date, state, sc_doc, sc_date)
    for key, date, state, _kind, _referred in SEED_001:
        f = findings[numbers[key]]
        assert (f["date"], states[f["state_id"]]) == (date, state)
    letters = {(states[x["state_id"]], x["date"]) for x in tables["letter"]}
    assert {("HUN", "2025-03-31"), ("TJK", "2025-10-07")} <= letters
    visits = {(x["title"], x["date_from"], x["date_to"]) for x in tables["travel_alert"]}
    assert ("Benjamin Netanyahu in Hungary", "2025-04-03", "2025-04-06") in visits
    assert ("Vladimir Putin in Tajikistan", "2025-10-08", "2025-10-10") in visits
    assert any(a["date_from"] == "2025-09-03" and a["kind"] == "bureau_meeting" for a in tables["activity"])


def test_export_to_a_folder_is_bad_input(capsys: pytest.CaptureFixture[str], initialised: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "export", "--format", "json", "-o", str(tmp_path))
    assert code == 2 and "is a folder" in err


def test_search_groups_by_kind(capsys: pytest.CaptureFixture[str], initialised: Path) -> None:
    code, out, _ = run(capsys, "search", "hungary")
    assert code == 0
    assert "States (1)" in out and "Findings and communications" in out and "Letters" in out
    code, out, _ = run(capsys, "search", "PAIVI", "--json")
    payload = json.loads(out)
    kinds = [g["kind"] for g in payload["groups"]]
    assert "focal_point" in kinds and payload["count"] >= 1
    code, out, _ = run(capsys, "search", "xyzzy")
    assert code == 0 and "No record matches" in out


def test_search_with_nothing_to_search_is_bad_input(capsys: pytest.CaptureFixture[str], initialised: Path) -> None:
    code, _, err = run(capsys, "search", "?!")
    assert code == 2 and "nothing to search" in err


@pytest.mark.parametrize(
    ("state", "person", "day", "obliged", "basis"),
    [
        ("Hungary", "Benjamin Netanyahu", "2025-04-04", True, "Rome Statute, articles 86 and 89(1)"),
        ("HUN", "netanyahu", "2026-07-01", True, "Rome Statute, article 127(2)"),
        ("Tajikistan", "Putin", "2025-10-09", True, "Rome Statute, articles 86 and 89(1)"),
        ("Sudan", "Al Bashir", "2015-06-15", True, "S/RES/1593 (2005), para. 2"),
        ("Sudan", "Putin", "2024-06-01", False, None),
        ("Armenia", "Putin", "2023-12-01", False, None),
        ("Burundi", "Putin", "2024-01-01", False, None),
    ],
)
def test_obligation_json(
    capsys: pytest.CaptureFixture[str], initialised: Path, state, person, day, obliged, basis
) -> None:
    code, out, _ = run(capsys, "obligation", "--state", state, "--person", person, "--date", day, "--json")
    assert code == 0
    payload = json.loads(out)
    assert payload["obliged"] is obliged
    assert payload["basis"] == basis
    assert payload["explanation"]
    assert payload["date"] == day


def test_obligation_text(capsys: pytest.CaptureFixture[str], initialised: Path) -> None:
    code, out, _ = run(capsys, "obligation", "--state", "Hungary", "--person", "Netanyahu", "--date", "2025-04-04")
    assert code == 0
    assert out.splitlines()[:2] == [
        "Hungary / Benjamin Netanyahu / 4 April 2025",
        "OBLIGED to arrest and surrender (Rome Statute, articles 86 and 89(1))",
    ]


def _ob(state: str, person: str, day: str) -> list[str]:
    return ["obligation", "--state", state, "--person", person, "--date", day]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (_ob("Hungry", "Netanyahu", "2025-04-04"), "unknown State 'Hungry'; closest: Hungary"),
        (_ob("Hungary", "Netanyau", "2025-04-04"), "closest: Benjamin Netanyahu"),
        (_ob("Hungary", "Netanyahu", "2025-02-30"), "February 2025 has 28 days"),
        (_ob("Hungary", "Netanyahu", "4 April 2025"), "YYYY-MM-DD"),
        (_ob("Korea", "Putin", "2025-04-04"), "several States"),
        (["show", "ICC-02/05-01/09 -309"], "contains a space (did you mean ICC-02/05-01/09-309?)"),
        (["show", "ICC-ASP/15/31/Add1"], "did you mean ICC-ASP/15/31/Add.1?"),
        (["show", "S/2099/1"], "no record cites S/2099/1"),
        (["show", "XYZ"], "no State has the ISO code XYZ"),
    ],
)  # fmt: skip
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], initialised: Path, args: list[str], message: str
) -> None:
    before = content_digest(initialised / "ncdesk.sqlite3")
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
    assert content_digest(initialised / "ncdesk.sqlite3") == before


def test_check_healthy_then_broken(capsys: pytest.CaptureFixture[str], initialised: Path) -> None:
    code, out, _ = run(capsys, "check")
    assert code == 0 and "healthy (0 errors" in out
    conn = encrypted_mode.connect(initialised / "ncdesk.sqlite3")
    conn.execute("UPDATE party_event SET date = '2024-03-01' WHERE event = 'entry_into_force' AND date = '2024-02-01'")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "check", "--json")
    payload = json.loads(out)
    assert code == 1 and payload["healthy"] is False
    assert any("Armenia" in p["message"] for p in payload["problems"])


def test_show_cites_sources(capsys: pytest.CaptureFixture[str], initialised: Path) -> None:
    code, out, _ = run(capsys, "show", "ICC-02/05-01/09-309")
    assert code == 0 and "non-compliance by Jordan" in out and "source" in out
    code, out, _ = run(capsys, "show", "S/2016/716", "--json")
    titles = [item["title"] for item in json.loads(out)]
    assert len(titles) == 2  # Djibouti and Uganda share the Council document
    code, out, _ = run(capsys, "show", "HUN")
    assert code == 0 and "Hungary" in out


def test_a_newer_database_is_refused_with_a_clear_message(
    capsys: pytest.CaptureFixture[str], initialised: Path
) -> None:
    conn = encrypted_mode.connect(initialised / "ncdesk.sqlite3")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    code, _, err = run(capsys, "search", "Chad")
    assert code == 1 and "newer ncdesk" in err and "left unchanged" in err


def test_no_command_opens_the_window(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str | None] = []
    monkeypatch.setattr("ncdesk.app.run_gui", lambda data_dir: opened.append(data_dir) or 0)
    assert run(capsys, "--data-dir", "/somewhere")[0] == 0
    assert run(capsys, "--data-dir=/elsewhere")[0] == 0
    assert run(capsys)[0] == 0
    assert opened == ["/somewhere", "/elsewhere", None]  # the window itself is tested in tests/ui
    # Anything else goes through the whole parser (the window's start skips building it).
    for args, said in [(["--data-dir", "/somewhere", "exprot"], "invalid choice: 'exprot'"),
                       (["--data-dir"], "expected one argument")]:  # fmt: skip
        with pytest.raises(SystemExit) as exit_:
            run(capsys, *args)
        assert exit_.value.code == 2 and said in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        run(capsys, "--version")
    assert exit_.value.code == 0 and capsys.readouterr().out.startswith("ncdesk ")
    assert opened == ["/somewhere", "/elsewhere", None]


def test_no_screen_says_so(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    code, _, err = run(capsys)
    assert code == 1 and "no screen" in err


def test_console_script_runs(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("ncdesk")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "ncdesk"]
    result = subprocess.run(
        [*command, "--data-dir", str(tmp_path / "d"), "search", "Päivi", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    text = unicodedata.normalize("NFKC", result.stdout)
    assert "Päivi Kaukoranta" in text


def test_the_command_line_alone_does_not_open_the_window(capsys: pytest.CaptureFixture[str]) -> None:
    """`ncdesk.cli.main` opens the window only through the function `app.main` passes it (the
    command line does not import the window): without it, no command is a mistake said as such."""
    assert main(["--data-dir", "/somewhere"]) == 2 and main([]) == 2
    assert capsys.readouterr().err.count("no command given") == 2
