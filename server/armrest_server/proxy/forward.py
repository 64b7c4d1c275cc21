"""Forwarding: each request to the upstream as it came, each answer back as it came, then the verdict.

Nothing is added or refused. The request line keeps its raw path and query (`%2F` stays `%2F`);
headers keep their order and repeats. Only what RFC 9110 (7.6.1) makes hop-by-hop is dropped both
ways: `Connection`, the fields it names, `Keep-Alive`, `Proxy-Connection`, `TE`, `Transfer-Encoding`
and `Upgrade` (each hop frames its own message); `Host` names the upstream, as TLS and virtual hosts
need; links to the upstream in an answer are rewritten to the proxy (links.py).

Store and forward: the request body is read whole from the client before the upstream is asked, and
the answer whole from the upstream before the client gets it (in memory up to `max_body` bytes, then
in a temporary file), so a client that sends or reads slowly holds no upstream connection. The first
`max_body` bytes of each are checked once the answer has been relayed; a larger body is forwarded
whole and noted as unchecked. The answer's bytes are relayed still encoded (gzip stays gzip), unless
its links are rewritten, and decoded for the check. The token endpoint (the contract's tokenUrl) is
forwarded and counted apart: it is no operation of the contract.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from email.utils import formatdate
from urllib.parse import quote

import httpx
import orjson
from starlette.datastructures import Headers
from starlette.types import Receive, Scope, Send

from armrest_server.proxy.check import Checker, Routed, Verdict, media_type
from armrest_server.proxy.links import Relinker
from armrest_server.proxy.report import Drift, Lines

HOP_BY_HOP = {b"connection", b"keep-alive", b"proxy-connection", b"te", b"transfer-encoding", b"upgrade"}
DECODABLE = {"", "identity", "gzip", "deflate"}  # encodings httpx decodes without optional packages
RawHeaders = list[tuple[bytes, bytes]]
# Statuses about the request's framing (too slow, URI or headers too large), answered before any
# operation runs: undeclared by an operation, they are the client's doing, not the deployment's drift.
CLIENT_CAUSED = frozenset({408, 414, 431})


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


class Spool:
    """A body kept whole: in memory up to `max_body` bytes, then in a temporary file; `kept` holds the
    first `max_body` bytes for the check."""

    CHUNK = 64 * 1024

    def __init__(self, max_body: int) -> None:
        self.file = tempfile.SpooledTemporaryFile(max_size=max_body)  # noqa: SIM115 (closed by close())
        self.kept = Kept(max_body, bytearray())

    def add(self, chunk: bytes) -> None:
        self.kept.add(chunk)
        self.file.write(chunk)

    def small(self) -> bytes | None:
        return self.kept.value()

    async def chunks(self) -> AsyncIterator[bytes]:
        self.file.seek(0)
        while chunk := self.file.read(self.CHUNK):
            yield chunk

    def close(self) -> None:
        self.file.close()


async def _read_request(receive: Receive, body: Spool) -> None:
    """The whole request body from the client, before the upstream is asked: a slow client holds no
    upstream connection (the listener's body time-out bounds how slow it may be)."""
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone
        body.add(message.get("body", b""))
        more = bool(message.get("more_body", False))


@dataclass
class Answer:
    """The upstream's answer, read whole (the upstream connection is free again before the client
    gets a byte, however slowly it reads)."""

    status: int
    raw_headers: RawHeaders
    body: Spool

    @property
    def headers(self) -> Headers:
        return Headers(raw=[(k.lower(), v) for k, v in self.raw_headers])


class Forwarder:
    """The ASGI app every path but the proxy's own goes to."""

    def __init__(
        self,
        *,
        upstream: httpx.URL,
        checker: Checker,
        drift: Drift,
        lines: Lines,
        max_body: int,
        relinker: Relinker | None = None,
        token_paths: frozenset[str] = frozenset(),
    ) -> None:
        self.upstream = upstream
        self.base = base_path(upstream, checker.prefix)
        self.checker = checker
        self.drift = drift
        self.lines = lines
        self.max_body = max_body
        self.relinker = relinker
        self.token_paths = token_paths
        self.client: httpx.AsyncClient | None = None  # opened by the app's lifespan

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        assert self.client is not None, "the proxy's lifespan opens the upstream client"
        started = time.perf_counter()
        method: str = scope["method"]
        raw_path: bytes = scope.get("raw_path") or quote(scope["path"]).encode()
        query: bytes = scope.get("query_string", b"")
        request_headers = Headers(raw=scope["headers"])
        has_body = "content-length" in request_headers or "transfer-encoding" in request_headers
        sent, notes = Spool(self.max_body), []
        answer: Answer | None = None
        try:
            if has_body:
                await _read_request(receive, sent)
            answer = await self._ask(method, raw_path, query, scope["headers"], sent if has_body else None)
        except ClientGone:
            notes.append("the client disconnected before its body ended")
        except httpx.HTTPError as error:
            notes.append(f"upstream: {type(error).__name__}: {error}")
            await _unreachable(send, 504 if isinstance(error, httpx.TimeoutException) else 502, error)
        try:
            if answer is not None:
                await self._relay(answer, send, notes)
            self._record(method, raw_path, query, request_headers, sent, answer, notes, started)
        finally:
            sent.close()
            if answer is not None:
                answer.body.close()

    async def _ask(
        self, method: str, raw_path: bytes, query: bytes, headers: RawHeaders, body: Spool | None
    ) -> Answer:
        assert self.client is not None
        content: bytes | AsyncIterator[bytes] | None = None
        if body is not None:
            small = body.small()
            content = small if small is not None else body.chunks()
        request = httpx.Request(
            method,
            self.upstream.copy_with(raw_path=self.base + raw_path + (b"?" + query if query else b"")),
            headers=end_to_end(headers, drop=frozenset({b"host"})),
            content=content,
        )
        response = await self.client.send(request, stream=True)
        kept = Spool(self.max_body)
        try:
            if response.is_stream_consumed:  # an answer made in memory (a transport that is no network)
                kept.add(response.content)
            else:
                async for chunk in response.aiter_raw():
                    kept.add(chunk)
        except BaseException:
            kept.close()
            raise
        finally:
            await response.aclose()
        return Answer(response.status_code, list(response.headers.raw), kept)

    async def _relay(self, answer: Answer, send: Send, notes: list[str]) -> None:
        headers = end_to_end(answer.raw_headers)
        body: bytes | None = None
        if self.relinker is not None:
            headers = self.relinker.headers(headers)
            body = self._relinked(answer, headers)
            if body is not None:
                notes.append("links to the upstream rewritten to the proxy")
                kept = {b"content-length", b"content-encoding"}
                headers = [(k, v) for k, v in headers if k.lower() not in kept]
                headers.append((b"content-length", str(len(body)).encode()))
        try:
            await send({"type": "http.response.start", "status": answer.status, "headers": headers})
            if body is not None:
                await send({"type": "http.response.body", "body": body, "more_body": False})
                return
            async for chunk in answer.body.chunks():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except OSError as error:
            notes.append(f"relaying the answer: {type(error).__name__}: {error}")

    def _relinked(self, answer: Answer, headers: RawHeaders) -> bytes | None:
        """The answer's body (decoded) with its links rewritten, or None when it is relayed as it came."""
        assert self.relinker is not None
        decoded = _decoded(answer.body.small(), answer.headers)
        if decoded is None or "json" not in media_type(answer.headers):
            return None
        return self.relinker.body(decoded)

    def _record(
        self,
        method: str,
        raw_path: bytes,
        query: bytes,
        request_headers: Headers,
        sent: Spool,
        answer: Answer | None,
        notes: list[str],
        started: float,
    ) -> None:
        status = None if answer is None else answer.status
        response_headers = None if answer is None else answer.headers
        path = raw_path.decode("latin-1")
        if path in self.token_paths:
            notes.append("the token endpoint (the contract's tokenUrl): not one of its operations")
            verdict = Verdict(None)
            self.drift.add_token(status)
        else:
            routed = self.checker.route(method, path)
            verdict = self._judge(routed, method, query, request_headers, sent, answer, notes)
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
            sizes=(sent.kept.size, 0 if answer is None else answer.body.kept.size),
            notes=notes,
        )

    def _judge(
        self,
        routed: Routed | str,
        method: str,
        query: bytes,
        request_headers: Headers,
        sent: Spool,
        answer: Answer | None,
        notes: list[str],
    ) -> Verdict:
        if isinstance(routed, str):
            return Verdict(None, unrouted=routed)
        if sent.small() is None:
            notes.append(f"request body over {self.max_body} bytes: not checked")
        verdict = self.checker.request(routed, query, request_headers, sent.small())
        if answer is None:
            return verdict
        if answer.status in CLIENT_CAUSED and routed.operation.response(answer.status) is None:
            notes.append(
                f"{answer.status}: the request's framing was refused before any operation ran "
                "(the client's doing, not the deployment's drift)"
            )
            return verdict
        body = _decoded(answer.body.small(), answer.headers)
        if body is None and method != "HEAD":
            notes.append(f"response body over {self.max_body} bytes or undecodable: not checked")
        self.checker.response(routed.operation, method, answer.status, answer.headers, body, verdict)
        return verdict


def base_path(upstream: httpx.URL, prefix: str) -> bytes:
    """The path put before every request's: the upstream URL's, less the contract's own path when
    it ends with it (`https://host/arm/v1` is where the contract lives, not a prefix to repeat)."""
    base = upstream.raw_path.split(b"?")[0].rstrip(b"/")
    if prefix and base.endswith(prefix.encode()):
        base = base[: -len(prefix)]
    return base


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
    headers = [
        (b"content-type", b"application/problem+json"),
        (b"content-length", str(len(body)).encode()),
        (b"date", formatdate(usegmt=True).encode()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
