"""Payment reservations, and the record of every payment id used.

A row's status says what it is: ACTIVE (an announced payment holding reminders and debt
collection; it counts as expired after `expires_on`), CONSUMED (a reservation fulfilled by the
payment with its `payment_id`) or PAID (a payment that named a `paymentId` no reservation had).
One unique (clientno, payment_id) key thus keeps payment ids unique across reservations and
payments, also between concurrent writers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, insert, or_, select, update

from armrest_server.store import clients
from armrest_server.store.db import clock_of
from armrest_server.store.tables import ar_items, payment_reservations

ACTIVE, CONSUMED, PAID = "ACTIVE", "CONSUMED", "PAID"


def find(conn: Connection, clientno: int, payment_id: str, lock: bool = False) -> dict[str, Any] | None:
    query = select(payment_reservations).where(
        payment_reservations.c.clientno == clientno, payment_reservations.c.payment_id == payment_id
    )
    row = conn.execute(query.with_for_update() if lock else query).mappings().first()
    return dict(row) if row else None


def insert_row(conn: Connection, **values: Any) -> int:
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

    A reservation holds the item it names, or, made for a customer, the customer's debit items that
    were open and not in debt collection when it was made (created no later than it). An item's own
    reservation wins over its customer's; among several, the earliest expiry."""
    r, i = payment_reservations.c, ar_items.c
    found: dict[int, dict[str, Any]] = {}
    ids = list(item_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
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
                                i.original_amount > 0,
                                i.in_debt_collection.is_(False),
                                i.created_at <= r.created_at,
                            ),
                        ),
                    ),
                )
            )
            .where(i.clientno == clientno, i.id.in_(chunk), r.status == ACTIVE, r.expires_on >= today)
            .order_by(r.ar_item_id.is_(None), r.expires_on, r.id)
        )
        for row in conn.execute(query).mappings():
            held = dict(row)
            found.setdefault(int(held.pop("held_item_id")), held)
    return found
