"""Frozen query results: the ids of a list's first call, so later pages read the same set."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, Select, delete, insert, select

from armrest_server.store.db import clock_of
from armrest_server.store.tables import query_snapshots

LIFETIME = timedelta(hours=24)


def freeze(
    conn: Connection,
    clientno: int,
    operation_id: str,
    ids_query: Select[Any] | Sequence[Any],
    maximum: int,
    page_size: int,
) -> tuple[str, list[Any]]:
    """`ids_query` selects the ordered ids, or is the ordered ids (rows computed outside SQL)."""
    if isinstance(ids_query, Select):
        ids = list(conn.execute(ids_query.limit(maximum)).scalars())
    else:
        ids = list(ids_query[:maximum])
    query_id = secrets.token_urlsafe(16)  # 22 URL-safe characters
    now = clock_of(conn).now()
    conn.execute(delete(query_snapshots).where(query_snapshots.c.created_at < now - LIFETIME))
    conn.execute(
        insert(query_snapshots).values(
            query_id=query_id,
            clientno=clientno,
            operation_id=operation_id,
            row_ids=ids,
            page_size=page_size,
            maximum_count=maximum,
            created_at=now,
        )
    )
    return query_id, ids


def thaw(conn: Connection, clientno: int, operation_id: str, query_id: str) -> dict[str, Any] | None:
    row = (
        conn.execute(
            select(query_snapshots).where(
                query_snapshots.c.query_id == query_id,
                query_snapshots.c.clientno == clientno,
                query_snapshots.c.operation_id == operation_id,
                query_snapshots.c.created_at >= clock_of(conn).now() - LIFETIME,
            )
        )
        .mappings()
        .first()
    )
    return dict(row) if row else None
