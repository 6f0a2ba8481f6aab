"""brief, pack and report from the command line."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.cli_helpers import run
from tests.io.test_briefing import docx_text, pdf_pages, pdf_text


@pytest.mark.parametrize(
    ("kind", "ref", "expected"),
    [
        ("state", "cote d'ivoire", "Briefing note: Côte d'Ivoire"),
        ("person", "Bashir", "Briefing note: Omar Hassan Ahmad Al Bashir"),
        ("case", "ICC-02/05-01/09", "Briefing note: Prosecutor v. Omar Al Bashir"),
        ("situation", "Darfur", "Briefing note: Situation in Darfur, Sudan"),
    ],
)
def test_brief_each_kind(capsys, initialised: Path, tmp_path: Path, kind: str, ref: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "note.pdf"
    code, out, err = run(capsys, "brief", kind, ref, "-o", str(target), "--marking", "Public", "--paper", "letter")
    assert code == 0, err
    text = pdf_text(target)
    assert expected in text and "PUBLIC" in text


def test_brief_an_alert_by_its_id(capsys, initialised: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "alert", "list")
    tajikistan = next(line.split()[0] for line in out.splitlines() if "TJK" in line)
    target = tmp_path / "alert.docx"
    assert run(capsys, "brief", "alert", tajikistan, "-o", str(target))[0] == 0
    assert "Tajikistan: OBLIGED to arrest and surrender" in docx_text(target)


def test_the_marking_defaults_to_settings(capsys, initialised: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(initialised / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("export/marking", "Confidential")
    settings.sync()
    target = tmp_path / "n.pdf"
    assert run(capsys, "brief", "state", "Chad", "-o", str(target))[0] == 0
    assert "CONFIDENTIAL" in pdf_text(target)


def test_pack_and_report(capsys, initialised: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pack = tmp_path / "pack.pdf"
    code, out, err = run(capsys, "pack", "state:Hungary", "person:Netanyahu", "Jordan", "-o", str(pack))
    assert code == 0, err
    assert "3 notes" in out and pdf_pages(pack) >= 4
    report = tmp_path / "report.docx"
    assert run(capsys, "report", "--from", "2024-12-01", "--to", "2025-11-26", "-o", str(report))[0] == 0
    text = docx_text(report)
    assert "ICC-01/18-462" in text and "7 October 2025" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["brief", "state", "Hungry"], "closest: Hungary"),
        (["brief", "person", "Putn"], "closest: Vladimir Vladimirovich Putin"),
        (["brief", "case", "ICC-09/99-01/01"], "unknown case"),
        (["brief", "alert", "zzzz"], "no travel alert"),
        (["pack", "Atlantis"], "is not a State, person, situation or case"),
        (["pack", "Kenya"], "write KIND:REF"),
        (["report", "--from", "2025-11-26", "--to", "2024-12-01"], "before it starts"),
        (["report", "--from", "2025-02-30", "--to", "2025-12-01"], "February 2025 has 28 days"),
    ],
)
def test_bad_references_exit_2_without_a_file(
    capsys, initialised: Path, tmp_path: Path, args: list[str], message: str
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.pdf"
    code, _, err = run(capsys, *args, "-o", str(target))
    assert code == 2 and message in err, err
    assert not target.exists()


def test_a_bad_target_exits_2_and_keeps_the_old_file(capsys, initialised: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "brief", "state", "Chad", "-o", str(tmp_path / "missing" / "x.pdf"))
    assert code == 2 and "does not exist" in err
    code, _, err = run(capsys, "brief", "state", "Chad", "-o", str(tmp_path / "x.odt"))
    assert code == 2 and "must end in .pdf or .docx" in err
