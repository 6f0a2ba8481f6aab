"""The shared record: what goes into a package, and applying a package's changes.

Every laptop keeps its own database; changes travel as packages (docs/EXCHANGE_FORMAT.md; the
envelope, its signature and encryption, are io/package.py's). This module is the database side:

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
import datetime as dt
import hashlib
import json
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ncdesk.core.text import Message, Typed
from ncdesk.store import engine
from ncdesk.store.db import read_meta, write_meta
from ncdesk.store.errors import StoreError
from ncdesk.store.schema import KIND_BY_TABLE, TABLES

if TYPE_CHECKING:
    from ncdesk.store.reference import ApplyReport, Release
    from ncdesk.store.store import Store

FORMAT = "ncdesk-changes"
RELEASE_FORMAT = "ncdesk-reference-release"
FORMAT_VERSION = 1
# Columns that are the record's bookkeeping, not fields people edit: never versioned.
BOOKKEEPING = ("id", "origin", "created_at", "updated_at", "user_fields")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SKIPPED_KINDS = ("reference", "receive", "export")  # batches that are not this installation's edits
VV = dict[str, int]
Dots = frozenset[tuple[str, int]]
# A field's version: the *context* (a version vector: each installation's latest edit the value
# was made knowing) and the *dots* (the edits the value itself is: one, or several when concurrent
# edits agreed). Dotted version vectors (Preguiça et al.): a value is later than another when it
# was made knowing every one of the other's dots.
Version = tuple[VV, Dots]
NO_VERSION: Version = ({}, frozenset())


class ExchangeError(StoreError):
    what_to_do = Message("Nothing was changed.")


class PackageContentError(ExchangeError):
    """A signed package whose content cannot be applied (malformed, or refers to what is not here)."""

    what_to_do = Message("Nothing was changed. Ask the sender for a new package.")


class NoIdentityError(ExchangeError):
    what_to_do = Message("Create it first: ncdesk identity --name NAME.")


# --- identity and contacts -----------------------------------------------------------------


@dataclass(frozen=True)
class Identity:
    installation_id: str
    name: str
    signing_secret: bytes
    age_secret: str
    created_at: str


def identity(store: Store) -> Identity | None:
    row = store.db.execute(
        "SELECT installation_id, name, signing_secret, age_secret, created_at FROM identity WHERE id = 1"
    ).fetchone()
    return Identity(row[0], row[1], bytes(row[2]), row[3], row[4]) if row else None


def require_identity(store: Store) -> Identity:
    found = identity(store)
    if found is None:
        raise NoIdentityError(Message("This data folder has no identity for sharing yet."))
    return found


def save_identity(store: Store, installation_id: str, name: str, signing_secret: bytes, age_secret: str) -> None:
    """Record this installation's identity (made once; later only its name changes)."""
    with store.batch("Identity"), store._translated():
        store.db.execute(
            "INSERT INTO identity(id, installation_id, name, signing_secret, age_secret, created_at) "
            "VALUES (1, ?, ?, ?, ?, ?)",
            [installation_id, name, signing_secret, age_secret, store.now()],
        )


def rename_identity(store: Store, name: str) -> None:
    with store.batch("Identity"), store._translated():
        store.db.execute("UPDATE identity SET name = ? WHERE id = 1", [name])


@dataclass(frozen=True)
class Contact:
    installation_id: str
    name: str
    signing_public: bytes
    age_recipient: str
    card: str
    verified: bool
    publisher: bool
    added_at: str
    sent_seq: int
    last_sent_at: str | None
    last_received_at: str | None
    received_hlc: int
    acked_hlc: int


_CONTACT_COLUMNS = (
    "installation_id, name, signing_public, age_recipient, card, verified, publisher, added_at, sent_seq, "
    "last_sent_at, last_received_at, received_hlc, acked_hlc"
)


def _contact(row: Any) -> Contact:
    return Contact(row[0], row[1], bytes(row[2]), row[3], row[4], bool(row[5]), bool(row[6]), *row[7:])


def contacts(store: Store) -> list[Contact]:
    rows = store.db.execute(f"SELECT {_CONTACT_COLUMNS} FROM contact ORDER BY name COLLATE NOCASE").fetchall()
    return [_contact(r) for r in rows]


def contact(store: Store, installation_id: str) -> Contact | None:
    row = store.db.execute(
        f"SELECT {_CONTACT_COLUMNS} FROM contact WHERE installation_id = ?", [installation_id]
    ).fetchone()
    return _contact(row) if row else None


def find_contact(store: Store, name: str) -> Contact:
    """The contact called *name* (exactly, then ignoring case, then by a unique beginning)."""
    every = contacts(store)
    tests: list[Callable[[Contact], bool]] = [
        lambda c: name in (c.name, c.installation_id),
        lambda c: c.name.casefold() == name.casefold(),
        lambda c: c.name.casefold().startswith(name.casefold()),
    ]
    for test in tests:
        found = [c for c in every if test(c)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise ExchangeError(
                Message("%1 names several contacts: %2.", Typed(name), Typed(", ".join(c.name for c in found))),
                Message("Give the whole name."),
            )
    known = ", ".join(c.name for c in every) or Message("none yet")
    raise ExchangeError(Message("No contact is called %1 (contacts: %2).", Typed(name), Typed(known)))


def add_contact(
    store: Store,
    installation_id: str,
    name: str,
    signing_public: bytes,
    age_recipient: str,
    card: str,
    *,
    verified: bool = False,
    publisher: bool = False,
) -> bool:
    """Add or renew a contact; False when the same card was already there (nothing changed)."""
    me = identity(store)
    if me is not None and me.installation_id == installation_id:
        raise ExchangeError(Message("This card is this data folder's own card."))
    current = contact(store, installation_id)
    if current is not None and current.signing_public != signing_public:
        raise ExchangeError(
            Message(
                "The contact %1 is already recorded with other keys: a card that claims to be theirs "
                "with different keys may not come from them.",
                Typed(current.name),
            ),
            Message("Compare the fingerprint with them by phone; if they made new keys, remove the contact first."),
        )
    other = store.db.execute(
        "SELECT name FROM contact WHERE signing_public = ? AND installation_id != ?", [signing_public, installation_id]
    ).fetchone()
    if other is not None:
        raise ExchangeError(Message("These keys are already the contact %1's.", Typed(other[0])))
    with store.batch("Contact"), store._translated():
        if current is None:
            store.db.execute(
                "INSERT INTO contact(installation_id, name, signing_public, age_recipient, card, verified, publisher, "
                "added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    installation_id,
                    name,
                    signing_public,
                    age_recipient,
                    card,
                    int(verified),
                    int(publisher),
                    store.now(),
                ],
            )
            return True
        store.db.execute(
            "UPDATE contact SET name = ?, age_recipient = ?, card = ?, verified = max(verified, ?), "
            "publisher = max(publisher, ?) WHERE installation_id = ?",
            [name, age_recipient, card, int(verified), int(publisher), installation_id],
        )
        return (name, age_recipient, verified, publisher) != (
            current.name,
            current.age_recipient,
            current.verified,
            current.publisher,
        )


def set_contact(
    store: Store, installation_id: str, *, verified: bool | None = None, publisher: bool | None = None
) -> None:
    with store.batch("Contact"), store._translated():
        if verified is not None:
            store.db.execute(
                "UPDATE contact SET verified = ? WHERE installation_id = ?", [int(verified), installation_id]
            )
        if publisher is not None:
            store.db.execute(
                "UPDATE contact SET publisher = ? WHERE installation_id = ?", [int(publisher), installation_id]
            )


def remove_contact(store: Store, installation_id: str) -> None:
    with store.batch("Contact"), store._translated():
        store.db.execute("DELETE FROM contact WHERE installation_id = ?", [installation_id])


# --- private records -----------------------------------------------------------------------


def set_private(store: Store, record_ids: Iterable[str], private: bool = True) -> None:
    """Keep records on this laptop only (never shared), or share them again."""
    with store.batch("Private" if private else "Shared"), store._translated():
        for rid in record_ids:
            if private:
                store.db.execute("INSERT OR IGNORE INTO private_record(record_id) VALUES (?)", [rid])
            else:
                store.db.execute("DELETE FROM private_record WHERE record_id = ?", [rid])


def is_private(store: Store, record_id: str) -> bool:
    return store.db.execute("SELECT 1 FROM private_record WHERE record_id = ?", [record_id]).fetchone() is not None


# --- clocks and versions -------------------------------------------------------------------


def _ms(iso: str) -> int:
    moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return int(moment.timestamp() * 1000)


def _next_hlc(store: Store, wall_ms: int) -> int:
    """A hybrid logical clock: wall-clock milliseconds in the high bits, a counter in the low 16,
    never going backwards (even when the laptop's clock does)."""
    last = int(read_meta(store.db, "exchange_hlc") or 0)
    hlc = max(last + 1, wall_ms << 16)
    write_meta(store.db, "exchange_hlc", str(hlc))
    return hlc


def _observe_hlc(store: Store, seen: int) -> None:
    """Advance the clock past a received one, so that our next edits order after it."""
    last = int(read_meta(store.db, "exchange_hlc") or 0)
    if seen > last:
        write_meta(store.db, "exchange_hlc", str(seen))


def _next_seq(store: Store) -> int:
    seq = int(read_meta(store.db, "exchange_seq") or 0) + 1
    write_meta(store.db, "exchange_seq", str(seq))
    return seq


def current_seq(store: Store) -> int:
    return int(read_meta(store.db, "exchange_seq") or 0)


def compare(a: Mapping[str, int], b: Mapping[str, int]) -> str:
    """'equal', 'before' (a is older than b), 'after', or 'concurrent'."""
    a_le = all(v <= b.get(k, 0) for k, v in a.items())
    b_le = all(v <= a.get(k, 0) for k, v in b.items())
    if a_le and b_le:
        return "equal"
    if a_le:
        return "before"
    if b_le:
        return "after"
    return "concurrent"


def merged(a: Mapping[str, int], b: Mapping[str, int]) -> VV:
    out = dict(a)
    for k, v in b.items():
        out[k] = max(out.get(k, 0), v)
    return out


def _vv_text(vv: Mapping[str, int]) -> str:
    # Written by hand (tens of thousands per package): keys are checked UUIDs, values integers.
    return "{" + ",".join(f'"{k}":{int(v)}' for k, v in sorted(vv.items())) + "}"


def _dots_text(dots: Dots) -> str:
    return "[" + ",".join(f'["{o}",{int(h)}]' for o, h in sorted(dots)) + "]"


def _version_text(version: Version) -> str:
    return '{"c":' + _vv_text(version[0]) + ',"d":' + _dots_text(version[1]) + "}"


def _version_of(text: str) -> Version:
    obj = json.loads(text)
    return obj["c"], frozenset((o, h) for o, h in obj["d"])


def covered(dots: Dots, ctx: Mapping[str, int]) -> bool:
    """Were these edits known to whoever had this context?"""
    return all(ctx.get(o, 0) >= h for o, h in dots)


def relate(theirs: Version, ours: Version) -> str:
    """'known' (theirs is ours or older), 'later' (theirs was made knowing ours), 'concurrent'."""
    if covered(theirs[1], ours[0]):
        return "known"
    if covered(ours[1], theirs[0]):
        return "later"
    return "concurrent"


def own_edit(previous: Version, me: str, hlc: int) -> Version:
    """The version of an edit made here, knowing *previous*."""
    return {**previous[0], me: hlc}, frozenset({(me, hlc)})


ALL_FIELDS = "*"  # a version row for every field of a record without its own row (a record added whole)


def vv_for(have: Mapping[str, Version], fld: str) -> Version:
    """A field's version among a record's version rows: its own, else the record's "*" row."""
    found = have.get(fld)
    return found if found is not None else have.get(ALL_FIELDS, NO_VERSION)


def versions(store: Store, table: str, record_id: str) -> dict[str, Version]:
    rows = store.db.execute(
        "SELECT field, vv FROM field_version WHERE tbl = ? AND record_id = ?", [table, record_id]
    ).fetchall()
    return {f: _version_of(v) for f, v in rows}


def _set_version(store: Store, table: str, record_id: str, fld: str, version: Version, seq: int) -> None:
    store.db.execute(
        "INSERT INTO field_version(tbl, record_id, field, vv, seq) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(tbl, record_id, field) DO UPDATE SET vv = excluded.vv, seq = excluded.seq",
        [table, record_id, fld, _version_text(version), seq],
    )


def shared_fields(store: Store, table: str) -> list[str]:
    return [c for c in store.columns(table) if c not in BOOKKEEPING]


def stamp(store: Store) -> int:
    """Give this installation's edits since the last stamp their versions; returns how many
    field versions were written. The first stamp versions every field of the user's records and
    every field a user edited on a reference record."""
    me = require_identity(store).installation_id
    done = read_meta(store.db, "exchange_stamped")
    last_log = store.db.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
    count = 0
    with store.batch("Versions"), store._translated():
        if done is None:
            hlc = _next_hlc(store, _ms(store.now()))
            for table in TABLES:
                fields = shared_fields(store, table)
                rows = store.db.execute(
                    f"SELECT id, origin, user_fields FROM {table} WHERE origin = 'user' OR user_fields != '[]'"
                ).fetchall()
                for rid, origin, user_fields in rows:
                    chosen = [ALL_FIELDS] if origin == "user" else [f for f in json.loads(user_fields) if f in fields]
                    seq = _next_seq(store)
                    for f in chosen:
                        _set_version(store, table, rid, f, own_edit(NO_VERSION, me, hlc), seq)
                        count += 1
        else:
            rows = store.db.execute(
                "SELECT l.seq, l.tbl, l.record_id, l.action, l.field, b.kind, b.at, l.batch_id FROM change_log l "
                "LEFT JOIN change_batch b ON b.id = l.batch_id WHERE l.seq > ? ORDER BY l.seq",
                [int(done)],
            ).fetchall()
            hlc_of: dict[str | None, int] = {}
            for _seq, table, rid, action, fld, kind, at, batch_id in rows:
                if table not in TABLES or kind in _SKIPPED_KINDS:
                    continue
                key = batch_id
                if key not in hlc_of:
                    hlc_of[key] = _next_hlc(store, _ms(at) if at else _ms(store.now()))
                hlc = hlc_of[key]
                if action == "delete":
                    vv: VV = {}
                    for v in versions(store, table, rid).values():
                        vv = merged(vv, v[0])
                    vv[me] = hlc
                    store.db.execute("DELETE FROM field_version WHERE tbl = ? AND record_id = ?", [table, rid])
                    store.db.execute(
                        "INSERT OR REPLACE INTO tombstone(record_id, tbl, vv, seq) VALUES (?, ?, ?, ?)",
                        [rid, table, _vv_text(vv), _next_seq(store)],
                    )
                    count += 1
                    continue
                if action == "insert":
                    row = store.db.execute(f"SELECT origin FROM {table} WHERE id = ?", [rid]).fetchone()
                    if row is None or row[0] != "user":
                        continue  # gone again within the stamp, or a reference row (its edits are updates)
                    # added whole: one version for all its fields (earlier rows of the id are gone)
                    store.db.execute("DELETE FROM field_version WHERE tbl = ? AND record_id = ?", [table, rid])
                    _set_version(store, table, rid, ALL_FIELDS, own_edit(NO_VERSION, me, hlc), _next_seq(store))
                    count += 1
                    continue
                if fld in BOOKKEEPING:
                    continue
                current = versions(store, table, rid)
                _set_version(store, table, rid, fld, own_edit(vv_for(current, fld), me, hlc), _next_seq(store))
                count += 1
        write_meta(store.db, "exchange_stamped", str(last_log))
    return count


# --- making a package --------------------------------------------------------------------------


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
    hlc = _next_hlc(store, _ms(store.now()))
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
    from ncdesk.store.attachments import read_bytes

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


def validate(store: Store, body: Any) -> dict[str, Any]:
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
        """The values of the records of *table* the package adds (store/duplicates.py compares them)."""
        return [i["values"] for i in self._inserts if i["table"] == table]


def record_label(table: str) -> str:
    """The English name of a kind of record that begins a title ("Travel alert: …"); the window
    puts its own language's in its place."""
    kind = KIND_BY_TABLE.get(table)
    return kind.label if kind else table.replace("_", " ").capitalize()


def _title(store: Store, table: str, record_id: str, values: Mapping[str, Any], names: dict[str, str]) -> str:
    """The record as a delegate names it: "Travel alert: Vladimir Putin, 2-4 March 2030"."""
    from ncdesk.store.lookup import title_of

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
                have.setdefault(rid, {})[fld] = _version_of(vv)
    return rows, have


def _received_file(body: dict[str, Any], record_id: str, values: Mapping[str, Any]) -> bytes | None:
    """The attached file a new attachment record needs, checked against its fingerprint."""
    from ncdesk.store.attachments import STORED_NAME

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


def plan(store: Store, body: dict[str, Any]) -> Plan:
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
    from ncdesk.store.merge import settle  # merges received, or records naming a merged-away one

    settle(store)
    return received


def _apply_changes(
    store: Store,
    p: Plan,
    label: str,
    me: str,
    decisions: Mapping[tuple[str, str], str],
    take: str | None,
    written: list[Path],
) -> Received:
    from ncdesk.store.attachments import write_received

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
                [rid, table, _vv_text(vv), seq],
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
                new_versions.append((ins["table"], ins["values"]["id"], ALL_FIELDS, _version_text(ins["default"]), seq))
                highest = max(highest, max(ins["default"][0].values(), default=0))
            for f, version in ins["versions"].items():
                new_versions.append((ins["table"], ins["values"]["id"], f, _version_text(version), seq))
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
                            _observe_hlc(store, highest)
                            mine_hlc = _next_hlc(store, _ms(store.now()))
                        new_versions.append((table, rid, f, _version_text(own_edit(version, me, mine_hlc)), seq))
                        continue
                sets[f] = value
                new_versions.append((table, rid, f, _version_text(version), seq))
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
        _observe_hlc(store, highest)
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
    from ncdesk.store.reference import apply_release

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


def version_key(version: str) -> tuple[tuple[int, str], ...]:
    """ "2026.11.2" < "2026.12": compared number by number."""
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in re.split(r"[.\-]", version))


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
