"""Reading what people bring: encodings, delimiters, Excel's quirks, and hostile workbooks."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from ncdesk.io.importing import ImportRejected, import_file, preview
from ncdesk.io.readers_tables import Limits
from ncdesk.store.store import Store
from tests.io import corpus
from tests.io.import_helpers import state

ROWS = [["name", "function"], ["Päivi Example", "Côte d'Ivoire"]]


def _lines(store: Store, name: str, data: bytes, **kw: object) -> list[str]:
    with pytest.raises(ImportRejected) as info:
        import_file(store, Path(name), data=data, **kw)  # type: ignore[arg-type]
    return [p.line() for p in info.value.problems]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_utf8_and_text_with_a_byte_order_mark_are_read(store: Store, encoding: str) -> None:
    data = corpus.csv_bytes(ROWS, "utf-8").decode().encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    import_file(store, Path("p.csv"), "person", data=data)
    assert store.rows("person", "origin = 'user'")[0]["function"] == "Côte d'Ivoire"


def test_other_encodings_are_refused_saying_how_to_save_the_file(store: Store) -> None:
    data = corpus.csv_bytes(ROWS, "utf-8").decode().encode("cp1252")
    assert _lines(store, "p.csv", data) == [
        "p.csv: the file is not UTF-8 text (byte 0xe4 on line 2); save it as “CSV UTF-8” (Excel) or "
        "“Unicode (UTF-8)” (LibreOffice)"
    ]
    assert _lines(store, "p.csv", b"name\r\nJa\x00ne\r\n") == [
        "p.csv: contains a NUL character on line 2: this is not a text file (or UTF-16 without a BOM)"
    ]


def test_tab_separated_text_as_excel_saves_unicode_text(store: Store) -> None:
    data = codecs.BOM_UTF16_LE + corpus.csv_bytes(ROWS, delimiter="\t").decode().encode("utf-16-le")
    import_file(store, Path("p.txt"), data=data)
    assert store.rows("person", "origin = 'user'")[0]["name"] == "Päivi Example"


def test_excel_s_separator_hint_line_is_understood(store: Store) -> None:
    data = b"sep=;\r\nname;function\r\nJane Roe;Minister, retired\r\nJohn Roe;Nobody;extra\r\n"
    assert _lines(store, "p.csv", data) == ["p.csv:4: a value in column 3, which the header row does not name"]
    import_file(store, Path("p.csv"), data=data.replace(b";extra", b""))
    assert store.rows("person", "name = 'Jane Roe'")[0]["function"] == "Minister, retired"


def test_limits_of_size_rows_and_cells(store: Store) -> None:
    small = Limits(file_bytes=2_000, rows=3, cell_chars=50)
    assert _lines(store, "p.csv", b"name\r\n" + b"x" * 3_000, limits=small) == [
        "p.csv: the file is 3,006 bytes; at most 2,000 are read"
    ]
    rows = corpus.csv_bytes([["name"], *[[f"P{i}"] for i in range(4)]])
    assert _lines(store, "p.csv", rows, limits=small) == ["p.csv: more than 3 rows; split the file"]
    assert _lines(store, "p.csv", corpus.csv_bytes([["name"], ["y" * 51]]), limits=small) == [
        "p.csv:2: name: the cell holds 51 characters; at most 50 are read"
    ]
    # A field beyond the csv module's own limit is a clear rejection too.
    huge = b'name\r\n"' + b"z" * 200_000 + b'"\r\n'
    assert _lines(store, "p.csv", huge)[0].startswith("p.csv:2: cannot be read as CSV: field larger than field limit")


def test_the_import_stops_after_so_many_problems_and_says_which_rows_were_not_checked(store: Store) -> None:
    rows = [["name", "nationality"]] + [[f"P{i}", f"Atlantis {i}"] for i in range(6)]
    plan = preview(store, Path("p.csv"), limits=Limits(problems=3), data=corpus.csv_bytes(rows))
    assert [p.line() for p in plan.problems][2:] == [
        "p.csv:4: nationality: unknown State 'Atlantis 2'; closest: Albania, Mauritania, Malawi",
        "p.csv: stopped after 3 problems; correct these first",
    ]
    assert plan.counts() == {"person": {"add": 0, "unchanged": 0, "rejected": 3, "unchecked": 3}}
    assert plan.summary() == "p.csv: persons: 0 to add, 3 with problems, 3 not checked; 4 problem(s)"
    # Many unknown names in one cell: three are named, the rest not looked up.
    cell = "; ".join(f"Xq{i}" for i in range(10))
    plan = preview(store, Path("a.csv"), data=corpus.csv_bytes([corpus.HEAD, ["Putin", cell, "2031"]]))
    assert plan.problems[0].message.endswith("; the 7 after those were not checked")


def test_a_workbook_openpyxl_warns_about_is_read(store: Store) -> None:
    # No default style: openpyxl warns and applies its own (warnings are errors in the tests).
    styles = b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
    data = corpus.replace_part(corpus.xlsx_bytes((("name",), ("Jane Styleless",)), "Persons"), "xl/styles.xml", styles)
    with pytest.warns(UserWarning):  # what openpyxl says when it is not hushed
        from openpyxl import load_workbook

        load_workbook(io.BytesIO(data))
    import_file(store, Path("p.xlsx"), data=data)
    assert store.rows("person", "name = 'Jane Styleless'")


@pytest.mark.parametrize("part", ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"])
def test_xml_bombs_are_refused_unread(store: Store, part: str) -> None:
    base = corpus.base_xlsx()
    for doctype, entity in ((corpus.LOL, b"&lol9;"), (corpus.XXE, b"&xxe;")):
        data = corpus.replace_part(base, part, corpus._with_doctype(corpus.part(base, part), doctype, entity))
        assert _lines(store, "b.xlsx", data) == [
            f"b.xlsx: the workbook's XML declares entities or a DTD (an XML bomb?), in {part}; refused unread"
        ]


def test_zip_bombs_are_refused_before_openpyxl_opens_them(store: Store) -> None:
    assert _lines(store, "b.xlsx", corpus.zip_bomb_member()) == [
        "b.xlsx: the part xl/media/image1.png is compressed 1,028 to 1: refused"
    ]
    declared = corpus.patch_sizes(corpus.base_xlsx(), "xl/worksheets/sheet1.xml", 0xFFFF_FFF0)
    assert _lines(store, "b.xlsx", declared)[0].startswith("b.xlsx: the workbook unpacks to 4,294,9")
    lying = corpus.patch_sizes(corpus.base_xlsx(), "xl/worksheets/sheet1.xml", 50)
    assert _lines(store, "b.xlsx", lying) == [
        "b.xlsx: not a readable Excel workbook (.xlsx): BadZipFile: Bad CRC-32 for file 'xl/worksheets/sheet1.xml'"
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (corpus.base_xlsx()[:1000], "not a readable Excel workbook (.xlsx): the file is damaged or truncated"),
        (bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 100, "an Excel 97–2003 workbook (.xls); save it as"),
        (corpus._zip({"mimetype": b"x", "content.xml": b"<x/>"}), "an OpenDocument spreadsheet (.ods); save it"),
        (b"", "the file is empty"),
        (b"[]", "the list holds no records"),
        (b'{"a": 1}', "expected a list of records ([{...}, ...]) or an ncdesk export"),
        (b"[" * 100_000, "the JSON is nested too deeply"),
        (b'[{"name": NaN}]', "not valid JSON: NaN is not a JSON number"),
    ],
)
def test_unreadable_files_say_what_they_are(store: Store, data: bytes, message: str) -> None:
    name = "f.json" if data[:1] in (b"[", b"{") else "f.xlsx"
    before = state(store)
    (line,) = _lines(store, name, data)
    assert line.startswith(f"{name}: {message}"), line
    assert state(store) == before


def test_a_formula_cell_gives_its_value_and_a_date_cell_its_day(store: Store, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = "Letters"
    ws.append(["state", "addressee_office", "date", "sender_name", "sender_office", "subject"])
    import datetime as dt

    ws.append(["Mongolia", "Minister", dt.datetime(2031, 1, 2), "P", "O", "=1+1"])
    path = tmp_path / "l.xlsx"
    book.save(path)
    # openpyxl does not compute formulas: the cached value is empty, so the subject is empty.
    plan = preview(store, path)
    assert plan.ok and plan.sections[0].rows[0].cells[2] == "2031-01-02"
