"""What a write names, decided on what the store holds for each identifier (plain rows)."""

from __future__ import annotations

from typing import Any

import pytest

from armrest_server.domain import targets
from armrest_server.domain.targets import Found, TargetError

ALGORITHM = "MOD10"
OLA = {"id": 1, "customer_no": "543210", "account_no": 500002}
KARI = {"id": 2, "customer_no": "543211", "account_no": 500010}
OWNERS = {1: OLA, 2: KARI}


def item(item_id: int, customer_id: int = 1) -> dict[str, Any]:
    return {"id": item_id, "customer_id": customer_id}


def error(named: list[tuple[str, Any]], found: list[Found]) -> tuple[str, str]:
    with pytest.raises(TargetError) as raised:
        targets.resolve([(k, v, f"/x/{k}") for k, v in named], found, OWNERS, ALGORITHM)
    [violation] = raised.value.violations
    return violation.pointer, violation.code


def test_an_item_names_its_owner_and_a_customer_identifier_that_agrees_is_the_same_target() -> None:
    named = [("arItemId", 7, "/x/arItemId"), ("customerNo", "543210", "/x/customerNo")]
    target = targets.resolve(named, [Found(items=[item(7)]), Found(customer=OLA)], OWNERS, ALGORITHM)
    assert (target.item, target.customer) == (item(7), OLA)


def test_an_identifier_that_names_nothing_or_several_items_is_refused() -> None:
    assert error([("documentNo", "9")], [Found(items=[])]) == ("/x/documentNo", "notFound")
    assert error([("referenceNo", "R")], [Found(items=[item(1), item(2)])]) == ("/x/referenceNo", "ambiguous")
    assert error([("customerNo", "9")], [Found()]) == ("/x/customerNo", "notFound")


def test_identifiers_that_disagree_name_the_first_that_differs() -> None:
    seven = Found(items=[item(7)])
    assert error([("arItemId", 7), ("documentNo", "1")], [seven, Found(items=[item(8)])]) == (
        "/x/documentNo", "mismatch"
    )  # fmt: skip
    assert error([("arItemId", 7), ("customerNo", "543211")], [seven, Found(customer=KARI)]) == (
        "/x/customerNo", "mismatch"
    )  # fmt: skip


def test_a_kid_with_a_wrong_check_digit_is_refused_as_such() -> None:
    kid = targets.customer_kid(500002, ALGORITHM)
    assert kid == "5000021"
    assert error([("customerKid", "5000022")], [Found()]) == ("/x/customerKid", "checkDigit")
    assert error([("documentKid", "5000022")], [Found(items=[])]) == ("/x/documentKid", "checkDigit")
    assert error([("kid", "5000022")], [Found()]) == ("/x/kid", "checkDigit")


def test_a_customer_kid_names_its_account_and_one_beyond_any_account_none() -> None:
    assert (targets.kid_account("0005000021", ALGORITHM), targets.kid_account("5000022", ALGORITHM)) == (
        500002,
        None,
    )
    beyond = targets.customer_kid(10**24 - 1, ALGORITHM)
    assert beyond is not None and targets.kid_account(beyond, ALGORITHM) is None


def test_who_else_a_kid_names() -> None:
    assert (targets.item_using([item(7)], 7), targets.item_using([item(7), item(8)], 7)) == (
        None,
        "AR item 8",
    )
    assert (targets.customer_using(OLA), targets.customer_using(None)) == ("customer 543210", None)
