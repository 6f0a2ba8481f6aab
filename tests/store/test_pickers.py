"""What a reference field offers: a few records, the current and recent first, matches as you type."""

from ncdesk.core.wording import Wording
from ncdesk.store.records import pickers
from ncdesk.store.records.pickers import Filter
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store

PUTIN = ref_id("person", "vladimir-putin")


def _many_alerts(store: Store, n: int, start: int = 0) -> list[str]:
    mongolia = ref_id("state", "MNG")
    store.insert_many(
        "travel_alert",
        [
            {"person_id": PUTIN, "title": f"Visit {i:04d}", "date_text": "May 2030", "date_from": "2030-05-01",
             "date_to": "2030-05-31", "date_precision": "month", "reliability": "probable"}
            for i in range(start, start + n)
        ],
    )  # fmt: skip
    rows = store.rows("travel_alert", "title LIKE 'Visit %'", select="id", order_by="rowid", offset=start)
    store.insert_many("alert_destination", [{"alert_id": r["id"], "state_id": mongolia} for r in rows])
    return [r["id"] for r in rows]


def test_nothing_typed_gives_the_current_then_the_rest_by_name(store: Store) -> None:
    hungary = ref_id("state", "HUN")
    found = pickers.choices(store, "state", current=hungary)
    assert found[0].title == "Hungary" and len(found) == pickers.LIMIT
    rest = [c.title for c in found[1:]]
    assert rest == sorted(rest, key=str.casefold) and rest[0] == "Afghanistan"


def test_recently_changed_and_used_come_first(store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    tajikistan, hungary = ref_id("state", "TJK"), ref_id("state", "HUN")
    store.update("state", hungary, {"notes": "Watch."})
    person = store.insert("person", {"name": "Somebody Wanted", "nationality_state_id": tajikistan})
    found = pickers.choices(store, "state", used=("person", "nationality_state_id"))
    assert [c.id for c in found[:2]] == [tajikistan, hungary]  # used in this field, then changed
    assert pickers.choices(store, "person")[0].id == person


def test_typing_matches_names_aliases_and_codes_folded(store: Store) -> None:
    assert [c.title for c in pickers.choices(store, "state", "hung")] == ["Hungary"]
    assert "Côte d'Ivoire" in [c.title for c in pickers.choices(store, "state", "cote d")]
    assert [c.title for c in pickers.choices(store, "state", "MNG")] == ["Mongolia"]
    assert [c.id for c in pickers.choices(store, "person", "putin")] == [PUTIN]
    # The names beginning with what was typed come first.
    titles = [c.title for c in pickers.choices(store, "state", "an")]
    assert titles[0] in ("Andorra", "Angola", "Antigua and Barbuda") and "Afghanistan" in titles


def test_states_found_in_the_windows_language(store: Store) -> None:
    """The window passes its State names (a Wording) and the English names of what was typed."""
    french = Wording(state=lambda name: {"Germany": "Allemagne", "Hungary": "Hongrie"}.get(name, name), lang="fr")
    assert [c.title for c in pickers.choices(store, "state", "hongr", wording=french)] == ["Hongrie"]
    assert [c.title for c in pickers.choices(store, "state", "allem", also=("Germany",))] == ["Germany"]


def test_a_filter_restricts_every_list(store: Store) -> None:
    darfur = Filter("situation_id = ?", (ref_id("situation", "ICC-02/05"),))
    cases = pickers.choices(store, "icc_case", where=darfur)
    assert cases and all("Bashir" in c.title or "v." in c.title for c in cases)
    assert {c.id for c in cases} == {r["id"] for r in store.rows("icc_case", darfur.where, darfur.args)}
    assert pickers.choices(store, "icc_case", "Ongwen", where=darfur) == []


def test_long_kinds_by_search_index_newest_first_with_their_dates(store: Store) -> None:
    ids = _many_alerts(store, 50)
    found = pickers.choices(store, "travel_alert", "visit")
    assert [c.id for c in found] == ids[::-1][: pickers.LIMIT]
    assert found[0].note == "May 2030"
    assert [c.id for c in pickers.choices(store, "travel_alert", "visit 0007")] == [ids[7]]
    # Deleted records are not offered.
    store.delete("travel_alert", ids[-1])
    assert ids[-1] not in [c.id for c in pickers.choices(store, "travel_alert", "visit")]
    assert ids[-1] not in [c.id for c in pickers.choices(store, "travel_alert")]


def test_untitled_alerts_are_titled_as_elsewhere(store: Store) -> None:
    alert = store.insert(
        "travel_alert",
        {"person_id": PUTIN, "title": "", "date_text": "2030", "date_from": "2030-01-01", "date_to": "2030-12-31",
         "date_precision": "year", "reliability": "probable"},
    )  # fmt: skip
    for iso in ("MNG", "TJK"):
        store.insert("alert_destination", {"alert_id": alert, "state_id": ref_id("state", iso)})
    found = pickers.choice(store, "travel_alert", alert)
    assert found == pickers.Choice(alert, "Vladimir Vladimirovich Putin to Mongolia, Tajikistan", "2030")


def test_find_names_one_record_or_none(store: Store) -> None:
    assert pickers.find(store, "state", "hungary") == ref_id("state", "HUN")
    assert pickers.find(store, "state", "Hungry") is None
    assert pickers.find(store, "state", "") is None
    assert pickers.find(store, "state", "a") is None  # a part of many names is not a choice


def _statements(store: Store) -> tuple[int, int]:
    """(our statements, rows the search index read) for a picker's lists of alerts."""
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        assert len(pickers.choices(store, "travel_alert")) == pickers.LIMIT
        assert len(pickers.choices(store, "travel_alert", "visit")) == pickers.LIMIT
        assert len(pickers.choices(store, "travel_alert", "mongolia")) == pickers.LIMIT
    finally:
        store.db.conn.set_trace_callback(None)
    ours = [s for s in statements if not s.startswith("-- ")]
    index_rows = [s for s in statements if s.startswith("-- ") and "search_index_content" in s]
    return len(ours), len(index_rows)


def test_the_cost_does_not_grow_with_the_record(store: Store) -> None:
    """A picker's lists with nothing typed and with words matching every alert: as many statements
    for 200 alerts as for 2,000 (titles made only for the records shown), the index's reads bounded."""
    _many_alerts(store, 200)
    few, few_rows = _statements(store)
    _many_alerts(store, 1800, start=200)
    many, many_rows = _statements(store)
    assert few == many <= 12
    assert few_rows <= many_rows <= 2 * 512
