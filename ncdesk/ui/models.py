"""Qt models over the store: lazily paged tables, the situations tree, search results."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from ncdesk.io.translations import country_name, english_names
from ncdesk.store.file.history import Touched
from ncdesk.store.records.listings import Listing
from ncdesk.store.records.queries import person_names
from ncdesk.store.store import Store
from ncdesk.ui.formatting import CODES, format_names, format_value
from ncdesk.ui.i18n import current_language, format_dates
from ncdesk.ui.labels import field_label, kind_label
from ncdesk.ui.signals import emit

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
HEADER_ROLE = Qt.ItemDataRole.UserRole + 3
RAW_ROLE = Qt.ItemDataRole.UserRole + 4

AnyIndex = QModelIndex | QPersistentModelIndex
_STATE_LISTS = frozenset({"destinations", "states"})  # columns of State names joined by ", " (SQL group_concat)
_LISTING_ROLES = frozenset({ID_ROLE, KIND_ROLE, RAW_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole})


class ListingModel(QAbstractTableModel):
    """One kind of record as a table, read from the store a page at a time.

    Only the pages the view shows are loaded (and at most `MAX_PAGES` kept), so a table of
    100,000 rows opens and sorts as fast as one of a hundred.
    """

    PAGE = 256
    MAX_PAGES = 40

    # Up to this many rows, the ids are read at once (a worker's round trip costs more than the read).
    SYNC_ROWS = 2000

    about_to_reload = Signal()  # new ids are about to replace the rows (the view notes its selection)
    reloaded = Signal()  # they did (the view puts its selection and scroll position back)

    def __init__(self, listing: Listing, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listing = listing
        if listing.spec.table == "state":  # the States in the order of their names in the window's language
            listing.local_names = lambda name: country_name(name, current_language())
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self._rows = listing.count()
        # Runs a read in a worker (the window's operations; None: read on this thread).
        self.loader: Callable[[str, Callable[[Any], Any], Callable[[Any], None]], Any] | None = None
        self.loading = False  # ids are being read in a worker
        self._wanted: dict[str, Any] = {}  # the listing's settings being read
        self._generation = 0

    @property
    def kind(self) -> str:
        return self.listing.spec.table

    def keys(self) -> list[str]:
        return self.listing.keys

    # -- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.listing.keys)

    def _row(self, row: int) -> tuple[Any, ...] | None:
        page_no = row // self.PAGE
        page = self._pages.get(page_no)
        if page is None and self.in_worker() and not self.listing.loaded:
            if not self.loading:
                self.reload("load")  # shown when read: the GUI thread does not wait for 100,000 ids
            return None
        if page is None:
            page = self.listing.page(page_no * self.PAGE, self.PAGE)
            self._pages[page_no] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        offset = row - page_no * self.PAGE
        return page[offset] if offset < len(page) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911 - Qt's data(): a return per role and column
        # Painting a cell asks for a dozen roles; answer the ones not kept here at once.
        if role not in _LISTING_ROLES or not index.isValid() or not 0 <= index.row() < self._rows:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return row[0]
        if role == KIND_ROLE:
            return self.kind
        value = row[index.column() + 1]
        if role == RAW_ROLE:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if self.listing.keys[index.column()] in _STATE_LISTS and isinstance(value, str):
                return format_names(value)
            if self.listing.keys[index.column()] == "date_text" and isinstance(value, str):
                return format_dates(value)
            if self.listing.keys[index.column()] in CODES:  # "HUN" stays a code
                return "" if value is None else str(value)
            return format_value(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.listing.keys):
            return field_label(self.listing.keys[section])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.listing.keys):
            return
        key, descending = self.listing.keys[column], order == Qt.SortOrder.DescendingOrder
        if self.in_worker():
            if (key, descending) != (self.listing.sort_key, self.listing.descending) or not self.listing.loaded:
                self.reload("sort", sort_key=key, descending=descending)  # the rows shown stay meanwhile
            return
        emit(self.layoutAboutToBeChanged)
        self.listing.set_sort(key, descending)
        self._pages.clear()
        emit(self.layoutChanged)

    # -- ncdesk ---------------------------------------------------------------------------

    def refresh(self, touched: Touched | None = None) -> None:
        """Read again from the store (after a filter change or an edit). With *touched* (what a
        batch changed): nothing if the listing shows none of it, the rows on screen only if
        the order cannot have changed, else the ids again (in a worker if the model has a loader)."""
        what = self.listing.affected(touched) if touched is not None else "order"
        if what is None:
            return
        if what == "rows" and self.listing.loaded:
            self._pages.clear()
            if self._rows:
                emit(self.dataChanged, self.index(0, 0), self.index(self._rows - 1, self.columnCount() - 1))
            return
        if self.in_worker():
            self.reload("refresh")
            return
        self.beginResetModel()
        self._pages.clear()
        self.listing.invalidate()
        self._rows = self.listing.count()
        self.endResetModel()

    def in_worker(self) -> bool:
        """Are the ids read in a worker (a loader, and more rows than `SYNC_ROWS`, or a read under way)?"""
        return self.loader is not None and (self._rows > self.SYNC_ROWS or self.loading)

    def reload(self, why: str = "refresh", **changes: Any) -> None:
        """Read the ordered ids in a worker (the model's loader), with *changes* to the listing
        (sort_key, descending, text, also, filters), then show them; the rows on screen stay as
        they were meanwhile. A newer reload supersedes an older one."""
        assert self.loader is not None
        self._generation += 1
        generation = self._generation
        listing = self.listing
        wanted = {
            "sort_key": listing.sort_key, "descending": listing.descending, "text": listing.text, "also": listing.also,
            "filters": dict(listing.filters),
        }  # fmt: skip
        wanted.update(self._wanted if self.loading else {})
        wanted.update(changes)
        self._wanted = wanted
        snapshot = Listing(listing.store, listing.spec.kind)
        snapshot.local_names = listing.local_names
        for name, value in wanted.items():
            setattr(snapshot, name, value)

        def work(ctx: Any) -> tuple[list[str], dict[str, int]]:
            ids = snapshot.read_ids(ctx.reader())
            # Each id's row, made here (a million at 100×: not on the GUI thread, which needs
            # them to put the selection back). A loop, not dict(zip()): it lets go of Python's lock.
            return ids, {rid: i for i, rid in enumerate(ids)}

        def done(result: tuple[list[str], dict[str, int]]) -> None:
            if generation != self._generation:
                return  # a newer sort or filter was asked for meanwhile
            for name, value in wanted.items():
                setattr(self.listing, name, value)
            self.adopt(*result)

        self.loading = True
        self.loader(f"{why} {listing.spec.kind}", work, done)

    def adopt(self, ids: list[str], positions: dict[str, int] | None = None) -> None:
        """Show *ids* as the rows (read by `reload`); `reloaded` tells the view to put back its
        selection and scroll position."""
        emit(self.about_to_reload)
        same = len(ids) == self._rows  # a sort, an edit: the rows move, none come or go
        if same:
            emit(self.layoutAboutToBeChanged)
        else:
            self.beginResetModel()
        self.listing.adopt(ids, positions)
        self._pages.clear()
        self._rows = len(ids)
        self.loading = False
        self._wanted = {}
        if same:
            emit(self.layoutChanged)
        else:
            self.endResetModel()
        emit(self.reloaded)

    def clear(self) -> None:
        """Hold nothing (the window locked): the rows read so far are dropped, and those being
        read are not shown when they come."""
        self._generation += 1
        self.loading = False
        self._wanted = {}
        self.listing.invalidate()
        self.beginResetModel()
        self._pages.clear()
        self._rows = 0
        self.endResetModel()

    def set_text(self, text: str) -> None:
        # State names typed in the window's language find the records, which name States in English.
        if self.in_worker():
            self.reload("filter", text=text, also=english_names(text))
            return
        self.listing.set_text(text, english_names(text))
        self.refresh()

    def set_filter(self, name: str, value: Any) -> None:
        if self.in_worker():
            if name not in self.listing.spec.filters:
                raise ValueError(f"{self.listing.spec.kind} cannot be filtered by {name}")
            filters = dict(self._wanted.get("filters", self.listing.filters))
            if value in (None, ""):
                filters.pop(name, None)
            else:
                filters[name] = value
            self.reload("filter", filters=filters)
            return
        self.listing.set_filter(name, value)
        self.refresh()

    def id_at(self, row: int) -> str | None:
        found = self._row(row) if 0 <= row < self._rows else None
        return str(found[0]) if found else None

    def row_of(self, record_id: str) -> int | None:
        return self.listing.position(record_id)

    def sort_column(self) -> int:
        return self.listing.keys.index(self.listing.sort_key)


@dataclass
class _Node:
    kind: str
    id: str
    text: str
    number: str
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class SituationTreeModel(QAbstractItemModel):
    """Situations, their cases, and the persons in each case."""

    def __init__(self, store: Store, parent: QObject | None = None, *, lazy: bool = False) -> None:
        super().__init__(parent)
        self.store = store
        self._root = _Node("root", "", "", "")
        self._loaded = False  # with *lazy*, the tree is read when first asked for (not at start-up)
        if not lazy:
            self._load()

    @property
    def loaded(self) -> bool:
        return self._loaded

    def _ensure(self) -> None:
        if not self._loaded and self.store.is_open:  # closed or locked: empty
            self._load()

    def _load(self) -> None:
        root = _Node("root", "", "", "")
        persons = person_names(self.store)
        links: dict[str, list[str]] = {}
        for cp in self.store.rows("case_person", order_by="rowid"):
            links.setdefault(cp["case_id"], []).append(cp["person_id"])
        for w in self.store.rows("warrant", "case_id IS NOT NULL", order_by="issued_on"):
            if w["person_id"] not in links.setdefault(w["case_id"], []):
                links[w["case_id"]].append(w["person_id"])
        cases: dict[str, list[dict[str, Any]]] = {}
        for c in self.store.rows("icc_case", order_by="icc_number"):
            cases.setdefault(c["situation_id"], []).append(c)
        for s in self.store.rows("situation", order_by="icc_number"):
            sn = _Node("situation", s["id"], s["name"], s["icc_number"], root)
            root.children.append(sn)
            for c in cases.get(s["id"], []):
                cn = _Node("icc_case", c["id"], c["title"], c["icc_number"], sn)
                sn.children.append(cn)
                for pid in links.get(c["id"], []):
                    if pid in persons:
                        cn.children.append(_Node("person", pid, persons[pid], "", cn))
        self._root = root
        self._loaded = True

    def refresh(self) -> None:
        if not self._loaded:
            return  # not read yet: it will be read as it is then
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._root = _Node("root", "", "", "")
        self._loaded = True  # empty until refreshed (the database is locked)
        self.endResetModel()

    def _node(self, index: AnyIndex) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        self._ensure()
        return self._root

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self._node(parent)
        if 0 <= row < len(node.children):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008 - the index form of QObject.parent(), as Qt's own models
        if not index.isValid():
            return QModelIndex()
        node = self._node(index)
        if node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row(), 0, node.parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == ID_ROLE:
            return node.id
        if role == KIND_ROLE:
            return node.kind
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return node.text if index.column() == 0 else node.number
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [field_label("name"), field_label("icc_number")][section] if 0 <= section < 2 else None
        return None

    def index_of(self, kind: str, record_id: str) -> QModelIndex:
        def walk(node: _Node) -> _Node | None:
            for child in node.children:
                if child.kind == kind and child.id == record_id:
                    return child
                found = walk(child)
                if found:
                    return found
            return None

        self._ensure()
        node = walk(self._root)
        return self.createIndex(node.row(), 0, node) if node else QModelIndex()


class SearchResultsModel(QAbstractListModel):
    """Search results grouped by kind: a header row for each kind, then its records."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._query = ""
        # (query, record id) -> the snippet shown as a result's tooltip, for results read without
        # theirs (the search as you type does not compute eighty snippets nobody looks at).
        self.snippet_of: Callable[[str, str], str] | None = None

    def set_results(self, results: list[dict[str, Any]], order: list[str], query: str = "") -> None:
        self._query = query
        grouped: dict[str, list[dict[str, Any]]] = {}
        for r in results:
            grouped.setdefault(r["kind"], []).append(r)
        # The kind holding the best match comes first; results arrive best first.
        best = {kind: min(i for i, r in enumerate(results) if r["kind"] == kind) for kind in grouped}
        order = sorted(order, key=lambda k: (best.get(k, len(results)), order.index(k)))
        rows: list[dict[str, Any]] = []
        for kind in order:
            items = grouped.get(kind, [])
            if not items:
                continue
            rows.append({"header": True, "kind": kind, "title": f"{kind_label(kind, plural=True)} ({len(items)})"})
            rows.extend({"header": False, **r} for r in items)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911 - Qt's data(): a return per role and column
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if not row["header"] and row["kind"] in ("state", "focal_point"):  # a State's name in the language
                name, paren, rest = str(row["title"]).partition(" (")
                return country_name(name, current_language()) + paren + rest
            return row["title"]
        if role == Qt.ItemDataRole.ToolTipRole and not row["header"]:
            if row.get("snippet") is None and self.snippet_of is not None:
                row["snippet"] = self.snippet_of(self._query, row["record_id"])
            return row.get("snippet") or ""
        if role == HEADER_ROLE:
            return row["header"]
        if role == KIND_ROLE:
            return row["kind"]
        if role == ID_ROLE:
            return None if row["header"] else row["record_id"]
        if role == Qt.ItemDataRole.FontRole and row["header"]:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()]["header"]:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def first_result(self) -> int | None:
        for i, row in enumerate(self._rows):
            if not row["header"]:
                return i
        return None
