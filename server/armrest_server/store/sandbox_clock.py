"""The sandbox clock's offset (`--sandbox-controls`): one row, read once per transaction, moved by PUT.

Every clock reading of a sandbox adds this offset (clock.OffsetClock), and a request reads the clock
many times (each write stamps its rows), so the offset is read once per transaction: inside one it
is the transaction's own (one consistent time for the whole request, the moves it made included);
outside one (token checks, a handler before it opens one) a short read-only transaction reads it.
Either way it is the database's current value, so every process sees a move from its next reading.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import Connection, Engine, RootTransaction, select, update

from armrest_server.store.db import reading
from armrest_server.store.tables import sandbox_clock

ROW = 1  # the one row, written by migration 0006

# The offset each open transaction has read (or written): gone with the transaction.
_read: weakref.WeakKeyDictionary[RootTransaction, timedelta] = weakref.WeakKeyDictionary()


def _of(conn: Connection) -> timedelta:
    transaction = conn.get_transaction()
    known = _read.get(transaction) if transaction is not None else None
    if known is not None:
        return known
    micros = conn.execute(select(sandbox_clock.c.offset_us).where(sandbox_clock.c.id == ROW)).scalar_one()
    found = timedelta(microseconds=int(micros))
    if transaction is not None:
        _read[transaction] = found
    return found


def reader(engine: Engine) -> Callable[[], timedelta]:
    """The offset as an OffsetClock reads it: in the open transaction on `engine`, else in a short one."""

    def offset() -> timedelta:
        with reading(engine) as conn:
            return _of(conn)

    return offset


def offset(conn: Connection) -> timedelta:
    return _of(conn)


def locked_offset(conn: Connection) -> timedelta:
    """The offset, its row locked until the writing transaction ends (two moves queue, never interleave)."""
    query = select(sandbox_clock.c.offset_us).where(sandbox_clock.c.id == ROW).with_for_update()
    return timedelta(microseconds=int(conn.execute(query).scalar_one()))


def move(conn: Connection, to: timedelta, at: datetime) -> None:
    """Set the offset (in a writing transaction); the rest of the transaction reads the new one."""
    micros = to // timedelta(microseconds=1)
    conn.execute(
        update(sandbox_clock).where(sandbox_clock.c.id == ROW).values(offset_us=micros, changed_at=at)
    )
    transaction = conn.get_transaction()
    if transaction is not None:
        _read[transaction] = timedelta(microseconds=micros)
