"""The full-text index: every kind, accent- and case-insensitive, kept current by triggers."""

import pytest

from ncdesk.store import fts
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store


def kinds_and_titles(store: Store, text: str) -> set[tuple[str, str]]:
    return {(r["kind"], r["title"]) for r in store.search(text, limit=200)}


def test_every_kind_is_searchable(store: Store) -> None:
    found = {r["kind"] for r in store.search("Hungary", limit=200)}
    assert {"state", "finding", "travel_alert", "letter", "activity"} <= found
    assert ("person", "Omar Hassan Ahmad Al Bashir") in kinds_and_titles(store, "bashir")
    assert ("icc_case", "Prosecutor v. Omar Al Bashir") in kinds_and_titles(store, "Al Bashir")
    assert any(k == "situation" for k, _ in kinds_and_titles(store, "Darfur"))
    assert any(k == "focal_point" for k, _ in kinds_and_titles(store, "Vanuatu"))
    assert any(k == "assembly_document" for k, _ in kinds_and_titles(store, "ICC-ASP/23/31"))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("paivi", ("focal_point", "Finland (Päivi Kaukoranta)")),
        ("PÄIVI KAUKORANTA", ("focal_point", "Finland (Päivi Kaukoranta)")),
        ("cote d'ivoire", ("state", "Côte d'Ivoire")),
        ("Côte", ("state", "Côte d'Ivoire")),
        ("turkiye", ("state", "Türkiye")),
        (
            "ICC-02/05-01/09-309-FRA",
            (
                "finding",
                "Decision under article 87(7) of the Rome Statute on the non-compliance by Jordan with the request "
                "by the Court for the arrest and surrender or Omar Al-Bashir",
            ),
        ),
        (
            "S/2016/716",
            (
                "finding",
                "Decision on the non-compliance by the Republic of Uganda with the request to arrest and surrender "
                "Omar Al-Bashir to the Court and referring the matter to the United Nations Security Council and the "
                "Assembly of State Parties to the Rome Statute",
            ),
        ),
        ("البشير", ("person", "Omar Hassan Ahmad Al Bashir")),
        ("Tajik", ("state", "Tajikistan")),  # as you type: the last word is a prefix
    ],
)
def test_search_folds_case_and_accents(store: Store, query: str, expected: tuple[str, str]) -> None:
    assert expected in kinds_and_titles(store, query)


@pytest.mark.parametrize("query", ['"', "AND", "OR NOT", "NEAR(x y)", "title:foo", "*", 'a"b', "(((", "-", "ICC-"])
def test_user_input_never_becomes_query_syntax(store: Store, query: str) -> None:
    store.search(query)  # must not raise


def test_triggers_keep_the_index_current(store: Store) -> None:
    pid = store.insert("person", {"name": "Zebulon Quux", "aliases": ["Zed"]})
    assert ("person", "Zebulon Quux") in kinds_and_titles(store, "zed")
    store.update("person", pid, {"name": "Zebulon Frobnitz"})
    assert kinds_and_titles(store, "Quux") == set()
    assert ("person", "Zebulon Frobnitz") in kinds_and_titles(store, "frobnitz")
    store.delete("person", pid)
    assert kinds_and_titles(store, "frobnitz") == set()
    store.restore("person", pid)
    assert kinds_and_titles(store, "frobnitz")


def test_related_names_follow_renames(store: Store) -> None:
    chad = ref_id("state", "TCD")
    store.update("state", chad, {"aliases": ["Tchad", "Tschad"]})
    titles = kinds_and_titles(store, "Tschad")
    assert ("state", "Chad") in titles
    assert any(k == "finding" for k, _ in titles)  # the findings against Chad
    assert any(k == "travel_alert" for k, _ in titles)  # Al Bashir's visits to Chad


def test_child_rows_update_their_parent(store: Store) -> None:
    finding = ref_id("finding", "ICC-01/22-90")
    store.insert("finding_document", {"finding_id": finding, "number": "ICC-01/22-90-Red"})
    assert any(r["record_id"] == finding for r in store.search("ICC-01/22-90-Red"))


def test_a_changed_definition_rebuilds_the_index(store: Store) -> None:
    assert fts.ensure(store.db) is False
    store.db.execute("UPDATE meta SET value = 'stale' WHERE key = 'fts_definition'")
    store.db.conn.commit()
    assert fts.ensure(store.db) is True
    assert kinds_and_titles(store, "paivi")


def test_match_expression_quotes_every_word() -> None:
    assert fts.match_expression('Al-Bashir "Chad') == '"Al" "Bashir" "Chad"*'
    assert fts.match_expression("   ") is None


def test_bulk_inserts_in_one_batch_rebuild_the_index_once(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    rebuilds: list[int] = []
    real = fts.rebuild
    monkeypatch.setattr(fts, "rebuild", lambda db: (rebuilds.append(1), real(db)))
    with store.batch("Generated"), fts.suspended(store.db):
        store.insert_many("person", [{"name": "Ahmad Hamdan Al-Amin"}, {"name": "Hélène Ngaïssona"}])
        store.insert_many("person", [{"name": "Jiří Dvořák"}])
        triggers = "SELECT 1 FROM sqlite_master WHERE name LIKE 'fts_%' AND type = 'trigger'"
        assert not store.db.execute(triggers).fetchone()  # suspended until the batch's end
    assert len(rebuilds) == 1
    assert ("person", "Jiří Dvořák") in kinds_and_titles(store, "jiri dvorak")
    # The triggers are back: a later single insert is indexed at once.
    store.insert("person", {"name": "Päivi Example"})
    assert ("person", "Päivi Example") in kinds_and_titles(store, "paivi example")


def test_a_snippet_is_read_when_asked_for(store: Store) -> None:
    eager = store.search("Hungary", limit=20)
    lazy = store.search("Hungary", limit=20, snippets=False)
    assert [r["record_id"] for r in lazy] == [r["record_id"] for r in eager]
    assert all(r["snippet"] is None for r in lazy)
    assert [store.snippet("Hungary", r["record_id"]) for r in lazy] == [r["snippet"] for r in eager]
    assert store.snippet("Hungary", ref_id("state", "FIN")) == ""  # not a match


def test_an_alert_is_found_by_a_destination_without_aliases(store: Store) -> None:
    """Most States have no aliases: their names are in their alerts' index text all the same."""
    assert store.require("state", ref_id("state", "MNG"))["aliases"] == []
    alert = store.insert(
        "travel_alert",
        {"person_id": ref_id("person", "vladimir-putin"), "title": "Unnamed visit", "date_text": "2030",
         "date_from": "2030-01-01", "date_to": "2030-12-31", "date_precision": "year", "reliability": "probable"},
    )  # fmt: skip
    store.insert("alert_destination", {"alert_id": alert, "state_id": ref_id("state", "MNG")})
    assert alert in [r["record_id"] for r in store.search("Mongolia", kinds=("travel_alert",))]
