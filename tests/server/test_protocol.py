"""The protocol in front of uvicorn's (armrest_server/protocol.py), driven in this process with a
stand-in transport and a stand-in for uvicorn's protocol; tests/server/test_slow_client.py and
test_http_layer.py run the same bounds against a real `armrest serve`."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any, cast

import orjson
import pytest

from armrest_server import protocol
from armrest_server.protocol import Bounded, Bounds, Connections, Watched

BOUNDS = Bounds(header_timeout=2, body_timeout=3, max_header_bytes=1024, max_connections=3, per_address=2)
STALLED_BODY = b"POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{"


class Transport(asyncio.Transport):
    """A connection's transport: what was written, and whether it was closed."""

    def __init__(self, peer: str = "127.0.0.1", closing: bool = False) -> None:
        super().__init__()
        self.peer, self.closing, self.written, self.closed = peer, closing, b"", False

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return (self.peer, 50000) if name == "peername" else default

    def is_closing(self) -> bool:
        return self.closing

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.written += bytes(data)

    def close(self) -> None:
        self.closed = True


class Server(asyncio.Protocol):
    """What the front passes on, as uvicorn's protocol would get it; `answer`: bytes it writes at once
    (an answer that begins before the body has arrived)."""

    def __init__(self, answer: bytes = b"") -> None:
        self.answer, self.received, self.heard = answer, b"", list[str]()
        self.transport: asyncio.BaseTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.received += data
        if self.answer:
            cast(asyncio.Transport, self.transport).write(self.answer)

    def eof_received(self) -> bool:
        self.heard.append("eof")
        return True

    def pause_writing(self) -> None:
        self.heard.append("pause")

    def resume_writing(self) -> None:
        self.heard.append("resume")

    def connection_lost(self, exc: Exception | None) -> None:
        self.heard.append("lost")


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    """A loop that never runs: the deadlines are set on it, and a test calls them itself."""
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


def connect(
    loop: asyncio.AbstractEventLoop,
    server: Server,
    transport: Transport,
    connections: Connections | None = None,
) -> Bounded:
    front = Bounded(lambda: server, connections or Connections(BOUNDS), loop)
    front.connection_made(transport)
    return front


def late(front: Bounded, what: str) -> None:
    """What the deadline does when it passes (the loop would call it)."""
    front._late(what, 30.0)
    assert front._deadline is None


def problem(written: bytes) -> tuple[bytes, dict[str, Any]]:
    head, _, body = written.partition(b"\r\n\r\n")
    return head.split(b"\r\n")[0], orjson.loads(body)


def test_a_body_late_after_the_answer_started_closes_without_a_second_answer(
    loop: asyncio.AbstractEventLoop,
) -> None:
    transport, server = Transport(), Server(answer=b"HTTP/1.1 413 Content Too Large\r\n")
    front = connect(loop, server, transport)
    front.data_received(STALLED_BODY)
    late(front, "body")
    assert (transport.written, transport.closed) == (server.answer, True)


@pytest.mark.parametrize("interim", [b"", b"HTTP/1.1 100 Continue\r\n\r\n"], ids=["nothing", "100 Continue"])
def test_a_late_body_before_the_answer_is_answered_408(
    loop: asyncio.AbstractEventLoop, interim: bytes
) -> None:
    transport, server = Transport(), Server(answer=interim)
    front = connect(loop, server, transport)
    front.data_received(STALLED_BODY)
    late(front, "body")
    status, body = problem(transport.written.removeprefix(interim))
    assert (status, body["detail"], transport.closed) == (
        b"HTTP/1.1 408 Request Timeout",
        "The request's body did not arrive within 30 s",
        True,
    )
    assert server.received == STALLED_BODY


def test_a_deadline_on_a_closing_connection_does_nothing(loop: asyncio.AbstractEventLoop) -> None:
    transport = Transport(closing=True)
    front = connect(loop, Server(), transport)
    late(front, "headers")
    assert (transport.written, transport.closed) == (b"", False)


def test_connections_beyond_the_limits_are_refused_503_before_the_server_sees_them(
    loop: asyncio.AbstractEventLoop,
) -> None:
    connections, servers = Connections(BOUNDS), [Server() for _ in range(5)]
    peers = ["10.0.0.1", "10.0.0.1", "10.0.0.1", "10.0.0.2", "10.0.0.3"]
    transports = [Transport(peer) for peer in peers]
    fronts = [connect(loop, s, t, connections) for s, t in zip(servers, transports, strict=True)]
    refused = [problem(t.written) for t in transports if t.closed]
    assert [s.transport is not None for s in servers] == [True, True, False, True, False]
    assert [(status, body["detail"]) for status, body in refused] == [
        (b"HTTP/1.1 503 Service Unavailable", protocol.BUSY_ADDRESS),
        (b"HTTP/1.1 503 Service Unavailable", protocol.BUSY),
    ]
    fronts[0].connection_lost(None)
    fronts[2].connection_lost(None)  # refused: nothing to release
    assert (connections.open, dict(connections.by_address)) == (2, {"10.0.0.1": 1, "10.0.0.2": 1})
    assert servers[0].heard == ["lost"]


@pytest.mark.parametrize(
    ("sent", "status"),
    [
        (b"GET / HTTP/1.1\r\nX-Big: " + b"a" * 2000, b"HTTP/1.1 431 Request Header Fields Too Large"),
        (b"\x00\x01 nonsense\r\n\r\n", b"HTTP/1.1 400 Bad Request"),
        (b"GET /h\xc3\xa9 HTTP/1.1\r\nHost: x\r\n\r\n", b"HTTP/1.1 400 Bad Request"),
    ],
    ids=["headers beyond the limit", "not HTTP", "a path that is not ASCII"],
)
def test_what_uvicorn_would_not_take_is_answered_before_it_sees_it(
    loop: asyncio.AbstractEventLoop, sent: bytes, status: bytes
) -> None:
    transport, server = Transport(), Server()
    connect(loop, server, transport).data_received(sent)
    assert (problem(transport.written)[0], transport.closed, server.received) == (status, True, b"")


def test_an_upgraded_connection_is_passed_on_unparsed(loop: asyncio.AbstractEventLoop) -> None:
    transport, server, upgraded = Transport(), Server(), Server()
    front = connect(loop, server, transport)
    upgrade = b"GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n"
    front.data_received(upgrade)
    cast(asyncio.Transport, server.transport).set_protocol(upgraded)
    front.data_received(b"\x81\x02hi")  # a WebSocket frame: no HTTP
    assert (server.received, upgraded.received, transport.written) == (upgrade, b"\x81\x02hi", b"")


def test_the_server_hears_what_the_connection_does(loop: asyncio.AbstractEventLoop) -> None:
    transport, server = Transport(), Server()
    front = connect(loop, server, transport)
    front.pause_writing()
    front.resume_writing()
    assert front.eof_received() is True
    front.connection_lost(None)
    assert server.heard == ["pause", "resume", "eof", "lost"]


class Recording:
    """A transport that records every call made on it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def __getattr__(self, name: str) -> Any:
        return lambda *args: self.calls.append((name, args))


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("write", (b"x",)),
        ("writelines", ([b"x"],)),
        ("get_extra_info", ("peername", None)),
        ("is_closing", ()),
        ("close", ()),
        ("abort", ()),
        ("is_reading", ()),
        ("pause_reading", ()),
        ("resume_reading", ()),
        ("write_eof", ()),
        ("can_write_eof", ()),
        ("get_write_buffer_size", ()),
        ("get_write_buffer_limits", ()),
        ("set_write_buffer_limits", (10, 5)),
    ],
)
def test_the_watched_transport_passes_every_call_on(
    loop: asyncio.AbstractEventLoop, name: str, args: tuple[Any, ...]
) -> None:
    recording = Recording()
    watched = Watched(cast(asyncio.Transport, recording), Bounded(Server, Connections(BOUNDS), loop))
    getattr(watched, name)(*args)
    assert recording.calls == [(name, args)]
    assert watched.wrote == (name in ("write", "writelines"))
