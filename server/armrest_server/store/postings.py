"""AR items as auto postings and actions find, lock and settle them.

Every read that a write depends on can lock its rows (`lock=True`: SELECT ... FOR UPDATE on
PostgreSQL; SQLite writers are serialised by BEGIN IMMEDIATE and ignore the clause), and every
settlement is a guarded UPDATE whose row count is checked: an item is never settled beyond zero.
Every write of an item notes it for its stored wire form (store/stored_forms.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, and_, case, func, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from armrest_server.store import clients, history, stored_forms
from armrest_server.store.aritems import ITEM
from armrest_server.store.bounded import in_chunks
from armrest_server.store.db import clock_of
from armrest_server.store.tables import ar_items, documents

UNIQUE_VIOLATION = "23505"
# An AR item row with its document's reference and data as well (None for unapplied payments).
_ITEM = ITEM.add_columns(documents.c.reference_no, documents.c.data.label("document_data"))


def _rows(conn: Connection, query: Select[Any], lock: bool) -> list[dict[str, Any]]:
    if lock:
        query = query.with_for_update(of=ar_items)
    return [dict(row) for row in conn.execute(query).mappings()]


def item(conn: Connection, clientno: int, item_id: int, lock: bool = False) -> dict[str, Any] | None:
    found = _rows(conn, _ITEM.where(ar_items.c.clientno == clientno, ar_items.c.id == item_id), lock)
    return found[0] if found else None


def items_by_kid(conn: Connection, clientno: int, kid: str, lock: bool = False) -> list[dict[str, Any]]:
    query = _ITEM.where(ar_items.c.clientno == clientno, ar_items.c.kid == kid).order_by(ar_items.c.id)
    return _rows(conn, query, lock)


def items_by_document_no(
    conn: Connection, clientno: int, document_no: str, lock: bool = False
) -> list[dict[str, Any]]:
    query = _ITEM.where(ar_items.c.clientno == clientno, documents.c.document_key == document_no.lower())
    return _rows(conn, query.order_by(ar_items.c.id), lock)


def items_by_document_uuid(
    conn: Connection, clientno: int, document_uuid: str, lock: bool = False
) -> list[dict[str, Any]]:
    query = _ITEM.where(ar_items.c.clientno == clientno, documents.c.document_uuid == document_uuid)
    return _rows(conn, query.order_by(ar_items.c.id), lock)


def items_by_reference_no(
    conn: Connection, clientno: int, reference_no: str, lock: bool = False
) -> list[dict[str, Any]]:
    query = _ITEM.where(
        ar_items.c.clientno == clientno, func.lower(documents.c.reference_no) == reference_no.lower()
    )
    return _rows(conn, query.order_by(ar_items.c.id), lock)


def open_items(
    conn: Connection,
    clientno: int,
    customer_id: int,
    debit: bool | None = None,
    currency: str | None = None,
    lock: bool = False,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """The customer's OPEN items (debit or credit ones only when asked), oldest due date first."""
    i = ar_items.c
    query = _ITEM.where(i.clientno == clientno, i.customer_id == customer_id, i.status == "OPEN")
    if debit is True:
        query = query.where(i.remaining_amount > 0)
    elif debit is False:
        query = query.where(i.remaining_amount < 0)
    if currency is not None:
        query = query.where(i.currency == currency)
    query = query.order_by(i.due_date, i.id)
    if limit is not None:
        query = query.limit(limit)
    return _rows(conn, query, lock)


def lock_items(conn: Connection, clientno: int, item_ids: Sequence[int]) -> None:
    """Lock the given items in id order: writers that lock their items this way never deadlock."""
    if item_ids:
        query = select(ar_items.c.id).where(
            ar_items.c.clientno == clientno, ar_items.c.id.in_(list(item_ids))
        )
        conn.execute(query.order_by(ar_items.c.id).with_for_update()).all()


def settle(conn: Connection, clientno: int, item_id: int, amount: int, on: date) -> bool:
    """Move the item's remaining amount `amount` øre (> 0) towards zero, closing it at zero.

    Answers False, changing nothing, when the item is not open or has less than `amount` left: the
    guard in the WHERE clause holds even against a writer that the caller's locks did not stop."""
    if amount <= 0:
        raise AssertionError(f"a settlement is a positive amount: {amount}")
    i = ar_items.c
    after = case((i.remaining_amount > 0, i.remaining_amount - amount), else_=i.remaining_amount + amount)
    settled = and_(
        i.id == item_id,
        i.status == "OPEN",
        ((i.remaining_amount > 0) & (i.remaining_amount >= amount))
        | ((i.remaining_amount < 0) & (i.remaining_amount <= -amount)),
    )
    version = history.keep(conn, ar_items, clientno, settled)
    changed = conn.execute(
        update(ar_items)
        .where(i.clientno == clientno, settled)
        .values(
            remaining_amount=after,
            status=case((after == 0, "CLOSED"), else_=i.status),
            closed_date=case((after == 0, on), else_=i.closed_date),
            changed_at=clock_of(conn).now(),
            **version,
            **stored_forms.changing(conn, ar_items, clientno, [item_id]),
        )
    ).rowcount
    return bool(changed == 1)


def insert_item(conn: Connection, /, **values: Any) -> int:
    """A new AR item (an unapplied payment); answers its id."""
    now = clock_of(conn).now()
    [item_id] = clients.next_ids(conn, values["clientno"], "ar_items")
    conn.execute(
        insert(ar_items).values(
            id=item_id, status="OPEN", in_debt_collection=False, created_at=now, changed_at=now, **values
        )
    )
    stored_forms.inserted(conn, ar_items, values["clientno"], [item_id])
    return item_id


def set_fields(conn: Connection, /, clientno: int, item_ids: Sequence[int], **values: Any) -> None:
    """Set the same values on the given items (actions: stop dates, debt collection)."""
    for chunk in in_chunks(item_ids):
        version = history.keep(conn, ar_items, clientno, ar_items.c.id.in_(chunk))
        conn.execute(
            update(ar_items)
            .where(ar_items.c.clientno == clientno, ar_items.c.id.in_(chunk))
            .values(
                changed_at=clock_of(conn).now(),
                **values,
                **version,
                **stored_forms.changing(conn, ar_items, clientno, chunk),
            )
        )


def lost_race(error: DBAPIError) -> bool:
    """Whether a database error means that a concurrent writer won (retry the transaction) rather than
    a bug: a unique key taken meanwhile, a deadlock between row locks taken in different orders
    (PostgreSQL fails one side), a serialisation failure. SQLite writers are serial: never there."""
    return getattr(error.orig, "sqlstate", None) in (UNIQUE_VIOLATION, "40P01", "40001")


def unique_violation(error: DBAPIError) -> bool:
    return getattr(error.orig, "sqlstate", None) == UNIQUE_VIOLATION or (
        isinstance(error, IntegrityError) and "UNIQUE" in str(error.orig)
    )
