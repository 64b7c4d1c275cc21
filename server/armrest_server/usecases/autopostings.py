"""Auto postings (createAutoPostings, demo data): plan a request's postings on what the store holds,
then write the plans, each as one voucher, its AR applications and its paymentId.

Planning for a write locks the AR items it reads; writing settles them with guarded updates, and a
guard that does not hold (a writer the locks did not stop) raises Race so that the caller can run
the whole transaction again.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cached_property
from typing import Any

from armrest_server.domain import autopostings
from armrest_server.domain.autopostings import Found, Plan, Posting
from armrest_server.domain.money import to_wire
from armrest_server.domain.rules import Rejected
from armrest_server.domain.targets import TargetError
from armrest_server.usecases.ledger import post_voucher
from armrest_server.usecases.targets import Resolver
from armrest_server.usecases.uow import UnitOfWork


class Race(Exception):
    """A guarded update found the ledger changed under it: run the transaction again."""


class PostingFailed(Rejected):
    """A posting made outside a request (demo data, scripts) broke the rules; nothing was written."""


class _Loader:
    """What the store holds for each posting of one request, read in the unit of work (locking the
    AR items and paymentIds read when the plans will be written)."""

    def __init__(self, uow: UnitOfWork, clientno: int, method: str, lock: bool) -> None:
        self.uow, self.clientno, self.method, self.lock = uow, clientno, method, lock
        self.resolver = Resolver(uow, clientno, lock)

    @cached_property
    def currency(self) -> str:
        return str(self.uow.clients.config(self.clientno).value("currency"))

    def found(self, posting: Posting) -> Found:
        payment_id = posting.payment_id if self.method == "payment" else None
        stored = (
            None if payment_id is None else self.uow.reservations.find(self.clientno, payment_id, self.lock)
        )
        if not posting.named:
            return Found(stored_payment=stored)
        try:
            target = self.resolver.resolve(posting.named)
        except TargetError as error:
            return Found(refused=error.violations, stored_payment=stored)
        if target.item is not None or self.method == "writeoff":
            return Found(target, stored_payment=stored)
        debit, currency = autopostings.customer_items(self.method, target.customer, self.currency)
        items = self.uow.postings.open_items(
            self.clientno, target.customer["id"], debit=debit, currency=currency, lock=self.lock
        )
        return Found(target, stored_payment=stored, open_items=items)


def plan_all(
    uow: UnitOfWork, clientno: int, method: str, wire: list[Mapping[str, Any]], today: date, lock: bool
) -> list[Plan]:
    """The plan of each posting sent, in order (validateOnly: nothing locked, nothing written)."""
    loader = _Loader(uow, clientno, method, lock)
    planner = autopostings.Planner(method, today)
    postings = [Posting.of(index, sent) for index, sent in enumerate(wire)]
    return [planner.plan(posting, loader.found(posting)) for posting in postings]


def plan_locked(
    uow: UnitOfWork, clientno: int, method: str, wire: list[Mapping[str, Any]], today: date
) -> list[Plan]:
    """Plan for a write: a first pass finds the items the postings settle, which are then locked in
    id order (two requests naming the same items in opposite orders would otherwise deadlock), and
    a second pass plans again on the rows as they are now, locked."""
    uow.clients.lock_ledger(clientno)
    draft = plan_all(uow, clientno, method, wire, today, lock=False)
    uow.postings.lock_items(clientno, sorted({item["id"] for plan in draft for item, _ in plan.applications}))
    return plan_all(uow, clientno, method, wire, today, lock=True)


def write(uow: UnitOfWork, clientno: int, method: str, plans: list[Plan], today: date) -> None:
    """Write planned postings (none of which failed), in order. Raises Race when a guard fails."""
    for plan in plans:
        posting, customer = plan.posting, plan.customer
        if plan.errors or customer is None:
            raise AssertionError("only valid plans are written")
        if plan.unapplied:
            currency = str(uow.clients.config(clientno).value("currency"))
            plan.unapplied_item_id = uow.postings.insert_item(
                **autopostings.unapplied_item(clientno, plan, currency)
            )
        documents = {item["document_id"] for item, _ in plan.applications}
        plan.voucher_no = post_voucher(
            uow,
            clientno,
            autopostings.entries(method, plan),
            posting.posting_date,
            today,
            "AUTOPOSTING",
            document_id=documents.pop() if len(documents) == 1 else None,
            customer_id=customer["id"],
        )
        for item, amount in plan.applications:
            if not uow.postings.settle(clientno, item["id"], amount, posting.posting_date):
                raise Race(f"AR item {item['id']} changed while the posting was planned")
        uow.aritems.insert_applications(autopostings.application_rows(clientno, plan))
        _record_payment_id(uow, clientno, plan)


def _record_payment_id(uow: UnitOfWork, clientno: int, plan: Plan) -> None:
    if plan.reservation is not None:
        if not uow.reservations.consume(clientno, plan.reservation["id"]):
            raise Race(f"payment reservation {plan.posting.payment_id} changed while the posting was planned")
    elif plan.posting.payment_id is not None:
        uow.reservations.insert_row(**autopostings.paid_payment_id(clientno, plan))


def post_payment(
    uow: UnitOfWork,
    clientno: int,
    *,
    amount: int,
    posting_date: date,
    today: date,
    ar_item_id: int | None = None,
    kid: str | None = None,
    document_no: str | None = None,
    customer_no: str | None = None,
    payment_id: str | None = None,
    posting_ref: str = "PAYMENT",
    text: str | None = None,
) -> Plan:
    """Post one payment of `amount` øre (demo data, scripts) in the caller's unit of work.

    Raises PostingFailed with the broken rules, writing nothing; Race as `write` does."""
    named = {"arItemId": ar_item_id, "kid": kid, "documentNo": document_no, "customerNo": customer_no}
    extra = {"paymentId": payment_id, "text": text}
    wire = {
        "postingRef": posting_ref,
        "postingDate": posting_date.isoformat(),
        "amount": to_wire(amount),
        **{k: v for k, v in (named | extra).items() if v is not None},
    }
    plans = plan_locked(uow, clientno, "payment", [wire], today)
    if plans[0].errors:
        raise PostingFailed(plans[0].errors)
    write(uow, clientno, "payment", plans, today)
    return plans[0]
