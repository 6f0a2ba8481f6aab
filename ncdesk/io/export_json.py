"""The complete JSON export: every record, reference and user, deleted ones included.

The format is documented in docs/EXPORT_FORMAT.md and versioned by `format_version`; an
import of it into an empty database reproduces the records exactly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ncdesk import __version__
from ncdesk.store.file.atomic import atomic_write
from ncdesk.store.file.migrations import schema_version
from ncdesk.store.file.schema import TABLES
from ncdesk.store.store import Store

FORMAT = "ncdesk-export"
FORMAT_VERSION = 1


def export_data(store: Store, marking: str | None = None) -> dict[str, Any]:
    """*marking*: the classification marking, written as `classification` (a file has no page
    to print it on; readers ignore fields they do not know)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in TABLES:
        tables[table] = store.rows(table, include_deleted=True, order_by="created_at, id")
    head: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
    if marking:
        from ncdesk.io.briefing.model import clean

        head["classification"] = " ".join(clean(marking).split())
    return {
        **head,
        "exported_at": store.now(),
        "ncdesk_version": __version__,
        "schema_version": schema_version(),
        "reference_version": store.reference_version(),
        "counts": {t: len(rows) for t, rows in tables.items()},
        "tables": tables,
    }


def write_json(store: Store, target: Path, marking: str | None = None) -> dict[str, int]:
    data = export_data(store, marking)
    with atomic_write(target, folder=store.folder) as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts: dict[str, int] = data["counts"]
    return counts
