"""The audit trail: one row per successful write, never changed or deleted."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Select, func, insert, select

from armrest_server.store import clients
from armrest_server.store.db import clock_of
from armrest_server.store.tables import log_items


def insert_item(conn: Connection, **values: Any) -> int:
    values.setdefault("logged_at", clock_of(conn).now())
    [item_id] = clients.next_ids(conn, values["clientno"], "log_items")
    conn.execute(_INSERT, {"id": item_id, **values})
    return item_id


_INSERT = insert(log_items)  # built once: building it per item cost more than running it


def ids_query(
    clientno: int,
    user_id: str | None = None,
    operation_id: str | None = None,
    entity_type: str | None = None,
    entity_key: str | None = None,
    logged_from: datetime | None = None,
    logged_before: datetime | None = None,
) -> Select[Any]:
    """Ids of the client's log items matching every filter given, oldest first.

    `user_id` and `entity_key` compare case-insensitively; the logged_at bounds are [from, before).
    """
    query = select(log_items.c.id).where(log_items.c.clientno == clientno)
    if user_id is not None:
        query = query.where(func.lower(log_items.c.user_id) == user_id.lower())
    if operation_id is not None:
        query = query.where(log_items.c.operation_id == operation_id)
    if entity_type is not None:
        query = query.where(log_items.c.entity_type == entity_type)
    if entity_key is not None:
        query = query.where(func.lower(log_items.c.entity_key) == entity_key.lower())
    if logged_from is not None:
        query = query.where(log_items.c.logged_at >= logged_from)
    if logged_before is not None:
        query = query.where(log_items.c.logged_at < logged_before)
    return query.order_by(log_items.c.id)


def fetch(conn: Connection, clientno: int, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    rows = conn.execute(
        select(log_items).where(log_items.c.clientno == clientno, log_items.c.id.in_(list(ids)))
    ).mappings()
    return {int(row["id"]): dict(row) for row in rows}


def find(conn: Connection, clientno: int, item_id: int) -> dict[str, Any] | None:
    return fetch(conn, clientno, [item_id]).get(item_id)
