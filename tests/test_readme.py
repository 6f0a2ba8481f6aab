"""The README's two commands are the ones CI and delegates run."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(sudo apt-get[^\n]*)\n```", text)


def test_readme_opens_with_two_commands() -> None:
    commands = readme_commands()
    assert len(commands) >= 2
    install, test = commands[0], commands[1]
    assert install.endswith(".venv/bin/ncdesk")
    assert test.endswith(".venv/bin/python -m pytest")
    for package in ("libgl1", "libegl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3"):
        assert package in install and package in test


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci.splitlines()
