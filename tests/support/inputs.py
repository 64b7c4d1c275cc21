"""The request body inputs of the contract that a schema property picks out (`format: date-time`,
`x-armrest-decimals`, ...), each with an example body of its operation that holds it: what the
input catalogues send their values in."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

from tests.support import spec as contract

Picks = Callable[[dict[str, Any]], bool]


def pointers(spec: dict[str, Any], schema: Any, picks: Picks, pointer: str = "") -> Iterator[str]:
    """Every JSON pointer into an instance of `schema` whose schema `picks` (arrays: their item 0)."""
    yield from _pointers(spec, schema, picks, pointer, frozenset())


def _pointers(
    spec: dict[str, Any], schema: Any, picks: Picks, pointer: str, seen: frozenset[str]
) -> Iterator[str]:
    node = schema
    while isinstance(node, dict) and "$ref" in node:  # a reference with siblings: both apply
        if node["$ref"] in seen:
            return
        seen = seen | {node["$ref"]}
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        node = contract.resolve(spec, {"$ref": node["$ref"]}) | siblings
    if not isinstance(node, dict):
        return
    if picks(node):
        yield pointer
    for name, child in node.get("properties", {}).items():
        yield from _pointers(spec, child, picks, f"{pointer}/{name}", seen)
    for key in ("allOf", "oneOf", "anyOf"):
        for child in node.get(key, []):
            yield from _pointers(spec, child, picks, pointer, seen)
    if "items" in node:
        yield from _pointers(spec, node["items"], picks, f"{pointer}/0", seen)


def parameters_picked(spec: dict[str, Any], picks: Picks) -> list[str]:
    """`operationId name` of every parameter whose schema `picks` (the catalogues send bodies only)."""
    return [
        f"{op.operation_id} {param['name']}"
        for op in contract.operations(spec)
        for param in map(lambda p: contract.resolve(spec, p), op.operation.get("parameters", []))
        if any(True for _ in pointers(spec, param["schema"], picks))
    ]


def body_inputs(spec: dict[str, Any], picks: Picks) -> Iterator[tuple[contract.Operation, str, Any]]:
    """(operation, pointer, an example body holding the pointer, else its object) per body input
    `picks` selects; an input whose object no example of its operation holds is left out."""
    for op in contract.operations(spec):
        body = contract.resolve(spec, op.operation.get("requestBody", {}))
        for media in body.get("content", {}).values():
            bodies = [example.value for example in contract._media_examples(spec, "", media)]
            for pointer in sorted(set(pointers(spec, media["schema"], picks))):
                holder = next((b for b in bodies if holds(b, pointer)), None)
                if holder is None:  # an optional property no example sends: added to its object
                    holder = next((b for b in bodies if isinstance(parent(b, pointer), dict)), None)
                if holder is not None:
                    yield op, pointer, holder


def parent(body: Any, pointer: str) -> Any:
    node = body
    for part in pointer.split("/")[1:-1]:
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return None
    return node


def holds(body: Any, pointer: str) -> bool:
    found, name = parent(body, pointer), pointer.rsplit("/", 1)[1]
    return isinstance(found, dict) and name in found


def replaced(body: Any, pointer: str, value: Any) -> Any:
    """A copy of `body` with `value` at `pointer` (whose object `body` holds)."""
    changed = copy.deepcopy(body)
    parent(changed, pointer)[pointer.rsplit("/", 1)[1]] = value
    return changed


def path_of(spec: dict[str, Any], op: contract.Operation) -> str:
    """The operation's path below the server, each path parameter given its example value."""
    item = spec["paths"][op.path]
    path = op.path
    for param in (
        contract.resolve(spec, p) for p in item.get("parameters", []) + op.operation.get("parameters", [])
    ):
        if param["in"] != "path":
            continue
        schema = contract.resolve(spec, param["schema"])
        named = [contract.resolve(spec, e).get("value") for e in param.get("examples", {}).values()]
        value = param.get(
            "example", next(iter(named + schema.get("enum", []) + schema.get("examples", [])), None)
        )
        path = path.replace(f"{{{param['name']}}}", str(value))
    return path
