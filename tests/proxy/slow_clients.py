"""Slow-client attacks on anything that listens for HTTP (the server, the proxy), on raw sockets: an
HTTP client library would not send half a request. Each returns what it measured; the caller asserts
against its own bounds."""

from __future__ import annotations

import socket
import time
from contextlib import ExitStack

import httpx


def connect(origin: str, timeout: float) -> socket.socket:
    host, port = origin.removeprefix("http://").split(":")
    return socket.create_connection((host, int(port)), timeout=timeout)


def until_closed(sock: socket.socket) -> tuple[bytes, float]:
    """Everything the peer sends until it closes the connection (or the socket times out), and how
    long that took."""
    started, received = time.monotonic(), b""
    while True:
        try:
            chunk = sock.recv(65536)
        except (ConnectionResetError, TimeoutError):
            break
        if not chunk:
            break
        received += chunk
    return received, time.monotonic() - started


def half_sent_headers(origin: str, *, give_up: float) -> tuple[bytes, float]:
    """Headers that never end: what the listener answers, and when it closes."""
    with connect(origin, give_up) as sock:
        sock.sendall(b"GET /arm/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Trickle: a")
        return until_closed(sock)


def trickled_headers(origin: str, *, every: float, give_up: float) -> tuple[bytes, float]:
    """Headers sent one byte every `every` seconds, never ending: a listener that bounds only the
    idle time between bytes never answers. What it answers, and when it closes."""
    started = time.monotonic()
    with connect(origin, every) as sock:
        sock.sendall(b"GET /arm/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Trickle: ")
        while time.monotonic() - started < give_up:
            try:
                sock.sendall(b"a")
                chunk = sock.recv(65536)
            except TimeoutError:
                continue  # nothing yet: the next byte
            except (BrokenPipeError, ConnectionResetError):
                return b"", time.monotonic() - started
            rest, _ = until_closed(sock)
            return chunk + rest, time.monotonic() - started
    return b"", time.monotonic() - started


def slow_bodies_then_one_request(origin: str, *, count: int, path: str, give_up: float) -> tuple[int, float]:
    """`count` requests whose bodies stall after their headers, then one ordinary request while they
    stall: its status and how long it took."""
    with ExitStack() as stack:
        for _ in range(count):
            sock = stack.enter_context(connect(origin, give_up))
            sock.sendall(
                f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer t\r\n"
                "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{".encode()
            )
        time.sleep(0.5)  # the stalled requests are in (a bound, not a wait for an event: nothing to see)
        started = time.monotonic()
        answer = httpx.get(f"{origin}/arm/v1/health", timeout=give_up)
        return answer.status_code, time.monotonic() - started
