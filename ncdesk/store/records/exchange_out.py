"""Making a package: the records changed since the last package to its recipients, each with its
shared fields, their versions and the records it refers to (`make_body`), and marking them sent
once the package is written (`mark_sent`). The envelope, its signature and encryption are
io/package.py's; a package received is `exchange`.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ncdesk.store.file.errors import StoreError
from ncdesk.store.file.schema import TABLES
from ncdesk.store.records.attachments import read_bytes
from ncdesk.store.records.exchange_peers import contacts, require_identity
from ncdesk.store.records.exchange_versions import (
    ALL_FIELDS,
    BOOKKEEPING,
    Version,
    current_seq,
    iso_ms,
    next_hlc,
    stamp,
    versions,
    vv_for,
)

if TYPE_CHECKING:
    from ncdesk.store.store import Store


FORMAT = "ncdesk-changes"
FORMAT_VERSION = 1  # the exchange format written, and the latest read (docs/EXCHANGE_FORMAT.md)


def _references(store: Store) -> dict[str, list[tuple[str, str]]]:
    """For each table, its (column, referred table) pairs."""
    out: dict[str, list[tuple[str, str]]] = {}
    for table in TABLES:
        out[table] = [
            (r[3], r[2]) for r in store.db.execute(f"PRAGMA foreign_key_list({table})").fetchall() if r[2] in TABLES
        ]
    return out


def _owner(store: Store, record_id: str, hint: str | None = None) -> str | None:
    if hint and store.db.execute(f"SELECT 1 FROM {hint} WHERE id = ?", [record_id]).fetchone():
        return hint
    for table in TABLES:
        if store.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [record_id]).fetchone():
            return table
    return None


def _wire(version: Version) -> list[Any]:
    """A version as the package carries it: the context, then the dots."""
    return [version[0], [[o, h] for o, h in sorted(version[1])]]


def _record_entry(store: Store, table: str, record_id: str) -> dict[str, Any] | None:
    columns = store.columns(table)
    row = store.db.execute(f"SELECT {store.selected(table)} FROM {table} WHERE id = ?", [record_id]).fetchone()
    if row is None:
        return None
    values = dict(zip(columns, row, strict=True))
    have = versions(store, table, record_id)
    if values["origin"] == "user":
        chosen = [f for f in columns if f not in BOOKKEEPING]
    else:
        chosen = [f for f in columns if f in have]
        if not chosen:
            return None  # a reference record nobody edited: every laptop has it
    entry: dict[str, Any] = {
        "table": table,
        "id": record_id,
        "origin": values["origin"],
        "created_at": values["created_at"],
        "updated_at": values["updated_at"],
        "user_fields": json.loads(values["user_fields"]),
    }
    default = have.get(ALL_FIELDS)
    if default is not None:  # the version most fields share (the record added whole), said once
        entry["version"] = _wire(default)
    entry["fields"] = {
        f: [values[f]] if default is not None and f not in have else [values[f], *_wire(vv_for(have, f))]
        for f in chosen
    }
    return entry


@dataclass
class Outgoing:
    body: dict[str, Any]
    high_seq: int
    records: int

    @property
    def package_id(self) -> str:
        return str(self.body["package"])


def make_body(
    store: Store,
    recipients: Iterable[str],
    *,
    everything: bool = False,
    only: Iterable[str] | None = None,
    to_passphrase: bool = False,
) -> Outgoing:
    """The changes for *recipients* (installation ids): what changed since the last package to
    them (every shared record with *everything*; the records *only* and what they refer to when
    given), each with all its shared fields and their versions."""
    me = require_identity(store)
    stamp(store)
    recipients = list(recipients)
    known = {c.installation_id: c for c in contacts(store)}
    since = 0 if everything or not recipients else min(known[r].sent_seq if r in known else 0 for r in recipients)
    high = current_seq(store)
    private = {r[0] for r in store.db.execute("SELECT record_id FROM private_record")}
    if only is not None:
        wanted = [(t, rid) for rid in only if (t := _owner(store, rid)) is not None]
    else:
        wanted = [
            (t, rid)
            for t, rid in store.db.execute(
                "SELECT tbl, record_id FROM field_version WHERE seq > ? GROUP BY tbl, record_id", [since]
            ).fetchall()
        ]
    refs = _references(store)
    chosen: dict[str, tuple[str, dict[str, Any]]] = {}
    blocked: set[str] = set()

    def visit(table: str, rid: str) -> bool:
        """Add the record and what it refers to; False when it, or something it needs, is private."""
        if rid in chosen:
            return True
        if rid in blocked or rid in private:
            blocked.add(rid)
            return False
        entry = _record_entry(store, table, rid)
        if entry is None:
            return True  # unedited reference record (or gone): present everywhere
        chosen[rid] = (table, entry)
        for col, target in refs[table]:
            value = entry["fields"].get(col, [None])[0]
            if value is None:
                value_row = store.db.execute(f"SELECT {col} FROM {table} WHERE id = ?", [rid]).fetchone()
                value = value_row[0] if value_row else None
            if isinstance(value, str) and not visit(target, value):
                del chosen[rid]
                blocked.add(rid)
                return False
        return True

    for table, rid in wanted:
        if table in TABLES:
            visit(table, rid)
    order = {t: i for i, t in enumerate(TABLES)}
    records = [e for _, (t, e) in sorted(chosen.items(), key=lambda kv: (order[kv[1][0]], kv[0]))]
    if len(recipients) == 1 and only is None:
        # Not sent back to its author: a record whose every field is the recipient's own edit.
        theirs = {recipients[0]}
        records = [e for e in records if not _authored_by(e, theirs)]
    tomb_rows = (
        []
        if only is not None
        else store.db.execute("SELECT record_id, tbl, vv FROM tombstone WHERE seq > ? ORDER BY seq", [since]).fetchall()
    )
    received = {r: known[r].received_hlc for r in recipients if r in known and known[r].received_hlc > 0}
    files = _attached_files(store, records)
    hlc = next_hlc(store, iso_ms(store.now()))
    body = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "package": str(uuid.uuid4()),
        "sender": me.installation_id,
        "sender_name": me.name,
        "created_at": store.now(),
        "created_hlc": hlc,
        "recipients": "passphrase" if to_passphrase else recipients,
        "received": received,
        "everything": everything,
        "reference_version": store.reference_version(),
        "records": records,
        "tombstones": [{"id": rid, "table": t, "vv": json.loads(vv)} for rid, t, vv in tomb_rows],
        "files": files,
    }
    return Outgoing(body, high, len(records))


def _attached_files(store: Store, records: list[dict[str, Any]]) -> dict[str, str]:
    """The content of the attached files the package's attachment records describe (base64, as
    attached: decrypted), so that a receiver has the file its record points to."""
    files: dict[str, str] = {}
    for entry in records:
        if entry["table"] != "attachment" or "stored_name" not in entry["fields"]:
            continue
        row = {"stored_name": entry["fields"]["stored_name"][0]}
        try:
            files[entry["id"]] = base64.b64encode(read_bytes(store, row)).decode("ascii")
        except (OSError, StoreError):
            continue  # missing or unreadable here: `check` says so; the receiver leaves the record out
    return files


def _authored_by(entry: dict[str, Any], them: set[str]) -> bool:
    """Is every field of the record (as a package carries it) an edit made knowing only *them*?"""
    default = entry.get("version")
    for pair in entry["fields"].values():
        ctx = pair[1] if len(pair) == 3 else default[0] if default else {}
        if not ctx or not set(ctx) <= them:
            return False
    return True


def mark_sent(store: Store, recipients: Iterable[str], out: Outgoing) -> None:
    """Remember that *recipients* were sent everything up to the package (once it is written)."""
    with store.batch("Sent"), store._translated():
        for r in recipients:
            store.db.execute(
                "UPDATE contact SET sent_seq = max(sent_seq, ?), last_sent_at = ? WHERE installation_id = ?",
                [out.high_seq, store.now(), r],
            )
