"""Malformed import files, generated in memory from a seed: wrong encodings, NUL bytes, huge
cells and rows, unknown States and persons, bad dates, wrong values, duplicates, zip and XML
bombs, truncated and damaged workbooks, random bytes, wrong JSON shapes, and random mutations
of good files. Every file is built to be rejected: the mutated ones keep a row that no single
change can repair (an unknown State and an impossible date)."""

from __future__ import annotations

import codecs
import csv
import io
import json
import random
import re
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

HEAD = ["person", "destinations", "date", "purpose", "reliability", "received_at"]
GOOD = ["Vladimir Putin", "Mongolia; Kyrgyzstan", "3–6 April 2031", "Summit", "probable", "2031-03-20"]
GOOD2 = ["Netanyahu", "Hungary", "mid-May 2031", "Visit", "possible", ""]
POISON = ["Putin", "Zzyzx Qqqland", "2031-13-45", "x", "unknown", ""]
UNKNOWN_STATES = ["Narnia", "Atlantis", "Hungry", "Mongolie", "Zzyzx", "Ruritania", "Elbonia", "Freedonia"]
BAD_DATES = ["31 February 2031", "2031-13-01", "yesterday", "32/01/2031", "6–3 April 2031", "1899-01-01", "May 2231"]


@dataclass(frozen=True)
class Case:
    category: str
    name: str
    data: bytes
    kind: str | None = None
    # When set: a (row, field) the problems must include.
    where: tuple[int | None, str | None] | None = None


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


@cache
def xlsx_bytes(rows: tuple[tuple[str, ...], ...], title: str = "Travel alerts") -> bytes:
    """A workbook written by openpyxl in normal mode (with a shared-strings part)."""
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = title
    for row in rows:
        ws.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@cache
def base_xlsx() -> bytes:
    """The alerts with the poisoned row, as Excel writes them: text in a shared-strings part."""
    data = xlsx_bytes((tuple(HEAD), tuple(GOOD), tuple(POISON)))
    sheet = part(data, "xl/worksheets/sheet1.xml").decode()
    strings: list[str] = []

    def shared(m: re.Match[str]) -> str:
        strings.append(m[2])
        return f'<c r="{m[1]}" t="s"><v>{len(strings) - 1}</v></c>'

    sheet = re.sub(r'<c r="([A-Z]+\d+)" t="inlineStr"><is><t>(.*?)</t></is></c>', shared, sheet)
    sst = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f"<si><t>{s}</t></si>" for s in strings)
        + "</sst>"
    )
    types = part(data, "[Content_Types].xml").replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'spreadsheetml.sharedStrings+xml"/></Types>',
    )
    data = replace_part(data, "xl/worksheets/sheet1.xml", sheet.encode())
    data = replace_part(data, "[Content_Types].xml", types)
    return replace_part(data, "xl/sharedStrings.xml", sst.encode())


def replace_part(data: bytes, part: str, content: bytes) -> bytes:
    """The workbook with one part replaced (or added)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != part:
                dst.writestr(info.filename, src.read(info.filename))
        dst.writestr(part, content)
    return out.getvalue()


def part(data: bytes, name: str) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read(name)


def _lol() -> bytes:
    """The "billion laughs": ten entities, each ten of the one before."""
    entities = ['<!ENTITY lol0 "lol">']
    for i in range(1, 10):
        entities.append(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">')
    return ("<!DOCTYPE lolz [" + "".join(entities) + "]>").encode()


LOL = _lol()
XXE = b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY net SYSTEM "http://192.0.2.1/x">]>'


def _with_doctype(xml: bytes, doctype: bytes, entity: bytes) -> bytes:
    head, sep, body = xml.partition(b"?>")
    if not sep:
        head, body = b"", xml
    else:
        head += sep
    body = body.replace(b"<t>", b"<t>" + entity, 1) if b"<t>" in body else body
    return head + doctype + body


@cache
def zip_bomb_member() -> bytes:
    """A workbook with a part of 40 MB of zeros (a few dozen kB compressed)."""
    out = io.BytesIO()
    src = zipfile.ZipFile(io.BytesIO(base_xlsx()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        dst.writestr("xl/media/image1.png", b"\0" * (40 * 1024 * 1024))
    return out.getvalue()


def patch_sizes(data: bytes, member: str, size: int) -> bytes:
    """The zip with the uncompressed size its central directory declares for *member* changed."""
    buf = bytearray(data)
    name = member.encode()
    at = 0
    while True:
        at = buf.find(b"PK\x01\x02", at)
        if at < 0:
            return bytes(buf)
        n = struct.unpack_from("<H", buf, at + 28)[0]
        if bytes(buf[at + 46 : at + 46 + n]) == name:
            struct.pack_into("<I", buf, at + 24, size)
        at += 4


def mutate(rng: random.Random, data: bytes, count: int) -> bytes:
    buf = bytearray(data)
    for _ in range(count):
        if not buf:
            break
        op = rng.randrange(4)
        i = rng.randrange(len(buf))
        if op == 0:
            buf[i] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[i] = rng.randrange(256)
        elif op == 2:
            del buf[i]
        else:
            buf.insert(i, rng.randrange(256))
    return bytes(buf)


def _alert_rows(rng: random.Random, bad: list[str], col: int) -> tuple[list[list[str]], int]:
    rows = [HEAD, GOOD, GOOD2]
    row = list(GOOD)
    row[col] = rng.choice(bad)
    at = rng.randrange(1, len(rows) + 1)
    rows.insert(at, row)
    return rows, at + 1  # row numbers start at 1 for the header


# --- the generators ----------------------------------------------------------------------------


def gen_encoding(rng: random.Random, n: int) -> Case:
    rows = [HEAD, ["Päivi Kaukoranta", "Côte d'Ivoire", "3 April 2031", "Réunion", "probable", ""]]
    text = csv_bytes(rows, "utf-8").decode()
    choice = rng.randrange(5)
    if choice == 0:
        data = text.encode("latin-1")
    elif choice == 1:
        data = text.encode("cp1252")
    elif choice == 2:
        data = text.encode("utf-16-le")  # no BOM
    elif choice == 3:
        data = codecs.BOM_UTF8 + text.encode("utf-8")[:-3] + b"\xff\xfe\xfd"
    else:
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")[:-1]  # odd length
    return Case("encoding", f"enc{n}.csv", data)


def gen_nul(rng: random.Random, n: int) -> Case:
    data = bytearray(csv_bytes([HEAD, GOOD, GOOD2]))
    for _ in range(rng.randint(1, 3)):
        data.insert(rng.randrange(len(data)), 0)
    return Case("nul", f"nul{n}.csv", bytes(data))


def gen_control(rng: random.Random, n: int) -> Case:
    row = list(GOOD)
    row[3] = "Sum" + chr(rng.choice([1, 2, 7, 8, 11, 12, 27, 31])) + "mit"
    return Case("control", f"ctl{n}.csv", csv_bytes([HEAD, row]), where=(2, "purpose"))


def gen_huge(rng: random.Random, n: int) -> Case:
    choice = rng.randrange(4)
    if choice == 0:
        row = list(GOOD)
        row[3] = "x" * rng.randint(32_768, 120_000)
        return Case("huge", f"huge{n}.csv", csv_bytes([HEAD, row]), where=(2, "purpose"))
    if choice == 1:  # over the csv module's field limit
        return Case("huge", f"huge{n}.csv", csv_bytes([HEAD, GOOD]) + b'"' + b"y" * 140_000 + b'"\r\n')
    if choice == 2:
        return Case("huge", f"wide{n}.csv", csv_bytes([HEAD + [f"c{i}" for i in range(70)], GOOD]))
    return Case("huge", f"long{n}.csv", csv_bytes([HEAD, GOOD + ["extra"] * 80]))


def gen_unknown_state(rng: random.Random, n: int) -> Case:
    rows, at = _alert_rows(rng, UNKNOWN_STATES, 1)
    return Case("unknown State", f"states{n}.csv", csv_bytes(rows), where=(at, "destinations"))


def gen_unknown_person(rng: random.Random, n: int) -> Case:
    rows, at = _alert_rows(rng, ["Nobody Known", "Vladimir Poutine", "Korea", "X"], 0)
    return Case("unknown person", f"persons{n}.csv", csv_bytes(rows), where=(at, "person"))


def gen_bad_date(rng: random.Random, n: int) -> Case:
    col = rng.choice([2, 5])
    rows, at = _alert_rows(rng, BAD_DATES, col)
    return Case("bad date", f"dates{n}.csv", csv_bytes(rows), where=(at, HEAD[col]))


def gen_bad_value(rng: random.Random, n: int) -> Case:
    rows, at = _alert_rows(rng, ["sure", "PROBABLE?", "1", "maybe"], 4)
    return Case("bad value", f"values{n}.csv", csv_bytes(rows, delimiter=rng.choice([",", ";", "\t"])),
                where=(at, "reliability"))  # fmt: skip


def gen_duplicate(rng: random.Random, n: int) -> Case:
    rows = [HEAD, GOOD, GOOD2]
    dup = list(rng.choice([GOOD, GOOD2]))
    dup[1] = dup[1].upper()
    rows.append(dup)
    return Case("duplicate", f"dups{n}.csv", csv_bytes(rows), where=(4, "person, destinations, date"))


def gen_shape(rng: random.Random, n: int) -> Case:
    options: list[tuple[bytes, str]] = [
        (b"", "empty.csv"),
        (b"\r\n\r\n  \r\n", "blank.csv"),
        (csv_bytes([HEAD]), "header.csv"),
        (csv_bytes([["foo", "bar"], ["1", "2"]]), "foo.csv"),
        (csv_bytes([["person", "date"], ["Putin", "2031"]]), "missing.csv"),
        (csv_bytes([HEAD + ["destination"], GOOD + ["x"]]), "unknowncol.csv"),
        (csv_bytes([HEAD + ["Destinations"], GOOD + ["Chad"]]), "twice.csv"),
        (csv_bytes([["", *HEAD], ["value", *GOOD]]), "noname.csv"),
        (b'person,destinations,date\r\n"Putin,Mongolia,2031\r\n', "quote.csv"),
        (b'person,destinations,date\r\nPutin,"Mongolia"x,2031\r\n', "quote2.csv"),
    ]
    data, name = rng.choice(options)
    return Case("shape", f"{n}-{name}", data)


def gen_random(rng: random.Random, n: int) -> Case:
    data = rng.randbytes(rng.randint(1, 4096))
    return Case("random bytes", f"rand{n}{rng.choice(['.csv', '.xlsx', '.json', '', '.txt'])}", data)


def gen_mutated_csv(rng: random.Random, n: int) -> Case:
    base = csv_bytes([HEAD, GOOD, POISON, GOOD2], rng.choice(["utf-8", "utf-8-sig"]))
    return Case("mutated csv", f"mut{n}.csv", mutate(rng, base, rng.randint(1, 3)))


def gen_truncated_xlsx(rng: random.Random, n: int) -> Case:
    data = base_xlsx()
    return Case("truncated xlsx", f"trunc{n}.xlsx", data[: rng.randrange(len(data))])


def gen_mutated_xlsx(rng: random.Random, n: int) -> Case:
    return Case("mutated xlsx", f"mutx{n}.xlsx", mutate(rng, base_xlsx(), rng.randint(1, 4)))


def gen_xlsx_parts(rng: random.Random, n: int) -> Case:
    """A workbook with one of its XML parts damaged: cut, mangled, made into a bomb."""
    data = base_xlsx()
    names = [
        "xl/worksheets/sheet1.xml",
        "xl/sharedStrings.xml",
        "xl/workbook.xml",
        "xl/styles.xml",
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
    ]
    name = rng.choice(names)
    xml = part(data, name)
    choice = rng.randrange(6)
    if choice == 0:
        new = _with_doctype(xml, LOL, b"&lol9;")
    elif choice == 1:
        new = _with_doctype(xml, XXE, b"&xxe;&net;")
    elif choice == 2:
        new = xml[: rng.randrange(len(xml))]
    elif choice == 3:
        new = mutate(rng, xml, rng.randint(1, 5))
    elif choice == 4:
        new = xml.replace(b'r="', b'r="XFD', 1).replace(b"<v>", b"<v>9999999", 1)
    else:
        new = b""
    return Case("xlsx parts", f"parts{n}.xlsx", replace_part(data, name, new))


def gen_xlsx_cells(rng: random.Random, n: int) -> Case:
    """Workbooks openpyxl reads, with cells that are wrong for an import."""
    choice = rng.randrange(5)
    if choice == 0:
        rows = ((*HEAD,), (*GOOD[:2], "31 February 2031", *GOOD[3:]), tuple(POISON))
        return Case("xlsx cells", f"cells{n}.xlsx", xlsx_bytes(rows), where=(2, "date"))
    if choice == 1:  # a sheet named for a kind, with the wrong columns
        return Case("xlsx cells", f"cells{n}.xlsx", xlsx_bytes((("name", "x"), ("a", "b")), "Letters"))
    if choice == 2:  # a cell far to the right
        data = base_xlsx()
        sheet = part(data, "xl/worksheets/sheet1.xml")
        sheet = sheet.replace(b"</row>", b'<c r="XFD1" t="inlineStr"><is><t>far</t></is></c></row>', 1)
        return Case("xlsx cells", f"cells{n}.xlsx", replace_part(data, "xl/worksheets/sheet1.xml", sheet))
    if choice == 3:  # a shared string that does not exist, or a bad style
        data = base_xlsx()
        sheet = part(data, "xl/worksheets/sheet1.xml")
        sheet = sheet.replace(b'<v>0</v>', b"<v>99999</v>", 1) if rng.random() < 0.5 else sheet.replace(
            b'<c r="A1"', b'<c s="999" r="A1"', 1)  # fmt: skip
        return Case("xlsx cells", f"cells{n}.xlsx", replace_part(data, "xl/worksheets/sheet1.xml", sheet))
    # an old .xls, an OpenDocument file, a zip that is not a workbook
    kinds = [
        bytes.fromhex("d0cf11e0a1b11ae1") + rng.randbytes(500),
        _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}),
        _zip({"readme.txt": b"hello"}),
        _zip({}),
    ]
    return Case("xlsx cells", f"other{n}.xlsx", rng.choice(kinds))


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def gen_zip_bomb(rng: random.Random, n: int) -> Case:
    choice = rng.randrange(3)
    if choice == 0:
        return Case("zip bomb", f"bomb{n}.xlsx", zip_bomb_member())
    if choice == 1:  # the directory declares more than we read
        data = patch_sizes(base_xlsx(), "xl/worksheets/sheet1.xml", 0xFFFF_FFF0)
        return Case("zip bomb", f"bomb{n}.xlsx", data)
    # the directory declares less than the part holds: the read stops there and fails its check
    return Case("zip bomb", f"bomb{n}.xlsx", patch_sizes(base_xlsx(), "xl/worksheets/sheet1.xml", 50))


def _export(rows: dict[str, list[object]], **top: object) -> dict[str, object]:
    data: dict[str, object] = {
        "format": "ncdesk-export",
        "format_version": 1,
        "exported_at": "2031-01-01T00:00:00.000Z",
        "reference_version": None,
        "tables": rows,
    }
    data.update(top)
    return data


def _person(rng: random.Random, **extra: object) -> dict[str, object]:
    return {
        "id": f"{rng.getrandbits(32):08x}-0000-4000-8000-{rng.getrandbits(48):012x}",
        "origin": "user",
        "user_fields": [],
        "notes": "",
        "created_at": "2031-01-01T00:00:00.000Z",
        "updated_at": "2031-01-01T00:00:00.000Z",
        "deleted_at": None,
        "name": f"Person {rng.randrange(10**6)}",
        "aliases": [],
        "function": "",
        "nationality_state_id": None,
        **extra,
    }


def gen_json(rng: random.Random, n: int) -> Case:
    good = _person(rng)
    shapes: list[object] = [
        {},
        [],
        [1, 2, 3],
        "text",
        42,
        None,
        {"records": [{"name": "x"}]},
        [{"name": "Jane"}, "not a record"],
        [{"nam": "Jane"}],
        [{"name": "Jane", "aliases": {"a": 1}}],
        [{"name": "Jane", "nationality": "Narnia"}],
        {"format": "something-else"},
        _export({}, format_version=99),
        _export({}, format_version="1"),
        _export([]),  # tables not an object
        _export({"person": {"a": 1}}),
        _export({"person": [good, "x"]}),
        _export({"person": [{**good, "id": "short"}]}),
        _export({"person": [{**good, "aliases": "not a list"}]}),
        _export({"person": [{**good, "name": ["x"]}]}),
        _export({"person": [{**good, "name": ""}]}),  # CHECK
        _export({"person": [{**good, "nationality_state_id": "f" * 36}]}),  # FOREIGN KEY
        _export({"person": [good, {**good, "name": "other"}]}),  # the same id twice, different
        _export({"person": [good], "travel_alert": [{**good, "person_id": good["id"]}]}),
        _export({"state": [{**good, "iso3": "HUN", "name": "Hungary again"}]}),  # UNIQUE
        _export({"person": [{**good, "created_at": None}]}),  # NOT NULL
        _export({"person": [{**good, "origin": 7}]}),
        _export({"person": [good]}, reference_version=5),
    ]
    choice = rng.randrange(len(shapes) + 6)
    if choice < len(shapes):
        data = json.dumps(shapes[choice]).encode()
    elif choice == len(shapes):
        data = b"[" * rng.randint(2_000, 200_000)
    elif choice == len(shapes) + 1:
        data = b'[{"name": "' + b"9" * 10 + b'", "notes": ' + b"1" * 5000 + b"}]"
    elif choice == len(shapes) + 2:
        data = b'[{"name": NaN}]' if rng.random() < 0.5 else b'[{"name": Infinity}]'
    elif choice == len(shapes) + 3:
        data = b'[{"name": "\\ud800 lone"}]' if rng.random() < 0.5 else json.dumps(
            _export({"person": [{**good, "name": "\ud800"}]})).encode()  # fmt: skip
    elif choice == len(shapes) + 4:
        data = json.dumps(_export({"person": [good, _person(rng, name="")]})).encode()[: rng.randrange(20, 300)]
    else:  # three faults: no two changes repair them all
        faults = [{**good, "name": "conflict"}, _person(rng, nationality_state_id="f" * 36), _person(rng, name="")]
        data = mutate(rng, json.dumps(_export({"person": [good, *faults]})).encode(), 2)
    return Case("json", f"j{n}.json", data)


GENERATORS: list[tuple[Callable[[random.Random, int], Case], int]] = [
    (gen_encoding, 6),
    (gen_nul, 5),
    (gen_control, 3),
    (gen_huge, 2),
    (gen_unknown_state, 6),
    (gen_unknown_person, 4),
    (gen_bad_date, 6),
    (gen_bad_value, 4),
    (gen_duplicate, 4),
    (gen_shape, 5),
    (gen_random, 8),
    (gen_mutated_csv, 12),
    (gen_truncated_xlsx, 6),
    (gen_mutated_xlsx, 8),
    (gen_xlsx_parts, 6),
    (gen_xlsx_cells, 4),
    (gen_zip_bomb, 1),
    (gen_json, 10),
]


def corpus(count: int, seed: int = 20261123) -> Iterator[Case]:
    rng = random.Random(seed)
    makers = [g for g, w in GENERATORS for _ in range(w)]
    for n in range(count):
        yield makers[n % len(makers)](rng, n)
