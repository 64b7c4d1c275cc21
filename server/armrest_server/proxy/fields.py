"""Fields a body holds that its schema does not declare.

The contract's objects are open (most have no `additionalProperties: false`), so a field the real API
sends and the contract lacks is no schema violation; it is drift all the same. This walks the value
beside its schema and names every key no `properties` of the schema (or of any `allOf`, `anyOf` or
`oneOf` member) declares. Taking the union of the members never names a declared field; an object
whose schema declares no property at all is free-form and never reported.
Pointers are JSON pointers with `*` for any array index, so the same field in every item is one entry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Resolve = Callable[[Any], Any]
COMBINATORS = ("allOf", "anyOf", "oneOf")
MAX_DEPTH = 64  # a body nested deeper is not walked further (none of the contract's schemas is)


def undeclared(resolve: Resolve, schema: Any, value: Any) -> list[str]:
    """The generic pointers of the keys in `value` that `schema` does not declare, sorted."""
    found: set[str] = set()
    _walk(resolve, schema, value, "", found, 0)
    return sorted(found)


def _members(resolve: Resolve, schema: Any) -> list[dict[str, Any]]:
    """The schema and every combinator member below it, references resolved."""
    out: list[dict[str, Any]] = []
    seen: set[int] = set()
    pending = [schema]
    while pending:
        node = resolve(pending.pop())
        if not isinstance(node, dict) or id(node) in seen:
            continue
        seen.add(id(node))
        out.append(node)
        for keyword in COMBINATORS:
            pending.extend(node.get(keyword, []))
    return out


def _walk(resolve: Resolve, schema: Any, value: Any, pointer: str, found: set[str], depth: int) -> None:
    if depth > MAX_DEPTH or not isinstance(value, dict | list):
        return
    members = _members(resolve, schema)
    if isinstance(value, list):
        for items in (m["items"] for m in members if isinstance(m.get("items"), dict)):
            for item in value:
                _walk(resolve, items, item, pointer + "/*", found, depth + 1)
        return
    declared: dict[str, list[Any]] = {}
    rest: list[Any] = []  # additionalProperties schemas: any key is declared, its value has this schema
    closed = free = False
    for member in members:
        for key, sub in member.get("properties", {}).items():
            declared.setdefault(key, []).append(sub)
        extra = member.get("additionalProperties")
        if isinstance(extra, dict):
            rest.append(extra)
        free = free or extra is True
        closed = closed or extra is False
    free = free or (not declared and not rest and not closed)
    for key, item in value.items():
        child = pointer + "/" + str(key).replace("~", "~0").replace("/", "~1")
        schemas = declared.get(key) or rest
        if not schemas and not free:
            found.add(child)
        for sub in schemas:
            _walk(resolve, sub, item, child, found, depth + 1)
