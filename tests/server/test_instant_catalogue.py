"""A catalogue of RFC 3339 instants, sent to every date-time input of the contract.

Every request body property of `format: date-time` is found in the bundle (a new one is covered
without a change here) and given each instant of the catalogue, in a body made from the operation's
own example, on a sandbox (strict: an answer that breaks the contract is a 500). Each answer is a
2xx, or a 400/422 problem naming that property; never a 5xx. The catalogue holds leap seconds, the
first and last instants a year of four digits writes, the edges of the ledger's date range (in
Oslo), impossible dates and times, and fractions of every allowed length.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from armrest_server.clock import SettableClock
from armrest_server.store import sandbox_clock
from armrest_server.store.db import writing
from tests.support import inputs
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


def _date_time(schema: dict[str, Any]) -> bool:
    return schema.get("format") == "date-time"


@functools.cache
def _spec() -> dict[str, Any]:
    return contract.load(contract.BUNDLE_JSON)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    path: Path = tmp_path_factory.mktemp("instants")
    with running(f"sqlite:///{path}/armrest.db", clock=SettableClock(at=START), sandbox_controls=True) as api:
        yield api


def test_the_contract_has_date_time_inputs_to_catalogue() -> None:
    spec = _spec()
    found = {(op.operation_id, pointer) for op, pointer, _ in inputs.body_inputs(spec, _date_time)}
    assert ("setSandboxClock", "/now") in found
    assert inputs.parameters_picked(spec, _date_time) == [], "the catalogue sends bodies only"


@pytest.mark.parametrize("instant", INSTANTS)
def test_every_date_time_input_answers_each_instant_without_a_server_error(
    sandbox: Api, instant: str
) -> None:
    spec = _spec()
    failures = []
    for op, pointer, body in inputs.body_inputs(spec, _date_time):
        with writing(sandbox.services.engine) as conn:  # every instant from the same clock
            sandbox_clock.move(conn, timedelta(0), START)
        path = inputs.path_of(spec, op)
        answer = sandbox.request(
            op.method.upper(), f"/arm/v1{path}", json=inputs.replaced(body, pointer, instant)
        )
        named = answer.status_code < 300 or pointer in [e["pointer"] for e in answer.json().get("errors", [])]
        if answer.status_code not in (200, 201, 202, 400, 422) or not named:
            failures.append(
                f"{op.operation_id} {pointer}={instant}: {answer.status_code} {answer.text[:300]}"
            )
    assert failures == []
