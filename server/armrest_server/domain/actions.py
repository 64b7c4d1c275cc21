"""Actions on the AR ledger: stop reminders or debt collection, send an item to debt collection,
resend a document. Each decides on its target as the store holds it (usecases/actions.py reads it)
and says what to change; nothing is changed when a rule is broken."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from armrest_server.domain.documents import default_channel
from armrest_server.domain.rules import Rejected, Violation
from armrest_server.domain.targets import Target

MAX_ITEMS = 10000
# Which body keys each action type refuses (beyond the one-target rule of the schema).
NOT_ALLOWED = {
    "stopreminders": ("channel",),
    "stopdebtcollection": ("channel",),
    "debtcollection": ("customerNo", "until", "channel"),
    "resenddocument": ("customerNo", "until"),
}
STOP_FIELDS = {
    "stopreminders": ("stop_reminder_until", "stopReminderUntil"),
    "stopdebtcollection": ("stop_debt_collection_until", "stopDebtCollectionUntil"),
}
# What a channel needs of the customer: the identifier it sends to, and the block list that can stop it.
CHANNEL_NEEDS = {
    "EHF": ("organizationNo", "peppolBlockIds"),
    "EFAKTURA": ("ssn", "efakturaBlockIds"),
    "DIGIPOST": ("ssn", "digipostBlockIds"),
}


def _reject(name: str, message: str, code: str) -> Rejected:
    return Rejected(Violation(f"/action/{name}", message, code))


@dataclass(frozen=True)
class Outcome:
    """What an action did: the AR items it concerns, how many it changed and the values it sets on the
    changed ones (`changed`, `values`: what the use case writes)."""

    item_ids: list[int]
    affected: int
    message: str
    changed: list[int] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def result(self) -> str:
        return "UPDATED" if self.affected else "UNCHANGED"


def target_name(wire: Mapping[str, Any]) -> str:
    return next(name for name in ("arItemId", "documentNo", "customerNo") if name in wire)


def check(action_type: str, wire: Mapping[str, Any]) -> str:
    """The rules on the request itself; answers the name of the identifier of its target."""
    for name in NOT_ALLOWED[action_type]:
        if name in wire:
            raise _reject(name, f"{name} is not allowed for the action {action_type}", "notAllowed")
    if action_type in STOP_FIELDS and "until" not in wire:
        raise _reject("until", f"the action {action_type} requires until", "required")
    return target_name(wire)


def stop(
    action_type: str,
    wire: Mapping[str, Any],
    target: Target,
    open_items: list[dict[str, Any]] | None,
    today: date,
) -> Outcome:
    """stopreminders, stopdebtcollection: the stop date on the target's AR item, or on every open item
    of the target customer (`open_items`, read up to MAX_ITEMS + 1); a date before today lifts it."""
    column, wire_name = STOP_FIELDS[action_type]
    until = date.fromisoformat(wire["until"])
    value = until if until >= today else None  # a date before today lifts the stop
    item, customer = target.item, target.customer
    if item is not None:
        if item["status"] != "OPEN":
            raise _reject(target_name(wire), f"AR item {item['id']} is closed", "notOpen")
        targeted = [item]
        where = f"AR item {item['id']}"
    else:
        targeted = open_items or []
        if len(targeted) > MAX_ITEMS:
            raise _reject(
                "customerNo",
                f"customer {customer['customer_no']} has more than {MAX_ITEMS} open items",
                "tooMany",
            )
        where = f"{len(targeted)} open items of customer {customer['customer_no']}"
    changed = sorted(row["id"] for row in targeted if row[column] != value)
    done = f"{wire_name} set to {value} on" if value else f"{wire_name} lifted on"
    item_ids = sorted(row["id"] for row in targeted)
    return Outcome(item_ids, len(changed), f"{done} {where}", changed, {column: value})


def _in_force(stop: Any, today: date) -> bool:
    if not stop:
        return False
    day = stop if isinstance(stop, date) else date.fromisoformat(str(stop))
    return day >= today


def debt_collection(
    item: Mapping[str, Any],
    customer: Mapping[str, Any],
    hold: Mapping[str, Any] | None,
    name: str,
    today: date,
) -> Outcome:
    """An overdue open debit item to debt collection, unless a reservation holds it (`hold`) or a stop
    of the item or its customer is in force."""
    label = f"AR item {item['id']}"
    refusals = [
        (item["status"] != "OPEN", f"{label} is closed", "notOpen"),
        (int(item["remaining_amount"]) < 0, f"{label} is a credit item", "notDebit"),
        (item["due_date"] >= today, f"{label} is not overdue (due {item['due_date']})", "notOverdue"),
        (bool(item["in_debt_collection"]), f"{label} is already in debt collection", "inDebtCollection"),
        (
            hold is not None,
            f"{label} is held by payment reservation {hold and hold['payment_id']}",
            "reserved",
        ),
        (
            _in_force(item["stop_debt_collection_until"], today),
            f"{label} has debt collection stopped until {item['stop_debt_collection_until']}",
            "stopped",
        ),
        (
            _in_force(customer["data"].get("stopDebtCollectionUntil"), today),
            f"customer {customer['customer_no']} has debt collection stopped until "
            f"{customer['data'].get('stopDebtCollectionUntil')}",
            "stopped",
        ),
    ]
    for refused, message, code in refusals:
        if refused:
            raise _reject(name, message, code)
    document = f" (document {item['document_no']})" if item["document_no"] else ""
    message = f"{label}{document} sent to debt collection"
    return Outcome([item["id"]], 1, message, [item["id"]], {"in_debt_collection": True})


def _blocked(values: Any, *names: str) -> bool:
    blocked = {str(v).strip().lower() for v in values or []}
    return any(n.lower() in blocked for n in names if n)


def channel_problem(channel: str, customer: Mapping[str, Any], document_no: str) -> str | None:
    """Why the customer cannot be reached through the channel, or None when it can."""
    data = customer["data"]
    if channel == "EMAIL":
        return None if data.get("emailAddressDocument") else "has no emailAddressDocument"
    if channel == "PRINT":
        address = data.get("postalAddress") or {}
        return (
            None
            if address.get("postalCode") and address.get("cityName")
            else "has no postalCode and cityName"
        )
    field, block_list = CHANNEL_NEEDS[channel]
    number = str(data.get(field) or "")
    if not number:
        return f"has no {field}"
    scheme = f"0192:{number}" if field == "organizationNo" else ""
    if _blocked(data.get(block_list), number, scheme, document_no):
        return f"is blocked for {channel} in {block_list}"
    return None


def resend(
    item: Mapping[str, Any], customer: Mapping[str, Any], wire: Mapping[str, Any], name: str
) -> Outcome:
    """A document resent through the channel named, else its own, else the customer's default."""
    if item["document_id"] is None:
        raise _reject(name, f"AR item {item['id']} has no document (an unapplied payment)", "noDocument")
    distribution = (item["document_data"] or {}).get("distribution") or {}
    channel = wire.get("channel") or distribution.get("channel") or default_channel(customer["data"])
    problem = channel_problem(channel, customer, item["document_no"])
    if problem is not None:
        pointer = "channel" if "channel" in wire else name
        raise _reject(pointer, f"customer {customer['customer_no']} {problem}", "channel")
    return Outcome([item["id"]], 1, f"Document {item['document_no']} resent by {channel}")
