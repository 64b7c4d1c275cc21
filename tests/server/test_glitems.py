"""GL items: read-only entries of balanced vouchers, in the reader's language, with every filter."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from armrest_server.domain import gl
from tests.support.app import CLIENTNO, OTHER_CLIENTNO, Api
from tests.support.ledger import add_ar_item, add_customer, add_document, invoice, post

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

PATH = f"/clients/{CLIENTNO}/glitems"
MARCH = date(2026, 3, 12)


def items(api: Api, query: str = "", **kwargs: Any) -> list[dict[str, Any]]:
    response = api.get(f"{PATH}?{query}", **kwargs)
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()["glItems"]
    return found


def test_an_invoice_voucher_reads_back_in_full(api: Api) -> None:
    document_id = add_document(api, "100234")
    customer_id = add_customer(api)
    voucher = invoice(api, 125000, MARCH, document_id=document_id, customer_id=customer_id)
    first = items(api)[0]
    first.pop("glItemId")
    first.pop("createdAt")
    assert first == {
        "voucherNo": voucher,
        "glYear": 2026,
        "glPeriod": 3,
        "postingDate": "2026-03-12",
        "accountNo": "1500",
        "accountName": "Kundefordringer",
        "amount": 1250,
        "text": "Faktura 100234",
        "documentNo": "100234",
        "arItemId": None,
        "customerNo": "543210",
        "source": "DOCUMENT",
    }


def test_get_one_item(api: Api) -> None:
    invoice(api, 125000, MARCH)
    listed = items(api)[1]
    assert api.get(f"{PATH}/{listed['glItemId']}").json() == listed


def test_amounts_are_signed_and_a_voucher_sums_to_zero(api: Api) -> None:
    voucher = invoice(api, 125000, MARCH)
    amounts = [i["amount"] for i in items(api, f"voucherno={voucher}")]
    assert (amounts, sum(amounts)) == ([1250, -1000, -250], 0)


def test_english_names_and_texts(api: Api) -> None:
    invoice(api, 125000, MARCH)
    first = items(api, headers={"Accept-Language": "en"})[0]
    assert (first["accountName"], first["text"]) == ("Accounts receivable", "Invoice 100234")


@pytest.mark.parametrize("header", ["nb", "nn-NO", "de, fr;q=0.5", "no"])
def test_other_languages_read_norwegian(api: Api, header: str) -> None:
    invoice(api, 125000, MARCH)
    item = api.get(f"{PATH}/{items(api)[1]['glItemId']}", headers={"Accept-Language": header}).json()
    assert (item["accountName"], item["text"]) == ("Salgsinntekt", "Faktura 100234")


def test_a_text_a_user_wrote_is_answered_as_written(api: Api) -> None:
    post(api, [("1920", 300000), ("1500", -300000)], MARCH, text="Innbetaling fra Ola Nordmann")
    assert items(api, headers={"Accept-Language": "en"})[0]["text"] == "Innbetaling fra Ola Nordmann"


@pytest.mark.parametrize(
    ("stored", "no", "en"),
    [
        ("Faktura 100234", "Faktura 100234", "Invoice 100234"),
        ("Credit note 7", "Kreditnota 7", "Credit note 7"),
        ("Kreditnota for 100234", "Kreditnota for 100234", "Credit note for 100234"),
        ("Purring", "Purring", "Reminder"),
        ("Fakturaer 1", "Fakturaer 1", "Fakturaer 1"),
    ],
)
def test_texts_the_server_writes_are_translated(stored: str, no: str, en: str) -> None:
    assert (gl.text(stored, "no"), gl.text(stored, "en")) == (no, en)


def test_a_posting_in_a_closed_period_moves_to_the_first_open_day(api: Api) -> None:
    # On 2026-04-14 with 10 lock days, March is closed (from 2026-04-11): April is the first open period.
    invoice(api, 125000, date(2026, 3, 5), today=date(2026, 4, 14))
    first = items(api)[0]
    assert (first["postingDate"], first["glYear"], first["glPeriod"]) == ("2026-04-01", 2026, 4)


def test_items_are_listed_in_posting_order(api: Api) -> None:
    invoice(api, 125000, date(2026, 3, 20))
    invoice(api, 50000, date(2026, 3, 1))
    ids = [i["glItemId"] for i in items(api)]
    assert ids == sorted(ids)


# --- filters ---------------------------------------------------------------------------------------
@pytest.fixture
def ledger(api: Api) -> dict[str, int]:
    """Three vouchers: Jan 2025, Mar 2025 and Mar 2026, the last for document 100234 and an AR item."""
    document_id = add_document(api, "100234")
    ar_item_id = add_ar_item(api, document_id)
    return {
        "jan25": invoice(api, 10000, date(2025, 1, 10)),
        "mar25": invoice(api, 20000, date(2025, 3, 10)),
        "mar26": invoice(api, 125000, MARCH, document_id=document_id, ar_item_id=ar_item_id),
        "ar_item_id": ar_item_id,
    }


def vouchers(api: Api, query: str) -> set[int]:
    return {i["voucherNo"] for i in items(api, query)}


def test_filter_by_year(api: Api, ledger: dict[str, int]) -> None:
    assert vouchers(api, "glyear=2025") == {ledger["jan25"], ledger["mar25"]}


def test_a_period_alone_matches_that_month_of_every_year(api: Api, ledger: dict[str, int]) -> None:
    assert vouchers(api, "glperiod=3") == {ledger["mar25"], ledger["mar26"]}


def test_filter_by_year_and_period(api: Api, ledger: dict[str, int]) -> None:
    assert vouchers(api, "glyear=2025&glperiod=3") == {ledger["mar25"]}


def test_filter_by_account(api: Api, ledger: dict[str, int]) -> None:
    assert {i["accountNo"] for i in items(api, "accountno=2700")} == {"2700"}


def test_filter_by_document_is_case_insensitive(api: Api) -> None:
    document_id = add_document(api, "INV-7")
    voucher = invoice(api, 125000, MARCH, document_id=document_id)
    invoice(api, 10000, MARCH)
    assert vouchers(api, "documentno=inv-7") == {voucher}


def test_filter_by_ar_item(api: Api, ledger: dict[str, int]) -> None:
    assert vouchers(api, f"aritemid={ledger['ar_item_id']}") == {ledger["mar26"]}


def test_filter_by_voucher(api: Api, ledger: dict[str, int]) -> None:
    assert len(items(api, f"voucherno={ledger['mar25']}")) == 3


def test_date_bounds_are_inclusive(api: Api, ledger: dict[str, int]) -> None:
    assert vouchers(api, "fromdate=2025-03-10&todate=2026-03-12") == {ledger["mar25"], ledger["mar26"]}


def test_filters_combine(api: Api, ledger: dict[str, int]) -> None:
    assert len(items(api, "glperiod=3&accountno=1500&todate=2025-12-31")) == 1


def test_fromdate_after_todate_answers_422(api: Api) -> None:
    response = api.get(f"{PATH}?fromdate=2026-03-02&todate=2026-03-01")
    assert (response.status_code, response.json()["errors"][0]["pointer"]) == (422, "#/query/fromdate")


@pytest.mark.parametrize("query", ["glperiod=13", "glyear=1999", "accountno=15", "voucherno=0"])
def test_filters_beyond_the_schema_answer_400(api: Api, query: str) -> None:
    assert api.get(f"{PATH}?{query}").status_code == 400


def test_pages_follow_the_frozen_query(api: Api, ledger: dict[str, int]) -> None:
    first = api.get(f"{PATH}?pagesize=5").json()
    second = api.get(f"{PATH}?query={first['summary']['queryId']}&pageno=2").json()
    ids = [i["glItemId"] for i in first["glItems"] + second["glItems"]]
    assert (first["summary"]["totalCount"], len(ids), ids == sorted(ids)) == (9, 9, True)


# --- 404 and other clients -------------------------------------------------------------------------
def test_an_unknown_item_answers_404(api: Api) -> None:
    assert api.get(f"{PATH}/48211").status_code == 404


def test_items_of_another_client_are_invisible(api: Api) -> None:
    invoice(api, 125000, MARCH, clientno=OTHER_CLIENTNO)
    other = api.services.authority.issue("tester", [OTHER_CLIENTNO]).access_token
    item_id = api.get(f"/clients/{OTHER_CLIENTNO}/glitems", token=other).json()["glItems"][0]["glItemId"]
    assert (items(api), api.get(f"{PATH}/{item_id}").status_code) == ([], 404)
