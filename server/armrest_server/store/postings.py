"""AR items as auto postings and actions find, lock and settle them.

Every read that a write depends on can lock its rows (`lock=True`: SELECT ... FOR UPDATE on
PostgreSQL; SQLite writers are serialised by BEGIN IMMEDIATE and ignore the clause), and every
settlement is a guarded UPDATE whose row count is checked: an item is never settled beyond zero.
Every write of an item notes it for its stored wire form (store/stored_forms.py).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Integer, Select, and_, bindparam, case, func, insert, select, update
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
    return _dicts(conn, _locking(query) if lock else query)


def _dicts(
    conn: Connection, query: Select[Any], values: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    return [dict(row) for row in conn.execute(query, values).mappings()]


def _locking(query: Select[Any]) -> Select[Any]:
    """`query` locking the AR items it reads until the transaction ends."""
    return query.with_for_update(of=ar_items)


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
    query = _open_items(debit, currency is not None, limit is not None, lock)
    values = {
        "open_client": clientno,
        "open_customer": customer_id,
        "open_currency": currency,
        "open_limit": limit,
    }
    return _dicts(conn, query, values)


@functools.cache
def _open_items(debit: bool | None, by_currency: bool, limited: bool, lock: bool) -> Select[Any]:
    """open_items' statement for one shape of its arguments, built once (each auto posting reads the
    open items of each customer it matches: building it every time was a large part of that)."""
    i = ar_items.c
    query = _ITEM.where(
        i.clientno == bindparam("open_client", type_=i.clientno.type),
        i.customer_id == bindparam("open_customer", type_=i.customer_id.type),
        i.status == "OPEN",
    )
    if debit is True:
        query = query.where(i.remaining_amount > 0)
    elif debit is False:
        query = query.where(i.remaining_amount < 0)
    if by_currency:
        query = query.where(i.currency == bindparam("open_currency", type_=i.currency.type))
    query = query.order_by(i.due_date, i.id)
    if limited:
        query = query.limit(bindparam("open_limit", type_=Integer))
    return _locking(query) if lock else query


def lock_items(conn: Connection, clientno: int, item_ids: Sequence[int]) -> None:
    """Lock the given items in id order: writers that lock their items this way never deadlock."""
    if item_ids:
        query = select(ar_items.c.id).where(
            ar_items.c.clientno == clientno, ar_items.c.id.in_(list(item_ids))
        )
        conn.execute(query.order_by(ar_items.c.id).with_for_update()).all()


# A settlement's statements, built once (building them was most of a settlement's time): the guard
# (`_SETTLED`), the history kept of the item before it changes, and the UPDATE.
_i = ar_items.c
_AMOUNT = bindparam("settle_amount", type_=_i.remaining_amount.type)
_AFTER = case((_i.remaining_amount > 0, _i.remaining_amount - _AMOUNT), else_=_i.remaining_amount + _AMOUNT)
_SETTLED = and_(
    _i.id == bindparam("settle_item", type_=_i.id.type),
    _i.status == "OPEN",
    ((_i.remaining_amount > 0) & (_i.remaining_amount >= _AMOUNT))
    | ((_i.remaining_amount < 0) & (_i.remaining_amount <= -_AMOUNT)),
)
_SETTLE_KEEP = history.Keeper(ar_items, _SETTLED)
_SETTLE = (
    update(ar_items)
    .where(_i.clientno == bindparam("settle_client", type_=_i.clientno.type), _SETTLED)
    .values(
        remaining_amount=_AFTER,
        status=case((_AFTER == 0, "CLOSED"), else_=_i.status),
        closed_date=case(
            (_AFTER == 0, bindparam("settle_on", type_=_i.closed_date.type)), else_=_i.closed_date
        ),
        changed_at=bindparam("settle_now", type_=_i.changed_at.type),
        row_version=bindparam("row_version", type_=_i.row_version.type),
        wire=bindparam("wire", type_=_i.wire.type),
    )
)


def settle(conn: Connection, clientno: int, item_id: int, amount: int, on: date) -> bool:
    """Move the item's remaining amount `amount` øre (> 0) towards zero, closing it at zero.

    Answers False, changing nothing, when the item is not open or has less than `amount` left: the
    guard in the WHERE clause holds even against a writer that the caller's locks did not stop."""
    if amount <= 0:
        raise AssertionError(f"a settlement is a positive amount: {amount}")
    guard = {"settle_item": item_id, "settle_amount": amount}
    version = _SETTLE_KEEP(conn, clientno, **guard)
    values = {"settle_client": clientno, "settle_on": on, "settle_now": clock_of(conn).now(), **guard}
    changed = conn.execute(
        _SETTLE, values | version | stored_forms.changing(conn, ar_items, clientno, [item_id])
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
