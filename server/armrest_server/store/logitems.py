"""The audit trail: one row per write."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert

from armrest_server.store.tables import log_items


def insert_item(conn: Connection, **values: Any) -> int:
    values.setdefault("logged_at", datetime.now(UTC))
    return int(conn.execute(insert(log_items).values(**values).returning(log_items.c.id)).scalar_one())
