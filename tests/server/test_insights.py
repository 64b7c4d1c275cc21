"""listAdbIntervals: the age distributed balance of the open AR items."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from armrest_server.domain import adb, config, ledger
from armrest_server.store import clients
from tests.support.app import CLIENTNO, Api
from tests.support.builders import (
    action_body,
    create_customer,
    create_document,
    line,
    posting,
    postings_body,
)

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

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


def _gl_receivables_at(api: Api, day: str) -> float:
    """GL account 1500 at a date, summed from listGlItems (every page)."""
    body = api.get(f"/clients/{CLIENTNO}/glitems?accountno=1500&todate={day}&pagesize=1000").json()
    return round(sum(item["amount"] for item in body["glItems"]), 2)


def _ar_report_total_at(api: Api, day: str) -> float:
    """The open AR at a date as the aritems report computes it."""
    from armrest_server.domain import reports
    from armrest_server.store import insights

    request = reports.Request("aritems", day, include_sum=True)
    with api.services.engine.connect() as conn:
        content = reports.aritems_report(request, insights.items_at(conn, CLIENTNO, date.fromisoformat(day)))
    return float(content.decode().splitlines()[-1].split(";")[9])


def test_adb_open_ar_and_gl_receivables_agree_at_every_date_with_future_dated_entries(api: Api) -> None:
    """One definition of "open at a date": documents and applications dated after it do not count,
    in the ADB, the AR items report and the GL alike (dates from the first open GL period on; a
    document dated in a closed period is posted in the first open one)."""
    create_customer(api, "543210")
    invoice = dict(customer_no="543210", documentDate=_day(api, -20), dueDate=_day(api, -5))
    create_document(api, "A", lines=[line(1, 100, vat_rate=0)], **invoice)
    create_document(api, "B", lines=[line(1, 80, vat_rate=0)], **invoice)
    future = dict(customer_no="543210", documentDate=_day(api, 7), dueDate=_day(api, 30))
    create_document(api, "F", lines=[line(1, 200, vat_rate=0)], **future)
    credit = dict(customer_no="543210", document_type="CREDITNOTE", lines=[line(1, 30, vat_rate=0)])
    create_document(api, "CA", creditedDocumentNo="A", documentDate=_day(api, 3), **credit)
    create_document(api, "CF", creditedDocumentNo="F", documentDate=_day(api, 9), **credit)
    create_document(api, "CB", creditedDocumentNo="B", documentDate=_day(api, -2), **credit)
    paid = postings_body(posting("P", _day(api, -1), 150, customerNo="543210"))
    assert api.post(f"/clients/{CLIENTNO}/autopostings/payment", json=paid).status_code == 201
    with api.services.engine.connect() as conn:
        lock_days = int(config.Config(clients.config_overrides(conn, CLIENTNO)).value("glPeriodLockDays"))
    first_open = ledger.latest_closed(api.services.today(), lock_days).next().first_day
    days = [_day(api, n) for n in range(-20, 1)] + [_day(api, n) for n in (3, 7, 9, 40)]
    days = [d for d in days if d >= first_open.isoformat()] or [_day(api)]
    for day in days:
        gl, ar = _gl_receivables_at(api, day), _ar_report_total_at(api, day)
        adb_total = _adb(api, f"?asofdate={day}")["totalOpenAmount"] if day <= _day(api) else ar
        assert (day, adb_total, ar) == (day, gl, gl)


def test_a_payment_does_not_settle_an_item_dated_after_it(api: Api) -> None:
    create_customer(api, "543210")
    later = create_document(
        api, "F", customer_no="543210", lines=[line(1, 200, vat_rate=0)], documentDate=_day(api, 7)
    )
    named = api.post(
        f"/clients/{CLIENTNO}/autopostings/payment",
        json=postings_body(posting("P", _day(api), 50, arItemId=later["arItemId"])),
    )
    error = named.json()["errors"][0]
    assert (named.status_code, error["pointer"], error["code"]) == (
        422,
        "/autoPostings/0/arItemId",
        "notOpen",
    )
    by_customer = api.post(
        f"/clients/{CLIENTNO}/autopostings/payment",
        json=postings_body(posting("Q", _day(api), 50, customerNo="543210")),
    )
    assert by_customer.json()["autoPostings"][0]["applications"] == []
