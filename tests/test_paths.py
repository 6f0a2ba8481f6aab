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


def test_a_synchronised_or_network_folder_is_warned_about(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert paths.folder_warning(tmp_path) is None
    warning = paths.folder_warning(tmp_path / "Dropbox" / "ncdesk")
    assert warning is not None and "Dropbox" in warning and "synchronised" in warning
    assert paths.folder_warning(tmp_path / "OneDrive - Ministry" / "ncdesk") is not None
    assert paths.folder_warning(tmp_path / "Library" / "Mobile Documents" / "com~apple~CloudDocs") is not None
    monkeypatch.setattr(paths, "_filesystem", lambda p: "nfs4")
    warning = paths.folder_warning(tmp_path)
    assert warning is not None and "network drive (nfs4)" in warning


def test_the_file_system_of_a_folder_is_read_from_the_mounts(tmp_path: Path) -> None:
    assert paths._filesystem(Path("/proc")) == "proc"
