"""Every operation declares the answers the HTTP layer can give it, whatever its handler does.

The server validates every answer of a routed operation against these declarations (strict mode
turns a miss into a 500), so this is the class-wide check: a new operation gets them too.
"""

from __future__ import annotations

from typing import Any

from tests.support import spec as contract


def _is_string(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    schema = contract.resolve(spec, schema)
    kind = schema.get("type")
    if kind == "string" or (isinstance(kind, list) and "string" in kind):
        return True
    if kind == "array":
        return _is_string(spec, schema.get("items", {}))
    return any(_is_string(spec, s) for k in ("oneOf", "anyOf", "allOf") for s in schema.get(k, []))


def expected(spec: dict[str, Any], op: contract.Operation) -> set[str]:
    item = spec["paths"][op.path]
    params = [
        contract.resolve(spec, p) for p in [*item.get("parameters", []), *op.operation.get("parameters", [])]
    ]
    body = "requestBody" in op.operation
    wanted = {"406", "429", "503", "default"}
    if params or body:
        wanted.add("400")
    if op.operation.get("security", spec["security"]) not in ([], [{}]):
        wanted.add("401")
    if any(p["name"] == "clientno" for p in params):
        wanted.add("403")
    if body:
        wanted |= {"413", "415", "422"}
    if any(_is_string(spec, p["schema"]) for p in params):
        wanted.add("422")  # U+0000 in a string parameter
    return wanted


def test_every_operation_declares_what_the_http_layer_answers(spec: dict[str, Any]) -> None:
    missing = {
        op.operation_id: sorted(expected(spec, op) - set(op.operation["responses"]))
        for op in contract.operations(spec)
    }
    assert {k: v for k, v in missing.items() if v} == {}


def test_every_response_declares_the_request_id(spec: dict[str, Any]) -> None:
    missing = [
        f"{op.operation_id} {status}"
        for op in contract.operations(spec)
        for status, response in op.operation["responses"].items()
        if "X-Request-Id" not in contract.resolve(spec, response).get("headers", {})
    ]
    assert missing == []


def test_429_and_503_say_when_to_retry(spec: dict[str, Any]) -> None:
    missing = [
        f"{op.operation_id} {status}"
        for op in contract.operations(spec)
        for status, response in op.operation["responses"].items()
        if status in ("429", "503")
        and "Retry-After" not in contract.resolve(spec, response).get("headers", {})
    ]
    assert missing == []
