"""A workflow that reaches every operation and every kind of answer, recorded exchange by exchange.

Per operation: its request examples (creates first, the delete last), then one request per kind of
refusal the operation declares: no token (401), a client the token does not grant (403), a
malformed parameter (400), `Accept` it cannot answer (406), U+0000 in a string (422), and for a body
a wrong media type (415), too large (413) and malformed JSON (400); a read of one record that does
not exist (404). Every exchange, whatever its status, goes to the recorder.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import httpx

from tests.support import spec as contract
from tests.support.app import OTHER_CLIENTNO, Api

FIRST = ("create", "upload")
LAST = ("update", "delete")
MAX_BODY = 64 * 1024  # the app under test is started with this body limit, so a 413 is cheap


def order(op: contract.Operation) -> tuple[int, str]:
    name = op.operation_id
    rank = 0 if name == "getHealth" else 1 if name.startswith(FIRST) else 3 if name.startswith(LAST) else 2
    return (3 + (name.startswith("delete")), name) if rank == 3 else (rank, name)


def _examples(spec: dict[str, Any], node: dict[str, Any]) -> list[Any]:
    found = [node["example"]] if "example" in node else []
    found += [contract.resolve(spec, e)["value"] for e in node.get("examples", {}).values()]
    return found


def _params(spec: dict[str, Any], op: contract.Operation) -> list[dict[str, Any]]:
    item = spec["paths"][op.path]
    return [
        contract.resolve(spec, p) for p in [*item.get("parameters", []), *op.operation.get("parameters", [])]
    ]


def _value(spec: dict[str, Any], param: dict[str, Any]) -> Any:
    values = _examples(spec, param) or contract.resolve(spec, param["schema"]).get("examples", [])
    return values[0] if values else None


def _url(op: contract.Operation, path: dict[str, Any], query: dict[str, Any] | None = None) -> str:
    url = "/arm/v1" + op.path.format(**{k: str(v) for k, v in path.items()})
    return url + ("?" + urlencode(query) if query else "")


def _string_param(spec: dict[str, Any], params: list[dict[str, Any]]) -> dict[str, Any] | None:
    for param in params:
        if param["in"] == "query" and contract.resolve(spec, param["schema"]).get("type") == "string":
            return param
    return None


def run(api: Api, spec: dict[str, Any]) -> list[str]:
    """Every request of the workflow; answers a label per request sent."""
    sent: list[str] = []
    # Amili's operations: the sandbox-only ones (x-armrest-sandbox) are not served without --sandbox-controls.
    ops = sorted(contract.armrest_operations(spec), key=order)
    for op in ops:
        params = _params(spec, op)
        path = {p["name"]: _value(spec, p) for p in params if p["in"] == "path"}
        headers = {p["name"]: str(_value(spec, p)) for p in params if p["in"] == "header" and _value(spec, p)}
        headers.pop("Idempotency-Key", None)  # the example key with another body is a 422
        body_node = contract.resolve(spec, op.operation.get("requestBody", {}))
        bodies = [b for media in body_node.get("content", {}).values() for b in _examples(spec, media)] or [
            None
        ]
        method = op.method.upper()

        def send(
            label: str, url: str, op: contract.Operation = op, method: str = method, **kwargs: Any
        ) -> httpx.Response:
            sent.append(f"{op.operation_id} {label}")
            return api.request(method, url, **kwargs)

        for n, body in enumerate(bodies):
            answer = send(f"example {n}", _url(op, path), headers=headers, json=body)
            if answer.status_code == 202 and "batchUuid" in answer.json():
                sent.append(f"{op.operation_id} batch")
                api.wait_for_batch(answer.json()["batchUuid"])
        body = bodies[0]
        if op.operation.get("security", spec["security"]) not in ([], [{}]):
            send("no token", _url(op, path), token="not-a-token", json=body)
        if "clientno" in path:
            send("other client", _url(op, path | {"clientno": OTHER_CLIENTNO}), json=body)
            send("bad parameter", _url(op, path | {"clientno": "abc"}), json=body)
        send("not acceptable", _url(op, path), headers={"Accept": "text/csv"}, json=body)
        text = _string_param(spec, params)
        if text is not None:
            send("nul in a parameter", _url(op, path, {text["name"]: "a\x00b"}), json=body)
        if body is not None:
            send("nul in the body", _url(op, path), json=body | {"metadata": {"userId": "a\x00b"}})
            send(
                "wrong media type",
                _url(op, path),
                content=json.dumps(body),
                headers={"Content-Type": "text/plain"},
            )
            send(
                "too large",
                _url(op, path),
                content=b"[" + b" " * MAX_BODY + b"]",
                headers={"Content-Type": "application/json"},
            )
            send("malformed", _url(op, path), content=b"{", headers={"Content-Type": "application/json"})
        one = [name for name in path if name not in ("clientno",)]
        if method == "GET" and one and op.path.endswith("}"):
            send("unknown record", _url(op, path | {one[-1]: _unknown(spec, params, one[-1])}))
    return sent


def _unknown(spec: dict[str, Any], params: list[dict[str, Any]], name: str) -> Any:
    schema = contract.resolve(spec, next(p for p in params if p["name"] == name)["schema"])
    if schema.get("type") == "integer":
        return 999_999_999
    if schema.get("format") == "uuid":
        return "00000000-0000-4000-8000-000000000000"
    return "nosuch" if not schema.get("enum") else schema["enum"][0]
