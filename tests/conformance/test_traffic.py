"""The workflow's traffic, judged by openapi-core and AJV: every answer is one the contract declares."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conformance.conftest import Traffic
from tests.support import spec as contract
from tests.support.app import running
from tools import conformance_traffic

pytestmark = pytest.mark.slow  # runs independent Node and Python tools


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
    assert sorted(answered) == sorted(op.operation_id for op in contract.armrest_operations(spec))
    statuses = set().union(*answered.values())
    assert {200, 201, 202, 400, 401, 403, 404, 406, 413, 415, 422} <= statuses
    assert all(406 in found for found in answered.values())


def test_every_answer_carries_a_request_id(traffic: Traffic) -> None:
    assert [ex["path"] for ex in traffic.exchanges if "x-request-id" not in ex["headers"]] == []


def test_any_test_run_can_record_its_traffic_for_the_stage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`ARMREST_TRAFFIC=FILE pytest tests/server` records the suite; `python -m tools.conformance
    traffic FILE` judges it."""
    file = tmp_path / "traffic.jsonl"
    monkeypatch.setenv("ARMREST_TRAFFIC", str(file))
    with running(f"sqlite:///{tmp_path}/armrest.db") as api:
        api.get("/clients/2218/customers", headers={"Accept": "text/csv"})
        api.get("/arm%2Fv1/health")
    recorded = conformance_traffic.read(file)
    assert [(e["path"], e["status"]) for e in recorded] == [
        ("/arm/v1/clients/2218/customers", 406),
        ("/arm%2Fv1/health", 404),
    ]
    assert conformance_traffic.findings(recorded) == []
