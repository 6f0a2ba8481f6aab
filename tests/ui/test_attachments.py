"""Files attached to records: copied into the data folder, found by their text."""

from pathlib import Path

from PySide6.QtCore import QMarginsF, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ncdesk.io.textextract import extract_text
from ncdesk.store.records import attachments
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from ncdesk.ui.mainwindow import MainWindow


def make_pdf(path: Path, text: str) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 20, 20))
    )
    doc = QTextDocument()
    doc.setPlainText(text)
    doc.print_(writer)
    return path


def test_attach_a_pdf_with_the_button(qtbot, window: MainWindow, store: Store, prompter, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = make_pdf(tmp_path / "decision.pdf", "Decision of the Chamber. Quokkafication of the request.")
    rid = ref_id("finding", "ICC-01/18-462")
    window.open_record("finding", rid)
    prompter.files = [pdf]
    with qtbot.waitSignal(window.attachment_added, timeout=20000) as blocker:
        window.detail.attach_button.click()
    att = store.require("attachment", blocker.args[0])
    assert att["record_id"] == rid and att["filename"] == "decision.pdf"
    assert attachments.read_bytes(store, att) == pdf.read_bytes()
    if store.key is not None:  # encrypted mode: the stored copy is sealed
        assert attachments.stored_path(store, att).read_bytes() != pdf.read_bytes()
    assert "decision.pdf" in window.detail.plain_text()
    # Its text is found by the global search, and opening the result opens the finding.
    window.search.open_search("quokkafication")
    qtbot.waitUntil(lambda: window.search.model.first_result() is not None)
    with qtbot.waitSignal(window.record_opened) as opened:
        qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    assert opened.args == ["finding", rid]


def test_drop_a_file_on_the_detail_pane(qtbot, window: MainWindow, store: Store, tmp_path: Path) -> None:
    note = tmp_path / "notes from the meeting.txt"
    note.write_text("Delegation of Hungary: zebrafinch position.", encoding="utf-8")
    window.open_record("state", ref_id("state", "HUN"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(note))])
    browser = window.detail.browser
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    # Qt delivers a drop only during a real drag; call the handler the drop reaches.
    with qtbot.waitSignal(window.attachment_added, timeout=20000):
        browser.dropEvent(event)
    assert "notes from the meeting.txt" in window.detail.plain_text()
    assert [r["kind"] for r in store.search("zebrafinch")] == ["attachment"]


def test_text_extraction(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    assert "quux" in extract_text(make_pdf(tmp_path / "a.pdf", "foo bar quux"))
    (tmp_path / "b.txt").write_text("plain words", encoding="utf-8")
    assert extract_text(tmp_path / "b.txt") == "plain words"
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4 broken")
    assert extract_text(tmp_path / "c.pdf") == ""
    (tmp_path / "d.docx").write_bytes(b"not a zip")
    assert extract_text(tmp_path / "d.docx") == ""
    (tmp_path / "e.bin").write_bytes(b"\x00\x01")
    assert extract_text(tmp_path / "e.bin") == ""


def test_missing_file_is_reported(window: MainWindow, store: Store, prompter, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "x.txt"
    src.write_text("x", encoding="utf-8")
    att_id = attachments.attach(store, "state", ref_id("state", "HUN"), src)
    attachments.stored_path(store, store.require("attachment", att_id)).unlink()
    window.file_actions.open_attachment(att_id)
    assert prompter.errors and "no longer in the data folder" in prompter.errors[0][1]
