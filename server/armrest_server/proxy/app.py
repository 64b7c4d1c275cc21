"""The proxy's ASGI app: every path forwarded, but `GET /_proxy/report` (the drift report so far).

The report is also written to the report file (else stderr) when the app shuts down (uvicorn does on
SIGINT and SIGTERM) and whenever the process gets SIGUSR1. All of it lives in this one process, so
the proxy runs one uvicorn worker.
"""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import IO

import httpx
import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from armrest_server.http.spec import JSON, Spec
from armrest_server.proxy import MAX_BODY, TIMEOUT
from armrest_server.proxy.check import Checker
from armrest_server.proxy.forward import Forwarder
from armrest_server.proxy.report import Drift, Lines

REPORT_PATH = "/_proxy/report"
# Connections held open to the upstream at once; more concurrent requests wait for one (pool time-out).
MAX_UPSTREAM_CONNECTIONS = 100


def build(
    *,
    upstream: str,
    spec: Spec,
    lines: IO[bytes],
    report_file: Path | None = None,
    max_body: int = MAX_BODY,
    timeout: float = TIMEOUT,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Starlette:
    """The proxy in front of `upstream` (an origin, optionally with a path put before every request's).

    `transport` replaces the network (tests: an ASGI app or a mock as the upstream)."""
    prefix = spec.prefix
    drift = Drift(spec=spec, upstream=upstream)
    forwarder = Forwarder(
        upstream=httpx.URL(upstream),
        checker=Checker(spec=spec, prefix=prefix),
        drift=drift,
        lines=Lines(lines),
        max_body=max_body,
    )

    async def report(_: Request) -> Response:
        return Response(orjson.dumps(drift.report(), option=orjson.OPT_INDENT_2), media_type=JSON)

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        on_signal = threading.current_thread() is threading.main_thread()
        if on_signal:
            asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, drift.write, report_file)
        # Requests are built by hand (forward.py) and sent with `send`, so the client adds no header
        # or cookie of its own; it follows no redirect (a 3xx is relayed as any answer).
        async with httpx.AsyncClient(
            transport=transport,
            timeout=timeout,
            follow_redirects=False,
            limits=httpx.Limits(max_connections=MAX_UPSTREAM_CONNECTIONS),
        ) as client:
            forwarder.client = client
            try:
                yield
            finally:
                if on_signal:
                    asyncio.get_running_loop().remove_signal_handler(signal.SIGUSR1)
                drift.write(report_file)

    app = Starlette(
        routes=[
            Route(REPORT_PATH, report, methods=["GET"]),
            Route("/{path:path}", forwarder),
        ],
        lifespan=lifespan,
    )
    app.router.redirect_slashes = False
    app.state.drift = drift
    return app
