"""Stored answers of POSTs that carried an Idempotency-Key.

A key's row is inserted in the transaction of the request that claims it, and completed (DONE,
with the answer) in that same transaction, so other transactions see a key either DONE or not at
all. On PostgreSQL a second request with the key waits on the unique index until the first one
commits (then it replays) or rolls back (then it runs); on SQLite writers are serial anyway.

RUNNING rows are only ever committed by older versions of the server, which claimed keys in a
transaction of their own: whether their write happened is unknown, so they are never taken over
(that once posted a payment twice); they answer "in progress" until the key's lifetime ends.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from armrest_server.store.tables import idempotency_keys

LIFETIME = timedelta(hours=24)
_LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL: the wait on the first request's row ran beyond lock_timeout


class InFlight(Exception):
    """Another request with this key is still running (it held the key beyond the lock time-out)."""


def claim(
    conn: Connection, clientno: int, key: str, operation_id: str, request_hash: str, now: datetime
) -> dict[str, Any] | None:
    """Claim the key in `conn`'s transaction: None when it is now this request's, else the key's row
    (DONE with its answer). Raises InFlight when another request holds the key for too long."""
    c = idempotency_keys.c
    mine = (c.clientno == clientno) & (c.idempotency_key == key)
    # A key older than its lifetime is forgotten: the same key is then a new request.
    conn.execute(delete(idempotency_keys).where(mine, c.created_at < now - LIFETIME))
    row = conn.execute(select(idempotency_keys).where(mine)).mappings().first()
    if row is not None:
        return dict(row)
    try:
        with conn.begin_nested():
            conn.execute(
                insert(idempotency_keys).values(
                    clientno=clientno,
                    idempotency_key=key,
                    operation_id=operation_id,
                    request_hash=request_hash,
                    state="RUNNING",
                    created_at=now,
                )
            )
    except IntegrityError:
        # Another request inserted the key meanwhile and committed: its answer is there now.
        row = conn.execute(select(idempotency_keys).where(mine)).mappings().first()
        if row is None:
            raise InFlight from None
        return dict(row)
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) == _LOCK_NOT_AVAILABLE:
            raise InFlight from None
        raise
    return None


def complete(
    conn: Connection, clientno: int, key: str, status: int, body: Any, headers: dict[str, str]
) -> None:
    """Store the answer in the transaction of the write it answers (the key becomes DONE with it)."""
    c = idempotency_keys.c
    conn.execute(
        update(idempotency_keys)
        .where(c.clientno == clientno, c.idempotency_key == key)
        .values(state="DONE", status=status, body=body, headers=headers)
    )
