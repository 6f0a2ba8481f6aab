"""The command line's package: every command the parser offers runs a function of its module, and
starting the command line loads only what the command needs (`ncdesk --help` no store, `ncdesk
show` no export)."""

import argparse
import subprocess
import sys

from ncdesk.cli import COMMANDS, build_parser


def test_every_command_of_the_parser_has_its_function() -> None:
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert sorted(COMMANDS) == sorted(sub.choices)
    for name in COMMANDS:
        assert callable(COMMANDS[name]), name
        assert COMMANDS[name].__module__.startswith("ncdesk.cli."), name


def _loaded_after(code: str) -> list[str]:
    """The ncdesk modules and the heavy libraries loaded by *code*, run in a fresh interpreter."""
    probe = (
        f"import sys\n{code}\n"
        "print('\\n'.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('ncdesk', 'docx', 'openpyxl', 'lxml', 'PySide6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_help_loads_neither_the_store_nor_a_command() -> None:
    loaded = _loaded_after("import ncdesk.cli\nncdesk.cli.build_parser().format_help()")
    assert [m for m in loaded if m.startswith(("ncdesk.store", "ncdesk.io"))] == []
    assert [m for m in loaded if m.startswith("ncdesk.cli.")] == ["ncdesk.cli.exits", "ncdesk.cli.parser"]


EXPORTS = (
    "ncdesk.io.briefing.export", "ncdesk.io.briefing.notes", "ncdesk.io.briefing.report", "ncdesk.io.letters",
    "ncdesk.io.tabular", "ncdesk.io.importing", "ncdesk.io.sharing", "docx", "openpyxl",
)  # fmt: skip


def test_show_loads_no_export() -> None:
    loaded = _loaded_after("import ncdesk.cli\nncdesk.cli.COMMANDS['show']")
    assert "ncdesk.cli.records" in loaded and "ncdesk.store.records.lookup" in loaded
    assert [m for m in loaded if m.split(".")[0] in ("docx", "openpyxl") or m in EXPORTS] == []
