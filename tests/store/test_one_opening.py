"""One function connects to a database file (`engine.connect`), and every caller says why.

The user's database is opened for work only in `store/file/db.py`; the other callers open a
backup, a copy or a file being converted, each for a reason listed in CALLERS. A new call to
`engine.connect`, a new reason at a known call, or a driver imported anywhere else fails here:
add the caller to CALLERS only if it cannot go through `db` (and say why beside it)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import ncdesk
from ncdesk.store.file import engine
from ncdesk.store.file.engine import Opening

PACKAGE = Path(ncdesk.__file__).parent

# (module, function) -> the openings its call uses, and why it connects.
CALLERS: dict[tuple[str, str], set[str]] = {
    # The user's database: opened for work, read in a folder that cannot be written, read by a
    # second connection in another thread.
    ("ncdesk.store.file.db", "open_database"): {"WRITE"},
    ("ncdesk.store.file.db", "open_read_only"): {"READ", "READ_IMMUTABLE"},
    ("ncdesk.store.file.db", "open_reader"): {"READ", "READ_IMMUTABLE"},
    # A backup copy being written through SQLite's backup API, then checked.
    ("ncdesk.store.file.db", "backup_copy"): {"WRITE"},
    # A backup's test before it is listed or restored, never locking or changing it.
    ("ncdesk.store.file.backups", "_connect_ro"): {"READ_IMMUTABLE"},
    # The folder's database read, while the window may hold it, to tell which backups to keep.
    ("ncdesk.store.file.backups", "kept_now"): {"READ"},
    # Whether a key opens a file (the first page only), before it is used.
    ("ncdesk.store.file.crypto", "_opens_with"): {"READ_IMMUTABLE"},
    # A converted copy (encrypted or decrypted) compared with its source before it replaces it.
    ("ncdesk.store.file.conversion", "_check_copy"): {"READ"},
    # The source of a conversion, and of a damaged file's conversion, read while it is copied.
    ("ncdesk.store.file.encryption", "_convert_file"): {"READ"},
    ("ncdesk.store.file.encryption", "_convert_damaged"): {"READ"},
    # A converted file finished (the attachments' key written in it) before it is renamed.
    ("ncdesk.store.file.encryption", "_set_attachment_key"): {"WRITE"},
}
DRIVERS = ("sqlite3", "sqlcipher3")


def _modules() -> dict[str, ast.Module]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = ["ncdesk", *path.relative_to(PACKAGE).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = ast.parse(path.read_text(encoding="utf-8"))
    return out


def _openings(call: ast.Call) -> set[str]:
    """The Opening members named in the call's `opening=` (WRITE, the default, when absent): the
    reason is written at the call, not in a variable (which would give none here)."""
    for keyword in call.keywords:
        if keyword.arg == "opening":
            return {
                n.attr
                for n in ast.walk(keyword.value)
                if isinstance(n, ast.Attribute) and n.attr in Opening.__members__
            }
    return {"WRITE"}


def connect_calls(tree: ast.Module) -> dict[str, set[str]]:
    """The functions of *tree* that call `engine.connect`, with the openings they use."""
    found: dict[str, set[str]] = {}

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else function
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "connect"
                and isinstance(child.func.value, ast.Name)
                and child.func.value.id == "engine"
            ):
                found.setdefault(inner, set()).update(_openings(child))
            visit(child, inner)

    visit(tree, "<module>")
    return found


def drivers_and_bare_connects(name: str, tree: ast.Module) -> list[str]:
    """Imports of a database driver, or of `connect` itself from engine, in module *name*."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [f"{name} imports {a.name}" for a in node.names if a.name.split(".")[0] in DRIVERS]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in DRIVERS:
                out.append(f"{name} imports from {node.module}")
            if node.module.endswith("engine") and any(a.name == "connect" for a in node.names):
                out.append(f"{name} imports connect from {node.module}")
    return out


def test_every_connection_is_made_by_a_known_caller_for_its_reason() -> None:
    found = {
        (name, function): openings
        for name, tree in _modules().items()
        for function, openings in connect_calls(tree).items()
    }
    assert found == CALLERS


def test_no_module_but_the_engine_imports_a_driver() -> None:
    leaks = [
        line
        for name, tree in _modules().items()
        if name != engine.__name__
        for line in drivers_and_bare_connects(name, tree)
    ]
    assert leaks == []


def test_the_checks_find_a_new_caller_and_a_driver() -> None:
    """The two checks above would fail on a module that has what they look for."""
    tree = ast.parse(
        "import sqlite3\n"
        "from ncdesk.store.file.engine import connect\n"
        "def peek(p):\n"
        "    return engine.connect(p, opening=engine.Opening.READ)\n"
        "def write(p):\n"
        "    return engine.connect(p)\n"
    )
    assert connect_calls(tree) == {"peek": {"READ"}, "write": {"WRITE"}}
    assert drivers_and_bare_connects("ncdesk.io.x", tree) == [
        "ncdesk.io.x imports sqlite3",
        "ncdesk.io.x imports connect from ncdesk.store.file.engine",
    ]


# --- what each opening does --------------------------------------------------------------------


@pytest.fixture
def wal_file(tmp_path: Path) -> Path:
    """A WAL database in a folder whose name SQLite's URIs must escape, closed cleanly."""
    folder = tmp_path / "a #1 ?folder% é"
    folder.mkdir()
    path = folder / "x.sqlite3"
    conn = engine.connect(path, opening=Opening.WRITE)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t(v)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("opening", [Opening.READ, Opening.READ_IMMUTABLE])
def test_a_reading_opening_reads_and_cannot_write(wal_file: Path, opening: Opening) -> None:
    conn = engine.connect(wal_file, opening=opening)
    try:
        assert conn.execute("SELECT v FROM t").fetchall() == [(1,)]
        with pytest.raises(engine.OperationalError, match="readonly"):
            conn.execute("INSERT INTO t VALUES (2)")
    finally:
        conn.close()


def test_an_immutable_opening_creates_nothing_beside_the_file(wal_file: Path) -> None:
    before = sorted(p.name for p in wal_file.parent.iterdir())
    conn = engine.connect(wal_file, opening=Opening.READ_IMMUTABLE)
    try:
        assert conn.execute("SELECT count(*) FROM t").fetchone() == (1,)
        assert sorted(p.name for p in wal_file.parent.iterdir()) == before == ["x.sqlite3"]
    finally:
        conn.close()


def test_a_writing_opening_writes(wal_file: Path) -> None:
    conn = engine.connect(wal_file, opening=Opening.WRITE)
    try:
        conn.execute("INSERT INTO t VALUES (2)")
        conn.commit()
    finally:
        conn.close()
    reader = engine.connect(wal_file, opening=Opening.READ_IMMUTABLE)
    try:
        assert reader.execute("SELECT count(*) FROM t").fetchone() == (2,)
    finally:
        reader.close()
