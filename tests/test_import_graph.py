"""No import circles among our modules (the server's, armrest_server; the stage scripts', tools; the
benchmarks', bench), and the server's layers as ARCHITECTURE.md draws them.

A circle is a chain of imports that comes back to where it started. Every import counts: at the top of
a module, inside a function, and under `if TYPE_CHECKING:` (a type-only import still says the two
modules need each other, and a function-local one only hides it). The graph comes from grimp, which
reads the source without importing it. A circle is broken by moving the piece both modules share into
the lower one (or into a new module below both), not by hiding an import in a function.
"""

from __future__ import annotations

from pathlib import Path

import grimp
import pytest

PACKAGES = ("armrest_server", "tools", "bench")
# The server's layers, top to bottom (ARCHITECTURE.md): a module imports from its own part or from rows
# below its own, never from a row above or from another part of its row. A part is a module or package
# of armrest_server; the longest part that holds a module places it (http/problems.py and
# http/compiler.py lie below the rest of http/, which every layer may answer a problem with).
LAYERS = (
    ("cli",),
    ("app", "proxy"),
    ("demo",),
    ("token_endpoint", "idempotency", "api"),
    ("services",),
    ("http", "worker", "protocol"),
    ("auth",),
    ("revocations", "throttle"),
    ("usecases",),
    ("domain",),
    ("store",),
    ("clock", "settings", "faults", "logs", "http.problems"),
    ("bounds",),
    ("http.compiler",),
)
# Parts that reach nothing of some others, directly or through any module between, even where LAYERS
# would let them: `armrest worker` runs the batch queue without the HTTP app, so worker/ reaches
# nothing of api/ or http/ (not even http/problems.py, which the layers let every part use).
APART = {"worker": ("api", "http")}


def import_cycles(*packages: str) -> list[str]:
    """Each circle among the modules of `packages` once, the shortest through each of its imports, as
    `a:LINE -> b:LINE -> a`: a module and the line of its import of the next."""
    graph = grimp.build_graph(*packages, cache_dir=None)  # no cache folder written into the work tree
    found: set[tuple[str, ...]] = set()
    for importer in graph.modules:
        for imported in graph.find_modules_directly_imported_by(importer):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back is not None:
                cycle = (importer, *back[:-1])
                first = cycle.index(min(cycle))  # one circle, whichever module it was found from
                found.add(cycle[first:] + cycle[:first])
    return [_named(graph, cycle) for cycle in sorted(found)]


def _named(graph: grimp.ImportGraph, cycle: tuple[str, ...]) -> str:
    steps = []
    for importer, imported in zip(cycle, (*cycle[1:], cycle[0]), strict=True):
        details = graph.get_import_details(importer=importer, imported=imported)
        lines = sorted(detail["line_number"] for detail in details)
        steps.append(f"{importer}:{lines[0]}" if lines else importer)
    return " -> ".join([*steps, cycle[0]])


def layer_breaches(package: str, layers: tuple[tuple[str, ...], ...]) -> list[str]:
    """Each import of a module of `package` that reaches up a row of `layers`, or across to another part
    of its own row, as `importer:LINE -> imported`; a module no part holds is named as unplaced."""
    graph = grimp.build_graph(package, cache_dir=None)
    rows = {part: row for row, parts in enumerate(layers) for part in parts}

    def place(module: str) -> str | None:
        name = module.removeprefix(package).lstrip(".")
        return max(
            (part for part in rows if name == part or name.startswith(part + ".")), key=len, default=None
        )

    found = []
    for importer in sorted(graph.modules - {package}):
        part = place(importer)
        if part is None:
            found.append(f"{importer} is in no layer")
            continue
        for imported in sorted(graph.find_modules_directly_imported_by(importer) - {package}):
            other = place(imported)
            if other is not None and other != part and rows[other] <= rows[part]:
                details = graph.get_import_details(importer=importer, imported=imported)
                found.append(f"{importer}:{min(d['line_number'] for d in details)} -> {imported}")
    return found


def reached_apart(package: str, apart: dict[str, tuple[str, ...]]) -> list[str]:
    """Each part of `apart` that imports, directly or through others, a module of a part it must keep
    apart from, as the shortest chain `a -> b -> c`."""
    graph = grimp.build_graph(package, cache_dir=None)
    found = []
    for part, others in apart.items():
        for other in others:
            chains = graph.find_shortest_chains(f"{package}.{part}", f"{package}.{other}")
            found += sorted(" -> ".join(chain) for chain in chains)
    return found


# The rules are pure: domain/ reads and writes nothing itself (the use cases do, usecases/), so it imports
# nothing of the store, of SQLAlchemy or of HTTP.
NOT_DOMAIN = ("armrest_server.store", "sqlalchemy", "armrest_server.http", "armrest_server.api")


def domain_imports_of(*prefixes: str) -> dict[str, list[str]]:
    """Each module of armrest_server.domain that imports a module under one of `prefixes`, and what."""
    graph = grimp.build_graph("armrest_server", cache_dir=None, include_external_packages=True)
    found: dict[str, list[str]] = {}
    for module in sorted(graph.find_descendants("armrest_server.domain")):
        imported = graph.find_modules_directly_imported_by(module)
        bad = sorted(m for m in imported if any(m == p or m.startswith(p + ".") for p in prefixes))
        if bad:
            found[module.removeprefix("armrest_server.domain.")] = bad
    return found


def test_the_domain_imports_nothing_of_the_store_or_http() -> None:
    found = domain_imports_of(*NOT_DOMAIN)
    assert not found, f"domain modules importing the store, SQLAlchemy or HTTP: {found}"


def test_no_import_circles() -> None:
    cycles = import_cycles(*PACKAGES)
    assert not cycles, "import circles:\n" + "\n".join(cycles)


def test_the_server_imports_down_its_layers() -> None:
    breaches = layer_breaches("armrest_server", LAYERS)
    assert not breaches, "imports up or across the layers of ARCHITECTURE.md:\n" + "\n".join(breaches)


def test_the_worker_reaches_nothing_of_the_http_edge() -> None:
    reached = reached_apart("armrest_server", APART)
    assert not reached, "imports of parts kept apart (APART):\n" + "\n".join(reached)


def _package(root: Path, name: str, modules: dict[str, str]) -> None:
    (root / name).mkdir()
    (root / name / "__init__.py").write_text("")
    for module, text in modules.items():
        (root / name / f"{module}.py").write_text(text)


def test_a_circle_is_found_and_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check can fail: circles through a type-only and a function-local import are found, each
    named once with its lines; a package without one has none."""
    _package(
        tmp_path,
        "circled_pkg",
        {
            "a": "from circled_pkg import b\n",
            "b": "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from circled_pkg import a\n",
            "c": "def late():\n    from circled_pkg import d\n",
            "d": "import circled_pkg.e\n",
            "e": "import circled_pkg.c\n",
        },
    )
    _package(tmp_path, "straight_pkg", {"a": "from straight_pkg import b\n", "b": "import json\n"})
    monkeypatch.syspath_prepend(str(tmp_path))
    assert import_cycles("circled_pkg") == [
        "circled_pkg.a:1 -> circled_pkg.b:4 -> circled_pkg.a",
        "circled_pkg.c:2 -> circled_pkg.d:1 -> circled_pkg.e:1 -> circled_pkg.c",
    ]
    assert import_cycles("straight_pkg") == []


def test_an_import_up_or_across_the_layers_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The layer check can fail: an import of a row above, one across a row, and an unplaced module."""
    _package(
        tmp_path,
        "layered_pkg",
        {
            "top": "from layered_pkg import low, side\n",
            "side": "",
            "low": "\nfrom layered_pkg import top\n",
            "odd": "",
        },
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert layer_breaches("layered_pkg", (("top", "side"), ("low",))) == [
        "layered_pkg.low:2 -> layered_pkg.top",
        "layered_pkg.odd is in no layer",
        "layered_pkg.top:1 -> layered_pkg.side",
    ]
    assert layer_breaches("layered_pkg", (("top",), ("side",), ("low",), ("odd",))) == [
        "layered_pkg.low:2 -> layered_pkg.top"
    ]


def test_a_part_reaching_one_kept_apart_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The apart check can fail: an import through a module between is found, as its chain."""
    _package(
        tmp_path,
        "apart_pkg",
        {"queue": "from apart_pkg import store\n", "store": "from apart_pkg import edge\n", "edge": ""},
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert reached_apart("apart_pkg", {"queue": ("edge",)}) == [
        "apart_pkg.queue -> apart_pkg.store -> apart_pkg.edge"
    ]
    assert reached_apart("apart_pkg", {"edge": ("queue",)}) == []
