"""Engines for SQLite (the default) and PostgreSQL, configured for concurrent use."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, InvalidatePoolError

from armrest_server.clock import Clock, SystemClock
from armrest_server.store import errors, migrations, stored_forms
from armrest_server.store.errors import Bounds
from armrest_server.store.watchdog import Watchdog

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
SYSTEM_CLOCK = SystemClock()  # the clock of an engine no Services was bound to (CLI commands, tools)


def _json_dumps(value: Any) -> str:
    return orjson.dumps(value).decode()


def _json_loads(value: Any) -> Any:
    # SQLite hands back a JSON column holding a bare number as that number (numeric affinity).
    return orjson.loads(value) if isinstance(value, str | bytes) else value


# JSON columns go through orjson: the stdlib decoder was the largest cost of reading a page.
JSON_CODEC: dict[str, Any] = {"json_serializer": _json_dumps, "json_deserializer": _json_loads}


# Connections of one process's pool. Each thread of work holds at most one (`writing` and `reading`
# join a transaction already open), and app.py runs at most this many threads at once (handlers, batch
# workers and the health probe together), so no thread ever waits for the pool: requests beyond it
# queue for a thread, where no pool time-out can fail them.
POOL_SIZE = 10
POOL_OVERFLOW = 20
CONNECTIONS = POOL_SIZE + POOL_OVERFLOW


def make_engine(url: str, *, bounds: Bounds | None = None) -> Engine:
    """An engine whose every wait is bounded (`bounds`), and whose outages raise Unavailable."""
    bounds = bounds or Bounds()
    engine = _sqlite_engine(url, bounds) if url.startswith("sqlite") else _postgres_engine(url, bounds)
    errors.install(engine)
    return engine


def _sqlite_engine(url: str, bounds: Bounds) -> Engine:
    busy = bounds.busy_timeout
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": busy},
        pool_size=POOL_SIZE,
        max_overflow=POOL_OVERFLOW,
        pool_timeout=bounds.pool_timeout,
        **JSON_CODEC,
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        # WAL lets readers run beside the writer; foreign keys are off in SQLite unless asked for.
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # A writer waits this long for another's write lock, then answers 503 (store/errors.py).
        cursor.execute(f"PRAGMA busy_timeout={int(busy * 1000)}")
        cursor.close()

    # Writers of this engine queue on a lock of their own before BEGIN IMMEDIATE (see `writing`);
    # threads keep a connection for their one-statement reads (see `reading`).
    kept = _KeptConnections(engine, limit=KEPT)
    engine.update_execution_options(**{_GATE: _WriterGate(timeout=busy), _KEPT: kept})
    event.listen(engine, "engine_disposed", lambda _engine: kept.close_all())

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # A writer takes the write lock at BEGIN, so two writers queue on the busy timeout instead
        # of failing when a read lock is upgraded; readers begin deferred and run beside it (WAL).
        options = conn.get_execution_options()
        if options.get("one_statement"):
            return  # `reading(one_statement=True)`: the statement is its own snapshot (autocommit)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get("write") else "BEGIN")

    # pysqlite's own transaction handling would issue a deferred BEGIN first.
    @event.listens_for(engine, "connect", insert=True)
    def _no_implicit_begin(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    return engine


def _postgres_engine(url: str, bounds: Bounds) -> Engine:
    # The server enforces statement and lock time-outs; libpq bounds making a connection.
    options = (
        f"-c statement_timeout={int(bounds.statement_timeout * 1000)}"
        f" -c lock_timeout={int(bounds.lock_timeout * 1000)}"
    )
    engine = create_engine(
        url,
        pool_size=POOL_SIZE,
        max_overflow=POOL_OVERFLOW,
        pool_timeout=bounds.pool_timeout,
        connect_args={"connect_timeout": max(2, math.ceil(bounds.connect_timeout)), "options": options},
        **JSON_CODEC,
    )
    # A server that stops answering enforces none of its own time-outs: the watchdog bounds every
    # driver call, the checkout ping included (so pool_pre_ping, whose ping it cannot see, is off).
    guard = Watchdog(limit=bounds.statement_timeout + bounds.hang_margin)
    guard.install(engine)

    @event.listens_for(engine, "connect")
    def _fresh(_dbapi_connection: Any, record: Any) -> None:
        record.info["fresh"] = True

    @event.listens_for(engine, "checkout")
    def _ping(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        # A pooled connection may have died with the server (a restart, an outage): ping it, and
        # make the pool discard every older connection and connect anew when it fails.
        if record.info.pop("fresh", False):
            return
        # A ping takes milliseconds: one that takes as long as making a connection is a hung server.
        guard.arm(dbapi_connection, bounds.connect_timeout)
        try:
            dbapi_connection.autocommit = True
            dbapi_connection.execute("SELECT 1")
            dbapi_connection.autocommit = False
        except Exception as error:
            raise InvalidatePoolError(str(error)[:200]) from error
        finally:
            guard.disarm(dbapi_connection)

    return engine


_GATE = "armrest_writer_gate"  # the engine execution option holding a SQLite engine's _WriterGate
_KEPT = "armrest_kept_connections"  # ... and the one holding its _KeptConnections
# Threads of one process that keep a SQLite connection for their one-statement reads: the event loop,
# the handler threads and the batch workers of the default settings, well within the pool.
KEPT = 8


class _KeptConnections:
    """The connections threads keep between their one-statement reads of a SQLite engine.

    Checking a connection out of the pool and back for one indexed read cost more than the read
    (about 70 of 125 us), so a thread keeps one, in autocommit: each statement is its own snapshot,
    and nothing stays open between statements. At most `limit` threads keep one (the connection of a
    thread that has ended is closed when its place is wanted); the others use the pool each time.
    """

    def __init__(self, engine: Engine, *, limit: int) -> None:
        self._engine = engine
        self._limit = limit
        self._local = threading.local()
        self._lock = threading.Lock()
        self._kept: dict[threading.Thread, Connection] = {}

    def mine(self) -> Connection | None:
        """This thread's connection (made on its first read); None when `limit` threads keep one."""
        conn: Connection | None = getattr(self._local, "conn", None)
        if conn is not None and not conn.closed:  # closed: the engine was disposed of since
            return conn
        with self._lock:
            for thread in [t for t in self._kept if not t.is_alive()]:
                self._kept.pop(thread).close()
            if len(self._kept) >= self._limit:
                return None
            conn = self._engine.connect().execution_options(one_statement=True)
            self._kept[threading.current_thread()] = conn
        self._local.conn = conn
        return conn

    def drop(self) -> None:
        """Close this thread's connection (after a failed read): its next read makes a new one."""
        conn = getattr(self._local, "conn", None)
        self._local.conn = None
        with self._lock:
            self._kept.pop(threading.current_thread(), None)
        if conn is not None:
            conn.invalidate()
            conn.close()

    def close_all(self) -> None:
        """Close every kept connection (the engine is disposed of)."""
        with self._lock:
            kept, self._kept = list(self._kept.values()), {}
        for conn in kept:
            conn.close()


class _WriterGate:
    """One writer at a time per SQLite engine, queued in-process in arrival order.

    SQLite lets one transaction write at a time; a writer that finds the lock taken polls it from
    its busy handler, sleeping in growing steps (up to 100 ms), so under steady load queued writers
    wait many times as long as the lock is held, and the unlucky ones until the busy timeout. The
    engine's writers wait here instead, first come first served, each handed the gate the moment
    the writer before it finishes; writers of other processes (and other engines) still meet the
    busy timeout at BEGIN IMMEDIATE. The wait is bounded by the same busy timeout and then answers
    the same 503.
    """

    def __init__(self, *, timeout: float) -> None:
        self.timeout = timeout
        self._mutex = threading.Lock()
        self._taken = False
        self._waiting: deque[threading.Lock] = deque()  # each released when the gate is its own

    @contextmanager
    def held(self, timeout: float | None = None) -> Iterator[None]:
        if not self._enter(self.timeout if timeout is None else timeout):
            raise errors.busy("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            self._leave()

    def _enter(self, timeout: float) -> bool:
        with self._mutex:
            if not self._taken:
                self._taken = True
                return True
            turn = threading.Lock()
            turn.acquire()
            self._waiting.append(turn)
        if turn.acquire(timeout=timeout):
            return True
        with self._mutex:
            if turn in self._waiting:
                self._waiting.remove(turn)
                return False
        return True  # handed the gate as the wait ran out

    def _leave(self) -> None:
        with self._mutex:
            if self._waiting:
                self._waiting.popleft().release()  # the gate passes on, still taken
            else:
                self._taken = False


def _writer_turn(engine: Engine, timeout: float | None = None) -> AbstractContextManager[None]:
    """This thread's turn to write on `engine`: its SQLite writers' gate, nothing on PostgreSQL
    (whose row locks order writers)."""
    gate: _WriterGate | None = engine.get_execution_options().get(_GATE)
    return nullcontext() if gate is None else gate.held(timeout)


@dataclass(frozen=True)
class _Open:
    """The transaction this thread of work runs in, which nested `writing`/`reading` blocks join."""

    pool: Any  # the database it is on (engines derived from one engine share its pool)
    conn: Connection
    writes: bool


_open: ContextVar[_Open | None] = ContextVar("armrest_open_transaction", default=None)


@contextmanager
def writing(engine: Engine, *, forms: stored_forms.Forms | None = None) -> Iterator[Connection]:
    """A transaction that writes: committed on success, rolled back on any exception.

    Inside another `writing` block on the same database it joins that transaction as a SAVEPOINT:
    released on success, rolled back alone on an exception (a refused write undoes only its part),
    and committed only with the outer transaction. That is how a write and its stored idempotent
    answer commit together (armrest_server/idempotency.py), and why nested blocks never hold one
    pooled connection while waiting for a second.

    A block handed `forms` (the app's, through Services) makes, before it ends, the wire forms of
    the customers and AR items the transaction wrote so far (store/stored_forms.make), so they
    commit with the rows they describe. Without them, those rows keep `wire` NULL until start-up.
    """
    outer = _open.get()
    if outer is not None and outer.writes and outer.pool is engine.pool:
        with outer.conn.begin_nested(), stored_forms.handed(outer.conn, forms):
            yield outer.conn
            if forms is not None:
                stored_forms.make(outer.conn, forms)
        return
    with _writer_turn(engine), engine.connect().execution_options(write=True) as conn, conn.begin():
        token = _open.set(_Open(engine.pool, conn, True))
        stored_forms.begin(conn)
        try:
            with stored_forms.handed(conn, forms):
                yield conn
                if forms is not None:
                    stored_forms.make(conn, forms)  # the wire forms of the rows written, in this transaction
        finally:
            _open.reset(token)


@contextmanager
def reading(engine: Engine, *, one_statement: bool = False) -> Iterator[Connection]:
    """A read-only transaction (one consistent snapshot on both databases); inside another block on
    the same database it reads in that block's transaction (and sees its writes).

    `one_statement=True` promises that the block runs a single statement. On SQLite that statement
    is its own snapshot, so no BEGIN and COMMIT are sent (a third of a one-row read's time), and it
    runs on the connection its thread keeps (_KeptConnections); a block of several statements needs
    the transaction, or each statement sees another moment.
    """
    outer = _open.get()
    if outer is not None and outer.pool is engine.pool:
        yield outer.conn
        return
    kept: _KeptConnections | None = engine.get_execution_options().get(_KEPT) if one_statement else None
    mine = kept.mine() if kept is not None else None
    if kept is not None and mine is not None:
        # SQLAlchemy's own transaction on it stays open from the first read on: no BEGIN is sent
        # (one_statement), and the driver runs each statement in autocommit, its own snapshot.
        token = _open.set(_Open(engine.pool, mine, False))
        try:
            yield mine
        except DBAPIError:
            kept.drop()  # whatever state the driver's failure left it in goes with it
            raise
        finally:
            _open.reset(token)
        return
    connection = engine.connect()
    if one_statement:
        connection = connection.execution_options(one_statement=True)
    with connection as conn, conn.begin():
        token = _open.set(_Open(engine.pool, conn, False))
        try:
            yield conn
        finally:
            _open.reset(token)


def bind_clock(engine: Engine, clock: Clock) -> None:
    """Make `clock` the one every connection of `engine` reads through `now(conn)` (Services does)."""
    engine.update_execution_options(clock=clock)


def clock_of(conn: Connection) -> Clock:
    """The clock of the engine `conn` belongs to (the server's one clock): `clock_of(conn).now()`."""
    found = conn.get_execution_options().get("clock")
    return found if isinstance(found, Clock) else SYSTEM_CLOCK


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def current(engine: Engine) -> bool:
    """Whether the database is at the migrations' head, in one query (False when unsure: no
    alembic_version table, an unreadable script or an outage, which Alembic then meets itself)."""
    expected = migrations.heads()
    if expected is None:
        return False
    try:
        with engine.connect() as conn:
            found = {row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}
    except DBAPIError:
        return False
    return found == expected


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (idempotent). Alembic is imported only when there
    is something to migrate: importing it was most of a start-up's time."""
    if current(engine):
        return
    from alembic import command

    config = alembic_config(engine.url.render_as_string(hide_password=False))
    # A migration may rewrite a large table: no statement bound, and no watchdog, for it.
    with engine.connect().execution_options(unbounded=True) as connection, connection.begin():
        if is_postgres(engine):
            connection.exec_driver_sql("SET LOCAL statement_timeout = 0")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def ping(engine: Engine, timeout: float) -> float | None:
    """Seconds a write probe took, or None when the database could not be written within `timeout`.

    Health asks whether the database can be WRITTEN, not only read: a SQLite file that is locked by
    another process, or a read-only database or server, still answers reads. The probe writes a
    row (a no-op UPDATE of the one-row schema version table; SQLite takes its write lock at BEGIN
    IMMEDIATE) in a transaction it rolls back, in a thread of its own so that a database that hangs
    (or a pool that is exhausted) cannot hold the caller beyond the timeout.
    """
    outcome: list[float] = []

    def probe() -> None:
        started = time.monotonic()
        try:
            # In the writers' queue: a busy handler's sleeps would lose every race to them.
            with _writer_turn(engine, timeout), engine.connect().execution_options(write=True) as conn:
                transaction = conn.begin()
                if is_postgres(engine):
                    conn.exec_driver_sql(f"SET LOCAL statement_timeout = {int(timeout * 1000)}")
                conn.exec_driver_sql("UPDATE alembic_version SET version_num = version_num")
                transaction.rollback()
        except Exception:
            return
        outcome.append(time.monotonic() - started)

    worker = threading.Thread(target=probe, name="armrest-db-ping", daemon=True)
    worker.start()
    worker.join(timeout)
    return outcome[0] if outcome and outcome[0] <= timeout else None
