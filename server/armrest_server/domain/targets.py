"""What a write names: an AR item (by id, document number, uuid, reference or KID) or a customer (by
number, account number or customer KID). Every identifier given must name exactly one record and
all must agree; auto postings, payment reservations and actions share these rules.

A customer's KID is its account number followed by the check digit of the client's `kidAlgorithm`,
optionally left-padded with zeros (zeros in front change neither MOD10 nor MOD11): account 500002
under MOD10 has KID 5000021, or 0005000021 at kidLength 10.

The rules decide on what the store holds for each identifier (`Found`), which usecases/targets.py
reads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from armrest_server.domain.identifiers import valid_kid, with_check_digit
from armrest_server.domain.rules import Rejected, Violation

MAX_ACCOUNT_NO = 2**63 - 1  # customers.account_no is a BIGINT
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


def kid_account(kid: str, algorithm: str) -> int | None:
    """The account number a customer KID names: None when its check digit is wrong or its body is
    beyond any storable account number (a 64-bit integer), which names no customer."""
    if not valid_kid(kid, algorithm):
        return None
    body = kid[:-1].lstrip("0")
    return int(body) if body and int(body) <= MAX_ACCOUNT_NO else None


@dataclass(frozen=True)
class Found:
    """What the store holds for one identifier: the AR items an item identifier names (`items`), or,
    for a customer identifier (and a KID that names no AR item), the customer (`customer`, None
    when none has it)."""

    items: list[dict[str, Any]] | None = None
    customer: dict[str, Any] | None = None


def _one_item(found: list[dict[str, Any]], kind: str, value: Any, pointer: str) -> dict[str, Any]:
    if not found:
        raise TargetError(pointer, f"{LABELS[kind].format(value)} does not exist", "notFound")
    if len(found) > 1:
        raise TargetError(pointer, f"{LABELS[kind].format(value)} names {len(found)} AR items", "ambiguous")
    return found[0]


def _wrong_check_digit(kid: str, algorithm: str, pointer: str) -> TargetError:
    return TargetError(pointer, f"KID {kid} has a wrong check digit ({algorithm})", "checkDigit")


def one(kind: str, value: Any, pointer: str, found: Found, algorithm: str) -> tuple[str, dict[str, Any]]:
    """('item', AR item row) or ('customer', customer row) that one identifier names, or TargetError."""
    if found.items is not None:
        if not found.items and kind in ("kid", "documentKid") and not valid_kid(value, algorithm):
            raise _wrong_check_digit(value, algorithm, pointer)
        return "item", _one_item(found.items, kind, value, pointer)
    if kind in ("kid", "customerKid") and not valid_kid(value, algorithm):
        raise _wrong_check_digit(value, algorithm, pointer)
    if found.customer is None:
        raise TargetError(pointer, f"{LABELS[kind].format(value)} does not exist", "notFound")
    return "customer", found.customer


def resolve(
    named: Sequence[tuple[str, Any, str]],
    found: Sequence[Found],
    owners: Mapping[int, dict[str, Any]],
    algorithm: str,
) -> Target:
    """The one target that every (kind, value, pointer) given names (`found`: what the store holds for
    each; `owners`: the customer of each AR item found, by id); `named` is not empty. The first
    identifier that names nothing, or not what the ones before it name, is the error."""
    item: dict[str, Any] | None = None
    customer: dict[str, Any] | None = None
    for (kind, value, pointer), stored in zip(named, found, strict=True):
        what, row = one(kind, value, pointer, stored, algorithm)
        if what == "item":
            if item is not None and item["id"] != row["id"]:
                raise TargetError(
                    pointer, f"{LABELS[kind].format(value)} is not AR item {item['id']}", "mismatch"
                )
            owner = owners[row["customer_id"]]
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
                    f"the customer of AR item {item['id']}" if item else f"customer {customer['customer_no']}"
                )
                raise TargetError(pointer, f"{LABELS[kind].format(value)} is not {expected}", "mismatch")
            customer = row
    if customer is None:
        raise AssertionError("resolve() needs at least one identifier")
    return Target(customer, item)


def item_using(items: Sequence[Mapping[str, Any]], item_id: int | None) -> str | None:
    """The AR item other than `item_id` that a KID names already (`items`: those with the KID).

    A payment by KID finds the item first and the customer only when no item has it, so a KID given
    to a second item, or to an item while a customer has it, turns payments by it into `ambiguous`
    or sends them to the wrong account."""
    others = [row for row in items if row["id"] != item_id]
    return f"AR item {others[0]['id']}" if others else None


def customer_using(customer: Mapping[str, Any] | None) -> str | None:
    """The customer whose KID a KID is (`kid_account`'s customer), if any."""
    return None if customer is None else f"customer {customer['customer_no']}"
