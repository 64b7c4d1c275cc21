"""Actions on the AR ledger: stop reminders or debt collection, send an item to debt collection,
resend a document. Each checks its rules before it changes anything."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection

from armrest_server.domain import reservations
from armrest_server.domain.documents import default_channel
from armrest_server.domain.rules import Rejected, Violation
from armrest_server.domain.targets import Resolver
from armrest_server.store import clients, postings

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
    item_ids: list[int]
    affected: int
    message: str

    @property
    def result(self) -> str:
        return "UPDATED" if self.affected else "UNCHANGED"


def _target_name(wire: Mapping[str, Any]) -> str:
    return next(name for name in ("arItemId", "documentNo", "customerNo") if name in wire)


def perform(
    conn: Connection, clientno: int, action_type: str, wire: Mapping[str, Any], today: date
) -> Outcome:
    """Do one action; raises Rejected (nothing changed) when a rule is broken."""
    for name in NOT_ALLOWED[action_type]:
        if name in wire:
            raise _reject(name, f"{name} is not allowed for the action {action_type}", "notAllowed")
    if action_type in STOP_FIELDS and "until" not in wire:
        raise _reject("until", f"the action {action_type} requires until", "required")
    name = _target_name(wire)
    clients.lock_ledger(conn, clientno)
    target = Resolver(conn, clientno, lock=True).resolve([(name, wire[name], f"/action/{name}")])
    if action_type in STOP_FIELDS:
        return _stop(conn, clientno, action_type, wire, target.item, target.customer, today)
    if target.item is None:
        raise AssertionError("the customer target was refused above")
    if action_type == "debtcollection":
        return _debt_collection(conn, clientno, target.item, target.customer, name, today)
    return _resend(target.item, target.customer, wire, name)


def _stop(
    conn: Connection,
    clientno: int,
    action_type: str,
    wire: Mapping[str, Any],
    item: dict[str, Any] | None,
    customer: dict[str, Any],
    today: date,
) -> Outcome:
    column, wire_name = STOP_FIELDS[action_type]
    until = date.fromisoformat(wire["until"])
    value = until if until >= today else None  # a date before today lifts the stop
    if item is not None:
        if item["status"] != "OPEN":
            raise _reject(_target_name(wire), f"AR item {item['id']} is closed", "notOpen")
        targeted = [item]
        where = f"AR item {item['id']}"
    else:
        targeted = postings.open_items(conn, clientno, customer["id"], lock=True, limit=MAX_ITEMS + 1)
        if len(targeted) > MAX_ITEMS:
            raise _reject(
                "customerNo",
                f"customer {customer['customer_no']} has more than {MAX_ITEMS} open items",
                "tooMany",
            )
        where = f"{len(targeted)} open items of customer {customer['customer_no']}"
    changed = sorted(row["id"] for row in targeted if row[column] != value)
    postings.set_fields(conn, clientno, changed, **{column: value})
    done = f"{wire_name} set to {value} on" if value else f"{wire_name} lifted on"
    return Outcome(sorted(row["id"] for row in targeted), len(changed), f"{done} {where}")


def _in_force(stop: Any, today: date) -> bool:
    if not stop:
        return False
    day = stop if isinstance(stop, date) else date.fromisoformat(str(stop))
    return day >= today


def _debt_collection(
    conn: Connection, clientno: int, item: dict[str, Any], customer: dict[str, Any], name: str, today: date
) -> Outcome:
    label = f"AR item {item['id']}"
    hold = reservations.held(conn, clientno, [item["id"]], today).get(item["id"])
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
    postings.set_fields(conn, clientno, [item["id"]], in_debt_collection=True)
    document = f" (document {item['document_no']})" if item["document_no"] else ""
    return Outcome([item["id"]], 1, f"{label}{document} sent to debt collection")


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


def _resend(item: dict[str, Any], customer: dict[str, Any], wire: Mapping[str, Any], name: str) -> Outcome:
    if item["document_id"] is None:
        raise _reject(name, f"AR item {item['id']} has no document (an unapplied payment)", "noDocument")
    distribution = (item["document_data"] or {}).get("distribution") or {}
    channel = wire.get("channel") or distribution.get("channel") or default_channel(customer["data"])
    problem = channel_problem(channel, customer, item["document_no"])
    if problem is not None:
        pointer = "channel" if "channel" in wire else name
        raise _reject(pointer, f"customer {customer['customer_no']} {problem}", "channel")
    return Outcome([item["id"]], 1, f"Document {item['document_no']} resent by {channel}")
