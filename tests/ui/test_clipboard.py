"""What ncdesk copies leaves the clipboard after a while (ncdesk/ui/clipboard.py), and what
the user copied since stays."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from ncdesk.store.reference import ref_id
from ncdesk.ui.clipboard import CLEAR_AFTER_MS, CONCEALMENT_HINTS, ClipboardGuard, copy_selection, selected_rows
from ncdesk.ui.mainwindow import MainWindow
from ncdesk.ui.views import RecordView, SituationsView

FAST_MS = 50


@pytest.fixture
def clipboard(qapp) -> Iterator[QClipboard]:  # type: ignore[no-untyped-def]
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def copies(clipboard: QClipboard) -> Iterator[list[str]]:
    """Every text the clipboard held, in order (read as it changed, before any clearing)."""
    seen: list[str] = []

    def changed() -> None:
        seen.append(clipboard.text())

    clipboard.dataChanged.connect(changed)
    yield seen
    clipboard.dataChanged.disconnect(changed)


@pytest.fixture
def guard(window: MainWindow) -> ClipboardGuard:
    window.activateWindow()
    window.clipboard_guard.timeout_ms = FAST_MS
    return window.clipboard_guard


def ctrl_c(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def rows_text(view: RecordView, rows: list[int]) -> str:
    model = view.model
    return "\n".join("\t".join(model.index(r, c).data() for c in range(model.columnCount())) for r in rows)


def focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_the_offscreen_platform_has_a_working_clipboard(qtbot, clipboard: QClipboard) -> None:
    with qtbot.waitSignal(clipboard.dataChanged):
        clipboard.setText("Budapest, 3–6 April 2025")
    assert clipboard.text() == "Budapest, 3–6 April 2025"
    clipboard.clear()
    assert clipboard.text() == ""


def test_the_default_is_thirty_seconds(window: MainWindow) -> None:
    assert CLEAR_AFTER_MS == 30_000
    assert window.clipboard_guard.timeout_ms == CLEAR_AFTER_MS


def test_ctrl_c_copies_the_selected_rows_of_a_table_then_clears_them(
    qtbot, window: MainWindow, guard: ClipboardGuard, clipboard: QClipboard, copies: list[str]
) -> None:
    window.show_view("persons")
    view = window.views["persons"]
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.model.index(2, 0),
        view.table.selectionModel().SelectionFlag.Select | view.table.selectionModel().SelectionFlag.Rows,
    )
    focus(qtbot, view.table)
    with qtbot.waitSignal(guard.cleared, timeout=5000):
        ctrl_c(qtbot, view.table)
    assert copies[0] == rows_text(view, [0, 2])
    assert copies[0].count("\n") == 1 and "\t" in copies[0]
    assert clipboard.text() == ""
    assert guard.guarded_text is None


def test_the_copy_action_is_in_the_edit_menu_and_the_tables_context_menu(window: MainWindow) -> None:
    assert window.act_copy.shortcut() == QKeySequence(QKeySequence.StandardKey.Copy)
    assert window.act_copy in window.views["persons"].table.actions()
    assert window.act_copy in window.views["situations"].tree.actions()
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and window.act_edit in a.menu().actions())
    assert window.act_copy in edit_menu.actions()


def test_the_status_bar_says_when_the_clipboard_is_cleared(window: MainWindow, clipboard: QClipboard) -> None:
    window.clipboard_guard.copy("Hungary")
    assert window.statusBar().currentMessage() == "Copied — the clipboard is cleared in 30 s"
    assert window.clipboard_guard.timer.isActive()
    window.clipboard_guard.clear_now()
    assert window.statusBar().currentMessage() == "The clipboard was cleared."


def test_the_situations_tree_copies_in_the_order_shown(
    qtbot, window: MainWindow, guard: ClipboardGuard, copies: list[str]
) -> None:
    window.show_view("situations")
    view = window.views["situations"]
    assert isinstance(view, SituationsView)
    first = view.model.index(0, 0)
    child = view.model.index(0, 0, first)
    model = view.tree.selectionModel()
    flags = model.SelectionFlag.Select | model.SelectionFlag.Rows
    model.select(child, flags)  # selected out of order: the copy follows the tree
    model.select(first, flags)
    focus(qtbot, view.tree)
    with qtbot.waitSignal(guard.cleared, timeout=5000):
        ctrl_c(qtbot, view.tree)
    lines = copies[0].split("\n")
    assert len(lines) == 2
    assert lines[0].startswith(first.data()) and lines[1].startswith(child.data())


def test_text_copied_from_the_detail_pane_is_cleared(
    qtbot, window: MainWindow, guard: ClipboardGuard, clipboard: QClipboard, copies: list[str]
) -> None:
    window.open_record("person", ref_id("person", "vladimir-putin"))
    browser = window.detail.browser
    focus(qtbot, browser)
    browser.selectAll()
    with qtbot.waitSignal(guard.cleared, timeout=5000):
        ctrl_c(qtbot, browser)
    assert "Vladimir Vladimirovich Putin" in copies[0]
    assert clipboard.text() == ""


def test_what_ncdesk_copies_asks_clipboard_managers_to_keep_it_out_of_history(
    window: MainWindow, clipboard: QClipboard
) -> None:
    window.clipboard_guard.copy("Mongolia, 3 September 2024")
    mime = clipboard.mimeData()
    assert mime.text() == "Mongolia, 3 September 2024"
    for fmt, value in CONCEALMENT_HINTS.items():
        assert bytes(mime.data(fmt).data()) == value
    window.clipboard_guard.clear_now()


def test_a_line_edit_s_own_copy_in_a_form_is_guarded_and_cleared(
    qtbot, window: MainWindow, guard: ClipboardGuard, clipboard: QClipboard
) -> None:
    form = window.record_actions.new_record("person")
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    line = form.widgets["name"]
    assert isinstance(line, QLineEdit)
    line.setText("A person not yet public")
    focus(qtbot, line)
    line.selectAll()
    with qtbot.waitSignal(guard.copied):
        ctrl_c(qtbot, line)  # QLineEdit copies by itself; ncdesk sees the clipboard change
    assert guard.guarded_text == "A person not yet public"
    with qtbot.waitSignal(guard.cleared, timeout=5000):
        pass
    assert clipboard.text() == ""
    form.reject()


def test_the_filter_field_s_own_copy_is_guarded(
    qtbot, window: MainWindow, guard: ClipboardGuard, clipboard: QClipboard
) -> None:
    window.show_view("states")
    edit = window.views["states"].filter_edit
    edit.setText("Tajikistan")
    focus(qtbot, edit)
    edit.selectAll()
    with qtbot.waitSignal(guard.cleared, timeout=5000):
        ctrl_c(qtbot, edit)
    assert clipboard.text() == ""


def test_what_another_program_copies_afterwards_is_not_cleared(
    qtbot, window: MainWindow, clipboard: QClipboard
) -> None:
    guard = window.clipboard_guard  # 30 s: the change comes long before
    guard.copy("Netanyahu in Hungary")
    assert guard.timer.isActive()
    QApplication.focusWidget().clearFocus()  # the focus is in another program
    assert QApplication.focusWidget() is None
    clipboard.setText("Netanyahu in Hungary, said the news")
    assert guard.guarded_text is None and not guard.timer.isActive()
    assert guard.clear_now() is False
    assert clipboard.text() == "Netanyahu in Hungary, said the news"


def test_at_the_timeout_only_what_ncdesk_put_there_is_cleared(
    qtbot, guard: ClipboardGuard, clipboard: QClipboard
) -> None:
    """Some platforms do not tell a program that is not in front that the clipboard changed."""
    guard.copy("ours")
    clipboard.blockSignals(True)
    try:
        clipboard.setText("theirs")
    finally:
        clipboard.blockSignals(False)
    assert guard.guarded_text == "ours"
    with qtbot.waitSignal(guard.timer.timeout, timeout=5000):
        pass
    assert clipboard.text() == "theirs"
    assert guard.guarded_text is None


def test_clear_now_clears_at_once_and_only_once(qtbot, window: MainWindow, clipboard: QClipboard) -> None:
    guard = window.clipboard_guard
    assert guard.clear_now() is False  # nothing copied: nothing to do
    guard.copy("a letter to Mongolia")
    with qtbot.waitSignal(guard.cleared):
        assert guard.clear_now() is True
    assert clipboard.text() == ""
    assert not guard.timer.isActive()
    assert guard.clear_now() is False


def test_quitting_clears_the_clipboard(qtbot, window: MainWindow, clipboard: QClipboard) -> None:
    window.clipboard_guard.copy("an alert")
    with qtbot.waitSignal(window.clipboard_guard.cleared):
        QCoreApplication.instance().aboutToQuit.emit()
    assert clipboard.text() == ""


def test_nothing_selected_copies_nothing(qtbot, window: MainWindow, clipboard: QClipboard) -> None:
    clipboard.setText("kept")
    window.show_view("persons")
    view = window.views["persons"]
    view.table.clearSelection()
    focus(qtbot, view.table)
    ctrl_c(qtbot, view.table)
    assert clipboard.text() == "kept"
    assert window.statusBar().currentMessage() == "Nothing is selected to copy."


def test_too_many_rows_are_refused_with_a_word(qtbot, window: MainWindow, clipboard: QClipboard) -> None:
    window.show_view("persons")
    view = window.views["persons"]
    view.table.selectAll()
    assert selected_rows(view.table) == view.model.rowCount()
    assert copy_selection(window.clipboard_guard, view.table, max_rows=view.model.rowCount() - 1) is False
    assert clipboard.text() == ""
    assert window.statusBar().currentMessage().startswith("More than")
    assert copy_selection(window.clipboard_guard, view.table, max_rows=view.model.rowCount()) is True
    assert clipboard.text().count("\n") == view.model.rowCount() - 1
    window.clipboard_guard.clear_now()
