"""`armrest serve | worker | token | add-client | remove-client | migrate | reset | proxy`: the server and
its tools.

Every setting is also an ARMREST_* variable; each command takes as flags only the settings it uses,
so a flag that would do nothing there is an error, not ignored. `armrest COMMAND --help` says what
each flag means, its unit, its variable and its default.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import hmac
import logging
import os
import secrets
import signal
import sys
from base64 import urlsafe_b64encode
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, NoReturn

from armrest_server.settings import HELP, Settings

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from armrest_server.worker.queue import Worker

# The settings each command other than `serve` (which takes them all) reads.
DATABASE = ("database_url",)
SIGNING = (*DATABASE, "jwt_key", "jwt_issuer", "jwt_audience")
# `armrest worker`: the database and its bounds, the batch queue's settings, and what its workers
# must share with the servers (the bundle the stored wire forms follow, the sandbox's clock).
QUEUE = (
    *DATABASE,
    *("db_busy_timeout", "db_lock_timeout", "db_statement_timeout"),
    *("db_connect_timeout", "db_pool_timeout", "db_hang_margin"),
    *("batch_workers", "worker_poll", "batch_lease", "batch_attempts", "batch_retry_delay"),
    *("spec", "sandbox_controls", "log_level", "fault_point"),
)
# The signals that stop `armrest worker` gracefully; a second one ends it at once.
STOPPING = (signal.SIGTERM, signal.SIGINT)


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {
        f.name: getattr(args, f.name) for f in fields(Settings) if getattr(args, f.name, None) is not None
    }
    return Settings.from_env(**overrides)


def _setting_flags(p: argparse.ArgumentParser, names: Collection[str] | None = None) -> None:
    """One flag per setting (of `names`, default all), from the Settings fields themselves, so flags,
    variables and help never drift."""
    group = p.add_argument_group("settings (a flag wins over its ARMREST_* variable)")
    for f in fields(Settings):
        if names is not None and f.name not in names:
            continue
        flag = "--" + f.name.replace("_", "-")
        kind = str(f.type)
        default = str(f.default).lower() if isinstance(f.default, bool) else f.default
        shown = "" if f.default is None else f"; default {default}"
        text = f"{HELP.get(f.name, '')} (ARMREST_{f.name.upper()}{shown})".replace("%", "%%")
        if kind.startswith("bool"):
            group.add_argument(flag, action=argparse.BooleanOptionalAction, default=None, help=text)
        else:
            convert = int if kind.startswith("int") else float if kind.startswith("float") else str
            metavar = {int: "N", float: "NUMBER", str: "TEXT"}[convert]
            group.add_argument(flag, type=convert, default=None, metavar=metavar, help=text)


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection while a server starts: its imports and its build make objects
    that live as long as the process, which the collector would walk again and again for nothing
    (about a tenth of a second of a start-up). Collection resumes when the block ends."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def app_from_env() -> object:
    """The app factory of each server process (settings travel in ARMREST_* variables)."""
    with collection_paused():
        from armrest_server.app import build

        return build(Settings.from_env())


def _where(settings: Settings) -> str:
    """The database as a person finds it: a SQLite file's absolute path, else the URL without password."""
    from sqlalchemy.engine import make_url

    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return str(Path(str(url.database)).resolve())
    return url.render_as_string(hide_password=True)


def _refuse(command: str, message: str) -> NoReturn:
    print(f"armrest {command}: {message}", file=sys.stderr)
    raise SystemExit(1)


def _existing_database(settings: Settings, command: str, *, schema: bool = True) -> Engine:
    """The engine of a database that already exists (with the server's schema, unless `schema` is
    False). Exits with why otherwise: opening a missing SQLite file would create an empty database
    that no server uses, and print a token that server refuses."""
    from sqlalchemy import inspect
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from armrest_server.store.db import make_engine
    from armrest_server.store.errors import bounds_of

    url = make_url(settings.database_url)
    where = _where(settings)
    if url.get_backend_name() == "sqlite":
        if url.database in (None, "", ":memory:"):
            _refuse(command, "an in-memory database lives only inside `armrest serve`: give a file")
        if not Path(where).is_file():
            _refuse(
                command,
                f"no database at {where}. `armrest serve` makes one there when it runs in "
                f"{Path(where).parent}: run this in the folder the server runs in, or give the server's "
                "database with --database-url or ARMREST_DATABASE_URL (`armrest migrate` makes a new one).",
            )
    engine = make_engine(settings.database_url, bounds=bounds_of(settings))
    try:
        with engine.connect() as conn:
            migrated = inspect(conn).has_table("alembic_version")
    except SQLAlchemyError as error:
        engine.dispose()
        reason = (str(getattr(error, "orig", None) or error).strip().splitlines() or ["?"])[0]
        _refuse(command, f"cannot open the database {where}: {reason}")
    if schema and not migrated:
        engine.dispose()
        _refuse(
            command, f"{where} has no ARMrest schema: start `armrest serve` on it, or run `armrest migrate`"
        )
    return engine


def _demo_secret(settings: Settings, engine: Engine) -> str:
    """The demo client's secret: --demo-secret, else one derived from the signing key, which is the
    same on every start on one database (a key kept there, or --jwt-key) and new after a reset."""
    from armrest_server.store import security

    if settings.demo_secret:
        return settings.demo_secret
    key = settings.jwt_key or security.signing_key(engine)
    digest = hmac.new(key.encode(), b"armrest demo client secret", hashlib.sha256).digest()
    return urlsafe_b64encode(digest).decode().rstrip("=")


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """How `serve` runs uvicorn, but for the app: also what the bench serves its bare ASGI app with
    (bench/bare.py), so that the two are measured on the same server."""
    from armrest_server.logs import uvicorn_config

    return {
        "host": settings.host,
        "port": settings.port,
        "workers": settings.workers,
        # uvloop, with a protocol of ours in front of uvicorn's on every connection: it bounds the time
        # to send headers and body, their bytes, and the connections in all and per address, and
        # answers beyond them in problem+json (protocol.py says why). It reads the bounds from each
        # process's ARMREST_* variables.
        "loop": "armrest_server.protocol:new_event_loop",
        "http": "httptools",
        "timeout_keep_alive": settings.keep_alive_timeout,
        # X-Forwarded-For only from the proxies named: from anyone else it would let a client choose
        # the address its failed /token attempts count against.
        "proxy_headers": bool(settings.forwarded_allow_ips),
        "forwarded_allow_ips": settings.forwarded_allow_ips or None,
        "log_level": settings.log_level.lower(),
        "log_config": uvicorn_config(),  # uvicorn's lines as JSON, masked like the server's own
        "access_log": False,
        "timeout_graceful_shutdown": 10,
    }


def serve(settings: Settings) -> int:
    with collection_paused():
        import uvicorn

        from armrest_server.logs import configure
        from armrest_server.store.db import make_engine, migrate
        from armrest_server.store.errors import bounds_of

        engine = make_engine(settings.database_url, bounds=bounds_of(settings))
        migrate(engine)
    # The log is JSON lines (logs.py); the database the server uses is one of them. Only the demo
    # credential below is printed as text: a log line would mask its secret.
    configure(settings.log_level)
    logging.getLogger("armrest.cli").info("serving the database", extra={"database": _where(settings)})
    if settings.demo_data:
        from armrest_server.demo import CLIENTNO, seed  # the demo data's modules: only when seeding

        client_id, secret = seed(engine, _demo_secret(settings, engine))
        print(f"demo data for client {CLIENTNO}: client_id={client_id} client_secret={secret}", flush=True)
    engine.dispose()
    # Every process rebuilds the app from the environment, so flags become variables here.
    for key, value in vars(settings).items():
        if value is not None:
            os.environ[f"ARMREST_{key.upper()}"] = str(value)
    os.environ["ARMREST_DEMO_DATA"] = "false"
    uvicorn.run("armrest_server.cli:app_from_env", factory=True, **uvicorn_options(settings))
    return 0


def worker(settings: Settings) -> int:
    """The batch queue's workers as a process of their own, until SIGTERM or SIGINT; then each ends
    its chunk and hands its batch back, which the next worker resumes (`worker/queue.py`)."""
    from armrest_server.app import worker_process
    from armrest_server.store.db import current, is_postgres
    from armrest_server.worker.queue import stop_all

    if settings.batch_workers < 1:
        _refuse("worker", "it runs --batch-workers workers: give 1 or more")
    engine = _existing_database(settings, "worker")
    if not current(engine):
        engine.dispose()
        _refuse("worker", f"{_where(settings)} is not at this server's schema: run `armrest migrate` first")
    workers = worker_process(settings, engine)
    log = logging.getLogger("armrest.cli")
    where = {"database": _where(settings), "workers": len(workers)}
    log.info("running the batch queue", extra=where)
    if not is_postgres(engine):
        # Safe (a claim holds SQLite's one write lock, which the processes share), but no faster.
        log.warning("on SQLite the servers' and the workers' writes take turns: PostgreSQL scales them")
    stopped_by = _until_stopped(workers)
    log.info("stopping: each worker ends its chunk and hands its batch back", extra={"signal": stopped_by})
    stop_all(workers, settings.batch_lease)  # beyond a lease, its batch is another worker's anyway
    engine.dispose()
    log.info("stopped", extra=where)
    return 0


class _Stopping(Exception):
    """A stopping signal, raised in the main thread by its handler."""


def _stopping(signum: int, _frame: FrameType | None) -> None:
    for each in STOPPING:
        signal.signal(each, signal.SIG_DFL)  # a second signal ends the process at once
    raise _Stopping(signal.Signals(signum).name)


def _until_stopped(workers: Sequence[Worker]) -> str:
    """Run the workers until a signal of STOPPING; answers its name. (The handler raises: the main
    thread cannot miss a signal that comes between a look at a flag and a wait.)"""
    for each in STOPPING:
        signal.signal(each, _stopping)
    try:
        for running in workers:
            running.start()
        while True:
            signal.pause()
    except _Stopping as stop:
        return str(stop)


def token(settings: Settings, clients: list[int], ttl: int | None, subject: str) -> int:
    from armrest_server.auth import Authority

    engine = _existing_database(settings, "token")
    print(Authority(settings, engine).issue(subject, clients, ttl).access_token)
    return 0


def add_client(settings: Settings, client_id: str, clients: list[int], secret: str | None) -> int:
    from armrest_server.auth import hash_secret
    from armrest_server.store import security
    from armrest_server.store.db import make_engine, migrate
    from armrest_server.store.errors import bounds_of

    engine = make_engine(settings.database_url, bounds=bounds_of(settings))
    migrate(engine)
    secret = secret or secrets.token_urlsafe(24)
    security.add_api_client(engine, client_id, hash_secret(secret), clients)
    print(f"client_id={client_id} client_secret={secret}")
    print(f"armrest add-client: stored in {_where(settings)}", file=sys.stderr)
    return 0


def remove_client(settings: Settings, client_id: str) -> int:
    """Delete an API client and revoke its tokens: every server on the database refuses them within
    its --revocation-check. A subject that is no stored client (`armrest token --subject`) is revoked
    alike, so this also withdraws tokens printed by `armrest token`."""
    from armrest_server.store import security
    from armrest_server.store.db import migrate

    engine = _existing_database(settings, "remove-client")
    migrate(engine)  # a database of an older server: the revocations table first
    existed = security.remove_api_client(engine, client_id, datetime.now(UTC))
    engine.dispose()
    what = (
        "removed; its tokens are revoked" if existed else "was no stored API client; its tokens are revoked"
    )
    print(f"armrest remove-client: {client_id} {what} in {_where(settings)}")
    return 0


def migrate_command(settings: Settings) -> int:
    from armrest_server.store.db import make_engine, migrate
    from armrest_server.store.errors import bounds_of

    migrate(make_engine(settings.database_url, bounds=bounds_of(settings)))
    print(f"{_where(settings)} is up to date")
    return 0


def reset(settings: Settings, yes: bool) -> int:
    """Drop every table and make the schema anew, empty (the signing key too, so tokens and the
    derived demo secret change)."""
    from sqlalchemy import MetaData

    from armrest_server.store.db import migrate, writing

    where = _where(settings)
    if not yes:
        _refuse("reset", f"this drops every table of {where}; stop its server and add --yes")
    engine = _existing_database(settings, "reset", schema=False)
    with writing(engine) as conn:
        tables = MetaData()
        tables.reflect(conn)
        tables.drop_all(conn)
    migrate(engine)
    engine.dispose()
    print(f"{where} is empty again; `armrest serve --demo-data` seeds the demo data")
    return 0


def _client_numbers(p: argparse.ArgumentParser, help: str) -> None:
    """`--client CLIENTNO`, repeatable and required: the client numbers a token or an API client gets."""
    p.add_argument(
        "--client", type=int, action="append", required=True, dest="clients", metavar="CLIENTNO", help=help
    )


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="armrest", description=__doc__, allow_abbrev=False)
    sub = root.add_subparsers(dest="command", required=True)

    def command(name: str, help: str, settings: Collection[str] | None) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help, allow_abbrev=False)
        p.set_defaults(usage_of=p)
        _setting_flags(p, settings)
        return p

    command("serve", "serve the API under /arm/v1 and run the batch workers (unless --no-worker)", None)
    command(
        "worker",
        "run the batch queue's workers as a process of their own, beside servers started with "
        "--no-worker, on their database (PostgreSQL; SQLite works, with one writer at a time); SIGTERM "
        "or SIGINT stops it, each batch in progress resumed by the next worker",
        QUEUE,
    )

    token_p = command("token", "print a bearer token the server on this database accepts", SIGNING)
    _client_numbers(token_p, "client number the token grants (repeat for several)")
    token_p.add_argument(
        "--ttl",
        type=int,
        metavar="SECONDS",
        help=f"seconds the token is valid (default: ARMREST_TOKEN_TTL, {Settings.token_ttl})",
    )
    token_p.add_argument("--subject", default="cli", help="the token's subject (sub), logged (default cli)")

    client_p = command("add-client", "store an API client for the client-credentials flow", DATABASE)
    client_p.add_argument("client_id", help="the client id it logs in with")
    _client_numbers(client_p, "client number it may reach (repeat for several)")
    client_p.add_argument("--secret", help="its secret (default: a new random one, printed)")

    remove_p = command(
        "remove-client",
        "delete an API client and revoke its tokens (servers refuse them within seconds)",
        DATABASE,
    )
    remove_p.add_argument("client_id", help="the client id (a token's subject) to remove")

    command("migrate", "bring the database schema up to date (armrest serve does on start)", DATABASE)

    reset_p = command("reset", "drop every table of the database and make them anew, empty", DATABASE)
    reset_p.add_argument("--yes", action="store_true", help="yes, drop everything (stop the server first)")

    from armrest_server import proxy  # its flags and its run live with it

    proxy_p = sub.add_parser("proxy", help=proxy.HELP, description=proxy.HELP, allow_abbrev=False)
    proxy_p.set_defaults(usage_of=proxy_p)
    proxy.add_arguments(proxy_p)
    return root


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments; a flag the command does not take is refused with that command's usage (argparse
    would show the top-level usage, which does not list the command's flags)."""
    root = parser()
    words = list(sys.argv[1:] if argv is None else argv)
    args, unknown = root.parse_known_args(words)
    if unknown:
        after_command = args.command in words and words.index(args.command) < words.index(unknown[0])
        owner: argparse.ArgumentParser = args.usage_of if after_command else root
        owner.error(f"unrecognized arguments: {' '.join(unknown)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    if args.command == "proxy":  # no settings: it has no database and serves no API of its own
        from armrest_server import proxy

        return proxy.run(args)
    settings = _settings(args)
    if args.command == "serve":
        return serve(settings)
    if args.command == "worker":
        return worker(settings)
    if args.command == "token":
        return token(settings, args.clients, args.ttl, args.subject)
    if args.command == "add-client":
        return add_client(settings, args.client_id, args.clients, args.secret)
    if args.command == "remove-client":
        return remove_client(settings, args.client_id)
    if args.command == "reset":
        return reset(settings, args.yes)
    return migrate_command(settings)


if __name__ == "__main__":
    sys.exit(main())
