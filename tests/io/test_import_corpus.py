"""Two corpora. Thousands of malformed files: each is rejected with our one error, naming the
file, and the database is left byte-for-byte as it was (NCDESK_TORTURE=1 runs ten times as
many). And tests/data/import/ (issue 22): files made the way delegates make them, each imported
with the mapping its expectation states and compared field by field with the records it must
give, each ambiguous one refused until answered (tests/data/import/make_corpus.py makes them)."""

from __future__ import annotations

import importlib.util
import json
import os
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ncdesk.io.import_plan import ImportPlan
from ncdesk.io.importing import ImportRejected, apply, import_file, preview
from ncdesk.io.tabular import COLUMNS, record_cells
from ncdesk.io.values import DAY_FIRST, IGNORED, MONTH_FIRST, Mapping
from ncdesk.store.file import engine
from ncdesk.store.records.queries import Resolver
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests.conftest import FixedClock
from tests.io.corpus import corpus
from tests.io.import_helpers import state

COUNT = 100_000 if os.environ.get("NCDESK_TORTURE") == "1" else 10_000


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory, reference_db: Path) -> Iterator[Store]:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "ncdesk.sqlite3").write_bytes(reference_db.read_bytes())
    store = Store.open(folder, clock=FixedClock(), load_reference=False)
    yield store
    store.close()


@pytest.mark.timeout(900)
def test_every_malformed_file_is_rejected_and_changes_nothing(shared: Store) -> None:
    before = state(shared)
    # A second connection sees PRAGMA data_version move when anyone commits.
    observer = engine.connect(shared.path, key=shared.key.sqlcipher if shared.key else None)
    version = observer.execute("PRAGMA data_version").fetchone()[0]
    seen: Counter[str] = Counter()
    slowest = (0.0, "")
    start = time.perf_counter()
    try:
        for case in corpus(COUNT):
            t = time.perf_counter()
            try:
                import_file(shared, Path(case.name), case.kind, data=case.data)
            except ImportRejected as exc:
                problems, message = exc.problems, str(exc)
            else:
                pytest.fail(f"{case.category} {case.name}: imported, should have been rejected")
            slowest = max(slowest, (time.perf_counter() - t, f"{case.category} {case.name}"))
            assert problems and all(p.file == case.name and p.message for p in problems), case
            assert message.startswith(f"import rejected: {case.name}")
            if case.where is not None:
                assert case.where in {(p.row, p.field) for p in problems}, (case, [p.line() for p in problems])
            assert not shared.db.conn.in_transaction, case
            assert observer.execute("PRAGMA data_version").fetchone()[0] == version, f"{case} committed"
            seen[case.category] += 1
    finally:
        observer.close()
    elapsed = time.perf_counter() - start
    print(f"\n{COUNT} malformed files in {elapsed:.1f} s; slowest {slowest[0]:.2f} s ({slowest[1]})")
    print(dict(seen))
    assert sum(seen.values()) == COUNT >= 10_000
    assert len(seen) == 18
    assert state(shared) == before


# --- the corpus of files people make (issue 22) ---------------------------------------------------

CORPUS = Path(__file__).resolve().parent.parent / "data" / "import"
EXPECTATIONS = sorted(CORPUS.glob("*.expect.json"))


def _expect(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def _params(only: str | None = None) -> list[Any]:
    params = []
    for path in EXPECTATIONS:
        expect = _expect(path)
        if only == "questions" and not expect["questions"]:
            continue
        params.append(pytest.param(expect["file"], id=expect["file"]))
    return params


def _file(name: str, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """The corpus file and its expectation; ncdesk's own templates made again by the current code."""
    expect = _expect(CORPUS / f"{name}.expect.json")
    if not expect["regenerate"]:
        return CORPUS / name, expect
    spec = importlib.util.spec_from_file_location("make_corpus", CORPUS / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build(name, tmp_path), expect


def _mapping(store: Store, spec: dict[str, Any] | None, leave_out: str | None = None) -> Any:
    """The expectation's answers as I2's Mapping: the one place that knows its constructor.
    *leave_out*: one answer not given ("dates", or a column header, a value's or a State's text)."""
    if spec is None:
        return None
    resolver = Resolver(store)
    # a header mapped to null is ignored (the command line's --map-column "Initials=")
    columns = {h: IGNORED if c is None else c for h, c in spec.get("columns", {}).items() if h != leave_out}
    values = {}
    for column, answers in spec.get("values", {}).items():
        for text, value in answers.items():
            if text == leave_out:
                continue
            kind = next(c for c in COLUMNS["travel_alert"] + COLUMNS["person"] if c.name == column)
            values[(column, text)] = resolver.resolve(kind.ref, value)["id"] if kind.ref else value
    states = {text: ref_id("state", iso) for text, iso in spec.get("states", {}).items() if text != leave_out}
    dates = None if leave_out == "dates" else spec.get("dates")
    return Mapping(
        columns=columns,
        values=values,
        states=states,
        dates=None if dates is None else (DAY_FIRST if dates == "day_first" else MONTH_FIRST),
    )


def _preview(store: Store, path: Path, expect: dict[str, Any], mapping: Any) -> ImportPlan:
    if mapping is None:
        return preview(store, path, expect["kind"])
    return preview(store, path, expect["kind"], mapping=mapping)


def _questions(plan: ImportPlan) -> list[Any]:
    return list(getattr(plan, "questions", []))


def _records(store: Store, plan: ImportPlan) -> list[dict[str, Any]]:
    """What the import added, as the expectations write it: ncdesk's export of each record."""
    out = []
    for section in plan.sections:
        names = [c.name for c in COLUMNS[section.kind]]
        for row in section.rows:
            assert row.action == "add" and row.record_id is not None, (section.title, row.number, row.action)
            record = store.get(section.kind, row.record_id)
            assert record is not None
            cells = dict(zip(names, record_cells(store, section.kind, record), strict=True))
            del cells["id"]
            out.append({"kind": section.kind, "sheet": section.title, "row": row.number, "values": cells})
    return out


@pytest.mark.parametrize("name", _params())
def test_each_file_of_the_corpus_gives_its_records(name: str, store: Store, tmp_path: Path) -> None:
    path, expect = _file(name, tmp_path)
    plan = _preview(store, path, expect, _mapping(store, expect["mapping"]))
    lines = [p.line() for p in plan.problems]
    if expect["refused"]:
        before = state(store)
        assert not plan.ok
        for wanted in expect["refused"]:
            assert any(
                p.row == wanted["row"]
                and (wanted["column"] is None or p.field == wanted["column"])
                and wanted["contains"] in p.message
                for p in plan.problems
            ), (wanted, lines)
        for words in expect["must_not_say"]:
            assert not any(words in line for line in lines), (words, lines)
        with pytest.raises(ImportRejected):
            apply(store, plan)
        assert state(store) == before
        return
    assert lines == [] and _questions(plan) == [] and plan.ok, (lines, _questions(plan))
    done = apply(store, plan)
    got = _records(store, done)
    wanted = [
        {**r, "values": {c.name: r["values"].get(c.name, "") for c in COLUMNS[r["kind"]] if c.name != "id"}}
        for r in expect["records"]
    ]
    assert [(r["kind"], r["sheet"], r["row"]) for r in got] == [(r["kind"], r["sheet"], r["row"]) for r in wanted]
    wrong = [
        (r["row"], column, value, w["values"][column])
        for r, w in zip(got, wanted, strict=True)
        for column, value in r["values"].items()
        if value != w["values"][column]
    ]
    assert wrong == [], "(row, column, imported, expected)"


def _asked(plan: ImportPlan, wanted: dict[str, Any]) -> bool:
    """Whether the plan asks *wanted*: the same text, and a place of it with the same row and column
    (and sheet, in a workbook)."""
    return any(
        q.text == wanted["text"]
        and any(
            (wanted["row"] is None or row == wanted["row"])
            and (wanted["column"] is None or column == wanted["column"] or q.column == wanted["column"])
            and (wanted["sheet"] is None or sheet == wanted["sheet"])
            for sheet, row, column in (q.places or [(None, None, None)])
        )
        for q in _questions(plan)
    )


@pytest.mark.parametrize("name", _params("questions"))
def test_each_ambiguous_file_is_refused_until_answered(name: str, store: Store, tmp_path: Path) -> None:
    path, expect = _file(name, tmp_path)
    before = state(store)
    plan = _preview(store, path, expect, None)
    assert not plan.ok
    for wanted in expect["questions"]:
        assert _asked(plan, wanted), (wanted, _questions(plan))
    with pytest.raises(ImportRejected):
        apply(store, plan)
    assert state(store) == before
    # each answer left out alone: still refused
    spec = expect["mapping"]
    answers = [
        *spec.get("columns", {}),
        *(t for m in spec.get("values", {}).values() for t in m),
        *spec.get("states", {}),
    ]
    if "dates" in spec:
        answers.append("dates")
    for left_out in answers:
        plan = _preview(store, path, expect, _mapping(store, spec, leave_out=left_out))
        assert not plan.ok and _questions(plan), left_out
    assert state(store) == before


def test_the_corpus_has_thirty_files_each_with_its_expectation() -> None:
    files = {p.name for p in CORPUS.iterdir() if not p.name.endswith(".expect.json") and p.name != "make_corpus.py"}
    expected = {_expect(p)["file"] for p in EXPECTATIONS}
    assert files == expected and len(files) >= 30
    for path in EXPECTATIONS:
        expect = _expect(path)
        assert expect["records"] or expect["refused"], path.name
        assert not expect["questions"] or expect["mapping"], path.name
