"""`Store.rows` and `Store.iter_rows`: columns chosen, a limit and an offset, and streaming."""

import pytest

from ncdesk.store.store import Store


@pytest.fixture
def people(empty_store: Store) -> Store:
    empty_store.insert_many("person", [{"name": f"Person {i:03d}", "aliases": [f"P{i}"]} for i in range(200)])
    return empty_store


def test_rows_keeps_every_column_by_default(people: Store) -> None:
    [row] = people.rows("person", "name = ?", ["Person 007"])
    assert row["aliases"] == ["P7"] and row["origin"] == "user" and "created_at" in row


def test_rows_select_limit_and_offset(people: Store) -> None:
    rows = people.rows("person", select="id, name", order_by="name", limit=3, offset=10)
    assert [r["name"] for r in rows] == ["Person 010", "Person 011", "Person 012"]
    assert set(rows[0]) == {"id", "name"}
    # An offset alone (SQLite needs a LIMIT before OFFSET).
    assert [r["name"] for r in people.rows("person", select="name", order_by="name", offset=198)] == [
        "Person 198",
        "Person 199",
    ]
    # A JSON column selected is read as a list.
    assert people.rows("person", "name = 'Person 003'", select="aliases")[0]["aliases"] == ["P3"]


def test_rows_leave_deleted_records_out_unless_asked(people: Store) -> None:
    [row] = people.rows("person", "name = 'Person 000'", select="id")
    people.delete("person", row["id"])
    assert people.rows("person", "name = 'Person 000'") == []
    assert len(people.rows("person", "name = 'Person 000'", include_deleted=True, select="id")) == 1


def test_iter_rows_reads_only_what_is_taken(people: Store) -> None:
    """SQLite computes each row only when asked for it: a function in the SELECT counts them."""
    seen: list[str] = []

    def counted(value: str) -> str:
        seen.append(value)
        return value

    people.db.conn.create_function("seen", 1, counted)
    rows = people.iter_rows("person", select="seen(name) AS name", order_by="rowid DESC")
    taken = [next(rows)["name"] for _ in range(5)]
    rows.close()  # the caller stops: the cursor is closed, nothing else is read
    assert taken == ["Person 199", "Person 198", "Person 197", "Person 196", "Person 195"]
    assert 5 <= len(seen) < 100  # a batch at most, not the 200 rows
    seen.clear()
    assert len(people.rows("person", select="seen(name) AS name")) == 200 and len(seen) == 200


def test_iter_rows_gives_what_rows_gives(people: Store) -> None:
    where, args = "name LIKE ?", ["Person 1%"]
    assert list(people.iter_rows("person", where, args, order_by="name")) == people.rows(
        "person", where, args, order_by="name"
    )
    assert [r["name"] for r in people.iter_rows("person", order_by="name", limit=2, offset=1)] == [
        "Person 001",
        "Person 002",
    ]


def test_rows_refuse_an_unknown_table(people: Store) -> None:
    with pytest.raises(ValueError, match="unknown table"):
        list(people.iter_rows("people"))
