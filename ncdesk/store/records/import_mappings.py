"""The answers an import was given, kept for files of the same shape (table `import_mapping`,
migration m013): the window offers them again, the command line uses them (ncdesk.io.values)."""

from __future__ import annotations

from ncdesk.store.store import Store


def recall(store: Store, shape: str) -> str | None:
    """The mapping (JSON) kept for files of *shape*, or None."""
    found = store.db.execute("SELECT mapping FROM import_mapping WHERE shape = ?", [shape]).fetchone()
    return str(found[0]) if found else None


def remember(store: Store, shape: str, mapping: str) -> None:
    """Keep *mapping* (JSON) for files of *shape*, over what was kept (nothing in a read-only folder)."""
    if store.read_only:
        return
    with store._translated(), store.db.atomic():
        store.db.execute(
            "INSERT INTO import_mapping(shape, mapping, saved_at) VALUES (?, ?, ?) "
            "ON CONFLICT(shape) DO UPDATE SET mapping = excluded.mapping, saved_at = excluded.saved_at",
            [shape, mapping, store.now()],
        )
