"""Report files: the CSV a report job writes into the files table, found again by its job."""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, func, select

from armrest_server.store import files as files_store
from armrest_server.store.tables import files

SOURCE = "REPORT"


def insert_file(conn: Connection, clientno: int, job_queue_id: int, file_name: str, content: bytes) -> str:
    """A report job's CSV, stored as any file is (store/files.insert_file)."""
    return files_store.insert_file(
        conn,
        clientno,
        file_name,
        "CSV",
        "text/csv",
        content,
        hashlib.sha256(content).hexdigest(),
        SOURCE,
        job_queue_id=job_queue_id,
    )


def file_of_job(conn: Connection, clientno: int, job_queue_id: int) -> str | None:
    query = select(files.c.file_id).where(
        files.c.clientno == clientno, files.c.job_queue_id == job_queue_id, files.c.source == SOURCE
    )
    value = conn.execute(query.order_by(files.c.created_at.desc()).limit(1)).scalar()
    return None if value is None else str(value)


def lock_job_key(conn: Connection, dedupe_key: str) -> None:
    """Serialise report requests with the same parameters until the transaction ends, so that two at
    once queue one job (PostgreSQL: a transaction advisory lock; SQLite writers are serial anyway)."""
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(int(dedupe_key[:15], 16))))
