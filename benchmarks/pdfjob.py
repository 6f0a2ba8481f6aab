"""One PDF measurement in a fresh process: ncdesk's export, or a bare `typst.compile` of the same
template and data (the session's PDF rows, benchmarks/session.py).

    python -m benchmarks.pdfjob ncdesk DATA_DIR KIND REF TARGET   (KIND: state, person, pack, report)
    python -m benchmarks.pdfjob bare TEMPLATE DATA_JSON TARGET

Why a process each: Typst memoises its layout in the process (comemo), across compilers. Timed
one after the other in one process, the second compile of the same data took 15 ms where the
first took 130 ms (a State's note at 1×): the baseline measured after ncdesk's export, or ncdesk
after an earlier repetition, was mostly a cache hit. A delegate's export is cold (the window
typesets in a child process, the command line is one), so both sides are timed cold: imports
and opening the store are done first, outside the time; the time is the work, to the file
written. Prints the seconds as JSON.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path


def ncdesk(folder: Path, kind: str, ref: str, target: Path) -> float:
    from ncdesk.io.briefing.export import export_note, export_pack, export_report
    from ncdesk.io.briefing.model import ExportOptions
    from ncdesk.store.store import Store

    store = Store.open_readonly(folder)
    try:
        start = time.perf_counter()
        if kind == "report":
            first, last = (dt.date.fromisoformat(d) for d in ref.split(","))
            export_report(store, first, last, target, ExportOptions())
        elif kind == "pack":
            refs = [tuple(r.split(":", 1)) for r in ref.split(",")]
            export_pack(store, refs, target, ExportOptions())  # type: ignore[arg-type]
        else:
            export_note(store, kind, ref, target, ExportOptions())
        return time.perf_counter() - start
    finally:
        store.close()


def bare(source: Path, data_json: Path, target: Path) -> float:
    import typst

    from ncdesk import paths
    from ncdesk.io.briefing.pdf import STANDARDS

    inputs = {"data": data_json.read_text(encoding="utf-8")}
    fonts = [paths.resource_path("fonts")]
    start = time.perf_counter()
    target.write_bytes(
        typst.compile(source, root=source.parent, font_paths=fonts, ignore_system_fonts=True, sys_inputs=inputs,
                      pdf_standards=STANDARDS)
    )  # fmt: skip
    return time.perf_counter() - start


def main() -> int:
    side, *args = sys.argv[1:]
    if side == "ncdesk":
        seconds = ncdesk(Path(args[0]), args[1], args[2], Path(args[3]))
    else:
        seconds = bare(Path(args[0]), Path(args[1]), Path(args[2]))
    print(json.dumps({"seconds": seconds}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
