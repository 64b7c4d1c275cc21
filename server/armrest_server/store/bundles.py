"""Document bundles' SQL. Every query filters on clientno; bundle keys compare case-insensitively."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Select, func, select, tuple_

from armrest_server.store.bounded import in_chunks
from armrest_server.store.documents import insert_rows
from armrest_server.store.tables import customers, document_bundles, documents


def keyed(
    conn: Connection, clientno: int, wanted: Iterable[tuple[int, str]]
) -> dict[tuple[int, str], dict[str, Any]]:
    """The bundles of these (customer id, lower-case bundle key) pairs, with their document count."""
    found: dict[tuple[int, str], dict[str, Any]] = {}
    for part in in_chunks(sorted(set(wanted))):
        customer_ids = sorted({c for c, _ in part})
        query = select(document_bundles).where(
            document_bundles.c.clientno == clientno,
            document_bundles.c.customer_id.in_(customer_ids),
            document_bundles.c.bundle_key.is_not(None),
            tuple_(document_bundles.c.customer_id, func.lower(document_bundles.c.bundle_key)).in_(part),
        )
        rows: dict[tuple[int, str], dict[str, Any]] = {}
        for row in conn.execute(query.order_by(document_bundles.c.id)).mappings():
            rows.setdefault((row["customer_id"], row["bundle_key"].lower()), {**row, "document_count": 0})
        if not rows:
            continue
        # Counted through the customers' documents (indexed by customer), not per bundle.
        counts = select(documents.c.bundle_id, func.count()).where(
            documents.c.clientno == clientno,
            documents.c.customer_id.in_(customer_ids),
            documents.c.bundle_id.in_([r["id"] for r in rows.values()]),
        )
        count_of = {int(b): int(n) for b, n in conn.execute(counts.group_by(documents.c.bundle_id))}
        for key, bundle in rows.items():
            bundle["document_count"] = int(count_of.get(bundle["id"], 0))
            found[key] = bundle
    return found


def insert_many(conn: Connection, rows: Sequence[dict[str, Any]]) -> list[int]:
    return insert_rows(conn, document_bundles, rows)


def ids_query(
    clientno: int,
    customer_no: str | None = None,
    created_from: datetime | None = None,
    created_before: datetime | None = None,
) -> Select[Any]:
    """The ids of the client's bundles matching every filter, in createdAt then id order."""
    query = select(document_bundles.c.id).where(document_bundles.c.clientno == clientno)
    if customer_no is not None:
        query = query.join(customers, customers.c.id == document_bundles.c.customer_id).where(
            customers.c.customer_key == customer_no.lower()
        )
    if created_from is not None:
        query = query.where(document_bundles.c.created_at >= created_from)
    if created_before is not None:
        query = query.where(document_bundles.c.created_at < created_before)
    return query.order_by(document_bundles.c.created_at, document_bundles.c.id)


def fetch(conn: Connection, clientno: int, ids: Sequence[Any]) -> dict[Any, dict[str, Any]]:
    """Bundles by id, each with `documents`: its documents in documentDate then documentNo order."""
    wanted = list(ids)
    query = (
        select(document_bundles, customers.c.customer_no)
        .join(customers, customers.c.id == document_bundles.c.customer_id)
        .where(document_bundles.c.clientno == clientno, document_bundles.c.id.in_(wanted))
    )
    found = {row["id"]: {**row, "documents": []} for row in conn.execute(query).mappings()}
    members = (
        select(
            documents.c.bundle_id,
            documents.c.document_no,
            documents.c.document_type,
            documents.c.document_date,
            documents.c.amount_incl_vat,
        )
        .where(documents.c.clientno == clientno, documents.c.bundle_id.in_(wanted))
        .order_by(documents.c.document_date, documents.c.document_no, documents.c.id)
    )
    for row in conn.execute(members).mappings():
        found[row["bundle_id"]]["documents"].append(dict(row))
    return found
