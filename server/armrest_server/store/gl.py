"""General-ledger entries: written once, never changed; movements and balances are queries over them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, case, func, select

from armrest_server.store import bulk, clients
from armrest_server.store.db import clock_of
from armrest_server.store.documents import numbered
from armrest_server.store.tables import customers, documents, gl_entries


def insert_entries(conn: Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        now = clock_of(conn).now()
        ids = clients.next_ids(conn, rows[0]["clientno"], "gl_entries", len(rows))
        bulk.insert_rows(
            conn, gl_entries, [{"created_at": now, **row, "id": i} for row, i in zip(rows, ids, strict=True)]
        )


def item_ids_query(
    clientno: int,
    gl_year: int | None = None,
    gl_period: int | None = None,
    account_no: str | None = None,
    document_no: str | None = None,
    ar_item_id: int | None = None,
    voucher_no: int | None = None,
    from_date: date | None = None,
    to_date: date | None = None,
) -> Select[Any]:
    """Ids of the client's GL items matching every filter given, in posting order."""
    e = gl_entries.c
    query = select(e.id).where(e.clientno == clientno)
    if gl_year is not None:
        query = query.where(e.gl_year == gl_year)
    if gl_period is not None:
        query = query.where(e.gl_period == gl_period)
    if account_no is not None:
        query = query.where(e.account_no == account_no)
    if document_no is not None:
        query = query.where(e.document_id.in_(numbered(clientno, document_no)))
    if ar_item_id is not None:
        query = query.where(e.ar_item_id == ar_item_id)
    if voucher_no is not None:
        query = query.where(e.voucher_no == voucher_no)
    if from_date is not None:
        query = query.where(e.posting_date >= from_date)
    if to_date is not None:
        query = query.where(e.posting_date <= to_date)
    return query.order_by(e.id)


def fetch_items(conn: Connection, clientno: int, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """GL item rows by id, each with the `document_no` and `customer_no` it belongs to (or None)."""
    query = (
        select(gl_entries, documents.c.document_no, customers.c.customer_no)
        .select_from(
            gl_entries.outerjoin(documents, documents.c.id == gl_entries.c.document_id).outerjoin(
                customers, customers.c.id == gl_entries.c.customer_id
            )
        )
        .where(gl_entries.c.clientno == clientno, gl_entries.c.id.in_(list(ids)))
    )
    return {int(row["id"]): dict(row) for row in conn.execute(query).mappings()}


def period_sums(conn: Connection, clientno: int) -> list[tuple[str, int, int, int, int]]:
    """(account_no, gl_year, gl_period, debit, credit) in øre for every account and period posted on.

    Debit is the sum of the positive amounts, credit that of the negative ones as a positive number.
    """
    e = gl_entries.c
    debit = func.coalesce(func.sum(case((e.amount > 0, e.amount), else_=0)), 0)
    credit = func.coalesce(func.sum(case((e.amount < 0, -e.amount), else_=0)), 0)
    rows = conn.execute(
        select(e.account_no, e.gl_year, e.gl_period, debit, credit)
        .where(e.clientno == clientno)
        .group_by(e.account_no, e.gl_year, e.gl_period)
    )
    return [(str(a), int(y), int(p), int(d), int(c)) for a, y, p, d, c in rows]
