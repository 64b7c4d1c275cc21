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

from sqlalchemy import Connection, bindparam, null, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError

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
    values = {
        "clientno": clientno,
        "idempotency_key": key,
        "operation_id": operation_id,
        "request_hash": request_hash,
        "state": "RUNNING",
        "created_at": now,
        "_expired_before": now - LIFETIME,
    }
    try:
        if conn.execute(_CLAIM[conn.dialect.name], values).first() is not None:
            return None
    except DBAPIError as error:
        # The transaction is not used further: the request answers "in progress" and rolls back.
        if getattr(error.orig, "sqlstate", None) == _LOCK_NOT_AVAILABLE:
            raise InFlight from None
        raise
    # A live key: committed by another request (DONE with its answer, or an old server's RUNNING).
    found = conn.execute(_KEY, {"_clientno": clientno, "_key": key}).mappings().first()
    if found is None:
        raise InFlight
    return dict(found)


def _claim(dialect: Any) -> Any:
    """One statement: the key is inserted, or a key older than its lifetime is forgotten and taken
    over (the same key is then a new request); a live key is left as it is and answers no row. On
    PostgreSQL the insert waits on the unique index while another transaction holds the key."""
    insert = dialect.insert(idempotency_keys)
    fresh = ("operation_id", "request_hash", "state", "created_at")
    return insert.on_conflict_do_update(
        index_elements=["clientno", "idempotency_key"],
        set_={
            **{name: insert.excluded[name] for name in fresh},
            "status": null(),
            "body": null(),
            "headers": null(),
        },
        where=idempotency_keys.c.created_at < bindparam("_expired_before"),
    ).returning(idempotency_keys.c.state)


# Built once: building them (and their cache keys) per request cost more than running them.
_CLAIM = {dialect.dialect.name: _claim(dialect) for dialect in (postgresql, sqlite)}
_MINE = (idempotency_keys.c.clientno == bindparam("_clientno")) & (
    idempotency_keys.c.idempotency_key == bindparam("_key")
)
_KEY = select(idempotency_keys).where(_MINE)
_COMPLETE = update(idempotency_keys).where(_MINE)


def complete(
    conn: Connection, clientno: int, key: str, status: int, body: Any, headers: dict[str, str]
) -> None:
    """Store the answer in the transaction of the write it answers (the key becomes DONE with it)."""
    conn.execute(
        _COMPLETE,
        {
            "_clientno": clientno,
            "_key": key,
            "state": "DONE",
            "status": status,
            "body": body,
            "headers": headers,
        },
    )
