"""Derived figures: AR items as they stood at a date (ADB, reports) and GL balances at a date."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select

from armrest_server.store.tables import ar_applications, ar_items, customers, documents, gl_entries


def items_at(
    conn: Connection, clientno: int, as_of: date, currency: str | None = None, customer_id: int | None = None
) -> list[dict[str, Any]]:
    """Every AR item dated on or before `as_of`, with `applied`: the size of the applications dated on
    or before `as_of` (one GROUP BY; the caller derives the remaining amount at that date)."""
    applied = (
        select(
            ar_applications.c.ar_item_id,
            func.sum(func.abs(ar_applications.c.amount)).label("applied"),
        )
        .where(ar_applications.c.clientno == clientno, ar_applications.c.applied_date <= as_of)
        .group_by(ar_applications.c.ar_item_id)
        .subquery()
    )
    i = ar_items.c
    query = (
        select(
            i.id,
            i.customer_id,
            i.document_type,
            i.kid,
            i.document_date,
            i.due_date,
            i.currency,
            i.original_amount,
            i.in_debt_collection,
            func.coalesce(applied.c.applied, 0).label("applied"),
            customers.c.customer_no,
            customers.c.account_no,
            customers.c.name,
            documents.c.document_no,
        )
        .select_from(
            ar_items.outerjoin(applied, applied.c.ar_item_id == i.id)  # applied: this client's only
            .join(customers, customers.c.id == i.customer_id)
            .outerjoin(documents, documents.c.id == i.document_id)
        )
        .where(i.clientno == clientno, i.document_date <= as_of)
        .order_by(i.id)
    )
    if currency is not None:
        query = query.where(i.currency == currency)
    if customer_id is not None:
        query = query.where(i.customer_id == customer_id)
    return [dict(row) for row in conn.execute(query).mappings()]


def gl_balances_at(conn: Connection, clientno: int, as_of: date) -> list[tuple[str, int]]:
    """(account_no, balance in øre) of every account posted on up to and including `as_of`."""
    e = gl_entries.c
    rows = conn.execute(
        select(e.account_no, func.sum(e.amount))
        .where(e.clientno == clientno, e.posting_date <= as_of)
        .group_by(e.account_no)
        .order_by(e.account_no)
    )
    return [(str(account), int(total or 0)) for account, total in rows]
