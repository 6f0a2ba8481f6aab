"""docs/IMPORT_FORMAT.md documents every column of every kind, which are required, and the limits."""

import re
from pathlib import Path

from ncdesk.io.readers_tables import LIMITS
from ncdesk.io.tabular import COLUMNS, KINDS, sheet_name

DOC = (Path(__file__).resolve().parents[2] / "docs" / "IMPORT_FORMAT.md").read_text(encoding="utf-8")


def _table(kind: str) -> list[tuple[str, str, bool]]:
    section = DOC.split(f"### {sheet_name(kind)} (`{kind}`)")[1].split("###")[0].split("## ")[0]
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+) \| (yes)? *\|", section, flags=re.MULTILINE)
    return [(name, label.strip(), bool(required)) for name, label, required in rows]


def test_every_column_is_documented_in_order_with_its_label_and_whether_it_is_required() -> None:
    for kind in KINDS:
        assert _table(kind) == [(c.name, c.label, c.required(kind)) for c in COLUMNS[kind]], kind


def test_the_limits_are_the_documented_ones() -> None:
    assert LIMITS.file_bytes == 100 * 1024 * 1024 and "| the file | 100 MB |" in DOC
    assert f"| rows (per file or sheet) | {LIMITS.rows:,} |" in DOC
    assert f"| columns | {LIMITS.columns} |" in DOC
    assert f"| characters in a cell | {LIMITS.cell_chars:,} " in DOC
    assert f"| problems listed | {LIMITS.problems:,} " in DOC
    assert f"256 MB, {LIMITS.zip_members:,} parts" in DOC and LIMITS.zip_total_bytes == 256 * 1024 * 1024
    assert f"more than {LIMITS.zip_ratio} to 1" in DOC
