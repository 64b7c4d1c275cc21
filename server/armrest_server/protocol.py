"""Bounds on slow, large and numerous clients: a protocol of ours in front of uvicorn's on every connection.

uvicorn bounds the idle time of a kept-alive connection (`timeout_keep_alive`), but not the time a
client takes to send its headers or its body (0.54 has no option for either; `--timeout-request-start`
was proposed there and never merged): a client that sends half its headers, or a Content-Length larger
than the body it sends, would hold a connection (and, once the headers are in, a request task) for
ever. Here a connection has `header_timeout` seconds from its opening (or from a kept-alive request's
first byte) to the end of the headers, and then `body_timeout` seconds to the end of the body; late, it
is answered 408 problem+json and closed.

A request line with headers beyond `max_header_bytes` is answered 431 before it ends, where httptools
would keep it (51 MiB in one header took 90 MiB of memory). What uvicorn would refuse in text/plain
(what httptools cannot parse, a target it cannot read) is answered 400 problem+json here first.

A process serves at most `max_connections` connections, and one source address at most
`max_connections_per_address` of them (default a quarter of the total): the next one is answered 503
problem+json with `Retry-After` and closed at once, so slow sockets from one address cannot take every
connection from the others. Addresses count as the token endpoint's failures do (throttle.address_key:
an IPv6 host by its /64), by the connection's peer, never a header.

How it stands in front: uvicorn runs on the event loop `new_event_loop` makes (uvicorn's documented
`--loop module:function`), a uvloop loop whose `create_server` hands each accepted connection to
`Bounded`, an asyncio.Protocol that reads every byte first, with an httptools parser of its own set as
uvicorn sets its parser, and then passes it on to the protocol uvicorn made for the connection.
Nothing of uvicorn is imported here: its protocol is reached through the asyncio Protocol interface
alone, and it writes through `Watched`, which passes every Transport call on and notes the writes (a
late body is answered 408 only while no answer has begun).

The front costs about 2.5 us a request in this process (a second httptools parse and the path check;
a request that arrives whole in one read arms no timer), against some 330 us of server CPU for a GET.

Why not another server, measured against a bare ASGI app: Granian 2.8.7 (`--http1-header-read-timeout
2000`) closed half-sent headers after 2 s without an answer, held a stalled body until the client gave
up (15 s), answered 400 and 414 with empty bodies, and has no connection limit but a queue
(`--backpressure`); Hypercorn 0.18 closed half-sent headers silently at its keep-alive timeout (5 s), and
with `--read-timeout 2` handed the app a stalled body as complete after 2 s (the app answered 200). Both
would need this front for the problem+json answers and the limits anyway.

Each server process reads the bounds from its ARMREST_* variables, as it does its other settings;
`armrest proxy` gives its flags (proxy/listen.py).
"""

from __future__ import annotations

import asyncio
import functools
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, cast

import httptools
import orjson
import uvloop

from armrest_server.http.problems import PROBLEM_BASE
from armrest_server.settings import Settings
from armrest_server.throttle import address_key


@dataclass(frozen=True, kw_only=True)
class Bounds:
    header_timeout: float
    body_timeout: float
    max_header_bytes: int
    max_connections: int
    per_address: int

    @classmethod
    def of(cls, settings: Settings) -> Bounds:
        return cls(
            header_timeout=settings.header_timeout,
            body_timeout=settings.body_timeout,
            max_header_bytes=settings.max_header_bytes,
            max_connections=settings.max_connections,
            per_address=per_address_limit(settings),
        )


def per_address_limit(settings: Settings) -> int:
    """Connections one source address may hold in a process: the setting, or a quarter of the total;
    always fewer than the total, so that one address never takes them all."""
    chosen = settings.max_connections_per_address or settings.max_connections // 4
    return max(1, min(chosen, settings.max_connections - 1))


def _problem_response(status: int, slug: str, title: str, detail: str, *headers: bytes) -> bytes:
    """A whole problem+json answer that closes the connection, for what is answered before the app."""
    body = orjson.dumps({"type": PROBLEM_BASE + slug, "title": title, "status": status, "detail": detail})
    head = (
        b"HTTP/1.1 %d %s\r\ncontent-type: application/problem+json\r\n"
        % (status, HTTPStatus(status).phrase.encode())
        + b"connection: close\r\ncontent-length: "
        + str(len(body)).encode()
        + b"\r\n"
        + b"".join(headers)
    )
    return head + b"\r\n" + body


# What uvicorn refuses before the app: what httptools cannot parse (a malformed or too long request line
# or header, Content-Length with Transfer-Encoding, a bad chunk size) and a target whose path is not ASCII.
UNPARSABLE = (
    "The request is not valid HTTP/1.1 (a malformed or too long request line or header, conflicting "
    "Content-Length and Transfer-Encoding, or a malformed chunked body)"
)
BUSY = "The server serves as many connections as it may; retry shortly"
BUSY_ADDRESS = "This address holds as many connections as it may; close one or retry shortly"


class Connections:
    """The open connections of a process's listener, in all and by source address (the event loop's
    thread alone touches them)."""

    def __init__(self, bounds: Bounds) -> None:
        self.bounds = bounds
        self.open = 0
        self.by_address: Counter[str] = Counter()

    def admit(self, address: str) -> str | None:
        """Count a new connection from `address` in, or say why it is refused."""
        if self.open >= self.bounds.max_connections:
            return BUSY
        if self.by_address[address] >= self.bounds.per_address:
            return BUSY_ADDRESS
        self.open += 1
        self.by_address[address] += 1
        return None

    def release(self, address: str) -> None:
        self.open -= 1
        self.by_address[address] -= 1
        if self.by_address[address] <= 0:
            del self.by_address[address]


class Bounded(asyncio.Protocol):
    """One connection: refused, or admitted and read here before `serve()` (uvicorn's protocol) reads it."""

    def __init__(
        self,
        serve: Callable[[], asyncio.BaseProtocol],
        connections: Connections,
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        self._serve, self._connections, self._loop = serve, connections, loop
        self.bounds = connections.bounds
        self.server: asyncio.Protocol | None = None  # uvicorn's protocol, once the connection is admitted
        self.transport: Watched | None = None
        self._address = ""
        self._parser: httptools.HttpRequestParser | None = httptools.HttpRequestParser(self)
        # As uvicorn sets its parser: a request with `Connection: close` may be followed by more bytes.
        self._parser.set_dangerous_leniencies(lenient_data_after_close=True)
        self._deadline: asyncio.TimerHandle | None = None
        self._waiting: str | None = None  # what the current request still lacks: "headers", "body"
        # Bytes received since the current request began, until its headers are complete (then None).
        self._header_bytes: int | None = 0
        self._tail = b""  # the last bytes of the previous read: a blank line may span two reads
        self._url = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport = cast(asyncio.Transport, transport)  # uvloop's is one, though not by subclass
        peer = transport.get_extra_info("peername")
        address = address_key(peer[0] if isinstance(peer, tuple) else "")  # "": a peer without an address
        refused = self._connections.admit(address)
        if refused is not None:
            retry = b"retry-after: 1\r\n"
            transport.write(_problem_response(503, "unavailable", "Service unavailable", refused, retry))
            transport.close()
            return
        self._address, self.transport = address, Watched(transport, self)
        self.switch(self._serve())
        assert self.server is not None
        self.server.connection_made(self.transport)
        self._arm("headers")  # from the opening: a connection that sends nothing is closed too

    def switch(self, protocol: asyncio.BaseProtocol) -> None:
        """Pass the connection's bytes to `protocol` from now on (uvicorn's, or the one it upgrades to)."""
        assert isinstance(protocol, asyncio.Protocol)
        self.server = protocol

    def data_received(self, data: bytes) -> None:
        assert self.server is not None  # a refused connection is closed before it is read
        if self._header_bytes is not None and self._too_large(data):
            detail = f"The request line and headers exceed {self.bounds.max_header_bytes} bytes"
            self._answer(431, "header-too-large", "Request header fields too large", detail)
            return
        if self._parser is not None:
            try:
                self._parser.feed_data(data)
            except httptools.HttpParserUpgrade:
                self._parser = None  # the rest is the upgraded protocol's (a WebSocket), not HTTP/1.1
            except httptools.HttpParserError:
                self._answer(400, "validation", "Request is invalid", UNPARSABLE)
                return
            if self._waiting is not None and self._deadline is None:
                # A request this read began and left unfinished: its headers' or body's time starts.
                # (One that arrives whole, the common case, costs no timer.)
                self._arm(self._waiting)
        self.server.data_received(data)

    def _too_large(self, data: bytes) -> bool:
        """Whether the headers outgrow the limit with `data`; else count it. httptools keeps a header
        however long it grows."""
        assert self._header_bytes is not None
        if self._header_bytes + len(data) > self.bounds.max_header_bytes and not self._headers_end_in(data):
            return True
        self._header_bytes += len(data)
        self._tail = data[-3:]
        return False

    def _headers_end_in(self, data: bytes) -> bool:
        """Whether the headers end within the limit in `data`: one read often holds the headers and
        the start of a large body, and only the bytes up to the blank line count."""
        assert self._header_bytes is not None
        end = (self._tail + data).find(b"\r\n\r\n")
        return end != -1 and self._header_bytes + end + 4 - len(self._tail) <= self.bounds.max_header_bytes

    # The parser's callbacks.
    def on_message_begin(self) -> None:
        self._url, self._waiting = b"", "headers"

    def on_url(self, url: bytes) -> None:
        self._url += url

    def on_headers_complete(self) -> None:
        assert self.transport is not None
        self._header_bytes, self._waiting = None, "body"
        self.transport.wrote = False
        self._disarm()  # the body's time starts at the end of the read, if it has not all come
        # uvicorn reads the path so and answers 400 in text/plain when it cannot: raised in a callback,
        # this is a parser error here.
        httptools.parse_url(self._url).path.decode("ascii")

    def on_message_complete(self) -> None:
        self._disarm()
        self._waiting = None
        # The next request's headers count from here (not from its first byte, which arrives in the
        # middle of a read that was already counted).
        self._header_bytes, self._tail = 0, b""

    def _arm(self, what: str) -> None:
        seconds = self.bounds.header_timeout if what == "headers" else self.bounds.body_timeout
        self._deadline = self._loop.call_later(seconds, self._late, what, seconds)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _late(self, what: str, seconds: float) -> None:
        self._deadline = None
        assert self.transport is not None
        if self.transport.is_closing():
            return
        if what == "headers" or not self.transport.wrote:
            detail = f"The request's {what} did not arrive within {seconds:g} s"
            self.transport.write(_problem_response(408, "request-timeout", "Request timeout", detail))
        # Closing ends the request: a handler waiting for the rest of the body sees a disconnect.
        self.transport.close()

    def _answer(self, status: int, slug: str, title: str, detail: str) -> None:
        assert self.transport is not None
        self.transport.write(_problem_response(status, slug, title, detail))
        self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        if self.server is not None:
            self._connections.release(self._address)
            self.server.connection_lost(exc)

    def eof_received(self) -> bool | None:
        return self.server.eof_received() if self.server is not None else None

    def pause_writing(self) -> None:
        if self.server is not None:
            self.server.pause_writing()

    def resume_writing(self) -> None:
        if self.server is not None:
            self.server.resume_writing()


CONTINUE = b"HTTP/1.1 100 "


class Watched(asyncio.Transport):
    """The connection's transport as uvicorn's protocol sees it: every call is passed on, the writes
    are noted (`wrote`: an answer began since the current request's headers ended), and a switch of
    protocol is made behind `Bounded`, which stays in front."""

    def __init__(self, transport: asyncio.Transport, front: Bounded) -> None:
        super().__init__()
        self._transport, self._front = transport, front
        self.wrote = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if not self.wrote:  # an interim 100 Continue begins no answer: the client sends the body then
            self.wrote = bytes(data[: len(CONTINUE)]) != CONTINUE
        self._transport.write(data)

    def writelines(self, list_of_data: Iterable[bytes | bytearray | memoryview]) -> None:
        self.wrote = True
        self._transport.writelines(list_of_data)

    def set_protocol(self, protocol: asyncio.BaseProtocol) -> None:
        self._front.switch(protocol)

    def get_protocol(self) -> asyncio.BaseProtocol:
        assert self._front.server is not None
        return self._front.server

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return self._transport.get_extra_info(name, default)

    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def close(self) -> None:
        self._transport.close()

    def abort(self) -> None:
        self._transport.abort()

    def is_reading(self) -> bool:
        return self._transport.is_reading()

    def pause_reading(self) -> None:
        self._transport.pause_reading()

    def resume_reading(self) -> None:
        self._transport.resume_reading()

    def write_eof(self) -> None:
        self._transport.write_eof()

    def can_write_eof(self) -> bool:
        return self._transport.can_write_eof()

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size()

    def get_write_buffer_limits(self) -> tuple[int, int]:
        return self._transport.get_write_buffer_limits()

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        self._transport.set_write_buffer_limits(high, low)


class BoundedLoop(uvloop.Loop):
    """uvloop, whose servers put `Bounded` in front of the protocol of each connection they accept."""

    def __init__(self, bounds: Bounds) -> None:
        super().__init__()
        self.bounds = bounds

    async def create_server(self, protocol_factory: Any, *args: Any, **kwargs: Any) -> Any:
        front = functools.partial(Bounded, protocol_factory, Connections(self.bounds), self)
        return await super().create_server(front, *args, **kwargs)


def new_event_loop() -> BoundedLoop:
    """The loop of a server process (uvicorn's `loop`), bounded by its ARMREST_* variables."""
    return BoundedLoop(Bounds.of(Settings.from_env()))
