"""No module reaches into another module's private names (``_x``): what is shared is
made public, so that a module's private helpers can change without breaking another."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Private names another module may use, with the reason (none today).
KNOWN: set[tuple[str, str]] = set()


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_uses(path: Path) -> list[str]:
    """``from cipcheck.m import _x`` and ``cipcheck.m._x`` / ``alias._x`` where the alias is
    a cipcheck module imported in this file."""
    tree = ast.parse(path.read_text("utf-8"))
    out, aliases = _imports(tree)
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and _private(node.attr)
                and isinstance(node.value, ast.Name) and node.value.id in aliases):
            out.append(f"{aliases[node.value.id]}.{node.attr}")
    return out


def _imports(tree: ast.AST) -> tuple[list[str], dict[str, str]]:
    """Private names imported from cipcheck, and the local names of what was imported."""
    private: list[str] = []
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("cipcheck"):
            for a in node.names:
                if _private(a.name):
                    private.append(f"{node.module}.{a.name}")
                else:
                    aliases[a.asname or a.name] = f"{node.module}.{a.name}"
        elif isinstance(node, ast.Import):
            aliases |= {a.asname or a.name.split(".")[0]: a.name for a in node.names
                        if a.name.startswith("cipcheck")}
    return private, aliases


def test_no_module_imports_another_modules_private_names() -> None:
    found = {(str(p.relative_to(ROOT)), name)
             for folder in ("src", "tests", "bench", "tools")
             for p in (ROOT / folder).rglob("*.py") for name in private_uses(p)}
    assert found <= KNOWN, sorted(found - KNOWN)


def test_the_scan_sees_a_private_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from cipcheck.segmenter import _numbered, segment\n"
                      "from cipcheck.readers import pdf\n"
                      "pdf._Line\n", "utf-8")
    assert private_uses(sample) == ["cipcheck.segmenter._numbered", "cipcheck.readers.pdf._Line"]
