"""A DTD or an entity declared in any part of a workbook (not only a sheet) is refused unread
(docs/IMPORT_FORMAT.md, "Limits"); openpyxl parses some parts with a parser that expands entities."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from ncdesk.io.readers_tables import ImportRejected
from ncdesk.io.readers_xlsx import read_xlsx

DTD = '<!DOCTYPE x [<!ENTITY e "EXPANDED">]>\n'


def _workbook() -> bytes:
    book = openpyxl.Workbook()
    book.active.append(["name", "notes"])
    book.active.append(["Alice", "hello"])
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


BASE = _workbook()
PARTS = zipfile.ZipFile(io.BytesIO(BASE)).namelist()


def _with_dtd(part: str, encoding: str = "utf-8") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(BASE)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == part:
                body = data.decode("utf-8").split("?>", 1)[-1].lstrip()
                data = f'<?xml version="1.0" encoding="{encoding}"?>\n{DTD}{body}'.encode(encoding)
            zout.writestr(info, data)
    return out.getvalue()


def test_the_plain_workbook_is_read() -> None:
    assert read_xlsx(BASE, "book.xlsx") == [("Sheet", [(1, ["name", "notes"]), (2, ["Alice", "hello"])])]
    assert {"xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml", "xl/worksheets/sheet1.xml"} <= set(PARTS)


@pytest.mark.parametrize("part", PARTS)
def test_a_declaration_in_any_part_is_refused_unread(part: str) -> None:
    with pytest.raises(ImportRejected, match="declares entities or a DTD") as caught:
        read_xlsx(_with_dtd(part), "book.xlsx")
    assert part in str(caught.value) and "book.xlsx" in str(caught.value)


def test_a_declaration_in_utf16_or_in_shared_strings_is_refused() -> None:
    with pytest.raises(ImportRejected, match="declares entities or a DTD"):
        read_xlsx(_with_dtd("xl/workbook.xml", "utf-16"), "book.xlsx")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(BASE)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info.filename))
        zout.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?>\n{DTD}<sst><si><t>&e;</t></si></sst>')
    with pytest.raises(ImportRejected, match="in xl/sharedStrings.xml"):
        read_xlsx(out.getvalue(), "book.xlsx")
