"""Brief…, meeting packs and the report draft from the window: preview, save in the background."""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from ncdesk.ui.brief import BriefDialog
from ncdesk.ui.mainwindow import MainWindow
from tests.io.test_briefing import docx_text, pdf_text


def test_brief_a_state_with_preview_and_save(qtbot, window: MainWindow, prompter, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_record("state", ref_id("state", "HUN"))
    assert window.act_brief.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(BriefDialog, "briefDialog")
    assert dialog is not None
    dialog.marking.setCurrentText("Confidential")
    with qtbot.waitSignal(dialog.previewed, timeout=30000) as preview:
        dialog.preview_button.click()
    assert preview.args[0] >= 1 and dialog.preview is not None and dialog.preview.page_count() == preview.args[0]
    prompter.save_path = tmp_path / "hungary.pdf"
    with qtbot.waitSignal(window.brief_exported, timeout=30000):
        dialog.start_save()
    text = pdf_text(prompter.save_path)
    assert "Briefing note: Hungary" in text and "CONFIDENTIAL" in text and "ICC-01/18-462" in text


def test_brief_as_word(qtbot, window: MainWindow, prompter, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_record("travel_alert", ref_id("travel_alert", "putin-tajikistan-2025"))
    dialog = window.brief_actions.brief_record()
    dialog.format.setCurrentIndex(dialog.format.findData(".docx"))
    assert not dialog.preview_button.isEnabled()
    prompter.save_path = tmp_path / "alert"  # the suffix is added
    with qtbot.waitSignal(dialog.exported, timeout=30000) as saved:
        dialog.start_save()
    assert saved.args[0].endswith("alert.docx")
    assert "OBLIGED to arrest and surrender" in docx_text(Path(saved.args[0]))


def test_meeting_pack_from_a_selection(qtbot, window: MainWindow, prompter, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.show_view("persons")
    view = window.views["persons"]
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.model.index(2, 0),
        view.table.selectionModel().SelectionFlag.Select | view.table.selectionModel().SelectionFlag.Rows,
    )
    assert len(window.selected_records()) == 2
    dialog = window.brief_actions.brief_selection()
    assert dialog is not None and "2 note" in dialog.windowTitle()
    prompter.save_path = tmp_path / "pack.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.start_save()
    assert "Contents" in pdf_text(prompter.save_path, 1)


def test_report_draft_and_a_bad_period(qtbot, window: MainWindow, prompter, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = window.brief_actions.draft_report()
    dialog.date_from.setText("2025-11-26")
    dialog.date_to.setText("2024-12-01")
    prompter.save_path = tmp_path / "report.pdf"
    dialog.start_save()
    assert "before it starts" in dialog.status.text()
    assert not prompter.save_path.exists()
    dialog.date_from.setText("2024-12-01")
    dialog.date_to.setText("2025-11-26")
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.start_save()
    assert "ICC-01/18-462" in pdf_text(prompter.save_path)


def test_settings_give_the_default_marking(qtbot, window: MainWindow, settings: QSettings) -> None:
    dialog = window.open_settings()
    dialog.marking.setCurrentText("Confidential — focal points only")
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.save()
    window.open_record("state", ref_id("state", "TJK"))
    brief = window.brief_actions.brief_record()
    assert brief.marking.currentText() == "Confidential — focal points only"
    assert brief.paper.currentData() == "letter"


def test_a_write_failure_is_reported(qtbot, window: MainWindow, prompter, tmp_path: Path, store: Store) -> None:  # type: ignore[no-untyped-def]
    window.open_record("state", ref_id("state", "TJK"))
    dialog = window.brief_actions.brief_record()
    prompter.save_path = tmp_path / "no such folder" / "x.pdf"
    dialog.start_save()
    assert "does not exist" in dialog.status.text()


def test_brief_button_and_table_context_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert not window.detail.brief_button.isEnabled()
    window.open_record("finding", ref_id("finding", "ICC-01/18-462"))
    assert not window.detail.brief_button.isEnabled()  # findings are briefed through their State
    window.open_record("person", ref_id("person", "vladimir-putin"))
    assert window.detail.brief_button.isEnabled()
    window.detail.brief_button.click()
    dialog = window.findChild(BriefDialog, "briefDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    table = window.views["persons"].table
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert window.act_pack in table.actions()
    assert window.act_pack in window.views["situations"].tree.actions()
