"""A bound on every call into the PostgreSQL driver, for a server that stops answering altogether.

statement_timeout and lock_timeout are enforced by the server: a server that is stopped (SIGSTOP),
frozen or cut off enforces nothing, and libpq waits on its socket for ever, holding the request,
its thread and its pooled connection. The watchdog notes when each connection enters a statement,
a commit or a rollback, and shuts down the socket of one that has not come back within `limit`
seconds; the blocked driver call then fails as a lost connection (an Unavailable, a 503), the pool
discards the connection and the next checkout makes a new one (within connect_timeout).

A COMMIT cut off this way may or may not have reached the server: the 503 says so, and a client
that sent an Idempotency-Key can resend safely.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from typing import Any

from sqlalchemy import Engine, event

log = logging.getLogger("armrest.store")
TICK = 0.2  # seconds between the watchdog's looks; the bound is `limit` plus at most this


class Watchdog:
    def __init__(self, *, limit: float) -> None:
        self.limit = limit
        self._busy: dict[int, tuple[float, Any]] = {}  # id(dbapi connection) -> (deadline, connection)
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def arm(self, dbapi_connection: Any, limit: float | None = None) -> None:
        """Start the clock on a call into the driver (`limit` seconds, default the watchdog's)."""
        deadline = time.monotonic() + (self.limit if limit is None else limit)
        with self._lock:
            self._busy[id(dbapi_connection)] = (deadline, dbapi_connection)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._watch, name="armrest-db-watchdog", daemon=True)
                self._thread.start()

    def disarm(self, dbapi_connection: Any) -> None:
        with self._lock:
            self._busy.pop(id(dbapi_connection), None)

    def _watch(self) -> None:
        while True:
            time.sleep(TICK)
            now = time.monotonic()
            with self._lock:
                for key, (deadline, connection) in list(self._busy.items()):
                    if now >= deadline:
                        del self._busy[key]
                        # Under the lock: a connection is disarmed before it is closed, so its
                        # descriptor cannot have been reused for another socket here.
                        _cut(connection)

    def install(self, engine: Engine) -> None:
        def arm(conn: Any, *_args: Any) -> None:
            # An invalidated Connection would reconnect when asked for its driver connection.
            if not conn.invalidated and not conn.get_execution_options().get("unbounded"):
                self.arm(conn.connection.dbapi_connection)

        def disarm(conn: Any, *_args: Any) -> None:
            if not conn.invalidated:
                self.disarm(conn.connection.dbapi_connection)

        def disarm_pooled(dbapi_connection: Any, *_args: Any) -> None:
            self.disarm(dbapi_connection)

        def disarm_failed(context: Any) -> None:
            if context.connection is not None and not context.connection.invalidated:
                self.disarm(context.connection.connection.dbapi_connection)

        event.listen(engine, "before_cursor_execute", arm)
        event.listen(engine, "after_cursor_execute", disarm)
        # The commit and rollback events come before the driver call; the connection is disarmed
        # by its next statement or when it goes back to the pool.
        event.listen(engine, "commit", arm)
        event.listen(engine, "rollback", arm)
        event.listen(engine, "handle_error", disarm_failed)
        for name in ("checkin", "close", "close_detached", "invalidate", "soft_invalidate", "detach"):
            event.listen(engine, name, disarm_pooled)


def _cut(connection: Any) -> None:
    if getattr(connection, "closed", True):
        return
    try:
        fd = connection.fileno()
        duplicate = socket.socket(fileno=os.dup(fd))
    except Exception:  # the driver's connection is already closed or unusable
        return
    try:
        duplicate.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        duplicate.close()
    log.error("a database call did not return in time; its connection was cut")
