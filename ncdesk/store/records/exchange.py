"""The shared record: a package received, checked, previewed and applied.

Every laptop keeps its own database; changes travel as packages (docs/EXCHANGE_FORMAT.md; the
envelope, its signature and encryption, are io/package.py's). The database side is four modules:
who we exchange with (`exchange_peers`), the versions of fields (`exchange_versions`), making a
package (`exchange_out`), and this one: reading a package's content (`validate`), its preview
(`plan`), applying it (`apply`) and what the history shows of it. The design:

- **Versions.** Every field somebody changed carries a *version vector*: for each installation
  that edited it, the hybrid logical clock (HLC) of its latest edit. Local edits are *stamped*
  from the history (`change_log`) before anything is shared or received, so no write path has to
  know about exchange: a form, an undo, an import, a hand edit in sqlite3 are all versioned alike.
  Received changes are written in a batch of kind 'receive', which stamping skips (they carry
  their own versions).
- **Packages carry state, not deltas**: every record that changed since the last package to its
  recipients, with all its shared fields and each field's vector, and the records it refers to
  (a destination travels with its alert). So a package applies whatever arrived before it.
- **Merging a field**: the incoming vector is below or equal to ours: nothing to do (already
  received, or older); above ours: theirs is later, it replaces ours; neither: the two edits
  were concurrent, a *conflict* unless the values agree. A conflict is decided by the user
  (`mine` or `theirs`); keeping mine makes a new edit of ours that dominates both, so it
  travels on and every laptop ends with the same value; the value not kept stays in the
  history (`exchange_conflict`, and the change log for the one replaced).
- **All or nothing**: a package is applied in one transaction, only once (its id is kept).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ncdesk.core.labels import kind_label
from ncdesk.core.text import Message, Typed
from ncdesk.store.file import engine
from ncdesk.store.file.db import write_meta
from ncdesk.store.file.schema import KIND_BY_TABLE, TABLES
from ncdesk.store.records.attachments import STORED_NAME, write_received
from ncdesk.store.records.exchange_out import FORMAT, FORMAT_VERSION
from ncdesk.store.records.exchange_peers import ExchangeError, require_identity
from ncdesk.store.records.exchange_versions import (
    ALL_FIELDS,
    VV,
    Dots,
    Version,
    compare,
    current_seq,
    iso_ms,
    merged,
    next_hlc,
    observe_hlc,
    own_edit,
    relate,
    shared_fields,
    stamp,
    version_of,
    version_text,
    vv_for,
    vv_text,
)
from ncdesk.store.records.lookup import title_of
from ncdesk.store.records.merge import settle
from ncdesk.store.reference import apply_release

if TYPE_CHECKING:
    from ncdesk.store.reference import ApplyReport, Release
    from ncdesk.store.store import Store

RELEASE_FORMAT = "ncdesk-reference-release"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class PackageContentError(ExchangeError):
    """A signed package whose content cannot be applied (malformed, or refers to what is not here)."""

    what_to_do = Message("Nothing was changed. Ask the sender for a new package.")


# --- reading a package's content ---------------------------------------------------------------


def _refuse(message: Message) -> PackageContentError:
    return PackageContentError(Message("The package cannot be applied: %1.", message))


_KNOWN_IDS: set[str] = set()  # installation ids already checked as UUIDs (a package repeats a few)


def _good_vv(value: dict[Any, Any]) -> bool:
    for k, v in value.items():
        if type(v) is not int or not 0 < v < 2**63:
            return False
        if k not in _KNOWN_IDS:
            if not (type(k) is str and _UUID.match(k)):
                return False
            if len(_KNOWN_IDS) < 10_000:
                _KNOWN_IDS.add(k)
    return True


def _good_dots(dots: Any, ctx: Mapping[str, int]) -> bool:
    """A list of [installation, clock] pairs, each within the context."""
    if type(dots) is not list:
        return False
    for dot in dots:
        if type(dot) is not list or len(dot) != 2 or type(dot[0]) is not str or type(dot[1]) is not int:
            return False
        if ctx.get(dot[0], 0) < dot[1] or dot[1] <= 0:
            return False
    return True


def _vv_of(value: Any, where: str) -> VV:
    if not isinstance(value, dict):
        raise _refuse(Message("%1 has no valid version", Typed(where)))
    for k, v in value.items():
        if (
            type(v) is not int
            or not 0 < v < 2**63
            or k not in _KNOWN_IDS
            and not (isinstance(k, str) and _UUID.match(k))
        ):
            raise _refuse(Message("%1 has no valid version", Typed(where)))
        if len(_KNOWN_IDS) < 10_000:
            _KNOWN_IDS.add(k)
    return value


def validate(store: Store, body: Any) -> dict[str, Any]:  # noqa: PLR0912 - a check per part of the exchange format, in its order
    """The body, checked to the last field; PackageContentError on anything malformed."""
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise _refuse(Message("it does not hold ncdesk changes"))
    version = body.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _refuse(Message("its format version is missing"))
    if version > FORMAT_VERSION:
        raise PackageContentError(
            Message(
                "The package was made by a newer ncdesk (changes format %1; this ncdesk reads %2).",
                version,
                FORMAT_VERSION,
            ),
            Message("Nothing was changed. Update ncdesk, then receive it again."),
        )
    for key in ("package", "sender"):
        if not isinstance(body.get(key), str) or not _UUID.match(body[key]):
            raise _refuse(Message("%1 is not an id", Typed(key)))
    if not isinstance(body.get("sender_name"), str) or not isinstance(body.get("created_at"), str):
        raise _refuse(Message("the sender's name or the date is missing"))
    hlc = body.get("created_hlc")
    if not isinstance(hlc, int) or isinstance(hlc, bool) or not 0 < hlc < 2**63:
        raise _refuse(Message("its clock is missing"))
    _vv_of(body.get("received", {}), "received")
    records = body.get("records")
    tombstones = body.get("tombstones")
    if not isinstance(records, list) or not isinstance(tombstones, list):
        raise _refuse(Message("its records are missing"))
    seen: set[str] = set()
    tables = frozenset(TABLES)
    for n, rec in enumerate(records, start=1):
        if type(rec) is not dict or type(rec.get("table")) is not str or rec["table"] not in tables:
            raise _refuse(Message("%1 is not a record of a known kind", Typed(f"record {n}")))
        rid = rec.get("id")
        if type(rid) is not str or rid in seen or not _UUID.match(rid):
            raise _refuse(Message("%1 has no valid id", Typed(f"record {n}")))
        seen.add(rid)
        if rec.get("origin") not in ("user", "reference"):
            raise _refuse(Message("%1 has no valid origin", Typed(f"record {n}")))
        for key in ("created_at", "updated_at"):
            if type(rec.get(key)) is not str or len(rec[key]) > 40:
                raise _refuse(Message("%1 has no valid %2", Typed(f"record {n}"), Typed(key)))
        uf = rec.get("user_fields")
        if type(uf) is not list or not all(type(x) is str for x in uf):
            raise _refuse(Message("%1 has no valid user_fields", Typed(f"record {n}")))
        fields = rec.get("fields")
        if type(fields) is not dict:
            raise _refuse(Message("%1 has no fields", Typed(f"record {n}")))
        default = rec.get("version")
        if default is not None and (
            type(default) is not list
            or len(default) != 2
            or type(default[0]) is not dict
            or not _good_vv(default[0])
            or not _good_dots(default[1], default[0])
        ):
            raise _refuse(Message("%1 has no valid version", Typed(f"record {n}")))
        for name, pair in fields.items():
            if type(pair) is not list or len(pair) not in (1, 3) or len(pair) == 1 and default is None:
                raise _refuse(Message("%1, field %2, is malformed", Typed(f"record {n}"), Typed(name)))
            value = pair[0]
            kind = type(value)
            if kind is int:
                if not -(2**63) <= value < 2**63:
                    raise _refuse(Message("%1, field %2, is too large", Typed(f"record {n}"), Typed(name)))
            elif kind is not str and kind is not float and value is not None:
                raise _refuse(Message("%1, field %2, is not a value", Typed(f"record {n}"), Typed(name)))
            if len(pair) == 3 and (
                type(pair[1]) is not dict or not _good_vv(pair[1]) or not _good_dots(pair[2], pair[1])
            ):
                raise _refuse(Message("%1 has no valid version", Typed(f"record {n}, field {name}")))
    files = body.setdefault("files", {})
    if type(files) is not dict or not all(type(k) is str and type(v) is str for k, v in files.items()):
        raise _refuse(Message("its attached files are malformed"))
    for n, tomb in enumerate(tombstones, start=1):
        if not isinstance(tomb, dict) or tomb.get("table") not in TABLES:
            raise _refuse(Message("removal %1 is malformed", n))
        if not isinstance(tomb.get("id"), str) or not _UUID.match(tomb["id"]):
            raise _refuse(Message("removal %1 is malformed", n))
        _vv_of(tomb.get("vv"), f"removal {n}")
    return body


# --- the preview and applying ----------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    table: str
    record_id: str
    title: str
    field: str
    mine: Any
    theirs: Any


@dataclass
class Plan:
    """What receiving a package would do: records added, fields updated, conflicts to decide."""

    package_id: str
    sender: str
    sender_name: str
    created_at: str
    already: bool = False
    added: list[tuple[str, str, str]] = field(default_factory=list)  # (table, id, title)
    updated: list[FieldChange] = field(default_factory=list)
    conflicts: list[FieldChange] = field(default_factory=list)
    removed: list[tuple[str, str, str]] = field(default_factory=list)
    # internal: what to write
    _inserts: list[dict[str, Any]] = field(default_factory=list, repr=False)
    _updates: dict[tuple[str, str], dict[str, tuple[Any, Version, str]]] = field(default_factory=dict, repr=False)
    _stamps: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict, repr=False)
    _tombstones: list[tuple[str, str, VV]] = field(default_factory=list, repr=False)
    _body: dict[str, Any] = field(default_factory=dict, repr=False)
    # a reference release from the publisher (applied like a bundled one) instead of changes
    release: Release | None = None
    _seen: int = field(default=0, repr=False)  # the history's last change when the plan was made

    @property
    def nothing(self) -> bool:
        return self.release is None and not (self.added or self.updated or self.conflicts or self.removed)

    def inserted(self, table: str) -> list[dict[str, Any]]:
        """The values of the records of *table* the package adds (store/records/duplicates.py compares them)."""
        return [i["values"] for i in self._inserts if i["table"] == table]


def record_label(table: str) -> str:
    """The English name of a kind of record that begins a title ("Travel alert: …"); the window
    puts its own language's in its place."""
    return kind_label(table) if table in KIND_BY_TABLE else table.replace("_", " ").capitalize()


def _title(store: Store, table: str, record_id: str, values: Mapping[str, Any], names: dict[str, str]) -> str:
    """The record as a delegate names it: "Travel alert: Vladimir Putin, 2-4 March 2030"."""
    label = record_label(table)
    if table == "travel_alert" and not values.get("title"):
        pid = str(values.get("person_id") or "")
        if pid not in names:
            row = store.db.execute("SELECT name FROM person WHERE id = ?", [pid]).fetchone()
            names[pid] = row[0] if row else "?"
        who = names[pid]
        return f"{label}: {who}, {values.get('date_text') or values.get('date_from') or ''}".rstrip(", ")
    said = title_of(table, {**values, "id": record_id})
    if said == record_id:  # a part of another record (a destination, a step): what it says, not its id
        parts = []
        state = values.get("state_id")
        if isinstance(state, str):
            if state not in names:
                row = store.db.execute("SELECT name FROM state WHERE id = ?", [state]).fetchone()
                names[state] = row[0] if row else "?"
            parts.append(names[state])
        parts += [str(values[c]) for c in ("step", "kind", "at", "date", "due_on") if values.get(c)]
        if parts:
            said = ", ".join(parts)
    return f"{label}: {said}"


def _local_state(
    store: Store, records: list[dict[str, Any]]
) -> tuple[dict[str, tuple[str, dict[str, Any]]], dict[str, dict[str, Version]]]:
    """The package's records as they are here (by id: table and row, whichever table holds the
    id) and their fields' versions, read a table and 500 ids at a time."""
    ids = [rec["id"] for rec in records]
    rows: dict[str, tuple[str, dict[str, Any]]] = {}
    have: dict[str, dict[str, Version]] = {}
    owners: dict[str, list[str]] = {}  # table → ids of the package it holds (ids are unique across tables)
    for i in range(0, len(ids), 1000):
        chunk = ids[i : i + 1000]
        marks = ", ".join("?" for _ in chunk)
        sql = " UNION ALL ".join(f"SELECT '{t}', id FROM {t} WHERE id IN ({marks})" for t in TABLES)
        for table, rid in store.db.execute(sql, chunk * len(TABLES)):
            owners.setdefault(table, []).append(rid)
    for table, found in owners.items():
        columns = store.columns(table)
        for i in range(0, len(found), 500):
            chunk = found[i : i + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in store.db.execute(f"SELECT {store.selected(table)} FROM {table} WHERE id IN ({marks})", chunk):
                values = dict(zip(columns, row, strict=True))
                rows[values["id"]] = (table, values)
    by_table: dict[str, list[str]] = {}
    for rid, (table, _) in rows.items():
        by_table.setdefault(table, []).append(rid)
    for table, found in by_table.items():
        for i in range(0, len(found), 500):
            chunk = found[i : i + 500]
            marks = ", ".join("?" for _ in chunk)
            for rid, fld, vv in store.db.execute(
                f"SELECT record_id, field, vv FROM field_version WHERE tbl = ? AND record_id IN ({marks})",
                [table, *chunk],
            ):
                have.setdefault(rid, {})[fld] = version_of(vv)
    return rows, have


def _received_file(body: dict[str, Any], record_id: str, values: Mapping[str, Any]) -> bytes | None:
    """The attached file a new attachment record needs, checked against its fingerprint."""
    text = body["files"].get(record_id)
    if text is None:
        return None
    if not isinstance(values.get("stored_name"), str) or not STORED_NAME.match(values["stored_name"]):
        raise _refuse(Message("an attached file has a name ncdesk does not make"))
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise _refuse(Message("an attached file is malformed")) from exc
    if hashlib.sha256(data).hexdigest() != values.get("sha256"):
        raise _refuse(Message("an attached file does not match its fingerprint"))
    return data


def _dots_of(raw: list[list[Any]], seen: dict[tuple[str, int], Dots]) -> Dots:
    if len(raw) != 1:
        return frozenset((o, h) for o, h in raw)
    key = (raw[0][0], raw[0][1])
    found = seen.get(key)
    if found is None:
        found = seen[key] = frozenset((key,))
    return found


def _last_change(store: Store) -> int:
    return int(store.db.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0])


def plan(store: Store, body: dict[str, Any]) -> Plan:  # noqa: PLR0912, PLR0915 - a change planned per field of the exchange format, in its order
    """Compare a validated package with this database. Local edits are stamped first, so that
    one made since the last package is seen as concurrent with theirs."""
    stamp(store)
    p = Plan(body["package"], body["sender"], body["sender_name"], body["created_at"], _body=body)
    p._seen = _last_change(store)
    if store.db.execute("SELECT 1 FROM received_package WHERE id = ?", [p.package_id]).fetchone():
        p.already = True
        return p
    for tomb in body["tombstones"]:
        table, rid = tomb["table"], tomb["id"]
        row = store.db.execute(f"SELECT {store.selected(table)} FROM {table} WHERE id = ?", [rid]).fetchone()
        mine = store.db.execute("SELECT vv FROM tombstone WHERE record_id = ?", [rid]).fetchone()
        if mine is not None and compare(tomb["vv"], json.loads(mine[0])) in ("equal", "before"):
            continue
        p._tombstones.append((table, rid, tomb["vv"]))
        if row is not None:
            p.removed.append(
                (table, rid, _title(store, table, rid, dict(zip(store.columns(table), row, strict=True)), {}))
            )
    gone = {rid for _, rid, _ in p._tombstones} | {r[0] for r in store.db.execute("SELECT record_id FROM tombstone")}
    names = {rec["id"]: str(rec["fields"].get("name", [""])[0]) for rec in body["records"] if rec["table"] == "person"}
    rows, have_all = _local_state(store, body["records"])
    dots_seen: dict[tuple[str, int], Dots] = {}  # most fields are one edit, shared by many: one set each
    shared_columns: dict[str, frozenset[str]] = {}
    for rec in body["records"]:
        table, rid = rec["table"], rec["id"]
        if rid in gone:
            continue  # removed here (or by this package): a removal is final
        columns = shared_columns.get(table)
        if columns is None:
            columns = shared_columns[table] = frozenset(shared_fields(store, table))
        default: Version | None = None
        if "version" in rec:
            default = (rec["version"][0], _dots_of(rec["version"][1], dots_seen))
        values = {f: pair[0] for f, pair in rec["fields"].items() if f in columns}
        own: dict[str, Version] = {  # the fields whose version is not the record's
            f: (pair[1], _dots_of(pair[2], dots_seen))
            for f, pair in rec["fields"].items()
            if len(pair) == 3 and f in columns
        }
        row = rows.get(rid)
        if row is not None and row[0] != table:
            raise _refuse(Message("the id %1 is a %2 here, not a %3", Typed(rid), Typed(row[0]), Typed(table)))
        if row is None:
            if rec["origin"] != "user":
                raise PackageContentError(
                    Message(
                        "The package edits a reference record this ncdesk does not have (%1 %2): "
                        "the sender has a newer reference release (%3).",
                        Typed(table),
                        Typed(rid),
                        Typed(body.get("reference_version") or "?"),
                    ),
                    Message(
                        "Nothing was changed. Update ncdesk (its reference data comes with it), then receive it again."
                    ),
                )
            content = None
            if table == "attachment":
                content = _received_file(body, rid, values)
                if content is None:
                    continue  # the sender does not have the file either: the record waits for it
            p._inserts.append(
                {
                    "table": table,
                    "values": {
                        "id": rid,
                        "origin": "user",
                        "created_at": rec["created_at"],
                        "updated_at": rec["updated_at"],
                        "user_fields": json.dumps(rec["user_fields"]),
                        **values,
                    },
                    "default": default,
                    "versions": own,
                    "file": content,
                }
            )
            p.added.append((table, rid, _title(store, table, rid, values, names)))
            continue
        local = row[1]
        have = have_all.get(rid, {})
        title = _title(store, table, rid, local, names)
        changes: dict[str, tuple[Any, Version, str]] = {}
        for f, value in values.items():
            theirs = own.get(f) or default
            assert theirs is not None  # validate() refuses a field without a version
            ctx, dots = theirs
            ours = vv_for(have, f)
            order = relate((ctx, dots), ours)
            if order == "known":
                continue
            context = merged(ours[0], ctx)
            if order == "later":
                changes[f] = (value, (context, dots), "theirs")
                if local[f] != value:
                    p.updated.append(FieldChange(table, rid, title, f, local[f], value))
            elif local[f] == value:
                changes[f] = (value, (context, ours[1] | dots), "theirs")  # the same edit on both sides
            elif f == "deleted_at" and local[f] is not None and value is not None:
                # deleted on both sides (at different moments): not a conflict; the later moment
                changes[f] = (max(local[f], value), (context, ours[1] | dots), "theirs")
                if value > local[f]:
                    p.updated.append(FieldChange(table, rid, title, f, local[f], value))
            else:
                changes[f] = (value, (context, dots), "conflict")
                p.conflicts.append(FieldChange(table, rid, title, f, local[f], value))
        p._stamps[(table, rid)] = {
            "updated_at": max(local["updated_at"], rec["updated_at"]),
            "user_fields": sorted(set(json.loads(local["user_fields"])) | set(rec["user_fields"])),
        }
        if changes:
            p._updates[(table, rid)] = changes
    return p


@dataclass(frozen=True)
class Received:
    package_id: str
    sender_name: str
    already: bool
    added: int
    updated: int
    conflicts: int
    removed: int
    batch_id: str | None
    release: ApplyReport | None = None


class ConflictsUndecided(ExchangeError):
    def __init__(self, p: Plan) -> None:
        super().__init__(
            Message(
                "%1 conflict(s) wait for a decision: the same field was changed here and by the sender.",
                len(p.conflicts),
            ),
            Message("Nothing was changed. Choose for each, or receive with --take mine or --take theirs."),
        )
        self.plan = p


def apply(
    store: Store,
    p: Plan,
    *,
    take: str | None = None,
    decisions: Mapping[tuple[str, str], str] | None = None,
) -> Received:
    """Write the plan in one batch ("Received from NAME, package ID"): all of it or nothing.
    Each conflict is decided by *decisions* ((record id, field) → 'mine' or 'theirs'), else *take*."""
    decisions = dict(decisions or {})
    undecided = [c for c in p.conflicts if (c.record_id, c.field) not in decisions and take not in ("mine", "theirs")]
    if undecided:
        raise ConflictsUndecided(p)
    if p.already:
        return Received(p.package_id, p.sender_name, True, 0, 0, 0, 0, None)
    if p.release is not None:
        return _apply_release(store, p, p.release)
    me = require_identity(store).installation_id
    if _last_change(store) != p._seen:
        raise ExchangeError(
            Message("The record changed since the package was previewed (an edit, or another package received)."),
            Message("Nothing was changed. Open the package again to see what it would do now."),
        )
    label = f"Received from {p.sender_name}, package {p.package_id[:8]}"
    written: list[Path] = []  # attached files stored for new records: removed if the package is not applied
    try:
        received = _apply_changes(store, p, label, me, decisions, take, written)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    settle(store)
    return received


def _apply_changes(  # noqa: PLR0912, PLR0915 - the plan's changes applied in one transaction, in its order
    store: Store,
    p: Plan,
    label: str,
    me: str,
    decisions: Mapping[tuple[str, str], str],
    take: str | None,
    written: list[Path],
) -> Received:
    body = p._body
    rule_broken = (*engine.IntegrityError, *engine.DataError)

    def broken(table: str, exc: Exception) -> PackageContentError:
        return _refuse(Message("a %1 breaks a rule of this database (%2)", Typed(table), Typed(str(exc)[:160])))

    with store.batch(label, kind="receive") as batch_id, store._translated():
        highest = int(body["created_hlc"])
        seq = current_seq(store)
        new_versions: list[tuple[str, str, str, str, int]] = []
        for table, rid, vv in p._tombstones:
            seq += 1
            try:
                store.db.execute(f"DELETE FROM {table} WHERE id = ?", [rid])
            except rule_broken as exc:
                raise broken(table, exc) from exc
            store.db.execute("DELETE FROM field_version WHERE tbl = ? AND record_id = ?", [table, rid])
            store.db.execute(
                "INSERT OR REPLACE INTO tombstone(record_id, tbl, vv, seq) VALUES (?, ?, ?, ?)",
                [rid, table, vv_text(vv), seq],
            )
            highest = max([highest, *vv.values()])
        # New records, parents first (the package is in the tables' order), a statement per run of
        # records of one table and the same columns.
        run: list[dict[str, Any]] = []

        def flush() -> None:
            if not run:
                return
            table, columns = run[0]["table"], list(run[0]["values"])
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
            try:
                store.db.conn.executemany(sql, [[ins["values"][c] for c in columns] for ins in run])
            except rule_broken as exc:
                raise broken(table, exc) from exc
            run.clear()

        for ins in p._inserts:
            if ins.get("file") is not None:
                try:
                    written.append(write_received(store, ins["values"]["stored_name"], ins["file"]))
                except FileExistsError as exc:
                    raise _refuse(Message("an attached file has the name of one already here")) from exc
            if run and (run[0]["table"] != ins["table"] or list(run[0]["values"]) != list(ins["values"])):
                flush()
            run.append(ins)
            seq += 1
            # The record's version ("*" row) and the fields that have their own.
            if ins["default"] is not None:
                new_versions.append((ins["table"], ins["values"]["id"], ALL_FIELDS, version_text(ins["default"]), seq))
                highest = max(highest, max(ins["default"][0].values(), default=0))
            for f, version in ins["versions"].items():
                new_versions.append((ins["table"], ins["values"]["id"], f, version_text(version), seq))
                highest = max(highest, max(version[0].values(), default=0))
        flush()
        mine_hlc: int | None = None
        for (table, rid), changes in p._updates.items():
            sets: dict[str, Any] = {}
            seq += 1
            for f, (value, version, how) in changes.items():
                highest = max([highest, *version[0].values()])
                if how == "conflict":
                    choice = decisions.get((rid, f), take)
                    local = store.db.execute(f"SELECT {f} FROM {table} WHERE id = ?", [rid]).fetchone()[0]
                    store.db.execute(
                        "INSERT INTO exchange_conflict"
                        "(batch_id, package_id, tbl, record_id, field, mine, theirs, kept, at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [batch_id, p.package_id, table, rid, f, local, value, choice, store.now()],
                    )
                    if choice == "mine":
                        if mine_hlc is None:
                            observe_hlc(store, highest)
                            mine_hlc = next_hlc(store, iso_ms(store.now()))
                        new_versions.append((table, rid, f, version_text(own_edit(version, me, mine_hlc)), seq))
                        continue
                sets[f] = value
                new_versions.append((table, rid, f, version_text(version), seq))
            stamps = p._stamps.get((table, rid))
            if stamps:
                sets["updated_at"] = stamps["updated_at"]
                sets["user_fields"] = json.dumps(stamps["user_fields"])
            if sets:
                try:
                    store.db.execute(
                        f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in sets)} WHERE id = ?", [*sets.values(), rid]
                    )
                except rule_broken as exc:
                    raise broken(table, exc) from exc
        by_table: dict[str, list[list[Any]]] = {}
        for (table, rid), stamps in p._stamps.items():
            if (table, rid) not in p._updates:
                fields = json.dumps(stamps["user_fields"])
                by_table.setdefault(table, []).append([stamps["updated_at"], fields, rid, stamps["updated_at"], fields])
        for table, params in by_table.items():
            store.db.conn.executemany(
                f"UPDATE {table} SET updated_at = ?, user_fields = ? "
                "WHERE id = ? AND (updated_at != ? OR user_fields != ?)",
                params,
            )
        store.db.conn.executemany(
            "INSERT INTO field_version(tbl, record_id, field, vv, seq) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(tbl, record_id, field) DO UPDATE SET vv = excluded.vv, seq = excluded.seq",
            new_versions,
        )
        write_meta(store.db, "exchange_seq", str(seq))
        observe_hlc(store, highest)
        store.db.execute(
            "INSERT INTO received_package(id, sender, sender_name, at, batch_id, records) VALUES (?, ?, ?, ?, ?, ?)",
            [p.package_id, p.sender, p.sender_name, store.now(), batch_id, len(body["records"])],
        )
        acked = body.get("received", {}).get(me)
        store.db.execute(
            "UPDATE contact SET last_received_at = ?, received_hlc = max(received_hlc, ?), "
            "acked_hlc = max(acked_hlc, ?) WHERE installation_id = ?",
            [store.now(), int(body["created_hlc"]), int(acked or 0), p.sender],
        )
    return Received(
        p.package_id, p.sender_name, False, len(p.added), len(p.updated), len(p.conflicts), len(p.removed), batch_id
    )


def plan_release(store: Store, body: dict[str, Any], release: Release) -> Plan:
    """A reference release received from the publisher: applied like a bundled one, the user's
    edits kept. An older release than the one applied here is refused (nothing goes back)."""
    p = Plan(body["package"], body["sender"], body["sender_name"], body["created_at"], _body=body, release=release)
    if store.db.execute("SELECT 1 FROM received_package WHERE id = ?", [p.package_id]).fetchone():
        p.already = True
    return p


def _apply_release(store: Store, p: Plan, release: Release) -> Received:
    label = f"Reference data {release.version}, from {p.sender_name}, package {p.package_id[:8]}"
    with store.batch(label, kind="reference") as batch_id, store._translated():
        report = apply_release(store.db, release, store.now())
        write_meta(store.db, "reference_received_version", release.version)
        store.db.execute(
            "INSERT INTO received_package(id, sender, sender_name, at, batch_id, records) VALUES (?, ?, ?, ?, ?, ?)",
            [p.package_id, p.sender, p.sender_name, store.now(), batch_id, len(release.rows)],
        )
        store.db.execute("UPDATE contact SET last_received_at = ? WHERE installation_id = ?", [store.now(), p.sender])
    return Received(
        p.package_id, p.sender_name, False, report.inserted, report.updated, 0, report.retired, batch_id, report
    )


# --- what the history shows --------------------------------------------------------------------


def conflicts_of(store: Store, record_id: str) -> list[dict[str, Any]]:
    """The conflicts decided on a record: both values, which was kept, from which package."""
    rows = store.db.execute(
        "SELECT c.field, c.mine, c.theirs, c.kept, c.at, c.package_id, p.sender_name FROM exchange_conflict c "
        "LEFT JOIN received_package p ON p.id = c.package_id WHERE c.record_id = ? ORDER BY c.seq",
        [record_id],
    ).fetchall()
    return [
        {"field": r[0], "mine": r[1], "theirs": r[2], "kept": r[3], "at": r[4], "package": r[5], "from": r[6]}
        for r in rows
    ]


def received_packages(store: Store, limit: int = 50) -> list[dict[str, Any]]:
    """The packages received lately, newest first: from whom, when, and what they brought (records
    added per kind of record people open, fields updated)."""
    rows = store.db.execute(
        "SELECT id, sender, sender_name, at, records, batch_id FROM received_package ORDER BY at DESC LIMIT ?", [limit]
    ).fetchall()
    out = []
    for r in rows:
        added: dict[str, int] = {}
        updated = 0
        if r[5]:
            for table, action, count in store.db.execute(
                "SELECT tbl, action, count(*) FROM change_log WHERE batch_id = ? AND (action = 'insert' OR "
                "field NOT IN ('updated_at', 'user_fields')) GROUP BY tbl, action",
                [r[5]],
            ):
                if action == "insert" and table in KIND_BY_TABLE:
                    added[table] = count
                elif action == "update":
                    updated += count
        out.append(
            {"id": r[0], "sender": r[1], "sender_name": r[2], "at": r[3], "records": r[4], "added": added,
             "fields_updated": updated}
        )  # fmt: skip
    return out
