"""Exit codes, the error a command raises for input the user can correct (`fail`), and the type
of a command's function.

Kept apart from `common` so that `ncdesk --help` and the window's start, which need them, do not
load the store."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import NoReturn

Command = Callable[[argparse.Namespace], int]

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_BAD_INPUT = 2
EXIT_CONFLICTS = 3  # `receive`: conflicts wait for a decision; nothing was written


class BadInput(Exception):
    """Input the user can correct; reported in one line with exit code 2."""


def fail(message: str) -> NoReturn:
    raise BadInput(message)
