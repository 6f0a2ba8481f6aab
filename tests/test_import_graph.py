"""The import graph of ncdesk/: no cycles, and no layer importing one above it.

Every import counts, at module level or inside a function (an import hidden in a function is
still a dependency); only `if TYPE_CHECKING:` imports, which never run, are left out. The layers,
lowest first: core < paths (the folders) < store < io < ui, cli < app < __main__; ui and cli
are side by side and do not import each other (the command line opens the window through a
function `app` passes it).

Inside the store the same holds, lowest first: `store/file/` (the database file: opening, keys,
copies, migrations, what the file keeps by triggers) < the modules left in `store/` (the `Store`
object, the clock, the reference releases) < `store/records/` (the records, through a Store)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import ncdesk

PACKAGE = Path(ncdesk.__file__).parent
# A module's layer is its first name under ncdesk; the rank says what it may import: its own layer
# or a lower one (ui and cli share a rank: neither imports the other).
RANK = {"core": 0, "paths": 1, "store": 2, "io": 3, "ui": 4, "cli": 4, "app": 5, "__main__": 6}
# Inside the store: a module's part is its sub-package (or "" for a module left in store/ itself).
STORE_RANK = {"file": 0, "": 1, "records": 2}


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = ["ncdesk", *path.relative_to(PACKAGE).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, with_types: bool = False) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _type_checking(node) and not with_types:
            for other in node.orelse:
                yield from _imports(ast.Module(body=[other], type_ignores=[]))
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        yield from _imports(node, with_types)


def imported(name: str, path: Path, known: dict[str, Path], with_types: bool = False) -> set[str]:
    """The ncdesk modules *name* imports (a name imported from a package counts as its submodule
    when there is one)."""
    out = set()
    for node in _imports(ast.parse(path.read_text(encoding="utf-8")), with_types):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            if node.level:
                base = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            targets = [f"{module}.{a.name}" if f"{module}.{a.name}" in known else module for a in node.names]
        for target in targets:
            while target not in known and "." in target:
                target = target.rsplit(".", 1)[0]
            if target in known and target != name:
                out.add(target)
    return out


def graph(with_types: bool = False) -> dict[str, set[str]]:
    """The imports that run; *with_types*, those under `if TYPE_CHECKING:` too."""
    known = modules()
    return {name: imported(name, path, known, with_types) for name, path in known.items()}


def _layer(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else None


def _store_part(name: str) -> str | None:
    """The part of the store a module is in: its sub-package, or "" for one of store/ itself (None
    outside the store)."""
    parts = name.split(".")
    if parts[:2] != ["ncdesk", "store"]:
        return None
    return parts[2] if parts[3:] else ""  # ncdesk.store.<package>.<module>


def leaks(edges: dict[str, set[str]]) -> list[str]:
    out = []
    for name, targets in sorted(edges.items()):
        here = _layer(name)
        for target in sorted(targets):
            there = _layer(target)
            if here is None or there is None:
                continue
            if RANK[there] > RANK[here] or (RANK[there] == RANK[here] and there != here):
                out.append(f"{name} ({here}) imports {target} ({there})")
            inner, other = _store_part(name), _store_part(target)
            if inner is not None and other is not None and STORE_RANK[other] > STORE_RANK[inner]:
                out.append(f"{name} (store/{inner or '.'}) imports {target} (store/{other or '.'})")
    return out


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_every_module_has_a_layer() -> None:
    assert {_layer(name) for name in modules()} - {None} <= set(RANK)
    assert {_store_part(name) for name in modules()} - {None} == set(STORE_RANK)


def test_the_graph_sees_imports_inside_functions_and_skips_type_checking_ones() -> None:
    edges = graph()
    assert "ncdesk.core.text" in edges["ncdesk.store.file.errors"]  # module level
    assert "ncdesk.store.store" not in edges["ncdesk.store.file.history"]  # under TYPE_CHECKING only
    assert "ncdesk.cli" in edges["ncdesk.app"]  # inside app.main only


def test_the_checks_find_a_cycle_and_a_leak() -> None:
    """The two checks below would fail on a graph that has what they look for."""
    made_up = {
        "ncdesk.core.a": {"ncdesk.store.b"},
        "ncdesk.store.b": {"ncdesk.store.c"},
        "ncdesk.store.c": {"ncdesk.store.b"},
        "ncdesk.ui.d": {"ncdesk.cli"},
        "ncdesk.cli": set(),
        "ncdesk.store.file.e": {"ncdesk.store.store"},
        "ncdesk.store.store": {"ncdesk.store.records.f"},
        "ncdesk.store.records.f": set(),
    }
    assert cycles(made_up) == [["ncdesk.store.b", "ncdesk.store.c"]]
    assert leaks(made_up) == [
        "ncdesk.core.a (core) imports ncdesk.store.b (store)",
        "ncdesk.store.file.e (store/file) imports ncdesk.store.store (store/.)",
        "ncdesk.store.store (store/.) imports ncdesk.store.records.f (store/records)",
        "ncdesk.ui.d (ui) imports ncdesk.cli (cli)",
    ]


def test_no_import_cycles() -> None:
    assert cycles(graph()) == []


def test_no_layer_imports_a_higher_one() -> None:
    assert leaks(graph()) == []


# Counting the imports made for types only as well. The store/file modules take an `OpenStore`
# (store/file/opened.py) and the restore dialog an `Asks` (ui/safety.py): protocols, not the Store
# and the Prompter above them. One cycle is left, known: the window's action modules name the
# `MainWindow` that builds them, for the types of its ~50 members they use (a protocol of those
# members is what would remove it).
KNOWN_TYPE_ONLY_CYCLE = {"ncdesk.ui.mainwindow"} | {
    f"ncdesk.ui.actions.{m}" for m in ("alerts", "backups", "briefs", "exchange", "files", "records", "security")
}


def test_counting_imports_for_types_the_only_cycle_is_the_windows_actions() -> None:
    assert [set(c) for c in cycles(graph(with_types=True))] == [KNOWN_TYPE_ONLY_CYCLE]
    assert leaks(graph(with_types=True)) == []
