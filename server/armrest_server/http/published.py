"""The contract as a server publishes it: without the parts it does not serve.

A server started without sandbox controls routes no operation marked `x-armrest-sandbox: true`, so
the bundle it serves (`/arm/v1/openapi.json`, `.yaml`) leaves them out too: a tool reading the served
contract (schemathesis, a code generator) finds only what answers. Left out are the marked
operations (and a path item left with none), the marked tags and components, and the components
only they referenced, so the document stays free of unused parts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from armrest_server.http.spec import METHODS

COMPONENT_REF = "#/components/"


def without_marked(document: dict[str, Any], mark: str) -> dict[str, Any]:
    """`document` without the parts marked `mark: true`; the same object when none is."""
    paths = {
        template: kept for template, item in document.get("paths", {}).items() if (kept := _item(item, mark))
    }
    tags = [tag for tag in document.get("tags", []) if tag.get(mark) is not True]
    components = {
        kind: {name: node for name, node in named.items() if not _marked(node, mark)}
        for kind, named in document.get("components", {}).items()
    }
    pruned = document | {"paths": paths, "components": components}
    if "tags" in document:
        pruned["tags"] = tags
    if pruned == document:
        return document
    unused = _reachable(document) - _reachable(pruned)
    pruned["components"] = {
        kind: {name: node for name, node in named.items() if f"{COMPONENT_REF}{kind}/{name}" not in unused}
        for kind, named in components.items()
    }
    return pruned


def _marked(node: Any, mark: str) -> bool:
    return isinstance(node, dict) and node.get(mark) is True


def _item(item: dict[str, Any], mark: str) -> dict[str, Any]:
    """A path item without its marked operations; empty when it keeps no operation."""
    kept = {key: value for key, value in item.items() if not (key in METHODS and _marked(value, mark))}
    return kept if any(method in kept for method in METHODS) or "$ref" in kept else {}


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(COMPONENT_REF):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _reachable(document: dict[str, Any]) -> set[str]:
    """Every component reference reachable from the document's parts outside `components`."""
    components = document.get("components", {})
    todo = list(_refs({key: value for key, value in document.items() if key != "components"}))
    seen: set[str] = set()
    while todo:
        ref = todo.pop()
        if ref in seen:
            continue
        seen.add(ref)
        kind, _, name = ref[len(COMPONENT_REF) :].partition("/")
        todo += _refs(components.get(kind, {}).get(name.replace("~1", "/").replace("~0", "~")))
    return seen
