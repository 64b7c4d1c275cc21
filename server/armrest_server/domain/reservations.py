"""Payment reservations: an announced payment holds reminders and debt collection for what it pays
until the payment arrives (a `payment` auto posting with the same paymentId) or it expires.

Which items a reservation holds is derived, not stored: the item it names, or, made for a customer,
the customer's items created no later than it, each only while a reservation may hold it: open,
debit and not in debt collection (store/reservations.HOLDABLE, the one form of that rule, read by
the query `holding` and by `unholdable`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection

from armrest_server.domain import config, ledger
from armrest_server.domain.money import to_ore, to_wire
from armrest_server.domain.rules import Rejected, Violation
from armrest_server.domain.targets import Resolver
from armrest_server.store import clients, postings
from armrest_server.store import reservations as store

# Wire name -> identifier kind (domain/targets.py); document identifiers first.
IDENTIFIERS = {
    "arItemId": "arItemId",
    "documentNo": "documentNo",
    "documentUuid": "documentUuid",
    "referenceNo": "referenceNo",
    "kid": "documentKid",
    "accountNo": "accountNo",
    "customerNo": "customerNo",
    "customerKid": "customerKid",
}
DOCUMENT_IDENTIFIERS = ("arItemId", "documentNo", "documentUuid", "referenceNo", "kid")


def _reject(name: str, message: str, code: str) -> Rejected:
    return Rejected(Violation(f"/paymentReservation/{name}", message, code))


@dataclass(frozen=True)
class Created:
    reservation_id: int
    payment_id: str
    item_id: int | None
    customer_no: str
    expires_on: date
    item_ids: list[int]


def held(conn: Connection, clientno: int, item_ids: Sequence[int], today: date) -> dict[int, dict[str, Any]]:
    """The active, unexpired reservation holding each given AR item (absent when none does)."""
    return store.holding(conn, clientno, item_ids, today)


# Why a reservation may not hold an item, by the code of store/reservations.HOLDABLE's refusal.
_REFUSALS = {
    "notOpen": "is closed",
    "notDebit": "is a credit item; a reservation holds a debit item",
    "inDebtCollection": "is in debt collection",
}


def unholdable(item: Mapping[str, Any]) -> tuple[str, str] | None:
    """Why a reservation cannot hold this AR item (message, code), or None when it can: it holds an
    open debit item that is not in debt collection (store/reservations.HOLDABLE, also the SQL of
    which items a reservation holds)."""
    code = store.refusal(item)
    return None if code is None else (f"AR item {item['id']} {_REFUSALS[code]}", code)


def _dates(conn: Connection, clientno: int, wire: Mapping[str, Any], today: date) -> tuple[date, date]:
    payment_date = date.fromisoformat(wire["paymentDate"]) if wire.get("paymentDate") else today
    if wire.get("expiresOn"):
        expires_on = date.fromisoformat(wire["expiresOn"])
    else:
        days = int(config.value(conn, clientno, "reservationDays"))
        if payment_date > ledger.LAST_DAY - timedelta(days=days):
            message = f"paymentDate {payment_date} + {days} reservation days is after {ledger.LAST_DAY}"
            raise _reject("paymentDate", f"{message}; send an expiresOn", "dateRange")
        expires_on = payment_date + timedelta(days=days)
    if expires_on < today:
        raise _reject("expiresOn", f"expiresOn {expires_on} is before today ({today})", "pastDate")
    if expires_on < payment_date:
        raise _reject(
            "expiresOn", f"expiresOn {expires_on} is before paymentDate {payment_date}", "dateRange"
        )
    return payment_date, expires_on


def _covered_item(conn: Connection, clientno: int, item: dict[str, Any], name: str, today: date) -> int:
    broken = unholdable(item)
    if broken is not None:
        raise _reject(name, *broken)
    other = held(conn, clientno, [item["id"]], today).get(item["id"])
    if other is not None:
        message = f"AR item {item['id']} is held by payment reservation {other['payment_id']}"
        raise _reject(name, message, "reserved")
    return int(item["remaining_amount"])


def create(conn: Connection, clientno: int, wire: Mapping[str, Any], today: date) -> Created:
    """Check and store one reservation; raises Rejected (nothing written) when a rule is broken."""
    named = [
        (kind, wire[name], f"/paymentReservation/{name}")
        for name, kind in IDENTIFIERS.items()
        if name in wire
    ]
    clients.lock_ledger(conn, clientno)
    target = Resolver(conn, clientno, lock=True).resolve(named)
    payment_id = wire["paymentId"]
    if store.find(conn, clientno, payment_id) is not None:
        raise _reject("paymentId", f"paymentId {payment_id} is already used", "conflict")
    payment_date, expires_on = _dates(conn, clientno, wire, today)
    first = named[0][2].rsplit("/", 1)[1]
    customer = target.customer
    if target.item is not None:
        item_ids = [target.item["id"]]
        open_amount = _covered_item(conn, clientno, target.item, first, today)
    else:
        candidates = [
            row
            for row in postings.open_items(conn, clientno, customer["id"], debit=True, lock=True)
            if unholdable(row) is None
        ]
        holds = held(conn, clientno, [row["id"] for row in candidates], today)
        covered = [row for row in candidates if row["id"] not in holds]
        if not covered:
            raise _reject(
                first,
                f"customer {customer['customer_no']} has no open debit item free of debt collection "
                "and other reservations",
                "nothingOpen",
            )
        item_ids = sorted(row["id"] for row in covered)
        open_amount = sum(int(row["remaining_amount"]) for row in covered)
    amount = to_ore(wire["amount"])
    if amount > open_amount:
        raise _reject(
            "amount",
            f"amount {to_wire(amount):.2f} exceeds the open amount {to_wire(open_amount):.2f} of the target",
            "exceedsRemaining",
        )
    reservation_id = store.insert_row(
        conn,
        clientno=clientno,
        payment_id=payment_id,
        amount=amount,
        payment_date=payment_date,
        expires_on=expires_on,
        ar_item_id=target.item["id"] if target.item is not None else None,
        customer_id=customer["id"],
        status=store.ACTIVE,
    )
    item_id = target.item["id"] if target.item is not None else None
    return Created(reservation_id, payment_id, item_id, customer["customer_no"], expires_on, item_ids)
