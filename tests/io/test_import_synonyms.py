"""The words delegates head their columns with (issue 22): read as the column they name when only
one column of the kind has them, ranked first among the answers when a header is asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from ncdesk.io.importing import preview
from ncdesk.io.synonyms import SYNONYMS, header_key, ranked_columns
from ncdesk.io.tabular import COLUMNS, column_named
from ncdesk.store.store import Store
from tests.io.import_helpers import write_csv


@pytest.mark.parametrize(
    ("kind", "header", "column"),
    [
        ("travel_alert", "Who", "person"),
        ("travel_alert", "Personne recherchée", "person"),
        ("travel_alert", "PERSONA BUSCADA", "person"),
        ("travel_alert", "الشخص", "person"),
        ("travel_alert", "Where", "destinations"),
        ("travel_alert", "Pays visités", "destinations"),
        ("travel_alert", "País", "destinations"),
        ("travel_alert", "الوجهة", "destinations"),
        ("travel_alert", "When", "date"),
        ("travel_alert", "Reçue le", "received_at"),
        ("letter", "Signed by", "sender_name"),
        ("letter", "Fecha de la respuesta", "reply_on"),
        ("activity", "Lieu", "location"),
        ("finding", "Affaire", "case"),
        ("person", "Nationalité", "nationality"),
    ],
)
def test_a_synonym_in_any_of_the_four_languages_names_its_column(kind: str, header: str, column: str) -> None:
    found = column_named(kind, header)
    assert found is not None and found.name == column


def test_a_word_of_two_columns_is_not_read_but_offered_first() -> None:
    assert column_named("activity", "Countries") is None
    names = [c.name for c in COLUMNS["activity"]]
    assert set(ranked_columns("Countries", names, ["activity"])[:2]) == {"states_heard", "states_concerned"}


def test_the_table_is_of_the_kinds_columns_and_shadows_none() -> None:
    for kind, columns in SYNONYMS.items():
        own = {c.name: c for c in COLUMNS[kind]}
        assert set(columns) <= set(own), kind
        exact = {header_key(w): c.name for c in own.values() for w in (c.name, c.field, c.label)}
        for column, words in columns.items():
            for word in words:
                # a synonym that is another column's own name would never be read as this column
                assert exact.get(header_key(word), column) == column, (kind, column, word)


def test_a_header_asked_offers_the_column_it_is_a_synonym_of_first(store: Store, tmp_path: Path) -> None:
    # "Who (name)" is no synonym itself: asked, the person first (by similarity alone "Who" came
    # nearest to columns such as published_on).
    path = write_csv(
        tmp_path / "a.csv",
        [["Who (name)", "Pays visité ?", "date"], ["Putin", "Mongolia", "2031-04-03"]],
    )
    plan = preview(store, path, "travel_alert")
    asked = {q.text: q.suggestions for q in plan.questions if q.what == "column"}
    assert asked["Who (name)"][0] == "person"
    assert asked["Pays visité ?"][0] == "destinations"


def test_who_where_when_is_read_without_a_question(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "a.csv",
        [["Who", "Where", "When", "Likelihood"], ["Putin", "Mongolia", "3 April 2031", "probable"]],
    )
    plan = preview(store, path)
    assert plan.ok and plan.questions == [], [p.line() for p in plan.problems]
    assert [s.kind for s in plan.sections] == ["travel_alert"] and plan.total("add") == 1
