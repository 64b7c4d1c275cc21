"""A small closed-loop HTTP/1.1 load generator: N keep-alive connections, each sending one request
after the other, for a fixed time. Both servers in a benchmark get the same generator on the same
machine, so the ratio between them is what counts, not the absolute figures.

Written here rather than taken from a library because the Python HTTP clients cost more CPU per
request than the servers under test, and an external tool (wrk) is not installed by default.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    statuses: dict[int, int]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds


def request_bytes(
    method: str, host: str, port: int, path: str, headers: dict[str, str], body: bytes = b""
) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}:{port}", "Connection: keep-alive"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    if body or method in ("POST", "PUT"):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    chunked = False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip().split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length:
        await reader.readexactly(length)
    return status


async def _connection(
    host: str,
    port: int,
    requests: list[bytes],
    until: float,
    latencies: list[float],
    statuses: dict[int, int],
    offset: int,
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    i = offset
    try:
        while time.perf_counter() < until:
            payload = requests[i % len(requests)]
            i += 1
            started = time.perf_counter()
            writer.write(payload)
            status = await _read_response(reader)
            latencies.append(time.perf_counter() - started)
            statuses[status] = statuses.get(status, 0) + 1
    finally:
        writer.close()


async def _run(host: str, port: int, requests: list[bytes], seconds: float, connections: int) -> Result:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    started = time.perf_counter()
    until = started + seconds
    await asyncio.gather(
        *(_connection(host, port, requests, until, latencies, statuses, n) for n in range(connections))
    )
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else 0.0
    return Result(
        len(latencies), elapsed, statistics.median(ordered) * 1000 if ordered else 0.0, p99 * 1000, statuses
    )


def run(host: str, port: int, requests: list[bytes], seconds: float = 5.0, connections: int = 16) -> Result:
    """Send `requests` round-robin over `connections` keep-alive connections for `seconds`."""
    try:
        import uvloop

        return uvloop.run(_run(host, port, requests, seconds, connections))
    except ImportError:
        return asyncio.run(_run(host, port, requests, seconds, connections))
