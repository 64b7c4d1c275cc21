"""The operation list is exactly the facts file's 35 operations, in the seed's tags and order.

Sandbox-only operations (marked `x-armrest-sandbox`) are not Amili's: they come after, in their own tag."""

from __future__ import annotations

import tomllib
from types import SimpleNamespace
from typing import Any

from schemathesis.filters import expression_to_filter_function

from tests.support import spec as contract

C = "/clients/{clientno}"
# (tag, method, path, operationId, x-armrest-source), in the seed's order.
OPERATIONS = [
    ("Actions", "post", f"{C}/actions/{{actiontype}}", "createAction", "designed"),
    ("Actions", "post", f"{C}/actions/reports/{{reporttype}}", "createReportAction", "documented"),
    ("ArItems", "get", f"{C}/aritems", "listArItems", "documented"),
    ("ArItems", "put", f"{C}/aritems", "updateArItem", "documented"),
    ("ArItems", "get", f"{C}/aritems/{{aritemid}}", "getArItem", "documented"),
    ("AutoPostings", "post", f"{C}/autopostings/{{autopostingmethod}}", "createAutoPostings", "documented"),
    ("Batches", "get", f"{C}/batches/{{batchuuid}}", "getBatch", "documented"),
    ("ClientConfigs", "get", f"{C}/clientconfigs", "listClientConfigs", "designed"),
    ("ClientConfigs", "get", f"{C}/clientconfigs/{{configkey}}", "getClientConfig", "designed"),
    ("Codes", "get", "/codes/{codetype}", "listCodes", "designed"),
    ("Customers", "post", f"{C}/customers", "createCustomer", "documented"),
    ("Customers", "put", f"{C}/customers", "updateCustomer", "documented"),
    ("Customers", "get", f"{C}/customers", "listCustomers", "documented"),
    ("Customers", "get", f"{C}/customers/{{customerno}}", "getCustomer", "documented"),
    ("Customers", "delete", f"{C}/customers/{{customerno}}", "deleteCustomer", "documented"),
    ("Customers", "post", f"{C}/customers/batches", "createCustomerBatch", "inferred"),
    ("Customers", "put", f"{C}/customers/batches", "updateCustomerBatch", "documented"),
    ("DocumentBundles", "get", f"{C}/documentbundles", "listDocumentBundles", "designed"),
    ("DocumentBundles", "get", f"{C}/documentbundles/{{documentbundleid}}", "getDocumentBundle", "designed"),
    ("Documents", "post", f"{C}/documents", "createDocument", "inferred"),
    ("Documents", "get", f"{C}/documents", "listDocuments", "inferred"),
    ("Documents", "get", f"{C}/documents/{{documentno}}", "getDocument", "documented"),
    ("Documents", "post", f"{C}/documents/batches", "createDocumentBatch", "inferred"),
    ("Files", "get", f"{C}/files", "listFiles", "designed"),
    ("Files", "post", f"{C}/files", "uploadFiles", "documented"),
    ("Files", "get", f"{C}/files/{{fileid}}", "getFile", "designed"),
    ("GlItems", "get", f"{C}/glitems/{{glitemid}}", "getGlItem", "documented"),
    ("GlItems", "get", f"{C}/glitems", "listGlItems", "documented"),
    ("GlMovements", "get", f"{C}/glmovements/latest", "getLatestGlMovement", "designed"),
    ("GlMovements", "get", f"{C}/glmovements", "listGlMovements", "designed"),
    ("Insights", "get", f"{C}/insights/adbintervals", "listAdbIntervals", "designed"),
    ("LogItems", "get", f"{C}/logitems/{{logitemid}}", "getLogItem", "designed"),
    ("LogItems", "get", f"{C}/logitems", "listLogItems", "designed"),
    ("PaymentReservations", "post", f"{C}/paymentreservations", "createPaymentReservation", "documented"),
    ("Health", "get", "/health", "getHealth", "designed"),
]
TAGS = list(dict.fromkeys(tag for tag, *_ in OPERATIONS))


def test_there_are_35_operations_in_16_tags() -> None:
    assert (len(OPERATIONS), len(TAGS)) == (35, 16)


def test_operations_are_exactly_the_documented_list_in_seed_order(spec: dict[str, Any]) -> None:
    found = [
        (op.operation["tags"][0], op.method, op.path, op.operation_id, op.operation["x-armrest-source"])
        for op in contract.armrest_operations(spec)
    ]
    assert found == OPERATIONS


def test_tags_are_the_seed_tags_in_order(spec: dict[str, Any]) -> None:
    assert contract.armrest_tags(spec) == TAGS


def test_sandbox_operations_are_marked_in_a_marked_tag_of_their_own(spec: dict[str, Any]) -> None:
    marked_tags = {t["name"] for t in spec["tags"] if t.get(contract.SANDBOX) is True}
    sandbox = [op for op in contract.operations(spec) if contract.is_sandbox(op)]
    assert sandbox and all(op.operation["x-armrest-source"] == "sandbox" for op in sandbox)
    assert {op.operation["tags"][0] for op in sandbox} == marked_tags
    assert not any(op.operation["tags"][0] in marked_tags for op in contract.armrest_operations(spec))
    listed = [op.operation_id for op in contract.operations(spec)]
    assert listed[: len(OPERATIONS)] == [op_id for *_, op_id, _ in OPERATIONS]  # the sandbox's come last


def test_each_operation_has_exactly_one_tag(spec: dict[str, Any]) -> None:
    assert [op.operation_id for op in contract.operations(spec) if len(op.operation["tags"]) != 1] == []


def test_every_operation_but_health_requires_a_bearer_token(spec: dict[str, Any]) -> None:
    open_ops = [
        op.operation_id
        for op in contract.operations(spec)
        if op.operation.get("security", spec["security"]) in ([], [{}])
    ]
    assert open_ops == ["getHealth"]


def test_bearer_scheme_is_jwt_and_tokens_come_from_client_credentials(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes["bearerAuth"] == schemes["bearerAuth"] | {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
    }
    assert "tokenUrl" in schemes["clientCredentials"]["flows"]["clientCredentials"]


def test_servers_are_staging_and_local(spec: dict[str, Any]) -> None:
    assert [(s["url"], s["x-internal"]) for s in spec["servers"]] == [
        ("https://api.staging.amili.no/arm/v1", False),
        ("http://localhost:8080/arm/v1", False),
    ]


def test_every_post_takes_an_idempotency_key(spec: dict[str, Any]) -> None:
    missing = [
        op.operation_id
        for op in contract.operations(spec)
        if op.method == "post"
        and "Idempotency-Key"
        not in {contract.resolve(spec, p)["name"] for p in op.operation.get("parameters", [])}
    ]
    assert missing == []


def test_the_fuzz_stage_leaves_out_exactly_the_sandbox_operations(spec: dict[str, Any]) -> None:
    """schemathesis.toml disables the operations marked x-armrest-sandbox (by the mark, not by name):
    the fuzzed servers run without sandbox controls, where those paths do not exist. The selection is
    judged by schemathesis's own filter function (loading the whole schema here takes ~20 s)."""
    config = tomllib.loads((contract.ROOT / "schemathesis.toml").read_text())
    disabled = [block for block in config.get("operations", []) if block.get("enabled") is False]
    selects = [expression_to_filter_function(block["include-by"]) for block in disabled]

    def off(op: contract.Operation) -> bool:
        ctx = SimpleNamespace(operation=SimpleNamespace(definition=SimpleNamespace(raw=op.operation)))
        return any(select(ctx) for select in selects)  # type: ignore[arg-type]

    left_out = {op.operation_id for op in contract.operations(spec) if off(op)}
    assert (
        left_out == {op.operation_id for op in contract.operations(spec) if contract.is_sandbox(op)} != set()
    )
