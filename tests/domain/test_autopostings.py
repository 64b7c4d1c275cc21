"""The auto posting rules on plain rows, without a database: what each posting settles given what the
store holds for it, and how the postings of one request see each other."""

from __future__ import annotations

from datetime import date
from typing import Any

from armrest_server.domain import autopostings, reservations
from armrest_server.domain.autopostings import Found, Planner, Posting
from armrest_server.domain.rules import Violation
from armrest_server.domain.targets import Target

TODAY = date(2026, 3, 31)
CUSTOMER: dict[str, Any] = {"id": 1, "customer_no": "543210", "data": {}}


def item(item_id: int, remaining: int, **row: Any) -> dict[str, Any]:
    return {
        "id": item_id, "customer_id": 1, "document_id": 10 + item_id, "status": "OPEN",
        "original_amount": remaining, "remaining_amount": remaining, "document_date": date(2026, 3, 1),
        "due_date": date(2026, 3, 15),
    } | row  # fmt: skip


def posting(index: int = 0, amount: str = "100.00", **fields: Any) -> Posting:
    wire = {"postingRef": f"REF-{index}", "postingDate": TODAY.isoformat(), "amount": amount, "arItemId": 1}
    return Posting.of(index, wire | fields)


def on_item(row: dict[str, Any], **found: Any) -> Found:
    return Found(Target(CUSTOMER, row), **found)


def codes(plan: autopostings.Plan) -> list[str]:
    return [v.code for v in plan.errors]


def test_a_payment_settles_its_item_and_leaves_the_rest_unapplied() -> None:
    plan = Planner("payment", TODAY).plan(posting(amount="150.00"), on_item(item(1, 100_00)))
    assert ([(i["id"], a) for i, a in plan.applications], plan.unapplied, plan.errors) == (
        [(1, 100_00)],
        50_00,
        [],
    )


def test_a_later_posting_sees_what_an_earlier_one_of_the_request_left() -> None:
    planner, row = Planner("writeoff", TODAY), item(1, 100_00)
    first = planner.plan(posting(0, "60.00"), on_item(row))
    second = planner.plan(posting(1, "60.00"), on_item(row))
    third = planner.plan(posting(2, "40.00"), on_item(row))
    assert (codes(first), codes(second), codes(third)) == ([], ["exceedsRemaining"], [])
    assert planner.remaining == {1: 0}


def test_a_refused_posting_settles_nothing_and_leaves_the_remaining_amounts() -> None:
    planner = Planner("payment", TODAY)
    plan = planner.plan(posting(amount="10.00", postingDate="2026-04-01"), on_item(item(1, 100_00)))
    assert (codes(plan), plan.applications, plan.unapplied, planner.remaining) == (
        ["futureDate"],
        [],
        0,
        {1: 100_00},
    )


def test_a_posting_ref_used_earlier_in_the_request_is_a_duplicate() -> None:
    planner = Planner("payment", TODAY)
    planner.plan(posting(0), on_item(item(1, 100_00)))
    assert codes(planner.plan(posting(0), on_item(item(2, 100_00)))) == ["duplicate"]


def test_the_identifiers_broken_rule_is_the_postings_error() -> None:
    refused = [Violation("/autoPostings/0/arItemId", "AR item 9 does not exist", "notFound")]
    plan = Planner("payment", TODAY).plan(posting(), Found(refused=refused))
    assert plan.errors == refused


def test_a_posting_that_names_nothing_is_refused() -> None:
    wire = {"postingRef": "R", "postingDate": TODAY.isoformat(), "amount": "1.00"}
    assert codes(Planner("payment", TODAY).plan(Posting.of(0, wire), Found())) == ["required"]


def test_a_customer_payment_settles_the_items_open_at_its_date_oldest_due_first() -> None:
    items = [
        item(1, 30_00, due_date=date(2026, 2, 1)),
        item(2, 50_00, due_date=date(2026, 3, 1), document_date=date(2026, 4, 2)),  # dated after: not open
        item(3, 40_00, due_date=date(2026, 3, 10)),
    ]
    found = Found(Target(CUSTOMER), open_items=items)
    plan = Planner("payment", TODAY).plan(posting(amount="60.00", arItemId=None, customerNo="543210"), found)
    assert ([(i["id"], a) for i, a in plan.applications], plan.unapplied) == ([(1, 30_00), (3, 30_00)], 0)


def test_a_refund_beyond_the_customers_open_credit_is_refused() -> None:
    found = Found(Target(CUSTOMER | {"data": {"bankAccountNo": "x"}}), open_items=[item(1, -20_00)])
    plan = Planner("refund", TODAY).plan(posting(amount="30.00", arItemId=None, customerNo="543210"), found)
    assert codes(plan) == ["exceedsRemaining"]


def test_a_refund_to_a_customer_without_a_bank_account_names_one() -> None:
    plan = Planner("refund", TODAY).plan(posting(amount="10.00"), on_item(item(1, -20_00)))
    assert codes(plan) == ["required"]


def test_a_write_off_names_an_item_not_a_customer() -> None:
    plan = Planner("writeoff", TODAY).plan(
        posting(arItemId=None, customerNo="543210"), Found(Target(CUSTOMER))
    )
    assert codes(plan) == ["required"]


def test_a_payment_id_paid_before_is_a_conflict_and_a_reservation_for_another_item_a_mismatch() -> None:
    paid = {"id": 5, "payment_id": "P1", "status": reservations.PAID}
    reserved = {"id": 6, "payment_id": "P2", "status": reservations.ACTIVE, "ar_item_id": 2, "customer_id": 1,
                "amount": 100_00}  # fmt: skip
    planner = Planner("payment", TODAY)
    conflict = planner.plan(posting(0, paymentId="P1"), on_item(item(1, 100_00), stored_payment=paid))
    mismatch = planner.plan(posting(1, paymentId="P2"), on_item(item(1, 100_00), stored_payment=reserved))
    assert (codes(conflict), codes(mismatch)) == (["conflict"], ["mismatch"])


def test_a_payment_fulfilling_its_reservation_carries_it() -> None:
    reserved = {"id": 6, "payment_id": "P2", "status": reservations.ACTIVE, "ar_item_id": 1, "customer_id": 1,
                "amount": 100_00}  # fmt: skip
    plan = Planner("payment", TODAY).plan(
        posting(paymentId="P2"), on_item(item(1, 100_00), stored_payment=reserved)
    )
    assert (plan.errors, plan.reservation) == ([], reserved)


def test_a_payments_voucher_balances_and_its_applications_lower_the_debit_items() -> None:
    plan = Planner("payment", TODAY).plan(posting(amount="150.00"), on_item(item(1, 100_00)))
    plan.unapplied_item_id, plan.voucher_no = 7, 3
    entries = autopostings.entries("payment", plan)
    rows = autopostings.application_rows(2218, plan)
    assert sum(e.amount for e in entries) == 0
    assert [(e.account_no, e.amount, e.ar_item_id) for e in entries] == [
        ("1920", 150_00, None), ("1500", -100_00, 1), ("1500", -50_00, 7)
    ]  # fmt: skip
    assert [(r["ar_item_id"], r["amount"], r["voucher_no"]) for r in rows] == [(1, -100_00, 3)]


def test_a_customer_payment_settles_items_in_its_currency_and_a_refund_any_credit() -> None:
    assert autopostings.customer_items("payment", {"data": {}}, "NOK") == (True, "NOK")
    assert autopostings.customer_items("payment", {"data": {"currency": "SEK"}}, "NOK") == (True, "SEK")
    assert autopostings.customer_items("refund", {"data": {"currency": "SEK"}}, "NOK") == (False, None)
