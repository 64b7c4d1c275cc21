"""The workflow's traffic, judged by openapi-core and AJV: every answer is one the contract declares."""

from __future__ import annotations

from tests.conformance.conftest import Traffic
from tests.support import spec as contract
from tools import conformance_traffic


def test_openapi_core_and_ajv_find_no_violation_and_no_undeclared_status(traffic: Traffic) -> None:
    assert conformance_traffic.findings(traffic.exchanges) == []


def test_the_workflow_reaches_every_operation_and_every_refusal(traffic: Traffic) -> None:
    spec = contract.load()
    table = conformance_traffic.routes(spec)
    answered: dict[str, set[int]] = {}
    for ex in traffic.exchanges:
        route = conformance_traffic.match(table, ex["method"], ex["path"])
        assert route is not None, ex["path"]
        answered.setdefault(spec["paths"][route.template][route.method]["operationId"], set()).add(
            ex["status"]
        )
    assert sorted(answered) == sorted(op.operation_id for op in contract.operations(spec))
    statuses = set().union(*answered.values())
    assert {200, 201, 202, 400, 401, 403, 404, 406, 413, 415, 422} <= statuses
    assert all(406 in found for found in answered.values())


def test_every_answer_carries_a_request_id(traffic: Traffic) -> None:
    assert [ex["path"] for ex in traffic.exchanges if "x-request-id" not in ex["headers"]] == []
