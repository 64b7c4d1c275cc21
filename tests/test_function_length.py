"""Functions of a screen or less: no function of the server, the tools or the benchmarks is longer than
`SCREEN` lines (ARCHITECTURE.md). Read from the source (ast), never imported; the migrations' scripts
are history, written once and never changed, and are left out."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCREEN = 60  # lines, the decorator and docstring included
CHECKED = [ROOT / "server" / "armrest_server", ROOT / "tools", ROOT / "bench"]
HISTORY = ROOT / "server" / "armrest_server" / "store" / "migrations" / "versions"


def longer_than(limit: int, source: str, name: str) -> list[str]:
    """`name:function (lines)` for every function of `source` longer than `limit` lines."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            lines = (node.end_lineno or node.lineno) - first + 1
            if lines > limit:
                found.append(f"{name}:{node.name} ({lines} lines)")
    return found


def test_a_function_of_61_lines_is_found_and_one_of_60_is_not() -> None:
    def source(lines: int) -> str:
        return "def f():\n" + "    x = 1\n" * (lines - 1)

    assert longer_than(SCREEN, source(SCREEN + 1), "m.py") == [f"m.py:f ({SCREEN + 1} lines)"]
    assert longer_than(SCREEN, source(SCREEN), "m.py") == []


def test_no_function_is_longer_than_a_screen() -> None:
    files = [f for folder in CHECKED for f in sorted(folder.rglob("*.py")) if HISTORY not in f.parents]
    assert len(files) > 100  # the folders were found
    found = [
        long
        for f in files
        for long in longer_than(SCREEN, f.read_text(encoding="utf-8"), str(f.relative_to(ROOT)))
    ]
    assert found == []
