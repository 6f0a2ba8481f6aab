"""Every export from the command line is in the history, and leaves no copy but its file."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings

from ncdesk.store.file.history import recent_batches, record_history
from ncdesk.store.records.exports import list_exports
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests.cli_helpers import run
from tests.io.test_export_security import Watched, empty_tmp_fixture  # noqa: F401 - the fixture empty_tmp

ALERT = ref_id("travel_alert", "putin-tajikistan-2025")


def test_each_export_command_is_recorded(capsys, initialised: Path, tmp_path: Path, empty_tmp: Watched) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(initialised / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("export/marking", "Confidential")
    settings.sync()
    out = tmp_path / "out"
    out.mkdir()
    commands = [
        ["brief", "state", "Hungary", "-o", str(out / "hungary.pdf"), "--marking", "Public"],
        ["pack", "state:Hungary", "person:Netanyahu", "-o", str(out / "pack.docx")],
        ["report", "--from", "2024-12-01", "--to", "2025-11-26", "-o", str(out / "report.pdf")],
        ["export", "--format", "json", "-o", str(out / "all.json")],
        ["export", "--format", "xlsx", "-o", str(out / "tables.xlsx")],
        ["export", "--format", "csv", "--kind", "alert", "-o", str(out / "alerts.csv")],
        ["export", "--format", "csv", "-o", str(out / "tables")],
        ["calendar", "-o", str(out / "calendar.ics")],
        ["letter", "draft", "--alert", ALERT[:8], "-o", str(out / "letter.docx")],
    ]
    for args in commands:
        code, _, err = run(capsys, *args)
        assert code == 0, (args, err)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["hungary.pdf", "pack.docx", "report.pdf", "all.json", "tables.xlsx", "alerts.csv", "tables", "calendar.ics",
         "letter.docx"]
    )  # fmt: skip
    assert empty_tmp.untouched()
    assert json.loads((out / "all.json").read_text(encoding="utf-8"))["classification"] == "Confidential"
    with Store.open(initialised) as store:
        exports = list(reversed(list_exports(store)))
        assert [(e.format, Path(e.target).name, e.marking) for e in exports] == [
            ("pdf", "hungary.pdf", "Public"),
            ("docx", "pack.docx", "Confidential"),
            ("pdf", "report.pdf", "Confidential"),
            ("json", "all.json", "Confidential"),
            ("xlsx", "tables.xlsx", "Confidential"),
            ("csv", "alerts.csv", None),
            ("csv", "tables", None),
            ("ics", "calendar.ics", None),
            ("docx", "letter.docx", None),
        ]
        assert [e.what for e in exports] == [
            "briefing note on Hungary",
            "meeting pack of 2 notes (Hungary; Benjamin Netanyahu)",
            "draft report of the Bureau, 1 December 2024 to 26 November 2025",
            "every record",
            "tables of persons, findings, travel alerts, letters, activities",
            "table of travel alerts",
            "tables of persons, findings, travel alerts, letters, activities",
            "calendar of visits and deadlines",
            f"letter draft for travel alert {ALERT[:8]}",
        ]
        assert exports[3].records == sum(json.loads((out / "all.json").read_text(encoding="utf-8"))["counts"].values())
        assert all(Path(e.target).is_absolute() for e in exports)
        batches = [b for b in recent_batches(store, 50) if b.kind == "export"]
        assert batches[0].label == "Exported letter draft for travel alert " + ALERT[:8] + " as DOCX to letter.docx"
        assert len(batches) == len(commands)
        hungary = [c.label for c in record_history(store, ref_id("state", "HUN")) if c.batch_kind == "export"]
        assert hungary == [
            "Exported meeting pack of 2 notes (Hungary; Benjamin Netanyahu) as DOCX to pack.docx",
            "Exported briefing note on Hungary as PDF to hungary.pdf",
        ]
        assert [c.label for c in record_history(store, ALERT) if c.batch_kind == "export"] == [batches[0].label]


def test_a_failed_export_is_not_recorded(capsys, initialised: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "brief", "state", "Hungary", "-o", str(tmp_path / "missing" / "x.pdf"))
    assert code == 2 and "does not exist" in err
    with Store.open(initialised) as store:
        assert list_exports(store) == []
