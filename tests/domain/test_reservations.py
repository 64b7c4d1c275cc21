"""The payment reservation rules on plain rows: dates, what a reservation may hold, the amount."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from armrest_server.domain import reservations
from armrest_server.domain.rules import Rejected
from armrest_server.domain.targets import Target

TODAY = date(2026, 3, 31)
CUSTOMER = {"id": 1, "customer_no": "543210", "data": {}}


def refused(call: Any, *args: Any) -> list[tuple[str, str]]:
    with pytest.raises(Rejected) as rejected:
        call(*args)
    return [(v.pointer, v.code) for v in rejected.value.violations]


def test_the_payment_date_defaults_to_today_and_the_expiry_to_the_clients_reservation_days() -> None:
    assert reservations.dates({}, TODAY, 14) == (TODAY, date(2026, 4, 14))


def test_an_expiry_before_today_or_before_the_payment_date_is_refused() -> None:
    assert refused(reservations.dates, {"expiresOn": "2026-03-30"}, TODAY, 14) == [
        ("/paymentReservation/expiresOn", "pastDate")
    ]
    late = {"paymentDate": "2026-05-01", "expiresOn": "2026-04-30"}
    assert refused(reservations.dates, late, TODAY, 14) == [("/paymentReservation/expiresOn", "dateRange")]


def test_a_default_expiry_beyond_the_last_supported_day_asks_for_one() -> None:
    assert refused(reservations.dates, {"paymentDate": "2100-12-25"}, TODAY, 14) == [
        ("/paymentReservation/paymentDate", "dateRange")
    ]


def test_a_used_payment_id_is_a_conflict() -> None:
    assert refused(reservations.check_payment_id, "P1", {"id": 3}) == [
        ("/paymentReservation/paymentId", "conflict")
    ]


def test_an_item_a_reservation_may_not_hold_or_that_another_holds_is_refused() -> None:
    item = {"id": 7, "remaining_amount": 100_00}
    assert refused(reservations.covered_item, item, "inDebtCollection", None, "arItemId") == [
        ("/paymentReservation/arItemId", "inDebtCollection")
    ]
    assert refused(reservations.covered_item, item, None, {"payment_id": "P0"}, "arItemId") == [
        ("/paymentReservation/arItemId", "reserved")
    ]
    assert reservations.covered_item(item, None, None, "arItemId") == reservations.Covered([7], 100_00)


def test_a_customer_reservation_holds_the_items_no_other_holds() -> None:
    items = [
        {"id": 9, "remaining_amount": 50_00},
        {"id": 8, "remaining_amount": 30_00},
        {"id": 5, "remaining_amount": 1},
    ]
    covered = reservations.covered_items(CUSTOMER, items, {5: {"payment_id": "P0"}}, "customerNo")
    assert covered == reservations.Covered([8, 9], 80_00)
    assert refused(reservations.covered_items, CUSTOMER, items[2:], {5: {}}, "customerNo") == [
        ("/paymentReservation/customerNo", "nothingOpen")
    ]


def test_the_amount_may_not_exceed_what_the_reservation_holds() -> None:
    covered = reservations.Covered([8], 80_00)
    assert reservations.amount_of({"amount": 80}, covered) == 80_00
    assert refused(reservations.amount_of, {"amount": 80.01}, covered) == [
        ("/paymentReservation/amount", "exceedsRemaining")
    ]


def test_the_stored_reservation_names_its_item_and_customer_and_is_active() -> None:
    row = reservations.row(2218, {"paymentId": "P1"}, Target(CUSTOMER, {"id": 7}), 100, TODAY, TODAY)
    assert (row["ar_item_id"], row["customer_id"], row["status"]) == (7, 1, reservations.ACTIVE)


def test_the_identifiers_are_named_documents_first_with_their_pointers() -> None:
    assert reservations.named({"customerNo": "543210", "kid": "0001002344"}) == [
        ("documentKid", "0001002344", "/paymentReservation/kid"),
        ("customerNo", "543210", "/paymentReservation/customerNo"),
    ]
