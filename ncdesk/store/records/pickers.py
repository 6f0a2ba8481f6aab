"""What a reference field of a form offers as you type: a few records of one kind, never all of them.

A form's "Travel alert" field once listed every alert, each titled by its own queries (131,129
queries and 10 s on a store of 100,000 alerts). A picker asks here instead for at most `LIMIT`
choices: with nothing typed, the current record, then the records recently used in that field or
changed, then the rest (by name for the short kinds, newest first for the long ones); as you
type, the records matching. Titles are composed only for the choices returned, so the cost does
not grow with the size of the record.

Short kinds (States, situations, cases, persons) are matched on their names and aliases, folded
(case and accents), including a State's name in the window's language; the long ones through the
search index, restricted to the kind, newest first, looking at most at `SCAN` index rows.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ncdesk.core.text import fold, loose
from ncdesk.core.wording import ENGLISH, Wording
from ncdesk.store.file import fts
from ncdesk.store.records.detail import _Builder
from ncdesk.store.store import Record, Store

LIMIT = 30
SCAN = 5000  # index rows looked at, at most, for one look-up in a long kind
RECENT_WINDOW = 2000  # the last changes looked at for the recently used and changed records

# The short kinds: matched on these columns (a State also on its name in the window's language).
NAME_COLUMNS: dict[str, tuple[str, ...]] = {
    "state": ("name", "formal_name", "iso3", "iso2", "aliases"),
    "situation": ("name", "icc_number"),
    "icc_case": ("title", "icc_number"),
    "person": ("name", "aliases"),
}
# The order of the rest, with nothing typed ("title": by the title shown, folded).
REST_ORDER: dict[str, str] = {
    "state": "title",
    "situation": "title",
    "icc_case": "title",
    "person": "title",
    "travel_alert": "rowid DESC",
    "letter": "rowid DESC",
    "finding": "rowid DESC",
    "activity": "rowid DESC",
}
# What is said beside a title to tell two records apart (an alert's dates): the column.
NOTE_COLUMNS: dict[str, str] = {
    "travel_alert": "date_text",
    "letter": "date",
    "finding": "date",
    "activity": "date_text",
}
# A field listing several records is kept as child rows: where to find the records it used.
CHILD_ROWS: dict[tuple[str, str], tuple[str, str]] = {
    ("travel_alert", "destinations"): ("alert_destination", "state_id"),
    ("activity", "states_heard"): ("activity_state", "state_id"),
    ("activity", "states_concerned"): ("activity_state", "state_id"),
}


# The folded forms of names, kept: a person picker folds every name and alias at each key typed
# (a thousand persons at 10x, ten thousand at 100x); the names change rarely, the keys often.
_fold = functools.lru_cache(maxsize=1 << 16)(fold)
_loose = functools.lru_cache(maxsize=1 << 16)(loose)


@dataclass(frozen=True)
class Choice:
    id: str
    title: str
    note: str = ""  # a date, as stored (the window writes it in its language)


@dataclass(frozen=True)
class Filter:
    """A restriction on the records offered (a case of the chosen situation): SQL over the kind's table."""

    where: str = ""
    args: tuple[Any, ...] = ()


NO_FILTER = Filter()


def is_short(kind: str) -> bool:
    return kind in NAME_COLUMNS


def used_in(form_kind: str, field: str) -> tuple[str, str]:
    """The table and column where a form's field keeps the records chosen in it."""
    return CHILD_ROWS.get((form_kind, field), (form_kind, field))


# --- titles ------------------------------------------------------------------------------------


def choices_of(store: Store, kind: str, ids: Sequence[str], wording: Wording = ENGLISH) -> list[Choice]:
    """The choices for *ids* (live records only), in the order given: a query or three for all of them."""
    if not ids:
        return []
    rows: dict[str, Record] = {}
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        for r in store.iter_rows(kind, f"id IN ({', '.join('?' * len(chunk))})", chunk):
            rows[r["id"]] = r
    live = [rows[i] for i in dict.fromkeys(ids) if i in rows]
    builder = _Builder(store, wording)
    refs = {r.id: r.text for r in builder.refs(kind, live)}
    note = NOTE_COLUMNS.get(kind)
    return [Choice(r["id"], refs[r["id"]], str(r.get(note) or "") if note else "") for r in live]


def choice(store: Store, kind: str, record_id: str | None, wording: Wording = ENGLISH) -> Choice | None:
    """The choice for one record (the current value of a field), or None if there is no such live record."""
    if not record_id:
        return None
    found = choices_of(store, kind, [record_id], wording)
    return found[0] if found else None


# --- look-ups ----------------------------------------------------------------------------------


def _allowed(store: Store, kind: str, ids: Iterable[str], where: Filter) -> list[str]:
    """*ids* (in their order) that are live records of *kind* passing *where*."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    keep: set[str] = set()
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        clause = f"id IN ({', '.join('?' * len(chunk))})" + (f" AND ({where.where})" if where.where else "")
        keep.update(r["id"] for r in store.iter_rows(kind, clause, [*chunk, *where.args], select="id"))
    return [i for i in wanted if i in keep]


def recent(
    store: Store, kind: str, *, used: tuple[str, str] | None = None, where: Filter = NO_FILTER, limit: int = LIMIT
) -> list[str]:
    """Records of *kind* the user used lately in *used* (a table and its column referring to *kind*),
    then those the user changed lately: among the last `RECENT_WINDOW` changes, newest first."""
    top = store.db.execute("SELECT max(seq) FROM change_log").fetchone()[0]
    if top is None:
        return []
    since = int(top) - RECENT_WINDOW
    user = "JOIN change_batch b ON b.id = c.batch_id AND b.kind = 'user'"
    ids: list[str] = []
    if used is not None:
        table, column = used
        store.columns(table)  # a known table
        ids += [
            r[0]
            for r in store.db.execute(
                f"SELECT r.{column} FROM change_log c {user} JOIN {table} r ON r.id = c.record_id "
                f"WHERE c.seq > ? AND c.tbl = ? AND r.{column} IS NOT NULL ORDER BY c.seq DESC",
                [since, table],
            ).fetchall()
        ]
    ids += [
        r[0]
        for r in store.db.execute(
            f"SELECT c.record_id FROM change_log c {user} WHERE c.seq > ? AND c.tbl = ? ORDER BY c.seq DESC",
            [since, kind],
        ).fetchall()
    ]
    return _allowed(store, kind, list(dict.fromkeys(ids))[: limit * 4], where)[:limit]


def _rest(store: Store, kind: str, where: Filter, wording: Wording, limit: int) -> list[Choice]:
    order = REST_ORDER.get(kind, "rowid DESC")
    if order == "title":  # a short kind: every title is made without a query
        return sorted(_short(store, kind, "", where, wording), key=lambda c: _fold(c.title))[:limit]
    ids = [r["id"] for r in store.iter_rows(kind, where.where, where.args, select="id", order_by=order, limit=limit)]
    return choices_of(store, kind, ids, wording)


def _short(store: Store, kind: str, text: str, where: Filter, wording: Wording) -> list[Choice]:
    """The records of a short kind whose names contain every word of *text* ("" : all of them)."""
    words = loose(text).split()
    columns = NAME_COLUMNS[kind]
    builder = _Builder(store, wording)
    out: list[Choice] = []
    for r in store.iter_rows(kind, where.where, where.args, select=", ".join(("id", *columns))):
        title = builder.title(kind, r)
        if words:
            names = [title, *(str(r.get(c) or "") for c in columns if c != "aliases"), *(r.get("aliases") or [])]
            haystack = " ".join(_loose(n) for n in names)
            if not all(w in haystack for w in words):
                continue
        out.append(Choice(r["id"], title))
    return out


def _rank(text: str) -> Any:
    """Best first: the title begins with what was typed, then a word of it does, then it contains it."""
    typed = loose(text)

    def key(c: Choice) -> tuple[int, str]:
        title = _loose(c.title)
        if title.startswith(typed):
            return (0, _fold(c.title))
        if f" {typed}" in f" {title}":
            return (1, _fold(c.title))
        return (2, _fold(c.title))

    return key


def _indexed(store: Store, kind: str, text: str, where: Filter, also: tuple[str, ...], limit: int) -> list[str]:
    """The records of a long kind matching *text* in the search index, newest first."""
    query = fts.match_any(text, also)
    if query is None:
        return []
    found: list[str] = []
    cur = store.db.execute(
        f"SELECT kind, record_id FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} MATCH ? ORDER BY rowid DESC", [query]
    )
    try:
        seen = 0
        while seen < SCAN and len(found) < limit * 4:
            rows = cur.fetchmany(256)
            if not rows:
                break
            seen += len(rows)
            found += [r[1] for r in rows if r[0] == kind]
    finally:
        cur.close()
    return _allowed(store, kind, found, where)[:limit]


def choices(  # noqa: PLR0913 - the picker's filters, keyword-only
    store: Store,
    kind: str,
    text: str = "",
    *,
    current: str | None = None,
    used: tuple[str, str] | None = None,
    where: Filter = NO_FILTER,
    also: tuple[str, ...] = (),
    wording: Wording = ENGLISH,
    limit: int = LIMIT,
) -> list[Choice]:
    """At most *limit* records of *kind* to offer in a reference field.

    With nothing typed: *current*, the records recently used in *used* or changed, then the rest.
    With *text*: the records matching it (or any of *also*: the English names of the States whose
    name in the window's language contains it), best first."""
    if text.strip():
        if is_short(kind):
            found = sorted(_short(store, kind, text, where, wording), key=_rank(text))
            if also:
                english = {fold(a) for a in also}
                more = [c for c in _short(store, kind, "", where, ENGLISH) if fold(c.title) in english]
                ids = {c.id for c in found}
                found += [c for c in choices_of(store, kind, [m.id for m in more], wording) if c.id not in ids]
            return found[:limit]
        return choices_of(store, kind, _indexed(store, kind, text, where, also, limit), wording)
    first: list[str] = _allowed(store, kind, [current], where) if current else []
    first += [i for i in recent(store, kind, used=used, where=where, limit=limit) if i not in first]
    out = choices_of(store, kind, first[:limit], wording)
    if len(out) < limit:
        have = {c.id for c in out}
        out += [c for c in _rest(store, kind, where, wording, limit + len(have)) if c.id not in have]
    return out[:limit]


def find(
    store: Store,
    kind: str,
    text: str,
    *,
    where: Filter = NO_FILTER,
    also: tuple[str, ...] = (),
    wording: Wording = ENGLISH,
) -> str | None:
    """The record *text* names: the one choice whose title (or title and note) is *text*, folded; None
    when none or several are."""
    wanted = fold(text)
    if not wanted:
        return None
    found = choices(store, kind, text, where=where, also=also, wording=wording)
    exact = [c for c in found if fold(c.title) == wanted or (c.note and fold(f"{c.title} {c.note}") == wanted)]
    return exact[0].id if len(exact) == 1 else None
