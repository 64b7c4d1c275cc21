"""Booking documents: each accepted document is written with its AR item, its balanced GL voucher
and, for a credit note naming a document, the application to that document's item.

Everything is written set-based (one multi-row insert per table for a whole batch chunk), in the
caller's transaction: a document is written with all of its effects or not at all.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from armrest_server.domain import identifiers, ledger
from armrest_server.domain.documents import REVENUE, Context, Draft, Settings, gl_text, load, plan
from armrest_server.domain.money import to_wire
from armrest_server.domain.rules import Violation
from armrest_server.store import aritems, bundles, clients
from armrest_server.store import documents as store
from armrest_server.store.db import clock_of


class DuplicateNumber(Exception):
    """A concurrent transaction took a document number after it was checked."""


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


def create_many(
    conn: Connection, clientno: int, sent: Sequence[Mapping[str, Any]], today: date
) -> list[Outcome]:
    """Check the documents in order and write the accepted ones (createDocument, batch chunks)."""
    clients.lock_ledger(conn, clientno)
    ctx = load(conn, clientno, sent, today)
    outcomes = [Outcome(d["documentNo"], *plan(ctx, d)) for d in sent]
    write(conn, ctx, [o.draft for o in outcomes if o.draft is not None], today, "DOCUMENT")
    return outcomes


def write(conn: Connection, ctx: Context, drafts: list[Draft], today: date, source: str) -> None:
    """Write accepted drafts (in `plan` order) with their bundles, AR items, vouchers (GL `source`)
    and credit note applications. Raises DuplicateNumber when a concurrent writer took a number."""
    if not drafts:
        return
    clientno, now = ctx.clientno, clock_of(conn).now()
    _make_kids(conn, clientno, drafts, ctx.settings)
    _write_bundles(conn, clientno, drafts, now)
    rows = [_document_row(clientno, d, now) for d in drafts]
    try:
        with conn.begin_nested():
            document_ids = store.insert_many(conn, rows)
    except IntegrityError as error:
        raise DuplicateNumber(str(error)) from error
    for draft, document_id in zip(drafts, document_ids, strict=True):
        assert draft.item is not None
        draft.item.document_id = document_id
    # A credit note naming a document of this same insert learns its id only now.
    store.set_credited(
        conn,
        [
            (document_id, d.credited.document_id)
            for d, row, document_id in zip(drafts, rows, document_ids, strict=True)
            if d.credited and d.credited.document_id and row["credited_document_id"] is None
        ],
    )
    item_ids = aritems.insert_many(conn, [_item_row(clientno, d, now) for d in drafts])
    for draft, item_id in zip(drafts, item_ids, strict=True):
        assert draft.item is not None
        draft.item.ar_item_id = item_id
    vouchers = ledger.post_vouchers(conn, clientno, [_voucher(d) for d in drafts], today, source)
    aritems.insert_applications(conn, _applications(clientno, drafts, vouchers))
    settled = {id(d.credited): d.credited for d in drafts if d.credited is not None and d.credited.settled}
    aritems.settle_many(
        conn,
        clientno,
        [(i.ar_item_id, i.remaining, i.status, i.closed_date) for i in settled.values() if i.ar_item_id],
    )


def _make_kids(conn: Connection, clientno: int, drafts: list[Draft], settings: Settings) -> None:
    """Generated KIDs. Sequence numbers are reserved for the documents that need one; where MOD11
    skips numbers, the few extra are reserved after: the numbers used are consecutive, as if the
    documents had been created one by one."""
    algorithm, length = settings.kid_algorithm, settings.kid_length
    waiting = sum(
        1
        for d in drafts
        if d.kid is None and identifiers.kid_from_number(d.document_no, algorithm, length) is None
    )
    first = clients.next_numbers(conn, clientno, "kidSeq", 1, waiting) if waiting else 1
    sequence = itertools.count(first)
    for draft in drafts:
        if draft.kid is None:
            draft.kid = identifiers.make_kid(draft.document_no, algorithm, length, sequence)
    extra = next(sequence) - first - waiting
    if waiting and extra:
        clients.next_numbers(conn, clientno, "kidSeq", 1, extra)


def _write_bundles(conn: Connection, clientno: int, drafts: list[Draft], now: datetime) -> None:
    new = list(
        {id(d.bundle): d.bundle for d in drafts if d.bundle is not None and d.bundle.id is None}.values()
    )
    rows = [
        {
            "clientno": clientno,
            "customer_id": b.customer_id,
            "bundle_key": b.bundle_key,
            "distribution_type": b.distribution_type,
            "status": "DISTRIBUTED",
            "created_at": now,
        }
        for b in new
    ]
    for bundle, bundle_id in zip(new, bundles.insert_many(conn, rows) if rows else [], strict=True):
        bundle.id = bundle_id


def _document_row(clientno: int, d: Draft, now: datetime) -> dict[str, Any]:
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


def _item_row(clientno: int, d: Draft, now: datetime) -> dict[str, Any]:
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


def _voucher(d: Draft) -> ledger.Voucher:
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


def _applications(clientno: int, drafts: list[Draft], vouchers: list[int]) -> list[dict[str, Any]]:
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
