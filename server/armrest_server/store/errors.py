"""Database faults, sorted once: what is an outage (answer 503, try later) and what is a lost race
(run the transaction again).

`install` hooks the engine so that every DBAPI error that means "the database cannot answer now"
leaves the store as `Unavailable`: a database that is gone or restarting, a lock held beyond the
bound (SQLite busy timeout, PostgreSQL lock_timeout), a statement beyond statement_timeout, a
database that cannot be written (read-only file, standby, disk full). `Unavailable` is an
OperationalError, so every caller that already treats OperationalError as transient (the batch
worker) keeps doing so, and `except DBAPIError` blocks that look for lost races let it pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

# Seconds a client is told to wait: a lock or a lost race clears in moments, an outage takes longer.
RETRY_BUSY = 2
RETRY_DOWN = 5

# A concurrent writer won (PostgreSQL broke a deadlock, or a serialisable transaction lost): the
# transaction was rolled back whole and may simply run again.
CONFLICT_SQLSTATES = frozenset({"40001", "40P01"})
# SQLSTATEs (or their two-character classes) of a database that cannot answer now.
_DOWN_CLASSES = ("08", "53", "57P", "58")  # connection, resources, shutdown/restart, system I/O
_BUSY = {"55P03": "a lock was held beyond lock_timeout", "57014": "a statement ran beyond statement_timeout"}
_READ_ONLY = "25006"
# SQLite result codes (sqlite3 errors name them, Python >= 3.11).
_SQLITE_BUSY = ("SQLITE_BUSY", "SQLITE_LOCKED")
_SQLITE_LOCKED_REASON = "the database is locked by another writer beyond the busy timeout"
_SQLITE_DOWN = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_FULL", "SQLITE_PROTOCOL")


class Unavailable(OperationalError):
    """The database cannot answer now; nothing of the transaction was committed. Answer 503 with
    `Retry-After: retry_after`."""

    reason: str = "the database is unavailable"
    retry_after: int = RETRY_DOWN


@dataclass(frozen=True, kw_only=True)
class Bounds:
    """Every wait on the database, in seconds: all of them well under a client's 30 s timeout."""

    busy_timeout: float = 5.0  # SQLite: a writer waits this long for the write lock
    lock_timeout: float = 5.0  # PostgreSQL: a statement waits this long for a row or table lock
    statement_timeout: float = 10.0  # PostgreSQL: a statement runs this long at most
    connect_timeout: float = 5.0  # PostgreSQL: a new connection is made within this (libpq: >= 2)
    pool_timeout: float = 5.0  # a request waits this long for a pooled connection
    # A call into the driver that has not returned this long after statement_timeout should have
    # stopped it means the server is hung (stopped, frozen, partitioned): its socket is shut down.
    hang_margin: float = 5.0


def conflict(error: BaseException) -> bool:
    """A deadlock or serialisation failure: the transaction was rolled back and may run again."""
    return isinstance(error, DBAPIError) and getattr(error.orig, "sqlstate", None) in CONFLICT_SQLSTATES


def _classify(error: DBAPIError) -> tuple[str, int] | None:
    """(reason, retry-after) when `error` means the database cannot answer now, else None."""
    orig = error.orig
    name = getattr(orig, "sqlite_errorname", None)
    if isinstance(name, str):
        if name.startswith(_SQLITE_BUSY):
            return _SQLITE_LOCKED_REASON, RETRY_BUSY
        if name.startswith(_SQLITE_DOWN):
            return f"the database cannot be written ({str(orig)[:200]})", RETRY_DOWN
        return None
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate in _BUSY:
        return f"the database is busy: {_BUSY[sqlstate]}", RETRY_BUSY
    if sqlstate == _READ_ONLY:
        return "the database accepts no writes now (read-only)", RETRY_DOWN
    if sqlstate is not None and sqlstate.startswith(_DOWN_CLASSES):
        return f"the database is unavailable ({sqlstate})", RETRY_DOWN
    if error.connection_invalidated or (sqlstate is None and isinstance(error, OperationalError)):
        # No SQLSTATE: the driver never reached the server (refused, timed out, connection lost).
        return "the database cannot be reached", RETRY_DOWN
    return None


def busy(statement: str) -> Unavailable:
    """The answer of a writer that waited the busy timeout for the write lock (SQLite) in vain."""
    found = Unavailable(statement, None, TimeoutError("the write lock was not free in time"))
    found.reason, found.retry_after = _SQLITE_LOCKED_REASON, RETRY_BUSY
    return found


def unavailable(error: BaseException) -> Unavailable | None:
    """`error` as Unavailable when it is an outage (also a pool that had no connection in time)."""
    if isinstance(error, Unavailable):
        return error
    if isinstance(error, PoolTimeout):
        found = Unavailable(None, None, error)
        found.reason, found.retry_after = "no database connection became free in time", RETRY_BUSY
        return found
    if isinstance(error, DBAPIError):
        classified = _classify(error)
        if classified is not None:
            found = Unavailable(
                error.statement,
                error.params,
                error.orig if error.orig is not None else error,
                connection_invalidated=error.connection_invalidated,
            )
            found.reason, found.retry_after = classified
            return found
    return None


def install(engine: Engine) -> None:
    """Raise Unavailable for outages from the engine itself (statements, commits and connects)."""

    @event.listens_for(engine, "handle_error")
    def _translate(context: Any) -> None:
        # A failed pre-ping is the pool's to handle: it reconnects and tries again.
        if context.is_pre_ping or context.sqlalchemy_exception is None:
            return
        found = unavailable(context.sqlalchemy_exception)
        if found is not None:
            raise found


def bounds_of(settings: Any) -> Bounds:
    """The bounds of a Settings (its db_* fields)."""
    return Bounds(
        busy_timeout=settings.db_busy_timeout,
        lock_timeout=settings.db_lock_timeout,
        statement_timeout=settings.db_statement_timeout,
        connect_timeout=settings.db_connect_timeout,
        pool_timeout=settings.db_pool_timeout,
        hang_margin=settings.db_hang_margin,
    )
