"""The listings' queries: counting and ordering without the joins the query does not need."""

import pytest

from ncdesk.store.records.listings import SPECS, Listing
from ncdesk.store.store import Store


def _with_all_joins(listing: Listing) -> tuple[int, list[str]]:
    """Count and order as the listing would with every join of its FROM clause."""
    where, args = listing._where()
    column = next(c for c in listing.spec.columns if c.key == listing.sort_key)
    key = column.sort or column.sql
    direction = "DESC" if listing.descending else "ASC"
    count = listing.store.db.execute(f"SELECT count(*) FROM {listing.spec.from_sql} WHERE {where}", args).fetchone()
    ids = listing.store.db.execute(
        f"SELECT r.id FROM {listing.spec.from_sql} WHERE {where} "
        f"ORDER BY ({key}) IS NULL, {key} COLLATE NOCASE {direction}, r.rowid {direction}",
        args,
    ).fetchall()
    return int(count[0]), [str(r[0]) for r in ids]


@pytest.mark.parametrize("kind", sorted(SPECS))
def test_counts_and_orders_are_those_of_the_full_join(store: Store, kind: str) -> None:
    """Every column sorted both ways, with text and a filter: the same rows in the same order."""
    listing = Listing(store, kind)
    for text in ("", "a"):
        listing.set_text(text)
        for key in listing.keys:
            for descending in (False, True):
                listing.set_sort(key, descending)
                count, ids = _with_all_joins(listing)
                assert listing.count() == count
                listing.invalidate()
                assert listing.ids() == ids, (kind, key, descending, text)


def test_alerts_counted_without_reading_persons(store: Store) -> None:
    """The alerts' count names no joined table (it reads the live alerts' index: m006)."""
    listing = Listing(store, "travel_alert")
    where, _ = listing._where()
    assert listing._from(where) == "travel_alert r"
    person = next(c for c in listing.spec.columns if c.key == "person")
    assert listing._from(where, person.sort or person.sql) == listing.spec.from_sql


def test_alerts_and_letters_counted_as_all_less_the_deleted(store: Store) -> None:
    """The live alerts and letters are counted over indexes (m006), and the count follows a
    deletion and a filter."""
    for kind in ("travel_alert", "letter"):
        listing = Listing(store, kind)
        live = store.count(kind)
        assert live > 0 and listing.count() == live
        victim = store.rows(kind)[0]["id"]
        store.delete(kind, victim)
        listing.invalidate()
        assert listing.count() == live - 1 == store.count(kind)
