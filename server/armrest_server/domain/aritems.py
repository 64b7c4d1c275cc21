"""AR item rules: changing an item's details, crediting an invoice or interest note through its item
(api/records.py maps an item to the wire).

An item is OPEN while its remaining amount is not zero and CLOSED (with closedDate) once it is; a
closed item is never changed again. Settlements never go beyond the remaining amount. The rules
decide on the rows usecases/aritems.py reads; the use case writes the changes and the credit note.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from armrest_server.domain import documents as docs
from armrest_server.domain.customers import code_lookup, fields_of
from armrest_server.domain.money import round_ore, to_ore, to_wire
from armrest_server.domain.rules import Rejected, Violation

COLUMNS = {
    "dueDate": "due_date",
    "stopReminderUntil": "stop_reminder_until",
    "stopDebtCollectionUntil": "stop_debt_collection_until",
    "stopInterestCalcUntil": "stop_interest_calc_until",
    "kid": "kid",
}


def check_open(row: Mapping[str, Any]) -> None:
    """A closed item is never changed again."""
    if row["status"] == "CLOSED":
        message = f"AR item {row['id']} is closed and cannot be changed"
        raise Rejected([Violation("/arItemId", message, "closed")])


def kid_violations(kid: str, user: str | None) -> list[Violation]:
    """A KID names one record: `user` is who else it names already (usecases/targets.Resolver.kid_user)."""
    return [] if user is None else [Violation("/kid", f"KID {kid} is used by {user}", "duplicate")]


def changes(
    row: Mapping[str, Any], sent: Mapping[str, Any], settings: docs.Settings, v: list[Violation]
) -> dict[str, Any]:
    """The columns `sent` changes (by column name), checked; broken rules are added to `v`."""
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


def credit_note_violations(
    row: Mapping[str, Any], sent: Mapping[str, Any], used: set[str], today: date
) -> list[Violation]:
    """The rules of the credit note updateArItem asks for on the item (`used`: the lower-case
    document numbers taken of those it names)."""
    v: list[Violation] = []
    if row["document_type"] not in docs.CREDITABLE:
        message = f"A {row['document_type']} item cannot be credited; only an INVOICE or INTERESTNOTE"
        v.append(Violation("/creditNote", message, "documentType"))
    amount = to_ore(sent["amount"])
    if amount > row["remaining_amount"]:
        remaining = to_wire(row["remaining_amount"])
        message = f"amount {sent['amount']} is above the item's remaining amount {remaining:.2f}"
        v.append(Violation("/creditNote/amount", message, "amount"))
    v += docs.document_no_violations("/creditNote/documentNo", sent["documentNo"], used)
    day = date.fromisoformat(sent["documentDate"]) if sent.get("documentDate") else today
    if day < row["document_date"]:
        message = f"documentDate {day} is before the item's documentDate {row['document_date']}"
        v.append(Violation("/creditNote/documentDate", message, "documentDate"))
    return v


def credit_note(
    row: Mapping[str, Any],
    sent: Mapping[str, Any],
    document: Mapping[str, Any],
    customer: dict[str, Any],
    today: date,
) -> docs.Draft:
    """The credit note of an item that broke none of `credit_note_violations`, for `sent["amount"]`
    of its `document`, to its `customer`."""
    day = date.fromisoformat(sent["documentDate"]) if sent.get("documentDate") else today
    fields = fields_of(customer)
    credited = docs.Item.stored_one(row, document_id=row["document_id"], ar_item_id=row["id"])
    text = sent.get("text") or f"Kreditnota for {row['document_no']}"
    distribution = docs.distribution_of(code_lookup(today), {}, fields, [])
    return docs.Draft(
        document_no=sent["documentNo"],
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
        lines=credit_lines(document["data"]["lines"], to_ore(sent["amount"]), text),
        credited=credited,
        bundle=docs.Bundle(
            customer_id=customer["id"], bundle_key=None, distribution_type=distribution["type"], count=0
        ),
    )


def accepted(clientno: int, settings: docs.Settings, draft: docs.Draft, today: date) -> docs.Context:
    """The context a credit note of updateArItem is booked in, with the note accepted (applied)."""
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
    return ctx


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
