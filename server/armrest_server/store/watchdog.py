"""A bound on every call into the PostgreSQL driver, for a server that stops answering altogether.

statement_timeout and lock_timeout are enforced by the server: a server that is stopped (SIGSTOP),
frozen or cut off enforces nothing, and libpq waits on its socket for ever, holding the request,
its thread and its pooled connection. The watchdog notes when each connection enters a statement,
a commit or a rollback, and shuts down the socket of one that has not come back within `limit`
seconds; the blocked driver call then fails as a lost connection (an Unavailable, a 503), the pool
discards the connection and the next checkout makes a new one (within connect_timeout).

A COMMIT cut off this way may or may not have reached the server: the 503 says so, and a client
that sent an Idempotency-Key can resend safely. The socket is shut down through a duplicate of its
descriptor: libpq's own descriptor stays open (libpq closes it), so none is closed under the driver.

Why not libpq's TCP keepalives and `tcp_user_timeout` (connect parameters) instead: they bound what
the peer's kernel does, not what PostgreSQL does. Measured (Linux 6.18, PostgreSQL 15, libpq 18, psycopg
3.3.9, a throwaway cluster on 127.0.0.1 in a network namespace of its own): with keepalives after 1 s idle,
every 1 s, 3 probes, and tcp_user_timeout 3 s, `SELECT 1` to a backend stopped with SIGSTOP was still
blocked after 20 s, and returned when the backend got SIGCONT. The stopped backend's kernel had
acknowledged the query, so nothing was left unacknowledged for tcp_user_timeout to time out, and it
answered every keepalive probe (`ss`: keepalive timer armed, 0 probes unanswered). This watchdog at
3 s cut the same call after 3.0 s. Where the path itself goes (the namespace's loopback set down),
tcp_user_timeout did fail a query in flight after 3.4 s, and keepalives an idle connection: failures
the watchdog bounds as well. On a Unix-domain socket (a server on the same host, as the tests' clusters
are) neither option applies at all. So the watchdog stays, and the TCP options are not set.
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
