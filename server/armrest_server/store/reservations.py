"""Payment reservations, and the record of every payment id used.

A row's status says what it is: ACTIVE (an announced payment holding reminders and debt
collection; it counts as expired after `expires_on`), CONSUMED (a reservation fulfilled by the
payment with its `payment_id`) or PAID (a payment that named a `paymentId` no reservation had).
One unique (clientno, payment_id) key thus keeps payment ids unique across reservations and
payments, also between concurrent writers.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, insert, or_, select, update

from armrest_server.store import clients
from armrest_server.store.bounded import in_chunks
from armrest_server.store.db import clock_of
from armrest_server.store.tables import ar_items, payment_reservations

ACTIVE, CONSUMED, PAID = "ACTIVE", "CONSUMED", "PAID"

# What a reservation may hold: an open debit AR item that is not in debt collection. Each test is
# (column, condition, the code of a refusal), in the order refusals are told; a condition works on
# a row's value and on a column alike, so that the SQL of `holding` and the check of a named item
# (`refusal`, domain/reservations.unholdable) are this one table.
HOLDABLE: tuple[tuple[str, Callable[[Any], Any], str], ...] = (
    ("status", lambda value: value == "OPEN", "notOpen"),
    ("remaining_amount", lambda value: value > 0, "notDebit"),
    ("in_debt_collection", lambda value: operator.eq(value, False), "inDebtCollection"),
)


def holdable(columns: Any) -> Any:
    """The SQL condition that a reservation may hold the item of these columns (`ar_items.c`, or
    any mapping of the names to SQL expressions)."""
    return and_(*(condition(columns[name]) for name, condition, _ in HOLDABLE))


def refusal(item: Mapping[str, Any]) -> str | None:
    """The code of the first reason a reservation may not hold this AR item row, or None."""
    return next((code for name, condition, code in HOLDABLE if not condition(item[name])), None)


def find(conn: Connection, clientno: int, payment_id: str, lock: bool = False) -> dict[str, Any] | None:
    query = select(payment_reservations).where(
        payment_reservations.c.clientno == clientno, payment_reservations.c.payment_id == payment_id
    )
    row = conn.execute(query.with_for_update() if lock else query).mappings().first()
    return dict(row) if row else None


def insert_row(conn: Connection, /, **values: Any) -> int:
    [reservation_id] = clients.next_ids(conn, values["clientno"], "payment_reservations")
    conn.execute(
        insert(payment_reservations).values(id=reservation_id, created_at=clock_of(conn).now(), **values)
    )
    return reservation_id


def consume(conn: Connection, clientno: int, reservation_id: int) -> bool:
    """Mark an active reservation fulfilled; False when it no longer was active."""
    r = payment_reservations.c
    changed = conn.execute(
        update(payment_reservations)
        .where(r.clientno == clientno, r.id == reservation_id, r.status == ACTIVE)
        .values(status=CONSUMED)
    ).rowcount
    return bool(changed == 1)


def holding(
    conn: Connection, clientno: int, item_ids: Sequence[int], today: date
) -> dict[int, dict[str, Any]]:
    """The active reservation holding each of the given AR items (items held by none are absent).

    A reservation holds, while a reservation may hold it (`HOLDABLE`), the item it names, or, made
    for a customer, the customer's items created no later than it. An item's own reservation wins
    over its customer's; among several, the earliest expiry."""
    r, i = payment_reservations.c, ar_items.c
    found: dict[int, dict[str, Any]] = {}
    for chunk in in_chunks(item_ids):
        query = (
            select(i.id.label("held_item_id"), payment_reservations)
            .select_from(
                ar_items.join(
                    payment_reservations,
                    and_(
                        r.clientno == i.clientno,
                        or_(
                            r.ar_item_id == i.id,
                            and_(
                                r.ar_item_id.is_(None),
                                r.customer_id == i.customer_id,
                                i.created_at <= r.created_at,
                            ),
                        ),
                    ),
                )
            )
            .where(
                i.clientno == clientno,
                i.id.in_(chunk),
                holdable(i),
                r.status == ACTIVE,
                r.expires_on >= today,
            )
            .order_by(r.ar_item_id.is_(None), r.expires_on, r.id)
        )
        for row in conn.execute(query).mappings():
            held = dict(row)
            found.setdefault(int(held.pop("held_item_id")), held)
    return found
