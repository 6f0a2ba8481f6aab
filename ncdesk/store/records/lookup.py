"""Find records by the references people quote: document numbers, UUIDs, ISO codes."""

from __future__ import annotations

import re
import uuid
from typing import Any

from ncdesk.core import docnums
from ncdesk.core.labels import kind_label
from ncdesk.store.file.schema import KIND_BY_TABLE, TABLES
from ncdesk.store.records import merge
from ncdesk.store.store import Record, Store

_TITLE_COLUMNS = ("title", "name", "subject", "symbol", "icc_number", "number", "key")


def title_of(table: str, record: Record) -> str:
    for col in _TITLE_COLUMNS:
        value = record.get(col)
        if value:
            return str(value)
    return str(record["id"])


def citations(store: Store, record_id: str) -> list[dict[str, Any]]:
    rows = store.db.execute(
        "SELECT c.field, c.locator, c.stated, c.notes, s.key, s.title, s.url, s.read_on FROM citation c "
        "JOIN source s ON s.key = c.source_key WHERE c.record_id = ? AND c.deleted_at IS NULL ORDER BY c.rowid",
        [record_id],
    ).fetchall()
    return [_citation(r) for r in rows]


def _citation(r: Any) -> dict[str, Any]:
    """A citation as the notes and the detail pane show it: where the source can be read, and when."""
    return {
        "field": r[0],
        "locator": r[1],
        "stated": r[2],
        "note": r[3],
        "source": r[4],
        "source_title": r[5],
        "url": r[6],
        "read_on": r[7],
    }


def citations_of(store: Store, record_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """`citations` of each of *record_ids*, by record id (a query per 500 records)."""
    out: dict[str, list[dict[str, Any]]] = {r: [] for r in record_ids}
    for i in range(0, len(record_ids), 500):
        chunk = record_ids[i : i + 500]
        rows = store.db.execute(
            "SELECT c.field, c.locator, c.stated, c.notes, s.key, s.title, s.url, s.read_on, c.record_id "
            "FROM citation c "
            f"JOIN source s ON s.key = c.source_key WHERE c.record_id IN ({', '.join('?' * len(chunk))}) "
            "AND c.deleted_at IS NULL ORDER BY c.rowid",
            chunk,
        ).fetchall()
        for r in rows:
            out[r[8]].append(_citation(r))
    return out


def _item(store: Store, table: str, record: Record) -> dict[str, Any]:
    return {
        "table": table,
        "label": kind_label(table) if table in KIND_BY_TABLE else table.replace("_", " "),
        "title": title_of(table, record),
        "record": record,
        "citations": citations(store, record["id"]),
    }


def find_by_reference(store: Store, ref: str) -> list[dict[str, Any]]:  # noqa: PLR0912 - a branch per form of document number
    """The records a reference designates; raises ValueError saying what is wrong with it."""
    text = ref.strip()
    try:
        uid = str(uuid.UUID(text))
    except ValueError:
        uid = None
    if uid:
        for table in TABLES:
            kept = merge.resolve(store, table, uid)  # a record merged into another leads to it (issue 24)
            record = store.get(table, kept)
            if record:
                return [_item(store, table, record)]
        raise ValueError(f"no record has the id {uid}")
    if re.fullmatch(r"[A-Za-z]{3}", text):
        rows = store.rows("state", "iso3 = ?", [text.upper()])
        if rows:
            return [_item(store, "state", rows[0])]
        raise ValueError(f"no State has the ISO code {text.upper()}")
    parsed = docnums.parse(text)  # raises DocNumberError (a ValueError) with what is wrong
    found: list[dict[str, Any]] = []
    if parsed.system is docnums.DocSystem.ICC:
        if parsed.kind == "situation":
            found = [_item(store, "situation", r) for r in store.rows("situation", "icc_number = ?", [parsed.text])]
        elif parsed.kind == "case":
            found = [_item(store, "icc_case", r) for r in store.rows("icc_case", "icc_number = ?", [parsed.text])]
        else:
            ids = [
                r[0]
                for r in store.db.execute(
                    "SELECT DISTINCT finding_id FROM finding_document WHERE deleted_at IS NULL AND "
                    "(number = ? OR number GLOB ? OR number GLOB ?)",
                    [parsed.text, parsed.base + "-ENG", parsed.base + "-[tF]*"],
                ).fetchall()
            ]
            for fid in ids:
                record = store.get("finding", fid)
                if record:
                    found.append(_item(store, "finding", record))
            for w in store.rows("warrant", "icc_document = ?", [parsed.text]):
                found.append(_item(store, "warrant", w))
    elif parsed.system is docnums.DocSystem.ASP:
        found = [
            _item(store, "assembly_document", r) for r in store.rows("assembly_document", "symbol = ?", [parsed.text])
        ]
    else:
        found = [
            _item(store, "finding", r) for r in store.rows("finding", "sc_document = ?", [parsed.text], order_by="date")
        ]
        found += [_item(store, "situation", r) for r in store.rows("situation", "sc_resolution = ?", [parsed.text])]
    if not found:
        raise ValueError(f"no record cites {parsed.text}")
    return found
