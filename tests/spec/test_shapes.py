"""Schemas shaped so that generators keep every type and constraint (datamodel-code-generator,
openapi-typescript, openapi-python-client read them differently from validators)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

COMBINATORS = ("oneOf", "anyOf", "allOf")
# Keywords a generator drops when they sit beside a combinator instead of inside a branch.
CONSTRAINTS = {
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength",
    "pattern", "format", "enum", "const", "minItems", "maxItems", "x-armrest-decimals",
}  # fmt: skip
# Standard types of TypeScript, Python and others that a generated model must not shadow.
SHADOWING = {"Date", "File", "Document", "Object", "Error", "Record", "Response", "Request", "Blob"}


def schemas(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for key, child in node.items():
            if key not in ("examples", "example"):
                yield from schemas(child, f"{where}/{key}")
    elif isinstance(node, list):
        for i, child in enumerate(node):
            yield from schemas(child, f"{where}/{i}")


def all_schemas(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    yield from schemas(spec["components"]["schemas"], "#/components/schemas")


def test_no_constraint_sits_beside_a_combinator(spec: dict[str, Any]) -> None:
    found = [
        f"{where}: {sorted(CONSTRAINTS & set(node))}"
        for where, node in all_schemas(spec)
        if any(c in node for c in COMBINATORS) and CONSTRAINTS & set(node)
    ]
    assert found == []


def test_every_branch_is_typed(spec: dict[str, Any]) -> None:
    """A branch with only `required` (or nothing typed) becomes `unknown` in generated code."""
    found = [
        f"{where}/{c}/{i}"
        for where, node in all_schemas(spec)
        for c in ("oneOf", "anyOf")
        for i, branch in enumerate(node.get(c, []) if isinstance(node.get(c), list) else [])
        if not ({"type", "$ref", "allOf", "oneOf", "anyOf", "const", "enum"} & set(branch))
    ]
    assert found == []


def test_const_null_is_typed_null(spec: dict[str, Any]) -> None:
    found = [
        where
        for where, node in all_schemas(spec)
        if "const" in node and node["const"] is None and node.get("type") != "null"
    ]
    assert found == []


def test_no_schema_name_shadows_a_standard_type(spec: dict[str, Any]) -> None:
    assert sorted(SHADOWING & set(spec["components"]["schemas"])) == []


def _references(node: Any) -> Iterator[str]:
    """The component schemas `node` refers to, at any depth."""
    for _, child in schemas(node, ""):
        ref = child.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            yield ref.rsplit("/", 1)[1]


def test_no_schema_refers_back_to_itself(spec: dict[str, Any]) -> None:
    """A `$ref` cycle is valid OpenAPI 3.1, but Portman refuses the bundle and Redocly Respect skips
    schema checks on the operations that reach it: every nesting is cut by a variant without it."""
    named = spec["components"]["schemas"]
    graph = {name: set(_references(node)) for name, node in named.items()}
    cycles = []
    for start in graph:
        todo, seen = list(graph[start]), set()
        while todo:
            name = todo.pop()
            if name == start:
                cycles.append(start)
                break
            if name not in seen:
                seen.add(name)
                todo += graph.get(name, ())
    assert cycles == []
