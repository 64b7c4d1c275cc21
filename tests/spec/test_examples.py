"""Every example validates (Draft 2020-12, formats asserted), and the seed's own example does too."""

from __future__ import annotations

from typing import Any

from armrest_server.http.compiler import lift
from tests.support import spec as contract

SEED_REQUEST = {
    "metadata": {"userId": "TestUser"},
    "action": {
        "report": {
            "includeSum": "includeSum",
            "adb": {
                "debtCollectionColumn": True,
                "intervals": [
                    {"intervalNo": 1, "intervalLength": 20},
                    {"intervalNo": 4, "intervalLength": 40},
                    {"intervalNo": 5, "intervalLength": 60},
                ],
            },
        }
    },
}
SEED_ANSWER = {
    "status": "PROCESSED",
    "result": "CREATED",
    "message": "Action reports created and accepted for processing",
    "reportType": "adb",
    "clientNo": 2218,
    "jobQueueId": 908966,
}


def json_schema(spec: dict[str, Any], op: contract.Operation, status: str | None) -> dict[str, Any]:
    holder = op.operation["requestBody"] if status is None else op.operation["responses"][status]
    return contract.resolve(spec, holder)["content"]["application/json"]["schema"]  # type: ignore[no-any-return]


def test_every_example_validates(spec: dict[str, Any]) -> None:
    assert contract.example_errors(spec) == []


def test_every_example_keeps_to_our_proposals_too(spec: dict[str, Any]) -> None:
    """Examples are what the sandbox is sent and answers: they keep to its lifted reading as well."""
    assert contract.example_errors(lift(spec)) == []


def test_every_request_body_and_response_body_has_an_example(spec: dict[str, Any]) -> None:
    missing = []
    for op in contract.operations(spec):
        holders = {"request": op.operation.get("requestBody", {})} | op.operation["responses"]
        for where, holder in holders.items():
            for media_type, media in contract.resolve(spec, holder).get("content", {}).items():
                if "example" not in media and "examples" not in media:
                    missing.append(f"{op.operation_id} {where} {media_type}")
    assert missing == []


def test_the_seed_request_validates(spec: dict[str, Any], ops: dict[str, contract.Operation]) -> None:
    schema = json_schema(spec, ops["createReportAction"], None)
    assert [e.message for e in contract.validator(spec, schema).iter_errors(SEED_REQUEST)] == []


def test_the_seed_answer_validates(spec: dict[str, Any], ops: dict[str, contract.Operation]) -> None:
    schema = json_schema(spec, ops["createReportAction"], "200")
    assert [e.message for e in contract.validator(spec, schema).iter_errors(SEED_ANSWER)] == []


def test_an_unknown_key_in_a_request_body_is_refused(
    spec: dict[str, Any], ops: dict[str, contract.Operation]
) -> None:
    schema = json_schema(spec, ops["createReportAction"], None)
    assert not contract.validator(spec, schema).is_valid(SEED_REQUEST | {"surprise": 1})


def test_money_with_three_decimals_is_refused_by_the_servers_validators(spec: dict[str, Any]) -> None:
    from armrest_server.http.compiler import Compiler

    check = Compiler(spec).validator({"$ref": "#/components/schemas/Amount"})
    assert (check.is_valid(0.07), check.is_valid(542.3), check.is_valid(10.005)) == (True, True, False)


def test_no_schema_uses_a_fractional_multiple_of(spec: dict[str, Any]) -> None:
    """Float `multipleOf` (0.01) is judged differently by float-based validators: never use it."""
    found: list[str] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if "multipleOf" in node and not float(node["multipleOf"]).is_integer():
                found.append(where)
            for key, child in node.items():
                walk(child, f"{where}/{key}")
        elif isinstance(node, list):
            for i, child in enumerate(node):
                walk(child, f"{where}/{i}")

    walk(spec, "#")
    assert found == []
