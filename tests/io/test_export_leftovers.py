"""A killed export leaves nothing behind (issue 17, case 4): its temporary file, a hidden
`.NAME.….part` beside the target with part of the export in clear, is recorded in the data
folder before it is written and removed at the next start; a failed export removes it at once.
Every export writer records its temporary file."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path
from typing import Any

import pytest

from ncdesk.store.file import pending_exports
from ncdesk.store.file.atomic import atomic_write
from ncdesk.store.file.pending_exports import remove_leftovers
from ncdesk.store.records.editing import save
from ncdesk.store.store import Store


def _parts(where: Path) -> list[Path]:
    return sorted(where.glob(".*.part"))


def _records(folder: Path) -> list[Path]:
    where = pending_exports.pending_dir(folder)
    return sorted(where.iterdir()) if where.is_dir() else []


def test_a_killed_export_is_removed_at_the_next_start(store: Store, tmp_path: Path, clock: Any) -> None:
    folder = store.folder
    outside = tmp_path / "exports"
    target = outside / "hungary.pdf"
    # the export is killed while writing: the context is entered, written to, never left
    writing = atomic_write(target, "wb", encoding=None, folder=folder)
    fh = writing.__enter__()
    fh.write(b"SECRET part of an export")
    fh.flush()
    [part] = _parts(outside)
    [record] = _records(folder)
    assert json.loads(record.read_text(encoding="utf-8")) == {"part": str(part)}
    assert stat.S_IMODE(record.stat().st_mode) == 0o600
    assert stat.S_IMODE(pending_exports.pending_dir(folder).stat().st_mode) == 0o700
    fh.close()  # (the process is gone: its file handle with it)
    store.close()
    with Store.open(folder, clock=clock, load_reference=False):  # the next start
        assert not part.exists() and not target.exists()
        assert _records(folder) == []
    assert list(outside.iterdir()) == []


def test_a_record_left_alone_by_a_kill_of_its_own_write_and_odd_records_are_harmless(
    data_dir: Path, tmp_path: Path
) -> None:
    where = pending_exports.pending_dir(data_dir)
    where.mkdir(parents=True)
    (where / "0a.json.tmp").write_text('{"pa', encoding="utf-8")  # killed while recording: no file yet
    (where / "0b.json").write_text("not json", encoding="utf-8")
    mine = tmp_path / "notes.txt"  # a record never names anything but a hidden .part
    mine.write_text("the user's own file", encoding="utf-8")
    (where / "0c.json").write_text(json.dumps({"part": str(mine)}), encoding="utf-8")
    gone = tmp_path / "unplugged stick" / ".a.pdf.1234.part"  # its folder is not there now: kept for later
    (where / "0d.json").write_text(json.dumps({"part": str(gone)}), encoding="utf-8")
    done = tmp_path / ".b.pdf.5678.part"  # already gone
    (where / "0e.json").write_text(json.dumps({"part": str(done)}), encoding="utf-8")
    assert remove_leftovers(data_dir) == []
    assert mine.read_text(encoding="utf-8") == "the user's own file"
    assert [p.name for p in _records(data_dir)] == ["0d.json"]


def test_a_failed_export_removes_its_temporary_file_and_its_record(store: Store, tmp_path: Path) -> None:
    outside = tmp_path / "exports"
    target = outside / "all.json"
    with pytest.raises(RuntimeError), atomic_write(target, folder=store.folder) as fh:
        fh.write("SECRET half")
        raise RuntimeError("the disk is full")
    assert list(outside.iterdir()) == [] and _records(store.folder) == []
    with atomic_write(target, folder=store.folder) as fh:
        fh.write("{}")
    assert [p.name for p in outside.iterdir()] == ["all.json"] and _records(store.folder) == []


def test_every_export_writer_records_its_temporary_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ncdesk.io.briefing.export import export_note
    from ncdesk.io.briefing.model import ExportOptions
    from ncdesk.io.calendar import write_ics
    from ncdesk.io.export_json import write_json
    from ncdesk.io.letters import draft_letter
    from ncdesk.io.tabular import write_csv, write_xlsx
    from ncdesk.store.records.alerts import create_alert
    from ncdesk.store.reference import ref_id

    recorded: list[Path] = []
    real = pending_exports.begin

    def begin(folder: Path, part: Path) -> Path:
        assert folder == store.folder
        recorded.append(part)
        return real(folder, part)

    monkeypatch.setattr(pending_exports, "begin", begin)
    pid = save(store, "person", {"name": "Exported Person"})
    aid = create_alert(
        store,
        {
            "person_id": pid,
            "destinations": [ref_id("state", "MNG")],
            "date": "2027-03-01",
            "title": "Visit",
            "reliability": "probable",
        },
    )
    out = tmp_path / "out"
    targets = [out / n for n in ("all.json", "visits.ics", "persons.csv", "all.xlsx", "letter.docx", "note.pdf")]
    write_json(store, targets[0])
    write_ics(store, targets[1], today=dt.date(2027, 2, 1))
    write_csv(store, "person", targets[2])
    write_xlsx(store, targets[3])
    draft_letter(store, aid, targets[4], today=dt.date(2027, 2, 1))
    export_note(store, "person", pid, targets[5], ExportOptions(), dt.date(2027, 2, 1))
    assert [p.parent for p in recorded] == [out] * len(targets)
    assert [p.name.split(".part")[0].rsplit(".", 1)[0] for p in recorded] == ["." + t.name for t in targets]
    assert sorted(p.name for p in out.iterdir()) == sorted(t.name for t in targets)  # no .part left
    assert _records(store.folder) == []
