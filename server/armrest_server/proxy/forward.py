"""Forwarding: each request to the upstream as it came, each answer back as it came, then the verdict.

Nothing is added, changed or refused. The request line keeps its raw path and query (`%2F` stays
`%2F`); headers keep their order and repeats. Only what RFC 9110 (7.6.1) makes hop-by-hop is dropped
both ways: `Connection`, the fields it names, `Keep-Alive`, `Proxy-Connection`, `TE`,
`Transfer-Encoding` and `Upgrade` (each hop frames its own message); `Host` names the upstream, as
TLS and virtual hosts need. Bodies stream through in both directions as they arrive; a copy of up to
`max_body` bytes is kept to be checked once the answer has been relayed, so checking never delays or
blocks a byte. A larger body is forwarded whole and noted as unchecked. The answer's bytes are
relayed still encoded (gzip stays gzip) and decoded only for the check.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from urllib.parse import quote

import httpx
import orjson
from starlette.datastructures import Headers
from starlette.types import Receive, Scope, Send

from armrest_server.proxy.check import Checker, Routed, Verdict
from armrest_server.proxy.report import Drift, Lines

HOP_BY_HOP = {b"connection", b"keep-alive", b"proxy-connection", b"te", b"transfer-encoding", b"upgrade"}
DECODABLE = {"", "identity", "gzip", "deflate"}  # encodings httpx decodes without optional packages
RawHeaders = list[tuple[bytes, bytes]]


class ClientGone(Exception):
    """The client disconnected before its request body ended."""


def end_to_end(headers: RawHeaders, *, drop: frozenset[bytes] = frozenset()) -> RawHeaders:
    """The headers without hop-by-hop fields (those of RFC 9110 7.6.1 and those `Connection` names)."""
    named = {
        token.strip().lower()
        for name, value in headers
        if name.lower() == b"connection"
        for token in value.split(b",")
    }
    return [(k, v) for k, v in headers if k.lower() not in HOP_BY_HOP | named | drop]


@dataclass
class Kept:
    """The first `limit` bytes of a body, or None once it is longer."""

    limit: int
    data: bytearray | None
    size: int = 0

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.data is not None:
            if len(self.data) + len(chunk) > self.limit:
                self.data = None
            else:
                self.data += chunk

    def value(self) -> bytes | None:
        return None if self.data is None else bytes(self.data)


class _Body:
    """The request body as the ASGI server delivers it, each chunk also kept in `sent`."""

    def __init__(self, receive: Receive, sent: Kept) -> None:
        self.receive = receive
        self.sent = sent
        self.more = True

    async def next(self) -> bytes:
        message = await self.receive()
        if message["type"] == "http.disconnect":
            self.more = False
            raise ClientGone
        chunk: bytes = message.get("body", b"")
        self.more = bool(message.get("more_body", False))
        self.sent.add(chunk)
        return chunk


class Forwarder:
    """The ASGI app every path but the proxy's own goes to."""

    def __init__(
        self, *, upstream: httpx.URL, checker: Checker, drift: Drift, lines: Lines, max_body: int
    ) -> None:
        self.upstream = upstream
        self.base = upstream.raw_path.split(b"?")[0].rstrip(b"/")
        self.checker = checker
        self.drift = drift
        self.lines = lines
        self.max_body = max_body
        self.client: httpx.AsyncClient | None = None  # opened by the app's lifespan

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        assert self.client is not None, "the proxy's lifespan opens the upstream client"
        started = time.perf_counter()
        method: str = scope["method"]
        raw_path: bytes = scope.get("raw_path") or quote(scope["path"]).encode()
        query: bytes = scope.get("query_string", b"")
        request_headers = Headers(raw=scope["headers"])
        sent, answer = Kept(self.max_body, bytearray()), Kept(self.max_body, bytearray())
        has_body = "content-length" in request_headers or "transfer-encoding" in request_headers

        reader = _Body(receive, sent)

        async def body() -> AsyncIterator[bytes]:
            while reader.more:
                chunk = await reader.next()
                if chunk:
                    yield chunk

        request = httpx.Request(
            method,
            self.upstream.copy_with(raw_path=self.base + raw_path + (b"?" + query if query else b"")),
            headers=end_to_end(scope["headers"], drop=frozenset({b"host"})),
            content=body() if has_body else None,
        )
        status: int | None = None
        response_headers: Headers | None = None
        notes: list[str] = []
        try:
            response = await self.client.send(request, stream=True)
        except ClientGone:
            notes.append("the client disconnected before its body ended")
        except httpx.HTTPError as error:
            notes.append(f"upstream: {type(error).__name__}: {error}")
            await _unreachable(send, 504 if isinstance(error, httpx.TimeoutException) else 502, error)
        else:
            status = response.status_code
            response_headers = Headers(raw=[(k.lower(), v) for k, v in response.headers.raw])
            try:
                await send(
                    {
                        "type": "http.response.start",
                        "status": status,
                        "headers": end_to_end(response.headers.raw),
                    }
                )
                async for chunk in response.aiter_raw():
                    answer.add(chunk)
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
                await send({"type": "http.response.body", "body": b"", "more_body": False})
            except (httpx.HTTPError, OSError) as error:
                notes.append(f"relaying the answer: {type(error).__name__}: {error}")
                answer.data = None  # a cut answer is not judged as if it were whole
            finally:
                await response.aclose()
        if has_body and status is not None:
            # An upstream that answered without reading the whole body (an early 413, or an ASGI app
            # that ignored it): the rest is read here, as far as it is kept, so it is checked all the same.
            try:
                while reader.more and sent.data is not None:
                    await reader.next()
            except ClientGone:
                notes.append("the client disconnected before its body ended")
        routed = self.checker.route(method, raw_path.decode("latin-1"))
        verdict = self._judge(
            routed, method, query, request_headers, sent, status, response_headers, answer, notes
        )
        self.drift.add(verdict, status)
        self.lines.write(
            method=method,
            raw_path=raw_path,
            query=query,
            verdict=verdict,
            status=status,
            ms=(time.perf_counter() - started) * 1000,
            request_headers=request_headers,
            response_headers=response_headers,
            sizes=(sent.size, answer.size),
            notes=notes,
        )

    def _judge(
        self,
        routed: Routed | str,
        method: str,
        query: bytes,
        request_headers: Headers,
        sent: Kept,
        status: int | None,
        response_headers: Headers | None,
        answer: Kept,
        notes: list[str],
    ) -> Verdict:
        if isinstance(routed, str):
            return Verdict(None, unrouted=routed)
        if sent.value() is None:
            notes.append(f"request body over {self.max_body} bytes: not checked")
        verdict = self.checker.request(routed, query, request_headers, sent.value())
        if status is None or response_headers is None:
            return verdict
        body = _decoded(answer.value(), response_headers)
        if body is None and method != "HEAD":
            notes.append(f"response body over {self.max_body} bytes or undecodable: not checked")
        self.checker.response(routed.operation, method, status, response_headers, body, verdict)
        return verdict


def _decoded(raw: bytes | None, headers: Headers) -> bytes | None:
    encoding = headers.get("content-encoding", "").strip().lower()
    if raw is None or encoding not in DECODABLE:
        return None
    if encoding in ("", "identity"):
        return raw
    try:
        return httpx.Response(200, headers={"content-encoding": encoding}, content=raw).content
    except httpx.DecodingError:
        return None


async def _unreachable(send: Send, status: int, error: Exception) -> None:
    """The one answer the proxy makes itself: the upstream gave none (502, or 504 on its time-out)."""
    body = orjson.dumps(
        {
            "type": "about:blank",
            "title": "Bad gateway" if status == 502 else "Gateway timeout",
            "status": status,
            "detail": f"the proxy got no answer from the upstream: {type(error).__name__}",
        }
    )
    headers = [(b"content-type", b"application/problem+json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
