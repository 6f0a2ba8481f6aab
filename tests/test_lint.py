"""ruff and mypy (strict on the whole ncdesk package, as pyproject says) are part of the suite."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


def test_ruff() -> None:
    result = subprocess.run([tool("ruff"), "check", "ncdesk", "tests"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_the_package() -> None:
    result = subprocess.run([tool("mypy")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pre_commit_runs_the_same_checks_without_the_network() -> None:
    """The git hooks are local ones with the .venv's tools: no hook repository to download at commit time."""
    config = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert "repo: local" in config and "rev:" not in config
    entries = [line.split("entry:", 1)[1].strip() for line in config.splitlines() if "entry:" in line]
    assert [e.split()[0] for e in entries] == [".venv/bin/ruff", ".venv/bin/ruff", ".venv/bin/mypy"]
    assert entries[2] == ".venv/bin/mypy"  # no file list: pyproject's, the whole package, as CI
