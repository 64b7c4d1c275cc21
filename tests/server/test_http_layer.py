"""The spec-driven HTTP layer: every bad request is a problem+json 4xx and changes nothing; responses
that break the contract become 500 in strict mode; a contract the layer cannot honour fails at start-up."""

from __future__ import annotations

import contextlib
import copy
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from starlette.testclient import TestClient

from armrest_server.auth import Principal
from armrest_server.http.call import Call, Reply
from armrest_server.http.dispatch import Dispatcher, Limits
from armrest_server.http.problems import FieldError, Problem
from armrest_server.http.spec import PROBLEM_JSON, SpecError, compile_operations
from tests.support.app import CLIENTNO, Api, running, spec, table_counts
from tests.support.builders import (
    create_customer,
    create_document,
    customer_body,
    document_body,
    file_upload,
    files_body,
)
from tests.support.server import Server, serving

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

FILES = f"/arm/v1/clients/{CLIENTNO}/files"


@pytest.fixture
def unchanged(api: Api) -> Iterator[None]:
    """The test's requests must leave every table as it was."""
    api.post(FILES, json=files_body())  # something to lose
    before = table_counts(api)
    yield
    assert table_counts(api) == before


def problem(response: Any, status: int) -> dict[str, Any]:
    assert (response.status_code, response.headers["content-type"]) == (status, PROBLEM_JSON), response.text
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    return body


def post_raw(api: Api, content: bytes, content_type: str = "application/json") -> Any:
    return api.request("POST", FILES, content=content, headers={"Content-Type": content_type})


# --- routing ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/arm/v1/clients/2218/nothing", "/arm", "/elsewhere", "/arm/v2/health"])
def test_an_unknown_path_answers_404(api: Api, unchanged: None, path: str) -> None:
    problem(api.get(path), 404)


def test_a_wrong_method_answers_405_with_allow(api: Api, unchanged: None) -> None:
    response = api.delete(FILES)
    assert (problem(response, 405)["status"], response.headers["allow"]) == (405, "GET, HEAD, OPTIONS, POST")


@pytest.mark.parametrize("method", ["TRACE", "QUERY", "PATCH"])
def test_any_other_method_answers_405_with_allow(api: Api, unchanged: None, method: str) -> None:
    response = api.request(method, FILES)
    assert (problem(response, 405)["status"], response.headers["allow"]) == (405, "GET, HEAD, OPTIONS, POST")


def test_a_newline_in_a_path_parameter_answers_400(api: Api, unchanged: None) -> None:
    body = problem(api.get("/arm/v1/clients/%0A/files"), 400)
    assert body["errors"][0]["pointer"] == "#/path/clientno"


def test_the_instance_of_a_problem_is_a_uri_reference(api: Api, unchanged: None) -> None:
    body = problem(api.get(f"/arm/v1/clients/{CLIENTNO}/customers/%C3%97%C3%B8%20x"), 400)
    assert body["instance"] == f"/arm/v1/clients/{CLIENTNO}/customers/%C3%97%C3%B8%20x"


def test_an_unacceptable_accept_answers_406(api: Api, unchanged: None) -> None:
    problem(api.get(FILES, headers={"Accept": "text/html"}), 406)


# --- HEAD and OPTIONS -------------------------------------------------------------------------------
VARYING = {"date", "x-request-id"}


def test_head_answers_what_get_answers_without_the_body(api: Api, unchanged: None) -> None:
    get, head = api.get(FILES), api.request("HEAD", FILES)
    same = {k: v for k, v in get.headers.items() if k not in VARYING}
    assert (head.status_code, {k: v for k, v in head.headers.items() if k not in VARYING}, head.content) == (
        200,
        same,
        b"",
    )
    assert int(head.headers["content-length"]) == len(get.content) > 0


def test_head_of_a_refused_get_has_the_refusal_without_a_body(api: Api, unchanged: None) -> None:
    response = api.client.request("HEAD", FILES)
    assert (response.status_code, response.headers["content-type"], response.content) == (
        401,
        PROBLEM_JSON,
        b"",
    )


def test_head_where_there_is_no_get_answers_405(api: Api, unchanged: None) -> None:
    response = api.request("HEAD", f"/clients/{CLIENTNO}/customers/batches")
    assert (response.status_code, response.headers["allow"]) == (405, "OPTIONS, POST, PUT")


def test_options_answers_204_with_allow_and_needs_no_token(api: Api, unchanged: None) -> None:
    response = api.client.options(FILES)
    assert (response.status_code, response.headers["allow"], response.content) == (
        204,
        "GET, HEAD, OPTIONS, POST",
        b"",
    )


def test_options_on_an_unknown_path_answers_404(api: Api, unchanged: None) -> None:
    problem(api.client.options("/arm/v1/clients/2218/nothing"), 404)


# Generated from the contract: every path and every GET, so a new operation is covered without a test.
def _templates() -> dict[str, set[str]]:
    methods: dict[str, set[str]] = {}
    for op in spec().operations:
        methods.setdefault(op.template, set()).add(op.method)
    return methods


def _concrete(template: str) -> str:
    """The template with `clientno` 2218 and `1` for every other parameter (valid or not: HEAD must
    agree with GET on whatever answer that is)."""
    return "/arm/v1" + re.sub(
        r"\{([a-z]+)\}", lambda m: str(CLIENTNO) if m[1] == "clientno" else "1", template
    )


@pytest.fixture(scope="module")
def one_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """One app for the generated catalogue (its requests write nothing), with sandbox controls: the
    catalogue walks every path of the contract, the sandbox-only ones too."""
    database = tmp_path_factory.mktemp("catalogue") / "armrest.db"
    with running(f"sqlite:///{database}", sandbox_controls=True) as api:
        yield api


@pytest.mark.parametrize("template", sorted(_templates()))
def test_every_path_answers_options_and_405_from_the_contract(one_app: Api, template: str) -> None:
    declared = _templates()[template]
    allow = ", ".join(sorted(declared | {"OPTIONS"} | ({"HEAD"} if "GET" in declared else set())))
    options = one_app.client.options(_concrete(template))
    wrong = next(m for m in ("DELETE", "PATCH", "PUT", "POST") if m not in declared)
    refused = one_app.request(wrong, _concrete(template))
    assert (options.status_code, options.headers["allow"], refused.status_code, refused.headers["allow"]) == (
        204,
        allow,
        405,
        allow,
    )


@pytest.mark.parametrize(
    "operation_id", sorted(op.operation_id for op in spec().operations if op.method == "GET")
)
def test_every_get_has_a_head_that_agrees_and_no_answer_reflects_the_host(
    one_app: Api, operation_id: str
) -> None:
    op = next(o for o in spec().operations if o.operation_id == operation_id)
    path, evil = _concrete(op.template), {"Host": "evil.example"}
    get, head = one_app.get(path, headers=evil), one_app.request("HEAD", path, headers=evil)
    assert (head.status_code, head.headers.get("content-type"), head.content) == (
        get.status_code,
        get.headers.get("content-type"),
        b"",
    )
    assert "evil.example" not in get.text + str(get.headers) + str(head.headers)


# --- path parameters are decoded exactly once --------------------------------------------------------
def test_a_slash_in_a_document_number_is_read_percent_encoded(api: Api) -> None:
    create_customer(api, "543210")
    create_document(api, "INV/2026/77")
    response = api.get(f"/clients/{CLIENTNO}/documents/INV%2F2026%2F77")
    assert (response.status_code, response.json()["documentNo"]) == (200, "INV/2026/77")


def test_an_encoded_percent_is_a_literal_percent(api: Api) -> None:
    create_customer(api, "543210")
    create_document(api, "INV/2026/77")
    # `%25` is `%`: the number asked for is `INV%2F2026%2F77`, which no document number can be.
    error = problem(api.get(f"/clients/{CLIENTNO}/documents/INV%252F2026%252F77"), 400)["errors"][0]
    assert (error["pointer"], '"INV%2F2026%2F77"' in error["message"]) == ("#/path/documentno", True)


def test_an_encoded_percent_in_a_customer_number_is_not_decoded_again(api: Api) -> None:
    create_customer(api, "100111")
    # `1001%31%31` is not a customer number the contract allows (and never customer 100111).
    assert problem(api.get(f"/clients/{CLIENTNO}/customers/1001%2531%2531"), 400)["errors"][0]["pointer"] == (
        "#/path/customerno"
    )


def test_an_encoded_unreserved_character_is_the_character(api: Api, unchanged: None) -> None:
    assert api.client.get("/arm/v1/%68ealth").status_code == 200


def test_an_encoded_slash_does_not_split_the_prefix(api: Api, unchanged: None) -> None:
    problem(api.client.get("/arm%2Fv1/health"), 404)


# --- bodies ----------------------------------------------------------------------------------------
def test_a_wrong_content_type_answers_415(api: Api, unchanged: None) -> None:
    problem(post_raw(api, orjson.dumps(files_body()), "text/plain"), 415)


def test_malformed_json_answers_400(api: Api, unchanged: None) -> None:
    assert problem(post_raw(api, b'{"metadata": {'), 400)["errors"][0]["code"] == "malformedJson"


def test_a_10_mb_body_answers_413(api: Api, unchanged: None) -> None:
    problem(post_raw(api, b" " * (10 * 1024 * 1024)), 413)


def test_a_10_mb_body_without_content_length_answers_413(api: Api, unchanged: None) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b" " * (1024 * 1024)

    problem(api.request("POST", FILES, content=chunks(), headers={"Content-Type": "application/json"}), 413)


def test_10000_deep_nesting_answers_400(api: Api, unchanged: None) -> None:
    problem(post_raw(api, b"[" * 10_000 + b"]" * 10_000), 400)


def test_invalid_utf8_answers_400(api: Api, unchanged: None) -> None:
    problem(post_raw(api, b'{"metadata": {"userId": "\xff\xfe"}, "files": []}'), 400)


def test_an_integer_beyond_64_bits_in_a_body_answers_400(api: Api, unchanged: None) -> None:
    customer = b'{"customerNo": "1", "name": "x", "dueDays": 18446744073709551616}'
    body = b'{"metadata": {"userId": "t"}, "customer": ' + customer + b"}"
    response = api.request(
        "POST", f"/clients/{CLIENTNO}/customers", content=body, headers={"Content-Type": "application/json"}
    )
    assert [e["pointer"] for e in problem(response, 400)["errors"]] == ["/customer/dueDays"]


@pytest.mark.parametrize("value", ["18446744073709551616", "99999999999999999999999", "-9223372036854775809"])
def test_an_integer_beyond_64_bits_in_a_query_answers_400(api: Api, unchanged: None, value: str) -> None:
    response = api.get(f"/clients/{CLIENTNO}/glitems?voucherno={value}")
    assert problem(response, 400)["errors"][0]["pointer"] == "#/query/voucherno"


def test_an_unknown_field_answers_400_naming_it(api: Api, unchanged: None) -> None:
    body = files_body(file_upload() | {"colour": "red"}) | {"extra": 1}
    errors = problem(api.post(FILES, json=body), 400)["errors"]
    assert sorted((e["pointer"], e["code"]) for e in errors) == [
        ("/extra", "additionalProperties"),
        ("/files/0/colour", "additionalProperties"),
    ]


def test_a_missing_body_answers_400(api: Api, unchanged: None) -> None:
    problem(post_raw(api, b""), 400)


# --- hostile strings -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "path",
    [
        f"/clients/{CLIENTNO}/files/'%20OR%20'1'%3D'1",
        f"/clients/{CLIENTNO}/glitems/1%3BDROP%20TABLE%20gl_entries",
        f"/clients/{CLIENTNO}/logitems/1%20OR%201%3D1",
        f"/clients/{CLIENTNO}/clientconfigs/x'%3B--",
        f"/clients/{CLIENTNO}/files/..%2F..%2F..%2Fetc%2Fpasswd",
        f"/clients/{CLIENTNO}/files/%2E%2E",
        "/clients/2218%20OR%201%3D1/files",
        "/codes/..%2F..%2Fetc%2Fpasswd",
    ],
)
def test_hostile_path_values_answer_4xx(api: Api, unchanged: None, path: str) -> None:
    response = api.get(path)
    assert 400 <= response.status_code < 500 and response.headers["content-type"] == PROBLEM_JSON


@pytest.mark.parametrize(
    "query",
    [
        "glitems?documentno=1'%20OR%20'1'%3D'1",
        "glitems?accountno=1500'--",
        "glitems?fromdate=2026-01-01'%3B%20DROP%20TABLE%20gl_entries%3B--",
        "files?fileid=..%2F..%2Fetc%2Fpasswd",
        "files?filetype=PDF'%20OR%201%3D1",
        "logitems?entitytype=CUSTOMER%20OR%201%3D1",
        "glmovements?closed=true%20OR%201%3D1",
    ],
)
def test_hostile_query_values_answer_400(api: Api, unchanged: None, query: str) -> None:
    problem(api.get(f"/clients/{CLIENTNO}/{query}"), 400)


def test_a_hostile_free_text_value_is_data_that_matches_nothing(api: Api, unchanged: None) -> None:
    response = api.get(f"/clients/{CLIENTNO}/logitems?userid=x'%20OR%20'1'%3D'1&entitykey=1%20OR%201%3D1")
    assert (response.status_code, response.json()["logItems"]) == (200, [])


@pytest.mark.parametrize(
    "item",
    [
        file_upload(name="../../etc/passwd"),
        file_upload(name="..\\..\\boot.ini"),
        file_upload(documentNo="1' OR '1'='1"),
        file_upload(file_type="PDF'; DROP TABLE files;--"),
        file_upload() | {"mediaType": "text/plain'; DROP TABLE files"},
    ],
    ids=[
        "traversal",
        "backslashes",
        "injection in documentNo",
        "injection in fileType",
        "injection in mediaType",
    ],
)
def test_hostile_body_values_answer_400(api: Api, unchanged: None, item: dict[str, Any]) -> None:
    problem(api.post(FILES, json=files_body(item)), 400)


# --- responses are checked against the contract -----------------------------------------------------
def dispatcher_client(handler: Any, strict: bool) -> TestClient:
    handlers = {op.operation_id: handler for op in spec().operations}
    dispatcher = Dispatcher(
        spec(),
        handlers,
        lambda _header: Principal("tester", frozenset({CLIENTNO})),
        services=None,
        limits=Limits(strict=strict),
    )
    return TestClient(dispatcher)  # a plain ASGI app, as http/front.py runs it


def bad_health(_call: Call) -> Reply:
    return Reply(200, {"status": "SUNNY"})


def test_a_response_that_breaks_the_contract_is_a_500_in_strict_mode() -> None:
    response = dispatcher_client(bad_health, strict=True).get("/arm/v1/health")
    assert problem(response, 500)["detail"].startswith("Response 200 breaks the contract")


def test_an_undeclared_status_is_a_500_in_strict_mode() -> None:
    response = dispatcher_client(lambda _call: Reply(418, {"status": "teapot"}), strict=True).get(
        "/arm/v1/health"
    )
    problem(response, 500)


def test_outside_strict_mode_the_answer_is_sent_as_is() -> None:
    response = dispatcher_client(bad_health, strict=False).get("/arm/v1/health")
    assert (response.status_code, response.json()) == (200, {"status": "SUNNY"})


def test_a_handler_that_fails_answers_a_500_problem() -> None:
    def failing(_call: Call) -> Reply:
        raise RuntimeError("boom")

    assert "boom" not in problem(dispatcher_client(failing, strict=True).get("/arm/v1/health"), 500)["detail"]


# --- a contract the layer cannot honour fails at start-up -------------------------------------------
def tiny_spec(operation: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "tiny", "version": "1.0.0"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "makeThing",
                    "tags": ["Things"],
                    "responses": {"200": {"description": "ok"}},
                }
                | operation
            }
        },
    }


def test_the_tiny_spec_itself_compiles() -> None:
    assert [op.operation_id for op in compile_operations(tiny_spec({}))] == ["makeThing"]


@pytest.mark.parametrize(
    "operation",
    [
        {"parameters": [{"name": "session", "in": "cookie", "schema": {"type": "string"}}]},
        {
            "requestBody": {
                "content": {"multipart/form-data": {"schema": {"type": "object"}}},
            }
        },
        {"parameters": [{"name": "filter", "in": "query", "schema": {"type": "object"}}]},
        {
            "parameters": [
                {
                    "name": "ids",
                    "in": "query",
                    "style": "pipeDelimited",
                    "schema": {"type": "array", "items": {"type": "string"}},
                }
            ]
        },
        {"responses": {"200": {"description": "a PDF", "content": {"application/pdf": {}}}}},
        {"responses": {"2XX": {"description": "any success"}}},
    ],
    ids=[
        "cookie parameter",
        "multipart body",
        "object parameter",
        "pipe-delimited array",
        "pdf answer",
        "2XX",
    ],
)
def test_an_unsupported_feature_fails_at_start_up(operation: dict[str, Any]) -> None:
    with pytest.raises(SpecError):
        compile_operations(tiny_spec(operation))


def test_an_unsupported_security_scheme_fails_at_start_up() -> None:
    document = copy.deepcopy(tiny_spec({}))
    document["components"] = {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}}
    with pytest.raises(SpecError):
        compile_operations(document)


@pytest.mark.parametrize(
    ("request_", "pointer"),
    [
        ({"method": "GET", "path": f"/clients/{CLIENTNO}/customers?name=a%00b"}, "#/query/name"),
        (
            {"method": "POST", "path": f"/clients/{CLIENTNO}/customers", "json": customer_body(name="a\x00")},
            "/customer/name",
        ),
        (
            {"method": "POST", "path": FILES, "json": {**files_body(), "metadata": {"userId": "\x00"}}},
            "/metadata/userId",
        ),
    ],
)
def test_text_holding_nul_answers_422_on_every_database(
    api: Api, unchanged: None, request_: dict[str, Any], pointer: str
) -> None:
    args = dict(request_)
    body = problem(api.request(args.pop("method"), args.pop("path"), **args), 422)
    assert (body["errors"][0]["code"], body["errors"][0]["pointer"]) == ("nulCharacter", pointer)


@pytest.mark.parametrize("text", ["C:\\u0000", "\\\\u0000", "u0000"])
def test_text_that_spells_the_escape_of_nul_is_kept_as_written(sqlite_api: Api, text: str) -> None:
    # The NUL check searches the JSON encoding for the escape \u0000: a backslash written before
    # `u0000` matches it too, and the exact walk then finds no NUL (no 422).
    created = sqlite_api.post(f"/clients/{CLIENTNO}/customers", json=customer_body("n1", name=text))
    assert created.status_code == 201, created.text
    assert sqlite_api.get(f"/clients/{CLIENTNO}/customers/n1").json()["name"] == text


def test_a_problem_lists_at_most_the_1000_errors_the_contract_allows() -> None:
    errors = [FieldError(f"/document/lines/{n}/lineNo", "used twice", "duplicate") for n in range(1500)]
    assert len(Problem(422, "1500 rules broken", errors).body("/x")["errors"]) == 1000


def test_a_field_error_does_not_echo_a_huge_value(sqlite_api: Api) -> None:
    customers = [{"customerNo": f"C{n}", "name": "x"} for n in range(10_001)]
    answer = sqlite_api.post(
        f"/clients/{CLIENTNO}/customers/batches", {"metadata": {"userId": "t"}, "customers": customers}
    )
    assert (answer.status_code, len(answer.content) < 5_000) == (400, True)


def test_a_failure_outside_the_operations_answers_a_500_problem(
    sqlite_api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(*_args: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("armrest_server.store.security.api_client", failing)
    client = TestClient(sqlite_api.client.app, raise_server_exceptions=False)
    response = client.post(
        "/token",
        content="grant_type=client_credentials&client_id=a&client_secret=b",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert "boom" not in problem(response, 500)["detail"]


# --- the same through a real server (uvicorn decodes the path itself; Starlette's TestClient differs) ----
@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with serving(tmp_path_factory.mktemp("http-layer")) as running_server:
        yield running_server


@pytest.fixture(scope="module")
def wire(server: Server) -> Iterator[httpx.Client]:
    """A client of the real server for client 2218, with customer 543210 and document INV/2026/77."""
    headers = {"Authorization": f"Bearer {server.token()}"}
    with httpx.Client(base_url=server.base_url, headers=headers, timeout=30) as client:
        for n in range(7):
            body = customer_body("543210" if n == 0 else f"C{n}")
            assert client.post(f"/clients/{CLIENTNO}/customers", json=body).status_code == 201
        assert (
            client.post(f"/clients/{CLIENTNO}/documents", json=document_body("INV/2026/77")).status_code
            == 201
        )
        yield client


def test_a_real_server_reads_a_percent_encoded_slash_once(wire: httpx.Client) -> None:
    response = wire.get(f"/clients/{CLIENTNO}/documents/INV%2F2026%2F77")
    assert (response.status_code, response.json()["documentNo"]) == (200, "INV/2026/77")


@pytest.mark.parametrize(
    "path",
    [f"/clients/{CLIENTNO}/documents/INV%252F2026%252F77", f"/clients/{CLIENTNO}/customers/5432%2531%2530"],
)
def test_a_real_server_does_not_decode_twice(wire: httpx.Client, path: str) -> None:
    problem(wire.get(path), 400)


def test_a_real_server_answers_head_and_options(wire: httpx.Client) -> None:
    # One customer: a list's answer holds a queryId sealed with the second it was issued in, whose
    # compressed length may differ from one second to the next.
    get, head = (
        wire.get(f"/clients/{CLIENTNO}/customers/543210"),
        wire.head(f"/clients/{CLIENTNO}/customers/543210"),
    )
    assert get.status_code == 200 and get.json()["customerNo"] == "543210"
    options = wire.options(f"/clients/{CLIENTNO}/customers")
    assert (head.status_code, head.headers["content-length"], head.content) == (
        200,
        str(len(get.content)),
        b"",
    )
    assert (options.status_code, options.headers["allow"]) == (204, "GET, HEAD, OPTIONS, POST, PUT")


def test_a_real_server_never_reflects_the_host_header(server: Server, wire: httpx.Client) -> None:
    response = wire.get(f"/clients/{CLIENTNO}/customers?pagesize=5", headers={"Host": "evil.example"})
    summary = response.json()["summary"]
    assert "evil.example" not in response.text + str(response.headers)
    assert summary["nextPage"].startswith(f"{server.base_url}/clients/{CLIENTNO}/customers?query=")


def _raw_exchange(server: Server, request: bytes) -> tuple[bytes, bytes]:
    """Send bytes as they are (no client would), answer the status line and the rest."""
    port = int(server.origin.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    status, _, rest = answer.partition(b"\r\n")
    return status, rest


FORM_HEAD = b"POST /token HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"


@pytest.mark.parametrize(
    "request_",
    [
        FORM_HEAD + b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        FORM_HEAD + b"Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
        b"\x00\x01\x02 nonsense\r\n\r\n",
        b"GET /arm/v1/h\xc3\xa9alth HTTP/1.1\r\nHost: x\r\n\r\n",
    ],
    ids=["Content-Length and Transfer-Encoding", "bad chunk size", "garbage", "8-bit path"],
)
def test_what_the_http_parser_refuses_is_a_400_problem(server: Server, request_: bytes) -> None:
    status, rest = _raw_exchange(server, request_)
    head, _, body = rest.partition(b"\r\n\r\n")
    assert (status, b"content-type: application/problem+json" in head, orjson.loads(body)["status"]) == (
        b"HTTP/1.1 400 Bad Request",
        True,
        400,
    )


@pytest.mark.parametrize(
    "request_",
    [
        b"GET /arm/v1/health?" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /arm/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (4 << 20) + b"\r\n\r\n",
        b"GET /arm/v1/health HTTP/1.1\r\n" + b"".join(b"X-%d: a\r\n" % n for n in range(20_000)) + b"\r\n",
    ],
    ids=["request line over 64 KiB", "a 4 MiB header", "20000 headers"],
)
def test_headers_beyond_the_limit_answer_431_before_they_end(server: Server, request_: bytes) -> None:
    port = int(server.origin.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        # Refused and closed while still sending: the answer is already on its way.
        with contextlib.suppress(OSError):
            sock.sendall(request_)
        answer = sock.recv(65536)
    status, _, rest = answer.partition(b"\r\n")
    head, _, body = rest.partition(b"\r\n\r\n")
    assert (status, b"content-type: application/problem+json" in head, orjson.loads(body)["status"]) == (
        b"HTTP/1.1 431 Request Header Fields Too Large",
        True,
        431,
    )


@pytest.mark.slow  # starts armrest serve
def test_beyond_the_connection_limit_the_answer_is_a_503_problem(tmp_path: Path) -> None:
    with serving(tmp_path, max_connections="2") as limited:
        port = int(limited.origin.rsplit(":", 1)[1])
        # From two addresses: one address alone may hold fewer than all (--max-connections-per-address).
        holders = [
            socket.create_connection(("127.0.0.1", port), timeout=20, source_address=(f"127.0.0.{n}", 0))
            for n in (1, 2)
        ]
        try:
            with httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.3"), timeout=10) as other:
                response = other.get(f"{limited.base_url}/health")
        finally:
            for holder in holders:
                holder.close()
    assert (response.status_code, response.headers["content-type"], response.headers["retry-after"]) == (
        503,
        "application/problem+json",
        "1",
    )


@pytest.mark.parametrize("path", ["/token/", "/arm/v1/docs/", "/token", "/arm/v1/health", "/nothing"])
@pytest.mark.parametrize("method", ["GET", "POST", "HEAD", "OPTIONS", "DELETE"])
def test_no_answer_reflects_the_host_header(server: Server, method: str, path: str) -> None:
    response = httpx.request(method, server.origin + path, headers={"Host": "evil.example"})
    assert "evil.example" not in response.text + str(response.headers)
    assert response.status_code < 300 or response.headers["content-type"] == PROBLEM_JSON


def test_a_wrong_method_outside_the_operations_answers_405_with_allow(sqlite_api: Api) -> None:
    response = sqlite_api.client.get("/token")
    assert (problem(response, 405)["status"], response.headers["allow"]) == (405, "POST")


def test_an_operation_without_a_handler_stops_the_start_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One check, the dispatcher's, for every app: a contract operation that no handler answers."""
    from armrest_server.api import health
    from armrest_server.app import build
    from armrest_server.settings import Settings

    monkeypatch.delattr(health, "getHealth")
    with pytest.raises(LookupError, match="getHealth"):
        build(Settings(database_url=f"sqlite:///{tmp_path}/armrest.db"), spec())
