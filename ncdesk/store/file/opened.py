"""What the modules of the database file need of the open store: the `Store` of store/store.py as
seen from below it. They take an `OpenStore`, which the `Store` is without saying so (a protocol),
so that nothing in store/file/ imports the `Store`, not even for its type: the file is below the
store, and the import graph has no cycle (tests/test_import_graph.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

from sqlite_utils import Database

from ncdesk.store.file import crypto


class OpenStore(Protocol):
    db: Database
    folder: Path
    key: crypto.Key | None
    clock: Callable[[], dt.datetime]

    @property
    def path(self) -> Path: ...

    def batch(self, label: str, *, kind: str = "user", reverts: str | None = None) -> AbstractContextManager[str]: ...

    def forget_schema(self) -> None: ...

    def going_back(self) -> None: ...

    def require_writable(self) -> None: ...

    def apply_reference(self) -> object: ...
