"""Booking documents: each accepted document is written with its AR item, its balanced GL voucher
and, for a credit note naming a document, the application to that document's item.

The rows of each are made here, from the accepted drafts; usecases/documents.py writes them
set-based (one multi-row insert per table for a whole batch chunk) in one unit of work: a document
is written with all of its effects or not at all.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from armrest_server.domain import identifiers, ledger
from armrest_server.domain.documents import REVENUE, Bundle, Draft, Settings, gl_text
from armrest_server.domain.money import to_wire
from armrest_server.domain.rules import Violation


@dataclass
class Outcome:
    """What one document of a request did: the draft written, or the rules it broke."""

    document_no: str
    draft: Draft | None
    violations: list[Violation]

    @property
    def message(self) -> str:
        draft = self.draft
        assert draft is not None
        text = f"Document {draft.document_no} created"
        if draft.applied and draft.credited is not None:
            text += f"; {to_wire(draft.applied):.2f} applied to document {draft.credited.document_no}"
        return text


def kids_waiting(drafts: list[Draft], settings: Settings) -> int:
    """How many drafts need a number of the client's KID sequence (`kidSeq`): those without a KID
    whose document number cannot make one."""
    algorithm, length = settings.kid_algorithm, settings.kid_length
    return sum(
        1
        for d in drafts
        if d.kid is None and identifiers.kid_from_number(d.document_no, algorithm, length) is None
    )


def make_kids(drafts: list[Draft], settings: Settings, first: int, waiting: int) -> int:
    """Give each draft without a KID one, numbering from `first` of the `waiting` sequence numbers
    reserved (`kids_waiting`); answers how many more were used (MOD11 skips numbers), which are
    reserved after: the numbers used are consecutive, as if the documents had been created one by one."""
    algorithm, length = settings.kid_algorithm, settings.kid_length
    sequence = itertools.count(first)
    for draft in drafts:
        if draft.kid is None:
            draft.kid = identifiers.make_kid(draft.document_no, algorithm, length, sequence)
    return next(sequence) - first - waiting


def new_bundles(drafts: list[Draft]) -> list[Bundle]:
    """The bundles the drafts open (each once), in the drafts' order."""
    return list(
        {id(d.bundle): d.bundle for d in drafts if d.bundle is not None and d.bundle.id is None}.values()
    )


def bundle_row(clientno: int, bundle: Bundle, now: datetime) -> dict[str, Any]:
    return {
        "clientno": clientno,
        "customer_id": bundle.customer_id,
        "bundle_key": bundle.bundle_key,
        "distribution_type": bundle.distribution_type,
        "status": "DISTRIBUTED",
        "created_at": now,
    }


def document_row(clientno: int, d: Draft, now: datetime) -> dict[str, Any]:
    assert d.bundle is not None
    return {
        "clientno": clientno,
        "document_no": d.document_no,
        "document_key": d.document_no.lower(),
        "document_uuid": d.uuid,
        "document_type": d.document_type,
        "customer_id": d.customer["id"],
        "document_date": d.document_date,
        "due_date": d.due_date,
        "currency": d.currency,
        "kid": d.kid,
        "reference_no": d.reference_no,
        "credited_document_id": d.credited.document_id if d.credited else None,
        "bundle_id": d.bundle.id,
        "amount_excl_vat": d.excl,
        "vat_amount": d.vat,
        "amount_incl_vat": d.incl,
        "data": {
            "lines": [line.stored() for line in d.lines],
            "buyerReference": d.buyer_reference,
            "sellerReference": d.seller_reference,
            "distribution": d.distribution,
            "bundleKey": d.bundle_key,
            "creditedDocumentNo": d.credited.document_no if d.credited else None,
        },
        "created_at": now,
    }


def item_row(clientno: int, d: Draft, now: datetime) -> dict[str, Any]:
    item = d.item
    assert item is not None
    return {
        "clientno": clientno,
        "customer_id": d.customer["id"],
        "document_id": item.document_id,
        "document_type": d.document_type,
        "kid": d.kid,
        "document_date": d.document_date,
        "due_date": d.due_date,
        "currency": d.currency,
        "original_amount": d.sign * d.incl,
        "remaining_amount": item.remaining,
        "status": item.status,
        "closed_date": item.closed_date,
        "in_debt_collection": False,
        "created_at": now,
        "changed_at": now,
    }


def voucher(d: Draft) -> ledger.Voucher:
    """Debit 1500 the amount including VAT, credit revenue and VAT; a credit note the other way round."""
    assert d.item is not None and d.item.ar_item_id is not None
    if d.document_type == "CREDITNOTE":
        revenue = REVENUE[d.credited.document_type] if d.credited else ledger.SALES
    else:
        revenue = REVENUE[d.document_type]
    text, item_id = gl_text(d.document_type, d.document_no), d.item.ar_item_id
    entries = [
        ledger.Entry(ledger.AR, d.sign * d.incl, text, item_id),
        ledger.Entry(revenue, -d.sign * d.excl, text, item_id),
        ledger.Entry(ledger.VAT_OUT, -d.sign * d.vat, text, item_id),
    ]
    return ledger.Voucher(entries, d.document_date, d.item.document_id, d.customer["id"])


def applications(clientno: int, drafts: list[Draft], vouchers: list[int]) -> list[dict[str, Any]]:
    """Both rows of each credit note application; amounts are signed like the change of each item's
    remaining amount (the debit item's falls, the credit note's rises)."""
    rows = []
    for d, voucher_no in zip(drafts, vouchers, strict=True):
        if d.applied and d.credited is not None and d.item is not None:
            common = {"clientno": clientno, "applied_date": d.document_date, "source": "CREDITNOTE"}
            rows.append(
                {
                    **common,
                    "ar_item_id": d.credited.ar_item_id,
                    "amount": -d.applied,
                    "voucher_no": voucher_no,
                }
            )
            rows.append(
                {**common, "ar_item_id": d.item.ar_item_id, "amount": d.applied, "voucher_no": voucher_no}
            )
    return rows


def credited_in_the_same_insert(
    drafts: list[Draft], rows: list[dict[str, Any]], document_ids: list[int]
) -> list[tuple[int, int]]:
    """(credit note id, credited document id) of each credit note naming a document written with it,
    whose id its row could not hold yet."""
    return [
        (document_id, d.credited.document_id)
        for d, row, document_id in zip(drafts, rows, document_ids, strict=True)
        if d.credited and d.credited.document_id and row["credited_document_id"] is None
    ]


def settled(drafts: list[Draft]) -> list[tuple[int, int, str, date | None]]:
    """(AR item id, remaining amount, status, closed date) of each stored item the drafts credited."""
    items = {id(d.credited): d.credited for d in drafts if d.credited is not None and d.credited.settled}
    return [(i.ar_item_id, i.remaining, i.status, i.closed_date) for i in items.values() if i.ar_item_id]
