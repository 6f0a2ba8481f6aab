"""Every model under pytest-qt's model tester; sorting, filtering and paging."""

import pytest
from PySide6.QtCore import Qt

from ncdesk.store.records.listings import SPECS, Listing
from ncdesk.store.store import Store
from ncdesk.ui.models import ID_ROLE, KIND_ROLE, ListingModel, SearchResultsModel, SituationTreeModel


@pytest.mark.parametrize("kind", sorted(SPECS))
def test_listing_models_pass_the_model_tester(qtmodeltester, store: Store, kind: str) -> None:
    model = ListingModel(Listing(store, kind))
    qtmodeltester.check(model)
    assert model.rowCount() == store.count(kind)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)
    model.set_text("a")
    qtmodeltester.check(model)


def test_findings_sort_and_filter(store: Store) -> None:
    model = ListingModel(Listing(store, "finding"))
    date = model.keys().index("date")
    model.sort(date, Qt.SortOrder.AscendingOrder)
    assert model.index(0, date).data() == "25 May 2010"
    model.sort(date, Qt.SortOrder.DescendingOrder)
    assert model.index(0, date).data() == "31 October 2025"
    model.set_text("chad")
    assert model.rowCount() == 3
    chad = store.rows("state", "iso3 = 'TCD'")[0]["id"]
    model.set_text("")
    model.set_filter("state_id", chad)
    assert model.rowCount() == 3
    model.set_filter("state_id", None)
    model.set_filter("referred_to", "security_council")
    titles = {model.index(r, model.keys().index("state")).data() for r in range(model.rowCount())}
    assert {"Sudan", "Libya", "Chad"} <= titles  # "both" counts as referred to the Council
    model.set_filter("referred_to", "assembly")
    model.set_filter("year", "2025")
    assert {model.index(r, model.keys().index("document")).data() for r in range(model.rowCount())} == {"ICC-01/18-462"}


def test_listing_pages_beyond_the_first(store: Store) -> None:
    before = store.count("person")
    store.insert_many("person", [{"name": f"Person {i:04d}"} for i in range(700)])
    model = ListingModel(Listing(store, "person"))
    name = model.keys().index("name")
    model.sort(name, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == before + 700
    last = model.index(model.rowCount() - 1, name).data()
    assert last == max((r["name"] for r in store.rows("person")), key=str.casefold)
    assert model.index(600, name).data().startswith("Person")
    assert model.row_of(model.index(650, 0).data(ID_ROLE)) == 650


def test_situation_tree(qtmodeltester, store: Store) -> None:
    model = SituationTreeModel(store)
    qtmodeltester.check(model)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Situation in Darfur, Sudan" in names
    darfur = model.index(names.index("Situation in Darfur, Sudan"), 0)
    cases = [model.index(r, 1, darfur).data() for r in range(model.rowCount(darfur))]
    assert "ICC-02/05-01/09" in cases
    bashir_case = model.index(cases.index("ICC-02/05-01/09"), 0, darfur)
    person = model.index(0, 0, bashir_case)
    assert person.data() == "Omar Hassan Ahmad Al Bashir" and person.data(KIND_ROLE) == "person"
    assert model.index_of("person", person.data(ID_ROLE)).isValid()


def test_search_results_grouped(qtmodeltester, store: Store) -> None:
    model = SearchResultsModel()
    qtmodeltester.check(model)
    model.set_results(store.search("Hungary"), ["state", "finding", "letter", "travel_alert", "activity"])
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert first.flags() & Qt.ItemFlag.ItemIsSelectable == Qt.ItemFlag.NoItemFlags  # a header
    assert model.first_result() == 1


def test_search_results_read_their_snippet_when_shown(store: Store) -> None:
    asked: list[tuple[str, str]] = []

    def snippet_of(query: str, record_id: str) -> str:
        asked.append((query, record_id))
        return store.snippet(query, record_id)

    model = SearchResultsModel()
    model.snippet_of = snippet_of
    model.set_results(store.search("Hungary", snippets=False), ["state", "finding", "letter"], "Hungary")
    row = model.first_result()
    assert row is not None
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, ID_ROLE):
        model.index(row, 0).data(role)
    assert asked == []  # painting needs no snippet
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "[Hungary]" in tip and len(asked) == 1
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == tip and len(asked) == 1  # kept
