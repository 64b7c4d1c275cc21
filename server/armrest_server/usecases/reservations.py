"""createPaymentReservation (and the demo data's reservations): read what the reservation names and
what already holds it, decide with domain/reservations.py, store the reservation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from armrest_server.domain import reservations
from armrest_server.store.reservations import refusal
from armrest_server.usecases.targets import Resolver
from armrest_server.usecases.uow import UnitOfWork


@dataclass(frozen=True)
class Created:
    reservation_id: int
    payment_id: str
    item_id: int | None
    customer_no: str
    expires_on: date
    item_ids: list[int]


def create(uow: UnitOfWork, clientno: int, wire: Mapping[str, Any], today: date) -> Created:
    """Check and store one reservation; raises Rejected (nothing written) when a rule is broken."""
    named = reservations.named(wire)
    uow.clients.lock_ledger(clientno)
    target = Resolver(uow, clientno, lock=True).resolve(named)
    payment_id = wire["paymentId"]
    reservations.check_payment_id(payment_id, uow.reservations.find(clientno, payment_id))
    # The client's reservationDays, read when the reservation names no expiry (unused when it does).
    days = 0 if wire.get("expiresOn") else int(uow.clients.config(clientno).value("reservationDays"))
    payment_date, expires_on = reservations.dates(wire, today, days)
    first = named[0][2].rsplit("/", 1)[1]
    customer, item = target.customer, target.item
    if item is not None:
        hold = uow.reservations.holding(clientno, [item["id"]], today).get(item["id"])
        covered = reservations.covered_item(item, refusal(item), hold, first)
    else:
        found = uow.postings.open_items(clientno, customer["id"], debit=True, lock=True)
        holdable = [row for row in found if refusal(row) is None]
        holds = uow.reservations.holding(clientno, [row["id"] for row in holdable], today)
        covered = reservations.covered_items(customer, holdable, holds, first)
    amount = reservations.amount_of(wire, covered)
    stored = reservations.row(clientno, wire, target, amount, payment_date, expires_on)
    reservation_id = uow.reservations.insert_row(**stored)
    item_id = item["id"] if item is not None else None
    return Created(reservation_id, payment_id, item_id, customer["customer_no"], expires_on, covered.item_ids)
