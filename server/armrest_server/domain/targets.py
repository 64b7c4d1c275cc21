"""What a write names: an AR item (by id, document number, uuid, reference or KID) or a customer (by
number, account number or customer KID). Every identifier given must name exactly one record and
all must agree; auto postings, payment reservations and actions share these rules.

A customer's KID is its account number followed by the check digit of the client's `kidAlgorithm`,
optionally left-padded with zeros (zeros in front change neither MOD10 nor MOD11): account 500002
under MOD10 has KID 5000021, or 0005000021 at kidLength 10.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from armrest_server.domain import config
from armrest_server.domain.identifiers import valid_kid, with_check_digit
from armrest_server.domain.rules import Rejected, Violation
from armrest_server.store import clients, customers, postings

MAX_ACCOUNT_NO = 2**63 - 1  # customers.account_no is a BIGINT
ITEM_KINDS = ("arItemId", "kid", "documentKid", "documentNo", "documentUuid", "referenceNo")
LABELS = {
    "arItemId": "AR item {}",
    "kid": "KID {}",
    "documentKid": "KID {}",
    "customerKid": "customer KID {}",
    "documentNo": "document {}",
    "documentUuid": "document {}",
    "referenceNo": "reference {}",
    "accountNo": "account {}",
    "customerNo": "customer {}",
}


class TargetError(Rejected):
    """An identifier that names nothing, or not what it should: the one rule it broke."""

    def __init__(self, pointer: str, message: str, code: str) -> None:
        super().__init__(Violation(pointer, message, code))


@dataclass
class Target:
    customer: dict[str, Any]
    item: dict[str, Any] | None = None  # None: the customer was named, not an item


def customer_kid(account_no: int, algorithm: str, length: int | None = None) -> str | None:
    """The customer KID of an account number (None where MOD11 gives no check digit)."""
    return with_check_digit(
        str(account_no) if length is None else str(account_no).zfill(length - 1), algorithm
    )


class Resolver:
    """Finds what identifiers name, for one client in one transaction (locking the items it reads
    when the transaction will change them)."""

    def __init__(self, conn: Connection, clientno: int, lock: bool = False) -> None:
        self.conn = conn
        self.clientno = clientno
        self.lock = lock
        self._algorithm: str | None = None
        self._customers: dict[int, dict[str, Any]] = {}

    @property
    def algorithm(self) -> str:
        if self._algorithm is None:
            configured = config.Config(clients.config_overrides(self.conn, self.clientno))
            self._algorithm = str(configured.value("kidAlgorithm"))
        return self._algorithm

    def customer_by_id(self, customer_id: int) -> dict[str, Any]:
        if customer_id not in self._customers:
            row = customers.find_by_id(self.conn, self.clientno, customer_id)
            if row is None:
                raise AssertionError(f"AR item of a customer that does not exist: {customer_id}")
            self._customers[customer_id] = row
        return self._customers[customer_id]

    def _one_item(self, found: list[dict[str, Any]], kind: str, value: Any, pointer: str) -> dict[str, Any]:
        if not found:
            raise TargetError(pointer, f"{LABELS[kind].format(value)} does not exist", "notFound")
        if len(found) > 1:
            raise TargetError(
                pointer, f"{LABELS[kind].format(value)} names {len(found)} AR items", "ambiguous"
            )
        return found[0]

    def _customer_by_kid(self, kid: str, pointer: str) -> dict[str, Any] | None:
        if not valid_kid(kid, self.algorithm):
            raise TargetError(pointer, f"KID {kid} has a wrong check digit ({self.algorithm})", "checkDigit")
        body = kid[:-1].lstrip("0")
        # A body beyond any storable account number (a 64-bit integer) names no customer.
        if not body or int(body) > MAX_ACCOUNT_NO:
            return None
        return customers.find_by_account(self.conn, self.clientno, int(body))

    def kid_user(self, kid: str, item_id: int | None = None) -> str | None:
        """Who else a KID already names ("AR item 7", "customer 543210"), None when nobody does.

        A payment by KID finds the item first and the customer only when no item has it (`one`), so
        a KID given to a second item, or to an item while a customer has it, turns payments by it
        into `ambiguous` or sends them to the wrong account."""
        others = [row for row in postings.items_by_kid(self.conn, self.clientno, kid) if row["id"] != item_id]
        if others:
            return f"AR item {others[0]['id']}"
        if not valid_kid(kid, self.algorithm):
            return None
        customer = self._customer_by_kid(kid, "")
        return None if customer is None else f"customer {customer['customer_no']}"

    def one(self, kind: str, value: Any, pointer: str) -> tuple[str, dict[str, Any]]:
        """('item', AR item row) or ('customer', customer row) for one identifier, or TargetError."""
        c, lock = self.clientno, self.lock
        if kind == "arItemId":
            row = postings.item(self.conn, c, int(value), lock)
            return "item", self._one_item([row] if row else [], kind, value, pointer)
        if kind == "documentNo":
            return "item", self._one_item(
                postings.items_by_document_no(self.conn, c, value, lock), kind, value, pointer
            )
        if kind == "documentUuid":
            found = postings.items_by_document_uuid(self.conn, c, value, lock)
            return "item", self._one_item(found, kind, value, pointer)
        if kind == "referenceNo":
            found = postings.items_by_reference_no(self.conn, c, value, lock)
            return "item", self._one_item(found, kind, value, pointer)
        if kind in ("kid", "documentKid"):
            found = postings.items_by_kid(self.conn, c, value, lock)
            if found or kind == "documentKid":
                if not found and not valid_kid(value, self.algorithm):
                    raise TargetError(
                        pointer, f"KID {value} has a wrong check digit ({self.algorithm})", "checkDigit"
                    )
                return "item", self._one_item(found, kind, value, pointer)
            customer = self._customer_by_kid(value, pointer)
        elif kind == "customerKid":
            customer = self._customer_by_kid(value, pointer)
        elif kind == "accountNo":
            customer = customers.find_by_account(self.conn, c, int(value))
        elif kind == "customerNo":
            customer = customers.find_by_no(self.conn, c, value)
        else:
            raise AssertionError(f"unknown identifier kind {kind}")
        if customer is None:
            raise TargetError(pointer, f"{LABELS[kind].format(value)} does not exist", "notFound")
        self._customers[customer["id"]] = customer
        return "customer", customer

    def resolve(self, named: list[tuple[str, Any, str]]) -> Target:
        """The one target that every (kind, value, pointer) given names; `named` is not empty."""
        item: dict[str, Any] | None = None
        customer: dict[str, Any] | None = None
        for kind, value, pointer in named:
            what, row = self.one(kind, value, pointer)
            if what == "item":
                if item is not None and item["id"] != row["id"]:
                    raise TargetError(
                        pointer, f"{LABELS[kind].format(value)} is not AR item {item['id']}", "mismatch"
                    )
                owner = self.customer_by_id(row["customer_id"])
                if customer is not None and customer["id"] != owner["id"]:
                    raise TargetError(
                        pointer,
                        f"{LABELS[kind].format(value)} belongs to customer {owner['customer_no']}, "
                        f"not {customer['customer_no']}",
                        "mismatch",
                    )
                item, customer = row, owner
            else:
                if customer is not None and customer["id"] != row["id"]:
                    expected = (
                        f"the customer of AR item {item['id']}"
                        if item
                        else f"customer {customer['customer_no']}"
                    )
                    raise TargetError(pointer, f"{LABELS[kind].format(value)} is not {expected}", "mismatch")
                customer = row
        if customer is None:
            raise AssertionError("resolve() needs at least one identifier")
        return Target(customer, item)
