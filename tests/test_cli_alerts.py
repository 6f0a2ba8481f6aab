"""The alert, letter and calendar commands, and each kind of bad input."""

import json
from pathlib import Path

import pytest
from docx import Document

from tests.cli_helpers import content_digest, run


def add(capsys, *extra: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    return run(capsys, "alert", "add", "--person", "Putin", "--state", "Mongolia", *extra)


def test_alert_add_list_show(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = add(capsys, "--state", "KGZ", "--from", "2030-06-01", "--to", "2030-06-03", "--source", "press",
                       "--status", "verified", "--json")  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["dates"] == {"text": "1–3 June 2030", "from": "2030-06-01", "to": "2030-06-03", "precision": "range"}
    assert [o["iso3"] for o in data["obligations"]] == ["MNG", "KGZ"]
    assert data["obligations"][0]["obliged"] is True and data["obligations"][1]["obliged"] is False
    assert data["status"] == "verified"
    code, out, _ = run(capsys, "alert", "list", "--open")
    assert code == 0 and data["id"][:8] in out and "MNG, KGZ" in out
    code, out, _ = run(capsys, "alert", "list", "--json")
    assert len(json.loads(out)) == 15
    code, out, _ = run(capsys, "alert", "show", data["id"][:8])
    assert code == 0 and "Mongolia: OBLIGED to arrest and surrender (Rome Statute, articles 86 and 89(1))" in out
    assert "earlier finding 2024-10-24" in out


def test_alert_with_a_partial_date(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = add(capsys, "--from", "mid-October 2030", "--json")
    assert code == 0
    assert json.loads(out)["dates"]["text"] == "mid-October 2030"


def test_the_whole_life_of_an_alert(capsys, initialised: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = add(capsys, "--from", "2030-06-01", "--received", "2030-05-01", "--json")
    aid = json.loads(out)["id"]
    assert run(capsys, "alert", "step", aid, "verified", "--date", "2030-05-02")[0] == 0
    assert run(capsys, "alert", "step", aid, "focal_points_activated", "--date", "2030-05-02", "--by", "Mexico")[0] == 0
    code, out, _ = run(capsys, "letter", "add", "--state", "Mongolia", "--date", "2030-05-03", "--to-office",
                       "Minister for Foreign Affairs", "--alert", aid[:8], "--articles", "86,89(1)")  # fmt: skip
    assert code == 0
    code, out, _ = run(
        capsys, "alert", "share", aid[:10], "--date", "2030-05-03", "--channel", "e-mail to the Registry"
    )
    assert code == 0
    code, out, _ = run(capsys, "alert", "step", aid, "closed", "--date", "2030-06-02", "--outcome", "not_arrested")
    assert code == 0
    code, out, _ = run(capsys, "alert", "show", aid, "--json")
    data = json.loads(out)
    assert [s["step"] for s in data["steps"]] == [
        "reported",
        "verified",
        "focal_points_activated",
        "letter_sent",
        "court_informed",
        "closed",
    ]
    assert data["outcome"] == "not_arrested" and data["letters"][0]["date"] == "2030-05-03"
    assert data["shared_with_court"][0]["channel"] == "e-mail to the Registry"
    code, out, _ = run(capsys, "letter", "list", "--json")
    letters = json.loads(out)
    assert letters[0]["date"] == "2030-05-03" and letters[0]["articles_recalled"] == ["86", "89(1)"]
    assert letters[0]["sender_name"] == "Päivi Kaukoranta"
    code, out, _ = run(capsys, "letter", "list")
    assert "Minister for Foreign Affairs" in out


def test_letter_draft_and_calendar(capsys, initialised: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = add(capsys, "--from", "2030-06-01", "--json")
    aid = json.loads(out)["id"]
    target = tmp_path / "letter.docx"
    assert run(capsys, "letter", "draft", "--alert", aid[:8], "-o", str(target))[0] == 0
    assert "Mongolia" in "\n".join(p.text for p in Document(str(target)).paragraphs)
    ics = tmp_path / "c.ics"
    code, out, _ = run(capsys, "calendar", "-o", str(ics))
    assert code == 0 and "1 event" in out
    assert b"Visit: Vladimir Vladimirovich Putin to Mongolia" in ics.read_bytes()


def _add(*rest: str) -> list[str]:
    return ["alert", "add", "--person", "Putin", "--state", "Mongolia", *rest]


def _letter(*rest: str) -> list[str]:
    return ["letter", "add", "--to-office", "X", *rest]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["alert", "add", "--person", "Putn", "--state", "MNG", "--from", "2030-06-01"],
            "closest: Vladimir Vladimirovich Putin",
        ),
        (["alert", "add", "--person", "Putin", "--state", "Mongolai", "--from", "2030-06-01"], "closest: Mongolia"),
        (_add("--from", "2030-02-30"), "February 2030 has 28 days"),
        (_add("--from", "2030-06-05", "--to", "2030-06-01"), "before it starts"),
        (_add("--from", "2030-06-05", "--status", "closed"), "then close it"),
        (_add("--from", "2030-06-05", "--status", "maybe"), "is not one of"),
        (_add("--from", "2030-06-05", "--reliability", "high"), "reliability"),
        (["alert", "show", "zzzzzzzz"], "no travel alert has an id starting with"),
        (["alert", "show", "ab"], "at least the first 4 characters"),
        (_letter("--state", "Atlantis", "--date", "2030-01-01"), "unknown State 'Atlantis'"),
        (_letter("--state", "Mongolia", "--date", "2030-13-01"), "month 13 does not exist"),
        (
            _letter("--state", "Mongolia", "--date", "2030-01-02", "--published", "2030-01-01"),
            "published on: is before",
        ),
        (["letter", "draft", "--alert", "zzzzzzzz", "-o", "x.docx"], "no travel alert"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(capsys, initialised: Path, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    before = content_digest(initialised / "ncdesk.sqlite3")
    code, out, err = run(capsys, *args)
    assert code == 2, out + err
    assert message in err and len(err.strip().splitlines()) == 1
    assert content_digest(initialised / "ncdesk.sqlite3") == before


def test_steps_out_of_order_exit_2(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = add(capsys, "--from", "2030-06-01", "--status", "verified", "--received", "2030-05-01", "--json")
    aid = json.loads(out)["id"]
    before = content_digest(initialised / "ncdesk.sqlite3")
    for args, message in [
        (["alert", "step", aid, "reported", "--date", "2030-05-02"], "steps only go forward"),
        (["alert", "step", aid, "closed", "--date", "2030-05-02"], "needs its outcome"),
        (["alert", "step", aid, "letter_sent", "--date", "2030-04-01"], "before the previous step"),
        (["alert", "step", aid, "flying", "--date", "2030-05-02"], "is not a step"),
        (["alert", "step", aid, "closed", "--outcome", "escaped"], "is not an outcome"),
    ]:
        code, _, err = run(capsys, *args)
        assert code == 2 and message in err, err
    assert content_digest(initialised / "ncdesk.sqlite3") == before
