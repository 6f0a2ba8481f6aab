"""The full-text index: every kind, accent- and case-insensitive, kept current by triggers."""

import pytest

from ncdesk.store.file import fts
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


def test_bulk_inserts_in_one_batch_index_them_once(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    indexed: list[int] = []
    real = fts.index_added
    monkeypatch.setattr(fts, "index_added", lambda db, marks: indexed.append(real(db, marks)) or indexed[-1])
    monkeypatch.setattr(fts, "rebuild", lambda db: pytest.fail("the whole index was rebuilt"))
    with store.batch("Generated"), fts.suspended(store.db):
        store.insert_many("person", [{"name": "Ahmad Hamdan Al-Amin"}, {"name": "Hélène Ngaïssona"}])
        store.insert_many("person", [{"name": "Jiří Dvořák"}])
        triggers = "SELECT 1 FROM sqlite_master WHERE name LIKE 'fts_%_insert' AND type = 'trigger'"
        assert not store.db.execute(triggers).fetchone()  # suspended until the batch's end
    assert indexed == [3]  # once, for the three persons written
    assert store.db.execute(triggers).fetchone()
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


def test_an_alert_is_found_by_a_destination_without_aliases_mongolia(store: Store) -> None:
    """Most States have no aliases: their names are in their alerts' index text all the same."""
    assert store.require("state", ref_id("state", "MNG"))["aliases"] == []
    alert = store.insert(
        "travel_alert",
        {"person_id": ref_id("person", "vladimir-putin"), "title": "Unnamed visit", "date_text": "2030",
         "date_from": "2030-01-01", "date_to": "2030-12-31", "date_precision": "year", "reliability": "probable"},
    )  # fmt: skip
    store.insert("alert_destination", {"alert_id": alert, "state_id": ref_id("state", "MNG")})
    assert alert in [r["record_id"] for r in store.search("Mongolia", kinds=("travel_alert",))]


def _unindex(store: Store, record_id: str) -> None:
    """Leave the index stale for *record_id* on purpose (as if its text had been lost)."""
    with store.db.atomic():
        store.db.execute(
            f"DELETE FROM {fts.FTS_TABLE} WHERE rowid = (SELECT rowid FROM {fts.KEY_TABLE} WHERE record_id = ?)",
            [record_id],
        )


def test_a_suspension_indexes_the_rows_written_not_the_whole_record(store: Store) -> None:
    """A record the suspension did not write keeps its index row as it was: here, none (a whole
    rebuild would have given it back)."""
    finland = ref_id("state", "FIN")
    _unindex(store, finland)
    before = store.db.execute(f"SELECT count(*) FROM {fts.FTS_TABLE}").fetchone()[0]
    with store.batch("Generated"), fts.suspended(store.db):
        store.insert_many("person", [{"name": "Jiří Dvořák"}, {"name": "Hélène Ngaïssona"}])
    assert ("person", "Jiří Dvořák") in kinds_and_titles(store, "jiri")
    assert not [r for r in store.search("Finland", limit=200) if r["record_id"] == finland]
    assert store.db.execute(f"SELECT count(*) FROM {fts.FTS_TABLE}").fetchone()[0] == before + 2


def test_what_a_suspension_deletes_or_changes_is_found_as_it_ends(store: Store) -> None:
    """Rows added then deleted, softly or for good, within the suspension are not found; a record
    edited meanwhile is found by its new text, and the records whose text another row feeds (an
    alert, by its destination's name) too."""
    alert = next(r["record_id"] for r in store.search("Mongolia", kinds=("travel_alert",), limit=1))
    with store.batch("Bulk"), fts.suspended(store.db):
        store.insert_many(
            "person", [{"name": "Soft Deletedperson"}, {"name": "Hard Deletedperson"}, {"name": "Kept Person"}]
        )
        soft, hard = (store.db.execute("SELECT id FROM person WHERE name = ?", [n]).fetchone()[0]
                      for n in ("Soft Deletedperson", "Hard Deletedperson"))  # fmt: skip
        store.delete("person", soft)
        store.db.execute("DELETE FROM person WHERE id = ?", [hard])
        store.update("state", ref_id("state", "MNG"), {"name": "Mongolia Renamedstate"})
        store.delete("state", ref_id("state", "FIN"))
    assert store.search("Deletedperson") == []
    assert ("person", "Kept Person") in kinds_and_titles(store, "kept person")
    assert ("state", "Mongolia Renamedstate") in kinds_and_titles(store, "renamedstate")
    assert alert in {r["record_id"] for r in store.search("renamedstate", kinds=("travel_alert",))}
    assert not [r for r in store.search("Finland", kinds=("state",)) if r["record_id"] == ref_id("state", "FIN")]
    # and the triggers are back
    assert not store.db.execute(f"SELECT 1 FROM temp.sqlite_master WHERE name = '{fts.ADDED_TABLE}'").fetchone()
    store.update("state", ref_id("state", "MNG"), {"name": "Mongolia"})
    assert alert in {r["record_id"] for r in store.search("Mongolia", kinds=("travel_alert",), limit=200)}


def test_a_suspension_that_fails_indexes_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.batch("Bulk"), fts.suspended(store.db):
        store.insert_many("person", [{"name": "Never Indexedperson"}])
        raise RuntimeError("rolled back")
    assert store.search("Indexedperson") == []
    assert store.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'fts_person_insert'").fetchone()
    store.insert("person", {"name": "Later Indexedperson"})
    assert ("person", "Later Indexedperson") in kinds_and_titles(store, "indexedperson")


def test_generated_data_rebuild_the_whole_index(store: Store) -> None:
    finland = ref_id("state", "FIN")
    _unindex(store, finland)
    with store.batch("Generated", kind="import"), fts.suspended(store.db, whole=True):
        store.insert_many("person", [{"name": "Jiří Dvořák"}])
    assert ("person", "Jiří Dvořák") in kinds_and_titles(store, "jiri")
    assert [r for r in store.search("Finland", limit=200) if r["record_id"] == finland]


def test_an_alert_is_found_by_a_destination_without_aliases(store: Store) -> None:
    from tests.exchange_helpers import alert

    tonga = ref_id("state", "TON")
    assert store.require("state", tonga)["aliases"] == []
    found = alert(store, state="TON")
    assert found in {r["record_id"] for r in store.search("Tonga", kinds=("travel_alert",), limit=200)}
