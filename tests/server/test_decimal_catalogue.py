"""Numbers judged as written: every request body input whose decimals the contract bounds
(`x-armrest-decimals`) is sent, in a body made from its operation's own example, as JSON text that
a binary float would round.

`4.9999999999999999999` reads as the float 5.0: it must answer 422 `decimals` naming the input,
not pass as 5.00. Trailing zeros are no decimals: `1.10000000000000000000` is 1.1, never refused
for its decimals. Every such input of the contract is found in the bundle, so a new one is covered
without a change here.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from typing import Any

import pytest

from armrest_server.http.numbers import LONG_NUMBER, exact
from tests.support import inputs
from tests.support import spec as contract
from tests.support.app import Api, running

DECIMALS = "x-armrest-decimals"
HIDDEN = "4.9999999999999999999"  # 19 decimals; the float 5.0
ZEROS = "1.10000000000000000000"  # 1.1 written long
SENTINEL = "__number__"


@functools.cache
def _spec() -> dict[str, Any]:
    return contract.load(contract.BUNDLE_JSON)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """One server for the catalogue: every answer is the validator's, before anything is read."""
    with running(f"sqlite:///{tmp_path_factory.mktemp('decimals')}/armrest.db") as api:
        yield api


def _bounded(schema: dict[str, Any]) -> bool:
    return DECIMALS in schema


def _sent(api: Api, op: contract.Operation, pointer: str, body: Any, number: str) -> list[tuple[str, str]]:
    text = json.dumps(inputs.replaced(body, pointer, SENTINEL)).replace(f'"{SENTINEL}"', number)
    path = inputs.path_of(_spec(), op)
    answer = api.request(
        op.method.upper(), f"/arm/v1{path}", content=text, headers={"Content-Type": "application/json"}
    )
    assert answer.status_code < 500, answer.text
    errors = answer.json().get("errors", []) if answer.status_code >= 400 else []
    return [(e["pointer"], e["code"]) for e in errors]


def _catalogue() -> list[tuple[contract.Operation, str, Any]]:
    return list(inputs.body_inputs(_spec(), _bounded))


def test_the_catalogue_covers_every_operation_that_bounds_decimals() -> None:
    spec = _spec()
    bounding = {
        op.operation_id
        for op in contract.operations(spec)
        for media in contract.resolve(spec, op.operation.get("requestBody", {})).get("content", {}).values()
        if any(True for _ in inputs.pointers(spec, media["schema"], _bounded))
    }
    assert {op.operation_id for op, _, _ in _catalogue()} == bounding
    assert len(bounding) >= 9
    assert inputs.parameters_picked(spec, _bounded) == [], "the catalogue sends bodies only"


@pytest.mark.parametrize(
    ("op", "pointer", "body"), _catalogue(), ids=lambda v: getattr(v, "operation_id", None)
)
def test_decimals_a_float_would_hide_answer_422_naming_the_input(
    server: Api, op: contract.Operation, pointer: str, body: Any
) -> None:
    assert (pointer, "decimals") in _sent(server, op, pointer, body, HIDDEN)
    assert (pointer, "decimals") not in _sent(server, op, pointer, body, ZEROS)


def test_only_a_body_holding_a_long_run_of_digits_is_read_twice() -> None:
    assert exact(b'{"a": 1.25}', {"a": 1.25}) == {"a": 1.25}
    assert LONG_NUMBER.search(b'{"a": 123456789.12345}') is None  # 14 digits: the float is exact
    assert LONG_NUMBER.search(b'{"a": 9007199254740993e-2}') is not None  # 16 digits, no point
    assert str(exact(HIDDEN.encode(), 5.0)) == HIDDEN
