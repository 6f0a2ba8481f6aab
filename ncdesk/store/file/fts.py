"""One full-text index over every kind of record, kept current by triggers.

The index is derived data: its definition lives here, not in a migration. When the
definition changes (its hash differs from the one stored in `meta`), `ensure()` drops the
triggers, recreates them and rebuilds the index in one transaction. The tokenizer folds case
and removes diacritics, so "Paivi" finds "Päivi" and "cote d'ivoire" finds "Côte d'Ivoire".
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ncdesk.store.file import triggers
from ncdesk.store.file.schema import DERIVED_COLUMNS

if TYPE_CHECKING:
    from sqlite_utils import Database

FTS_TABLE = "search_index"
TOKENIZER = "unicode61 remove_diacritics 2"


def _c(*parts: str) -> str:
    """Concatenate SQL text expressions, NULLs read as empty."""
    return " || ' ' || ".join(f"coalesce({p}, '')" for p in parts)


def _aliases(col: str) -> str:
    """A record's aliases as words; '' when it has none (`name || ' ' || NULL` is NULL: an alert's
    destinations without aliases, most States, were missing from its index text)."""
    return f"coalesce((SELECT group_concat(value, ' ') FROM json_each({col})), '')"


def _state_name(col: str) -> str:
    return f"(SELECT s.name || ' ' || {_aliases('s.aliases')} FROM state s WHERE s.id = {col})"


@dataclass(frozen=True)
class Indexed:
    kind: str
    title: str
    body: str


# What each kind of record contributes to the index, as SQL over the row `r`.
INDEXED: tuple[Indexed, ...] = (
    Indexed(
        "state",
        "r.name",
        _c("r.formal_name", "r.iso3", "r.iso2", _aliases("r.aliases"), "r.regional_group", "r.notes"),
    ),
    Indexed(
        "situation",
        "r.name",
        _c("r.icc_number", "r.referred_by", "r.sc_resolution", "r.notes"),
    ),
    Indexed(
        "icc_case",
        "r.title",
        _c(
            "r.icc_number",
            "r.status",
            "r.notes",
            "(SELECT group_concat(p.name || ' ' || " + _aliases("p.aliases") + ", ' ') FROM case_person cp "
            "JOIN person p ON p.id = cp.person_id WHERE cp.case_id = r.id AND cp.deleted_at IS NULL)",
        ),
    ),
    Indexed(
        "person",
        "r.name",
        _c(
            _aliases("r.aliases"),
            "r.function",
            "r.notes",
            "(SELECT group_concat(coalesce(w.icc_document, '') || ' ' || w.crimes, ' ') FROM warrant w "
            "WHERE w.person_id = r.id AND w.deleted_at IS NULL)",
        ),
    ),
    Indexed(
        "finding",
        "r.title",
        _c(
            "(SELECT group_concat(d.number, ' ') FROM finding_document d "
            "WHERE d.finding_id = r.id AND d.deleted_at IS NULL)",
            "r.sc_document",
            "r.chamber",
            _state_name("r.state_id"),
            "(SELECT c.icc_number || ' ' || c.title FROM icc_case c WHERE c.id = r.case_id)",
            "(SELECT s.icc_number || ' ' || s.name FROM situation s WHERE s.id = r.situation_id)",
            "r.notes",
        ),
    ),
    Indexed(
        "travel_alert",
        "coalesce(nullif(r.title, ''), (SELECT p.name FROM person p WHERE p.id = r.person_id))",
        _c(
            "(SELECT p.name || ' ' || " + _aliases("p.aliases") + " FROM person p WHERE p.id = r.person_id)",
            "(SELECT group_concat(s.name || ' ' || " + _aliases("s.aliases") + ", ' ') FROM alert_destination ad "
            "JOIN state s ON s.id = ad.state_id WHERE ad.alert_id = r.id AND ad.deleted_at IS NULL)",
            "r.date_text",
            "r.purpose",
            "r.source_description",
            "r.notes",
        ),
    ),
    Indexed(
        "letter",
        "coalesce(nullif(r.subject, ''), 'Letter')",
        _c(
            "r.sender_name",
            "r.sender_office",
            "r.addressee_office",
            _state_name("r.state_id"),
            "r.reference",
            "r.publication_channel",
            "r.reply_summary",
            "r.notes",
        ),
    ),
    Indexed(
        "activity",
        "r.title",
        _c(
            "r.summary",
            "r.date_text",
            _aliases("r.participants"),
            "r.location",
            "(SELECT group_concat(s.name, ' ') FROM activity_state a JOIN state s ON s.id = a.state_id "
            "WHERE a.activity_id = r.id AND a.deleted_at IS NULL)",
            "r.notes",
        ),
    ),
    Indexed(
        "focal_point",
        "(SELECT s.name FROM state s WHERE s.id = r.state_id) || "
        "CASE WHEN r.person_name <> '' THEN ' (' || r.person_name || ')' ELSE '' END",
        _c("r.person_name", "r.period", "r.appointed_by", "r.regional_group", "r.notes"),
    ),
    Indexed(
        "assembly_document",
        "trim(coalesce(r.symbol, '') || ' ' || r.title)",
        _c(
            "(SELECT group_concat(p.paragraph || ' ' || p.text, ' ') FROM resolution_paragraph p "
            "WHERE p.document_id = r.id AND p.deleted_at IS NULL)",
            "r.notes",
        ),
    ),
)

INDEXED += (Indexed("attachment", "r.filename", _c("r.description", "r.text", "r.notes")),)

KINDS = tuple(i.kind for i in INDEXED)

# Tables whose rows feed another kind's index text: (table, kind fed, SQL selecting the fed ids
# given the changed row as NEW/OLD, written with the placeholder ROW).
DEPENDENTS: tuple[tuple[str, str, str], ...] = (
    ("case_person", "icc_case", "ROW.case_id"),
    ("person", "icc_case", "(SELECT case_id FROM case_person WHERE person_id = ROW.id)"),
    ("warrant", "person", "ROW.person_id"),
    ("finding_document", "finding", "ROW.finding_id"),
    ("state", "finding", "(SELECT id FROM finding WHERE state_id = ROW.id)"),
    ("icc_case", "finding", "(SELECT id FROM finding WHERE case_id = ROW.id)"),
    ("situation", "finding", "(SELECT id FROM finding WHERE situation_id = ROW.id)"),
    ("person", "travel_alert", "(SELECT id FROM travel_alert WHERE person_id = ROW.id)"),
    ("alert_destination", "travel_alert", "ROW.alert_id"),
    ("state", "travel_alert", "(SELECT alert_id FROM alert_destination WHERE state_id = ROW.id)"),
    ("state", "letter", "(SELECT id FROM letter WHERE state_id = ROW.id)"),
    ("activity_state", "activity", "ROW.activity_id"),
    ("state", "activity", "(SELECT activity_id FROM activity_state WHERE state_id = ROW.id)"),
    ("state", "focal_point", "(SELECT id FROM focal_point WHERE state_id = ROW.id)"),
    ("resolution_paragraph", "assembly_document", "ROW.document_id"),
)


def _by_kind(kind: str) -> Indexed:
    return next(i for i in INDEXED if i.kind == kind)


KEY_TABLE = "search_key"


def _keys_of(ids: str) -> str:
    """SQL selecting the index rowids of the records whose ids *ids* gives (one id, or a subquery)."""
    if ids.lstrip().startswith("(SELECT"):
        return f"(SELECT rowid FROM {KEY_TABLE} WHERE record_id IN {ids})"
    return f"(SELECT rowid FROM {KEY_TABLE} WHERE record_id = {ids})"


def reindex_sql(kind: str, ids: str) -> list[str]:
    """Statements that refresh the index rows of *kind* whose ids are given by the SQL *ids*.

    The index row of a record is found through `search_key` (record id -> index rowid), so
    each refresh touches only that record's row, however large the index.
    """
    spec = _by_kind(kind)
    match = f"IN {ids}" if ids.lstrip().startswith("(SELECT") else f"= {ids}"
    return [
        f"DELETE FROM {FTS_TABLE} WHERE rowid IN {_keys_of(ids)}",
        f"INSERT OR IGNORE INTO {KEY_TABLE}(record_id) SELECT r.id FROM {kind} r WHERE r.id {match}",
        f"INSERT INTO {FTS_TABLE}(rowid, kind, record_id, title, body) "
        f"SELECT k.rowid, '{kind}', r.id, {spec.title}, {spec.body} "
        f"FROM {kind} r JOIN {KEY_TABLE} k ON k.record_id = r.id WHERE r.id {match} AND r.deleted_at IS NULL",
    ]


def _read_columns(spec: Indexed) -> list[str]:
    """The columns of the record that its index row is made from (with its id and deletion)."""
    return sorted({"id", "deleted_at", *re.findall(r"\br\.(\w+)", spec.title + " " + spec.body)})


def _event(spec: Indexed, event: str) -> str:
    """The trigger's event: on a table with derived columns (a sort key updated by its own trigger),
    an update of the columns the index reads only."""
    if event == "UPDATE" and spec.kind in DERIVED_COLUMNS:
        return f"UPDATE OF {', '.join(_read_columns(spec))}"
    return event


def _trigger_statements() -> list[str]:
    statements: list[str] = []
    for spec in INDEXED:
        table = spec.kind
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            body = ";\n  ".join(reindex_sql(spec.kind, f"{row}.id"))
            statements.append(
                f"CREATE TRIGGER fts_{table}_{event.lower()} AFTER {_event(spec, event)} ON {table} BEGIN\n"
                f"  {body};\nEND"
            )
    for n, (table, kind, ids) in enumerate(DEPENDENTS):
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
            parts: list[str] = []
            for row in rows:
                parts.extend(reindex_sql(kind, ids.replace("ROW", row)))
            body = ";\n  ".join(parts)
            statements.append(
                f"CREATE TRIGGER fts_dep{n}_{table}_{kind}_{event.lower()} AFTER {event} ON {table} BEGIN\n"
                f"  {body};\nEND"
            )
    return statements


def definition() -> list[str]:
    create = (
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
        f"kind UNINDEXED, record_id UNINDEXED, title, body, tokenize = '{TOKENIZER}')"
    )
    keys = f"CREATE TABLE {KEY_TABLE} (rowid INTEGER PRIMARY KEY, record_id TEXT NOT NULL UNIQUE) STRICT"
    return [create, keys, *_trigger_statements()]


def definition_hash() -> str:
    return hashlib.sha256("\n".join(definition()).encode()).hexdigest()[:16]


def ensure(db: Database) -> bool:
    """Bring the index and its triggers up to date; True if they had to be rebuilt."""

    def drop_tables(conn: Database) -> None:
        conn.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
        conn.execute(f"DROP TABLE IF EXISTS {KEY_TABLE}")

    return triggers.renew(
        db,
        prefix="fts_",
        statements=definition(),
        meta_key="fts_definition",
        wanted=definition_hash(),
        force=not db[FTS_TABLE].exists(),
        before=drop_tables,
        after=lambda conn, _had_one: rebuild(conn),
    )


# The ids of one kind to index at the end of a suspension (this connection's own, dropped after).
ADDED_TABLE = "fts_added"


def _insert_trigger(name: str) -> bool:
    return name.endswith("_insert")


def _tables() -> list[str]:
    """Every table whose inserted rows a suspension indexes: the kinds, and the rows feeding them."""
    return list(dict.fromkeys([*KINDS, *(table for table, _, _ in DEPENDENTS)]))


def _written_ids(table: str, kind: str, ids: str) -> str:
    """SQL selecting the ids of *kind* fed by the rows of *table* added since the mark (the
    parameter: the largest rowid of *table* when the suspension began)."""
    added = f"SELECT x.id FROM {table} x WHERE x.rowid > ?"
    if ids.lstrip().startswith("(SELECT"):  # "(SELECT … WHERE col = ROW.id)"
        inner = ids.strip()[1:-1]
        assert inner.endswith("= ROW.id"), ids
        return inner[: -len("= ROW.id")] + f"IN ({added})"
    return f"SELECT {ids.replace('ROW.', 'x.')} FROM {table} x WHERE x.rowid > ?"


# Connections whose index upkeep is suspended now (by id), and whether the suspension indexes
# the whole record at its end: a nested suspension joins the outer one.
_SUSPENDED: dict[int, bool] = {}


@contextmanager
def suspended(db: Database, *, whole: bool = False) -> Iterator[None]:
    """Within the caller's transaction: add many rows without per-row index upkeep, then index at
    the end the records added meanwhile (and those whose index text the rows added feed), and
    restore the triggers (bulk imports).

    Only the triggers of inserts are set aside: the rows added are told by their rowids, larger
    than every rowid of their table when the suspension began, so the index is brought up to date
    for them alone, however large it is. Updates and deletions (a few, in an import) keep their
    triggers. With *whole* (generated test data: the only writer) every trigger is set aside and
    the whole index is rebuilt instead. If the block raises, nothing is indexed: the caller rolls
    the transaction back.

    A suspension inside another on the same connection (several `Store.insert_many` in one
    batch) does nothing of its own: the outer one indexes once, at its end."""
    if not db.conn.in_transaction:
        raise RuntimeError("fts.suspended() must run inside a transaction")
    key = id(db.conn)
    if key in _SUSPENDED:
        yield
        return
    marks = {t: int(db.execute(f"SELECT coalesce(max(rowid), 0) FROM {t}").fetchone()[0]) for t in _tables()}
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'fts_%'").fetchall():
        if whole or _insert_trigger(name):
            db.execute(f"DROP TRIGGER {name}")
    _SUSPENDED[key] = whole
    try:
        yield
    finally:
        _SUSPENDED.pop(key, None)
    if whole:
        rebuild(db)
    else:
        index_added(db, marks)
    for statement in _trigger_statements():
        if whole or _insert_trigger(statement.split()[2]):
            db.execute(statement)


def index_added(db: Database, marks: dict[str, int]) -> int:
    """Index the records added since *marks* (each table's largest rowid then), and those their
    rows feed, kind by kind (inside the caller's transaction); returns how many were indexed."""
    indexed = 0
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {ADDED_TABLE} (record_id TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID")
    for spec in INDEXED:
        kind = spec.kind
        sources = [(f"SELECT x.id FROM {kind} x WHERE x.rowid > ?", marks[kind])]
        sources += [(_written_ids(t, k, ids), marks[t]) for t, k, ids in DEPENDENTS if k == kind]
        db.execute(f"DELETE FROM temp.{ADDED_TABLE}")
        for sql, mark in sources:
            db.execute(f"INSERT OR IGNORE INTO temp.{ADDED_TABLE}(record_id) {sql}", [mark])
        count = int(db.execute(f"SELECT count(*) FROM temp.{ADDED_TABLE}").fetchone()[0])
        if not count:
            continue
        indexed += count
        ids = f"(SELECT record_id FROM temp.{ADDED_TABLE})"
        db.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN (SELECT rowid FROM {KEY_TABLE} WHERE record_id IN {ids})")
        db.execute(
            f"INSERT OR IGNORE INTO {KEY_TABLE}(record_id) SELECT r.id FROM {kind} r "
            f"WHERE r.id IN {ids} ORDER BY r.rowid"
        )
        # In rowid order: FTS5 writes ascending rowids several times faster than random ones.
        db.execute(
            f"INSERT INTO {FTS_TABLE}(rowid, kind, record_id, title, body) SELECT k.rowid, '{kind}', r.id, "
            f"{spec.title}, {spec.body} FROM {KEY_TABLE} k JOIN {kind} r ON r.id = k.record_id "
            f"WHERE r.id IN {ids} AND r.deleted_at IS NULL ORDER BY k.rowid"
        )
    db.execute(f"DROP TABLE temp.{ADDED_TABLE}")
    return indexed


def rebuild(db: Database) -> None:
    """Refill the index from the records (inside the caller's transaction)."""
    db.execute(f"DELETE FROM {FTS_TABLE}")
    db.execute(f"DELETE FROM {KEY_TABLE}")
    for spec in INDEXED:
        db.execute(f"INSERT OR IGNORE INTO {KEY_TABLE}(record_id) SELECT id FROM {spec.kind} ORDER BY rowid")
        # In rowid order: FTS5 writes ascending rowids several times faster than random ones.
        db.execute(
            f"INSERT INTO {FTS_TABLE}(rowid, kind, record_id, title, body) SELECT k.rowid, '{spec.kind}', r.id, "
            f"{spec.title}, {spec.body} FROM {KEY_TABLE} k JOIN {spec.kind} r ON r.id = k.record_id "
            "WHERE r.deleted_at IS NULL ORDER BY k.rowid"
        )


_TOKEN = re.compile(r"\w+", re.UNICODE)


def match_expression(text: str, prefix: bool = True) -> str | None:
    """An FTS5 query for what a person typed: every word must appear, the last as a prefix.

    Each word is quoted, so user input never becomes query syntax (AND, NEAR, column filters).
    """
    words = _TOKEN.findall(text)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    if prefix:
        quoted[-1] += "*"
    return " ".join(quoted)


def match_any(text: str, also: tuple[str, ...] = ()) -> str | None:
    """An FTS5 query for *text*, or for any of *also* (other words for it: "Germany" for "Allemagne",
    the records naming States in English)."""
    exprs = [e for e in (match_expression(text), *(match_expression(a, prefix=False) for a in also)) if e]
    if not exprs:
        return None
    return exprs[0] if len(exprs) == 1 else " OR ".join(f"({e})" for e in exprs)


def search(
    db: Database,
    text: str,
    *,
    kinds: tuple[str, ...] | None = None,
    limit: int = 50,
    snippets: bool = True,
    also: tuple[str, ...] = (),
) -> list[dict[str, Any]]:
    """Records matching *text* (or any of *also*), best first: kind, record_id, title and a snippet of
    the body (None without *snippets*: the window asks for one when it shows it, see `snippet`)."""
    query = match_any(text, also) if text.strip() else None
    if query is None:
        return []
    where = ""
    args: list[Any] = [query]
    if kinds:
        where = f" AND kind IN ({', '.join('?' for _ in kinds)})"
        args.extend(kinds)
    args.append(limit)
    shown = _SNIPPET if snippets else "NULL"
    rows = db.execute(
        f"SELECT kind, record_id, title, {shown} AS snippet, "
        f"bm25({FTS_TABLE}, 0, 0, 8.0, 1.0) AS rank FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?{where} "
        "ORDER BY rank LIMIT ?",
        args,
    ).fetchall()
    return [{"kind": r[0], "record_id": r[1], "title": r[2], "snippet": r[3], "rank": r[4]} for r in rows]


_SNIPPET = f"snippet({FTS_TABLE}, 3, '[', ']', '…', 12)"


def snippet(db: Database, text: str, record_id: str) -> str:
    """The snippet `search` gives *record_id* for *text* ("" if it does not match)."""
    query = match_expression(text)
    if query is None:
        return ""
    row = db.execute(
        f"SELECT {_SNIPPET} FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
        f"AND rowid = (SELECT rowid FROM {KEY_TABLE} WHERE record_id = ?)",
        [query, record_id],
    ).fetchone()
    return str(row[0]) if row and row[0] is not None else ""
