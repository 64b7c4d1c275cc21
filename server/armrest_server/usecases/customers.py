"""Customer writes: createCustomer and updateCustomer (`upsert`), and customer batch chunks
(`apply_batch`), on the rules of domain/customers.py."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from armrest_server.domain import customers
from armrest_server.domain.customers import FIRST_ACCOUNT_NO, Outcome
from armrest_server.domain.rules import Rejected
from armrest_server.usecases.uow import UnitOfWork


class UnknownCustomer(Exception):
    def __init__(self, customer_no: str) -> None:
        super().__init__(f"Customer {customer_no} does not exist")
        self.customer_no = customer_no


def upsert(
    uow: UnitOfWork, clientno: int, customer: Mapping[str, Any], today: date, create: bool = True
) -> tuple[str, dict[str, Any]]:
    """Create or update one customer (createCustomer); with create=False an unknown number raises
    UnknownCustomer (updateCustomer). Raises Rejected when a rule is broken; nothing is written then."""
    codes = customers.code_lookup(today)
    number = customer["customerNo"]
    stored = uow.customers.find_by_no(clientno, number, lock=True)
    if stored is None:
        if not create:
            raise UnknownCustomer(number)
        fields = customers.merge(customers.blank(), customer, today, codes)
        account_no = uow.clients.next_numbers(clientno, "accountNo", FIRST_ACCOUNT_NO)
        row = uow.customers.insert_one(clientno, number, account_no, fields)
        if row is not None:
            return "CREATED", row
        # Another transaction created it since we looked: this write becomes its update.
        stored = uow.customers.find_by_no(clientno, number, lock=True)
        assert stored is not None
    old = customers.fields_of(stored)
    fields = customers.merge(old, customer, today, codes)
    if fields == old:
        return "UNCHANGED", stored
    return "UPDATED", uow.customers.update_one(stored, fields)


def apply_batch(
    uow: UnitOfWork, clientno: int, items: list[Mapping[str, Any]], today: date, create: bool
) -> list[Outcome]:
    """Apply many customers at once (batch chunks): rules in Python, then set-based writes.

    Numbers are unique within a batch (checked when it was queued), so items do not affect each
    other. A rejected item writes nothing; the others are written."""
    codes = customers.code_lookup(today)
    stored = uow.customers.find_many(clientno, [item["customerNo"] for item in items], lock=True)
    rows = [stored.get(item["customerNo"].lower()) for item in items]
    outcomes = [
        customers.decide(item, row, today, codes, create) for item, row in zip(items, rows, strict=True)
    ]
    uow.customers.update_many(
        [(row, o.fields) for o, row in zip(outcomes, rows, strict=True) if row and o.result == "UPDATED"]
    )
    new = [(o, item) for o, item in zip(outcomes, items, strict=True) if o.result == "CREATED"]
    if new:
        _insert_new(uow, clientno, new, today)
    return outcomes


def _insert_new(
    uow: UnitOfWork, clientno: int, new: list[tuple[Outcome, Mapping[str, Any]]], today: date
) -> None:
    first = uow.clients.next_numbers(clientno, "accountNo", FIRST_ACCOUNT_NO, len(new))
    if uow.customers.insert_many(clientno, [(o.key, first + n, o.fields) for n, (o, _) in enumerate(new)]):
        return
    # A concurrent writer created some of these numbers since we looked: one upsert per item then.
    for outcome, item in new:
        try:
            outcome.result, _ = upsert(uow, clientno, item, today)
        except Rejected as rejected:
            outcome.result, outcome.violations = None, rejected.violations
