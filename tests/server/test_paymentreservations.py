"""createPaymentReservation: every way to name the target, the rules, and what a reservation holds."""

from __future__ import annotations

import itertools
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import BigInteger, Boolean, String, literal, select

from armrest_server.domain.targets import customer_kid
from armrest_server.store import reservations
from armrest_server.store.db import make_engine
from tests.support.app import CLIENTNO, Api, table_counts
from tests.support.builders import (
    action_body,
    create_customer,
    create_document,
    line,
    posting,
    postings_body,
    reservation_body,
)

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

RESERVATIONS = f"/clients/{CLIENTNO}/paymentreservations"


def _day(api: Api, offset: int = 0) -> str:
    return (api.services.today() + timedelta(days=offset)).isoformat()


def _invoice(
    api: Api, document_no: str = "100234", customer_no: str = "543210", **fields: Any
) -> dict[str, Any]:
    create_customer(api, customer_no)
    return create_document(
        api,
        document_no,
        customer_no=customer_no,
        lines=[line(1, 1000, vat_rate=0)],
        documentDate=_day(api, -30),
        dueDate=_day(api, -10),
        **fields,
    )


def _reserve(
    api: Api, status: int = 201, payment_id: str = "NETS-1", amount: float = 500, **target: Any
) -> dict[str, Any]:
    response = api.post(RESERVATIONS, json=reservation_body(payment_id, amount, **target))
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


def _code(body: dict[str, Any]) -> str:
    code: str = body["errors"][0]["code"]
    return code


def test_reservation_of_a_document_names_its_item(api: Api) -> None:
    doc = _invoice(api)
    body = _reserve(api, documentNo="100234")
    assert (body["arItemId"], body["customerNo"], body["result"]) == (doc["arItemId"], "543210", "CREATED")


def test_expiry_defaults_to_payment_date_plus_reservation_days(api: Api) -> None:
    _invoice(api)
    body = _reserve(api, documentNo="100234", paymentDate=_day(api, 3))
    assert body["expiresOn"] == _day(api, 3 + 14)


@pytest.mark.parametrize("name", ["arItemId", "documentNo", "documentUuid", "referenceNo", "kid"])
def test_every_document_identifier_names_the_item(sqlite_api: Api, name: str) -> None:
    doc = _invoice(sqlite_api, referenceNo="ORD-1")
    values = {"documentNo": "100234", "referenceNo": "ord-1", **doc}
    assert _reserve(sqlite_api, **{name: values[name]})["arItemId"] == doc["arItemId"]


@pytest.mark.parametrize("name", ["accountNo", "customerNo", "customerKid"])
def test_every_customer_identifier_names_the_customer(sqlite_api: Api, name: str) -> None:
    _invoice(sqlite_api)
    account_no = create_customer(sqlite_api, "543210")["accountNo"]
    values = {
        "accountNo": account_no,
        "customerNo": "543210",
        "customerKid": customer_kid(account_no, "MOD10"),
    }
    body = _reserve(sqlite_api, **{name: values[name]})
    assert (body["arItemId"], body["customerNo"]) == (None, "543210")


def test_identifiers_of_different_targets_answer_mismatch(api: Api) -> None:
    _invoice(api)
    create_customer(api, "999")
    assert _code(_reserve(api, 422, documentNo="100234", customerNo="999")) == "mismatch"


def test_reference_of_several_documents_is_ambiguous(api: Api) -> None:
    _invoice(api, "A1", referenceNo="ORD-1")
    _invoice(api, "A2", referenceNo="ORD-1")
    assert _code(_reserve(api, 422, referenceNo="ORD-1")) == "ambiguous"


def test_unknown_document_answers_not_found(api: Api) -> None:
    _invoice(api)
    assert _code(_reserve(api, 422, documentNo="nope")) == "notFound"


def test_kid_with_wrong_check_digit_answers_422(api: Api) -> None:
    _invoice(api)
    assert _code(_reserve(api, 422, kid="0001002345")) == "checkDigit"


def test_payment_id_is_unique(api: Api) -> None:
    _invoice(api)
    _reserve(api, documentNo="100234", amount=100)
    assert _code(_reserve(api, 422, customerNo="543210", amount=100)) == "conflict"


def test_amount_beyond_the_open_amount_fails(api: Api) -> None:
    _invoice(api)
    assert _code(_reserve(api, 422, documentNo="100234", amount=1000.01)) == "exceedsRemaining"


def test_expiry_before_today_fails(api: Api) -> None:
    _invoice(api)
    body = _reserve(api, 422, documentNo="100234", paymentDate=_day(api, -5), expiresOn=_day(api, -1))
    assert body["errors"][0]["pointer"] == "/paymentReservation/expiresOn"


def test_expiry_before_payment_date_fails(api: Api) -> None:
    _invoice(api)
    assert (
        _code(_reserve(api, 422, documentNo="100234", paymentDate=_day(api, 5), expiresOn=_day(api, 2)))
        == "dateRange"
    )


def test_item_already_reserved_fails(api: Api) -> None:
    _invoice(api)
    _reserve(api, documentNo="100234", payment_id="A", amount=100)
    assert _code(_reserve(api, 422, documentNo="100234", payment_id="B", amount=100)) == "reserved"


def test_customer_whose_items_are_all_reserved_fails(api: Api) -> None:
    _invoice(api)
    _reserve(api, documentNo="100234", payment_id="A", amount=100)
    assert _code(_reserve(api, 422, customerNo="543210", payment_id="B", amount=100)) == "nothingOpen"


def test_item_in_debt_collection_cannot_be_reserved(api: Api) -> None:
    _invoice(api)
    sent = api.post(f"/clients/{CLIENTNO}/actions/debtcollection", json=action_body(documentNo="100234"))
    assert sent.status_code == 200, sent.text
    assert _code(_reserve(api, 422, documentNo="100234")) == "inDebtCollection"


def test_refused_reservation_changes_nothing(api: Api) -> None:
    _invoice(api)
    before = table_counts(api)
    _reserve(api, 422, documentNo="100234", amount=5000)
    assert table_counts(api) == before


def test_reserved_item_shows_the_reservation(api: Api) -> None:
    doc = _invoice(api)
    _reserve(api, documentNo="100234", payment_id="NETS-7", amount=250)
    item = api.get(f"/clients/{CLIENTNO}/aritems/{doc['arItemId']}").json()
    assert item["paymentReservation"] == {"paymentId": "NETS-7", "amount": 250, "expiresOn": _day(api, 14)}


def test_reservation_holds_debt_collection(api: Api) -> None:
    _invoice(api)
    _reserve(api, customerNo="543210")
    refused = api.post(f"/clients/{CLIENTNO}/actions/debtcollection", json=action_body(documentNo="100234"))
    assert (refused.status_code, _code(refused.json())) == (422, "reserved")


def test_the_payment_with_the_payment_id_ends_the_hold(api: Api) -> None:
    doc = _invoice(api)
    _reserve(api, documentNo="100234", payment_id="NETS-5", amount=100)
    paid = api.post(
        f"/clients/{CLIENTNO}/autopostings/payment",
        json=postings_body(posting("P", _day(api), 100, arItemId=doc["arItemId"], paymentId="NETS-5")),
    )
    assert paid.status_code == 201, paid.text
    sent = api.post(f"/clients/{CLIENTNO}/actions/debtcollection", json=action_body(documentNo="100234"))
    assert sent.status_code == 200, sent.text


def test_customer_kid_is_the_account_number_and_its_check_digit() -> None:
    assert (customer_kid(500002, "MOD10"), customer_kid(500002, "MOD10", 10)) == ("5000021", "0005000021")


def _pay(api: Api, amount: float, payment_id: str, **target: Any) -> Any:
    return api.post(
        f"/clients/{CLIENTNO}/autopostings/payment",
        json=postings_body(posting("P", _day(api), amount, paymentId=payment_id, **target)),
    )


def _problem(response: Any) -> tuple[int, str, str]:
    error = response.json()["errors"][0]
    return response.status_code, error["pointer"], error["code"]


def test_a_payment_for_another_item_cannot_fulfil_the_reservation(api: Api) -> None:
    _invoice(api)
    other = _invoice(api, "100235", "543211")
    _reserve(api, documentNo="100234", payment_id="NETS-5", amount=100)
    before = table_counts(api)
    paid = _pay(api, 100, "NETS-5", arItemId=other["arItemId"])
    assert (_problem(paid), table_counts(api)) == ((422, "/autoPostings/0/arItemId", "mismatch"), before)


def test_a_payment_for_another_customer_cannot_fulfil_a_customer_reservation(api: Api) -> None:
    _invoice(api)
    _invoice(api, "100235", "543211")
    _reserve(api, customerNo="543210", payment_id="NETS-5", amount=100)
    paid = _pay(api, 100, "NETS-5", customerNo="543211")
    assert _problem(paid) == (422, "/autoPostings/0/customerNo", "mismatch")


def test_a_payment_of_another_amount_cannot_fulfil_the_reservation(api: Api) -> None:
    doc = _invoice(api)
    _reserve(api, documentNo="100234", payment_id="NETS-5", amount=100)
    paid = _pay(api, 99.99, "NETS-5", arItemId=doc["arItemId"])
    assert _problem(paid) == (422, "/autoPostings/0/amount", "mismatch")


def test_a_payment_of_an_item_of_the_reserving_customer_fulfils_it(api: Api) -> None:
    _invoice(api)
    second = create_document(
        api, "100236", customer_no="543210", lines=[line(1, 300, vat_rate=0)], documentDate=_day(api, -5)
    )
    reservation = _reserve(api, customerNo="543210", payment_id="NETS-5", amount=100)
    assert _held(api, second)["paymentId"] == "NETS-5"
    assert _pay(api, 100, "NETS-5", arItemId=second["arItemId"]).status_code == 201
    item = api.get(f"/clients/{CLIENTNO}/aritems/{second['arItemId']}").json()
    assert (item["remainingAmount"], item["paymentReservation"]) == (200, None)  # paid, held no more
    assert _reservation_status(api, reservation["reservationId"]) == "CONSUMED"


def _reservation_status(api: Api, reservation_id: int) -> str:
    from sqlalchemy import select

    from armrest_server.store.tables import payment_reservations as r

    with api.services.engine.connect() as conn:
        query = select(r.c.status).where(r.c.clientno == CLIENTNO, r.c.id == reservation_id)
        return str(conn.execute(query).scalar_one())


def _held(api: Api, item: dict[str, Any]) -> Any:
    return api.get(f"/clients/{CLIENTNO}/aritems/{item['arItemId']}").json()["paymentReservation"]


def test_a_customer_reservation_holds_none_of_the_items_closed_before_it(api: Api) -> None:
    paid = _invoice(api)
    assert _pay(api, 1000, "BANK-1", arItemId=paid["arItemId"]).status_code == 201
    still_open = create_document(
        api, "100236", customer_no="543210", lines=[line(1, 300, vat_rate=0)], documentDate=_day(api, -5)
    )
    _reserve(api, customerNo="543210", payment_id="NETS-5", amount=100)
    assert (_held(api, paid), _held(api, still_open)["paymentId"]) == (None, "NETS-5")


def test_an_item_closed_while_reserved_is_held_no_more(api: Api) -> None:
    doc = _invoice(api)
    _reserve(api, documentNo="100234", payment_id="NETS-5", amount=100)
    assert _pay(api, 1000, "BANK-1", arItemId=doc["arItemId"]).status_code == 201
    assert _held(api, doc) is None


# Every state of the columns the rule reads: the SQL of `holding` and a named item's check agree.
ITEM_STATES = [
    {"status": status, "remaining_amount": remaining, "in_debt_collection": collected}
    for status, remaining, collected in itertools.product(("OPEN", "CLOSED"), (-100, 0, 100), (False, True))
]


def test_the_query_and_the_check_of_what_a_reservation_may_hold_agree(database_url: str) -> None:
    engine = make_engine(database_url)
    types = {"status": String(10), "remaining_amount": BigInteger(), "in_debt_collection": Boolean()}
    try:
        with engine.connect() as conn:
            conditions = [
                reservations.holdable({name: literal(value, types[name]) for name, value in state.items()})
                for state in ITEM_STATES
            ]
            in_sql = [bool(conn.execute(select(condition)).scalar()) for condition in conditions]
    finally:
        engine.dispose()
    in_python = [reservations.refusal(state) is None for state in ITEM_STATES]
    assert in_sql == in_python
    assert in_python.count(True) == 1  # open, debit, not in debt collection
