"""The in-process measurements, each against its baseline on the same data, interleaved.

    python -m benchmarks.session DATA_DIR MANIFEST REPEAT IMPORT_ROWS [ITEM...]

Runs in a process of its own (one per scale, over a copy of the generated store), with the
main window built over the store as `ncdesk` builds it. Prints one JSON object: for each item,
the times (seconds) of ncdesk and of its baseline, repetition by repetition.
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTextBrowser  # noqa: E402

from benchmarks.generator import Manifest  # noqa: E402

Times = dict[str, list[float]]

# What a delegate types in the global search (the last keystroke of each is measured).
SEARCHES = ["hungary", "bashir", "päivi", "ICC-02/05-01/09", "putin mongolia", "Ngaïssona", "عمر"]
FILTERS = ["hungary", "kaukoranta", "2025"]


def _clock(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def interleave(repeat: int, subject: Callable[[int], object], baseline: Callable[[int], object]) -> Times:
    """Both, *repeat* times, alternating which goes first."""
    out: Times = {"ncdesk": [], "baseline": []}
    for i in range(repeat):
        pair = [("ncdesk", subject), ("baseline", baseline)]
        if i % 2:
            pair.reverse()
        for name, fn in pair:
            gc.collect()
            out[name].append(_clock(lambda fn=fn, i=i: fn(i)))  # type: ignore[misc]
    return out


class Session:
    def __init__(self, folder: Path, manifest: Manifest, repeat: int, import_rows: int = 10_000) -> None:
        from ncdesk.store.file import engine
        from ncdesk.store.store import Store
        from ncdesk.ui.fonts import default_font, load_fonts
        from ncdesk.ui.mainwindow import MainWindow
        from ncdesk.ui.prompts import Prompter

        self.app = QApplication.instance() or QApplication(["ncdesk-bench"])
        if load_fonts():
            self.app.setFont(default_font())  # type: ignore[union-attr]
        self.folder = folder
        self.manifest = manifest
        self.repeat = repeat
        self.import_rows = import_rows
        self.tmp = Path(tempfile.mkdtemp(prefix="ncdesk-bench-"))
        self.store = Store.open(folder, program="the benchmarks")
        settings = QSettings(str(self.tmp / "settings.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.store, Prompter(), settings)
        self.window.backup_timer.stop()
        self.window.show()
        self.app.processEvents()
        # The baselines' own connection: the same SQLite library ncdesk uses (two SQLite
        # libraries in one process break each other's locks).
        self.raw = engine.connect(self.store.path)

    def flush(self) -> None:
        """Until what was asked is on screen: the events delivered, and the work the window ran
        in its workers (a long table's sort or filter, the dashboard) done and shown. It waits in
        Qt's event loop, as the window does (a polling loop would take Python's lock from the
        worker, slowing it)."""
        from PySide6.QtCore import QEventLoop

        self.app.processEvents()
        operations = getattr(self.window, "operations", None)
        while operations is not None and operations.busy():
            loop = QEventLoop()
            operations.finished.connect(loop.quit)
            loop.exec()
            operations.finished.disconnect(loop.quit)
        self.app.processEvents()

    def close(self) -> None:
        self.raw.close()
        self.window.backup_timer.stop()
        self.window.hide()
        self.store.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    # -- the items ---------------------------------------------------------------------------

    def search(self) -> Times:
        """A search keystroke to results shown (the dialog's 60 ms debounce not counted)."""
        from ncdesk.store.file import fts

        dialog = self.window.search
        dialog.open_search("")
        self.flush()
        queries = [q for q in SEARCHES]
        out: Times = {"ncdesk": [], "baseline": []}
        for q in queries:
            match = fts.match_expression(q)

            def subject(_: int, q: str = q) -> None:
                dialog.edit.setText(q)
                dialog.run_search()
                self.flush()

            def baseline(_: int, match: str | None = match) -> None:
                self.raw.execute(
                    "SELECT kind, record_id, title FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 80",
                    [match],
                ).fetchall()

            def reset(_: int, q: str = q) -> None:
                dialog.edit.setText(q[:-1])
                dialog.run_search()
                self.flush()

            for i in range(self.repeat):
                reset(i)  # the text before the last keystroke, untimed
                times = interleave(1, subject, baseline)
                out["ncdesk"] += times["ncdesk"]
                out["baseline"] += times["baseline"]
        dialog.hide()
        # The same searches through the store alone (no drawing): what the ratio owes to Qt's
        # painting of the result list, which the raw query does not do.
        alone = []
        for q in queries:
            for _ in range(self.repeat):
                alone.append(_clock(lambda q=q: self.store.search(q, limit=80, snippets=False)))
        self.extra["search_query_only_ms"] = round(statistics.median(alone) * 1000, 2)
        return out

    def open_state(self) -> Times:
        """Opening the State with ~1,000 linked records: detail pane and chronology shown."""
        state_id = self.manifest.hub_state["id"]
        window = self.window
        other = self.raw.execute("SELECT id FROM state WHERE iso3 = 'ISL'").fetchone()[0]
        browser = QTextBrowser()
        browser.resize(520, 800)
        browser.show()

        def subject(_: int) -> None:
            window.open_record("state", state_id)
            self.flush()

        def baseline(_: int) -> None:
            rows = self.raw.execute(
                "SELECT 'alert', a.date_text, a.title FROM alert_destination d "
                "JOIN travel_alert a ON a.id = d.alert_id WHERE d.state_id = ?1 "
                "UNION ALL SELECT 'letter', x.date, x.subject FROM letter x WHERE x.state_id = ?1 "
                "UNION ALL SELECT 'finding', f.date, f.title FROM finding f WHERE f.state_id = ?1 "
                "UNION ALL SELECT 'activity', v.date_from, v.title FROM activity_state s JOIN activity v "
                "ON v.id = s.activity_id WHERE s.state_id = ?1 ORDER BY 2",
                [state_id],
            ).fetchall()
            items = "".join(f"<li><a href='x:{k}'>{t}</a> {d}</li>" for k, d, t in rows)
            browser.setHtml(f"<h2>State</h2><ul>{items}</ul>")
            self.flush()

        def between(i: int) -> None:
            window.open_record("state", other)
            browser.clear()
            self.flush()

        out: Times = {"ncdesk": [], "baseline": []}
        for i in range(self.repeat):
            between(i)
            times = interleave(1, subject, baseline)
            out["ncdesk"] += times["ncdesk"]
            out["baseline"] += times["baseline"]
        self.extra["state_links"] = self.manifest.hub_state.get("links")
        self.extra["state_chronology"] = len(window.detail.current.chronology) if window.detail.current else 0
        browser.close()
        return out

    def _alerts_view(self) -> Any:
        self.window.show_view("alerts")
        self.flush()
        return self.window.views["alerts"]

    def _bare_rows(self) -> list[tuple[Any, ...]]:
        return self.raw.execute(
            "SELECT a.date_from, p.name, a.status, a.outcome, a.reliability, a.received_at FROM travel_alert a "
            "LEFT JOIN person p ON p.id = a.person_id WHERE a.deleted_at IS NULL"
        ).fetchall()

    def sort(self) -> Times:
        """Sorting the 100,000-row alerts table by a column (each column in turn)."""
        view = self._alerts_view()
        columns = view.model.columnCount()
        rows = self._bare_rows()
        bare_columns = {0: 0, 1: 1, 3: 2, 4: 3, 6: 4, 7: 5}  # ncdesk column -> bare row field

        out: Times = {"ncdesk": [], "baseline": []}
        for i in range(self.repeat):
            for col in range(columns):
                order = Qt.SortOrder.DescendingOrder if i % 2 else Qt.SortOrder.AscendingOrder

                def subject(_: int, col: int = col, order: Qt.SortOrder = order) -> None:
                    view.table.sortByColumn(col, order)
                    self.flush()

                field = bare_columns.get(col, 1)

                def baseline(_: int, field: int = field, order: Qt.SortOrder = order) -> None:
                    rows.sort(
                        key=lambda r: (r[field] is None, r[field] or ""),
                        reverse=order == Qt.SortOrder.DescendingOrder,
                    )

                times = interleave(1, subject, baseline)
                out["ncdesk"] += times["ncdesk"]
                out["baseline"] += times["baseline"]
        self.extra["sort_by_column"] = self._per_column(view, columns)
        view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.flush()
        return out

    def _per_column(self, view: Any, columns: int) -> dict[str, float]:
        """The median time of sorting by each column (to see which one is slow)."""
        out = {}
        for col in range(columns):
            times = []
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                times.append(_clock(lambda order=order, col=col: (view.table.sortByColumn(col, order), self.flush())))
            out[view.model.keys()[col]] = round(sorted(times)[len(times) // 2] * 1000, 1)
        return out

    def filter(self) -> Times:
        """Filtering the alerts table as you type (the 120 ms debounce not counted)."""
        from ncdesk.store.file import fts

        view = self._alerts_view()
        out: Times = {"ncdesk": [], "baseline": []}
        for _ in range(self.repeat):
            for text in FILTERS:
                match = fts.match_expression(text)

                def subject(_: int, text: str = text) -> None:
                    view.filter_edit.setText(text)
                    view._apply_text()
                    self.flush()

                def baseline(_: int, match: str | None = match) -> None:
                    self.raw.execute(
                        "SELECT record_id FROM search_index WHERE search_index MATCH ? AND kind = 'travel_alert'",
                        [match],
                    ).fetchall()

                times = interleave(1, subject, baseline)
                out["ncdesk"] += times["ncdesk"]
                out["baseline"] += times["baseline"]
                view.filter_edit.setText("")
                view._apply_text()
                self.flush()
        return out

    def _job(self, *args: str) -> float:
        """One cold measurement in a fresh process (benchmarks/pdfjob.py): its own time of the work."""
        import subprocess

        done = subprocess.run(  # noqa: S603 - our interpreter, our module
            [sys.executable, "-m", "benchmarks.pdfjob", *args], capture_output=True, check=True, text=True
        )
        return float(json.loads(done.stdout.strip().splitlines()[-1])["seconds"])

    def _pdf_pair(self, name: str, kind: str, ref: str, build: Callable[[], list[Any]], pack_title: str = "") -> Times:
        """ncdesk's export against a bare typst.compile of the same template and data, each cold in a
        process of its own, interleaved; the note's building from the database (part of ncdesk's
        time) is also timed alone, in this process."""
        from ncdesk.io.briefing.model import ExportOptions
        from ncdesk.io.briefing.pdf import document_data
        from ncdesk.io.briefing.templates import load_template

        template = load_template(self.store.folder)
        built = [_clock(build) for _ in range(self.repeat)]
        data = document_data(build(), ExportOptions(), template, pack_title)
        data_file = self.tmp / f"{name}.json"
        data_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        out: Times = {"ncdesk": [], "baseline": []}
        for i in range(self.repeat):
            mine = ("ncdesk", str(self.store.folder), kind, ref, str(self.tmp / f"{name}-{i}.pdf"))
            bare = ("bare", str(template.typst_path()), str(data_file), str(self.tmp / f"{name}-bare-{i}.pdf"))
            pair = [("ncdesk", mine), ("baseline", bare)]
            if i % 2:
                pair.reverse()
            for side, args in pair:
                out[side].append(self._job(*args))
        self.extra[f"{name}_pages"] = _pages(self.tmp / f"{name}-0.pdf")
        self.extra[f"{name}_build_ms"] = round(statistics.median(built) * 1000, 1)
        self.extra[f"{name}_data_chars"] = data_file.stat().st_size
        return out

    def _note(self, kind: str, record_id: str) -> Times:
        from ncdesk.io.briefing.notes import build_note
        from ncdesk.io.briefing.templates import load_template

        template = load_template(self.store.folder)
        return self._pdf_pair(f"{kind}_note", kind, record_id, lambda: [build_note(self.store, kind, record_id, None,
                                                                                   template)])  # fmt: skip

    def state_pdf(self) -> Times:
        return self._note("state", self.manifest.hub_state["id"])

    def person_pdf(self) -> Times:
        return self._note("person", self.manifest.hub_person["id"])

    def pack_pdf(self) -> Times:
        """A meeting pack of the hub State's and the hub person's notes."""
        from ncdesk.io.briefing.notes import build_note
        from ncdesk.io.briefing.templates import load_template

        refs = [("state", self.manifest.hub_state["id"]), ("person", self.manifest.hub_person["id"])]
        template = load_template(self.store.folder)
        ref = ",".join(f"{k}:{r}" for k, r in refs)

        def build() -> list[Any]:
            return [build_note(self.store, k, r, None, template) for k, r in refs]

        return self._pdf_pair("pack", "pack", ref, build, template.word("meeting_pack"))

    def report(self) -> Times:
        """The Bureau's report for the year (draft, PDF)."""
        from ncdesk.io.briefing.report import build_report
        from ncdesk.io.briefing.templates import load_template

        start, end = (dt.date.fromisoformat(d) for d in self.manifest.report_period)
        template = load_template(self.store.folder)
        return self._pdf_pair("report", "report", ",".join(self.manifest.report_period),
                              lambda: [build_report(self.store, start, end, None, template)])  # fmt: skip

    def backup(self) -> Times:
        """Back up now (File ▸ Back up now: the backup API, the copy checked, renamed into place)
        against SQLite's backup API alone."""
        from ncdesk.store.file import backups, engine

        def subject(i: int) -> None:
            backups.make_backup(self.store, "manual")

        def baseline(i: int) -> None:
            dest = engine.connect(self.tmp / f"raw-backup-{i}.sqlite3")
            self.raw.backup(dest)
            dest.close()

        out = interleave(self.repeat, subject, baseline)
        for path in list(self.tmp.glob("raw-backup-*")) + list((self.folder / "backups").glob("*")):
            path.unlink()
        return out

    def import_alerts(self) -> Times:
        """Importing 10,000 travel alerts from CSV (preview, then apply), each time into a fresh
        copy of the store, against reading the same file and inserting its rows raw."""
        from ncdesk.io import importing
        from ncdesk.store.file import engine
        from ncdesk.store.store import Store

        rows = alert_rows(self.raw, self.import_rows)
        self.extra["import_rows"] = len(rows)
        source = self.tmp / "alerts.csv"
        write_csv(source, rows)
        copies = self.tmp / "copies"

        def fresh(i: int, who: str) -> Path:
            folder = copies / f"{who}-{i}"
            folder.mkdir(parents=True)
            self.raw.execute("PRAGMA wal_checkpoint(FULL)")
            shutil.copyfile(self.store.path, folder / "ncdesk.sqlite3")
            return folder

        times: Times = {"ncdesk": [], "baseline": []}
        for i in range(self.repeat):
            order = ["ncdesk", "baseline"] if i % 2 == 0 else ["baseline", "ncdesk"]
            for who in order:
                folder = fresh(i, who)
                gc.collect()
                if who == "ncdesk":
                    store = Store.open(folder, program="the benchmarks")
                    started = time.perf_counter()
                    plan = importing.import_file(store, source, "travel_alert")
                    times[who].append(time.perf_counter() - started)
                    assert plan.total() == len(rows), plan.summary()
                    store.close()
                else:
                    conn = engine.connect(folder / "ncdesk.sqlite3")
                    started = time.perf_counter()
                    raw_import(conn, source)
                    times[who].append(time.perf_counter() - started)
                    conn.close()
                shutil.rmtree(folder)
        return times

    def run(self, items: list[str]) -> dict[str, Any]:
        self.extra: dict[str, Any] = {}
        results: dict[str, Any] = {}
        for item in items:
            results[item] = getattr(self, item)()
        return {"items": results, "extra": self.extra}


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


# --- the CSV of the import benchmark ---------------------------------------------------------------


def alert_rows(conn: Any, n: int) -> list[dict[str, str]]:
    """*n* new alerts, as a delegate's spreadsheet has them: persons and States by name."""
    import json
    import random

    from ncdesk.core.text import loose

    rng = random.Random(9)
    # Persons a name finds alone: a name that is also another person's alias (the docket's
    # "Mathieu Ngudjolo") is rightly asked about, as a delegate would be.
    said: dict[str, int] = {}
    named = conn.execute("SELECT name, aliases FROM person WHERE deleted_at IS NULL ORDER BY name").fetchall()
    for name, aliases in named:
        for text in {loose(name), *(loose(a) for a in json.loads(aliases or "[]"))}:
            said[text] = said.get(text, 0) + 1
    persons = [name for name, _ in named if said[loose(name)] == 1]
    # States a name finds alone: "Congo" is asked (which of the two?), as a delegate would be.
    from ncdesk.io.values import shared_state_name

    states = [r[0] for r in conn.execute("SELECT name FROM state ORDER BY name") if not shared_state_name(r[0])]
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]  # fmt: skip
    rows, seen = [], set()
    while len(rows) < n:
        i = len(rows)
        year = 2027 + i % 3
        month = months[rng.randrange(12)]
        day = rng.randint(1, 25)
        dates = f"{day}–{day + rng.randint(1, 3)} {month} {year}" if rng.random() < 0.6 else f"{month} {year}"
        person = rng.choice(persons)
        places = list(dict.fromkeys(rng.choice(states) for _ in range(rng.choice([1, 1, 2]))))
        where = "; ".join(places)
        # The importer rightly refuses a duplicate: the same person in a State on overlapping days
        # (any two alerts of one person in one month are taken to overlap).
        if any((person, place, month, year) in seen for place in places):
            continue
        seen.update((person, place, month, year) for place in places)
        rows.append(
            {
                "Person": person,
                "Destinations": where,
                "Dates": dates,
                "Purpose": rng.choice(["Official visit", "Regional summit", "Private visit", "Medical treatment"]),
                "Source of the information": rng.choice(["Press reports", "Information from a State Party"]),
                "Reliability": rng.choice(["probable", "possible", "confirmed"]),
                "Received on": f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}",
                "Notes": f"Imported row {i + 1}",
            }
        )
    return rows


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def raw_import(conn: Any, path: Path) -> None:
    """The baseline: read the CSV and insert its rows (alerts and destinations), names looked up
    in dictionaries, no checks, one transaction."""
    import uuid

    persons = {name: pid for pid, name in conn.execute("SELECT id, name FROM person")}
    states = {name: sid for sid, name in conn.execute("SELECT id, name FROM state")}
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    alerts, dests = [], []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            aid = str(uuid.uuid4())
            alerts.append((aid, persons[row["Person"]], row["Dates"], row["Purpose"], row["Notes"], now, now))
            for name in row["Destinations"].split("; "):
                dests.append((str(uuid.uuid4()), aid, states[name], now, now))
    with conn:
        conn.executemany(
            "INSERT INTO travel_alert(id, person_id, date_text, purpose, notes, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            alerts,
        )
        conn.executemany(
            "INSERT INTO alert_destination(id, alert_id, state_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            dests,
        )


def main() -> int:
    folder, manifest_path, repeat, import_rows = (
        Path(sys.argv[1]),
        Path(sys.argv[2]),
        int(sys.argv[3]),
        int(sys.argv[4]),
    )
    items = sys.argv[5:]
    session = Session(folder, Manifest.load(manifest_path), repeat, import_rows)
    try:
        out = session.run(items)
    finally:
        session.close()
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
