"""What a write names (auto postings, payment reservations, actions, a KID of updateArItem): read what
the store holds for each identifier, in the unit of work, and decide with domain/targets.py."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Any

from armrest_server.domain import targets
from armrest_server.domain.targets import Found, Target
from armrest_server.usecases.uow import UnitOfWork


class Resolver:
    """Finds what identifiers name, for one client in one unit of work (locking the items it reads
    when the unit of work will change them); the customers it read are read once."""

    def __init__(self, uow: UnitOfWork, clientno: int, lock: bool = False) -> None:
        self.uow = uow
        self.clientno = clientno
        self.lock = lock
        self._customers: dict[int, dict[str, Any]] = {}

    @cached_property
    def algorithm(self) -> str:
        return str(self.uow.clients.config(self.clientno).value("kidAlgorithm"))

    def resolve(self, named: Sequence[tuple[str, Any, str]]) -> Target:
        """The one target that every (kind, value, pointer) given names, or TargetError."""
        found = [self.found(kind, value) for kind, value, _ in named]
        owners = {
            row["customer_id"]: self.customer_by_id(row["customer_id"])
            for stored in found
            if stored.items is not None and len(stored.items) == 1
            for row in stored.items
        }
        return targets.resolve(named, found, owners, self.algorithm)

    def kid_user(self, kid: str, item_id: int | None = None) -> str | None:
        """Who else a KID already names ("AR item 7", "customer 543210"), None when nobody does."""
        user = targets.item_using(self.uow.postings.items_by_kid(self.clientno, kid), item_id)
        return user if user is not None else targets.customer_using(self._customer_by_kid(kid))

    def found(self, kind: str, value: Any) -> Found:
        """What the store holds for one identifier (domain/targets.Found)."""
        c, lock, postings, customers = self.clientno, self.lock, self.uow.postings, self.uow.customers
        if kind == "arItemId":
            row = postings.item(c, int(value), lock)
            return Found(items=[row] if row else [])
        if kind == "documentNo":
            return Found(items=postings.items_by_document_no(c, value, lock))
        if kind == "documentUuid":
            return Found(items=postings.items_by_document_uuid(c, value, lock))
        if kind == "referenceNo":
            return Found(items=postings.items_by_reference_no(c, value, lock))
        if kind in ("kid", "documentKid"):
            items = postings.items_by_kid(c, value, lock)
            if items or kind == "documentKid":
                return Found(items=items)
            return self._customer(self._customer_by_kid(value))
        if kind == "customerKid":
            return self._customer(self._customer_by_kid(value))
        if kind == "accountNo":
            return self._customer(customers.find_by_account(c, int(value)))
        if kind == "customerNo":
            return self._customer(customers.find_by_no(c, value))
        raise AssertionError(f"unknown identifier kind {kind}")

    def customer_by_id(self, customer_id: int) -> dict[str, Any]:
        if customer_id not in self._customers:
            row = self.uow.customers.find_by_id(self.clientno, customer_id)
            if row is None:
                raise AssertionError(f"AR item of a customer that does not exist: {customer_id}")
            self._customers[customer_id] = row
        return self._customers[customer_id]

    def _customer_by_kid(self, kid: str) -> dict[str, Any] | None:
        account_no = targets.kid_account(kid, self.algorithm)
        return None if account_no is None else self.uow.customers.find_by_account(self.clientno, account_no)

    def _customer(self, row: dict[str, Any] | None) -> Found:
        if row is not None:
            self._customers[row["id"]] = row
        return Found(customer=row)
