"""A release of the reference data (resources/reference/), and how it reaches the database.

A release is rows with deterministic UUIDs (`ref_id`: the same record has the same id on every
focal point's laptop), gathered and checked by a `Builder` (fields by `iso_field`, `enum_field`,
`doc_field`) as `reference_files.read_release` reads the files. `apply_release()` writes them in
one transaction: new rows are added; reference rows are updated field by field, except the
fields the user edited (listed in the row's `user_fields`) and rows the user deleted; reference
rows that a release no longer contains are retired unless the user edited them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from ncdesk.core import docnums
from ncdesk.core.model import (
    LinkRelation,
)
from ncdesk.store.file.db import read_meta, write_meta
from ncdesk.store.file.schema import TABLES

NAMESPACE = uuid.UUID("5b0f7a52-3c1e-4d0b-9a55-6e6364657368")  # ncdesk reference records

TABLE_ORDER = TABLES

# "kind:key" references between records in the files.
PREFIXES = {
    "finding": "finding",
    "document": "assembly_document",
    "alert": "travel_alert",
    "activity": "activity",
    "letter": "letter",
    "person": "person",
    "case": "icc_case",
    "situation": "situation",
    "state": "state",
}


class ReferenceDataError(ValueError):
    """A reference file that cannot be loaded, naming the file, the record and the field."""


def ref_id(table: str, key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{table}:{key}"))


@dataclass
class Row:
    table: str
    key: str
    values: dict[str, Any]

    @property
    def id(self) -> str:
        return ref_id(self.table, self.key)


@dataclass
class Release:
    version: str
    digest: str
    rows: list[Row] = field(default_factory=list)

    def by_table(self, table: str) -> list[Row]:
        return [r for r in self.rows if r.table == table]

    def count(self, table: str) -> int:
        return sum(1 for r in self.rows if r.table == table)


def iso_field(value: Any, where: str, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise ReferenceDataError(f"{where}: {name} {value!r} is not a date (YYYY-MM-DD)") from None
    raise ReferenceDataError(f"{where}: {name} {value!r} is not a date")


def enum_field(value: Any, allowed: Iterable[str], where: str, name: str) -> str:
    options = [str(a) for a in allowed]
    if value not in options:
        raise ReferenceDataError(f"{where}: {name} {value!r} is not one of {', '.join(options)}")
    return str(value)


def doc_field(value: str, where: str, name: str, system: docnums.DocSystem | None = None) -> str:
    try:
        parsed = docnums.parse(value)
    except docnums.DocNumberError as exc:
        raise ReferenceDataError(f"{where}: {name}: {exc}") from None
    if system is not None and parsed.system is not system:
        raise ReferenceDataError(f"{where}: {name} {value!r} is not a {system.value.upper()} document number")
    return parsed.text


class Builder:
    """Accumulates rows and the references between them, then checks they all resolve."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], Row] = {}
        self.pending_refs: list[tuple[str, str, str]] = []  # (where, table, key)
        self.known_situations: set[str] = set()

    def add(self, table: str, key: str, values: dict[str, Any], where: str) -> Row:
        if (table, key) in self.rows:
            raise ReferenceDataError(f"{where}: duplicate {table} {key!r}")
        row = Row(table, key, values)
        self.rows[(table, key)] = row
        return row

    def ref(self, table: str, key: str, where: str) -> str:
        self.pending_refs.append((where, table, key))
        return ref_id(table, key)

    def ref_spec(self, spec: str, where: str) -> tuple[str, str]:
        """Resolve "finding:ICC-01/22-90" to (table, id)."""
        prefix, _, key = spec.partition(":")
        if prefix not in PREFIXES or not key:
            raise ReferenceDataError(f"{where}: {spec!r} is not a reference like finding:ICC-01/22-90")
        table = PREFIXES[prefix]
        return table, self.ref(table, key, where)

    def cites(self, table: str, key: str, cites: Iterable[Mapping[str, Any]], where: str) -> None:
        for n, cite in enumerate(cites, start=1):
            src = cite.get("src")
            if not src:
                raise ReferenceDataError(f"{where}: citation {n} has no src")
            self.ref("source", str(src), f"{where}, citation {n}")
            self.add(
                "citation",
                f"{table}:{key}:{n}",
                {
                    "record_kind": table,
                    "record_id": ref_id(table, key),
                    "field": cite.get("field"),
                    "source_key": str(src),
                    "locator": str(cite.get("at", "")),
                    "stated": str(cite.get("says", "")),
                    "notes": str(cite.get("note", "")),
                },
                where,
            )

    def link(self, src_table: str, src_key: str, relation: str, to: str, where: str) -> None:
        dst_table, dst_id = self.ref_spec(to, where)
        rel = enum_field(relation, [r.value for r in LinkRelation], where, "relation")
        self.add(
            "link",
            f"{src_table}:{src_key}:{rel}:{to}",
            {
                "src_kind": src_table,
                "src_id": self.ref(src_table, src_key, where),
                "relation": rel,
                "dst_kind": dst_table,
                "dst_id": dst_id,
            },
            where,
        )

    def check(self) -> None:
        for where, table, key in self.pending_refs:
            if (table, key) not in self.rows:
                raise ReferenceDataError(f"{where}: refers to {table} {key!r}, which is not in the reference data")


def version_key(version: str) -> tuple[tuple[int, str], ...]:
    """ "2026.11.2" < "2026.12": compared number by number."""
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in re.split(r"[.\-]", version))


# The docket's records: each must cite at least one source (issue 20: "every fact cited").
CITED_TABLES = ("situation", "icc_case", "person", "warrant")


def uncited(release: Release, tables: Iterable[str] = CITED_TABLES) -> list[str]:
    """The records of *tables* in *release* that no citation names, as "table key" (sorted)."""
    cited = {r.values["record_id"] for r in release.by_table("citation")}
    wanted = set(tables)
    return sorted(f"{r.table} {r.key}" for r in release.rows if r.table in wanted and r.id not in cited)


@dataclass
class ApplyReport:
    inserted: int = 0
    updated: int = 0
    kept_user_edits: int = 0
    kept_user_deletions: int = 0
    retired: int = 0
    applied: bool = True


def _norm(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return int(value)
    return value


def _db_norm(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.dumps(json.loads(value), ensure_ascii=False, sort_keys=True)
        except ValueError:
            return value
    return value


def apply_release(db: Database, release: Release, now: str, *, force: bool = False) -> ApplyReport:
    """Bring the reference rows in *db* to *release*, keeping what the user entered or edited."""
    if not force and read_meta(db, "reference_digest") == release.digest:
        return ApplyReport(applied=False)
    report = ApplyReport()
    with db.atomic():
        ids_by_table: dict[str, set[str]] = {}
        for row in release.rows:
            ids_by_table.setdefault(row.table, set()).add(row.id)
            values = {k: _norm(v) for k, v in row.values.items()}
            cur = db.execute(f"SELECT * FROM {row.table} WHERE id = ?", [row.id])
            columns = [c[0] for c in cur.description]
            found = cur.fetchone()
            if found is None:
                record = {"id": row.id, "origin": "reference", "created_at": now, "updated_at": now, **values}
                cols = ", ".join(record)
                marks = ", ".join("?" for _ in record)
                db.execute(f"INSERT INTO {row.table} ({cols}) VALUES ({marks})", list(record.values()))
                report.inserted += 1
                continue
            current = dict(zip(columns, found, strict=True))
            user_fields = set(json.loads(current["user_fields"]))
            if current["deleted_at"] is not None and "deleted_at" in user_fields:
                report.kept_user_deletions += 1
                continue
            changes = {
                k: v for k, v in values.items() if k not in user_fields and _db_norm(current.get(k)) != _db_norm(v)
            }
            if user_fields & set(values):
                report.kept_user_edits += 1
            if current["deleted_at"] is not None:
                changes["deleted_at"] = None
            if changes:
                changes["updated_at"] = now
                sets = ", ".join(f"{k} = ?" for k in changes)
                db.execute(f"UPDATE {row.table} SET {sets} WHERE id = ?", [*changes.values(), row.id])
                report.updated += 1
        for table in TABLE_ORDER:
            keep = ids_by_table.get(table, set())
            stale = db.execute(
                f"SELECT id, user_fields FROM {table} WHERE origin = 'reference' AND deleted_at IS NULL"
            ).fetchall()
            for rid, user_fields_json in stale:
                if rid in keep:
                    continue
                if json.loads(user_fields_json):
                    report.kept_user_edits += 1
                    continue
                if table == "citation" and _cites_a_kept_record(db, rid):
                    continue  # the record stays (the user edited it), and so does where it came from
                db.execute(f"UPDATE {table} SET deleted_at = ?, updated_at = ? WHERE id = ?", [now, now, rid])
                report.retired += 1
        write_meta(db, "reference_version", release.version)
        write_meta(db, "reference_digest", release.digest)
    return report


def _cites_a_kept_record(db: Database, citation_id: str) -> bool:
    row = db.execute("SELECT record_kind, record_id FROM citation WHERE id = ?", [citation_id]).fetchone()
    if row is None or row[0] not in TABLE_ORDER:
        return False
    kept = db.execute(f"SELECT 1 FROM {row[0]} WHERE id = ? AND deleted_at IS NULL", [row[1]]).fetchone()
    return kept is not None
