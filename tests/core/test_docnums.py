import pytest

from ncdesk.core import docnums
from ncdesk.core.docnums import DocNumberError, DocSystem


@pytest.mark.parametrize(
    ("text", "system", "kind", "base", "language", "situation", "case"),
    [
        ("ICC-02/05", DocSystem.ICC, "situation", "ICC-02/05", None, "ICC-02/05", None),
        ("ICC-02/05-01/09", DocSystem.ICC, "case", "ICC-02/05-01/09", None, "ICC-02/05", "ICC-02/05-01/09"),
        (
            "ICC-02/05-01/09-309-ENG",
            DocSystem.ICC,
            "filing",
            "ICC-02/05-01/09-309",
            "ENG",
            "ICC-02/05",
            "ICC-02/05-01/09",
        ),
        (
            "ICC-02/05-01/09-309-FRA",
            DocSystem.ICC,
            "filing",
            "ICC-02/05-01/09-309",
            "FRA",
            "ICC-02/05",
            "ICC-02/05-01/09",
        ),
        (
            "ICC-02/05-01/09-140-tENG",
            DocSystem.ICC,
            "filing",
            "ICC-02/05-01/09-140",
            "tENG",
            "ICC-02/05",
            "ICC-02/05-01/09",
        ),
        (
            "ICC-02/05-01/09-139-Corr",
            DocSystem.ICC,
            "filing",
            "ICC-02/05-01/09-139-Corr",
            None,
            "ICC-02/05",
            "ICC-02/05-01/09",
        ),
        (
            "ICC-02/05-01/09-397-Corr-ENG",
            DocSystem.ICC,
            "filing",
            "ICC-02/05-01/09-397-Corr",
            "ENG",
            "ICC-02/05",
            "ICC-02/05-01/09",
        ),
        ("ICC-01/22-90", DocSystem.ICC, "filing", "ICC-01/22-90", None, "ICC-01/22", None),
        ("ICC-01/11-209-Anx", DocSystem.ICC, "filing", "ICC-01/11-209-Anx", None, "ICC-01/11", None),
        ("ICC-ASP/23/31", DocSystem.ASP, "report", "ICC-ASP/23/31", None, None, None),
        ("ICC-ASP/15/31/Add.1", DocSystem.ASP, "report", "ICC-ASP/15/31/Add.1", None, None, None),
        ("ICC-ASP/17/Res.5", DocSystem.ASP, "resolution", "ICC-ASP/17/Res.5", None, None, None),
        ("S/2016/716", DocSystem.UN, "sc_document", "S/2016/716", None, None, None),
        ("S/RES/1593 (2005)", DocSystem.UN, "sc_resolution", "S/RES/1593 (2005)", None, None, None),
        ("A/67/828", DocSystem.UN, "ga_document", "A/67/828", None, None, None),
        ("A/RES/62/12", DocSystem.UN, "ga_resolution", "A/RES/62/12", None, None, None),
    ],
)
def test_parse(text, system, kind, base, language, situation, case) -> None:
    d = docnums.parse(text)
    assert (d.system, d.kind, d.base, d.language, d.situation_number, d.case_number) == (
        system,
        kind,
        base,
        language,
        situation,
        case,
    )
    assert str(d) == text


def test_corrigendum_flag() -> None:
    assert docnums.parse("ICC-02/05-01/09-397-Corr-ENG").is_corrigendum
    assert not docnums.parse("ICC-02/05-01/09-309-ENG").is_corrigendum


@pytest.mark.parametrize(
    ("text", "message", "suggestion"),
    [
        ("ICC-02/05-01/09 -309-ENG", "contains a space", "ICC-02/05-01/09-309-ENG"),
        ("ICC-ASP/15/31/Add1", "not an Assembly document number", "ICC-ASP/15/31/Add.1"),
        ("ICC/ASP/22/Res3", "not an Assembly document number", "ICC-ASP/22/Res.3"),
        ("S/RES/1593(2005)", "not a United Nations document number", "S/RES/1593 (2005)"),
        ("icc-02/05-01/09-309-eng", "not an ICC document number", "ICC-02/05-01/09-309-ENG"),
        ("ICC-2/05-01/09", "must start with ICC-<two digits>", None),
        ("S/16/716", "not a United Nations document number", None),
        ("ICC-00/05", "cannot contain 00", None),
        ("ICC-ASP/99/31", "out of range", None),
        ("Report 2025", "is not a document number", None),
        ("", "no document number", None),
    ],
)
def test_malformed_numbers(text: str, message: str, suggestion: str | None) -> None:
    with pytest.raises(DocNumberError, match=message) as info:
        docnums.parse(text)
    if suggestion:
        assert f"did you mean {suggestion}?" in str(info.value)
    assert docnums.suggest(text) == suggestion
