"""Builds the ASGI app: the contract's operations under /arm/v1, the token endpoint, the bundle.

`build` wires it: the dispatcher (every operation of the contract) and a Starlette app for the rest,
behind `http/front.Front`, which hands each request to one of them."""

from __future__ import annotations

import functools
import os
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import orjson
from anyio import to_thread
from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from armrest_server import api, faults, idempotency, logs, token_endpoint
from armrest_server.api import outages, records, sandbox
from armrest_server.auth import Authority
from armrest_server.clock import Calendar, Clock, OffsetClock, SystemClock
from armrest_server.http.dispatch import Dispatcher, Limits
from armrest_server.http.front import Front
from armrest_server.http.problems import Problem
from armrest_server.http.published import without_marked
from armrest_server.http.sandbox_controls import Sandbox
from armrest_server.http.spec import PROBLEM_JSON, Spec, load, locate, served
from armrest_server.services import Services
from armrest_server.settings import Settings
from armrest_server.store import sandbox_clock, stored_forms
from armrest_server.store.db import CONNECTIONS, bind_clock, make_engine, migrate
from armrest_server.store.errors import bounds_of
from armrest_server.store.stored_forms import Forms
from armrest_server.worker.kinds import batch_kinds
from armrest_server.worker.queue import Worker, stop_all

PREFIX = "/arm/v1"
# The operations whose handler runs on the event loop on SQLite (http/dispatch.py): the reads answered
# with stored wire forms in one indexed statement (api/customers.py). On SQLite a read waits for no
# writer (WAL); in a handler thread the hops to it and back and the threads' contention for the GIL
# cost more than the read: a 100-customer page went from ~300 to ~1,100 req/s at 16 connections.
# Reads that assemble their answers in Python (a 1,000-item page of GL items: ~80 ms) stay in threads,
# where they do not hold every other connection up; on PostgreSQL every read waits on the network.
ON_THE_LOOP = frozenset({"getCustomer", "listCustomers"})
SQLITE_HANDLERS = 4  # handler threads on SQLite unless --handler-threads says otherwise (handler_threads)
# The HTML reference the `docs` and `serve` stages write: the checkout's, else one under the working
# directory.
DOCS_PAGES = (
    Path(__file__).resolve().parents[2] / "dist" / "docs" / "index.html",
    Path("dist") / "docs" / "index.html",
)


Endpoint = Callable[[Request], Awaitable[Response]]
ErrorHandler = Callable[[Request, Exception], Awaitable[Response]]


def build(settings: Settings, spec: Spec | None = None, *, clock: Clock | None = None) -> Front:
    """The app for these settings. Migrates the database; the lifespan runs the batch workers.
    `clock` is the one clock of the server (default: the system clock; tests move their own)."""
    logs.configure(settings.log_level)
    faults.arm(settings.fault_point)
    spec = spec or load(locate(settings.spec))
    forms = records.forms(spec)
    engine = migrated_engine(settings, forms)
    services = services_of(settings, spec, engine, forms, base=clock or SystemClock())
    dispatcher = dispatcher_of(settings, spec, services)
    app = Starlette(
        routes=routes(settings, spec, services=services, problems=dispatcher.problem_base),
        lifespan=lifespan(services),
        exception_handlers=error_handlers(dispatcher.problem_base),
    )
    # Starlette would answer `/token/` with a redirect to an absolute URL built from the Host header.
    app.router.redirect_slashes = False
    app.state.services = services
    app.state.spec = spec
    return Front(operations=dispatcher, app=app, prefix=PREFIX, own=own_pages(app))


def own_pages(app: Starlette) -> frozenset[str]:
    """The paths below PREFIX that the Starlette app's routes answer (the served contract, the HTML
    reference, the index); every other path below PREFIX is the dispatcher's."""
    below = PREFIX + "/"
    return frozenset(r.path for r in app.routes if isinstance(r, Route) and r.path.startswith(below))


def migrated_engine(settings: Settings, forms: Forms) -> Engine:
    """The database's engine, migrated, its stored wire forms made."""
    engine = make_engine(settings.database_url, bounds=bounds_of(settings))
    migrate(engine)
    # Customers and AR items keep their wire form beside the row: made by every write transaction
    # handed `forms` (Services hands them on), and here for rows written without them (older
    # servers, tools, the demo data) or against another bundle.
    stored_forms.refresh_all(engine, forms)
    return engine


def services_of(settings: Settings, spec: Spec, engine: Engine, forms: Forms, *, base: Clock) -> Services:
    """What the handlers reach: the engine, the settings, the token authority, the stored wire forms
    and the ledger's clock."""
    # Token lifetimes keep to `base`: moving the ledger's time a month on must not expire the token
    # of the suite that moved it.
    authority = Authority(settings, engine, clock=base)
    clock = ledger_clock(settings, engine, base=base)
    return Services(engine, settings, spec.version, authority, forms, clock=clock)


def ledger_clock(settings: Settings, engine: Engine, *, base: Clock) -> Clock:
    """The ledger's clock: `base`, or with --sandbox-controls `base` ahead by the offset integrators
    set (PUT /sandbox/clock), kept in the database, which every process reads (servers and workers).
    It stands still at the end of the last ledger date once the running time reaches it."""
    if not settings.sandbox_controls:
        return base
    return OffsetClock(base=base, offset=sandbox_clock.reader(engine), ceiling=sandbox.ceiling())


def dispatcher_of(settings: Settings, spec: Spec, services: Services) -> Dispatcher:
    """The contract's operations under PREFIX: every write guarded and exactly once (run again after
    a lost race, its answer kept by its Idempotency-Key), every read's outage a 503."""
    limits = Limits(settings.max_body, settings.validate_responses, settings.strict)
    return Dispatcher(
        spec,
        api.handlers(spec),
        services.authority.verify,
        services,
        limits,
        around=outages.guarded(idempotency.around, attempts=settings.db_attempts),
        reads=outages.read,
        prefix=PREFIX,
        public_url=public_url(settings),
        sandbox=Sandbox(spec, mark=sandbox.MARK, enabled=settings.sandbox_controls),
        on_the_loop=ON_THE_LOOP if services.engine.dialect.name == "sqlite" else frozenset(),
    )


def routes(settings: Settings, spec: Spec, *, services: Services, problems: str) -> list[Route]:
    """The Starlette app's routes: the token endpoint, the served contract, the HTML reference and
    the index (those below PREFIX are `own_pages`). Its answers name their problem types as the
    dispatcher's (`problems`)."""
    contract = served_contract(settings, spec)
    index = index_page(settings, spec)
    return [
        Route("/token", token_endpoint.endpoint(services, problem_base=problems), methods=["POST"]),
        Route(f"{PREFIX}/openapi.json", bundle_file(contract, 0, "application/json"), methods=["GET"]),
        Route(f"{PREFIX}/openapi.yaml", bundle_file(contract, 1, "application/yaml"), methods=["GET"]),
        Route(f"{PREFIX}/docs", docs_page(problems), methods=["GET"]),
        Route(PREFIX, index, methods=["GET"]),
        Route(f"{PREFIX}/", index, methods=["GET"]),
    ]


def served_contract(settings: Settings, spec: Spec) -> Callable[[], tuple[bytes, bytes]]:
    """The served contract (JSON, YAML) as a call that makes it when first asked for: writing the YAML
    takes a tenth of a second or more, which every start (and every test's app) would pay for nothing.
    It lists what this server answers: the sandbox's parts only with its controls."""

    @functools.cache
    def contract() -> tuple[bytes, bytes]:
        published = spec.document
        if not settings.sandbox_controls:
            published = without_marked(spec.document, sandbox.MARK)
        return served(spec, public_url(settings) + PREFIX, "This server", published)

    return contract


def bundle_file(contract: Callable[[], tuple[bytes, bytes]], index: int, media_type: str) -> Endpoint:
    """The endpoint of one of the served contract's files (0: JSON, 1: YAML)."""

    async def endpoint(_request: Request) -> Response:
        # In a thread: the first call writes the document, which must not stall the event loop.
        return Response((await to_thread.run_sync(contract))[index], media_type=media_type)

    return endpoint


def docs_page(problems: str) -> Endpoint:
    """The endpoint of the HTML reference: the first of DOCS_PAGES that is built, else a 404 saying
    how to build it."""

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

    return docs


def index_page(settings: Settings, spec: Spec) -> Endpoint:
    """The endpoint of `/arm/v1` itself, the URL people open first: where the reference, the contract
    and the token endpoint are (the contract's operations are all below it)."""
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
        return Response(index_body, media_type="application/json")

    return index


def error_handlers(problems: str) -> dict[Any, ErrorHandler]:
    """The app's answers outside the dispatcher, as problem+json: no route (404, a 405 with its
    `Allow`), and a failure (500)."""

    async def not_found(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 404
        headers = (exc.headers or {}) if isinstance(exc, HTTPException) else {}  # a 405's Allow
        body = Problem(status, f"No operation at {request.url.path}").body(request.url.path, problems)
        return Response(_dumps(body), status_code=status, headers=headers, media_type=PROBLEM_JSON)

    async def server_error(request: Request, _exc: Exception) -> Response:
        # Outside the dispatcher (which answers its own 500s): Starlette's default is text/plain.
        body = Problem(500, "The server failed; this is a bug").body(request.url.path, problems)
        return Response(_dumps(body), status_code=500, media_type=PROBLEM_JSON)

    return {404: not_found, 405: not_found, Exception: server_error}


def lifespan(services: Services) -> Callable[[Starlette], AbstractAsyncContextManager[None]]:
    """The app's lifespan: the revocation watch and the batch workers run while the app does, and
    the handler threads are sized (handler_threads)."""

    @asynccontextmanager
    async def running(_app: Starlette) -> AsyncIterator[None]:
        services.authority.revocations.start()  # removed API clients' tokens fail from now on
        if services.settings.worker:  # else `armrest worker` processes drain the queue
            services.workers = batch_workers(services.settings, services.engine, services.forms, services)
        for worker in services.workers:
            worker.start()
        to_thread.current_default_thread_limiter().total_tokens = handler_threads(services)
        try:
            yield
        finally:
            stop_all(services.workers)
            services.authority.revocations.stop()
            services.engine.dispose()  # the pool's connections and those threads kept (store/db.py)

    return running


def batch_workers(settings: Settings, engine: Engine, forms: Forms, calendar: Calendar) -> list[Worker]:
    """The batch queue's workers, `--batch-workers` of them, not yet started: each runs the batch
    kinds (worker/kinds.py) on the ledger's `calendar`, and makes the stored wire forms (`forms`) of
    what a chunk writes before it commits."""
    kinds = batch_kinds(calendar)
    return [
        Worker(
            engine=engine,
            kinds=kinds,
            forms=forms,
            worker_id=f"{socket.gethostname()}-{os.getpid()}-{n}",
            poll=settings.worker_poll,
            lease=settings.batch_lease,
            attempts=settings.batch_attempts,
            retry_delay=settings.batch_retry_delay,
        )
        for n in range(settings.batch_workers)
    ]


def worker_process(
    settings: Settings, engine: Engine, spec: Spec | None = None, *, clock: Clock | None = None
) -> list[Worker]:
    """`armrest worker`'s workers, not yet started, on a migrated database's `engine`: the server's
    own, without the HTTP app. They get what the server's own get: the stored wire forms' mapping
    (a batch's writes make them) and the ledger's clock (default: the system's), bound to the engine."""
    logs.configure(settings.log_level)
    faults.arm(settings.fault_point)
    spec = spec or load(locate(settings.spec))
    calendar = ledger_clock(settings, engine, base=clock or SystemClock())
    bind_clock(engine, calendar)
    return batch_workers(settings, engine, records.forms(spec), calendar)


def handler_threads(services: Services) -> int:
    """How many requests are handled at once (the anyio thread limiter's tokens).

    Handler threads and the pool sized together (store/db.py): the batch workers and the health
    probe keep a connection each, the handlers share the rest (on SQLite, with a few handlers, the
    pool keeps plenty for the event loop's reads, ON_THE_LOOP).
    On SQLite a handler never waits on a network: beyond a few threads they only contend for the GIL
    (a 100-item page at 16 connections: 28 threads ~220 req/s, 4 threads ~400), so it gets
    SQLITE_HANDLERS by default."""
    settings = services.settings
    handlers = max(4, CONNECTIONS - len(services.workers) - 1)
    if settings.handler_threads > 0:
        handlers = min(handlers, settings.handler_threads)
    elif services.engine.dialect.name == "sqlite":
        handlers = SQLITE_HANDLERS
    return handlers


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
