"""The proxy in-process: its ASGI app under a TestClient, the upstream an httpx transport."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import orjson
from starlette.testclient import TestClient

from armrest_server.proxy.app import REPORT_PATH, build
from tests.support.app import spec

UPSTREAM = "http://upstream.test"


class Proxied:
    """A client of the proxy, the exchange lines it wrote, and its report."""

    def __init__(self, client: TestClient, lines: io.BytesIO) -> None:
        self.client = client
        self.sink = lines

    def lines(self) -> list[dict[str, Any]]:
        return [orjson.loads(line) for line in self.sink.getvalue().splitlines()]

    def report(self) -> dict[str, Any]:
        answer = self.client.get(REPORT_PATH)
        assert answer.status_code == 200, answer.text
        report: dict[str, Any] = answer.json()
        return report


@contextmanager
def proxy(transport: httpx.AsyncBaseTransport, **options: Any) -> Iterator[Proxied]:
    sink = io.BytesIO()
    app = build(upstream=UPSTREAM, spec=spec(), lines=sink, transport=transport, **options)
    with TestClient(app, base_url="http://proxy.test") as client:
        yield Proxied(client, sink)
