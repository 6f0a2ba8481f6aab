"""Region D2 of the docket (issue 20): Darfur, Kenya, Libya beyond the seeds, Georgia, Burundi,
Bangladesh/Myanmar and Venezuela I. Every record loads with its citations, and the obligation
rule answers for these persons before their warrants, after them and after their status changed.
The expected facts are written out here, each with the source it rests on."""

import datetime as dt
from typing import Any

import pytest

from ncdesk.core.obligation import Ground, arrest_obligation
from ncdesk.store.records.queries import person_facts, resolve_person, resolve_state, state_facts
from ncdesk.store.reference import Release, ref_id
from ncdesk.store.store import Store

SITUATIONS = {
    # number: (trigger, investigation opened or authorised)
    "ICC-01/15": ("proprio_motu", "2016-01-27"),  # 1TV Georgia quoting the Prosecutor, 10 March 2022
    "ICC-01/17": ("proprio_motu", "2017-10-25"),  # Iwacu, November 2017
    "ICC-01/19": ("proprio_motu", "2019-11-14"),  # ICC-01/19-27
    "ICC-02/18": ("state_referral", "2021-11-03"),  # CHRGJ; referral of 27 September 2018 (ICC-02/18-45, para. 1)
}

CASES = {
    "ICC-02/05-02/09": ["bahr-idriss-abu-garda"],  # ICC-02/05-02/09-1
    "ICC-01/09-01/11": ["william-ruto", "joshua-sang", "henry-kosgey"],  # ICC-PIDS-CIS-KEN-01-001/11
    "ICC-01/09-01/13": ["walter-barasa"],  # ICC-01/09-01/13-1-Red2
}

# person key: [(kind, issued on, status, status since)]
WARRANTS: dict[str, list[tuple[str, str, str, str | None]]] = {
    "saleh-jerbo": [("summons", "2009-08-27", "deceased", "2013-04-19")],
    "bahr-idriss-abu-garda": [("summons", "2009-05-07", "summons", None)],
    "francis-muthaura": [("summons", "2011-03-08", "withdrawn", "2013-03-11")],
    "mohammed-hussein-ali": [("summons", "2011-03-08", "withdrawn", "2012-01-23")],
    "william-ruto": [("summons", "2011-03-08", "withdrawn", "2016-04-05")],
    "joshua-sang": [("summons", "2011-03-08", "withdrawn", "2016-04-05")],
    "henry-kosgey": [("summons", "2011-03-08", "withdrawn", "2012-01-23")],
    "walter-barasa": [("arrest_warrant", "2013-08-02", "at_large", None)],
    "paul-gicheru": [("arrest_warrant", "2015-03-10", "in_custody", "2020-11-03")],
    "philip-bett": [("arrest_warrant", "2015-03-10", "at_large", None)],
    "muammar-gaddafi": [("arrest_warrant", "2011-06-27", "deceased", "2011-10-20")],
    "abdullah-al-senussi": [("arrest_warrant", "2011-06-27", "withdrawn", "2014-07-24")],
    "al-tuhamy-mohamed-khaled": [("arrest_warrant", "2013-04-18", "withdrawn", "2022-09-07")],
    "mahmoud-al-werfalli": [
        ("arrest_warrant", "2017-08-15", "withdrawn", "2022-06-15"),
        ("arrest_warrant", "2018-07-04", "withdrawn", "2022-06-15"),
    ],
    "khaled-el-hishri": [("arrest_warrant", "2025-07-10", "in_custody", "2025-12-01")],
    "mikhail-mindzaev": [("arrest_warrant", "2022-06-24", "at_large", None)],
    "gamlet-guchmazov": [("arrest_warrant", "2022-06-24", "at_large", None)],
    "david-sanakoev": [("arrest_warrant", "2022-06-24", "at_large", None)],
    # the persons of the seeds, edited in place
    "ali-kushayb": [
        ("arrest_warrant", "2007-04-27", "in_custody", "2020-06-09"),
        ("arrest_warrant", "2020-06-11", "in_custody", "2020-06-11"),
    ],
    "saif-al-islam-gaddafi": [("arrest_warrant", "2011-06-27", "deceased", "2026-02-03")],
}

# The six Tarhunah suspects: warrants unsealed on 4 October 2024, but which of them was issued on
# 6 April 2023 and which in July 2023 is not in the sources, so no warrant is recorded for them.
TARHUNAH = [
    "abdurahem-elshgagi",
    "makhlouf-doumah",
    "abdelbari-al-shaqaqi",
    "fathi-al-zinkal",
    "nasser-daou",
    "mohamed-al-salheen-salmi",
]


def _cites(release: Release, table: str, key: str) -> list[dict[str, Any]]:
    record = ref_id(table, key)
    return [r.values for r in release.by_table("citation") if r.values["record_id"] == record]


def _rows(release: Release, table: str) -> dict[str, dict[str, Any]]:
    return {r.key: r.values for r in release.by_table(table)}


def test_the_situations_load_with_their_citations(release: Release) -> None:
    rows = _rows(release, "situation")
    for number, (trigger, opened) in SITUATIONS.items():
        assert (rows[number]["trigger"], rows[number]["investigation_opened_on"]) == (trigger, opened), number
        assert any(c["field"] == "investigation_opened_on" for c in _cites(release, "situation", number)), number
    assert rows["ICC-02/18"]["referred_on"] == "2018-09-27"
    for number in ("ICC-02/05", "ICC-01/09", "ICC-01/11"):  # the seeds' situations: no vague citation left
        sources = {c["source_key"] for c in _cites(release, "situation", number)}
        assert "icc-public-record" not in sources, number


def test_the_cases_load_with_their_persons_and_citations(release: Release) -> None:
    cases = _rows(release, "icc_case")
    links = {r.key for r in release.by_table("case_person")}
    for number, persons in CASES.items():
        assert number in cases and _cites(release, "icc_case", number), number
        for person in persons:
            assert f"{number}:{person}" in links
    assert {"ICC-01/11-01/11:muammar-gaddafi", "ICC-01/11-01/11:abdullah-al-senussi"} <= links
    assert {"ICC-01/09-02/11:francis-muthaura", "ICC-01/09-02/11:mohammed-hussein-ali"} <= links
    assert "ICC-02/05-03/09:saleh-jerbo" in links


def test_every_person_and_warrant_loads_with_a_citation(release: Release) -> None:
    persons = _rows(release, "person")
    warrants = _rows(release, "warrant")
    for key, expected in WARRANTS.items():
        assert key in persons and _cites(release, "person", key), key
        person_id = ref_id("person", key)
        got = sorted(
            (w["kind"], w["issued_on"], w["status"], w["status_since"])
            for w in warrants.values()
            if w["person_id"] == person_id
        )
        assert got == sorted(expected), key
        for wkey, w in warrants.items():
            if w["person_id"] == person_id:
                assert _cites(release, "warrant", wkey), wkey
    for key in TARHUNAH:
        assert key in persons and _cites(release, "person", key), key
        assert not [w for w in warrants.values() if w["person_id"] == ref_id("person", key)]
        assert "4 October 2024" in persons[key]["notes"]


def test_unsealed_warrants_keep_both_days(release: Release) -> None:
    warrants = _rows(release, "warrant")
    barasa = warrants["walter-barasa:arrest_warrant:2013-08-02"]  # sealed 2 Aug, unsealed 2 Oct 2013 (JusticeInfo)
    assert (barasa["sealed"], barasa["unsealed_on"], barasa["icc_document"]) == (1, "2013-10-02", "ICC-01/09-01/13-1")
    khaled = warrants["al-tuhamy-mohamed-khaled:arrest_warrant:2013-04-18"]  # ICC press release, 7 September 2022
    assert (khaled["sealed"], khaled["unsealed_on"]) == (1, "2017-04-24")


# (State, person, day, obliged, ground, the fact and its source)
OBLIGATIONS = [
    ("Georgia", "Mikhail Mindzaev", "2022-06-23", False, Ground.NO_WARRANT, "issued 24 June 2022 (JURIST)"),
    ("Georgia", "Mikhail Mayramovich Mindzaev", "2022-07-01", True, Ground.STATE_PARTY, "Georgia a party since 2003"),
    ("Russian Federation", "Gamlet Guchmazov", "2023-01-01", False, Ground.NONE, "not a party; no Council referral"),
    ("Georgia", "David Georgiyevich Sanakoev", "2025-10-22", True, Ground.STATE_PARTY, "outstanding (OTP, Oct 2025)"),
    ("Kenya", "Walter Osapiri Barasa", "2013-08-01", False, Ground.NO_WARRANT, "warrant of 2 August 2013"),
    ("Kenya", "Walter Osapiri Barasa", "2013-09-01", True, Ground.STATE_PARTY, "sealed until 2 October 2013"),
    ("United States", "Walter Osapiri Barasa", "2014-01-01", False, Ground.NONE, "Kenya: proprio motu, no Council"),
    ("Kenya", "Philip Kipkoech Bett", "2016-01-01", True, Ground.STATE_PARTY, "warrant of 10 March 2015 (ICC PR)"),
    ("Kenya", "Paul Gicheru", "2020-01-01", True, Ground.STATE_PARTY, "warrant of 10 March 2015 (ICC PR)"),
    ("Kenya", "Paul Gicheru", "2020-11-04", False, Ground.NO_WARRANT, "in ICC custody from 3 Nov 2020 (ICC PR)"),
    ("Kenya", "William Samoei Ruto", "2012-01-01", False, Ground.NO_WARRANT, "a summons of 8 March 2011 (case sheet)"),
    ("Sudan", "Bahr Idriss Abu Garda", "2009-06-01", False, Ground.NO_WARRANT, "a summons of 7 May 2009 (PR411)"),
    ("Libya", "Muammar Gaddafi", "2011-07-01", True, Ground.SECURITY_COUNCIL, "warrant of 27 June 2011; S/RES/1970"),
    ("Chad", "Muammar Gaddafi", "2011-07-01", True, Ground.STATE_PARTY, "warrant of 27 June 2011; Chad a party"),
    ("Libya", "Muammar Gaddafi", "2011-10-21", False, Ground.NO_WARRANT, "died 20 October 2011 (JusticeInfo, dts)"),
    ("Libya", "Saif Al-Islam Gaddafi", "2025-06-01", True, Ground.SECURITY_COUNCIL, "warrant of 27 June 2011"),
    ("Libya", "Saif Al-Islam Gaddafi", "2026-02-04", False, Ground.NO_WARRANT, "killed 3 February 2026 (AGI, AFP)"),
    ("Libya", "Abdullah Al-Senussi", "2012-01-01", True, Ground.SECURITY_COUNCIL, "ICC-01/11-15, 27 June 2011"),
    ("Libya", "Abdullah Al-Senussi", "2014-07-25", False, Ground.NO_WARRANT, "inadmissible, final 24 July 2014 (ABA)"),
    ("Libya", "Al-Tuhamy Mohamed Khaled", "2013-04-17", False, Ground.NO_WARRANT, "warrant of 18 April 2013"),
    ("Libya", "Al-Tuhamy Mohamed Khaled", "2015-01-01", True, Ground.SECURITY_COUNCIL, "sealed until 24 April 2017"),
    ("Libya", "Al-Tuhamy Mohamed Khaled", "2022-09-08", False, Ground.NO_WARRANT, "terminated 7 Sep 2022 (ICC PR)"),
    ("United States", "Mahmoud Mustafa Busayf Al-Werfalli", "2018-01-01", False, Ground.URGED, "not bound by 1970"),
    ("Libya", "Mahmoud Mustafa Busayf Al-Werfalli", "2018-01-01", True, Ground.SECURITY_COUNCIL, "15 August 2017"),
    ("Libya", "Mahmoud Mustafa Busayf Al-Werfalli", "2022-06-16", False, Ground.NO_WARRANT, "15 June 2022 (ICC PR)"),
    ("Libya", "Khaled Mohamed Ali El Hishri", "2025-07-09", False, Ground.NO_WARRANT, "warrant of 10 July 2025 (OTP)"),
    ("Germany", "Khaled Mohamed Ali El Hishri", "2025-07-16", True, Ground.STATE_PARTY, "arrested in Berlin that day"),
    ("Germany", "Khaled Mohamed Ali El Hishri", "2025-12-02", False, Ground.NO_WARRANT, "surrendered 1 Dec 2025 (ICJ)"),
    ("Sudan", "Ahmad Muhammad Harun", "2023-05-01", True, Ground.SECURITY_COUNCIL, "left Kober prison 2023"),
    ("Sudan", "Ali Muhammad Ali Abd-Al-Rahman", "2025-10-06", False, Ground.NO_WARRANT, "in custody since 9 June 2020"),
]  # fmt: skip


@pytest.mark.parametrize(("state", "person", "day", "obliged", "ground", "fact"), OBLIGATIONS)
def test_obligation_for_the_persons_of_region_d2(
    store: Store, state: str, person: str, day: str, obliged: bool, ground: Ground, fact: str
) -> None:
    s = resolve_state(store, state)
    p = resolve_person(store, person)
    result = arrest_obligation(state_facts(store, s), person_facts(store, p), dt.date.fromisoformat(day))
    assert (result.obliged, result.ground) == (obliged, ground), f"{fact}: {result.explanation}"
