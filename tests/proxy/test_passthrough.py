"""Traffic passes the proxy unchanged but for hop-by-hop fields, and its log masks every secret."""

from __future__ import annotations

import gzip
from typing import Any

import httpx
from starlette.types import Receive, Scope, Send

from tests.proxy.conftest import proxy

ANSWER = gzip.compress(b'{"kept": "as sent"}')
SECRETS = {
    "birth number": "01017012345",
    "query secret": "s3cr3t-in-query",
    "jwt": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln",
    "basic": "ZGVtbzpzM2NyM3Q=",
    "cookie": "cookie-value",
    "set-cookie": "answer-cookie-value",
    "form secret": "form-s3cr3t",
}


class Upstream:
    """A raw ASGI app: records what reached it, answers with repeated, hop-by-hop and encoded parts."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        body, more = b"", True
        while more:
            message = await receive()
            body, more = body + message.get("body", b""), message.get("more_body", False)
        self.received.append(
            {**{k: scope[k] for k in ("method", "raw_path", "query_string", "headers")}, "body": body}
        )
        headers = [
            (b"content-type", b"application/json"),
            (b"content-encoding", b"gzip"),
            (b"content-length", str(len(ANSWER)).encode()),
            (b"set-cookie", b"a=1"),
            (b"set-cookie", f"session={SECRETS['set-cookie']}".encode()),
            (b"x-custom", b"Kept"),
            (b"connection", b"x-hop-answer"),
            (b"x-hop-answer", b"dropped"),
            (b"keep-alive", b"timeout=5"),
        ]
        await send({"type": "http.response.start", "status": 207, "headers": headers})
        await send({"type": "http.response.body", "body": ANSWER})


def test_requests_and_answers_pass_unchanged_but_for_hop_by_hop_fields() -> None:
    upstream = Upstream()
    sent: list[httpx.Request] = []
    with proxy(httpx.ASGITransport(app=upstream)) as proxied:
        proxied.client.event_hooks["request"].append(sent.append)
        answer = proxied.client.put(
            "/arm/v1/clients/2218/documents/INV%2F2026%2F77?b=2&a=1&a=3",
            content=b'{ "odd" :  1 }',
            headers=[
                ("X-Trace", "one"),
                ("X-Trace", "two"),
                ("Content-Type", "application/json"),
                ("Connection", "x-hop"),
                ("X-Hop", "dropped"),
                ("Keep-Alive", "timeout=5"),
            ],
        )
    [received] = upstream.received
    assert (received["method"], received["raw_path"], received["query_string"], received["body"]) == (
        "PUT",
        b"/arm/v1/clients/2218/documents/INV%2F2026%2F77",
        b"b=2&a=1&a=3",
        b'{ "odd" :  1 }',
    )
    hop = {b"connection", b"x-hop", b"keep-alive", b"host"}
    expected = [(k.lower(), v) for k, v in sent[0].headers.raw if k.lower() not in hop]
    assert [(k, v) for k, v in received["headers"] if k != b"host"] == expected
    assert dict(received["headers"])[b"host"] == b"upstream.test"

    assert answer.status_code == 207
    assert answer.headers.get_list("set-cookie") == ["a=1", f"session={SECRETS['set-cookie']}"]
    assert answer.headers["x-custom"] == "Kept" and answer.headers["content-encoding"] == "gzip"
    assert int(answer.headers["content-length"]) == len(ANSWER)  # relayed still encoded
    assert answer.content == b'{"kept": "as sent"}'
    assert "x-hop-answer" not in answer.headers and "keep-alive" not in answer.headers


def test_the_exchange_log_masks_credentials_cookies_and_personal_numbers() -> None:
    with proxy(httpx.ASGITransport(app=Upstream())) as proxied:
        proxied.client.get(
            f"/arm/v1/clients/2218/customers/{SECRETS['birth number']}",
            params={"client_secret": SECRETS["query secret"]},
            headers={"Authorization": f"Bearer {SECRETS['jwt']}", "Cookie": f"s={SECRETS['cookie']}"},
        )
        proxied.client.post(
            "/token",
            data={"grant_type": "client_credentials", "client_secret": SECRETS["form secret"]},
            headers={"Authorization": f"Basic {SECRETS['basic']}"},
        )
        written = proxied.sink.getvalue().decode() + proxied.client.get("/_proxy/report").text
    lines = proxied.lines()
    assert [line["operation"] for line in lines] == ["getCustomer", None]
    assert {name: value for name, value in SECRETS.items() if value in written} == {}
    assert lines[0]["requestHeaders"]["authorization"] == "***"
    assert lines[0]["path"] == "/arm/v1/clients/2218/customers/***"


def test_an_unreachable_upstream_is_answered_502_and_counted() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with proxy(httpx.MockTransport(refuse)) as proxied:
        answer = proxied.client.get("/arm/v1/health")
        report = proxied.report()
    assert (answer.status_code, answer.headers["content-type"]) == (502, "application/problem+json")
    assert report["upstreamErrors"] == 1 and report["operations"]["getHealth"]["statuses"] == {}
    assert proxied.lines()[0]["status"] is None and "ConnectError" in proxied.lines()[0]["notes"][0]


def test_a_body_over_the_checked_size_is_forwarded_whole_and_noted_unchecked() -> None:
    upstream = Upstream()
    body = b'{"metadata": {"userId": "x"}, "customer": "' + b"x" * 200 + b'"}'
    with proxy(httpx.ASGITransport(app=upstream), max_body=64) as proxied:
        proxied.client.post(
            "/arm/v1/clients/2218/customers",
            content=body,
            headers={"Content-Type": "application/json", "Authorization": "Bearer x"},
        )
    [line] = proxied.lines()
    assert upstream.received[0]["body"] == body and line["requestBytes"] == len(body)
    assert [v for v in line["violations"] if v["where"] == "request"] == []  # not judged, not guessed
    assert "request body over 64 bytes: not checked" in line["notes"]
