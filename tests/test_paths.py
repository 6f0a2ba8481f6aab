from pathlib import Path

import pytest

from ncdesk import paths


def test_data_dir_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NCDESK_DATA_DIR", str(tmp_path / "env"))
    assert paths.data_dir() == (tmp_path / "env").resolve()
    assert paths.data_dir(tmp_path / "flag") == (tmp_path / "flag").resolve()
    monkeypatch.delenv("NCDESK_DATA_DIR")
    default = paths.data_dir()
    assert default.name == "ncdesk"
    assert not default.exists() or default.is_dir()  # computed, not created


def test_resources_are_found() -> None:
    assert (paths.resource_path("reference") / "manifest.toml").is_file()


def test_ensure_data_dir_creates_subfolders(tmp_path: Path) -> None:
    folder = paths.ensure_data_dir(tmp_path / "a" / "b")
    assert paths.backups_dir(folder).is_dir() and paths.attachments_dir(folder).is_dir()
