"""Builds the ASGI app: the contract's operations under /arm/v1, the token endpoint, the bundle."""

from __future__ import annotations

import functools
import os
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import orjson
from anyio import to_thread
from starlette.applications import Starlette
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from armrest_server import api, faults, idempotency, logs, token_endpoint
from armrest_server.api import outages, records, sandbox
from armrest_server.auth import Authority
from armrest_server.clock import Clock, OffsetClock, SystemClock
from armrest_server.http.dispatch import Dispatcher, Limits
from armrest_server.http.problems import Problem
from armrest_server.http.published import without_marked
from armrest_server.http.request_ids import RequestIds
from armrest_server.http.sandbox_controls import Sandbox
from armrest_server.http.spec import PROBLEM_JSON, Spec, load, locate, served
from armrest_server.services import Services
from armrest_server.settings import Settings
from armrest_server.store import sandbox_clock, stored_forms
from armrest_server.store.db import CONNECTIONS, make_engine, migrate
from armrest_server.store.errors import bounds_of
from armrest_server.worker.queue import Worker

PREFIX = "/arm/v1"
SQLITE_HANDLERS = 4  # handler threads on SQLite unless --handler-threads says otherwise (see lifespan)
# Every method reaches the dispatcher, which answers 405 with the operation's own `Allow` header.
ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "QUERY", "CONNECT"]
# The HTML reference the `docs` and `serve` stages write: the checkout's, else one under the working
# directory.
DOCS_PAGES = (
    Path(__file__).resolve().parents[2] / "dist" / "docs" / "index.html",
    Path("dist") / "docs" / "index.html",
)


class _AnyPath(Convertor[str]):
    """Starlette's `path` but across newlines too: a `%0A` in a path parameter reaches the dispatcher,
    which answers the contract's 400 for it, instead of missing every route (an undocumented 404)."""

    regex = "(?s:.*)"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("anypath", _AnyPath())


def build(settings: Settings, spec: Spec | None = None, *, clock: Clock | None = None) -> Starlette:
    """The app for these settings. Migrates the database; the lifespan runs the batch workers.
    `clock` is the one clock of the server (default: the system clock; tests move their own)."""
    logs.configure(settings.log_level)
    faults.arm(settings.fault_point)
    spec = spec or load(locate(settings.spec))
    engine = make_engine(settings.database_url, bounds=bounds_of(settings))
    migrate(engine)
    # Customers and AR items keep their wire form beside the row: made with every write from now on,
    # and for rows written without (older servers, tools) or against another bundle, now.
    stored_forms.bind(engine, records.forms(spec))
    stored_forms.refresh_all(engine)
    base = clock or SystemClock()
    # Integrators move a sandbox's clock (PUT /sandbox/clock): ahead of `base` by the offset in the
    # database, which every process reads. Token lifetimes keep to `base`: moving the ledger's time
    # a month on must not expire the token of the suite that moved it.
    # It stands still at the end of the last ledger date once the running time reaches it.
    clock = (
        OffsetClock(base=base, offset=sandbox_clock.reader(engine), ceiling=sandbox.ceiling())
        if settings.sandbox_controls
        else base
    )
    services = Services(engine, settings, spec.version, Authority(settings, engine, clock=base), clock=clock)
    limits = Limits(settings.max_body, settings.validate_responses, settings.strict)
    dispatcher = Dispatcher(
        spec,
        api.handlers(spec),
        services.authority.verify,
        services,
        limits,
        around=outages.guarded(idempotency.around, attempts=settings.db_attempts),
        prefix=PREFIX,
        public_url=public_url(settings),
        sandbox=Sandbox(spec, mark=sandbox.MARK, enabled=settings.sandbox_controls),
    )
    problems = dispatcher.problem_base  # the app's own answers name their types as the dispatcher's

    @functools.cache
    def contract() -> tuple[bytes, bytes]:
        """The served contract (JSON, YAML), made when first asked for: writing the YAML takes a
        tenth of a second or more, which every start (and every test's app) would pay for nothing.
        It lists what this server answers: the sandbox's parts only with its controls."""
        published = spec.document
        if not settings.sandbox_controls:
            published = without_marked(spec.document, sandbox.MARK)
        return served(spec, public_url(settings) + PREFIX, "This server", published)

    def bundle_file(index: int, media_type: str) -> Route:
        async def endpoint(_request: Request) -> Response:
            # In a thread: the first call writes the document, which must not stall the event loop.
            return Response((await to_thread.run_sync(contract))[index], media_type=media_type)

        return endpoint  # type: ignore[return-value]

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        services.authority.revocations.start()  # removed API clients' tokens fail from now on
        kinds = api.batch_kinds(services)
        services.workers = [
            Worker(
                engine=engine,
                kinds=kinds,
                worker_id=f"{socket.gethostname()}-{os.getpid()}-{n}",
                poll=settings.worker_poll,
                lease=settings.batch_lease,
                attempts=settings.batch_attempts,
                retry_delay=settings.batch_retry_delay,
            )
            for n in range(settings.batch_workers)
        ]
        for worker in services.workers:
            worker.start()
        # Handler threads and the pool sized together (store/db.py): the batch workers and the health
        # probe keep a connection each, the handlers share the rest. On SQLite a handler never waits
        # on a network: beyond a few threads they only contend for the GIL (a 100-item page at 16
        # connections: 28 threads ~220 req/s, 4 threads ~400), so it gets SQLITE_HANDLERS by default.
        handlers = max(4, CONNECTIONS - settings.batch_workers - 1)
        if settings.handler_threads > 0:
            handlers = min(handlers, settings.handler_threads)
        elif engine.dialect.name == "sqlite":
            handlers = SQLITE_HANDLERS
        to_thread.current_default_thread_limiter().total_tokens = handlers
        try:
            yield
        finally:
            for worker in services.workers:
                worker.stop()
            services.authority.revocations.stop()

    async def docs(request: Request) -> Response:
        page = next((p for p in DOCS_PAGES if p.is_file()), None)
        if page is None:
            detail = (
                "The HTML reference is not built: `python3 tools/bootstrap.py -s docs` writes it"
                " (dist/docs/index.html); `python3 tools/bootstrap.py -s serve` builds it before it starts"
            )
            body = Problem(404, detail).body(request.url.path, problems)
            return Response(_dumps(body), status_code=404, media_type=PROBLEM_JSON)
        return FileResponse(page, media_type="text/html; charset=utf-8")

    links_base = public_url(settings)
    index_body = _dumps(
        {
            "title": spec.document["info"]["title"],
            "version": spec.version,
            "links": {
                "docs": f"{links_base}{PREFIX}/docs",
                "openapi.json": f"{links_base}{PREFIX}/openapi.json",
                "openapi.yaml": f"{links_base}{PREFIX}/openapi.yaml",
                "health": f"{links_base}{PREFIX}/health",
                "token": f"{links_base}/token",
            },
        }
    )

    async def index(_request: Request) -> Response:
        """`/arm/v1` itself, the URL people open first: where the reference, the contract and the
        token endpoint are (the contract's operations are all below it)."""
        return Response(index_body, media_type="application/json")

    async def not_found(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 404
        headers = (exc.headers or {}) if isinstance(exc, HTTPException) else {}  # a 405's Allow
        body = Problem(status, f"No operation at {request.url.path}").body(request.url.path, problems)
        return Response(_dumps(body), status_code=status, headers=headers, media_type=PROBLEM_JSON)

    async def server_error(request: Request, _exc: Exception) -> Response:
        # Outside the dispatcher (which answers its own 500s): Starlette's default is text/plain.
        body = Problem(500, "The server failed; this is a bug").body(request.url.path, problems)
        return Response(_dumps(body), status_code=500, media_type=PROBLEM_JSON)

    routes = [
        Route("/token", token_endpoint.endpoint(services, problem_base=problems), methods=["POST"]),
        Route(f"{PREFIX}/openapi.json", bundle_file(0, "application/json"), methods=["GET"]),
        Route(f"{PREFIX}/openapi.yaml", bundle_file(1, "application/yaml"), methods=["GET"]),
        Route(f"{PREFIX}/docs", docs, methods=["GET"]),
        Route(PREFIX, index, methods=["GET"]),
        Route(f"{PREFIX}/", index, methods=["GET"]),
        Route(PREFIX + "/{rest:anypath}", dispatcher.handle, methods=ALL_METHODS),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={404: not_found, 405: not_found, Exception: server_error},
        middleware=[Middleware(RequestIds)],
    )
    # Starlette would answer `/token/` with a redirect to an absolute URL built from the Host header.
    app.router.redirect_slashes = False
    app.state.services = services
    app.state.spec = spec
    return app


def _dumps(body: object) -> bytes:
    return orjson.dumps(body)


def public_url(settings: Settings) -> str:
    """This server's address, independent of any request: the configured public URL, else the bound
    address (a wildcard host named as the loopback address, where this machine reaches it)."""
    if settings.public_url:
        return settings.public_url.rstrip("/")
    wildcard = {"0.0.0.0": "127.0.0.1", "": "127.0.0.1", "::": "[::1]"}
    host = wildcard.get(settings.host, settings.host)
    return f"http://{host}:{settings.port}"
