"""Settings: every one a command-line flag and an `ARMREST_*` environment variable."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8080
    database_url: str = "sqlite:///armrest.db"
    workers: int = 1  # server processes (uvicorn workers); they share the database and its queue
    batch_workers: int = 1  # batch worker threads in each server process (and `armrest worker`)
    # The server processes run the batch workers themselves; off (`--no-worker`), they leave the
    # queue to `armrest worker` processes, so that web and batch capacity scale apart.
    worker: bool = True
    # Threads running request handlers at once in each process (0: 4 on SQLite, as many as the pool
    # serves on PostgreSQL). Handlers are mostly Python under one GIL: more threads add switching.
    handler_threads: int = 0
    demo_data: bool = False
    # Stable demo credentials: scripts and the README can keep one secret across restarts.
    demo_secret: str | None = None
    spec: str | None = None  # directory or file of the bundle; default: the one shipped with the server
    validate_responses: bool = True
    strict: bool = False  # a response that breaks the contract answers 500 (tests)
    max_body: int = 8 * 1024 * 1024
    jwt_key: str | None = None  # HS256 secret; default: a key kept in the database
    jwt_issuer: str = "armrest"
    jwt_audience: str = "armrest-api"
    token_ttl: int = 3600
    # Absolute links (paging) start with this; default http://host:port. Never taken from request headers.
    public_url: str | None = None
    token_max_body: int = 64 * 1024  # a token form is a few hundred bytes; larger bodies answer 413 early
    # Failed token requests allowed per source address, then a doubling wait (1, 2, 4 ... s, at most the
    # window) after each further one, until the address has been quiet for the window.
    token_failures: int = 10
    token_failure_window: float = 300  # seconds
    # Seconds between each process's reads of the revoked API clients: a removed client's tokens fail
    # within about this long in every process.
    revocation_check: float = 2.0
    log_level: str = "INFO"
    worker_poll: float = 0.2  # seconds between queue polls when idle
    batch_lease: float = 60  # seconds a batch stays claimed by a worker that makes no progress
    # Claims in a row that commit nothing before a batch ends FAILED. Progress resets the count, so
    # this bounds only attempts that die whole (a crash or restart mid-chunk, a failing commit, a
    # database fault): 5 rides out a few restarts or short faults, and ends a batch that can never
    # progress within about 15 s of retries (or 5 leases when its workers are killed).
    batch_attempts: int = 5
    batch_retry_delay: float = 1.0  # seconds before a failed attempt is retried; doubles each time
    # Test-only: a fault point (armrest_server/faults.py) at which the process SIGKILLs itself (crash tests).
    fault_point: str | None = None
    # Database waits (seconds), each well under a client's 30 s timeout, so that a database that is
    # locked, slow, hung or gone answers 503 with Retry-After instead of a 500 or a hang.
    db_busy_timeout: float = 5.0  # SQLite: a writer waits this long for the write lock
    db_lock_timeout: float = 5.0  # PostgreSQL lock_timeout
    db_statement_timeout: float = 10.0  # PostgreSQL statement_timeout
    db_connect_timeout: float = 5.0  # PostgreSQL connect_timeout (libpq's least is 2)
    db_pool_timeout: float = 5.0  # waiting for a pooled connection
    db_hang_margin: float = 5.0  # a driver call stuck statement_timeout + this is cut (hung server)
    # A request that lost a deadlock or serialisation race runs again, this many times in all; so
    # does a handler's write that lost a race (a key taken meanwhile, a guard): api/outages.py.
    db_attempts: int = 5
    # Slow clients (seconds): the time to send a request's headers, and then its body; the idle time
    # of a kept-alive connection; connections (and requests) served at once by a process, beyond: 503.
    header_timeout: float = 10.0
    body_timeout: float = 30.0
    keep_alive_timeout: int = 5
    max_connections: int = 200
    # Of those, connections one source address may hold (0: a quarter of max_connections); beyond, 503.
    max_connections_per_address: int = 0
    # Bytes a request line and its headers may take; beyond, 431 (httptools itself bounds neither).
    max_header_bytes: int = 64 * 1024
    # Proxies whose X-Forwarded-For / X-Forwarded-Proto are believed; none by default, so a request's
    # source address (the token throttle's and the connection limit's) is its connection's own.
    forwarded_allow_ips: str = ""
    # Sandbox only: the clock operations (GET/PUT /sandbox/clock) and the Armrest-Sandbox-Answer header,
    # for integrators' tests. Off, the server is Amili's API alone (their paths 404, the header is ignored).
    sandbox_controls: bool = False

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: object) -> Settings:
        """Defaults, then ARMREST_* variables, then explicit overrides (the command line)."""
        environ = dict(os.environ if environ is None else environ)
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = environ.get(f"ARMREST_{f.name.upper()}")
            if raw is not None:
                values[f.name] = _convert(f.type, raw)
        values |= {k: v for k, v in overrides.items() if v is not None}
        return cls(**values)  # type: ignore[arg-type]


def _convert(kind: object, raw: str) -> object:
    text = str(kind)
    if text.startswith("bool"):
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if text.startswith("int"):
        return int(raw)
    if text.startswith("float"):
        return float(raw)
    return raw


# What each setting means, for `armrest COMMAND --help` (which adds its ARMREST_* variable and its
# default). Kept beside the fields so a new setting gets its help line in the same edit;
# tests/server/test_cli.py fails for a setting without one.
HELP: dict[str, str] = {
    "host": "address to listen on (0.0.0.0: every interface)",
    "port": "TCP port to listen on",
    "database_url": "SQLAlchemy URL of the database: sqlite:///PATH (relative to the current folder) or "
    "postgresql+psycopg://USER@HOST/DB (`armrest serve` migrates it on start)",
    "workers": "server processes; they share the database and its batch queue",
    "batch_workers": "batch worker threads in each server process, or in the `armrest worker` process",
    "worker": "run the batch workers in each server process; --no-worker serves without them, leaving "
    "the batch queue to `armrest worker` processes on the same database",
    "handler_threads": "threads running request handlers at once in each process (0: 4 on SQLite, as "
    "many as the connection pool serves on PostgreSQL); requests beyond wait for one",
    "demo_data": "seed client 2218 with demo data (once) and print the demo API client's credentials",
    "demo_secret": "secret of the demo API client demo-2218 (with --demo-data); default: derived from "
    "the signing key, so the same on every start until `armrest reset`",
    "spec": "directory or file of the OpenAPI bundle to serve; default: the one shipped with the server",
    "validate_responses": "check every response against the contract (a breach is logged)",
    "strict": "a response that breaks the contract answers 500 (for tests)",
    "max_body": "largest request body in bytes; beyond, 413",
    "jwt_key": "HS256 key that signs and verifies tokens; default: a key kept in the database",
    "jwt_issuer": "issuer (iss) of the tokens issued and accepted",
    "jwt_audience": "audience (aud) of the tokens issued and accepted",
    "token_ttl": "seconds a token from /token is valid",
    "public_url": "start of absolute links (paging, Location); default http://HOST:PORT, never a "
    "request's Host",
    "token_max_body": "largest /token request body in bytes; beyond, 413",
    "token_failures": "failed /token attempts allowed per source address; each further one makes that "
    "address wait 1, 2, 4 ... s (429), never the client id it named",
    "token_failure_window": "seconds without a failure after which an address's failures are forgotten "
    "(and the longest wait)",
    "revocation_check": "seconds between a process's reads of the removed API clients; their tokens "
    "fail within about this long",
    "log_level": "log level: DEBUG, INFO, WARNING or ERROR (JSON lines on stderr)",
    "worker_poll": "seconds between batch queue polls when idle",
    "batch_lease": "seconds a batch stays claimed by a worker that makes no progress",
    "batch_attempts": "claims in a row that commit nothing before a batch ends FAILED",
    "batch_retry_delay": "seconds before a failed batch attempt is retried; doubles each time",
    "fault_point": "for crash tests: a fault point at which the process kills itself",
    "db_busy_timeout": "SQLite: seconds a writer waits for the write lock, then 503",
    "db_lock_timeout": "PostgreSQL: seconds a statement waits for a lock (lock_timeout), then 503",
    "db_statement_timeout": "PostgreSQL: seconds a statement may run (statement_timeout), then 503",
    "db_connect_timeout": "PostgreSQL: seconds to connect (libpq's least is 2), then 503",
    "db_pool_timeout": "seconds to wait for a pooled connection, then 503",
    "db_hang_margin": "seconds past the statement time-out after which a stuck driver call is cut",
    "db_attempts": "times in all a request that lost a deadlock or serialisation race runs",
    "header_timeout": "seconds a client may take to send a request's headers, then 408",
    "body_timeout": "seconds a client may take to send a request's body, then 408",
    "keep_alive_timeout": "seconds an idle kept-alive connection stays open",
    "max_connections": "connections served at once by each process; beyond, 503",
    "max_connections_per_address": "connections one source address may hold in each process (0: a "
    "quarter of --max-connections); beyond, 503 at once",
    "max_header_bytes": "bytes a request line and its headers may take; beyond, 431",
    "forwarded_allow_ips": "addresses of proxies in front whose X-Forwarded-For is believed (comma-"
    "separated, * for any); default none: a request's source address is its connection's",
    "sandbox_controls": "sandbox only: the clock operations (/sandbox/clock) and the Armrest-Sandbox-Answer "
    "header, for integrators' tests; off, the server is Amili's API alone",
}
