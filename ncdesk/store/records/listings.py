"""Tables of records for the window: counted, sorted, filtered and read a page at a time.

A `Listing` is the store's side of a table view. It never loads a whole table: the view asks
for the number of rows and for the page it is showing, so 100,000 findings cost no more to
open than 100. Filtering as you type uses the full-text index (accent- and case-insensitive);
the Findings listing also filters by situation, State, year and where it was referred.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ncdesk.core.text import fold
from ncdesk.store.file import fts
from ncdesk.store.file.history import Touched
from ncdesk.store.file.schema import TABLES as _TABLES
from ncdesk.store.store import Store


@dataclass(frozen=True)
class Column:
    key: str
    sql: str  # expression over the listing's FROM clause
    sort: str | None = None  # expression to sort by (default: sql)


@dataclass(frozen=True)
class ListingSpec:
    kind: str
    table: str
    from_sql: str
    columns: tuple[Column, ...]
    default_sort: tuple[str, bool]  # column key, descending
    filters: dict[str, str] = field(default_factory=dict)  # filter name -> SQL with one "?"


_TODAY = "date('now')"
_LIVE = "r.deleted_at IS NULL"
# Tables with an index of their deleted rows (migration m006): their rows are counted as all of
# them less those, over indexes, not by reading the table (100,000 alerts: 15 ms -> 1 ms).
_DELETED_INDEXED = frozenset({"travel_alert", "letter"})

_STATE_STATUS = f"""CASE
  WHEN (SELECT max(date) FROM party_event e WHERE e.state_id = r.id AND e.deleted_at IS NULL
        AND e.event = 'withdrawal_effective' AND e.date <= {_TODAY}) >=
       coalesce((SELECT max(date) FROM party_event e WHERE e.state_id = r.id AND e.deleted_at IS NULL
        AND e.event = 'entry_into_force' AND e.date <= {_TODAY}), '0') THEN 'withdrawn'
  WHEN EXISTS (SELECT 1 FROM party_event e WHERE e.state_id = r.id AND e.deleted_at IS NULL
        AND e.event = 'entry_into_force' AND e.date <= {_TODAY}) THEN
    CASE WHEN EXISTS (SELECT 1 FROM party_event e WHERE e.state_id = r.id AND e.deleted_at IS NULL
        AND e.event = 'withdrawal_effective' AND e.date > {_TODAY}) THEN 'party_withdrawing' ELSE 'party' END
  WHEN EXISTS (SELECT 1 FROM party_event e WHERE e.state_id = r.id AND e.deleted_at IS NULL
        AND e.event IN ('ratification', 'accession', 'acceptance', 'approval', 'succession')
        AND NOT EXISTS (SELECT 1 FROM party_event w WHERE w.state_id = r.id AND w.deleted_at IS NULL
            AND w.event = 'instrument_withdrawn' AND w.date >= e.date)) THEN 'not_yet_in_force'
  WHEN EXISTS (SELECT 1 FROM party_event e WHERE e.state_id = r.id AND e.deleted_at IS NULL
        AND e.event = 'signature') THEN 'signatory'
  ELSE 'not_party' END"""

SPECS: dict[str, ListingSpec] = {
    "finding": ListingSpec(
        kind="finding",
        table="finding",
        from_sql="finding r LEFT JOIN state s ON s.id = r.state_id "
        "LEFT JOIN situation si ON si.id = r.situation_id LEFT JOIN icc_case c ON c.id = r.case_id",
        columns=(
            Column("date", "r.date"),
            Column(
                "document",
                "(SELECT d.number FROM finding_document d WHERE d.finding_id = r.id AND d.deleted_at IS NULL "
                "ORDER BY d.rowid LIMIT 1)",
            ),
            Column("title", "r.title"),
            Column("state", "s.name"),
            Column("situation", "si.name"),
            Column("case", "c.icc_number"),
            Column("kind", "r.kind"),
            Column("referred_to", "r.referred_to"),
            Column("sc_document", "r.sc_document"),
        ),
        default_sort=("date", True),
        filters={
            "situation_id": "r.situation_id = ?",
            "state_id": "r.state_id = ?",
            "year": "substr(r.date, 1, 4) = ?",
            "referred_to": "(r.referred_to = ? OR (r.referred_to = 'both' AND ? IN ('assembly', 'security_council')))",
            "kind": "r.kind = ?",
            "case_id": "r.case_id = ?",
        },
    ),
    "person": ListingSpec(
        kind="person",
        table="person",
        from_sql="person r LEFT JOIN state s ON s.id = r.nationality_state_id",
        columns=(
            Column("name", "r.name"),
            Column("function", "r.function"),
            Column("nationality", "s.name"),
            Column(
                "warrant_status",
                "(SELECT group_concat(DISTINCT w.status) FROM warrant w WHERE w.person_id = r.id "
                "AND w.deleted_at IS NULL)",
            ),
            Column(
                "first_warrant",
                "(SELECT min(w.issued_on) FROM warrant w WHERE w.person_id = r.id AND w.deleted_at IS NULL)",
            ),
            Column(
                "cases",
                "(SELECT group_concat(c.icc_number, ', ') FROM case_person cp JOIN icc_case c ON c.id = cp.case_id "
                "WHERE cp.person_id = r.id AND cp.deleted_at IS NULL)",
            ),
        ),
        default_sort=("name", False),
    ),
    "state": ListingSpec(
        kind="state",
        table="state",
        from_sql="state r",
        columns=(
            Column("name", "r.name"),
            Column("iso3", "r.iso3"),
            Column("regional_group", "r.regional_group"),
            Column("status", _STATE_STATUS),
            Column(
                "in_force",
                "(SELECT min(e.date) FROM party_event e WHERE e.state_id = r.id AND e.deleted_at IS NULL "
                "AND e.event = 'entry_into_force')",
            ),
            Column(
                "findings",
                "(SELECT count(*) FROM finding f WHERE f.state_id = r.id AND f.deleted_at IS NULL "
                "AND f.kind IN ('finding', 'informing_decision'))",
            ),
            Column(
                "focal_point",
                "(SELECT group_concat(fp.period, ', ') FROM focal_point fp WHERE fp.state_id = r.id "
                "AND fp.deleted_at IS NULL)",
            ),
        ),
        default_sort=("name", False),
        filters={"regional_group": "r.regional_group = ?", "status": f"({_STATE_STATUS}) = ?"},
    ),
    "assembly_document": ListingSpec(
        kind="assembly_document",
        table="assembly_document",
        from_sql="assembly_document r",
        columns=(
            Column("symbol", "r.symbol"),
            Column("kind", "r.kind"),
            Column("session", "r.session"),
            Column("year", "r.year"),
            Column("title", "r.title"),
        ),
        default_sort=("year", True),
        filters={"kind": "r.kind = ?"},
    ),
    "icc_case": ListingSpec(
        kind="icc_case",
        table="icc_case",
        from_sql="icc_case r LEFT JOIN situation si ON si.id = r.situation_id",
        columns=(
            Column("icc_number", "r.icc_number"),
            Column("title", "r.title"),
            Column("situation", "si.name"),
            Column("status", "r.status"),
        ),
        default_sort=("icc_number", False),
        filters={"situation_id": "r.situation_id = ?"},
    ),
    "travel_alert": ListingSpec(
        kind="travel_alert",
        table="travel_alert",
        from_sql="travel_alert r LEFT JOIN person p ON p.id = r.person_id",
        columns=(
            Column("date_text", "r.date_text", sort="r.date_from"),
            Column("person", "p.name"),
            # Stored on the alert and kept current by triggers (store/file/sort_keys.py): sorted over an index.
            Column("destinations", "r.destinations_text"),
            Column("status", "r.status"),
            Column("outcome", "r.outcome"),
            Column("shared", "r.shared_latest"),
            Column("reliability", "r.reliability"),
            Column("received_at", "r.received_at"),
        ),
        default_sort=("date_text", True),
        filters={
            "open": "(r.status != 'closed') = ?",
            "state_id": "r.id IN (SELECT alert_id FROM alert_destination WHERE state_id = ? AND deleted_at IS NULL)",
            "person_id": "r.person_id = ?",
        },
    ),
    "letter": ListingSpec(
        kind="letter",
        table="letter",
        from_sql="letter r LEFT JOIN state s ON s.id = r.state_id",
        columns=(
            Column("date", "r.date"),
            Column("state", "s.name"),
            Column("addressee_office", "r.addressee_office"),
            Column("subject", "r.subject"),
            Column("sender_name", "r.sender_name"),
            Column("published_on", "r.published_on"),
            Column("reply_on", "r.reply_on"),
            Column("reference", "r.reference"),
        ),
        default_sort=("date", True),
        filters={"state_id": "r.state_id = ?"},
    ),
    "activity": ListingSpec(
        kind="activity",
        table="activity",
        from_sql="activity r",
        columns=(
            Column("date_text", "r.date_text", sort="r.date_from"),
            Column("kind", "r.kind"),
            Column("title", "r.title"),
            Column("status", "r.status"),
            Column(
                "states",
                "(SELECT group_concat(s.name, ', ') FROM activity_state a JOIN state s ON s.id = a.state_id "
                "WHERE a.activity_id = r.id AND a.deleted_at IS NULL)",
            ),
        ),
        default_sort=("date_text", True),
        filters={"kind": "r.kind = ?"},
    ),
    "situation": ListingSpec(
        kind="situation",
        table="situation",
        from_sql="situation r",
        columns=(
            Column("icc_number", "r.icc_number"),
            Column("name", "r.name"),
            Column("trigger", "r.trigger"),
            Column("referred_on", "r.referred_on"),
        ),
        default_sort=("icc_number", False),
    ),
}


class Listing:
    """The rows of one kind, as the user has sorted and filtered them.

    The ordered ids are read once per sort or filter (a single query over the sort key), and
    only when a row is asked for: a table not on screen costs one count. The columns shown are
    read only for the page on screen.
    """

    def __init__(self, store: Store, kind: str) -> None:
        self.store = store
        self.spec = SPECS[kind]
        self.text = ""
        self.also: tuple[str, ...] = ()
        # The States' names as the window shows them (its language), to sort the States by: set by the window.
        self.local_names: Callable[[str], str] | None = None
        self.filters: dict[str, Any] = {}
        self.sort_key, self.descending = self.spec.default_sort
        self._ids: list[str] | None = None
        self._positions: dict[str, int] | None = None
        self._count: int | None = None

    @property
    def keys(self) -> list[str]:
        return [c.key for c in self.spec.columns]

    def invalidate(self) -> None:
        """Forget the ordered ids: the next read queries the store again."""
        self._ids = None
        self._positions = None
        self._count = None

    def set_text(self, text: str, also: tuple[str, ...] = ()) -> None:
        """Only the records matching *text*, or any of *also* (other words for it)."""
        self.text = text
        self.also = also
        self.invalidate()

    def set_filter(self, name: str, value: Any) -> None:
        if name not in self.spec.filters:
            raise ValueError(f"{self.spec.kind} cannot be filtered by {name}")
        if value in (None, ""):
            self.filters.pop(name, None)
        else:
            self.filters[name] = value
        self.invalidate()

    def set_sort(self, key: str, descending: bool = False) -> None:
        if key not in self.keys:
            raise ValueError(f"{self.spec.kind} has no column {key}")
        self.sort_key, self.descending = key, descending
        self.invalidate()

    def _where(self) -> tuple[str, list[Any]]:
        clauses = [_LIVE]
        args: list[Any] = []
        query = fts.match_any(self.text, self.also) if self.text.strip() else None
        if query is not None:
            clauses.append(
                f"r.id IN (SELECT record_id FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} MATCH ? AND kind = ?)"
            )
            args.extend([query, self.spec.table])
        for name, value in self.filters.items():
            sql = self.spec.filters[name]
            clauses.append(sql)
            args.extend([value] * sql.count("?"))
        return " AND ".join(clauses), args

    def _from(self, *sql: str) -> str:
        """The FROM clause for a query using only *sql*: the table alone when none of it names a
        joined table. Every join is a LEFT JOIN on the joined table's id, so it neither adds nor
        removes rows, and counting 100,000 alerts then reads a small index instead of the table."""
        aliases = re.findall(r"\bJOIN\s+\w+\s+(\w+)\s+ON\b", self.spec.from_sql)
        if any(re.search(rf"\b{alias}\.", part) for alias in aliases for part in sql):
            return self.spec.from_sql
        return f"{self.spec.table} r"

    def ids(self) -> list[str]:
        """Every id in the current order (cached until the sort or the filter changes)."""
        if self._ids is None:
            self._ids = self.read_ids(self.store)
        return self._ids

    def read_ids(self, store: Store) -> list[str]:
        """The ids in the current order, read on *store*'s connection (another thread's reader
        for the window: see `adopt`); the listing itself is not changed."""
        where, args = self._where()
        if self.local_names is not None and self.spec.table == "state" and self.sort_key == "name":
            # "Allemagne" among the A's in French: the names in the language, sorted without case or accents.
            rows = store.db.execute(f"SELECT r.id, r.name FROM state r WHERE {where}", args).fetchall()
            local = self.local_names
            rows.sort(key=lambda r: fold(local(str(r[1]))), reverse=self.descending)
            return [row[0] for row in rows]
        column = next(c for c in self.spec.columns if c.key == self.sort_key)
        key = column.sort or column.sql
        direction = "DESC" if self.descending else "ASC"
        # Rows without a value come last, whichever way the column is sorted.
        sql = (
            f"SELECT r.id FROM {self._from(where, key)} WHERE {where} "
            f"ORDER BY ({key}) IS NULL, {key} COLLATE NOCASE {direction}, r.rowid {direction}"
        )
        # One row of text instead of 100,000 rows: SQLite orders and joins them in one call, which
        # lets go of Python's lock meanwhile (a worker reading them row by row held it 100,000
        # times, slowed by the window's thread and slowing it). Joined by the unit separator, which
        # no id holds.
        joined = store.db.execute(f"SELECT group_concat(id, char(31)) FROM ({sql})", args).fetchone()[0]
        return joined.split("\x1f") if joined else []

    def adopt(self, ids: list[str], positions: dict[str, int] | None = None) -> None:
        """Take *ids* (from `read_ids`, for the current sort and filter) as the current order,
        with *positions* (each id's row) if they were made where they cost nothing to wait for."""
        self._ids = ids
        self._positions = positions
        self._count = len(ids)

    @property
    def loaded(self) -> bool:
        """Are the ordered ids read (for the current sort and filter)?"""
        return self._ids is not None

    def known_id(self, row: int) -> str | None:
        """The id at *row* if the ids are read, without reading them."""
        return self._ids[row] if self._ids is not None and 0 <= row < len(self._ids) else None

    def tables(self) -> frozenset[str]:
        """The tables this listing reads (its joins, its columns' subqueries, its filters)."""
        sql = " ".join([self.spec.from_sql, *(c.sql for c in self.spec.columns), *self.spec.filters.values()])
        found = {t for t in re.findall(r"\b(?:FROM|JOIN)\s+(\w+)", sql) if t in _TABLES}
        return frozenset({self.spec.table, *found})

    def affected(self, touched: Touched | None) -> str | None:
        """What a batch that changed *touched* means for this listing: None (nothing it shows),
        "rows" (rows it shows changed, the order did not) or "order" (the ids must be read again)."""
        if touched is None:
            return "order"
        tables = self.tables() & touched.tables
        if not tables:
            return None
        if touched.rows & self.tables() or self.filters or self.text.strip():
            return "order"
        column = next(c for c in self.spec.columns if c.key == self.sort_key)
        key = column.sort or column.sql
        if self.spec.table in touched.fields and any(
            re.search(rf"\br\.{f}\b", key) for f in touched.fields[self.spec.table]
        ):
            return "order"
        aliases = {a: t for t, a in re.findall(r"\bJOIN\s+(\w+)\s+(\w+)\s+ON\b", self.spec.from_sql)}
        used = {aliases[a] for a in re.findall(r"\b(\w+)\.", key) if a in aliases}
        used |= set(re.findall(r"\b(?:FROM|JOIN)\s+(\w+)", key))
        if used & touched.tables:
            return "order"
        return "rows"

    def count(self) -> int:
        """The number of rows, without ordering them (the ids are read when a row is asked for)."""
        if self._ids is not None:
            return len(self._ids)
        if self._count is None:
            where, args = self._where()
            sql = f"SELECT count(*) FROM {self._from(where)} WHERE {where}"
            if where == _LIVE and self.spec.table in _DELETED_INDEXED:  # all of them, less the deleted
                table = self.spec.table
                deleted = f"SELECT count(*) FROM {table} WHERE deleted_at IS NOT NULL"
                sql = f"SELECT (SELECT count(*) FROM {table}) - ({deleted})"
            self._count = int(self.store.db.execute(sql, args).fetchone()[0])
        return self._count

    def page(self, offset: int, limit: int) -> list[tuple[Any, ...]]:
        """Rows [offset, offset + limit): each is (id, value of each column...)."""
        wanted = self.ids()[offset : offset + limit]
        if not wanted:
            return []
        selected = ", ".join(c.sql for c in self.spec.columns)
        rows: dict[str, tuple[Any, ...]] = {}
        step = 500  # stay under SQLite's limit on bound parameters
        for i in range(0, len(wanted), step):
            chunk = wanted[i : i + step]
            marks = ", ".join("?" for _ in chunk)
            sql = f"SELECT r.id, {selected} FROM {self.spec.from_sql} WHERE r.id IN ({marks})"
            for row in self.store.db.execute(sql, chunk).fetchall():
                rows[row[0]] = tuple(row)
        return [rows[i] for i in wanted if i in rows]

    def position(self, record_id: str) -> int | None:
        """The row of *record_id* in the current order, or None if it is filtered out."""
        if self._positions is None:
            self._positions = {rid: i for i, rid in enumerate(self.ids())}
        return self._positions.get(record_id)

    def distinct_years(self) -> list[str]:
        if self.spec.table != "finding":
            return []
        rows = self.store.db.execute(
            "SELECT DISTINCT substr(date, 1, 4) FROM finding WHERE deleted_at IS NULL ORDER BY 1 DESC"
        ).fetchall()
        return [r[0] for r in rows]


def finding_states(store: Store) -> set[str]:
    """The States some finding concerns (the Findings view's choices), without reading the findings."""
    rows = store.db.execute(
        "SELECT DISTINCT state_id FROM finding WHERE deleted_at IS NULL AND state_id IS NOT NULL"
    ).fetchall()
    return {str(r[0]) for r in rows}


def findings_per_year(store: Store) -> list[tuple[int, str, int]]:
    """(year, situation name, number of communications) for the Findings plot."""
    rows = store.db.execute(
        "SELECT CAST(substr(f.date, 1, 4) AS INTEGER), s.name, count(*) FROM finding f "
        "JOIN situation s ON s.id = f.situation_id WHERE f.deleted_at IS NULL "
        "GROUP BY 1, 2 ORDER BY 1, 2"
    ).fetchall()
    return [(int(r[0]), str(r[1]), int(r[2])) for r in rows]
