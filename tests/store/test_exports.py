"""Every export is recorded in the history: what, which format, where, which marking, who, when;
Undo passes over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ncdesk.store.file import history
from ncdesk.store.file.errors import StoreError
from ncdesk.store.file.history import UndoStack
from ncdesk.store.records.exports import ExportNotRecorded, get_export, list_exports, record_export
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests.conftest import FixedClock


def test_an_export_is_a_batch_of_its_own_kind_with_its_record(store: Store, tmp_path: Path) -> None:
    hungary = ref_id("state", "HUN")
    seen: list[history.Batch] = []
    store.listeners.append(seen.append)
    rid = record_export(
        store, "briefing note on Hungary", tmp_path / "hungary.pdf", marking="Restricted", subjects=[hungary, hungary]
    )
    (batch,) = seen
    assert batch.kind == "export" and batch.label == "Exported briefing note on Hungary as PDF to hungary.pdf"
    assert history.get_batch(store, batch.id) == history.Batch(
        batch.id, "2026-11-23T09:00:00.000Z", store.who, batch.label, "export", None, 1
    )
    record = get_export(store, rid)
    assert record is not None
    assert (record.what, record.format, record.target, record.marking, record.records, record.subjects) == (
        "briefing note on Hungary",
        "pdf",
        str(tmp_path / "hungary.pdf"),
        "Restricted",
        None,
        [hungary],
    )
    assert record.batch_id == batch.id and record.who == store.who and record.at == "2026-11-23T09:00:00.000Z"
    assert history.recent_batches(store, 1)[0].id == batch.id


def test_a_records_history_shows_the_exports_about_it(store: Store, tmp_path: Path, clock: FixedClock) -> None:
    hungary, chad = ref_id("state", "HUN"), ref_id("state", "TCD")
    store.update("state", hungary, {"notes": "before"})
    clock.advance(minutes=1)
    record_export(store, "meeting pack of 2 notes", tmp_path / "pack.docx", marking="Public", subjects=[hungary, chad])
    clock.advance(minutes=1)
    record_export(store, "every record", tmp_path / "all.json", records=10)  # about no record in particular
    changes = history.record_history(store, hungary)
    assert [c.label for c in changes[:2]] == ["Exported meeting pack of 2 notes as DOCX to pack.docx", "Edit state"]
    assert changes[0].batch_kind == "export" and changes[0].table == "export_record"
    assert [c.label for c in history.record_history(store, chad)][0] == changes[0].label
    assert [e.what for e in list_exports(store)] == ["every record", "meeting pack of 2 notes"]


def test_undo_passes_over_an_export_and_cannot_revert_one(store: Store, tmp_path: Path) -> None:
    stack = UndoStack()
    store.listeners.append(stack.pushed)
    person = store.insert("person", {"name": "Jane Roe"})
    stack.undo_last(store)
    assert stack.redo and store.get("person", person) is None
    record_export(store, "table of persons", tmp_path / "persons.csv", records=3)
    assert stack.redo_label(store) == "Add person"  # the export did not clear what can be redone
    stack.redo_last(store)
    assert store.get("person", person) is not None
    export_batch = next(b for b in history.recent_batches(store) if b.kind == "export")
    with pytest.raises(StoreError, match="wrote a file"):
        history.revert(store, export_batch.id)
    assert stack.undo_label(store) == "Add person"


def test_a_folder_of_csv_files_a_copy_of_a_file_and_an_unknown_format(store: Store, tmp_path: Path) -> None:
    rid = record_export(store, "tables of persons, letters", tmp_path / "tables", fmt="csv", records=4)
    record = get_export(store, rid)
    assert record is not None and record.format == "csv" and record.target == str(tmp_path / "tables")
    with pytest.raises(ValueError, match="not a format"):
        record_export(store, "a program", tmp_path / "x.exe")
    rid = record_export(store, "attachment decision.pdf", tmp_path / "decision.pdf", fmt="file")
    assert history.recent_batches(store, 1)[0].label == "Exported attachment decision.pdf to decision.pdf"
    assert get_export(store, rid).format == "file"  # type: ignore[union-attr]


def test_an_export_that_cannot_be_recorded_says_the_file_was_written(store: Store, tmp_path: Path) -> None:
    reader = Store.open_readonly(store.folder)
    try:
        with pytest.raises(ExportNotRecorded, match="was written, but the export could not be recorded"):
            record_export(reader, "every record", tmp_path / "all.json")
    finally:
        reader.close()
    assert list_exports(store) == []
