"""`python -m benchmarks.exchange`: receiving a package against a bare `executemany` of its rows.

Two laptops made from the reference data; the sender logs 2,000 travel alerts (two destinations
and two steps each: 10,000 records) and shares them all. Measured, interleaved, on fresh copies
of the receiver's folder, median of the repetitions:

- ncdesk: `sharing.preview` + `sharing.receive` of the package (decrypt, verify, validate, plan,
  apply in one transaction with versions, history and the search index);
- baseline: the same rows inserted with one `executemany` per table into the same tables of the
  same database (through the store's own connection, in one transaction), nothing else.

And sharing one alert (sealing to a contact, writing, reading, opening, previewing, receiving),
keys and all, on its own. Prints the figures recorded in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ncdesk.io import package, sharing
from ncdesk.store.records.alerts import create_alert, take_step
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store


def _clock() -> dt.datetime:
    return dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)


def _setup(root: Path, alerts: int) -> tuple[Path, bytes, dict[str, Any], Path, str]:
    mx_folder, pl_folder = root / "Mexico", root / "Poland"
    with Store.open(mx_folder, clock=_clock) as mx:
        pass
    pl_folder.mkdir()
    shutil.copyfile(mx_folder / "ncdesk.sqlite3", pl_folder / "ncdesk.sqlite3")
    with (
        Store.open(mx_folder, load_reference=False, clock=_clock) as mx,
        Store.open(pl_folder, load_reference=False, clock=_clock) as pl,
    ):
        sharing.ensure_identity(mx, "Mexico — focal point")
        sharing.ensure_identity(pl, "Poland — focal point")
        sharing.add_card(mx, package.card_text(sharing.my_card(pl)), verified=True)
        sharing.add_card(pl, package.card_text(sharing.my_card(mx)), verified=True)
        states = [ref_id("state", c) for c in ("MNG", "TJK", "HUN", "KGZ", "ARM", "CHN", "IND")]
        one = ""
        for i in range(alerts):
            one = create_alert(
                mx,
                {"person_id": ref_id("person", "vladimir-putin"), "date": "2030-01-02", "reliability": "probable",
                 "source_description": f"bench {i}", "destinations": [states[i % 7], states[(i + 3) % 7]]},
                at=dt.date(2026, 11, 2),
            )  # fmt: skip
            take_step(mx, one, "verified", at=dt.date(2026, 11, 3))
        made = sharing.share(mx, ["Poland"], everything=True)
    return pl_folder, made.data, made.outgoing.body, mx_folder, one


def _receive(folder: Path, data: bytes) -> float:
    with Store.open(folder, load_reference=False, clock=_clock) as store:
        started = time.perf_counter()
        plan = sharing.preview(store, data)
        sharing.receive(store, plan)
        return time.perf_counter() - started


def _bare(folder: Path, body: dict[str, Any]) -> float:
    with Store.open(folder, load_reference=False, clock=_clock) as store:
        by_table: dict[str, list[dict[str, Any]]] = {}
        for rec in body["records"]:
            row = {"id": rec["id"], "origin": rec["origin"], "created_at": rec["created_at"],
                   "updated_at": rec["updated_at"], **{f: pair[0] for f, pair in rec["fields"].items()}}  # fmt: skip
            by_table.setdefault(rec["table"], []).append(row)
        conn = store.db.conn
        started = time.perf_counter()
        conn.execute("BEGIN")
        for table, rows in by_table.items():
            cols = list(rows[0])
            conn.executemany(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                [[r.get(c) for c in cols] for r in rows],
            )
        conn.execute("COMMIT")
        return time.perf_counter() - started


def _one_alert(mx_folder: Path, pl_folder: Path, alert: str, out: Path) -> float:
    started = time.perf_counter()
    with Store.open(mx_folder, load_reference=False, clock=_clock) as mx:
        made = sharing.share(mx, ["Poland"], only=[alert])
        path = sharing.write_package(mx, made, out)
    with Store.open(pl_folder, load_reference=False, clock=_clock) as pl:
        plan = sharing.preview(pl, sharing.read_file(path))
        sharing.receive(pl, plan)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--alerts", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ncdesk-bench-exchange-") as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        pl_template, data, body, mx_folder, alert = _setup(root, args.alerts)
        print(f"set-up: {len(body['records'])} records in a package of {len(data):,} bytes "
              f"({time.perf_counter() - t0:.1f} s)")  # fmt: skip
        times: dict[str, list[float]] = {"ncdesk": [], "baseline": []}
        runs: list[tuple[str, Callable[[Path], float]]] = [
            ("ncdesk", lambda f: _receive(f, data)),
            ("baseline", lambda f: _bare(f, body)),
        ]
        for n in range(args.repeat):
            for name, run in runs if n % 2 == 0 else runs[::-1]:
                folder = root / f"{name}-{n}"
                shutil.copytree(pl_template, folder)
                times[name].append(run(folder))
                shutil.rmtree(folder)
        ours, bare = statistics.median(times["ncdesk"]), statistics.median(times["baseline"])
        print(f"receive {len(body['records'])} records: ncdesk {ours:.2f} s, baseline (executemany) {bare:.2f} s, "
              f"ratio {ours / bare:.2f}× (target ≤ 2×)  runs: {times}")  # fmt: skip
        singles = []
        for n in range(args.repeat):
            folder = root / f"one-{n}"
            shutil.copytree(pl_template, folder)
            (root / "out").mkdir(exist_ok=True)
            singles.append(_one_alert(mx_folder, folder, alert, root / "out"))
        print(f"share + receive one alert (open both stores, seal, write, read, open, preview, apply): "
              f"{statistics.median(singles):.2f} s (target < 1 s)  runs: {singles}")  # fmt: skip


if __name__ == "__main__":
    main()
