"""Write a file so that a crash leaves either the old file or the new one, never half of it.

In the store because the store writes such files too (the key-derivation file, `crypto`); the
exports (`ncdesk.io`) and the window use it from here."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import IO, Any, Literal, overload

from ncdesk.store.file import pending_exports


@overload
def atomic_write(
    target: Path, mode: Literal["w"] = ..., encoding: str | None = ..., *, folder: Path | None = ...
) -> AbstractContextManager[IO[str]]: ...
@overload
def atomic_write(
    target: Path, mode: Literal["wb"], encoding: None = ..., *, folder: Path | None = ...
) -> AbstractContextManager[IO[bytes]]: ...


@contextmanager  # the overloads above say which mode gives text, which bytes: os.fdopen's is IO[Any]
def atomic_write(
    target: Path, mode: str = "w", encoding: str | None = "utf-8", *, folder: Path | None = None
) -> Iterator[IO[Any]]:
    """Write to a temporary file beside *target*, flush it to disk, then rename it into place;
    on failure the temporary file is removed. With the data *folder* (an export), the temporary
    file is recorded there first, so that one a kill left is removed at the next start
    (`remove_leftovers`, from `Store.open`): it holds part of the export in clear."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    entry = pending_exports.begin(folder, tmp) if folder is not None else None
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            with os.fdopen(
                fd, mode, encoding=encoding if "b" not in mode else None, newline="" if "b" not in mode else None
            ) as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            tmp.replace(target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    finally:
        if entry is not None:
            pending_exports.end(entry)
