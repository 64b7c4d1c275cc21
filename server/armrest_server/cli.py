"""`armrest serve | token | migrate | add-client`: settings from flags and ARMREST_* variables."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from collections.abc import Sequence
from dataclasses import fields

from armrest_server.settings import Settings


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {
        f.name: getattr(args, f.name) for f in fields(Settings) if getattr(args, f.name, None) is not None
    }
    return Settings.from_env(**overrides)


def _setting_flags(p: argparse.ArgumentParser) -> None:
    """One flag per setting, from the Settings fields themselves, so flags and variables never drift."""
    group = p.add_argument_group("settings (each also an ARMREST_<NAME> variable)")
    for f in fields(Settings):
        flag = "--" + f.name.replace("_", "-")
        kind = str(f.type)
        if kind.startswith("bool"):
            group.add_argument(
                flag, action=argparse.BooleanOptionalAction, default=None, help=f"(default {f.default})"
            )
        else:
            convert = int if kind.startswith("int") else float if kind.startswith("float") else str
            group.add_argument(flag, type=convert, default=None, help=f"(default {f.default})")


def app_from_env() -> object:
    """The app factory of each server process (settings travel in ARMREST_* variables)."""
    from armrest_server.app import build

    return build(Settings.from_env())


def serve(settings: Settings) -> int:
    import uvicorn

    from armrest_server.demo import CLIENTNO, seed
    from armrest_server.logs import uvicorn_config
    from armrest_server.protocol import BoundedHttpToolsProtocol
    from armrest_server.store.db import make_engine, migrate
    from armrest_server.store.errors import bounds_of

    engine = make_engine(settings.database_url, bounds=bounds_of(settings))
    migrate(engine)
    if settings.demo_data:
        client_id, secret = seed(engine)
        print(f"demo data for client {CLIENTNO}: client_id={client_id} client_secret={secret}", flush=True)
    engine.dispose()
    # Every process rebuilds the app from the environment, so flags become variables here.
    for key, value in vars(settings).items():
        if value is not None:
            os.environ[f"ARMREST_{key.upper()}"] = str(value)
    os.environ["ARMREST_DEMO_DATA"] = "false"
    uvicorn.run(
        "armrest_server.cli:app_from_env",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        loop="uvloop",
        # httptools with a bound on the time to send headers and body (protocol.py says why).
        http=BoundedHttpToolsProtocol,
        timeout_keep_alive=settings.keep_alive_timeout,
        # Connections beyond this are answered 503 by uvicorn: a flood cannot take every socket.
        limit_concurrency=settings.max_connections,
        log_level=settings.log_level.lower(),
        log_config=uvicorn_config(),  # uvicorn's lines as JSON, masked like the server's own
        access_log=False,
        timeout_graceful_shutdown=10,
    )
    return 0


def token(settings: Settings, clients: list[int], ttl: int, subject: str) -> int:
    from armrest_server.auth import Authority
    from armrest_server.store.db import make_engine, migrate
    from armrest_server.store.errors import bounds_of

    engine = make_engine(settings.database_url, bounds=bounds_of(settings))
    migrate(engine)
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
    return 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="armrest", description=__doc__)
    sub = root.add_subparsers(dest="command", required=True)

    common = _setting_flags
    serve_p = sub.add_parser("serve", help="serve the API under /arm/v1 and run the batch workers")
    common(serve_p)

    token_p = sub.add_parser("token", help="print a bearer token the server on this database accepts")
    common(token_p)
    token_p.add_argument("--client", type=int, action="append", required=True, dest="clients")
    token_p.add_argument("--ttl", type=int, default=3600)
    token_p.add_argument("--subject", default="cli")

    client_p = sub.add_parser("add-client", help="store an API client for the client-credentials flow")
    common(client_p)
    client_p.add_argument("client_id")
    client_p.add_argument("--client", type=int, action="append", required=True, dest="clients")
    client_p.add_argument("--secret", help="default: a new random secret, printed")

    migrate_p = sub.add_parser("migrate", help="bring the database schema up to date")
    common(migrate_p)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    settings = _settings(args)
    if args.command == "serve":
        return serve(settings)
    if args.command == "token":
        return token(settings, args.clients, args.ttl, args.subject)
    if args.command == "add-client":
        return add_client(settings, args.client_id, args.clients, args.secret)
    from armrest_server.store.db import make_engine, migrate
    from armrest_server.store.errors import bounds_of

    migrate(make_engine(settings.database_url, bounds=bounds_of(settings)))
    print("database is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
