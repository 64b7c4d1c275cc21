"""Each create operation links to its read operation, so stateful testing can chain them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import spec as contract

LINKS = [
    ("createCustomer", "getCustomer"),
    ("createDocument", "getDocument"),
    ("createCustomerBatch", "getBatch"),
    ("updateCustomerBatch", "getBatch"),
    ("createDocumentBatch", "getBatch"),
    ("createReportAction", "getBatch"),
    ("createPaymentReservation", "getArItem"),
    ("uploadFiles", "getFile"),
    ("createAction", "getLogItem"),
    ("createAutoPostings", "listGlItems"),
]


def link_targets(spec: dict[str, Any], op: contract.Operation) -> set[str]:
    return {
        contract.resolve(spec, link)["operationId"]
        for response in op.operation["responses"].values()
        for link in contract.resolve(spec, response).get("links", {}).values()
    }


@pytest.mark.parametrize(("source", "target"), LINKS)
def test_create_links_to_read(
    spec: dict[str, Any], ops: dict[str, contract.Operation], source: str, target: str
) -> None:
    assert target in link_targets(spec, ops[source])


def test_links_name_existing_operations_and_their_parameters(
    spec: dict[str, Any], ops: dict[str, contract.Operation]
) -> None:
    """Every path parameter of the target is given, and nothing the target does not take."""
    broken = []
    for op in ops.values():
        for response in op.operation["responses"].values():
            for name, link in contract.resolve(spec, response).get("links", {}).items():
                target = ops.get(link["operationId"])
                if target is None:
                    broken.append(f"{op.operation_id} -> {name}")
                    continue
                wanted = {p.strip("{}") for p in target.path.split("/") if p.startswith("{")}
                item = spec["paths"][target.path]
                params = [
                    contract.resolve(spec, p)
                    for p in [*item.get("parameters", []), *target.operation.get("parameters", [])]
                ]
                query = {p["name"] for p in params if p["in"] == "query"}
                given = set(link.get("parameters", {}))
                if not wanted <= given or given - wanted - query:
                    broken.append(f"{op.operation_id} -> {name}")
    assert broken == []


def test_every_answer_that_declares_location_links_to_where_it_points(
    spec: dict[str, Any], ops: dict[str, contract.Operation]
) -> None:
    """The server builds `Location` from the response's first link that resolves: one rule."""
    missing = [
        f"{op.operation_id} {status}"
        for op in ops.values()
        for status, response in op.operation["responses"].items()
        if "Location" in contract.resolve(spec, response).get("headers", {})
        and not contract.resolve(spec, response).get("links")
    ]
    assert missing == []


def test_every_create_and_queued_job_declares_location(ops: dict[str, contract.Operation]) -> None:
    missing = [
        f"{op.operation_id} {status}"
        for op in ops.values()
        for status, response in op.operation["responses"].items()
        if status in ("201", "202")
        and op.operation_id != "getBatch"
        and "Location" not in response.get("headers", {})
    ]
    assert missing == []
