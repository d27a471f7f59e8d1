"""No import cycle between cipcheck's modules.

The graph is read from the source (AST), not by importing: an edge is an import that runs
when the module is loaded (its top level, class bodies, ``try``/``if`` blocks). Imports
inside functions run only when called, and ``if TYPE_CHECKING:`` blocks never run: they
are the accepted way to break a cycle and are left out. ``from pkg import name`` points
at ``pkg.name`` when that is a module, else at ``pkg``; the implicit import of a parent
package by its submodule is not an edge (every package's ``__init__`` would be a cycle).
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _module_names(root: Path, package: str) -> dict[str, Path]:
    names: dict[str, Path] = {}
    for path in (root / package).rglob("*.py"):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _load_time_imports(body: list[ast.stmt]) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue  # runs when called, not when the module loads
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            found += _load_time_imports(node.orelse)
        else:
            for field in ("body", "orelse", "finalbody", "handlers"):
                children = getattr(node, field, None)
                if isinstance(children, list):
                    stmts = [c for c in children if isinstance(c, ast.stmt)]
                    for handler in children:
                        if isinstance(handler, ast.ExceptHandler):
                            stmts += handler.body
                    found += _load_time_imports(stmts)
    return found


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    modules = _module_names(root, package)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in _load_time_imports(tree.body):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = name.split(".")
                    anchor = anchor if is_package else anchor[:-1]
                    anchor = anchor[: len(anchor) - (node.level - 1)]
                    base = ".".join(anchor + ([base] if base else []))
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base
                           for a in node.names]
            for target in targets:
                while target and target not in modules and "." in target:
                    target = target.rsplit(".", 1)[0]  # import a.b.c of a package a.b
                if target in modules and target != name:
                    graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:  # noqa: C901 - Tarjan's algorithm, kept whole
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return out


def test_cipcheck_has_no_import_cycle() -> None:
    graph = import_graph(SRC, "cipcheck")
    assert "cipcheck.batch.pool" in graph and "cipcheck.cli" in graph  # the tree was read
    assert cycles(graph) == []


def test_batch_and_cli_do_not_import_each_other() -> None:
    graph = import_graph(SRC, "cipcheck")
    assert not any(m.startswith("cipcheck.cli") for m in graph["cipcheck.batch"])
    assert all(not m.startswith("cipcheck.cli") for name, deps in graph.items()
               if name.startswith("cipcheck.batch") for m in deps)


def _package(tmp_path: Path, files: dict[str, str]) -> dict[str, set[str]]:
    for name, text in files.items():
        path = tmp_path / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return import_graph(tmp_path, "pkg")


def test_a_cycle_through_a_package_and_a_relative_import_is_found(tmp_path: Path) -> None:
    graph = _package(tmp_path, {
        "__init__.py": "",
        "a.py": "from pkg.sub import f\n",
        "sub/__init__.py": "from .helper import f\n",
        "sub/helper.py": "try:\n    import pkg.a\nexcept ImportError:\n    pass\n",
    })
    assert cycles(graph) == [["pkg.a", "pkg.sub", "pkg.sub.helper"]]


def test_lazy_and_type_checking_imports_are_not_edges(tmp_path: Path) -> None:
    graph = _package(tmp_path, {
        "__init__.py": "",
        "a.py": "import pkg.b\n",
        "b.py": ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.a\n"
                 "def f():\n    from pkg import a\n    return a\n"),
    })
    assert graph["pkg.a"] == {"pkg.b"} and graph["pkg.b"] == set()
    assert cycles(graph) == []
