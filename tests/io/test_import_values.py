"""The values of an imported file as a delegate typed them: closed lists in any case, accents and
language; swappable numeric dates, a State name used for two States and names that find no
record asked, never guessed; the answers (a Mapping) given once and remembered for files of the
same shape; the database's constraint text never shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ncdesk.io.export_json import export_data
from ncdesk.io.importing import ImportRejected, Mapping, apply, mapping_for, preview, remember_mapping
from ncdesk.io.translations import translate
from ncdesk.io.values import DAY_FIRST, MONTH_FIRST
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests.io.import_helpers import state, write_csv

HEAD = ["person", "destinations", "date", "reliability", "status"]


def _alerts(store: Store) -> list[dict]:
    return store.rows("travel_alert", "origin = 'user'", order_by="rowid")


def _destinations(store: Store, alert_id: str) -> list[str]:
    rows = store.rows("alert_destination", "alert_id = ?", [alert_id], order_by="rowid")
    return [r["state_id"] for r in rows]


def test_closed_lists_are_read_in_any_case_accents_and_language(store: Store, tmp_path: Path) -> None:
    arabic_possible = translate("labels", "Possible", "ar")
    assert arabic_possible != "Possible"  # the Arabic catalogue has it
    path = write_csv(
        tmp_path / "alerts.csv",
        [
            HEAD,
            ["Putin", "Mongolia", "2031-04-03", "Probable", "REPORTED"],
            ["Putin", "Mongolia", "2031-05-03", "CONFIRMED", "Lettre envoyée"],
            ["Putin", "Mongolia", "2031-06-03", arabic_possible, "letter sent"],
            ["Putin", "Mongolia", "2031-07-03", "doubtful", "signalee"],
        ],
    )
    plan = preview(store, path)
    assert plan.ok, [p.line() for p in plan.problems]
    apply(store, plan)
    got = [(a["reliability"], a["status"]) for a in _alerts(store)]
    assert got == [
        ("probable", "reported"),
        ("confirmed", "letter_sent"),
        ("possible", "letter_sent"),
        ("doubtful", "reported"),
    ]


def test_a_value_not_of_the_list_is_asked_with_the_closest_values_and_answered_once(
    store: Store, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "alerts.csv",
        [HEAD, ["Putin", "Mongolia", "2031-04-03", "Probabl", ""], ["Putin", "Chad", "2031-04-03", "probabl", ""]],
    )
    plan = preview(store, path)
    assert not plan.ok
    (q,) = plan.questions
    assert (q.what, q.column, q.text, q.count) == ("value", "reliability", "Probabl", 2)
    assert q.suggestions[0] == "probable"
    assert [p.line() for p in plan.asked] == [
        "alerts.csv:2: reliability: 'Probabl' is not one of confirmed, probable, possible, doubtful, unknown",
        "alerts.csv:3: reliability: 'probabl' is not one of confirmed, probable, possible, doubtful, unknown",
    ]
    with pytest.raises(ImportRejected):
        apply(store, plan)
    plan = preview(store, path, mapping=Mapping(values={("reliability", "Probabl"): "Probable"}))
    assert plan.ok and not plan.questions
    apply(store, plan)
    assert [a["reliability"] for a in _alerts(store)] == ["probable", "probable"]


def test_a_value_with_a_question_mark_is_the_typist_s_doubt_asked_not_read(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "alerts.csv",
        [HEAD, ["Putin", "Mongolia", "2031-04-03", "PROBABLE?", ""], ["Putin", "Chad", "2031-04-03", "¿posible?", ""]],
    )
    plan = preview(store, path)
    assert [(q.what, q.text, q.suggestions[0]) for q in plan.questions] == [
        ("value", "PROBABLE?", "probable"),
        ("value", "¿posible?", "possible"),
    ]
    assert [(p.row, p.field) for p in plan.asked] == [(2, "reliability"), (3, "reliability")]
    answers = {("reliability", "PROBABLE?"): "probable", ("reliability", "¿posible?"): "possible"}
    plan = preview(store, path, mapping=Mapping(values=answers))
    assert plan.ok, [p.line() for p in plan.problems]
    apply(store, plan)
    assert [a["reliability"] for a in _alerts(store)] == ["probable", "possible"]


def test_a_column_mapped_by_hand_to_a_date_gives_the_day_of_a_date_time(store: Store, tmp_path: Path) -> None:
    # "Heard on" is no header ncdesk knows: the reader did not know it holds dates
    path = write_csv(
        tmp_path / "alerts.csv",
        [
            ["person", "destinations", "When", "Heard on"],
            ["Putin", "Mongolia", "2031-04-03 00:00:00", "2031-03-20T09:30"],
        ],
    )
    plan = preview(store, path, mapping=Mapping(columns={"When": "date", "Heard on": "received_at"}))
    assert plan.ok, [p.line() for p in plan.problems]
    apply(store, plan)
    (alert,) = _alerts(store)
    assert (alert["date_from"], alert["date_to"], alert["received_at"]) == ("2031-04-03", "2031-04-03", "2031-03-20")


def test_a_swappable_numeric_date_is_not_read_until_the_file_says_its_order(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "alerts.csv",
        [
            ["person", "destinations", "date", "received_at"],
            ["Putin", "Mongolia", "10/09/2027", "25/08/2027"],
            ["Putin", "Chad", "05/05/2027", "03.04.2027"],
        ],
    )
    before = state(store)
    plan = preview(store, path)
    (q,) = plan.questions
    assert (q.what, q.count) == ("date_order", 2)
    # 25/08/2027 can only be day first: that answer is offered first
    assert q.suggestions == [DAY_FIRST, MONTH_FIRST]
    assert [p.line() for p in plan.problems] == [
        "alerts.csv:2: date: '10/09/2027' may be 10 September 2027 (day first) or 9 October 2027 (month first): "
        "say which the file uses",
        "alerts.csv:3: received_at: '03.04.2027' may be 3 April 2027 (day first) or 4 March 2027 (month first): "
        "say which the file uses",
    ]
    assert state(store) == before

    plan = preview(store, path, mapping=Mapping(dates=MONTH_FIRST))
    assert [p.line() for p in plan.problems] == [
        "alerts.csv:2: received_at: '25/08/2027' is not a date when the day comes second: there is no month 25"
    ]
    plan = preview(store, path, mapping=Mapping(dates=DAY_FIRST))
    assert plan.ok
    apply(store, plan)
    first, second = _alerts(store)
    assert (first["date_from"], first["received_at"]) == ("2027-09-10", "2027-08-25")
    assert (second["date_from"], second["received_at"]) == ("2027-05-05", "2027-04-03")


def test_month_first_reads_every_numeric_date_of_the_file_month_first(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "alerts.csv", [HEAD[:3], ["Putin", "Mongolia", "10/09/2027 - 10/12/2027"]])
    plan = preview(store, path, mapping=Mapping(dates=MONTH_FIRST))
    assert plan.ok, [p.line() for p in plan.problems]
    apply(store, plan)
    (alert,) = _alerts(store)
    assert (alert["date_from"], alert["date_to"]) == ("2027-10-09", "2027-10-12")


def test_a_state_name_used_for_two_states_is_asked_with_their_un_short_names(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "alerts.csv",
        [HEAD[:3], ["Putin", "Congo; Mongolia", "2031-04-03"], ["Putin", "Korea", "2031-05-03"]],
    )
    plan = preview(store, path)
    assert [(q.what, q.text, q.suggestions) for q in plan.questions] == [
        ("state", "Congo", ["Congo", "Democratic Republic of the Congo"]),
        ("state", "Korea", ["Republic of Korea", "Democratic People's Republic of Korea"]),
    ]
    assert plan.problems[0].line() == (
        "alerts.csv:2: destinations: 'Congo' is a name used for several States (Congo or Democratic Republic of the "
        "Congo); say which"
    )
    # the Republic of the Congo's own names are not asked
    other = write_csv(tmp_path / "other.csv", [HEAD[:3], ["Putin", "Congo-Brazzaville; DRC", "2031-04-03"]])
    assert preview(store, other).ok

    answers = Mapping(values={("", "Congo"): "Democratic Republic of the Congo"}, states={"korea": "KOR"})
    plan = preview(store, path, mapping=answers)
    assert plan.ok, [p.line() for p in plan.problems]
    apply(store, plan)
    first, second = _alerts(store)
    assert _destinations(store, first["id"]) == [ref_id("state", "COD"), ref_id("state", "MNG")]
    assert _destinations(store, second["id"]) == [ref_id("state", "KOR")]


def test_the_answer_congo_means_the_republic_of_the_congo(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "alerts.csv", [HEAD[:3], ["Putin", "Congo", "2031-04-03"]])
    plan = preview(store, path, mapping=Mapping(values={("destinations", "congo"): "Congo"}))
    assert plan.ok
    apply(store, plan)
    assert _destinations(store, _alerts(store)[0]["id"]) == [ref_id("state", "COG")]


def test_a_close_spelling_is_proposed_not_taken(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "alerts.csv", [HEAD[:3], ["Vladimir Poutine", "Mongolie", "2031-04-03"]])
    plan = preview(store, path)
    assert [(q.what, q.column, q.text, q.suggestions[0]) for q in plan.questions] == [
        ("person", "person", "Vladimir Poutine", "Vladimir Vladimirovich Putin"),
        ("state", "destinations", "Mongolie", "Mongolia"),
    ]
    assert _alerts(store) == []
    answers = Mapping(values={("", "Vladimir Poutine"): "Vladimir Vladimirovich Putin", ("", "Mongolie"): "MNG"})
    plan = preview(store, path, mapping=answers)
    assert plan.ok
    apply(store, plan)
    (alert,) = _alerts(store)
    assert alert["person_id"] == ref_id("person", "vladimir-putin")
    # an answer that finds nothing is a problem, said with the answer
    plan = preview(store, path, mapping=Mapping(values={**answers.values, ("", "Mongolie"): "Narnia"}))
    assert [p.line() for p in plan.problems][0].startswith(
        "alerts.csv:2: destinations: 'Mongolie' is mapped to 'Narnia': unknown State 'Narnia'"
    )


def test_an_unknown_column_is_asked_mapped_or_ignored_and_remembered_for_the_same_shape(
    store: Store, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "alerts.csv",
        [["Person", "Country visited (if known)", "date", "Initials"], ["Putin", "Mongolia", "2031-04-03", "PK"]],
    )
    plan = preview(store, path)
    assert not plan.ok
    asked = {q.text: q.suggestions for q in plan.questions if q.what == "column"}
    assert asked["Country visited (if known)"][0] == "destinations" and "Initials" in asked
    assert mapping_for(store, plan) is None

    answers = Mapping(columns={"Country visited (if known)": "destinations", "Initials": ""}, dates=DAY_FIRST)
    plan = preview(store, path, mapping=answers)
    assert plan.ok, [p.line() for p in plan.problems]
    apply(store, plan)
    remember_mapping(store, plan, answers)
    (alert,) = _alerts(store)
    assert _destinations(store, alert["id"]) == [ref_id("state", "MNG")] and alert["notes"] == ""

    # next month's file: the same columns in another order and case
    later = write_csv(
        tmp_path / "may.csv",
        [["initials", "DATE", "country visited (if known)", "person"], ["x", "2031-05-03", "Chad", "Putin"]],
    )
    plan = preview(store, later)
    kept = mapping_for(store, plan)
    # the date order is per file
    assert kept == Mapping(columns={"Country visited (if known)": "destinations", "Initials": ""})
    assert preview(store, later, mapping=kept).ok
    other = write_csv(tmp_path / "other.csv", [["person", "destinations", "date"], ["Putin", "Chad", "2031-05-03"]])
    assert mapping_for(store, preview(store, other)) is None


def test_a_complete_export_with_an_impossible_date_is_refused_in_words(store: Store, tmp_path: Path) -> None:
    from ncdesk.store.records.alerts import create_alert

    create_alert(store, {"person_id": ref_id("person", "vladimir-putin"), "destinations": [ref_id("state", "MNG")],
                         "date": "3 April 2031", "reliability": "probable", "received_at": "2031-03-20"})  # fmt: skip
    data = export_data(store)
    alert = next(r for r in data["tables"]["travel_alert"] if r["origin"] == "user")
    alert.update(id="6f1c3d4e-0000-4000-8000-000000000001", date_from="2031-02-31", received_at="2031-13-01")
    alert["reliability"] = "sure"
    data["tables"] = {"travel_alert": [alert]}
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    plan = preview(store, path)
    lines = [p.line() for p in plan.problems]
    named = "(travel alert 6f1c3d4e “Vladimir Vladimirovich Putin, 3 April 2031”)"
    assert lines == [
        f"export.json:travel_alert:1: date_from: '2031-02-31': February 2031 has 28 days, not 31 {named}",
        "export.json:travel_alert:1: reliability: 'sure' is not one of confirmed, probable, possible, doubtful, "
        f"unknown {named}",
        f"export.json:travel_alert:1: received_at: '2031-13-01': month 13 does not exist (months are 1–12) {named}",
    ]
    assert not any("IS NULL" in line or "CHECK" in line for line in lines)


def test_a_complete_export_with_a_value_of_the_wrong_type_is_refused(store: Store, tmp_path: Path) -> None:
    # The checks of the forms are added to those of the types, not put in their place.
    data = export_data(store)
    person = dict(data["tables"]["person"][0])
    person.update(id="6f1c3d4e-0000-4000-8000-000000000002", origin="user", name="Jane Roe", aliases="not a list")
    data["tables"] = {"person": [person]}
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = state(store)
    plan = preview(store, path)
    assert [p.line() for p in plan.problems] == ["export.json:person:1: aliases: expected a list of texts"]
    with pytest.raises(ImportRejected):
        apply(store, plan)
    assert state(store) == before


def test_a_broken_constraint_is_said_as_the_field_the_value_and_why() -> None:
    from ncdesk.io.full_import import constraint_problem

    check = Exception(
        "CHECK constraint failed: date_from IS NULL OR (length(date_from) = 10 AND date(date_from, '+0 days') = "
        "date_from)"
    )
    assert constraint_problem("travel_alert", check, {"date_from": "2031-02-31"}) == (
        "date_from",
        "'2031-02-31' is not a day that exists, written YYYY-MM-DD",
    )
    listed = Exception("CHECK constraint failed: status IN ('held', 'planned', 'cancelled')")
    assert constraint_problem("activity", listed, {"status": "done"}) == (
        "status",
        "'done' is not one of held, planned, cancelled",
    )
    assert constraint_problem("activity", Exception("CHECK constraint failed: x > 1"), {}) == (
        None,
        "a value is not allowed",
    )
