"""The benchmarks keep working (benchmarks/run at 1×, one quick repetition): every row of the
table is printed. No timing is asserted here; the numbers are in benchmarks/RESULTS.md."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generator import Manifest, generate
from benchmarks.runner import ITEMS

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.timeout(600)
def test_the_benchmark_prints_every_row(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NCDESK_")}
    env.update(NCDESK_BENCH_CACHE=str(tmp_path / "cache"), QT_QPA_PLATFORM="offscreen", PYTHON=sys.executable)
    done = subprocess.run(
        [str(ROOT / "benchmarks" / "run"), "--scale", "1", "--quick", "--quiet"],
        capture_output=True,
        text=True,
        env=env,
        timeout=580,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    table = done.stdout
    assert "machine: " in table
    assert "1x: 10,000 alerts, 2,000 letters, 500 findings" in table
    for item in ITEMS:
        assert f"| {item.label} |" in table, item.label
    assert "Longest freeze per action" in table
    assert "| start (first paint) |" in table and "| back up now (Ctrl+Shift+K) |" in table
    assert not any((tmp_path / "cache").glob("work-*")), "the working copies are removed"


def test_the_generator_is_deterministic(tmp_path: Path) -> None:
    first = generate(tmp_path / "a", 0.02, quiet=True)
    second = generate(tmp_path / "b", 0.02, quiet=True)
    assert first.counts == second.counts and first.counts["travel_alert"] == 200
    assert (first.hub_state, first.hub_person) == (second.hub_state, second.hub_person)
    assert Manifest.load(tmp_path / "a" / "manifest.json").counts == first.counts
    from tests import encrypted_mode

    rows = []
    for folder in ("a", "b"):
        # keyed with the suite's passphrase in its encrypted mode (the generator's Store.open is encrypted there)
        conn = encrypted_mode.connect(tmp_path / folder / "ncdesk.sqlite3", read_only=True)
        rows.append(conn.execute("SELECT id, person_id, date_text, status FROM travel_alert ORDER BY id").fetchall())
        conn.close()
    assert rows[0] == rows[1]
    assert any("–" in r[2] for r in rows[0])  # dates as delegates write them ("3–6 April 2025")
