"""Watching a database pool: no thread of work may hold one pooled connection while taking another.

A handler that does (a callback opening its own connection inside a transaction) deadlocks once as
many requests run as the pool has connections: each holds one and waits for a second. Counting
checkouts per thread finds it on the first request, whatever the pool's size.
"""

from __future__ import annotations

import threading
import traceback
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event


@contextmanager
def nested_checkouts(engine: Engine) -> Iterator[list[str]]:
    """While open, lists (as stack summaries) every checkout by a thread already holding a connection."""
    held: Counter[int] = Counter()
    found: list[str] = []
    lock = threading.Lock()

    def checkout(_dbapi: Any, record: Any, _proxy: Any) -> None:
        thread = threading.get_ident()
        record.info["armrest_test_thread"] = thread
        with lock:
            if held[thread]:
                found.append("".join(traceback.format_stack(limit=12)[:-1]))
            held[thread] += 1

    def checkin(_dbapi: Any, record: Any) -> None:
        thread = record.info.pop("armrest_test_thread", None)
        if thread is not None:
            with lock:
                held[thread] -= 1

    with listening(engine, checkout=checkout, checkin=checkin):
        yield found


@contextmanager
def listening(engine: Engine, **listeners: Any) -> Iterator[None]:
    """`listeners` (event name: function) listen to `engine`'s pool events while the block runs."""
    for name, listener in listeners.items():
        event.listen(engine, name, listener)
    try:
        yield
    finally:
        for name, listener in listeners.items():
            event.remove(engine, name, listener)
