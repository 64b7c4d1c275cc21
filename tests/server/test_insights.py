"""listAdbIntervals: the age distributed balance of the open AR items."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from armrest_server.domain import adb
from tests.support.app import CLIENTNO, Api
from tests.support.builders import (
    action_body,
    create_customer,
    create_document,
    line,
    posting,
    postings_body,
)

ADB = f"/clients/{CLIENTNO}/insights/adbintervals"


def _day(api: Api, offset: int = 0) -> str:
    return (api.services.today() + timedelta(days=offset)).isoformat()


def _ledger(api: Api, *ages: int, customer_no: str = "543210", amount: float = 100) -> list[int]:
    """One invoice of `amount` per age (days overdue today); answers the AR item ids."""
    create_customer(api, customer_no)
    return [
        create_document(
            api,
            f"{customer_no}-{n}",
            customer_no=customer_no,
            lines=[line(1, amount, vat_rate=0)],
            documentDate=_day(api, -age - 10),
            dueDate=_day(api, -age),
        )["arItemId"]
        for n, age in enumerate(ages)
    ]


def _adb(api: Api, query: str = "", status: int = 200) -> dict[str, Any]:
    response = api.get(f"{ADB}{query}")
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


def _counts(body: dict[str, Any]) -> list[int]:
    return [body["notDue"]["itemCount"], *(i["itemCount"] for i in body["intervals"])]


def test_interval_boundaries(api: Api) -> None:
    _ledger(api, 0, 1, 30, 31, 60, 61)
    body = _adb(api, "?intervallength=30&intervallength=30")
    assert _counts(body) == [1, 2, 2, 1]


def test_intervals_name_their_day_ranges(api: Api) -> None:
    body = _adb(api, "?intervallength=14&intervallength=16")
    assert [(i["fromDays"], i["toDays"]) for i in body["intervals"]] == [(1, 14), (15, 30), (31, None)]


def test_default_intervals_come_from_the_client_config(api: Api) -> None:
    body = _adb(api)
    assert [i["toDays"] for i in body["intervals"]] == [30, 60, 90, 180, None]


def test_buckets_add_up_to_the_total(api: Api) -> None:
    _ledger(api, -5, 3, 45, 200, amount=123.45)
    body = _adb(api, "?intervallength=30")
    parts = [body["notDue"]["amount"], *(i["amount"] for i in body["intervals"])]
    assert (round(sum(parts), 2), body["totalOpenAmount"], body["totalItemCount"]) == (493.8, 493.8, 4)


def test_debt_collection_bucket_takes_its_items_whatever_their_age(api: Api) -> None:
    items = _ledger(api, 10, 20)
    sent = api.post(f"/clients/{CLIENTNO}/actions/debtcollection", json=action_body(arItemId=items[0]))
    assert sent.status_code == 200, sent.text
    body = _adb(api, "?debtcollection=true&intervallength=30")
    assert (body["debtCollection"], _counts(body)) == ({"amount": 100, "itemCount": 1}, [0, 1, 0])


def test_without_debtcollection_the_bucket_is_null(api: Api) -> None:
    assert _adb(api)["debtCollection"] is None


def test_partly_paid_items_count_with_their_remaining_amount(api: Api) -> None:
    (item,) = _ledger(api, 10)
    paid = api.post(
        f"/clients/{CLIENTNO}/autopostings/payment",
        json=postings_body(posting("P", _day(api), 40, arItemId=item)),
    )
    assert paid.status_code == 201, paid.text
    assert _adb(api)["totalOpenAmount"] == 60


def test_as_of_a_date_before_a_payment_counts_the_amount_then_open(api: Api) -> None:
    (item,) = _ledger(api, 10)
    paid = api.post(
        f"/clients/{CLIENTNO}/autopostings/payment",
        json=postings_body(posting("P", _day(api), 100, arItemId=item)),
    )
    assert paid.status_code == 201, paid.text
    assert _adb(api, f"?asofdate={_day(api, -1)}")["totalOpenAmount"] == 100


def test_items_dated_after_the_date_are_not_counted(api: Api) -> None:
    _ledger(api, 10)  # documentDate 20 days ago
    assert _adb(api, f"?asofdate={_day(api, -21)}")["totalItemCount"] == 0


def test_customer_filter(api: Api) -> None:
    _ledger(api, 10)
    _ledger(api, 10, 10, customer_no="777")
    body = _adb(api, "?customerno=777")
    assert (body["customerNo"], body["totalItemCount"]) == ("777", 2)


def test_unknown_customer_answers_404(api: Api) -> None:
    _adb(api, "?customerno=nobody", 404)


def test_date_after_today_answers_422(api: Api) -> None:
    assert _adb(api, f"?asofdate={_day(api, 1)}", 422)["errors"][0]["pointer"] == "#/query/asofdate"


def test_other_currency_counts_nothing(api: Api) -> None:
    _ledger(api, 10)
    assert _adb(api, "?currency=SEK")["totalItemCount"] == 0


@pytest.mark.parametrize(
    ("age", "index"), [(-3, None), (0, None), (1, 0), (30, 0), (31, 1), (90, 2), (91, 3), (5000, 3)]
)
def test_bucket_of_age(age: int, index: int | None) -> None:
    assert adb.bucket_of(age, adb.intervals([30, 30, 30])) == index
