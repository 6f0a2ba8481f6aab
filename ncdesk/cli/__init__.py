"""The command line: the same store, rules and exports as the window, for scripts and checks.

Exit codes: 0 success; 1 the database or the check found a problem; 2 bad input (unknown
State or person, impossible date, malformed document number), with one line saying what was
wrong and the closest matches, and nothing written (`receive`: a package refused); 3 (`receive`)
conflicts wait for a decision, nothing written.

This package: `main` and `COMMANDS` here; the parser in `parser`; what the commands share
(opening the store, the passphrase, errors as exit codes) in `common` and `exits`; the
commands by group in `database`, `encryption`, `importing`, `records`, `search`, `alerts`,
`duplicates`, `letters`, `deadlines`, `briefing` and `exchange`.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence

from ncdesk.cli.exits import EXIT_BAD_INPUT, EXIT_CONFLICTS, EXIT_OK, EXIT_PROBLEM, BadInput, Command
from ncdesk.cli.parser import build_parser

__all__ = [
    "COMMANDS", "EXIT_BAD_INPUT", "EXIT_CONFLICTS", "EXIT_OK", "EXIT_PROBLEM", "BadInput", "build_parser", "main"
]  # fmt: skip

# Each command's module of ncdesk.cli and function. A command's module is imported when the
# command runs, not when the command line starts: the modules import the store and the exports
# they use at their top, and importing them all would make `ncdesk --help` load the store, the
# briefing notes, the spreadsheets, Word and the packages (0.5 s instead of 0.1 s), and `ncdesk
# show` every export.
WHERE = {
    "init": ("database", "cmd_init"),
    "export": ("importing", "cmd_export"),
    "import": ("importing", "cmd_import"),
    "template": ("importing", "cmd_template"),
    "search": ("search", "cmd_search"),
    "obligation": ("search", "cmd_obligation"),
    "check": ("database", "cmd_check"),
    "show": ("records", "cmd_show"),
    "alert": ("alerts", "cmd_alert"),
    "letter": ("letters", "cmd_letter"),
    "deadline": ("deadlines", "cmd_deadline"),
    "calendar": ("briefing", "cmd_calendar"),
    "brief": ("briefing", "cmd_brief"),
    "pack": ("briefing", "cmd_pack"),
    "report": ("briefing", "cmd_report"),
    "backup": ("database", "cmd_backup"),
    "backups": ("database", "cmd_backups"),
    "restore": ("database", "cmd_restore"),
    "encrypt": ("encryption", "cmd_encrypt"),
    "passwd": ("encryption", "cmd_passwd"),
    "decrypt": ("encryption", "cmd_decrypt"),
    "identity": ("exchange", "cmd_identity"),
    "contact": ("exchange", "cmd_contact"),
    "share": ("exchange", "cmd_share"),
    "receive": ("exchange", "cmd_receive"),
    "exchange": ("exchange", "cmd_exchange"),
}


class _Commands(Mapping[str, Command]):
    """The commands by name (`COMMANDS["show"](args)`), each module imported on first look-up (see WHERE)."""

    def __getitem__(self, name: str) -> Command:
        module, function = WHERE[name]
        found: Command = getattr(importlib.import_module(f"ncdesk.cli.{module}"), function)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(WHERE)

    def __len__(self) -> int:
        return len(WHERE)


COMMANDS: Mapping[str, Command] = _Commands()


def _window_only(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether *argv* only opens the window (nothing, or `--data-dir DIR`), and the folder: the
    window's start then does not build every command's parser (20 ms of a 0.6 s start)."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and argv[1] and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > len("--data-dir="):
        return True, argv[0].removeprefix("--data-dir=")
    return False, None


def main(argv: Sequence[str] | None = None, window: Callable[[str | None], int] | None = None) -> int:
    """Run the command in *argv*; without one, open the window with *window* (`app.run_gui`, which
    `app.main` passes: the window lies above the command line, which does not import it)."""
    only_window, data_dir = _window_only(sys.argv[1:] if argv is None else list(argv))
    if not only_window:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command is not None:
            # Imported here, not at the top: `common` loads the store, which --help and the window's
            # start do not need (see WHERE).
            from ncdesk.cli.common import run

            return run(args, COMMANDS[args.command])
        data_dir = args.data_dir
    if window is None:
        print("ncdesk: no command given (ncdesk --help lists them).", file=sys.stderr)
        return EXIT_BAD_INPUT
    return window(data_dir)
