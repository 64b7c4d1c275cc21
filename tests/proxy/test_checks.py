"""What the proxy judges in an exchange it forwards: a request without a token or with a body its operation
does not take, an answer with no body, malformed JSON, an encoding it cannot read or a size it does not
keep, a breach inside list items; and the exchanges whose client goes away or whose upstream cuts off."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import orjson
from starlette.datastructures import Headers
from starlette.types import Message, Receive, Scope, Send

from armrest_server.http.spec import Spec, compile_operations
from armrest_server.proxy.check import Checker
from armrest_server.proxy.fields import undeclared
from tests.proxy import upstream
from tests.proxy.conftest import proxy

CUSTOMERS = upstream.CUSTOMERS
TOKEN = {"Authorization": "Bearer t"}
JSON = [(b"content-type", b"application/json"), (b"x-request-id", b"r-1")]


def _answer(method: str, kind: str) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    if kind == "empty":
        return 200, JSON, b""
    if kind == "malformed":
        return 200, JSON, b'{"customerNo": '
    if kind == "bad-gzip":
        return 200, [*JSON, (b"content-encoding", b"gzip")], b"not gzip"
    if kind == "br":
        return 200, [*JSON, (b"content-encoding", b"br")], b"\x0b\x02"
    if kind == "big":
        body = upstream.example("getCustomer", "200")
        body["name"] = "x" * 5000
        return 200, JSON, orjson.dumps(body)
    if kind == "beyond-proposals":  # within the contract; beyond two of our proposals
        body = upstream.example("getCustomer", "200")
        body["accountNo"], body["name"] = 7, "x" * 300
        return 200, JSON, orjson.dumps(body)
    if kind == "list-names":
        page = upstream.example("listCustomers", "200")
        for item in page["customers"]:
            item["name"] = 5
        return 200, JSON, orjson.dumps(page)
    if method == "POST":
        created = upstream.example("createCustomer", "201")
        return (
            201,
            [*JSON, (b"location", f"{CUSTOMERS}/{created['customerNo']}".encode())],
            orjson.dumps(created),
        )
    return 200, JSON, orjson.dumps(upstream.example("getCustomer", "200"))


async def planted(scope: Scope, receive: Receive, send: Send) -> None:
    """An upstream answering as the request's `X-Answer` says (the body unread)."""
    status, headers, body = _answer(scope["method"], dict(scope["headers"]).get(b"x-answer", b"").decode())
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})


def test_each_breach_of_an_exchange_is_reported_where_it_is() -> None:
    with proxy(httpx.ASGITransport(app=planted), max_body=4096) as proxied:
        client = proxied.client
        client.get(f"{CUSTOMERS}/1")  # no token
        client.request(
            "GET", f"{CUSTOMERS}/2", content=b"{}", headers=TOKEN | {"Content-Type": JSON[0][1].decode()}
        )
        client.post(CUSTOMERS, content=b"", headers=TOKEN)
        for kind in ("empty", "malformed", "bad-gzip", "br", "big", "list-names"):
            path = CUSTOMERS if kind == "list-names" else f"{CUSTOMERS}/3"
            with client.stream("GET", path, headers=TOKEN | {"X-Answer": kind}) as answer:
                for _ in answer.iter_raw():  # relayed as sent (gzip stays gzip)
                    pass
        client.head(f"{CUSTOMERS}/4", headers=TOKEN)
        report = proxied.report()
    operations = report["operations"]
    assert operations["getCustomer"]["violations"] == {
        "malformedBody": {"200": 1},
        "missingBody": {"200": 1},
        "requestBodyUndeclared": {"request": 1},
        "requestCredentials": {"request #/header/Authorization": 1},
    }
    assert operations["createCustomer"]["violations"] == {"requestBodyMissing": {"request": 1}}
    assert operations["listCustomers"]["violations"] == {"body": {"200 /customers/*/name": 2}}
    assert report["exchanges"] == 10 and report["violations"] == 7  # findings, each item counted
    unchecked = "response body over 4096 bytes or undecodable: not checked"
    notes = [line["notes"] for line in proxied.lines()]
    assert notes == [[], [], [], [], [], [unchecked], [unchecked], [unchecked], [], []]


def test_an_answer_breaking_only_our_proposals_is_noted_not_a_violation() -> None:
    """`accountNo` 7 and a 300-character name break proposed bounds (`x-armrest-proposed`), which Amili
    does not document: the contract allows them, so they are notes, beside the violations."""
    with proxy(httpx.ASGITransport(app=planted)) as proxied:
        proxied.client.get(f"{CUSTOMERS}/5", headers=TOKEN | {"X-Answer": "beyond-proposals"})
        proxied.client.get(CUSTOMERS, headers=TOKEN | {"X-Answer": "list-names"})
        report = proxied.report()
        lines = proxied.lines()
    seen = report["operations"]["getCustomer"]
    assert seen["violations"] == {}
    assert seen["proposalNotes"] == {"200 /accountNo": 1, "200 /name": 1}
    assert sorted(note["at"] for note in lines[0]["proposalNotes"]) == ["/accountNo", "/name"]
    assert "500000" in " ".join(note["message"] for note in lines[0]["proposalNotes"])
    # An answer that breaks the contract itself is judged by it alone: violations, no notes.
    listed = report["operations"]["listCustomers"]
    assert (listed["violations"], listed["proposalNotes"]) == ({"body": {"200 /customers/*/name": 2}}, {})


class _Gone:
    """An ASGI receive delivering `chunks` (more to come after each), then the client's disconnect."""

    def __init__(self, *chunks: bytes, ends: bool = False) -> None:
        self.messages: list[Message] = [
            {"type": "http.request", "body": c, "more_body": True} for c in chunks
        ]
        if ends:
            self.messages[-1]["more_body"] = False
        self.messages.append({"type": "http.disconnect"})

    async def __call__(self) -> Message:
        return self.messages.pop(0) if len(self.messages) > 1 else self.messages[0]


def _exchange(app: Any, client: Any, receive: _Gone, path: str = CUSTOMERS) -> list[Message]:
    """One exchange driven by hand on the proxy's own event loop (the TestClient's portal)."""
    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    scope: Scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [
            (b"authorization", b"Bearer t"),
            (b"content-type", b"application/json"),
            (b"transfer-encoding", b"chunked"),
        ],
        "client": ("127.0.0.1", 1),
        "server": ("proxy.test", 80),
    }
    client.portal.call(app, scope, receive, send)
    return sent


async def _reading(scope: Scope, receive: Receive, send: Send) -> None:
    """An upstream reading the whole body, then answering 201 with what it read."""
    body, more = b"", True
    while more:
        message = await receive()
        body, more = body + message.get("body", b""), message.get("more_body", False)
    await send({"type": "http.response.start", "status": 201, "headers": JSON})
    await send({"type": "http.response.body", "body": body})


async def _early(scope: Scope, receive: Receive, send: Send) -> None:
    """An upstream answering 413 before it read the body."""
    await send({"type": "http.response.start", "status": 413, "headers": JSON})
    await send({"type": "http.response.body", "body": b'{"title": "Too large", "status": 413}'})


def test_a_body_in_chunks_is_forwarded_whole_and_one_over_the_size_is_unchecked() -> None:
    with proxy(httpx.ASGITransport(app=_reading), max_body=8) as proxied:
        sent = _exchange(proxied.client.app, proxied.client, _Gone(b'{"a":', b"", b'"long"', b"}", ends=True))
    assert [m["status"] for m in sent if m["type"] == "http.response.start"] == [201]
    assert b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body") == b'{"a":"long"}'
    [line] = proxied.lines()
    assert line["requestBytes"] == 12 and "request body over 8 bytes: not checked" in line["notes"]


def test_a_client_gone_before_its_body_ended_is_noted_and_nothing_answered() -> None:
    with proxy(httpx.ASGITransport(app=_reading)) as proxied:
        sent = _exchange(proxied.client.app, proxied.client, _Gone(b'{"customer": '))
    assert sent == []
    [line] = proxied.lines()
    assert line["status"] is None and line["notes"] == ["the client disconnected before its body ended"]


def test_a_body_is_read_whole_before_the_upstream_is_asked() -> None:
    """Store and forward: a client gone half-way through its body never reaches the upstream (which
    would have answered at once, without reading it)."""
    asked: list[Scope] = []

    async def early(scope: Scope, receive: Receive, send: Send) -> None:
        asked.append(scope)
        await _early(scope, receive, send)

    with proxy(httpx.ASGITransport(app=early)) as proxied:
        sent = _exchange(proxied.client.app, proxied.client, _Gone(b'{"customer": '))
    assert (sent, asked) == ([], [])
    [line] = proxied.lines()
    assert line["status"] is None and line["notes"] == ["the client disconnected before its body ended"]


class _CutOff(httpx.AsyncBaseTransport):
    """An upstream whose connection breaks after the first chunk of its answer."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        class Stream(httpx.AsyncByteStream):
            async def __aiter__(self) -> AsyncIterator[bytes]:
                yield b'{"customerNo": "1", '
                raise httpx.ReadError("connection reset")

        return httpx.Response(200, headers=[(b"content-type", b"application/json")], stream=Stream())


def test_an_answer_cut_off_by_the_upstream_is_answered_502_and_not_judged() -> None:
    """The answer is read whole before it is relayed: a cut one reaches the client as the proxy's 502."""
    with proxy(_CutOff()) as proxied:
        answer = proxied.client.get(f"{CUSTOMERS}/1", headers=TOKEN)
        report = proxied.report()
    assert (answer.status_code, answer.json()["status"]) == (502, 502)
    [line] = proxied.lines()
    assert (line["status"], line["notes"]) == (None, ["upstream: ReadError: connection reset"])
    assert report["upstreamErrors"] == 1 and report["operations"]["getCustomer"]["violations"] == {}


def test_what_a_contract_leaves_open_is_not_reported() -> None:
    """A media type without a schema takes any JSON; an optional body may be left out; a 204 has none."""
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "put": {
                    "operationId": "putThings",
                    "tags": ["things"],
                    "security": [],
                    "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
                    "responses": {
                        "200": {"description": "any", "content": {"application/json": {}}},
                        "204": {"description": "nothing"},
                    },
                }
            }
        },
    }
    spec = Spec(document, b"", b"", compile_operations(document))
    checker = Checker(spec=spec, prefix="")
    routed = checker.route("PUT", "/things")
    assert not isinstance(routed, str)
    headers = Headers({"content-type": "application/json"})
    verdict = checker.request(routed, b"", Headers({"content-length": "0"}), b"")
    checker.response(routed.operation, "PUT", 200, headers, b'{"anything": [1, {"x": 2}]}', verdict)
    checker.response(routed.operation, "PUT", 204, Headers({}), b"", verdict)
    assert (verdict.violations, verdict.undeclared_fields) == ([], [])


def test_undeclared_fields_under_additional_properties_and_repeated_members() -> None:
    entry = {"type": "object", "properties": {"amount": {"type": "number"}}}
    schema = {
        "allOf": [
            {"type": "object", "additionalProperties": entry},
            entry,
            {"anyOf": [entry]},  # the same member again (shared by reference) is taken once
            True,  # a boolean schema declares nothing
        ]
    }
    value = {"2026-04": {"amount": 1, "currency": "NOK"}, "amount": 2}
    assert undeclared(lambda node: node, schema, value) == ["/2026-04/currency"]
