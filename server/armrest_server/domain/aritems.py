"""AR item rules: changing an item's details, crediting an invoice or interest note through its item
(api/records.py maps an item to the wire).

An item is OPEN while its remaining amount is not zero and CLOSED (with closedDate) once it is; a
closed item is never changed again. Settlements never go beyond the remaining amount.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from armrest_server.domain import booking
from armrest_server.domain import documents as docs
from armrest_server.domain.customers import (
    code_lookup,
    fields_of,
)
from armrest_server.domain.money import round_ore, to_ore, to_wire
from armrest_server.domain.rules import Rejected, Violation
from armrest_server.domain.targets import Resolver
from armrest_server.store import aritems as store
from armrest_server.store import clients
from armrest_server.store import customers as customer_store
from armrest_server.store import documents as document_store

COLUMNS = {
    "dueDate": "due_date",
    "stopReminderUntil": "stop_reminder_until",
    "stopDebtCollectionUntil": "stop_debt_collection_until",
    "stopInterestCalcUntil": "stop_interest_calc_until",
    "kid": "kid",
}


class UnknownItem(Exception):
    pass


@dataclass
class Updated:
    result: str  # UPDATED | UNCHANGED
    item: dict[str, Any]  # the row after the update
    credit_note: docs.Draft | None = None


def update(conn: Connection, clientno: int, sent: Mapping[str, Any], today: date) -> Updated:
    """updateArItem: the changes and the credit note, all or nothing. Raises UnknownItem, or Rejected
    (pointers relative to the `arItem` object) before anything is written."""
    clients.lock_ledger(conn, clientno)
    row = store.find(conn, clientno, sent["arItemId"], lock=True)
    if row is None:
        raise UnknownItem(sent["arItemId"])
    if row["status"] == "CLOSED":
        message = f"AR item {row['id']} is closed and cannot be changed"
        raise Rejected([Violation("/arItemId", message, "closed")])
    settings = docs.Settings.load(conn, clientno)
    violations: list[Violation] = []
    changes = _changes(row, sent, settings, violations)
    if changes.get("kid") and not violations:
        user = Resolver(conn, clientno).kid_user(changes["kid"], row["id"])
        if user is not None:
            violations.append(Violation("/kid", f"KID {changes['kid']} is used by {user}", "duplicate"))
    draft = (
        _credit_note(conn, clientno, row, sent["creditNote"], settings, today, violations)
        if (sent.get("creditNote"))
        else None
    )
    if violations:
        raise Rejected(violations)
    if changes:
        store.update_details(conn, clientno, row["id"], changes)
    if draft is not None:
        ctx = docs.Context(
            clientno=clientno,
            settings=settings,
            customers={},
            used=set(),
            items={},
            bundles={},
            codes=code_lookup(today),
        )
        docs.accept(ctx, draft)
        booking.write(conn, ctx, [draft], today, "CREDITNOTE")
    after = store.find(conn, clientno, row["id"])
    assert after is not None
    return Updated("UPDATED" if changes or draft else "UNCHANGED", after, draft)


def _changes(
    row: Mapping[str, Any], sent: Mapping[str, Any], settings: docs.Settings, v: list[Violation]
) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for key, column in COLUMNS.items():
        if key not in sent:
            continue
        value = sent[key]
        if key != "kid" and value is not None:
            value = date.fromisoformat(value)
        if key == "dueDate":
            v += docs.due_date_violations(value, row["document_date"])
        if key == "kid":
            v += docs.kid_violations("/kid", value, settings)
        if value != row[column]:
            changes[column] = value
    return changes


def _credit_note(
    conn: Connection,
    clientno: int,
    row: Mapping[str, Any],
    sent: Mapping[str, Any],
    settings: docs.Settings,
    today: date,
    v: list[Violation],
) -> docs.Draft | None:
    """The credit note the request asks for, checked; None when a rule is broken."""
    before = len(v)
    if row["document_type"] not in docs.CREDITABLE:
        message = f"A {row['document_type']} item cannot be credited; only an INVOICE or INTERESTNOTE"
        v.append(Violation("/creditNote", message, "documentType"))
    amount = to_ore(sent["amount"])
    if amount > row["remaining_amount"]:
        remaining = to_wire(row["remaining_amount"])
        message = f"amount {sent['amount']} is above the item's remaining amount {remaining:.2f}"
        v.append(Violation("/creditNote/amount", message, "amount"))
    number = sent["documentNo"]
    used = document_store.existing_keys(conn, clientno, [number.lower()])
    v += docs.document_no_violations("/creditNote/documentNo", number, used)
    day = date.fromisoformat(sent["documentDate"]) if sent.get("documentDate") else today
    if day < row["document_date"]:
        message = f"documentDate {day} is before the item's documentDate {row['document_date']}"
        v.append(Violation("/creditNote/documentDate", message, "documentDate"))
    if len(v) > before:
        return None
    document = document_store.find_by_id(conn, clientno, row["document_id"])
    customer = customer_store.find_by_id(conn, clientno, row["customer_id"])
    assert document is not None and customer is not None
    fields = fields_of(customer)
    credited = docs.Item.stored_one(row, document_id=row["document_id"], ar_item_id=row["id"])
    text = sent.get("text") or f"Kreditnota for {row['document_no']}"
    distribution = docs.distribution_of(code_lookup(today), {}, fields, [])
    return docs.Draft(
        document_no=number,
        document_type="CREDITNOTE",
        customer=customer,
        document_date=day,
        due_date=day,
        currency=row["currency"],
        kid=None,
        reference_no=None,
        bundle_key=None,
        buyer_reference=fields["buyerReference"] or None,
        seller_reference=fields["sellerReference"] or None,
        distribution=distribution,
        lines=credit_lines(document["data"]["lines"], amount, text),
        credited=credited,
        bundle=docs.Bundle(
            customer_id=customer["id"], bundle_key=None, distribution_type=distribution["type"], count=0
        ),
    )


def credit_lines(lines: list[Mapping[str, Any]], amount: int, text: str) -> list[docs.Line]:
    """One line per VAT rate of the credited document, ascending: each rate's share of `amount` in
    proportion to the document's amount including VAT at that rate (the last line takes the
    rounding difference), split into amount excluding VAT and VAT at the rate."""
    per_rate: dict[int, int] = {}
    for line in lines:
        per_rate[line["vatRate"]] = per_rate.get(line["vatRate"], 0) + line["amountInclVat"]
    total = sum(per_rate.values())
    rates = sorted(per_rate)
    shares = [round_ore(Decimal(amount) * per_rate[rate] / total) for rate in rates[:-1]]
    shares.append(amount - sum(shares))
    result = []
    for number, (rate, share) in enumerate(zip(rates, shares, strict=True), start=1):
        excl = round_ore(Decimal(share) * 100 / (100 + rate))
        result.append(
            docs.Line(
                line_no=number,
                product_code=None,
                description=text,
                quantity=Decimal(1),
                unit_price=excl,
                vat_rate=rate,
                excl=excl,
                vat=share - excl,
            )
        )
    return result
