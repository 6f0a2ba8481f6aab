"""Wiring: builds the services once and hands them to the window."""

from __future__ import annotations


def run_gui(data_dir: str | None) -> int:
    """The window arrives with the main-window issue; until then the command prints its help."""
    from ncdesk.cli import build_parser

    build_parser().print_help()
    return 0
