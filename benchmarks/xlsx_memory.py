"""Peak memory of reading a large workbook (issue 22): `python -m benchmarks.xlsx_memory [MB]`.

Writes a workbook of travel alerts of about MB megabytes (default 20) with openpyxl's write-only
mode in a temporary folder, the same rows as a CSV file beside it, then reads each as
`ncdesk import` does (`importing.read`), in a process of its own each time, and prints the peak
of Python's allocations (tracemalloc) and the process's peak resident memory (RSS, Linux: VmHWM) against the
workbook's size, its size unpacked (its XML) and the CSV's size. docs/IMPORT_FORMAT.md gives the
figures."""

from __future__ import annotations

import csv
import io
import random
import string
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HEAD = ["person", "destinations", "date", "purpose", "reliability", "received_at", "notes"]


def _rows(count: int) -> list[list[str]]:
    rng = random.Random(22)
    persons = ["Vladimir Putin", "Omar Al Bashir", "Ahmed Harun", "Benjamin Netanyahu"]
    states = ["Mongolia", "Chad", "Hungary", "Tajikistan", "Kenya; Djibouti"]
    out = []
    for i in range(count):
        # notes of words that do not repeat (a delegate's remarks): what a zip cannot shrink much
        words = " ".join("".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 9))) for _ in range(40))
        out.append(
            [
                rng.choice(persons),
                rng.choice(states),
                f"{1 + i % 28} {rng.choice(['March', 'April', 'May'])} 2031",
                "Summit",
                rng.choice(["probable", "possible", "confirmed"]),
                "2031-02-01",
                words,
            ]
        )
    return out


def make(folder: Path, megabytes: float) -> tuple[Path, Path]:
    from openpyxl import Workbook

    per_row = 170  # bytes of workbook per row, about (measured)
    rows = _rows(min(int(megabytes * 1_000_000 / per_row), 100_000))
    book = Workbook(write_only=True)
    ws = book.create_sheet("Travel alerts")
    ws.append(HEAD)
    for r in rows:
        ws.append(r)
    xlsx = folder / "alerts.xlsx"
    book.save(xlsx)
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows([HEAD, *rows])
    csv_path = folder / "alerts.csv"
    csv_path.write_bytes(out.getvalue().encode("utf-8"))
    return xlsx, csv_path


def measure(path: Path) -> None:
    """In this process: read *path* and print "rows tracemalloc_peak rss_before rss_peak" (bytes)."""
    import tracemalloc

    import openpyxl  # noqa: F401  (imported before the baseline, as a window has it)

    from ncdesk.io.importing import read
    from ncdesk.io.readers_tables import Tables

    before = _rss("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")  # the peak (VmHWM) starts again from here
    plan = read(path)
    after = _rss("VmHWM")
    tracemalloc.start()  # a second reading, traced (tracing costs memory of its own: not in the RSS)
    read(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert isinstance(plan.source, Tables) and not plan.problems, plan.problems[:3]
    print(len(plan.source.sheets[0].rows), peak, before, after)


def _rss(field: str) -> int:
    """The process's resident memory (VmRSS) or its peak (VmHWM), in bytes (Linux)."""
    line = next(x for x in Path("/proc/self/status").read_text().splitlines() if x.startswith(field + ":"))
    return int(line.split()[1]) * 1024


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--measure":
        measure(Path(sys.argv[2]))
        return
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 20.0
    with tempfile.TemporaryDirectory() as tmp:
        xlsx, csv_path = make(Path(tmp), megabytes)
        with zipfile.ZipFile(xlsx) as z:
            unpacked = sum(i.file_size for i in z.infolist())
        sizes = {"xlsx": xlsx.stat().st_size, "unpacked": unpacked, "csv": csv_path.stat().st_size}
        print(f"workbook {sizes['xlsx']:,} bytes, unpacked {unpacked:,}, the same rows as CSV {sizes['csv']:,}")
        for path in (xlsx, csv_path):
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks.xlsx_memory", "--measure", str(path)],
                check=True,
                capture_output=True,
                text=True,
            )
            rows, peak, before, after = map(int, done.stdout.split())
            grew = after - before
            print(
                f"{path.name}: {rows:,} rows; tracemalloc peak {peak:,} "
                f"({peak / sizes['xlsx']:.2f}× the workbook, {peak / unpacked:.2f}× unpacked, "
                f"{peak / sizes['csv']:.2f}× the CSV); RSS grew {grew:,} "
                f"({grew / sizes['xlsx']:.2f}× the workbook, {grew / unpacked:.2f}× unpacked, "
                f"{grew / sizes['csv']:.2f}× the CSV)"
            )


if __name__ == "__main__":
    main()
