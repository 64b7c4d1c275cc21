"""createDocument and document batch chunks (and the credit notes of updateArItem): read what the
rules need for all the documents at once, check each in order (domain/documents.plan), and write the
accepted ones with their bundles, AR items, vouchers and credit note applications (domain/booking.py's
rows), set-based, in the caller's unit of work."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy.exc import IntegrityError

from armrest_server.domain import booking, documents
from armrest_server.domain.booking import Outcome
from armrest_server.domain.customers import code_lookup
from armrest_server.domain.documents import Bundle, Context, Draft, Item, Settings
from armrest_server.usecases.ledger import post_vouchers
from armrest_server.usecases.uow import UnitOfWork


class DuplicateNumber(Exception):
    """A concurrent transaction took a document number after it was checked."""


def load(uow: UnitOfWork, clientno: int, sent: Sequence[Mapping[str, Any]], today: date) -> Context:
    """Everything the rules need for these documents, in a handful of set-based queries."""
    customers = uow.customers.find_many(clientno, [d["customerNo"] for d in sent], lock=True)
    used = uow.documents.existing_keys(clientno, [d["documentNo"].lower() for d in sent])
    named = [d["creditedDocumentNo"].lower() for d in sent if d.get("creditedDocumentNo")]
    items = {
        key: Item.stored_one(row, document_id=row["id"], ar_item_id=row["ar_item_id"])
        for key, row in uow.documents.creditable(clientno, named).items()
    }
    keyed = uow.bundles.keyed(clientno, documents.bundle_keys(sent, customers))
    return Context(
        clientno=clientno,
        settings=Settings.of(uow.clients.config(clientno)),
        customers=customers,
        used=used,
        items=items,
        bundles={key: Bundle.stored(row) for key, row in keyed.items()},
        codes=code_lookup(today),
    )


def create_many(
    uow: UnitOfWork, clientno: int, sent: Sequence[Mapping[str, Any]], today: date
) -> list[Outcome]:
    """Check the documents in order and write the accepted ones (createDocument, batch chunks)."""
    uow.clients.lock_ledger(clientno)
    ctx = load(uow, clientno, sent, today)
    outcomes = [Outcome(d["documentNo"], *documents.plan(ctx, d)) for d in sent]
    write(uow, ctx, [o.draft for o in outcomes if o.draft is not None], today, "DOCUMENT")
    return outcomes


def write(uow: UnitOfWork, ctx: Context, drafts: list[Draft], today: date, source: str) -> None:
    """Write accepted drafts (in `plan` order) with their bundles, AR items, vouchers (GL `source`)
    and credit note applications. Raises DuplicateNumber when a concurrent writer took a number."""
    if not drafts:
        return
    clientno, now = ctx.clientno, uow.now()
    _make_kids(uow, clientno, drafts, ctx.settings)
    new = booking.new_bundles(drafts)
    if new:
        for bundle, bundle_id in zip(
            new, uow.bundles.insert_many([booking.bundle_row(clientno, b, now) for b in new]), strict=True
        ):
            bundle.id = bundle_id
    rows = [booking.document_row(clientno, d, now) for d in drafts]
    try:
        with uow.savepoint():
            document_ids = uow.documents.insert_many(rows)
    except IntegrityError as error:
        raise DuplicateNumber(str(error)) from error
    for draft, document_id in zip(drafts, document_ids, strict=True):
        assert draft.item is not None
        draft.item.document_id = document_id
    # A credit note naming a document of this same insert learns its id only now.
    uow.documents.set_credited(booking.credited_in_the_same_insert(drafts, rows, document_ids))
    item_ids = uow.aritems.insert_many([booking.item_row(clientno, d, now) for d in drafts])
    for draft, item_id in zip(drafts, item_ids, strict=True):
        assert draft.item is not None
        draft.item.ar_item_id = item_id
    vouchers = post_vouchers(uow, clientno, [booking.voucher(d) for d in drafts], today, source)
    uow.aritems.insert_applications(booking.applications(clientno, drafts, vouchers))
    uow.aritems.settle_many(clientno, booking.settled(drafts))


def _make_kids(uow: UnitOfWork, clientno: int, drafts: list[Draft], settings: Settings) -> None:
    waiting = booking.kids_waiting(drafts, settings)
    first = uow.clients.next_numbers(clientno, "kidSeq", 1, waiting) if waiting else 1
    extra = booking.make_kids(drafts, settings, first, waiting)
    if waiting and extra:
        uow.clients.next_numbers(clientno, "kidSeq", 1, extra)
