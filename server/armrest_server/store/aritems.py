"""AR items' and their applications' SQL. Every query filters on clientno.

A credit note application is stored as two `ar_applications` rows, one on each item, with the
credit note's voucher number and source CREDITNOTE: a voucher holds at most one such pair, so each
row's counterpart is the other row of its voucher, and the pair's id (`applicationId` on the wire)
is the smaller of the two row ids. Rows of other sources have no counterpart.

Every write of an AR item notes it for its stored wire form (store/stored_forms.py: `inserted`,
`changing`); store/postings.py writes them the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, and_, bindparam, insert, select, update

from armrest_server.store import history, stored_forms
from armrest_server.store.db import clock_of
from armrest_server.store.documents import insert_rows
from armrest_server.store.tables import ar_applications, ar_items, customers, documents

# The one SELECT of an AR item: its row with its document's number and uuid (None for unapplied
# payments). Reads add the columns they need: ROW here, the postings' rows (store/postings.py).
ITEM = select(ar_items, documents.c.document_no, documents.c.document_uuid).select_from(
    ar_items.outerjoin(documents, documents.c.id == ar_items.c.document_id)
)
# An AR item with its customer's numbers as well (the wire's shape).
ROW = ITEM.add_columns(customers.c.customer_no, customers.c.account_no).join(
    customers, customers.c.id == ar_items.c.customer_id
)


def insert_many(conn: Connection, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert AR items (all of one client) in one statement; answers their ids in the order given."""
    ids = insert_rows(conn, ar_items, rows)
    if ids:
        stored_forms.inserted(conn, ar_items, rows[0]["clientno"], ids)
    return ids


# Statements of the reads, built once (building a SELECT per call costs more than running it).
_BY_ID = ROW.where(ar_items.c.clientno == bindparam("clientno"), ar_items.c.id == bindparam("id"))
_BY_ID_LOCKED = _BY_ID.with_for_update(of=ar_items)
_BY_IDS = ROW.where(
    ar_items.c.clientno == bindparam("clientno"), ar_items.c.id.in_(bindparam("ids", expanding=True))
)


def find(conn: Connection, clientno: int, ar_item_id: int, lock: bool = False) -> dict[str, Any] | None:
    query = _BY_ID_LOCKED if lock else _BY_ID
    row = conn.execute(query, {"clientno": clientno, "id": ar_item_id}).mappings().first()
    return dict(row) if row else None


def update_details(conn: Connection, clientno: int, ar_item_id: int, changes: dict[str, Any]) -> None:
    version = history.keep(conn, ar_items, clientno, ar_items.c.id == ar_item_id)
    conn.execute(
        update(ar_items)
        .where(ar_items.c.clientno == clientno, ar_items.c.id == ar_item_id)
        .values(
            changed_at=clock_of(conn).now(),
            **changes,
            **version,
            **stored_forms.changing(conn, ar_items, clientno, [ar_item_id]),
        )
    )


def settle_many(conn: Connection, clientno: int, states: Sequence[tuple[int, int, str, date | None]]) -> None:
    """(id, remaining, status, closed date) of items settled by credit notes."""
    if states:
        ids = [state[0] for state in states]
        version = history.keep(conn, ar_items, clientno, ar_items.c.id.in_(ids))
        stmt = (
            update(ar_items)
            .where(ar_items.c.clientno == bindparam("_clientno"), ar_items.c.id == bindparam("_id"))
            .values(
                remaining_amount=bindparam("_remaining"),
                status=bindparam("_status"),
                closed_date=bindparam("_closed"),
                changed_at=clock_of(conn).now(),
                **version,
                **stored_forms.changing(conn, ar_items, clientno, ids),
            )
        )
        params = [
            {"_clientno": clientno, "_id": i, "_remaining": r, "_status": s, "_closed": c}
            for i, r, s, c in states
        ]
        conn.execute(stmt, params)


def insert_applications(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        now = clock_of(conn).now()
        conn.execute(insert(ar_applications), [{"created_at": now, **row} for row in rows])


def applications(conn: Connection, clientno: int, ar_item_id: int) -> list[dict[str, Any]]:
    """The item's applications in appliedDate then applicationId order, each with its counterpart."""
    other = ar_applications.alias()  # Core, not the ORM's aliased(): the server never imports the ORM
    query = (
        select(
            ar_applications.c.id,
            ar_applications.c.amount,
            ar_applications.c.applied_date,
            ar_applications.c.source,
            ar_applications.c.voucher_no,
            other.c.id.label("other_id"),
            other.c.ar_item_id.label("counterpart_ar_item_id"),
        )
        .outerjoin(
            other,
            and_(
                ar_applications.c.source == "CREDITNOTE",
                other.c.source == "CREDITNOTE",
                other.c.clientno == ar_applications.c.clientno,
                other.c.voucher_no == ar_applications.c.voucher_no,
                other.c.id != ar_applications.c.id,
            ),
        )
        .where(ar_applications.c.clientno == clientno, ar_applications.c.ar_item_id == ar_item_id)
    )
    rows = []
    for r in conn.execute(query).mappings():
        row = dict(r)
        row["application_id"] = min(row["id"], row["other_id"] or row["id"])
        rows.append(row)
    return sorted(rows, key=lambda r: (r["applied_date"], r["application_id"]))


def ids_query(
    clientno: int,
    customer_no: str | None = None,
    status: str | None = None,
    due_from: date | None = None,
    due_to: date | None = None,
    kid: str | None = None,
    document_no: str | None = None,
    document_type: str | None = None,
) -> Select[Any]:
    """The ids of the client's AR items matching every filter, in dueDate then arItemId order."""
    query = select(ar_items.c.id).where(ar_items.c.clientno == clientno)
    if customer_no is not None:
        query = query.join(customers, customers.c.id == ar_items.c.customer_id).where(
            customers.c.customer_key == customer_no.lower()
        )
    if document_no is not None:
        query = query.join(documents, documents.c.id == ar_items.c.document_id).where(
            documents.c.document_key == document_no.lower()
        )
    if status is not None:
        query = query.where(ar_items.c.status == status)
    if due_from is not None:
        query = query.where(ar_items.c.due_date >= due_from)
    if due_to is not None:
        query = query.where(ar_items.c.due_date <= due_to)
    if kid is not None:
        query = query.where(ar_items.c.kid == kid)
    if document_type is not None:
        query = query.where(ar_items.c.document_type == document_type)
    return query.order_by(ar_items.c.due_date, ar_items.c.id)


def fetch(conn: Connection, clientno: int, ids: Sequence[Any]) -> dict[Any, dict[str, Any]]:
    rows = conn.execute(_BY_IDS, {"clientno": clientno, "ids": list(ids)})
    return {row["id"]: dict(row) for row in rows.mappings()}
