"""Payment reservations: an announced payment holds reminders and debt collection for what it pays
until the payment arrives (a `payment` auto posting with the same paymentId) or it expires.

Which items a reservation holds is derived, not stored: the item it names, or, made for a customer,
the customer's items created no later than it, each only while a reservation may hold it: open,
debit and not in debt collection (store/reservations.HOLDABLE, the one form of that rule, read by
the query `holding` and by `unholdable`). The rules here decide on what usecases/reservations.py
reads; the use case writes the reservation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from armrest_server.domain import ledger
from armrest_server.domain.money import to_ore, to_wire
from armrest_server.domain.rules import Rejected, Violation
from armrest_server.domain.targets import Target

# The statuses of a stored paymentId's row (store/reservations.py): a reservation that holds what it
# names (a payment with its paymentId fulfils it), and a payment's paymentId no reservation had.
ACTIVE, PAID = "ACTIVE", "PAID"
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


def _reject(name: str, message: str, code: str) -> Rejected:
    return Rejected(Violation(f"/paymentReservation/{name}", message, code))


def named(wire: Mapping[str, Any]) -> list[tuple[str, Any, str]]:
    """(identifier kind, value, pointer) of each identifier a reservation names, documents' first."""
    return [
        (kind, wire[name], f"/paymentReservation/{name}")
        for name, kind in IDENTIFIERS.items()
        if name in wire
    ]


def check_payment_id(payment_id: str, stored: Mapping[str, Any] | None) -> None:
    """A paymentId is used once, by a reservation or a payment (`stored`: its row, if any)."""
    if stored is not None:
        raise _reject("paymentId", f"paymentId {payment_id} is already used", "conflict")


def dates(wire: Mapping[str, Any], today: date, reservation_days: int) -> tuple[date, date]:
    """The payment date (default today) and the expiry (default `reservation_days` after it)."""
    payment_date = date.fromisoformat(wire["paymentDate"]) if wire.get("paymentDate") else today
    if wire.get("expiresOn"):
        expires_on = date.fromisoformat(wire["expiresOn"])
    else:
        days = reservation_days
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


# Why a reservation may not hold an item, by the code of store/reservations.HOLDABLE's refusal.
_REFUSALS = {
    "notOpen": "is closed",
    "notDebit": "is a credit item; a reservation holds a debit item",
    "inDebtCollection": "is in debt collection",
}


def unholdable(item: Mapping[str, Any], refusal: str | None) -> tuple[str, str] | None:
    """Why a reservation cannot hold this AR item (message, code), or None when it can. `refusal` is
    the code of the first test of store/reservations.HOLDABLE the item fails (an open debit item that
    is not in debt collection passes them all): the one form of the rule, which the SQL of the items a
    reservation holds reads as well."""
    return None if refusal is None else (f"AR item {item['id']} {_REFUSALS[refusal]}", refusal)


@dataclass(frozen=True)
class Covered:
    """What a reservation holds: the AR items and their open amount (øre)."""

    item_ids: list[int]
    open_amount: int


def covered_item(
    item: Mapping[str, Any], refusal: str | None, hold: Mapping[str, Any] | None, name: str
) -> Covered:
    """A reservation naming an AR item holds it, if a reservation may (`refusal`, see `unholdable`)
    and no other reservation holds it (`hold`: the one that does)."""
    broken = unholdable(item, refusal)
    if broken is not None:
        raise _reject(name, *broken)
    if hold is not None:
        message = f"AR item {item['id']} is held by payment reservation {hold['payment_id']}"
        raise _reject(name, message, "reserved")
    return Covered([item["id"]], int(item["remaining_amount"]))


def covered_items(
    customer: Mapping[str, Any],
    holdable: Sequence[Mapping[str, Any]],
    holds: Mapping[int, Mapping[str, Any]],
    name: str,
) -> Covered:
    """A reservation naming a customer holds its open debit items a reservation may hold
    (`holdable`) and that no other reservation holds (`holds`, by item id)."""
    covered = [row for row in holdable if row["id"] not in holds]
    if not covered:
        raise _reject(
            name,
            f"customer {customer['customer_no']} has no open debit item free of debt collection "
            "and other reservations",
            "nothingOpen",
        )
    return Covered(sorted(row["id"] for row in covered), sum(int(row["remaining_amount"]) for row in covered))


def amount_of(wire: Mapping[str, Any], covered: Covered) -> int:
    """The reserved amount (øre), which the open amount of what it holds must cover."""
    amount = to_ore(wire["amount"])
    if amount > covered.open_amount:
        raise _reject(
            "amount",
            f"amount {to_wire(amount):.2f} exceeds the open amount {to_wire(covered.open_amount):.2f} "
            "of the target",
            "exceedsRemaining",
        )
    return amount


def row(
    clientno: int, wire: Mapping[str, Any], target: Target, amount: int, payment_date: date, expires_on: date
) -> dict[str, Any]:
    """The stored reservation (status ACTIVE)."""
    return {
        "clientno": clientno,
        "payment_id": wire["paymentId"],
        "amount": amount,
        "payment_date": payment_date,
        "expires_on": expires_on,
        "ar_item_id": target.item["id"] if target.item is not None else None,
        "customer_id": target.customer["id"],
        "status": ACTIVE,
    }
