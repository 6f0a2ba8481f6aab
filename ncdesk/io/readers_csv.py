"""CSV files read as a stream: their text decoded a chunk at a time (UTF-8, or UTF-16/32 with a
byte-order mark), every line refused that is not text, the rows kept compact."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import IO, NoReturn

from ncdesk.core.text import Message, Typed
from ncdesk.io.readers_tables import (
    CHUNK,
    LIMITS,
    Limits,
    TableBuilder,
    Tables,
    reject,
)


def _encoding(head: bytes) -> str:
    """UTF-8, or what the byte-order mark at the start of a text says."""
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            return enc
    return "utf-8"


def _not_text(name: str, encoding: str, line: int, bad: bytes) -> NoReturn:
    if encoding.startswith("utf-8"):
        message = Message(
            "the file is not UTF-8 text (byte %1 on line %2); save it as “CSV UTF-8” "
            "(Excel) or “Unicode (UTF-8)” (LibreOffice)",
            Typed(f"0x{bad.hex()}"),
            line,
        )
    else:
        message = Message("the file is not valid %1 text (line %2)", Typed(encoding.upper()), line)
    reject(name, message)


def _has_nul(name: str, line: int) -> NoReturn:
    reject(
        name,
        Message("contains a NUL character on line %1: this is not a text file (or UTF-16 without a BOM)", line),
    )


def decode(data: bytes, name: str) -> str:
    """The text of a file in UTF-8 (with or without a byte-order mark) or UTF-16/32 with one."""
    encoding = _encoding(data[:4])
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        _not_text(name, encoding, data[: exc.start].count(b"\n") + 1, data[exc.start : exc.start + 1])
    if "\x00" in text:
        _has_nul(name, text[: text.index("\x00")].count("\n") + 1)
    return text


def _text_chunks(stream: IO[bytes], name: str) -> Iterator[str]:
    """The text of a stream, decoded a chunk at a time (the encoding as `decode` finds it), with the
    same refusals, naming the line: bytes that are not text in that encoding, a NUL."""
    encoding = _encoding(stream.read(4))
    stream.seek(0)
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    raw_lines = text_lines = 0  # newlines before the chunk, in the bytes and in the text
    while True:
        chunk = stream.read(CHUNK)
        pending = decoder.getstate()[0]
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            seen = pending + chunk
            line = raw_lines - pending.count(b"\n") + seen[: exc.start].count(b"\n") + 1
            _not_text(name, encoding, line, seen[exc.start : exc.start + 1])
        raw_lines += chunk.count(b"\n")
        if "\x00" in text:
            _has_nul(name, text_lines + text[: text.index("\x00")].count("\n") + 1)
        text_lines += text.count("\n")
        if text:
            yield text
        if not chunk:
            return


def _lines(chunks: Iterable[str]) -> Iterator[str]:
    """Lines with their ends (\\n, \\r\\n or \\r), as the csv module wants them, from text in chunks."""
    carry: list[str] = []
    for chunk in chunks:
        if "\n" not in chunk and "\r" not in chunk:
            carry.append(chunk)
            continue
        lines = io.StringIO("".join(carry) + chunk, newline="").readlines()
        carry = []
        last = lines[-1]
        if not last.endswith("\n"):  # unfinished, or a \\r that may be followed by \\n
            carry.append(lines.pop())
        yield from lines
    if carry:
        yield "".join(carry)


# --- CSV ---------------------------------------------------------------------------------------


def _delimiter(first: str) -> str:
    """Comma, semicolon (Excel in many European locales) or tab: whichever the header uses most."""
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes | IO[bytes], name: str, limits: Limits = LIMITS) -> Tables:
    """A CSV file read as a stream: its rows are kept compact (`Rows`), never the whole text."""
    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    lines = _lines(_text_chunks(stream, name))
    number = 0
    first = next(lines, "")
    if re.fullmatch(r"sep=.", first.strip()):  # Excel's hint line: "sep=;"
        delimiter, number = first.strip()[4], 1
    else:
        delimiter = _delimiter(first)
        lines = itertools.chain([first], lines)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    table = TableBuilder(None, name, limits)
    try:
        for cells in reader:
            number += 1
            if table.read > limits.rows:
                reject(name, Message("more than %1 rows; split the file", Typed(f"{limits.rows:,}")))
            if len(cells) > limits.columns:
                reject(name, Message("%1 columns; at most %2 are read", len(cells), limits.columns), row=number)
            table.add(number, cells)
    except csv.Error as exc:
        reject(name, Message("cannot be read as CSV: %1", Typed(exc)), row=number + 1)
    return Tables(name, "csv", [table.sheet()])
