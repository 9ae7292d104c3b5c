"""Imports point down: cli -> ingress, scheduler -> jobs -> db -> worker (the runtime: settings, broker,
middleware, logging). Checked on every import statement, nested ones included."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "worker": {"db", "jobs", "scheduler", "ingress", "cli"},
    "db": {"jobs", "scheduler", "ingress", "cli"},
    "jobs": {"scheduler", "ingress", "cli"},
    "ingress": {"cli"},
    "scheduler": {"cli", "ingress"},
}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_point_down(package: str) -> None:
    upward = {
        str(path.relative_to(ROOT)): sorted(_imports(path) & FORBIDDEN[package])
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
    }
    assert {p: up for p, up in upward.items() if up} == {}
