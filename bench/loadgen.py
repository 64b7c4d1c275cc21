"""A small closed-loop HTTP/1.1 load generator: N keep-alive connections, each sending one request
after the other, for a fixed time. Every server in a benchmark gets the same generator on the same
machine, so the ratios between them are what counts, not the absolute figures.

Written here rather than taken from a library because the Python HTTP clients (httpx, aiohttp) cost
more CPU per request than the servers under test, and an external tool (wrk) is not installed by
default. To stay cheap it sends pre-built request bytes on raw asyncio transports (uvloop), parses
answers with httptools (the C parser uvicorn uses) and keeps no per-request objects but a latency.
It reports its own CPU time, so a run can tell when the generator, not the server, was the limit.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import cast

import httptools

from bench.stats import percentile

# Requests: pre-built bytes sent round-robin, or a function of a running number (a new customer each time).
Source = Sequence[bytes] | Callable[[int], bytes]


@dataclass(frozen=True)
class Result:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    statuses: dict[int, int]
    cpu_seconds: float = 0.0  # the generator's own CPU time during the run

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def request_bytes(
    method: str, host: str, port: int, path: str, headers: dict[str, str], body: bytes = b""
) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}:{port}", "Connection: keep-alive"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    if body or method in ("POST", "PUT"):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@dataclass
class _Shared:
    next_request: Callable[[], bytes]
    until: float
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)


class _Connection(asyncio.Protocol):
    """One keep-alive connection: the next request is written when the previous answer is complete."""

    def __init__(self, shared: _Shared, closed: asyncio.Future[None]) -> None:
        self.shared = shared
        self.closed = closed
        self.parser = httptools.HttpResponseParser(self)
        self.transport: asyncio.Transport | None = None
        self.started = 0.0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's transports subclass none of asyncio's
        self._send()

    def _send(self) -> None:
        assert self.transport is not None
        now = time.perf_counter()
        if now >= self.shared.until:
            self.transport.close()
            return
        self.started = now
        self.transport.write(self.shared.next_request())

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError:
            self._count(-1)
            assert self.transport is not None
            self.transport.close()

    def on_message_complete(self) -> None:
        self.shared.latencies.append(time.perf_counter() - self.started)
        self._count(self.parser.get_status_code())
        self._send()

    def _count(self, status: int) -> None:
        self.shared.statuses[status] = self.shared.statuses.get(status, 0) + 1

    def connection_lost(self, exc: Exception | None) -> None:
        if time.perf_counter() < self.shared.until:
            self._count(0)  # closed by the server before the run ended
        if not self.closed.done():
            self.closed.set_result(None)


async def _connection(host: str, port: int, shared: _Shared) -> None:
    loop = asyncio.get_running_loop()
    while time.perf_counter() < shared.until:
        closed: asyncio.Future[None] = loop.create_future()
        try:
            await loop.create_connection(partial(_Connection, shared, closed), host, port)
        except OSError:
            shared.statuses[0] = shared.statuses.get(0, 0) + 1
            await asyncio.sleep(0.01)
            continue
        # Bounded: a server that never answers ends the run (counted as closed) instead of hanging it.
        try:
            await asyncio.wait_for(closed, max(0.0, shared.until - time.perf_counter()) + 30)
        except TimeoutError:
            shared.statuses[0] = shared.statuses.get(0, 0) + 1
            return


def _rotation(source: Source) -> Callable[[], bytes]:
    counter = iter(range(10**12))
    if callable(source):
        make = source
        return lambda: make(next(counter))
    items = list(source)
    return lambda: items[next(counter) % len(items)]


async def _run(host: str, port: int, source: Source, seconds: float, connections: int) -> Result:
    started = time.perf_counter()
    cpu = time.process_time()
    shared = _Shared(_rotation(source), started + seconds)
    await asyncio.gather(*(_connection(host, port, shared) for _ in range(connections)))
    elapsed = time.perf_counter() - started
    used = time.process_time() - cpu
    latencies = shared.latencies
    return Result(
        len(latencies),
        elapsed,
        percentile(latencies, 50) * 1000 if latencies else 0.0,
        percentile(latencies, 99) * 1000 if latencies else 0.0,
        shared.statuses,
        used,
    )


def run(host: str, port: int, source: Source, seconds: float = 5.0, connections: int = 16) -> Result:
    """Send requests from `source` over `connections` keep-alive connections for `seconds`."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(_run(host, port, source, seconds, connections))
    return uvloop.run(_run(host, port, source, seconds, connections))
