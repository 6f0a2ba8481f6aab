"""Importing alerts, letters, activities, persons and findings from CSV, Excel and JSON: the same
rules as the forms, every problem named by file, row and column, duplicates found, all or nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from ncdesk.io import tabular
from ncdesk.io.importing import ImportRejected, Mapping, apply, import_file, preview
from ncdesk.store.records.editing import current_values
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests.io.import_helpers import state, unmark, write_csv, write_xlsx

ALERT_HEAD = ["person", "destinations", "date", "purpose", "reliability", "received_at"]


def _alerts(store: Store) -> list[dict]:
    return store.rows("travel_alert", "origin = 'user'", order_by="rowid")


def test_a_csv_of_alerts_is_imported_with_names_resolved(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "alerts.csv",
        [
            ALERT_HEAD,
            ["Vladimir Putin", "Mongolia; KGZ", "3–6 April 2031", "Summit", "probable", "2031-03-20"],
            ["netanyahu", "HUN", "mid-May 2031", "", "", ""],
        ],
    )
    plan = preview(store, path)
    assert plan.ok and plan.kind is None and plan.sections[0].kind == "travel_alert"
    assert plan.counts() == {"travel_alert": {"add": 2, "unchanged": 0, "rejected": 0, "unchecked": 0}}
    assert _alerts(store) == []  # the preview wrote nothing
    done = apply(store, plan)
    first, second = _alerts(store)
    assert [r.record_id for s in done.sections for r in s.rows] == [first["id"], second["id"]]
    assert first["person_id"] == ref_id("person", "vladimir-putin")
    assert (first["date_text"], first["date_from"], first["date_to"]) == ("3–6 April 2031", "2031-04-03", "2031-04-06")
    assert current_values(store, "travel_alert", first["id"])["destinations"] == [
        ref_id("state", "MNG"),
        ref_id("state", "KGZ"),
    ]
    assert (first["reliability"], first["status"], first["received_at"]) == ("probable", "reported", "2031-03-20")
    assert (second["reliability"], second["date_precision"]) == ("unknown", "part_of_month")
    steps = store.rows("alert_step", "alert_id = ?", [second["id"]])
    assert [(s["step"], s["at"], s["notes"]) for s in steps] == [("reported", "2026-11-23", "imported from alerts.csv")]
    assert store.search("Summit", kinds=("travel_alert",))[0]["record_id"] == first["id"]


def test_every_problem_names_the_file_row_and_column_and_nothing_is_written(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "alerts.csv",
        [
            ALERT_HEAD,
            ["Vladimir Putin", "Mongolia", "2031-04-03", "", "", ""],
            ["Nobody Known", "Narnia; Hungry", "31 February 2031", "", "sure", "yesterday"],
            ["Vladimir Putin", "mongolia", "3 April 2031", "", "", ""],
        ],
    )
    before = state(store)
    plan = preview(store, path)
    lines = [p.line() for p in plan.problems]
    assert lines == [
        "alerts.csv:3: person: unknown person 'Nobody Known'",
        "alerts.csv:3: destinations: unknown State 'Narnia'; closest: Armenia, Argentina, Mauritania; "
        "unknown State 'Hungry'; closest: Hungary, Uruguay, Niger",
        "alerts.csv:3: date: '31 February 2031': February 2031 has 28 days, not 31",
        "alerts.csv:3: reliability: 'sure' is not one of confirmed, probable, possible, doubtful, unknown",
        "alerts.csv:3: received_at: 'yesterday' is not a date; write it as YYYY-MM-DD or day month year (3 April 2025)",
        "alerts.csv:4: person, destinations, date: duplicate of row 2 of this file (the same person, destinations "
        "and dates)",
    ]
    assert [r.action for r in plan.sections[0].rows] == ["add", "rejected", "rejected"]
    with pytest.raises(ImportRejected) as info:
        apply(store, plan)
    assert info.value.problems == plan.problems
    with pytest.raises(ImportRejected, match=r"import rejected: alerts.csv:3: person: unknown person"):
        import_file(store, path)
    assert state(store) == before


def test_a_duplicate_of_a_recorded_alert_is_named(store: Store, tmp_path: Path) -> None:
    # Netanyahu in Hungary, 3–6 April 2025, is in the reference data.
    path = write_csv(tmp_path / "a.csv", [ALERT_HEAD, ["Benjamin Netanyahu", "Hungary", "2025-04-03/2025-04-06"]])
    (problem,) = preview(store, path).problems
    assert problem.field == "person, destinations, date"
    assert problem.message.startswith("duplicate of a travel alert already recorded")
    assert "Netanyahu in Hungary" in problem.message
    # Overlapping dates and one destination in common is the same visit (store/records/duplicates.py) ...
    write_csv(path, [ALERT_HEAD, ["Benjamin Netanyahu", "Austria; Hungary", "2025-04-05/2025-04-09"]])
    (problem,) = preview(store, path).problems
    assert "Netanyahu in Hungary" in problem.message
    # ... other dates, or other destinations only, is another visit.
    write_csv(path, [ALERT_HEAD, ["Benjamin Netanyahu", "Hungary", "2025-04-07/2025-04-09"]])
    assert preview(store, path).ok
    write_csv(path, [ALERT_HEAD, ["Benjamin Netanyahu", "Austria", "2025-04-03/2025-04-06"]])
    assert preview(store, path).ok


@pytest.mark.parametrize(
    ("kind", "head", "rows", "field", "message"),
    [
        ("person", ["name"], [["Omar Al Bashir"]], "name", "duplicate of a person already recorded"),
        ("person", ["name"], [["Jane Roe"], ["jane roe"]], "name", "duplicate of row 2 of this file"),
        (
            "letter",
            ["state", "addressee_office", "date", "sender_name", "sender_office"],
            [["Mongolia", "Minister", "2031-01-01", "P", "O"], ["MNG", "minister", "1 January 2031", "P", "O"]],
            "state, date, addressee_office",
            "duplicate of row 2 of this file",
        ),
        (
            "activity",
            ["kind", "title", "date", "status"],
            [["plenary", "Debate", "2031-01-01", "held"], ["plenary", "DEBATE", "1 January 2031", "planned"]],
            "kind, title, date",
            "duplicate of row 2 of this file",
        ),
        (
            "finding",
            ["kind", "title", "date", "documents", "situation", "basis", "referred_to"],
            [
                ["finding", "A", "2031-01-01", "ICC-01/22-9901-ENG", "ICC-01/22", "art_87_7", "assembly"],
                ["finding", "B", "2031-01-02", "ICC-01/22-9902-ENG; ICC-01/22-9901-ENG", "Ukraine", "none", "none"],
            ],
            "documents",
            "duplicate of row 2 of this file (the same ICC document number)",
        ),
    ],
)
def test_duplicates_of_each_kind(store: Store, tmp_path: Path, kind, head, rows, field, message) -> None:
    plan = preview(store, write_csv(tmp_path / "f.csv", [head, *rows]), kind)
    assert [(p.field, p.message[: len(message)]) for p in plan.problems] == [(field, message)]


def test_columns_may_be_named_by_their_labels_in_any_case_and_order(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "letters.csv",
        [
            ["Sender's office", "SENDER", "Date", "Addressed to", "state", "Articles recalled", "Travel alert"],
            ["President", "P. K.", "2031-02-02", "Minister", "Côte d'Ivoire", "86\n89(1)", ""],
        ],
        delimiter=";",
    )
    import_file(store, path)
    (letter,) = store.rows("letter", "origin = 'user'")
    assert (letter["state_id"], letter["articles_recalled"]) == (ref_id("state", "CIV"), ["86", "89(1)"])


def test_a_letter_refers_to_an_alert_by_its_id(store: Store, tmp_path: Path) -> None:
    alert = store.rows("travel_alert", order_by="rowid")[0]["id"]
    head = ["state", "addressee_office", "date", "sender_name", "sender_office", "alert"]
    path = write_csv(tmp_path / "l.csv", [head, ["Mongolia", "Minister", "2031-01-01", "P", "O", alert[:8]]])
    import_file(store, path)
    assert store.rows("letter", "origin = 'user'")[0]["alert_id"] == alert
    write_csv(path, [head, ["Mongolia", "Minister", "2031-01-02", "P", "O", "ffffffff"]])
    assert preview(store, path).problems[0].line() == (
        "l.csv:2: alert: no travel alert has an id starting with 'ffffffff' (see ncdesk alert list)"
    )


def test_the_header_is_checked_before_the_rows(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["person", "destinaton", "date", "persn"], ["Putin", "Mongolia", "2031"]])
    lines = [p.line() for p in preview(store, path, "travel_alert").problems]
    assert lines[0].startswith("a.csv:1: destinaton: unknown column; the columns of travel alerts are: id, person")
    assert lines[1].startswith("a.csv:1: persn: unknown column")
    assert lines[2] == "a.csv:1: destinations: required column missing"
    path = write_csv(tmp_path / "b.csv", [["foo", "bar"], ["1", "2"]])
    plan = preview(store, path)
    assert [p.message for p in plan.problems] == [
        "no column is recognised: the header row must name the columns, or they must be mapped (see the templates; "
        "docs/IMPORT_FORMAT.md)"
    ]
    # each header is asked (what it is, or ignored), with the columns of every kind
    assert [(q.what, q.text, q.places) for q in plan.questions] == [
        ("column", "foo", [(None, 1, "foo")]),
        ("column", "bar", [(None, 1, "bar")]),
    ]
    # what the known columns fit, it is: a travel alert whose missing column is said
    path = write_csv(tmp_path / "c.csv", [["person", "date", "Visiting"], ["Putin", "2031", "Chad"]])
    plan = preview(store, path)
    assert [s.kind for s in plan.sections] == ["travel_alert"]
    assert [p.line() for p in plan.problems][-1] == "c.csv:1: destinations: required column missing"
    (where,) = plan.questions
    # the column it lacks is offered though unlike "Visiting"; those already named are not
    assert (where.what, where.text) == ("column", "Visiting")
    assert "destinations" in where.suggestions and not {"person", "date"} & set(where.suggestions)
    plan = preview(store, path, mapping=Mapping(columns={"Visiting": "destinations"}))
    assert plan.ok, [p.line() for p in plan.problems]
    # columns that fit two kinds as well: not guessed
    path = write_csv(tmp_path / "d.csv", [["title", "date"], ["Visit", "2031"]])
    assert preview(store, path).problems[0].message == (
        "cannot tell which kind of record this is; as findings it lacks the column(s) kind, documents, situation, "
        "basis, referred_to (or choose the kind: --kind)"
    )


def test_an_alert_can_be_imported_at_a_later_step_with_its_outcome(store: Store, tmp_path: Path) -> None:
    head = ["person", "destinations", "date", "status", "outcome", "received_at"]
    path = write_csv(
        tmp_path / "a.csv",
        [
            head,
            ["Putin", "Mongolia", "2031-01-01", "closed", "not_arrested", "2030-12-01"],
            ["Putin", "Mongolia", "2031-02-01", "closed", "", ""],
            ["Putin", "Mongolia", "2031-03-01", "verified", "arrested", ""],
            ["Putin", "Mongolia", "2031-04-01", "gone", "", ""],
        ],
    )
    assert [p.line() for p in preview(store, path).problems] == [
        "a.csv:3: outcome: a closed alert needs its outcome: cancelled, arrested, not_arrested, unknown",
        "a.csv:4: outcome: an outcome is recorded only for a closed alert",
        "a.csv:5: status: 'gone' is not one of reported, verified, focal_points_activated, letter_sent, "
        "court_informed, closed",
    ]
    write_csv(path, [head, ["Putin", "Mongolia", "2031-01-01", "closed", "not_arrested", "2030-12-01"]])
    import_file(store, path)
    (alert,) = _alerts(store)
    assert (alert["status"], alert["outcome"]) == ("closed", "not_arrested")
    assert [s["step"] for s in store.rows("alert_step", "alert_id = ?", [alert["id"]])] == ["closed"]


def test_ids_re_import_unchanged_and_conflicts_are_rejected(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "persons.csv"
    tabular.write_csv(store, "person", path)
    plan = preview(store, path)
    persons = store.count("person")
    assert plan.ok and plan.counts()["person"] == {"add": 0, "unchanged": persons, "rejected": 0, "unchecked": 0}
    text = path.read_text(encoding="utf-8-sig").replace("Uhuru Muigai Kenyatta,", "Uhuru M. Kenyatta,")
    path.write_text(text, encoding="utf-8")
    (problem,) = preview(store, path).problems
    assert problem.field == "id" and problem.message.startswith("a different person is recorded with this id")
    assert "(it differs in: name)" in problem.message
    fresh = "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"
    write_csv(path, [["id", "name"], [fresh, "Jane Roe"], ["not-a-uuid", "John Roe"], [fresh, "Jim Roe"]])
    assert [p.line() for p in preview(store, path).problems] == [
        "persons.csv:3: id: expected a record id (a UUID); leave it empty for a new record",
        "persons.csv:4: id: the same id as row 2 of this file",
    ]
    write_csv(path, [["id", "name"], [fresh, "Jane Roe"]])
    import_file(store, path)
    assert store.require("person", fresh)["name"] == "Jane Roe"
    state_id = ref_id("state", "HUN")
    write_csv(path, [["id", "name"], [state_id, "Someone"]])
    assert preview(store, path).problems[0].message == "this id belongs to a state"
    store.delete("person", fresh)
    write_csv(path, [["id", "name"], [fresh, "Jane Roe"]])
    assert "was deleted" in preview(store, path).problems[0].message


def test_a_workbook_imports_every_sheet_named_by_kind_in_dependency_order(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "book.xlsx",
        {
            "Travel alerts": [ALERT_HEAD, ["Jane Roe", "Kenya", dt.date(2031, 5, 1), None, "possible", None]],
            "Notes": [["anything"]],
            "persons": [["Name", "Also known as", "Nationality"], ["Jane Roe", "J. R.; Janey", "Kenya"]],
        },
    )
    plan = preview(store, path)
    assert plan.ok, [p.line() for p in plan.problems]
    assert [s.kind for s in plan.sections] == ["person", "travel_alert"]
    assert plan.notes == ["sheet “Notes” is not read (its name is not one of the kinds imported)"]
    apply(store, plan)
    (alert,) = _alerts(store)
    person = store.require("person", alert["person_id"])
    assert (person["name"], person["aliases"], alert["date_text"]) == ("Jane Roe", ["J. R.", "Janey"], "1 May 2031")
    # --kind picks one sheet
    assert [s.kind for s in preview(store, path, "person").sections] == ["person"]


def test_a_workbook_problem_names_the_sheet(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "book.xlsx", {"Letters": [["state", "date"], ["Atlantis", 12]]})
    lines = [p.line() for p in preview(store, path).problems]
    assert "book.xlsx:Letters:1: addressee_office: required column missing" in lines


def test_a_json_list_of_records(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    records = [{"name": "Jane Roe", "aliases": ["J. R.", "Janey"]}, {"name": "John Roe", "notes": 42}]
    path.write_text(json.dumps(records), encoding="utf-8")
    import_file(store, path)
    people = {p["name"]: p for p in store.rows("person", "origin = 'user'")}
    assert people["Jane Roe"]["aliases"] == ["J. R.", "Janey"] and people["John Roe"]["notes"] == "42"
    path.write_text(json.dumps([{"name": {"first": "X"}}, {"name": "Y", "aliases": [["nested"]]}]), encoding="utf-8")
    assert [p.line() for p in preview(store, path, "person").problems] == [
        "people.json:1: name: a JSON dict here; expected text, a number or a list of texts",
        "people.json:2: aliases: a JSON list here; expected text, a number or a list of texts",
    ]


def test_formula_escapes_are_removed_from_csv_cells(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["name", "function"], ["'=Jane", "'-chief"], ["Tim", "'Tis"]])
    import_file(store, path, "person")
    names = {p["name"]: p["function"] for p in store.rows("person", "origin = 'user'")}
    assert names == {"=Jane": "-chief", "Tim": "'Tis"}


def test_the_templates_import_into_the_reference_data(store: Store, tmp_path: Path) -> None:
    for kind in tabular.KINDS:
        for suffix in (".csv", ".xlsx"):
            path = tmp_path / f"{kind}{suffix}"
            tabular.write_template(kind, path)
            # the example row is skipped while marked (tests/io/test_import_reading.py); unmarked, it imports
            unmark(path)
            plan = preview(store, path)
            assert plan.ok and plan.counts() == {kind: {"add": 1, "unchanged": 0, "rejected": 0, "unchecked": 0}}, (
                plan.problems
            )


def test_apply_checks_again_what_changed_since_the_preview(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["name"], ["Jane Roe"]])
    plan = preview(store, path)
    assert plan.ok
    store.insert("person", {"name": "Jane Roe"})
    before = state(store)
    with pytest.raises(ImportRejected, match="duplicate of a person already recorded"):
        apply(store, plan)
    assert state(store) == before


def test_progress_is_reported_and_a_large_import_is_searchable(store: Store, tmp_path: Path) -> None:
    rows = [["name", "function"]] + [[f"Person {i:03}", "Example"] for i in range(250)]
    path = write_csv(tmp_path / "p.csv", rows)
    seen: list[tuple[int, int]] = []
    before = store.count("person")
    apply(store, preview(store, path), progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (1, 250) and seen[-1] == (250, 250)
    assert store.count("person") == before + 250
    assert store.search("Person 249", kinds=("person",))[0]["title"] == "Person 249"


def test_a_store_error_is_not_taken_for_a_problem_of_the_file(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["name"], ["Jane Roe"]])
    plan = preview(store, path)
    store.db.execute("PRAGMA query_only = ON")
    try:
        with pytest.raises(Exception) as info:
            apply(store, plan)
        assert not isinstance(info.value, ImportRejected)
    finally:
        store.db.execute("PRAGMA query_only = OFF")
    assert store.rows("person", "name = 'Jane Roe'") == []
