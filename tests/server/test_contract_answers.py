"""Every answer of a routed operation is one the contract declares, with the headers it declares.

The app runs in strict mode (tests/support/app.py): an answer that breaks its operation's declared
responses becomes a 500, so each assertion on a status below also proves it is declared. The
drift tests remove a declaration from a copy of the bundle and show the server catching it, also for
answers raised before the handler runs (401, 406, 415, the NUL 422).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from starlette.testclient import TestClient

from armrest_server.app import build
from armrest_server.http.spec import Spec, compile_operations
from armrest_server.settings import Settings
from tests.support import builders as b
from tests.support.app import CLIENTNO, Api, running, spec, table_counts

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

C = f"/clients/{CLIENTNO}"
SANE_GENERATED = re.compile(r"[0-9a-f]{32}")


# --- pre-handler answers, declared and validated -------------------------------------------------
def test_a_406_before_the_handler_is_declared_everywhere(sqlite_api: Api) -> None:
    for path in (f"{C}/aritems/1", f"{C}/customers", "/codes/currency", "/health"):
        response = sqlite_api.get(path, headers={"Accept": "text/csv"})
        assert response.status_code == 406, (path, response.text)


def test_a_nul_in_a_query_parameter_is_a_declared_422(sqlite_api: Api) -> None:
    response = sqlite_api.get(f"{C}/aritems/1", params={"userid": "a\x00b"})
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["code"] == "nulCharacter"


def test_401_415_413_and_400_are_declared(tmp_path: Any) -> None:
    with running(f"sqlite:///{tmp_path}/armrest.db", max_body=2048) as api:
        assert api.get(f"{C}/customers", token="not-a-token").status_code == 401
        body = b.customer_body("1")
        assert (
            api.post(f"{C}/customers", content=b"x", headers={"Content-Type": "text/plain"}).status_code
            == 415
        )
        assert api.post(f"{C}/customers", json=b.customer_body("1", name="x" * 4000)).status_code == 413
        assert api.post(f"{C}/customers", json={**body, "surprise": 1}).status_code == 400


# --- money: at most two decimals, a 422 rule --------------------------------------------------------
def test_an_amount_with_three_decimals_is_a_422_decimals_and_writes_nothing(sqlite_api: Api) -> None:
    b.create_customer(sqlite_api, "543210")
    before = table_counts(sqlite_api)
    body = b.document_body("100777", lines=[b.line(1, 10.005)])
    response = sqlite_api.post(f"{C}/documents", json=body)
    assert response.status_code == 422, response.text
    assert response.json()["errors"] == [
        {
            "pointer": "/document/lines/0/unitPrice",
            "message": "10.005 has more than 2 decimals",
            "code": "decimals",
        }
    ]
    assert table_counts(sqlite_api) == before


def test_a_nullable_amount_with_three_decimals_is_a_422_decimals_not_a_oneof_400(sqlite_api: Api) -> None:
    # limitAmount is `oneOf: [NonNegativeAmount, null]`: the decimals rule must not hide behind the oneOf.
    b.create_customer(sqlite_api, "543210")
    before = table_counts(sqlite_api)
    response = sqlite_api.post(f"{C}/customers", json=b.customer_body("543210", limitAmount=10.005))
    assert response.status_code == 422, response.text
    assert [(e["pointer"], e["code"]) for e in response.json()["errors"]] == [
        ("/customer/limitAmount", "decimals")
    ]
    assert table_counts(sqlite_api) == before


@pytest.mark.parametrize("amount", [542.3, 16.22, 0.07, 1000, 999999999999.99])
def test_amounts_with_two_decimals_or_fewer_are_accepted(sqlite_api: Api, amount: float) -> None:
    b.create_customer(sqlite_api, "543210")
    response = sqlite_api.post(f"{C}/customers", json=b.customer_body("543210", limitAmount=amount))
    assert response.status_code == 200, response.text
    assert b.read_customer(sqlite_api)["limitAmount"] == amount


# --- batches is no customer number ------------------------------------------------------------------
@pytest.mark.parametrize("number", ["batches", "BATCHES"])
def test_customer_number_batches_is_reserved(api: Api, number: str) -> None:
    before = table_counts(api)
    response = api.post(f"{C}/customers", json=b.customer_body(number))
    assert response.status_code == 422, response.text
    assert [e["code"] for e in response.json()["errors"]] == ["reserved"]
    assert table_counts(api) == before


# --- Location: one rule for every create and queued job ---------------------------------------------
def where(response: Any) -> str:
    """The path and query of an answer's Location, which must be an absolute URL."""
    parts = urlsplit(response.headers["Location"])
    assert parts.scheme in ("http", "https") and parts.netloc, response.headers["Location"]
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_every_create_and_queued_job_names_its_resource_in_an_absolute_location(api: Api) -> None:
    base = "/arm/v1"
    response = api.post(f"{C}/customers", json=b.customer_body("543210"))
    assert where(response) == f"{base}{C}/customers/543210"
    response = api.post(f"{C}/documents", json=b.document_body("100234"))
    assert response.status_code == 201, response.text
    assert where(response) == f"{base}{C}/documents/100234"
    assert api.get(where(response).removeprefix(base)).status_code == 200
    response = api.post(f"{C}/customers/batches", json=b.customer_batch([b.customer("7")]))
    assert where(response) == f"{base}{C}/batches/{response.json()['batchUuid']}"
    response = api.post(f"{C}/files", json=b.files_body(b.file_upload()))
    assert response.status_code == 201, response.text
    assert where(response) == f"{base}{C}/files/{response.json()['files'][0]['fileId']}"
    response = api.post(f"{C}/paymentreservations", json=b.reservation_body("P-1", 10, documentNo="100234"))
    assert response.status_code == 201, response.text
    assert where(response) == f"{base}{C}/aritems/{response.json()['arItemId']}"
    b.create_document(api, "100235")  # the first reservation holds 100234; this one is free
    response = api.post(f"{C}/paymentreservations", json=b.reservation_body("P-2", 10, customerNo="543210"))
    assert response.status_code == 201, response.text
    assert where(response) == f"{base}{C}/customers/543210"
    response = api.post(f"{C}/actions/reports/adb", json=b.report_body())
    assert response.status_code == 201, response.text
    assert where(response) == f"{base}{C}/batches/{response.json()['batchUuid']}"
    posting = b.posting("BANK-1", "2026-03-20", 5, documentNo="100234")
    response = api.post(f"{C}/autopostings/payment", json=b.postings_body(posting))
    assert response.status_code == 201, response.text
    voucher = response.json()["autoPostings"][0]["voucherNo"]
    assert where(response) == f"{base}{C}/glitems?voucherno={voucher}"


def test_a_replayed_create_carries_the_same_location(sqlite_api: Api) -> None:
    headers = {"Idempotency-Key": "k-location-1"}
    first = sqlite_api.post(f"{C}/customers", json=b.customer_body("9"), headers=headers)
    again = sqlite_api.post(f"{C}/customers", json=b.customer_body("9"), headers=headers)
    assert (first.status_code, again.headers["Location"]) == (201, first.headers["Location"])


# --- X-Request-Id on every answer -------------------------------------------------------------------
def test_a_sane_request_id_is_echoed_on_every_kind_of_answer(sqlite_api: Api) -> None:
    sent = {"X-Request-Id": "support-case:42/a=b"}
    for method, path in [
        ("GET", f"{C}/customers"),
        ("GET", f"{C}/customers/nobody"),
        ("GET", "/arm/v1/nowhere"),
        ("DELETE", f"{C}/aritems"),
        ("GET", "/arm/v1/openapi.json"),
        ("POST", "/token"),
    ]:
        response = sqlite_api.request(method, path, headers=sent)
        assert response.headers["X-Request-Id"] == sent["X-Request-Id"], (method, path)
    assert (
        sqlite_api.get(f"{C}/customers", token="bad", headers=sent).headers["X-Request-Id"]
        == sent["X-Request-Id"]
    )


@pytest.mark.parametrize("sent", [None, "", "x" * 201, "a b", "<script>", "a\tb"])
def test_a_missing_or_insane_request_id_is_replaced(sqlite_api: Api, sent: str | None) -> None:
    headers = {} if sent is None else {"X-Request-Id": sent}
    response = sqlite_api.request("GET", f"{C}/customers", headers=headers)
    assert SANE_GENERATED.fullmatch(response.headers["X-Request-Id"])


def test_the_request_id_is_logged_with_the_request(sqlite_api: Api, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    logger = logging.getLogger("armrest.access")
    logger.addHandler(caplog.handler)
    try:
        with caplog.at_level(logging.INFO, logger="armrest.access"):
            sqlite_api.get(f"{C}/customers", headers={"X-Request-Id": "trace-7"})
    finally:
        logger.removeHandler(caplog.handler)
    lines = {
        (r.getMessage(), r.status) for r in caplog.records if getattr(r, "request_id", None) == "trace-7"
    }  # type: ignore[attr-defined]
    assert lines == {(f"GET /arm/v1{C}/customers 200", 200)}


# --- the served bundle and problem types name this server ------------------------------------------
def test_the_served_bundle_names_this_servers_address(tmp_path: Any) -> None:
    import yaml

    url = f"sqlite:///{tmp_path}/armrest.db"
    with running(url, public_url="https://sandbox.example.test/") as api:
        served = api.get("/arm/v1/openapi.json").json()
        as_yaml = yaml.safe_load(api.get("/arm/v1/openapi.yaml").text)
        problem = api.get(f"{C}/customers/nobody").json()
    assert [s["url"] for s in served["servers"]] == ["https://sandbox.example.test/arm/v1"]
    assert as_yaml == served
    assert problem["type"] == "https://sandbox.example.test/arm/v1/problems/not-found"
    with running(url, port=9123, public_url=None) as api:
        assert [s["url"] for s in api.get("/arm/v1/openapi.json").json()["servers"]] == [
            "http://127.0.0.1:9123/arm/v1"
        ]


# --- drift: an undeclared answer fails in strict mode ------------------------------------------------
def _without(status: str, operation_id: str) -> Spec:
    base = spec()
    document = copy.deepcopy(base.document)
    for item in document["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                del op["responses"][status]
    return Spec(document, base.json_bytes, base.yaml_bytes, compile_operations(document))


@pytest.fixture
def drifted(tmp_path: Any, request: pytest.FixtureRequest) -> Iterator[TestClient]:
    status, operation_id = request.param
    settings = Settings(database_url=f"sqlite:///{tmp_path}/armrest.db", strict=True, log_level="CRITICAL")
    app = build(settings, _without(status, operation_id))
    with TestClient(app) as client:
        client.headers["Authorization"] = (
            "Bearer " + app.state.services.authority.issue("t", [CLIENTNO]).access_token
        )
        yield client


@pytest.mark.parametrize(
    ("drifted", "method", "path", "kwargs"),
    [
        (("406", "getArItem"), "GET", f"/arm/v1{C}/aritems/1", {"headers": {"Accept": "text/csv"}}),
        (("422", "getArItem"), "GET", f"/arm/v1{C}/aritems/1", {"params": {"userid": "\x00"}}),
        (
            ("401", "listCustomers"),
            "GET",
            f"/arm/v1{C}/customers",
            {"headers": {"Authorization": "Bearer x"}},
        ),
        (("415", "createCustomer"), "POST", f"/arm/v1{C}/customers", {"content": b"x"}),
        (("404", "getCustomer"), "GET", f"/arm/v1{C}/customers/nobody", {}),
    ],
    indirect=["drifted"],
)
def test_strict_mode_turns_an_undeclared_answer_into_a_500(
    drifted: TestClient, method: str, path: str, kwargs: dict[str, Any]
) -> None:
    response = drifted.request(method, path, **kwargs)
    assert response.status_code == 500, response.text
    assert "is not declared" in response.json()["detail"]
