"""Engines for SQLite (the default) and PostgreSQL, configured for concurrent use."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event

MIGRATIONS = Path(__file__).parent / "migrations"


def _json_dumps(value: Any) -> str:
    return orjson.dumps(value).decode()


def _json_loads(value: Any) -> Any:
    # SQLite hands back a JSON column holding a bare number as that number (numeric affinity).
    return orjson.loads(value) if isinstance(value, str | bytes) else value


# JSON columns go through orjson: the stdlib decoder was the largest cost of reading a page.
JSON_CODEC: dict[str, Any] = {"json_serializer": _json_dumps, "json_deserializer": _json_loads}


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **JSON_CODEC)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            # WAL lets readers run beside the writer; foreign keys are off in SQLite unless asked for.
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            # A writer takes the write lock at BEGIN, so two writers queue on the busy timeout instead
            # of failing when a read lock is upgraded; readers begin deferred and run beside it (WAL).
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")

        # pysqlite's own transaction handling would issue a deferred BEGIN first.
        @event.listens_for(engine, "connect", insert=True)
        def _no_implicit_begin(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None

        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True, **JSON_CODEC)


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A transaction that writes: committed on success, rolled back on any exception."""
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        yield conn


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction (one consistent snapshot on both databases)."""
    with engine.connect() as conn, conn.begin():
        yield conn


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (idempotent)."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def ping(engine: Engine, timeout: float) -> float | None:
    """Seconds one trivial query took, or None when it failed or took longer than `timeout`.

    The query runs in a thread of its own so that a database that hangs (or a pool that is exhausted)
    cannot hold the caller beyond the timeout; PostgreSQL also cancels the statement itself.
    """
    outcome: list[float] = []

    def probe() -> None:
        started = time.monotonic()
        try:
            with engine.connect() as conn, conn.begin():
                if is_postgres(engine):
                    conn.exec_driver_sql(f"SET LOCAL statement_timeout = {int(timeout * 1000)}")
                conn.exec_driver_sql("SELECT 1").scalar()
        except Exception:
            return
        outcome.append(time.monotonic() - started)

    worker = threading.Thread(target=probe, name="armrest-db-ping", daemon=True)
    worker.start()
    worker.join(timeout)
    return outcome[0] if outcome and outcome[0] <= timeout else None
