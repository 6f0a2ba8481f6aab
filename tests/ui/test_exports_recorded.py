"""Every export from the window is in the history (the record's history in the detail pane for a
note or a letter), Undo passes over it, and the preview and the save leave no temporary file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction

from ncdesk.store.records.exports import list_exports
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from ncdesk.ui.mainwindow import MainWindow
from tests.io.test_export_security import Watched, empty_tmp_fixture  # noqa: F401 - the fixture empty_tmp
from tests.ui.conftest import FakePrompter

HUNGARY = ref_id("state", "HUN")
ALERT = ref_id("travel_alert", "putin-tajikistan-2025")


def _action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def test_each_export_from_the_window_is_recorded(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, prompter: FakePrompter, settings: QSettings, tmp_path: Path, store: Store,
    empty_tmp: Watched,
) -> None:  # fmt: skip
    settings.setValue("export/marking", "Confidential")
    out = tmp_path / "out"
    out.mkdir()
    window.store.update("person", ref_id("person", "vladimir-putin"), {"notes": "an edit to undo"})
    # A briefing note, with its preview.
    window.open_record("state", HUNGARY)
    dialog = window.brief_actions.brief_record()
    dialog.marking.setCurrentText("Restricted")
    with qtbot.waitSignal(dialog.previewed, timeout=30000):
        dialog.preview_button.click()
    prompter.save_path = out / "hungary.pdf"
    with qtbot.waitSignal(window.brief_exported, timeout=30000):
        dialog.start_save()
    assert dialog.status.text() == f"Saved {out / 'hungary.pdf'}"
    # A meeting pack and the report, as Word.
    window.show_view("persons")
    window.views["persons"].table.selectAll()
    pack = window.brief_actions.brief_selection()
    pack.format.setCurrentIndex(pack.format.findData(".docx"))
    prompter.save_path = out / "pack.docx"
    with qtbot.waitSignal(pack.exported, timeout=30000):
        pack.start_save()
    report = window.brief_actions.draft_report()
    report.date_from.setText("2024-12-01")
    report.date_to.setText("2025-11-26")
    prompter.save_path = out / "report.pdf"
    with qtbot.waitSignal(report.exported, timeout=30000):
        report.start_save()
    # Everything as JSON, the tables as a workbook and as CSV.
    prompter.save_path = out / "all.json"
    with qtbot.waitSignal(window.export_finished, timeout=20000):
        _action(window, "export_json").trigger()
    prompter.save_path = out / "tables.xlsx"
    with qtbot.waitSignal(window.export_finished, timeout=20000):
        _action(window, "export_xlsx").trigger()
    window.show_view("letters")
    prompter.save_path = out / "letters.csv"
    with qtbot.waitSignal(window.export_finished, timeout=20000):
        _action(window, "export_csv").trigger()
    # The calendar and a letter.
    prompter.save_path = out / "calendar.ics"
    with qtbot.waitSignal(window.calendar_exported):
        _action(window, "calendar").trigger()
    window.open_record("travel_alert", ALERT)
    prompter.save_path = out / "letter.docx"
    with qtbot.waitSignal(window.letter_drafted):
        window.act_draft.trigger()

    assert prompter.errors == []
    ran = window.operations.ran  # each written in a worker, through the window's operations
    assert {"export json", "export tables", "export calendar", "draft letter"} <= set(ran)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["hungary.pdf", "pack.docx", "report.pdf", "all.json", "tables.xlsx", "letters.csv", "calendar.ics",
         "letter.docx"]
    )  # fmt: skip
    assert empty_tmp.untouched()
    exports = list(reversed(list_exports(store)))
    assert [(e.format, Path(e.target).name, e.marking) for e in exports] == [
        ("pdf", "hungary.pdf", "Restricted"),
        ("docx", "pack.docx", "Confidential"),
        ("pdf", "report.pdf", "Confidential"),
        ("json", "all.json", "Confidential"),
        ("xlsx", "tables.xlsx", "Confidential"),
        ("csv", "letters.csv", None),
        ("ics", "calendar.ics", None),
        ("docx", "letter.docx", None),
    ]
    assert exports[0].what == "briefing note on Hungary" and exports[0].subjects == [HUNGARY]
    assert exports[1].what.startswith("meeting pack of ") and len(exports[1].subjects) >= 3
    assert exports[2].what == "draft report of the Bureau, 1 December 2024 to 26 November 2025"
    assert exports[3].records and exports[4].records and exports[5].records == store.count("letter")
    assert exports[7].subjects == [ALERT]
    # The record's history shows its exports; Undo still names the edit made before them.
    window.open_record("state", HUNGARY)
    text = window.detail.plain_text()
    assert "Exported briefing note on Hungary as PDF to hungary.pdf" in text
    assert f"{out / 'hungary.pdf'} — marked Restricted" in text
    window.open_record("travel_alert", ALERT)
    assert "as DOCX to letter.docx" in window.detail.plain_text()
    assert window.act_undo.isEnabled() and "Edit person" in window.act_undo.text()


def test_an_export_that_cannot_be_recorded_is_reported(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, prompter: FakePrompter, tmp_path: Path, monkeypatch
) -> None:
    from ncdesk.store.records import exports

    def refuse(*args: object, **kwargs: object) -> str:
        raise exports.ExportNotRecorded("x.pdf was written, but the export could not be recorded in the history")

    monkeypatch.setattr(exports, "record_export", refuse)
    window.open_record("state", HUNGARY)
    dialog = window.brief_actions.brief_record()
    prompter.save_path = tmp_path / "x.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.start_save()
    assert prompter.errors and prompter.errors[0][0] == "The export was not recorded"
    assert "not recorded in the history" in dialog.status.text()
    assert (tmp_path / "x.pdf").exists()


def test_a_file_name_in_the_history_is_text(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    name = "<img src=x onerror=alert(1)>\u202e.pdf"
    window.open_record("state", HUNGARY)
    dialog = window.brief_actions.brief_record()
    prompter.save_path = tmp_path / name
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.start_save()
    window.open_record("state", HUNGARY)
    assert f"as PDF to {name}" in window.detail.plain_text()
    assert "<img" not in window.detail.html()
