import pytest

from ncdesk.core.forms import FORMS, FieldError, FieldType, parse_field, parse_form


def test_every_form_field_is_a_column_or_a_child() -> None:
    import tempfile
    from pathlib import Path

    from ncdesk.store.file.db import open_database

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "x.sqlite3")
        try:
            for kind, spec in FORMS.items():
                columns = {r[1] for r in db.execute(f"PRAGMA table_info({kind})")}
                for f in spec.fields:
                    if f.type is FieldType.PARTIAL_DATE:
                        assert {"date_text", "date_from", "date_to", "date_precision"} <= columns, kind
                        continue
                    assert f.name in columns or f.name in spec.children, (kind, f.name)
        finally:
            db.close()


@pytest.mark.parametrize(
    ("kind", "raw", "errors"),
    [
        ("finding", {"title": "", "date": "2025-02-30", "documents": "ICC-01/22-90\nICC-01/22-90"},
         {"title", "date", "documents"}),
        ("finding", {"documents": "S/2016/716"}, {"documents"}),
        ("situation", {"icc_number": "ICC-02/05-01/09"}, {"icc_number"}),
        ("situation", {"sc_resolution": "S/2005/1"}, {"sc_resolution"}),
        ("warrant", {"kind": "arrest", "sealed": True}, {"kind"}),
        ("party_event", {"event": "ratification", "date": "11 April 2002"}, set()),
    ],
)  # fmt: skip
def test_parse_form_reports_each_field(kind: str, raw: dict, errors: set[str]) -> None:
    _, found = parse_form(kind, raw)
    assert set(found) == errors


def test_parse_field_values() -> None:
    spec = FORMS["finding"].field("documents")
    assert parse_field(spec, " ICC-01/22-90 \n\nICC-01/22-90-Red ") == ["ICC-01/22-90", "ICC-01/22-90-Red"]
    assert parse_field(FORMS["finding"].field("date"), "3 April 2025") == "2025-04-03"
    assert parse_field(FORMS["finding"].field("chamber"), "  ") == ""
    assert parse_field(FORMS["finding"].field("sc_document"), "") is None
    with pytest.raises(FieldError, match="required"):
        parse_field(FORMS["finding"].field("title"), "")
    with pytest.raises(FieldError, match="Security Council resolution"):
        parse_field(FORMS["finding"].field("sc_document"), "S/RES/1970 (2011)")
