"""General-ledger entries: written once, never changed; movements and balances are queries over them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert

from armrest_server.store.tables import gl_entries


def insert_entries(conn: Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        now = datetime.now(UTC)
        conn.execute(insert(gl_entries), [{"created_at": now, **row} for row in rows])
