"""A catalogue of RFC 3339 instants, sent to every date-time input of the contract.

Every request body property of `format: date-time` is found in the bundle (a new one is covered
without a change here) and given each instant of the catalogue, in a body made from the operation's
own example, on a sandbox (strict: an answer that breaks the contract is a 500). Each answer is a
2xx, or a 400/422 problem naming that property; never a 5xx. The catalogue holds leap seconds, the
first and last instants a year of four digits writes, the edges of the ledger's date range (in
Oslo), impossible dates and times, and fractions of every allowed length.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from armrest_server.clock import SettableClock
from armrest_server.store import sandbox as sandbox_clock
from armrest_server.store.db import writing
from tests.support import spec as contract
from tests.support.app import Api, running

INSTANTS = (
    "2026-06-30T23:59:60Z",  # a leap second
    "2016-12-31T23:59:60.5Z",  # the last one there was, and a fraction of it
    "2026-04-14T12:30:60Z",  # second 60 outside the last minute of a day
    "2026-04-14T09:49:15.1Z",
    "2026-04-14T09:49:15.123456Z",
    "2024-02-29T00:00:00Z",
    "2026-02-29T00:00:00Z",  # no such day
    "2026-04-31T00:00:00Z",
    "2026-13-01T00:00:00Z",
    "2026-04-14T24:00:00Z",
    "2026-04-14T23:60:00Z",
    "2100-12-31T22:59:59.999999Z",  # the last instant of the ledger's last date in Oslo
    "2100-12-31T23:00:00Z",  # the first after it
    "2100-12-31T23:59:60Z",
    "9999-12-31T23:59:59Z",
    "9999-12-31T23:59:59.999999Z",
    "9999-12-31T23:59:60Z",  # after the last instant a datetime holds
    "0001-01-01T00:00:00Z",
    "0000-01-01T00:00:00Z",
    "1969-12-31T23:59:59Z",
)
START = datetime(2026, 4, 14, 10, 0, tzinfo=UTC)


def _date_time_pointers(
    spec: dict[str, Any], schema: Any, pointer: str, seen: frozenset[str]
) -> Iterator[str]:
    if isinstance(schema, dict) and "$ref" in schema:
        if schema["$ref"] in seen:
            return
        seen = seen | {schema["$ref"]}
    node = contract.resolve(spec, schema)
    if not isinstance(node, dict):
        return
    if node.get("format") == "date-time":
        yield pointer
    for name, child in node.get("properties", {}).items():
        yield from _date_time_pointers(spec, child, f"{pointer}/{name}", seen)
    for key in ("allOf", "oneOf", "anyOf"):
        for child in node.get(key, []):
            yield from _date_time_pointers(spec, child, pointer, seen)
    if "items" in node:
        yield from _date_time_pointers(spec, node["items"], f"{pointer}/0", seen)


def _inputs(spec: dict[str, Any]) -> Iterator[tuple[contract.Operation, str, Any]]:
    """(operation, pointer, a body example holding the pointer) per date-time body input."""
    for op in contract.operations(spec):
        for param in op.operation.get("parameters", []):
            schema = contract.resolve(spec, param)["schema"]
            found = list(_date_time_pointers(spec, schema, "", frozenset()))
            assert found == [], f"{op.operation_id}: the catalogue covers body inputs only"
        body = contract.resolve(spec, op.operation.get("requestBody", {}))
        for media in body.get("content", {}).values():
            bodies = [example.value for example in contract._media_examples(spec, "", media)]
            for pointer in sorted(set(_date_time_pointers(spec, media["schema"], "", frozenset()))):
                holder = next(b for b in bodies if _holds(b, pointer))
                yield op, pointer, holder


def _parent(body: Any, pointer: str) -> Any:
    node = body
    for part in pointer.split("/")[1:-1]:
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return None
    return node


def _holds(body: Any, pointer: str) -> bool:
    parent, name = _parent(body, pointer), pointer.rsplit("/", 1)[1]
    return isinstance(parent, dict) and name in parent


def _with(body: Any, pointer: str, value: str) -> Any:
    changed = copy.deepcopy(body)
    parent = _parent(changed, pointer)
    parent[pointer.rsplit("/", 1)[1]] = value
    return changed


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    path: Path = tmp_path_factory.mktemp("instants")
    with running(f"sqlite:///{path}/armrest.db", clock=SettableClock(at=START), sandbox_controls=True) as api:
        yield api


def test_the_contract_has_date_time_inputs_to_catalogue() -> None:
    found = {(op.operation_id, pointer) for op, pointer, _ in _inputs(contract.load(contract.BUNDLE_JSON))}
    assert ("setSandboxClock", "/now") in found


@pytest.mark.parametrize("instant", INSTANTS)
def test_every_date_time_input_answers_each_instant_without_a_server_error(
    sandbox: Api, instant: str
) -> None:
    spec = contract.load(contract.BUNDLE_JSON)
    failures = []
    for op, pointer, body in _inputs(spec):
        with writing(sandbox.services.engine) as conn:  # every instant from the same clock
            sandbox_clock.move(conn, timedelta(0), START)
        path = op.path.replace("{clientno}", "2218")
        answer = sandbox.request(op.method.upper(), f"/arm/v1{path}", json=_with(body, pointer, instant))
        named = answer.status_code < 300 or pointer in [e["pointer"] for e in answer.json().get("errors", [])]
        if answer.status_code not in (200, 201, 202, 400, 422) or not named:
            failures.append(
                f"{op.operation_id} {pointer}={instant}: {answer.status_code} {answer.text[:300]}"
            )
    assert failures == []
