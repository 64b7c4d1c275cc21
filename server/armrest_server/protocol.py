"""uvicorn's httptools protocol with a bound on how long a client may take to send a request.

uvicorn bounds the idle time of a kept-alive connection (`timeout_keep_alive`) and the number of
connections (`limit_concurrency`), but not the time a client takes to send its headers or its body:
a client that sends half its headers, or a Content-Length larger than the body it sends, would hold
a connection (and, once the headers are in, a request task) for ever. Here a connection has
`header_timeout` seconds from its opening (or from a kept-alive request's first byte) to the end of
the headers, and then `body_timeout` seconds to the end of the body; late, it is answered 408
problem+json and closed. Both are settings (`--header-timeout`, `--body-timeout`); each server
process reads them from its ARMREST_* variables, as it does its other settings.

The answers uvicorn gives itself, before the app sees a request, are problem+json here too: the 400
for what httptools cannot parse, and the 503 beyond `limit_concurrency` (with `Retry-After`); and a
request line with headers beyond `max_header_bytes` is answered 431, where httptools would keep it.

One source address may hold at most `max_connections_per_address` of a process's connections (default
a quarter of `max_connections`): its next one is answered 503 problem+json with `Retry-After` and
closed at once, so slow sockets from one address cannot take every connection from the others.
Addresses count as the token endpoint's failures do (throttle.address_key: an IPv6 host by its /64),
by the connection's peer, never a header.
"""

from __future__ import annotations

import asyncio
import functools
from collections import Counter
from typing import Any

import orjson
from uvicorn._types import ASGI3Application, ASGIReceiveCallable, ASGISendCallable, Scope
from uvicorn.protocols.http.flow_control import service_unavailable
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol, RequestResponseCycle

from armrest_server.http.problems import PROBLEM_BASE
from armrest_server.settings import Settings
from armrest_server.throttle import address_key


@functools.cache
def _timeouts() -> tuple[float, float]:
    settings = Settings.from_env()
    return settings.header_timeout, settings.body_timeout


@functools.cache
def _header_limit() -> int:
    return Settings.from_env().max_header_bytes


@functools.cache
def _address_limit() -> int:
    return per_address_limit(Settings.from_env())


def per_address_limit(settings: Settings) -> int:
    """Connections one source address may hold in a process: the setting, or a quarter of the total;
    always fewer than the total, so that one address never takes them all."""
    chosen = settings.max_connections_per_address or settings.max_connections // 4
    return max(1, min(chosen, settings.max_connections - 1))


# Open connections of this process per source address (the event loop's thread alone touches it).
_BY_ADDRESS: Counter[str] = Counter()


def _problem_response(status: int, slug: str, title: str, detail: str, *headers: bytes) -> bytes:
    """A whole problem+json answer that closes the connection, for what uvicorn answers itself."""
    body = orjson.dumps({"type": PROBLEM_BASE + slug, "title": title, "status": status, "detail": detail})
    head = (
        STATUS_LINE[status] + b"content-type: application/problem+json\r\n"
        b"connection: close\r\ncontent-length: " + str(len(body)).encode() + b"\r\n" + b"".join(headers)
    )
    return head + b"\r\n" + body


def _timeout_response(detail: str) -> bytes:
    return _problem_response(408, "request-timeout", "Request timeout", detail)


# What httptools refuses to parse: a malformed request line or header, a request line over its limit,
# Content-Length with Transfer-Encoding, a bad chunk size. uvicorn answers these in text/plain.
UNPARSABLE = (
    "The request is not valid HTTP/1.1 (a malformed or too long request line or header, conflicting "
    "Content-Length and Transfer-Encoding, or a malformed chunked body)"
)


async def _too_many_connections(_scope: Scope, _receive: ASGIReceiveCallable, send: ASGISendCallable) -> None:
    """uvicorn's answer beyond `limit_concurrency`, as a problem with Retry-After."""
    body = orjson.dumps(
        {
            "type": PROBLEM_BASE + "unavailable",
            "title": "Service unavailable",
            "status": 503,
            "detail": "The server serves as many connections as it may; retry shortly",
        }
    )
    headers = [
        (b"content-type", b"application/problem+json"),
        (b"content-length", str(len(body)).encode()),
        (b"retry-after", b"1"),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": 503, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.header_timeout, self.body_timeout = _timeouts()
        self._deadline: asyncio.TimerHandle | None = None
        # Bytes received since the current request began, until its headers are complete (then None).
        self._header_bytes: int | None = 0
        self._tail = b""  # the last bytes of the previous read: a blank line may span two reads
        self.max_header_bytes = _header_limit()

    def _arm(self, seconds: float, what: str) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(seconds, self._late, what, seconds)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _late(self, what: str, seconds: float) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        cycle = self.cycle
        if what == "headers" or (cycle is not None and not cycle.response_started):
            self.transport.write(
                _timeout_response(f"The request's {what} did not arrive within {seconds:g} s")
            )
        # Closing ends the request: a handler waiting for the rest of the body sees a disconnect.
        self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._address: str | None = None
        address = address_key(self.client[0] if self.client else "")  # "": a peer without an address
        if _BY_ADDRESS[address] >= _address_limit():
            detail = "This address holds as many connections as it may; close one or retry shortly"
            retry = b"retry-after: 1\r\n"
            self.transport.write(_problem_response(503, "unavailable", "Service unavailable", detail, retry))
            self.transport.close()
            return
        self._address = address
        _BY_ADDRESS[address] += 1
        self._arm(self.header_timeout, "headers")

    def data_received(self, data: bytes) -> None:
        # httptools keeps a header however long it grows (51 MiB in one took 90 MiB of memory).
        if self._header_bytes is not None:
            if self._header_bytes + len(data) > self.max_header_bytes and not self._headers_end_in(data):
                detail = f"The request line and headers exceed {self.max_header_bytes} bytes"
                self.transport.write(
                    _problem_response(431, "header-too-large", "Request header fields too large", detail)
                )
                self.transport.close()
                self._header_bytes = None
                return
            self._header_bytes += len(data)
            self._tail = data[-3:]
        super().data_received(data)

    def _headers_end_in(self, data: bytes) -> bool:
        """Whether the headers end within the limit in `data`: one read often holds the headers and
        the start of a large body, and only the bytes up to the blank line count."""
        assert self._header_bytes is not None
        end = (self._tail + data).find(b"\r\n\r\n")
        return end != -1 and self._header_bytes + end + 4 - len(self._tail) <= self.max_header_bytes

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._deadline is None:  # the next request of a kept-alive connection
            self._arm(self.header_timeout, "headers")

    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        self._header_bytes = None
        self._arm(self.body_timeout, "body")

    def on_message_complete(self) -> None:
        self._disarm()
        # The next request's headers count from here (not from its first byte, which arrives in the
        # middle of a read that was already counted).
        self._header_bytes, self._tail = 0, b""
        super().on_message_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        if self._address is not None:
            _BY_ADDRESS[self._address] -= 1
            if _BY_ADDRESS[self._address] <= 0:
                del _BY_ADDRESS[self._address]
            self._address = None
        super().connection_lost(exc)

    # Errors uvicorn answers itself, before the app sees a request: problem+json like every other.
    def send_400_response(self, msg: str) -> None:
        self.transport.write(_problem_response(400, "validation", "Request is invalid", UNPARSABLE))
        self.transport.close()

    def _start_asgi_task(self, cycle: RequestResponseCycle, app: ASGI3Application) -> None:
        # uvicorn picks its text/plain `service_unavailable` app when `limit_concurrency` is reached.
        super()._start_asgi_task(cycle, _too_many_connections if app is service_unavailable else app)
