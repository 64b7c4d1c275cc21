"""What only demo data needs: records placed where the contract's examples name them, and the log
of a seeded history written in one insert.

The contract's examples name a batch and files by UUID; the operations make new UUIDs, so the demo
writes these records as the operations do and then gives them the example's id and time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, update

from armrest_server.store import clients
from armrest_server.store.tables import batches, files, log_items


def place_batch(conn: Connection, batch_uuid: str, *, as_uuid: str, at: datetime) -> None:
    """Before any item result is recorded (they refer to the batch's id)."""
    conn.execute(
        update(batches)
        .where(batches.c.batch_uuid == batch_uuid)
        .values(batch_uuid=as_uuid, created_at=at, started_at=at, progress_at=at)
    )


def place_file(conn: Connection, file_id: str, *, as_id: str, at: datetime) -> None:
    conn.execute(update(files).where(files.c.file_id == file_id).values(file_id=as_id, created_at=at))


def insert_log_items(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Log items with their own `logged_at`, in one multi-row insert."""
    if rows:
        ids = clients.next_ids(conn, rows[0]["clientno"], "log_items", len(rows))
        conn.execute(insert(log_items), [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
