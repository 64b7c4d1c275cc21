"""Stored files: uploads and report files, never changed."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Select, String, insert, literal, select

from armrest_server.store.db import clock_of
from armrest_server.store.documents import numbered
from armrest_server.store.tables import documents, files

METADATA = [c for c in files.c if c.name != "content"]


def document_id(conn: Connection, clientno: int, document_no: str) -> int | None:
    found = conn.execute(
        select(documents.c.id).where(
            documents.c.clientno == clientno, documents.c.document_key == document_no.lower()
        )
    ).scalar()
    return None if found is None else int(found)


def find_identical(
    conn: Connection, clientno: int, sha256: str, file_name: str, file_type: str, document_id: int | None
) -> dict[str, Any] | None:
    query = select(*METADATA).where(
        files.c.clientno == clientno,
        files.c.sha256 == sha256,
        files.c.file_name == file_name,
        files.c.file_type == file_type,
        files.c.document_id.is_(None) if document_id is None else files.c.document_id == document_id,
    )
    row = conn.execute(query.order_by(files.c.created_at, files.c.file_id).limit(1)).mappings().first()
    return dict(row) if row else None


def insert_file(
    conn: Connection,
    clientno: int,
    file_name: str,
    file_type: str,
    media_type: str,
    content: bytes,
    sha256: str,
    source: str,
    document_id: int | None = None,
    job_queue_id: int | None = None,
) -> str:
    """Store one file; answers its new id."""
    file_id = str(uuid.uuid4())
    conn.execute(
        insert(files).values(
            file_id=file_id,
            clientno=clientno,
            file_name=file_name,
            file_type=file_type,
            media_type=media_type,
            size=len(content),
            sha256=sha256,
            source=source,
            document_id=document_id,
            job_queue_id=job_queue_id,
            content=content,
            created_at=clock_of(conn).now(),
        )
    )
    return file_id


def ids_query(
    clientno: int,
    file_ids: list[str] | None = None,
    file_type: str | None = None,
    source: str | None = None,
    document_no: str | None = None,
    created_from: datetime | None = None,
    created_before: datetime | None = None,
    marker: str = "",
) -> Select[Any]:
    """Ids of the client's files matching every filter given, oldest first, each prefixed by `marker`."""
    f = files.c
    key = literal(marker, String) + f.file_id if marker else f.file_id
    query = select(key).where(f.clientno == clientno)
    if file_ids is not None:
        query = query.where(f.file_id.in_(file_ids))
    if file_type is not None:
        query = query.where(f.file_type == file_type)
    if source is not None:
        query = query.where(f.source == source)
    if document_no is not None:
        query = query.where(f.document_id.in_(numbered(clientno, document_no)))
    if created_from is not None:
        query = query.where(f.created_at >= created_from)
    if created_before is not None:
        query = query.where(f.created_at < created_before)
    return query.order_by(f.created_at, f.file_id)


def fetch(
    conn: Connection, clientno: int, file_ids: Sequence[str], with_content: bool
) -> dict[str, dict[str, Any]]:
    """File rows by id, each with the `document_no` it is attached to (content only when asked for)."""
    columns = [*METADATA, files.c.content] if with_content else METADATA
    query = (
        select(*columns, documents.c.document_no)
        .select_from(files.outerjoin(documents, documents.c.id == files.c.document_id))
        .where(files.c.clientno == clientno, files.c.file_id.in_(list(file_ids)))
    )
    return {row["file_id"]: dict(row) for row in conn.execute(query).mappings()}
