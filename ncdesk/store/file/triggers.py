"""Triggers kept by definition: the history's, the search index's and the sort keys' are each
renewed when their definition changes (a hash of it is kept in `meta`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any


def renew(
    db: Any,
    *,
    prefix: str,
    statements: Sequence[str],
    meta_key: str,
    wanted: str,
    force: bool = False,
    before: Callable[[Any], None] | None = None,
    after: Callable[[Any, bool], None] | None = None,
) -> bool:
    """Drop the triggers named *prefix*…, run *statements*, and note *wanted* under *meta_key*,
    in one transaction, unless the definition noted is already *wanted* (and not *force*).
    *before(db)* runs after the drop, *after(db, had_one)* before the note (*had_one*: a former
    definition was noted). True if they were renewed."""
    stored = db.execute("SELECT value FROM meta WHERE key = ?", [meta_key]).fetchone()
    if stored is not None and stored[0] == wanted and not force:
        return False
    with db.atomic():
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?", [prefix + "%"]
        ).fetchall():
            db.execute(f"DROP TRIGGER {name}")
        if before is not None:
            before(db)
        for statement in statements:
            db.execute(statement)
        if after is not None:
            after(db, stored is not None)
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [meta_key, wanted])
    return True
