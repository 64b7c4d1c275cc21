"""Documents' SQL. Every query filters on clientno; numbers compare case-insensitively via document_key.

`data` holds what has no column of its own, keyed by wire names: the lines (amounts in øre, the
quantity as a decimal string), buyer and seller references, distribution, bundleKey and
creditedDocumentNo.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, Table, bindparam, func, select, text, update

from armrest_server.store import bulk, clients
from armrest_server.store.bounded import in_chunks
from armrest_server.store.tables import ar_items, customers, documents, gl_entries

# A document as the wire shows it needs its customer's number and its AR item's id.
_ROW = select(
    documents,
    customers.c.customer_no,
    select(func.min(ar_items.c.id))
    .where(ar_items.c.document_id == documents.c.id)
    .scalar_subquery()
    .label("ar_item_id"),
).join(customers, customers.c.id == documents.c.customer_id)


def existing_keys(conn: Connection, clientno: int, keys: Iterable[str]) -> set[str]:
    """Which of these document keys (lower-case numbers) the client has used."""
    found: set[str] = set()
    for chunk in in_chunks(sorted(set(keys))):
        query = select(documents.c.document_key).where(
            documents.c.clientno == clientno, documents.c.document_key.in_(chunk)
        )
        found.update(conn.execute(query).scalars())
    return found


def creditable(conn: Connection, clientno: int, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Documents a credit note may name, keyed by document_key, each with its AR item's state. The
    AR items are locked: the credit notes of concurrent requests apply to them one after another."""
    found: dict[str, dict[str, Any]] = {}
    for chunk in in_chunks(sorted(set(keys))):
        query = (
            select(
                documents.c.id,
                documents.c.document_no,
                documents.c.document_key,
                documents.c.document_type,
                documents.c.customer_id,
                ar_items.c.id.label("ar_item_id"),
                ar_items.c.remaining_amount,
                ar_items.c.status,
                ar_items.c.closed_date,
            )
            .join(ar_items, ar_items.c.document_id == documents.c.id)
            .where(documents.c.clientno == clientno, documents.c.document_key.in_(chunk))
            .order_by(ar_items.c.id)
            .with_for_update(of=ar_items)
        )
        for row in conn.execute(query).mappings():
            found.setdefault(row["document_key"], dict(row))
    return found


def new_ids(conn: Connection, table: Table, count: int) -> list[int]:
    """Ids for `count` rows about to be inserted, so that they can be inserted with one executemany
    (SQLite cannot answer the ids of a multi-row insert in their order; one statement per row would
    be the fallback). PostgreSQL draws them from the id column's sequence; SQLite continues after
    the largest id, which is safe because SQLite writers hold its one write lock from BEGIN
    IMMEDIATE on (store/db.py): nobody else inserts before this transaction ends."""
    if conn.dialect.name == "postgresql":
        query = text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)")
        return [int(r[0]) for r in conn.execute(query, {"t": table.name, "n": count})]
    top = int(conn.execute(select(func.max(table.c.id))).scalar() or 0)
    return list(range(top + 1, top + 1 + count))


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert rows (all of one client) with one executemany; answers their ids in the order given."""
    if not rows:
        return []
    if table.name in clients.ID_SEQUENCES:
        ids = clients.next_ids(conn, rows[0]["clientno"], table.name, len(rows))
    else:
        ids = new_ids(conn, table, len(rows))
    bulk.insert_rows(conn, table, [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
    return ids


def insert_many(conn: Connection, rows: Sequence[dict[str, Any]]) -> list[int]:
    return insert_rows(conn, documents, rows)


def set_credited(conn: Connection, pairs: Sequence[tuple[int, int]]) -> None:
    """(credit note id, credited document id) for credit notes naming a document of the same insert."""
    if pairs:
        stmt = (
            update(documents)
            .where(documents.c.id == bindparam("_id"))
            .values(credited_document_id=bindparam("_credited"))
        )
        conn.execute(stmt, [{"_id": a, "_credited": b} for a, b in pairs])


def find_by_no(conn: Connection, clientno: int, document_no: str) -> dict[str, Any] | None:
    query = _ROW.where(documents.c.clientno == clientno, documents.c.document_key == document_no.lower())
    row = conn.execute(query).mappings().first()
    return dict(row) if row else None


def find_by_id(conn: Connection, clientno: int, document_id: int) -> dict[str, Any] | None:
    query = _ROW.where(documents.c.clientno == clientno, documents.c.id == document_id)
    row = conn.execute(query).mappings().first()
    return dict(row) if row else None


def numbers(conn: Connection, clientno: int, ids: Iterable[int]) -> dict[int, str]:
    """document_no by id (the number a credit note shows for the document it credits)."""
    found: dict[int, str] = {}
    for chunk in in_chunks(sorted(set(ids))):
        query = select(documents.c.id, documents.c.document_no).where(
            documents.c.clientno == clientno, documents.c.id.in_(chunk)
        )
        found.update({r.id: r.document_no for r in conn.execute(query)})
    return found


def ids_query(
    clientno: int,
    customer_no: str | None = None,
    document_type: str | None = None,
    from_date: date | None = None,
    to_date: date | None = None,
    kid: str | None = None,
    bundle_id: int | None = None,
) -> Select[Any]:
    """The ids of the client's documents matching every filter, in documentDate then documentNo order."""
    query = select(documents.c.id).where(documents.c.clientno == clientno)
    if customer_no is not None:
        query = query.join(customers, customers.c.id == documents.c.customer_id).where(
            customers.c.customer_key == customer_no.lower()
        )
    if document_type is not None:
        query = query.where(documents.c.document_type == document_type)
    if from_date is not None:
        query = query.where(documents.c.document_date >= from_date)
    if to_date is not None:
        query = query.where(documents.c.document_date <= to_date)
    if kid is not None:
        query = query.where(documents.c.kid == kid)
    if bundle_id is not None:
        query = query.where(documents.c.bundle_id == bundle_id)
    return query.order_by(documents.c.document_date, documents.c.document_no, documents.c.id)


def fetch(conn: Connection, clientno: int, ids: Sequence[Any]) -> dict[Any, dict[str, Any]]:
    rows = conn.execute(_ROW.where(documents.c.clientno == clientno, documents.c.id.in_(list(ids))))
    return {row["id"]: dict(row) for row in rows.mappings()}


def numbered(clientno: int, document_no: str) -> Select[Any]:
    """The ids of the client's documents with this number (any case), for a filter's IN (...)."""
    return select(documents.c.id).where(
        documents.c.clientno == clientno, documents.c.document_key == document_no.lower()
    )


def first_voucher(conn: Connection, clientno: int, document_id: int) -> int | None:
    """The document's own voucher: its first (later events that name it have their own)."""
    query = select(func.min(gl_entries.c.voucher_no)).where(
        gl_entries.c.clientno == clientno, gl_entries.c.document_id == document_id
    )
    value = conn.execute(query).scalar()
    return None if value is None else int(value)
