"""A person's status as of a stated day (issue 20): read from persons.toml, checked, stored, updated
by a later release unless the user edited it; a source's address and the day it was read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ncdesk.core.model import PersonStatus
from ncdesk.store.reference import ReferenceDataError, ref_id
from ncdesk.store.reference_files import read_release
from ncdesk.store.store import Store
from tests.conftest import REFERENCE_DIR

KUSHAYB = ref_id("person", "ali-kushayb")
PUTIN = ref_id("person", "vladimir-putin")


def copy_reference(tmp_path: Path) -> Path:
    target = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def with_status(folder: Path, key: str, lines: str) -> None:
    """Give the person *key* of the copied release the status keys in *lines* (TOML), in place of
    those it has."""
    path = folder / "persons.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index(f'key = "{key}"\n')
    end = text.find("[[person]]", start)
    end = len(text) if end < 0 else end
    block = "".join(
        line
        for line in text[start:end].splitlines(keepends=True)
        if not line.startswith(("status =", "status_since =", "status_as_of =", "status_note ="))
    )
    path.write_text(text[:start] + block + text[end:], encoding="utf-8")
    edit(path, f'key = "{key}"\n', f'key = "{key}"\n{lines}\n')


def bump(folder: Path, version: str) -> None:
    text = (folder / "manifest.toml").read_text(encoding="utf-8")
    start = text.index('version = "')
    end = text.index('"', start + len('version = "'))
    (folder / "manifest.toml").write_text(text[:start] + f'version = "{version}' + text[end:], encoding="utf-8")


KUSHAYB_STATUS = (
    'status = "in_custody"\nstatus_since = 2020-06-09\nstatus_as_of = 2026-12-01\n'
    'status_note = "Surrendered to the Court on 9 June 2020."'
)
PUTIN_STATUS = 'status = "at_large"\nstatus_as_of = 2026-12-01'


def test_the_status_is_read_checked_and_stored(store: Store, tmp_path: Path) -> None:
    folder = copy_reference(tmp_path)
    with_status(folder, "ali-kushayb", KUSHAYB_STATUS)
    with_status(folder, "vladimir-putin", PUTIN_STATUS)
    with_status(folder, "benjamin-netanyahu", "")
    edit(
        folder / "sources.toml",
        'key = "icc-public-record"\n',
        'key = "icc-public-record"\nurl = "https://www.icc-cpi.int/cases"\nread_on = 2026-12-01\n',
    )
    bump(folder, "2099.1.1")
    store.apply_reference(read_release(folder))

    kushayb = store.require("person", KUSHAYB)
    assert (kushayb["status"], kushayb["status_since"], kushayb["status_as_of"]) == (
        PersonStatus.IN_CUSTODY.value,
        "2020-06-09",
        "2026-12-01",
    )
    assert kushayb["status_note"] == "Surrendered to the Court on 9 June 2020."
    putin = store.require("person", PUTIN)
    assert (putin["status"], putin["status_since"], putin["status_as_of"]) == ("at_large", None, "2026-12-01")
    # A person the release gives no status keeps none (unknown), not "at large".
    assert store.require("person", ref_id("person", "benjamin-netanyahu"))["status"] is None
    source = store.db.execute("SELECT url, read_on FROM source WHERE key = 'icc-public-record'").fetchone()
    assert tuple(source) == ("https://www.icc-cpi.int/cases", "2026-12-01")


def test_a_later_release_updates_the_status_unless_the_user_edited_it(store: Store, tmp_path: Path, clock) -> None:
    folder = copy_reference(tmp_path)
    with_status(folder, "ali-kushayb", KUSHAYB_STATUS)
    with_status(folder, "vladimir-putin", PUTIN_STATUS)
    bump(folder, "2099.1.1")
    store.apply_reference(read_release(folder))

    clock.advance(days=1)
    store.update("person", PUTIN, {"status_as_of": "2027-01-15"})  # the user checked it later

    later = copy_reference(tmp_path / "later")
    with_status(later, "ali-kushayb", 'status = "convicted"\nstatus_since = 2025-10-06\nstatus_as_of = 2027-02-01')
    with_status(later, "vladimir-putin", 'status = "at_large"\nstatus_as_of = 2027-02-01')
    bump(later, "2099.2.1")
    clock.advance(days=1)
    report = store.apply_reference(read_release(later))

    assert report.applied
    kushayb = store.require("person", KUSHAYB)
    assert (kushayb["status"], kushayb["status_since"], kushayb["status_as_of"]) == (
        "convicted",
        "2025-10-06",
        "2027-02-01",
    )
    assert kushayb["status_note"] == ""  # dropped from the release, so dropped here
    putin = store.require("person", PUTIN)
    assert putin["status_as_of"] == "2027-01-15"  # the user's day stays
    assert putin["user_fields"] == ["status_as_of"]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ('status = "on_the_run"', "status 'on_the_run' is not one of at_large, in_custody"),
        ('status = "in_custody"\nstatus_since = "9 June 2020"', "status_since '9 June 2020' is not a date"),
        ('status = "at_large"\nstatus_as_of = "2026-02-30"', "status_as_of '2026-02-30' is not a date"),
        ("status_as_of = 2026-12-01", "without a status"),
        ('status = "in_custody"\nstatus_since = 2027-01-01\nstatus_as_of = 2026-12-01', "is after status_as_of"),
    ],
)
def test_a_wrong_status_is_refused_with_the_place(tmp_path: Path, lines: str, message: str) -> None:
    folder = copy_reference(tmp_path)
    with_status(folder, "ali-kushayb", lines)
    with pytest.raises(ReferenceDataError, match=message) as info:
        read_release(folder)
    assert "persons.toml: person 'ali-kushayb'" in str(info.value)


def test_a_source_address_must_be_a_web_address(tmp_path: Path) -> None:
    folder = copy_reference(tmp_path)
    edit(folder / "sources.toml", 'key = "icc-public-record"\n', 'key = "icc-public-record"\nurl = "icc-cpi.int"\n')
    with pytest.raises(ReferenceDataError, match="sources.toml: source 'icc-public-record': url 'icc-cpi.int'"):
        read_release(folder)


def test_the_person_note_says_the_status_and_cites_it(store: Store) -> None:
    import datetime as dt

    from ncdesk.io.briefing.notes import person_note

    store.update(
        "person",
        KUSHAYB,
        {
            "status": "in_custody",
            "status_since": "2025-03-16",
            "status_as_of": None,
            "status_note": "Transferred to The Hague.",
        },
    )
    store.db.execute(
        "UPDATE source SET url = 'https://www.icc-cpi.int/darfur/abd-al-rahman', read_on = '2026-12-01' "
        "WHERE key = 'asp-noncoop-page'"
    )
    doc = person_note(store, KUSHAYB, dt.date(2026, 12, 1))
    assert "In the Court's custody since 16 March 2025. Transferred to The Hague." in doc.text()
    assert any("https://www.icc-cpi.int/darfur/abd-al-rahman (read on 1 December 2026)" in s for s in doc.sources), (
        doc.sources
    )
    store.update("person", PUTIN, {"status": "at_large", "status_since": None, "status_as_of": "2026-12-01"})
    assert "At large, as of 1 December 2026" in person_note(store, PUTIN, dt.date(2026, 12, 1)).text()
