"""`benchmarks/run`: how fast ncdesk is at 1×, 10× and 100× the record, each cost against a
baseline measured in the same run on the same data, and how each grows with the record.

Every measurement runs in a process of its own over a copy of the generated store (see
`benchmarks/generate`), ncdesk and its baseline interleaved, and reports the median of the
repetitions. The targets are judged at 10× (or the largest scale run, if 10× is not).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.generator import Manifest, cache_root, copy_store, iter_scales, scale_name

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Item:
    key: str
    label: str
    baseline: str
    target: str = ""  # how the target reads in the table
    max_ratio: float | None = None  # ncdesk / baseline at 10×
    max_seconds: float | None = None  # ncdesk alone at 10×
    unit: str = "s"  # s, or MB for memory


ITEMS: tuple[Item, ...] = (
    Item("start", "start to a usable main window", "bare PySide6 window + table of the alerts",
         "≤ 1.5× baseline", max_ratio=1.5),
    Item("search", "search keystroke to results shown", "raw FTS5 query (same match, LIMIT 80)",
         "≤ 2× baseline and < 30 ms", max_ratio=2.0, max_seconds=0.030),
    Item("open_state", "open a State with ~1,000 links (detail, chronology)", "raw query + bare QTextBrowser list",
         "< 100 ms", max_seconds=0.100),
    Item("sort", "sort the alerts table (any column)", "Python sort of the rows in memory"),
    Item("filter", "filter the alerts table as you type", "raw FTS5 query for the kind"),
    Item("state_pdf", "State briefing note → PDF", "bare typst.compile of the same template and data",
         "≤ 1.2× baseline", max_ratio=1.2),
    Item("person_pdf", "person briefing note → PDF", "bare typst.compile of the same template and data",
         "≤ 1.2× baseline", max_ratio=1.2),
    Item("pack_pdf", "meeting pack (State + person) → PDF", "bare typst.compile of the same template and data",
         "≤ 1.2× baseline", max_ratio=1.2),
    Item("report", "the year's Bureau report (draft, PDF)", "bare typst.compile of the same template and data",
         "≤ 1.2× baseline and < 2 s", max_ratio=1.2, max_seconds=2.0),
    Item("import_alerts", "import 10,000 alerts from CSV", "csv module + raw INSERTs"),
    Item("backup", "back up now (checked copy)", "SQLite backup API alone"),
    Item("rss", "peak memory (RSS), window + a minute of work", "bare window over the alerts",
         "< 250 MB", max_seconds=250.0, unit="MB"),
)  # fmt: skip
BY_KEY = {i.key: i for i in ITEMS}
FREEZE = "freeze"  # the longest freeze per action (benchmarks/freeze.py): its own table
SESSION_ITEMS = ("search", "open_state", "sort", "filter", "state_pdf", "person_pdf", "pack_pdf", "report", "backup",
                 "import_alerts")  # fmt: skip


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("LANG", "C.UTF-8")
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("NCDESK_PASSPHRASE_FILE", None)
    # An installed ncdesk runs from compiled bytecode: let the first (warm-up) start write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _child(module: str, *args: str, timeout: float = 1800) -> tuple[float, list[dict[str, Any]]]:
    """Run `python -m module args`; the seconds from its start to its first line, and its JSON lines."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
        cwd=ROOT,
        text=True,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    rest, err = proc.communicate(timeout=timeout)
    lines = [line for line in [first, *rest.splitlines()] if line.strip().startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{module} {' '.join(args)} failed ({proc.returncode}):\n{err[-3000:]}")
    return elapsed, [json.loads(line) for line in lines]


def measure_start(
    folder: Path, repeat: int, warm_up: bool = True
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Process start to the window shown and populated: ncdesk and the bare window, interleaved."""
    times: dict[str, list[float]] = {"ncdesk": [], "baseline": []}
    rss: dict[str, list[float]] = {"ncdesk": [], "baseline": []}
    for i in range(0 if warm_up else 1, repeat + 1):
        pair = [("ncdesk", "benchmarks.ncdesk_window"), ("baseline", "benchmarks.bare_window")]
        if i % 2:
            pair.reverse()
        for who, module in pair:
            elapsed, lines = _child(module, str(folder))
            if i == 0:
                continue  # the first start of each warms the disk cache
            times[who].append(elapsed)
            rss[who].append(lines[0]["VmHWM"] / 1024)
    return times, rss


def measure_rss(folder: Path, state_id: str, bare: list[float]) -> dict[str, list[float]]:
    """Peak RSS of the window after a first minute of work, against the bare window's."""
    _, lines = _child("benchmarks.ncdesk_window", str(folder), "--session", state_id)
    return {"ncdesk": [lines[-1]["VmHWM"] / 1024], "baseline": bare}


def run_scale(
    scale: float,
    repeat: int,
    items: list[str],
    work: Path,
    quiet: bool,
    import_rows: int = 10_000,
    warm_up: bool = True,
    freeze_repeat: int = 1,
) -> dict[str, Any]:
    folder, manifest = copy_store(scale, work / scale_name(scale), quiet=quiet)
    result: dict[str, Any] = {
        "scale": scale,
        "manifest": manifest.__dict__,
        "items": {},
        "extra": {},
        "repeat": repeat,
        "when": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "load": round(os.getloadavg()[0], 1) if hasattr(os, "getloadavg") else None,
    }
    say = (lambda *a: None) if quiet else (lambda *a: print(*a, file=sys.stderr, flush=True))
    start_rss: dict[str, list[float]] = {}
    if "start" in items or "rss" in items:
        say(f"[{scale_name(scale)}] start …")
        times, start_rss = measure_start(folder, repeat, warm_up)
        if "start" in items:
            result["items"]["start"] = times
            result["extra"]["start_rss_mb"] = {k: statistics.median(v) for k, v in start_rss.items()}
    if "rss" in items:
        say(f"[{scale_name(scale)}] memory …")
        result["items"]["rss"] = measure_rss(folder, manifest.hub_state["id"], start_rss["baseline"])
    wanted = [i for i in SESSION_ITEMS if i in items]
    if wanted:
        say(f"[{scale_name(scale)}] {', '.join(wanted)} …")
        _, lines = _child(
            "benchmarks.session", str(folder), str(folder / "manifest.json"), str(repeat), str(import_rows), *wanted
        )
        result["items"].update(lines[-1]["items"])
        result["extra"].update(lines[-1]["extra"])
    if FREEZE in items:
        say(f"[{scale_name(scale)}] longest freeze per action …")
        result[FREEZE] = measure_freeze(scale, work, freeze_repeat, quiet)
    return result


def measure_freeze(scale: float, work: Path, repeat: int, quiet: bool) -> dict[str, Any]:
    """The scripted session of benchmarks/freeze.py, *repeat* times, each on a fresh copy of the
    store (it saves records and backs up): per action, the longest freeze and the duration of
    each run (ms), and whether every run finished it."""
    runs: list[list[dict[str, Any]]] = []
    platform_name = ""
    for i in range(repeat):
        folder, _ = copy_store(scale, work / f"{scale_name(scale)}-freeze-{i}", quiet=quiet)
        _, lines = _child("benchmarks.freeze", str(folder), "--quiet", timeout=7200)
        runs.append(lines[-1]["actions"])
        platform_name = lines[-1].get("platform", "")
        shutil.rmtree(folder, ignore_errors=True)
    actions: dict[str, dict[str, Any]] = {}
    for run in runs:
        for a in run:
            row = actions.setdefault(
                a["name"],
                {"freeze_ms": [], "duration_ms": [], "finished": True, "excepted": a["excepted"], "error": ""},
            )
            row["freeze_ms"].append(a["freeze_ms"])
            row["duration_ms"].append(a["duration_ms"])
            row["finished"] = row["finished"] and a["finished"]
            row["error"] = row["error"] or a["error"]
    return {"runs": repeat, "platform": platform_name, "actions": actions}


# --- the table ---------------------------------------------------------------------------------


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _fmt(value: float, unit: str) -> str:
    if value != value:  # NaN
        return "—"
    if unit == "MB":
        return f"{value:.0f} MB"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def judge(item: Item, subject: float, baseline: float) -> bool | None:
    if item.max_ratio is None and item.max_seconds is None:
        return None
    ok = True
    if item.max_ratio is not None:
        ok = ok and subject <= item.max_ratio * baseline
    if item.max_seconds is not None:
        ok = ok and subject < item.max_seconds
    return ok


def table(result: dict[str, Any], judged: bool) -> list[str]:
    m = result["manifest"]
    c = m["counts"]
    head = (
        f"{scale_name(result['scale'])}: {c.get('travel_alert', 0):,} alerts, {c.get('letter', 0):,} letters, "
        f"{c.get('finding', 0):,} findings, {c.get('person', 0):,} persons generated (+ the reference data); "
        f"State {m['hub_state']['name']} with {m['hub_state']['links']:,} links, "
        f"person {m['hub_person']['name']} with {m['hub_person']['travels']:,} travels"
    )
    if "repeat" in result:
        head += f" — median of {result['repeat']} runs, {result['when']}, load average {result['load']} at its start"
    lines = [head, ""]
    lines.append("| item | ncdesk | baseline | ratio | target | met |")
    lines.append("| --- | ---: | ---: | ---: | --- | --- |")
    for item in ITEMS:
        times = result["items"].get(item.key)
        if times is None:
            continue
        s, b = _median(times["ncdesk"]), _median(times["baseline"])
        ratio = s / b if b else float("nan")
        met = judge(item, s, b) if judged else None
        verdict = "" if met is None else ("yes" if met else "**no**")
        lines.append(
            f"| {item.label} | {_fmt(s, item.unit)} | {_fmt(b, item.unit)} ({item.baseline}) | {ratio:.2f}× | "
            f"{item.target if judged else ''} | {verdict} |"
        )
    return lines


def growth(results: list[dict[str, Any]]) -> list[str]:
    """How each cost grows with the record: ncdesk's median at each scale, against the scale."""
    scales = [r["scale"] for r in results]
    base = results[0]
    lines = ["| item | " + " | ".join(scale_name(s) for s in scales) + " | growth | linear or better |"]
    lines.append("| --- | " + " | ".join("---:" for _ in scales) + " | --- | --- |")
    for item in ITEMS:
        medians = [_median(r["items"][item.key]["ncdesk"]) if item.key in r["items"] else float("nan") for r in results]
        if all(v != v for v in medians):
            continue
        b = medians[0]
        steps, linear = [], True
        for s, v in zip(scales[1:], medians[1:], strict=True):
            factor = v / b if b else float("nan")
            steps.append(f"{factor:.1f}× at {scale_name(s)}")
            linear = linear and factor <= s / base["scale"] * 1.1  # 10 % for the noise of a shared machine
        lines.append(
            f"| {item.label} | " + " | ".join(_fmt(v, item.unit) for v in medians) + f" | {', '.join(steps) or '—'} | "
            f"{('yes' if linear else '**no**') if steps else '—'} |"
        )
    return lines


def freeze_table(results: list[dict[str, Any]]) -> list[str]:
    """Longest freeze per action (median of the runs), at each scale; the target judged at 10×
    (or the largest scale run)."""
    measured = [r for r in results if FREEZE in r]
    if not measured:
        return []
    judged = 10.0 if any(r["scale"] == 10 for r in measured) else max(r["scale"] for r in measured)
    names: list[str] = []
    for r in measured:
        names += [n for n in r[FREEZE]["actions"] if n not in names]
    runs = sorted({r[FREEZE]["runs"] for r in measured})
    lines = [
        "Longest freeze per action (the event loop's longest lateness, a 5 ms timer on the GUI thread; "
        f"median of {' or '.join(map(str, runs))} run(s) of the session; target judged at {scale_name(judged)}; "
        "the first paint after start excepted)",
        "",
        "| action | " + " | ".join(scale_name(r["scale"]) for r in measured) + " | target | met |",
        "| --- | " + " | ".join("---:" for _ in measured) + " | --- | --- |",
    ]
    for name in names:
        cells, verdict = [], ""
        for r in measured:
            row = r[FREEZE]["actions"].get(name)
            if row is None:
                cells.append("—")
                continue
            value = _median(row["freeze_ms"])
            cells.append(f"{value:.0f} ms" if row["finished"] else f"{value:.0f} ms (not finished)")
            if r["scale"] == judged:
                if row["excepted"]:
                    verdict = "(excepted)"
                elif not row["finished"]:
                    verdict = "**no** (not finished)"
                else:
                    verdict = "yes" if value < 100 else "**no**"
        target = "" if verdict == "(excepted)" else "< 100 ms"
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {target} | {verdict} |")
    return lines


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    os_name = platform.platform()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    import PySide6

    from ncdesk import __version__
    from ncdesk.store.file import engine

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{cpu}, {os.cpu_count()} cores{mem}; {os_name}; Python {platform.python_version()}, "
        f"PySide6 {PySide6.__version__}, SQLite {engine.version()} (sqlcipher3); ncdesk {__version__}; "
        f"Qt platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}; load average {load:.1f} at the start"
    )


def report(results: list[dict[str, Any]], repeat: int) -> str:
    judged_scale = 10.0 if any(r["scale"] == 10 for r in results) else max(r["scale"] for r in results)
    out = [
        f"ncdesk benchmarks, {dt.datetime.now().strftime('%Y-%m-%d %H:%M')}: medians of {repeat} runs "
        "(unless a scale says otherwise), ncdesk and its baseline interleaved",
        f"machine: {machine()}",
        "",
    ]
    for r in results:
        if not r["items"]:  # only the longest freeze was measured: its own table below
            continue
        out += table(r, r["scale"] == judged_scale)
        extra = {k: v for k, v in r.get("extra", {}).items() if k != "sort_by_column"}
        if extra:
            out.append("")
            out.append("details: " + ", ".join(f"{k} {v}" for k, v in extra.items()))
        if "sort_by_column" in r.get("extra", {}):
            cols = r["extra"]["sort_by_column"]
            out.append("sort by column (ms): " + ", ".join(f"{k} {v}" for k, v in cols.items()))
        out.append("")
    if len([r for r in results if r["items"]]) > 1:
        out.append("How each cost grows (ncdesk's medians; linear or better: growth ≤ the scale's growth)")
        out.append("")
        out += growth([r for r in results if r["items"]])
        out.append("")
    freeze = freeze_table(results)
    if freeze:
        out += freeze
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="benchmarks/run", description="ncdesk against bare baselines at 1×, 10× and 100× the record."
    )
    parser.add_argument("--scale", default="1,10,100",
                        help="scale factor(s), comma-separated (default 1,10,100; the 100× store takes a while "
                        "to generate the first time, then it is cached)")  # fmt: skip
    parser.add_argument("--repeat", type=int, default=5, help="repetitions of each measurement (default 5)")
    parser.add_argument("--only", default="", help="only these items, comma-separated: " + ", ".join([*BY_KEY, FREEZE]))
    parser.add_argument("--freeze-repeat", type=int, default=1,
                        help="runs of the longest-freeze session per scale (default 1; minutes at 10×)")  # fmt: skip
    parser.add_argument("--import-rows", type=int, default=10_000, help="alerts in the CSV imported (default 10,000)")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: one repetition, no warm-up start, 200 alerts imported")  # fmt: skip
    parser.add_argument("--json", type=Path, help="also write every time measured to this file")
    parser.add_argument("--with", dest="earlier", type=Path, action="append", default=[],
                        help="add the scales of an earlier run's --json file to the table and the growth "
                        "(a scale measured now replaces it)")  # fmt: skip
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    if args.quick:
        args.repeat, args.import_rows = 1, min(args.import_rows, 200)
    items = [k.strip() for k in args.only.split(",") if k.strip()] or [*BY_KEY, FREEZE]
    unknown = [k for k in items if k not in BY_KEY and k != FREEZE]
    if unknown:
        parser.error(f"unknown item(s) {', '.join(unknown)}; the items are {', '.join([*BY_KEY, FREEZE])}")
    scales = sorted(set(iter_scales(args.scale))) if args.scale else []
    cache_root().mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="work-", dir=cache_root()))
    results = []
    try:
        for scale in scales:
            started = time.perf_counter()
            results.append(
                run_scale(
                    scale,
                    args.repeat,
                    items,
                    work,
                    args.quiet,
                    args.import_rows,
                    warm_up=not args.quick,
                    freeze_repeat=args.freeze_repeat,
                )
            )
            if not args.quiet:
                print(f"[{scale_name(scale)}] done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
            shutil.rmtree(work / scale_name(scale), ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for earlier in args.earlier:
        done = {r["scale"] for r in results}
        results += [r for r in json.loads(earlier.read_text(encoding="utf-8")) if r["scale"] not in done]
    results.sort(key=lambda r: r["scale"])
    text = report(results, args.repeat)
    print(text)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


__all__ = ["ITEMS", "Manifest", "main"]

if __name__ == "__main__":
    raise SystemExit(main())
