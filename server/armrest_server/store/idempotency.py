"""Stored answers of POSTs that carried an Idempotency-Key."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from armrest_server.store.tables import idempotency_keys

LIFETIME = timedelta(hours=24)
# A RUNNING claim older than this belongs to a process that died; the key may be used again.
STALE = timedelta(minutes=10)


def claim(
    conn: Connection, clientno: int, key: str, operation_id: str, request_hash: str
) -> dict[str, Any] | None:
    """Claim the key for this request; answers the existing row when the key is already known."""
    now = datetime.now(UTC)
    c = idempotency_keys.c
    conn.execute(
        delete(idempotency_keys).where(
            c.clientno == clientno,
            c.idempotency_key == key,
            (c.created_at < now - LIFETIME) | ((c.state == "RUNNING") & (c.created_at < now - STALE)),
        )
    )
    row = (
        conn.execute(select(idempotency_keys).where(c.clientno == clientno, c.idempotency_key == key))
        .mappings()
        .first()
    )
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
        # Another process claimed it between our read and our insert.
        row = (
            conn.execute(select(idempotency_keys).where(c.clientno == clientno, c.idempotency_key == key))
            .mappings()
            .first()
        )
        return dict(row) if row else None
    return None


def complete(
    conn: Connection, clientno: int, key: str, status: int, body: Any, headers: dict[str, str]
) -> None:
    c = idempotency_keys.c
    conn.execute(
        update(idempotency_keys)
        .where(c.clientno == clientno, c.idempotency_key == key)
        .values(state="DONE", status=status, body=body, headers=headers)
    )


def release(conn: Connection, clientno: int, key: str) -> None:
    """Forget a claim whose request failed before it wrote anything, so a retry may run."""
    c = idempotency_keys.c
    conn.execute(delete(idempotency_keys).where(c.clientno == clientno, c.idempotency_key == key))
