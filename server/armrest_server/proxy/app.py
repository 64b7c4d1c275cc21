"""The proxy's ASGI app: every path forwarded, but `/_proxy/report`: `GET` answers the drift report
so far, `POST` also writes it to the report file now.

The report is also written to the report file (else stderr) when the app shuts down (uvicorn does on
SIGINT and SIGTERM) and whenever the process gets SIGUSR1. All of it lives in this one process, so
the proxy runs one uvicorn worker.
"""

from __future__ import annotations

import asyncio
import functools
import signal
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from email.utils import formatdate
from pathlib import Path
from typing import IO
from urllib.parse import urljoin

import httpx
import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from armrest_server.http.spec import JSON, Spec
from armrest_server.proxy.check import Checker
from armrest_server.proxy.forward import Forwarder, base_path
from armrest_server.proxy.limits import MAX_BODY, MAX_UPSTREAM_CONNECTIONS, TIMEOUT
from armrest_server.proxy.links import Relinker
from armrest_server.proxy.report import Drift, Lines

REPORT_PATH = "/_proxy/report"


def build(
    *,
    upstream: str,
    spec: Spec,
    lines: IO[bytes],
    report_file: Path | None = None,
    max_body: int = MAX_BODY,
    timeout: float = TIMEOUT,
    public_url: str | None = None,
    upstream_connections: int = MAX_UPSTREAM_CONNECTIONS,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Starlette:
    """The proxy in front of `upstream` (an origin, optionally with a path put before every request's;
    a path ending in the contract's own, `/arm/v1`, is where the contract lives and is not repeated).

    `public_url`: the proxy's URL as clients reach it; links to the upstream in answers are rewritten
    to it (None: relayed as they came). `transport` replaces the network (tests: an ASGI app or a
    mock as the upstream)."""
    drift = Drift(spec=spec, upstream=upstream)
    forwarder = forwarder_of(
        upstream, spec, drift=drift, lines=lines, max_body=max_body, public_url=public_url
    )
    app = Starlette(
        routes=[
            Route(REPORT_PATH, report_endpoint(drift, report_file), methods=["GET", "POST"]),
            Route("/{path:path}", forwarder),
        ],
        lifespan=lifespan(
            forwarder=forwarder,
            drift=drift,
            report_file=report_file,
            client=functools.partial(
                upstream_client, transport=transport, timeout=timeout, connections=upstream_connections
            ),
        ),
    )
    app.router.redirect_slashes = False
    app.state.drift = drift
    return app


def forwarder_of(
    upstream: str, spec: Spec, *, drift: Drift, lines: IO[bytes], max_body: int, public_url: str | None
) -> Forwarder:
    """The ASGI app that forwards every request to `upstream`, judges the exchange against `spec`,
    sums it into `drift` and logs it to `lines`; links rewritten to `public_url` when given."""
    prefix = spec.prefix
    target = httpx.URL(upstream)
    upstream_base = str(target.copy_with(raw_path=base_path(target, prefix), query=None, fragment=None))
    return Forwarder(
        upstream=target,
        checker=Checker(spec=spec, prefix=prefix),
        drift=drift,
        lines=Lines(lines),
        max_body=max_body,
        relinker=None
        if public_url is None
        else Relinker(upstream_base=upstream_base, public_base=public_url),
        token_paths=token_paths(spec),
    )


def report_endpoint(drift: Drift, report_file: Path | None) -> Callable[[Request], Awaitable[Response]]:
    """The endpoint of REPORT_PATH: `GET` answers the drift report so far, `POST` also writes it."""

    async def report(request: Request) -> Response:
        if request.method == "POST":
            drift.write(report_file)
        body = orjson.dumps(drift.report(), option=orjson.OPT_INDENT_2)
        return Response(body, media_type=JSON, headers={"Date": formatdate(usegmt=True)})

    return report


def upstream_client(
    *, transport: httpx.AsyncBaseTransport | None, timeout: float, connections: int
) -> httpx.AsyncClient:
    """The client the forwarder sends with. Requests are built by hand (forward.py) and sent with
    `send`, so it adds no header or cookie of its own; it follows no redirect (a 3xx is relayed as
    any answer)."""
    return httpx.AsyncClient(
        transport=transport,
        timeout=timeout,
        follow_redirects=False,
        limits=httpx.Limits(max_connections=connections),
    )


def lifespan(
    *,
    forwarder: Forwarder,
    drift: Drift,
    report_file: Path | None,
    client: Callable[[], httpx.AsyncClient],
) -> Callable[[Starlette], AbstractAsyncContextManager[None]]:
    """The proxy's lifespan: the forwarder's client (made by `client`) is open while it runs, and
    the report is written on SIGUSR1 (in the main thread) and at the end."""

    @asynccontextmanager
    async def running(_: Starlette) -> AsyncIterator[None]:
        on_signal = threading.current_thread() is threading.main_thread()
        if on_signal:
            asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, drift.write, report_file)
        async with client() as opened:
            forwarder.client = opened
            try:
                yield
            finally:
                if on_signal:
                    asyncio.get_running_loop().remove_signal_handler(signal.SIGUSR1)
                drift.write(report_file)

    return running


def token_paths(spec: Spec) -> frozenset[str]:
    """The paths of the contract's token URLs (its OAuth2 flows' `tokenUrl`, relative to its server)."""
    schemes = spec.document.get("components", {}).get("securitySchemes", {})
    found = set()
    for scheme in schemes.values():
        for flow in scheme.get("flows", {}).values():
            if "tokenUrl" in flow:
                found.add(httpx.URL(urljoin("http://server/", str(flow["tokenUrl"]))).path)
    return frozenset(found)
