"""A forced answer's text says the wait its Retry-After gives, for every operation and status that
declares Retry-After, whatever wait the example's own text names."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.support import spec as contract
from tests.support.app import CLIENTNO, Api, running

HEADER = "Armrest-Sandbox-Answer"
SPEC = contract.load(contract.BUNDLE_JSON)
CUSTOMERS = f"/clients/{CLIENTNO}/customers"


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    with running(f"sqlite:///{tmp_path_factory.mktemp('retry')}/armrest.db", sandbox_controls=True) as api:
        yield api


def _statuses_with_retry_after(operation_id: str) -> list[str]:
    op = next(o for o in contract.operations(SPEC) if o.operation_id == operation_id).operation
    return [
        status
        for status, response in op["responses"].items()
        if any(h.lower() == "retry-after" for h in contract.resolve(SPEC, response).get("headers", {}))
    ]


@pytest.mark.parametrize("seconds", [0, 1, 2, 120])
@pytest.mark.parametrize("status", _statuses_with_retry_after("listCustomers"))
def test_the_detail_names_the_retry_after_it_comes_with(sandbox: Api, status: str, seconds: int) -> None:
    answer = sandbox.get(CUSTOMERS, headers={HEADER: f"{status}; retry-after={seconds}"})
    assert (answer.status_code, answer.headers["Retry-After"]) == (int(status), str(seconds))
    detail = answer.json()["detail"]
    named = [int(n) for n in re.findall(r"retry after (\d+) second", detail, flags=re.IGNORECASE)]
    assert named == [seconds], detail
