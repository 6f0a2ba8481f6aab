"""Every fact of the docket cited (issue 20): each situation, case, person and warrant of the shipped
release names at least one source; the check finds a record that does not."""

from __future__ import annotations

import shutil
from pathlib import Path

from ncdesk.store.reference import CITED_TABLES, Release, uncited
from ncdesk.store.reference_files import read_release
from tests.conftest import REFERENCE_DIR


def test_every_situation_case_person_and_warrant_of_the_release_is_cited(release: Release) -> None:
    assert set(CITED_TABLES) == {"situation", "icc_case", "person", "warrant"}
    assert all(release.count(t) for t in CITED_TABLES)  # the check has something to check
    assert uncited(release) == []


def test_a_record_without_a_citation_is_found(tmp_path: Path) -> None:
    folder = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, folder)
    persons = folder / "persons.toml"
    text = persons.read_text(encoding="utf-8")
    persons.write_text(text + '\n[[person]]\nkey = "nobody-uncited"\nname = "Nobody Uncited"\n', encoding="utf-8")
    situations = folder / "situations.toml"
    text = situations.read_text(encoding="utf-8")
    situations.write_text(
        text + '\n[[situation]]\nicc_number = "ICC-99/99"\nname = "Nowhere"\ntrigger = "proprio_motu"\n',
        encoding="utf-8",
    )
    synthetic = read_release(folder)
    assert uncited(synthetic) == ["person nobody-uncited", "situation ICC-99/99"]
    assert uncited(synthetic, tables=("warrant",)) == []
