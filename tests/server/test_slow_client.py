"""Slow and stalled clients against a real `armrest serve`: a request whose headers or body never
finish is answered 408 and closed within the configured bound, a connection that sends nothing is
closed, connections beyond the limit are refused, one source address cannot hold more than its share
of them (other loopback addresses, 127.0.0.2 and on, stand for other hosts), and the server keeps
answering everyone else.

Raw sockets, since an HTTP client library would not send half a request.
"""

from __future__ import annotations

import contextlib
import json
import select
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.builders import customer_body
from tests.support.server import Server, serving
from tests.support.timing import Pace

HEADER_TIMEOUT, BODY_TIMEOUT, MAX_CONNECTIONS = 2.0, 3.0, 12
PER_ADDRESS = MAX_CONNECTIONS // 4  # the default share of one address


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder: Path = tmp_path_factory.mktemp("slow")
    with serving(
        folder,
        header_timeout=str(HEADER_TIMEOUT),
        body_timeout=str(BODY_TIMEOUT),
        max_connections=str(MAX_CONNECTIONS),
    ) as running:
        yield running


def _connect(server: Server, source: str = "127.0.0.1") -> socket.socket:
    host, port = server.origin.removeprefix("http://").split(":")
    return socket.create_connection(
        (host, int(port)), timeout=120, source_address=(source, 0)
    )  # a hang fails


def _until_closed(sock: socket.socket) -> tuple[bytes, float]:
    """Everything the server sends until it closes the connection, and how long that took."""
    started, received = time.monotonic(), b""
    while True:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            break
        if not chunk:
            break
        received += chunk
    return received, time.monotonic() - started


def _health(server: Server, source: str = "127.0.0.1") -> httpx.Response:
    with httpx.Client(transport=httpx.HTTPTransport(local_address=source), timeout=30) as client:
        return client.get(f"{server.base_url}/health")


def _healthy(server: Server, source: str = "127.0.0.1") -> bool:
    return _health(server, source).status_code == 200


def _pace(server: Server) -> Pace:
    """How long an unobstructed request to this server takes now."""
    return Pace.measure(lambda: _healthy(server))


def test_half_sent_headers_are_answered_408_and_closed_within_the_bound(server: Server) -> None:
    pace = _pace(server)
    with _connect(server) as sock:
        sock.sendall(b"POST /arm/v1/clients/2218/customers HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty")
        assert _healthy(server)  # the stalled request holds no one else up
        received, took = _until_closed(sock)
    assert received.startswith(b"HTTP/1.1 408"), received[:200]
    assert b"application/problem+json" in received
    assert pace.within(took, bound=HEADER_TIMEOUT), pace.explain(took, bound=HEADER_TIMEOUT)


def test_a_body_shorter_than_its_content_length_is_answered_408_and_closed(server: Server) -> None:
    token, pace = server.token(), _pace(server)
    with _connect(server) as sock:
        sock.sendall(
            b"POST /arm/v1/clients/2218/customers HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Authorization: Bearer " + token.encode() + b"\r\n"
            b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
            b'{"metadata": {"userId": "slow"}, '
        )
        assert _healthy(server)
        received, took = _until_closed(sock)
    assert received.startswith(b"HTTP/1.1 408"), received[:200]
    assert pace.within(took, bound=BODY_TIMEOUT), pace.explain(took, bound=BODY_TIMEOUT)
    assert "unhandled error" not in server.log.read_text(errors="replace")  # a disconnect is no bug


def test_a_connection_that_sends_nothing_is_closed(server: Server) -> None:
    pace = _pace(server)
    with _connect(server) as sock:
        received, took = _until_closed(sock)
    assert pace.within(took, bound=HEADER_TIMEOUT), pace.explain(took, bound=HEADER_TIMEOUT)
    assert received == b"" or received.startswith(b"HTTP/1.1 408")


def test_connections_beyond_the_limit_are_refused_and_service_resumes(server: Server) -> None:
    pace = _pace(server)
    sources = [f"127.0.0.{n}" for n in range(1, 1 + MAX_CONNECTIONS // PER_ADDRESS)]
    stalled = [_connect(server, source) for source in sources for _ in range(PER_ADDRESS)]
    try:
        for sock in stalled:
            sock.sendall(b"GET /arm/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never finished
        # The server counts a connection once it has accepted it: ask until it has taken them all.
        deadline = time.monotonic() + pace.margin()
        while (status := _health(server, "127.0.0.99").status_code) == 200:
            assert time.monotonic() < deadline, "the stalled connections were never all counted"
        assert status == 503  # uvicorn's refusal
    finally:
        for sock in stalled:
            sock.close()
    deadline = time.monotonic() + HEADER_TIMEOUT + pace.margin()
    while not _healthy(server, "127.0.0.99"):
        assert time.monotonic() < deadline
        time.sleep(0.2)


def _silent(_token: str) -> bytes:
    return b""


def _slow_headers(_token: str) -> bytes:
    return b"GET /arm/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"


def _slow_body(token: str) -> bytes:
    return (
        b"POST /arm/v1/clients/2218/customers HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Authorization: Bearer " + token.encode() + b"\r\n"
        b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"
    )


@pytest.mark.parametrize("stall", [_silent, _slow_headers, _slow_body])
def test_one_address_cannot_take_every_connection(server: Server, stall: Callable[[str], bytes]) -> None:
    """Found: slow sockets from one address filled --max-connections and everyone else got 503 until
    they timed out. One address now holds its share; its next connections are refused at once."""
    start, pace = stall(server.token()), _pace(server)
    sockets = []
    try:
        for _ in range(2 * MAX_CONNECTIONS):  # one address reconnecting as fast as it can
            sock = _connect(server, "127.0.0.2")
            sockets.append(sock)
            with contextlib.suppress(OSError):  # refused and closed before the request was sent
                sock.sendall(start)
        # Answered after the server accepted (and refused) every connection above, in their order.
        other = _health(server, "127.0.0.3")
        refused = select.select(sockets, [], [], 0)[0]
        answers = [_until_closed(sock)[0] for sock in refused[:3]]
    finally:
        for sock in sockets:
            sock.close()
    assert (other.status_code, other.json()["status"]) == (200, "UP"), other.text
    assert len(sockets) - len(refused) == PER_ADDRESS
    assert all(a.startswith(b"HTTP/1.1 503") and b"application/problem+json" in a for a in answers), answers
    assert all(b"retry-after: 1" in a.lower() for a in answers)
    deadline = time.monotonic() + pace.margin()  # its connections closed, the address is served again
    while not _healthy(server, "127.0.0.2"):
        assert time.monotonic() < deadline
        time.sleep(0.2)


def test_headers_and_a_large_body_in_one_read_are_not_taken_for_large_headers(server: Server) -> None:
    """Only the bytes up to the blank line count against the header limit (64 KiB), however much
    of the body arrives with them."""
    body = json.dumps(customer_body("9")).encode() + b" " * 200_000  # JSON may end in whitespace
    head = (
        b"POST /arm/v1/clients/2218/customers HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Authorization: Bearer " + server.token().encode() + b"\r\n"
        b"Content-Type: application/json\r\nConnection: close\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n"
    )
    with _connect(server) as sock:
        sock.sendall(head + body)
        received, _ = _until_closed(sock)
    assert received.startswith(b"HTTP/1.1 201"), received[:300]


def test_a_websocket_upgrade_is_refused_and_its_connection_closed(server: Server) -> None:
    # No operation is a WebSocket. uvicorn hands an upgrade to its WebSocket protocol, which the app
    # refuses (403) and closes; with no WebSocket library it would answer the request as HTTP and
    # keep a connection that protocol.py no longer parses, with its header time-out unarmed.
    with _connect(server) as sock:
        sock.sendall(
            b"GET /arm/v1/health HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
            b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        received, _ = _until_closed(sock)
    assert received.split(b"\r\n", 1)[0] == b"HTTP/1.1 403 Forbidden"
