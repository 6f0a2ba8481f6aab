"""The reference data: what it must contain (checked against the seed documents, written out
here independently of resources/), and how a release updates a database without touching
what the user entered or edited."""

import shutil
import tomllib
from pathlib import Path

import pytest

from ncdesk.store.reference import ReferenceDataError, apply_release, ref_id
from ncdesk.store.reference_files import read_release
from ncdesk.store.store import Store
from tests.conftest import REFERENCE_DIR

# Section V of the Assembly's non-cooperation page (seed 000): every communication, with its
# ICC document numbers, its date, and the Security Council document and date where listed.
SEED_000 = [
    ("ICC-02/05-01/07-57", ["ICC-02/05-01/07-57"], "2010-05-25", "SDN", "S/2010/265", "2010-06-01"),
    ("ICC-02/05-01/09-109", ["ICC-02/05-01/09-109"], "2010-08-27", "TCD", "S/2010/456", "2010-08-31"),
    ("ICC-02/05-01/09-107", ["ICC-02/05-01/09-107"], "2010-08-27", "KEN", "S/2010/456", "2010-08-31"),
    ("ICC-02/05-01/09-129", ["ICC-02/05-01/09-129"], "2011-05-12", "DJI", "S/2011/318", "2011-05-19"),
    ("ICC-02/05-01/09-139-Corr", ["ICC-02/05-01/09-139-Corr"], "2011-12-13", "MWI", "S/2012/9", "2012-01-09"),
    ("ICC-02/05-01/09-140", ["ICC-02/05-01/09-140-tENG"], "2011-12-13", "TCD", "S/2012/8", "2012-01-09"),
    ("ICC-02/05-01/09-151", ["ICC-02/05-01/09-151"], "2013-03-26", "TCD", "S/2013/229", "2013-04-15"),
    ("ICC-02/05-01/09-195", ["ICC-02/05-01/09-195"], "2014-04-09", "COD", "S/2014/297", "2014-04-24"),
    ("ICC-02/05-01/09-227", ["ICC-02/05-01/09-227"], "2015-03-09", "SDN", None, None),
    ("ICC-02/05-01/12-33", ["ICC-02/05-01/12-33"], "2015-06-26", "SDN", None, None),
    ("ICC-02/05-03/09-641", ["ICC-02/05-03/09-641"], "2015-11-19", "SDN", None, None),
    (
        "ICC-02/05-01/09-266",
        ["ICC-02/05-01/09-266-ENG", "ICC-02/05-01/09-266-FRA"],
        "2016-07-11",
        "DJI",
        "S/2016/716",
        "2016-08-15",
    ),
    (
        "ICC-02/05-01/09-267",
        ["ICC-02/05-01/09-267-ENG", "ICC-02/05-01/09-267-FRA"],
        "2016-07-11",
        "UGA",
        "S/2016/716",
        "2016-08-15",
    ),
    ("ICC-02/05-01/09-309", ["ICC-02/05-01/09-309-ENG", "ICC-02/05-01/09-309-FRA"], "2017-12-11", "JOR", None, None),
    (
        "ICC-02/05-01/09-397-Corr",
        ["ICC-02/05-01/09-397-Corr-ENG", "ICC-02/05-01/09-397-Corr-FRA"],
        "2019-05-06",
        "JOR",
        None,
        None,
    ),
    ("ICC-01/09-02/11-1037", ["ICC-01/09-02/11-1037-ENG"], "2016-09-19", "KEN", None, None),
    ("ICC-01/11-01/11-577", ["ICC-01/11-01/11-577-ENG"], "2014-12-10", "LBY", "S/2014/953", "2014-12-30"),
    ("ICC-01/22-90", ["ICC-01/22-90"], "2024-10-24", "MNG", None, None),
]

# Seed 001: the 2024–2025 proceedings.
SEED_001 = [
    ("ICC-01/22-111", "2024-11-29", "MNG", "decision", "none"),
    ("ICC-01/22-112", "2024-12-02", "MNG", "request", "none"),
    ("ICC-01/22-113", "2024-12-02", "MNG", "request", "none"),
    ("ICC-01/22-121", "2025-03-10", "MNG", "reconsideration", "none"),
    ("ICC-01/22-123", "2025-03-18", "MNG", "reconsideration", "none"),
    ("ICC-01/18-462", "2025-07-24", "HUN", "finding", "assembly"),
    ("ICC-01/11-209", "2025-10-17", "ITA", "decision", "deferred"),
    ("ICC-01/11-211-Anx", "2025-10-31", "ITA", "response", "none"),
]


def finding(store: Store, key: str) -> dict:
    record = store.get("finding", ref_id("finding", key))
    assert record is not None, key
    return record


def iso3(store: Store, state_id: str) -> str:
    return store.require("state", state_id)["iso3"]


@pytest.mark.parametrize(("key", "numbers", "date", "state", "sc_doc", "sc_date"), SEED_000)
def test_every_communication_of_the_seed_tables(store: Store, key, numbers, date, state, sc_doc, sc_date) -> None:
    f = finding(store, key)
    docs = sorted(d["number"] for d in store.rows("finding_document", "finding_id = ?", [f["id"]]))
    assert docs == sorted(numbers)
    assert (f["date"], iso3(store, f["state_id"]), f["sc_document"], f["sc_date"]) == (date, state, sc_doc, sc_date)
    assert store.rows("citation", "record_id = ? AND source_key = 'asp-noncoop-page'", [f["id"]])


@pytest.mark.parametrize(("key", "date", "state", "kind", "referred"), SEED_001)
def test_the_2024_2025_proceedings(store: Store, key, date, state, kind, referred) -> None:
    f = finding(store, key)
    assert (f["date"], iso3(store, f["state_id"]), f["kind"], f["referred_to"]) == (date, state, kind, referred)


def test_where_findings_went(store: Store) -> None:
    assert finding(store, "ICC-02/05-01/07-57")["referred_to"] == "security_council"  # "only transmitted"
    assert finding(store, "ICC-02/05-01/09-309")["referred_to"] == "both"
    assert finding(store, "ICC-01/22-90")["referred_to"] == "assembly"
    assert finding(store, "ICC-01/18-462")["transmitted_on"] == "2025-07-24"
    links = store.rows("link", "src_id = ? AND relation = 'appeal_of'", [ref_id("finding", "ICC-02/05-01/09-397-Corr")])
    assert [ln["dst_id"] for ln in links] == [ref_id("finding", "ICC-02/05-01/09-309")]


def test_conflicting_sources_stay_visible(store: Store) -> None:
    poland = store.get("focal_point", ref_id("focal_point", "fp-poland-2024"))
    assert poland is not None and poland["appointed_on"] == "2024-05-01"
    stated = {c["stated"] for c in store.rows("citation", "record_id = ? AND field = 'appointed_on'", [poland["id"]])}
    assert any("1 May 2024" in s for s in stated) and any("8 May 2024" in s for s in stated)
    mongolia = finding(store, "ICC-01/22-111")
    stated = {c["stated"] for c in store.rows("citation", "record_id = ? AND field = 'date'", [mongolia["id"]])}
    assert any("28 November 2024" in s for s in stated) and any("29 November 2024" in s for s in stated)


def test_letters_visits_meetings_and_focal_points(store: Store) -> None:
    letters = {(iso3(store, r["state_id"]), r["date"]) for r in store.rows("letter")}
    assert {("HUN", "2025-03-31"), ("TJK", "2025-10-07")} <= letters
    tajik = store.get("letter", ref_id("letter", "letter-tajikistan-2025-10-07"))
    assert (
        tajik is not None
        and tajik["articles_recalled"] == ["86", "89(1)"]
        and tajik["sender_name"] == "Päivi Kaukoranta"
    )
    visit = store.get("travel_alert", ref_id("travel_alert", "netanyahu-hungary-2025"))
    assert visit is not None
    assert (visit["date_from"], visit["date_to"], visit["outcome"]) == ("2025-04-03", "2025-04-06", "not_arrested")
    putin = store.get("travel_alert", ref_id("travel_alert", "putin-tajikistan-2025"))
    assert putin is not None and (putin["date_from"], putin["date_to"]) == ("2025-10-08", "2025-10-10")
    meetings = {(r["kind"], r["date_from"]) for r in store.rows("activity")}
    for expected in [
        ("bureau_decision", "2024-03-06"),
        ("bureau_decision", "2024-05-01"),
        ("bureau_meeting", "2025-01-15"),
        ("focal_point_meeting", "2025-03-10"),
        ("bureau_meeting", "2025-04-02"),
        ("focal_point_meeting", "2025-04-29"),
        ("facilitation_meeting", "2025-07-03"),
        ("bureau_meeting", "2025-09-03"),
        ("focal_point_meeting", "2025-09-03"),
        ("public_message", "2025-09-26"),
        ("plenary", "2025-12-03"),
        ("prosecutor_report_unsc", "2025-01-27"),
        ("prosecutor_report_unsc", "2025-05-15"),
        ("prosecutor_report_unsc", "2025-07-10"),
    ] + [("nywg_briefing", d) for d in ("2025-04-01", "2025-06-10", "2025-09-08", "2025-10-21")]:
        assert expected in meetings
    heard = store.rows("activity_state", "role = 'heard'")
    assert [iso3(store, h["state_id"]) for h in heard] == ["HUN"]
    focal = {(iso3(store, r["state_id"]), r["role"]) for r in store.rows("focal_point")}
    assert focal == {
        ("MEX", "focal_point"),
        ("SLE", "focal_point"),
        ("VUT", "focal_point"),
        ("POL", "focal_point"),
        ("FIN", "president_ex_officio"),
    }


def test_bureau_reports_and_resolutions(store: Store) -> None:
    symbols = {r["symbol"] for r in store.rows("assembly_document", "kind = 'bureau_report'")}
    assert symbols >= {
        "ICC-ASP/11/29", "ICC-ASP/12/34", "ICC-ASP/13/40", "ICC-ASP/15/31", "ICC-ASP/15/31/Add.1", "ICC-ASP/16/36",
        "ICC-ASP/17/31", "ICC-ASP/18/23", "ICC-ASP/19/23", "ICC-ASP/20/23", "ICC-ASP/21/33", "ICC-ASP/22/35",
        "ICC-ASP/23/31",
    }  # fmt: skip
    resolutions = {r["symbol"] for r in store.rows("assembly_document", "kind = 'resolution'")}
    assert resolutions >= {
        "ICC-ASP/10/Res.5", "ICC-ASP/11/Res.8", "ICC-ASP/17/Res.5", "ICC-ASP/18/Res.6", "ICC-ASP/19/Res.6",
        "ICC-ASP/20/Res.5", "ICC-ASP/21/Res.2", "ICC-ASP/22/Res.3", "ICC-ASP/23/Res.5",
    }  # fmt: skip
    res1 = ref_id("assembly_document", "ICC-ASP/23/Res.1")
    paragraphs = {p["paragraph"] for p in store.rows("resolution_paragraph", "document_id = ?", [res1])}
    assert {str(n) for n in range(31, 41)} <= paragraphs


def test_states_and_party_status(store: Store) -> None:
    assert store.count("state") == 196
    groups = {r["regional_group"] for r in store.rows("state")}
    assert groups == {"AFRICAN", "ASIA_PACIFIC", "EEG", "GRULAC", "WEOG", None}
    in_force = store.db.execute(
        "SELECT count(DISTINCT state_id) FROM party_event WHERE event = 'entry_into_force' AND deleted_at IS NULL"
    ).fetchone()[0]
    assert in_force == 127  # 125 States Parties in 2025, plus Burundi and the Philippines


def test_every_reference_record_cites_a_source(store: Store) -> None:
    for table in (
        "state",
        "situation",
        "icc_case",
        "person",
        "warrant",
        "finding",
        "travel_alert",
        "letter",
        "activity",
    ):
        uncited = store.db.execute(
            f"SELECT count(*) FROM {table} t WHERE t.origin = 'reference' AND NOT EXISTS "
            "(SELECT 1 FROM citation c WHERE c.record_id = t.id)"
        ).fetchone()[0]
        assert uncited == 0, table


def test_ids_are_deterministic(release) -> None:
    again = read_release(REFERENCE_DIR)
    assert [r.id for r in release.rows] == [r.id for r in again.rows]
    assert release.digest == again.digest


def test_applying_the_same_release_again_changes_nothing(store: Store, release) -> None:
    report = store.apply_reference(release)
    assert not report.applied
    forced = store.apply_reference(release, force=True)
    assert (forced.inserted, forced.updated, forced.retired) == (0, 0, 0)


def copy_reference(tmp_path: Path) -> Path:
    target = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_new_release_keeps_the_users_edits_and_deletions(store: Store, tmp_path: Path, clock) -> None:
    hungary_finding = ref_id("finding", "ICC-01/18-462")
    jordan = ref_id("finding", "ICC-02/05-01/09-309")
    mine = store.insert("person", {"name": "A person I added", "aliases": ["Mine"]})
    clock.advance(days=1)
    store.update("finding", hungary_finding, {"chamber": "Pre-Trial Chamber I (as I noted it)"})
    store.delete("finding", jordan)

    folder = copy_reference(tmp_path)
    findings = folder / "findings.toml"
    edit(findings, 'chamber = "Pre-Trial Chamber I"\nstate = "HUN"', 'chamber = "PTC I"\nstate = "HUN"')
    edit(findings, "date = 2025-07-24\nchamber", "date = 2025-07-25\nchamber")  # a correction the user did not touch
    edit(
        findings, "Decision under article 87(7) of the Rome Statute on the non-compliance by Jordan", "Jordan decision"
    )
    shipped = tomllib.loads((folder / "manifest.toml").read_text(encoding="utf-8"))["version"]
    edit(folder / "manifest.toml", f'version = "{shipped}"', 'version = "2099.1.1"')
    clock.advance(days=1)
    report = store.apply_reference(read_release(folder))

    assert report.applied and report.kept_user_deletions == 1
    f = store.require("finding", hungary_finding)
    assert f["chamber"] == "Pre-Trial Chamber I (as I noted it)"  # the user's value stays
    assert f["date"] == "2025-07-25"  # the reference correction arrives
    assert f["user_fields"] == ["chamber"]
    assert store.get("finding", jordan) is None  # still deleted
    assert store.require("person", mine)["name"] == "A person I added"
    assert store.reference_version() == "2099.1.1"


def test_a_record_dropped_from_the_release_is_retired_unless_edited(store: Store, tmp_path: Path) -> None:
    folder = copy_reference(tmp_path)
    text = (folder / "activities.toml").read_text(encoding="utf-8")
    start = text.index('[[activity]]\nkey = "nywg-2025-06-10"')
    end = text.index("[[activity]]", start + 5)
    (folder / "activities.toml").write_text(text[:start] + text[end:], encoding="utf-8")
    start = text.index('[[activity]]\nkey = "nywg-2025-09-08"')
    end = text.index("[[activity]]", start + 5)
    (folder / "activities.toml").write_text(
        (folder / "activities.toml").read_text(encoding="utf-8").replace(text[start:end], ""), encoding="utf-8"
    )
    dropped = ref_id("activity", "nywg-2025-06-10")
    edited = ref_id("activity", "nywg-2025-09-08")
    store.update("activity", edited, {"summary": "My own account of the briefing."})
    report = apply_release(store.db, read_release(folder), store.now())
    assert report.retired == 2  # the activity and its citation
    assert store.get("activity", dropped) is None
    assert store.get("activity", dropped, include_deleted=True) is not None
    assert store.require("activity", edited)["summary"] == "My own account of the briefing."
    # Once the release has it again, it comes back.
    store.apply_reference(read_release(REFERENCE_DIR))
    assert store.get("activity", dropped) is not None


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("findings.toml", "date = 2025-07-24\nchamber", 'date = "2025-02-30"\nchamber', "is not a date"),
        ("findings.toml", 'state = "HUN"', 'state = "HUX"', "refers to state 'HUX'"),
        ("findings.toml", 'documents = ["ICC-01/18-462"]', 'documents = ["ICC-01/18 -462"]', "contains a space"),
        ("findings.toml", 'sc_document = "S/2016/716"', 'sc_document = "ICC-02/05"', "not a UN document number"),
        ("findings.toml", 'referred_to = "deferred"', 'referred_to = "later"', "referred_to 'later' is not one of"),
        ("travel.toml", 'date = "3–6 April 2025"', 'date = "31 February 2025"', "February 2025 has 28 days"),
        ("party_status.csv", "HUN,withdrawal_notified,2025-06-02", "HUN,withdrawal_noticed,2025-06-02", "event"),
        (
            "persons.toml",
            'cite = [{ src = "d3-pr-putin-lvova-belova-2023", '
            'at = "press release of 17 March 2023 (text as reposted; its number not seen), paras. 1–2"',
            'cite = [{ src = "nowhere", at = "x"',
            "refers to source 'nowhere'",
        ),
    ],
)
def test_broken_reference_data_is_refused_with_the_place(tmp_path: Path, file, old, new, message) -> None:
    folder = copy_reference(tmp_path)
    edit(folder / file, old, new)
    with pytest.raises(ReferenceDataError, match=message) as info:
        read_release(folder)
    assert file in str(info.value) or "finding" in str(info.value) or "citation" in str(info.value)
