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


def test_links_name_existing_operations_and_their_path_parameters(
    spec: dict[str, Any], ops: dict[str, contract.Operation]
) -> None:
    broken = []
    for op in ops.values():
        for response in op.operation["responses"].values():
            for name, link in contract.resolve(spec, response).get("links", {}).items():
                target = ops.get(link["operationId"])
                wanted = {p for p in target.path.split("/") if p.startswith("{")} if target else set()
                if target is None or {f"{{{p}}}" for p in link.get("parameters", {})} != wanted:
                    broken.append(f"{op.operation_id} -> {name}")
    assert broken == []
