"""Forced answers (`Armrest-Sandbox-Answer`, `--sandbox-controls`): any operation answers one of its
declared error statuses on request, validated like every answer (the app is strict: a breach is a
500), and touches nothing. A server without sandbox controls ignores the header."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.server.test_examples_run import Request, requests
from tests.support import spec as contract
from tests.support.app import CLIENTNO, Api, running, table_counts
from tests.support.builders import create_customer, customer_body

HEADER = "Armrest-Sandbox-Answer"
CUSTOMERS = f"/clients/{CLIENTNO}/customers"
SPEC = contract.load(contract.BUNDLE_JSON)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """One app for the module: a forced answer changes nothing, so the tests cannot disturb each other."""
    with running(f"sqlite:///{tmp_path_factory.mktemp('forced')}/armrest.db", sandbox_controls=True) as api:
        yield api


def forced(value: str) -> dict[str, str]:
    return {HEADER: value}


def test_the_header_is_a_sandbox_only_component_of_the_contract() -> None:
    component = SPEC["components"]["parameters"]["sandboxAnswer"]
    declared = [
        op.operation_id
        for op in contract.operations(SPEC)
        for p in op.operation.get("parameters", [])
        if contract.resolve(SPEC, p)["name"] == HEADER
    ]
    assert (component["name"], component["in"], component[contract.SANDBOX], declared) == (
        HEADER,
        "header",
        True,
        [],
    )


def test_every_operation_answers_each_of_its_declared_error_statuses(sandbox: Api) -> None:
    """One valid request per operation (its contract example), once per declared error status."""
    wrong = []
    first: dict[str, Request] = {}
    for request in requests(SPEC):
        first.setdefault(request.operation_id, request)
    ops = {op.operation_id: op for op in contract.operations(SPEC)}
    for request in first.values():
        responses = ops[request.operation_id].operation["responses"]
        for status in sorted(int(s) for s in responses if s.isdigit() and int(s) >= 400):
            answer = sandbox.request(
                request.method,
                request.url(),
                headers=request.headers | forced(f"{status}; retry-after=0"),
                json=request.body,
            )
            if answer.status_code != status:
                wrong.append(f"{request.label} {status}: {answer.status_code} {answer.text[:200]}")
            elif "retry-after" in answer.headers and answer.headers["retry-after"] != "0":
                wrong.append(f"{request.label} {status}: Retry-After {answer.headers['retry-after']}")
    assert wrong == []


def test_retry_after_is_the_headers_own_or_one_second(sandbox: Api) -> None:
    given = sandbox.get(f"{CUSTOMERS}/543210", headers=forced("429; retry-after=7"))
    default = sandbox.get(f"{CUSTOMERS}/543210", headers=forced("503"))
    body = given.json()
    assert (
        given.status_code,
        given.headers["retry-after"],
        default.status_code,
        default.headers["retry-after"],
    ) == (
        429,
        "7",
        503,
        "1",
    )
    assert body["status"] == 429 and body["instance"] == f"/arm/v1{CUSTOMERS}/543210"
    assert body["detail"].startswith(f"Forced by {HEADER}")


def test_a_forced_answer_writes_nothing_and_stores_no_idempotent_answer(sandbox: Api) -> None:
    before = table_counts(sandbox)
    key = {"Idempotency-Key": "forced-1"}
    answers = [
        sandbox.post(CUSTOMERS, json=customer_body("F-1"), headers=key | forced(code))
        for code in ("409", "422", "503")
    ]
    unchanged = table_counts(sandbox)
    made = sandbox.post(CUSTOMERS, json=customer_body("F-1"), headers=key)
    problem = answers[1].json()
    assert [a.status_code for a in answers] == [409, 422, 503] and unchanged == before
    assert made.status_code == 201  # the key was never taken by the forced answers
    assert problem["errors"] == [  # the contract's example of the 422 answer
        {
            "pointer": "/customer/organizationNo",
            "message": "organizationNo has a wrong check digit",
            "code": "checkDigit",
        }
    ]


def test_a_status_the_operation_does_not_declare_is_refused_naming_the_header(sandbox: Api) -> None:
    answers = [
        sandbox.get(f"{CUSTOMERS}/543210", headers=forced("409")),  # a GET declares no 409
        sandbox.get(f"{CUSTOMERS}/543210", headers=forced("500")),  # `default`, not a declared number
        sandbox.get("/health", headers=forced("422")),
        sandbox.get(f"{CUSTOMERS}/543210", headers=forced("soon")),
        sandbox.get(f"{CUSTOMERS}/543210", headers=forced("200")),
    ]
    assert [(a.status_code, a.json()["errors"][0]["pointer"]) for a in answers] == [
        (400, f"#/header/{HEADER}")
    ] * 5


def test_authentication_and_validation_come_first(sandbox: Api) -> None:
    no_token = sandbox.client.get(f"/arm/v1{CUSTOMERS}/543210", headers=forced("503"))
    bad_query = sandbox.get(f"{CUSTOMERS}?pagesize=x", headers=forced("503"))
    assert (no_token.status_code, bad_query.status_code) == (401, 400)


def test_health_answers_its_own_503_body(sandbox: Api) -> None:
    answer = sandbox.client.get("/arm/v1/health", headers=forced("503; retry-after=0"))
    assert (answer.status_code, answer.headers["content-type"], answer.json()["status"]) == (
        503,
        "application/json",
        "DOWN",
    )


def test_a_server_without_sandbox_controls_ignores_the_header(sqlite_api: Api) -> None:
    create_customer(sqlite_api, "543210")
    answers = [
        sqlite_api.get(f"{CUSTOMERS}/543210", headers=forced("503")),
        sqlite_api.get(f"{CUSTOMERS}/543210", headers=forced("409")),
        sqlite_api.get(f"{CUSTOMERS}/543210", headers=forced("soon")),
    ]
    assert [a.status_code for a in answers] == [200, 200, 200]


def test_the_sandbox_clock_answers_forced_statuses_too_and_stays_where_it_is(sandbox: Api) -> None:
    clock = "/arm/v1/sandbox/clock"
    read = sandbox.get(clock, headers=forced("503; retry-after=0"))
    moved = sandbox.put(clock, json={"advanceSeconds": 86400}, headers=forced("422"))
    assert (read.status_code, moved.status_code) == (503, 422)
    assert sandbox.get(clock).json()["offsetSeconds"] == 0
