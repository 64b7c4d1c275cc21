"""Mutations of a recorded answer, generated from the contract: every way a deployment can plausibly differ.

`body_mutations` walks an answer's body beside its response schema (`$ref`, `allOf`, `oneOf`/`anyOf`, type
lists with "null") and yields, for every member present: its removal (tolerated when the member is optional
or nullable, a `ResponseValidationError` at its pointer when it is required), `null` (tolerated when
nullable), a value of another JSON type, a value its enum does not list (tolerated: an unknown member), and an
extra member in every object (tolerated: kept). Arrays are walked through their first item.
`answer_mutations` changes the whole answer: an undeclared status, a gateway's HTML page, another content
type, an empty or cut-off body.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from tests.client.typed_calls import bundle

TOLERATED = "tolerated"  # the client must read it
REFUSED = "refused"  # the client must raise ResponseValidationError at the pointer
EITHER = "either"  # the client reads it or raises one of its errors
EXTRA = "armrestDriftExtra"


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    content: bytes


@dataclass(frozen=True)
class Mutation:
    name: str  # what was changed, and where
    expect: str  # TOLERATED, REFUSED or EITHER
    pointer: str  # the JSON pointer changed ("" for the whole answer)
    answer: Answer


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with `$ref` followed and `allOf` merged (properties, required, type, enum)."""
    while "$ref" in schema:
        schema = bundle()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]] | {
            k: v for k, v in schema.items() if k != "$ref"
        }
    if "allOf" in schema:
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            part = resolve(part)
            merged.setdefault("properties", {}).update(part.get("properties", {}))
            merged["required"] = [*merged.get("required", []), *part.get("required", [])]
            for key in ("type", "enum", "items"):
                if key in part:
                    merged.setdefault(key, part[key])
        return merged
    return schema


def branches(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The non-null branches of a `oneOf`/`anyOf` (the schema itself when it has none)."""
    schema = resolve(schema)
    options = schema.get("oneOf") or schema.get("anyOf")
    if not options:
        return [schema]
    found = [resolve(option) for option in options]
    return [option for option in found if option.get("type") != "null" and option.get("const", 0) is not None]


def nullable(schema: dict[str, Any]) -> bool:
    schema = resolve(schema)
    kinds = schema.get("type")
    if kinds == "null" or (isinstance(kinds, list) and "null" in kinds):
        return True
    options = schema.get("oneOf") or schema.get("anyOf") or []
    return any(nullable(option) for option in options)


def branch_for(schema: dict[str, Any], value: Any) -> dict[str, Any]:
    """The branch of a schema that describes `value` (an object's branch for a dict, and so on)."""
    options = branches(schema)
    for option in options:
        kinds = option.get("type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if isinstance(value, dict) and ("object" in kinds or "properties" in option):
            return option
        if isinstance(value, list) and "array" in kinds:
            return option
    return options[0]


def other_type(value: Any) -> Any:
    """A value of another JSON type than `value`."""
    if isinstance(value, str):
        return 12345
    if isinstance(value, bool | int | float):
        return "not-a-number"
    if isinstance(value, list):
        return {"not": "an array"}
    return ["not", "an", "object"]


def unlisted(values: list[Any]) -> Any:
    return 987654 if all(isinstance(v, int) for v in values if v is not None) else "ARMREST_DRIFT_NEW_VALUE"


Change = Callable[[Any], None]


def body_mutations(schema: dict[str, Any], body: Any) -> Iterator[tuple[str, str, str, Change]]:
    """(name, expectation, pointer, change of a copy of the body) for every mutation of `body`."""
    yield from _walk(schema, body, [])


def _walk(
    schema: dict[str, Any], value: Any, path: list[str | int]
) -> Iterator[tuple[str, str, str, Change]]:
    schema = branch_for(schema, value)
    pointer = "".join(f"/{part}" for part in path)
    if isinstance(value, dict):
        yield f"extra member at {pointer or '/'}", TOLERATED, pointer, _setter([*path, EXTRA], {"x": 1})
        required = set(schema.get("required", []))
        for name, member in schema.get("properties", {}).items():
            if name in value:
                yield from _member(member, value[name], [*path, name], name in required)
    elif isinstance(value, list) and value and "items" in schema:
        yield from _walk(schema["items"], value[0], [*path, 0])


def _member(schema: dict[str, Any], value: Any, path: list[str | int], required: bool) -> Iterator[Any]:
    pointer = "".join(f"/{part}" for part in path)
    can_be_null = nullable(schema)
    tolerated_missing = not required or can_be_null
    yield f"missing member at {pointer}", TOLERATED if tolerated_missing else REFUSED, pointer, _remover(path)
    if value is not None:
        yield f"null at {pointer}", TOLERATED if can_be_null else EITHER, pointer, _setter(path, None)
        yield f"another type at {pointer}", EITHER, pointer, _setter(path, other_type(value))
    listed = branch_for(schema, value).get("enum")
    if listed and value is not None:
        yield f"unlisted enum value at {pointer}", TOLERATED, pointer, _setter(path, unlisted(listed))
    if isinstance(value, dict | list):
        yield from _walk(schema, value, path)


def _setter(path: list[str | int], new: Any) -> Change:
    def change(body: Any) -> None:
        for part in path[:-1]:
            body = body[part]
        body[path[-1]] = copy.deepcopy(new)

    return change


def _remover(path: list[str | int]) -> Change:
    def change(body: Any) -> None:
        for part in path[:-1]:
            body = body[part]
        del body[path[-1]]

    return change


def mutations(schema: dict[str, Any], recorded: Answer) -> Iterator[Mutation]:
    """Every mutation of a recorded JSON answer: of its body, then of the whole answer."""
    body = json.loads(recorded.content)
    for name, expect, pointer, change in body_mutations(schema, body):
        changed = copy.deepcopy(body)
        change(changed)
        yield Mutation(
            name, expect, pointer, Answer(recorded.status, recorded.headers, json.dumps(changed).encode())
        )
    yield from answer_mutations(recorded)


def answer_mutations(recorded: Answer) -> Iterator[Mutation]:
    json_type = {"Content-Type": "application/json"}
    html = {"Content-Type": "text/html; charset=utf-8"}
    problem = json.dumps({"type": "about:blank", "title": "I'm a teapot", "status": 418}).encode()
    yield Mutation("an undeclared success status", EITHER, "", Answer(218, json_type, recorded.content))
    yield Mutation(
        "an undeclared problem status",
        EITHER,
        "",
        Answer(418, {"Content-Type": "application/problem+json"}, problem),
    )
    yield Mutation(
        "a gateway's 502 HTML page", EITHER, "", Answer(502, html, b"<html><h1>502 Bad Gateway</h1></html>")
    )
    yield Mutation("a 504 without a body", EITHER, "", Answer(504, {}, b""))
    yield Mutation(
        "the body as text/plain",
        EITHER,
        "",
        Answer(recorded.status, {"Content-Type": "text/plain"}, recorded.content),
    )
    yield Mutation(
        "an HTML page with the success status",
        EITHER,
        "",
        Answer(recorded.status, html, b"<html>maintenance</html>"),
    )
    yield Mutation("an empty body", EITHER, "", Answer(recorded.status, json_type, b""))
    yield Mutation(
        "a cut-off body",
        EITHER,
        "",
        Answer(recorded.status, json_type, recorded.content[: len(recorded.content) // 2]),
    )
    yield Mutation("a JSON array instead of an object", EITHER, "", Answer(recorded.status, json_type, b"[]"))
