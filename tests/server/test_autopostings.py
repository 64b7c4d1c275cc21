"""createAutoPostings: payments, write-offs and refunds; all or nothing; dry runs."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from armrest_server.domain.targets import customer_kid
from armrest_server.store.tables import ar_applications, ar_items, gl_entries, log_items, payment_reservations
from tests.support.app import CLIENTNO, Api, table_counts
from tests.support.builders import (
    BANK_ACCOUNT_NO,
    create_customer,
    create_document,
    line,
    posting,
    postings_body,
    reservation_body,
)

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

PAYMENTS = f"/clients/{CLIENTNO}/autopostings/payment"
WRITEOFFS = f"/clients/{CLIENTNO}/autopostings/writeoff"
REFUNDS = f"/clients/{CLIENTNO}/autopostings/refund"


def _day(api: Api, offset: int = 0) -> str:
    return (api.services.today() + timedelta(days=offset)).isoformat()


def _ledger(api: Api, *amounts: float, customer_no: str = "543210", **customer: Any) -> list[dict[str, Any]]:
    """A customer with one invoice per amount, 40 days old and overdue, the first due first."""
    create_customer(api, customer_no, **customer)
    return [
        create_document(
            api,
            f"{customer_no}-{n}",
            customer_no=customer_no,
            lines=[line(1, amount, vat_rate=0)],
            documentDate=_day(api, -40),
            dueDate=_day(api, -20 + n),
        )
        for n, amount in enumerate(amounts)
    ]


def _item(api: Api, item_id: int) -> dict[str, Any]:
    with api.services.engine.connect() as conn:
        return dict(conn.execute(select(ar_items).where(ar_items.c.id == item_id)).mappings().one())


def _voucher(api: Api, voucher_no: int) -> dict[str, int]:
    """Account -> sum of the voucher's entries on it (øre)."""
    with api.services.engine.connect() as conn:
        rows = conn.execute(
            select(gl_entries.c.account_no, gl_entries.c.amount).where(
                gl_entries.c.clientno == CLIENTNO, gl_entries.c.voucher_no == voucher_no
            )
        ).all()
    sums: dict[str, int] = {}
    for account, amount in rows:
        sums[account] = sums.get(account, 0) + amount
    return sums


def _post(api: Api, path: str, *postings: dict[str, Any], status: int = 201) -> dict[str, Any]:
    response = api.post(path, json=postings_body(*postings))
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


def _error_codes(body: dict[str, Any]) -> list[str]:
    return [e["code"] for e in body["errors"]]


# --- payment --------------------------------------------------------------------------------------
def test_payment_by_document_no_is_applied_to_its_item(api: Api) -> None:
    (doc,) = _ledger(api, 1000)
    body = _post(api, PAYMENTS, posting("P1", _day(api), 400, documentNo=doc["documentNo"]))
    assert body["autoPostings"][0]["applications"] == [{"arItemId": doc["arItemId"], "amount": 400}]
    assert _item(api, doc["arItemId"])["remaining_amount"] == 60000


def test_payment_voucher_debits_bank_and_credits_receivables(api: Api) -> None:
    (doc,) = _ledger(api, 1000)
    body = _post(api, PAYMENTS, posting("P1", _day(api), 1250.5, arItemId=doc["arItemId"]))
    assert _voucher(api, body["autoPostings"][0]["voucherNo"]) == {"1920": 125050, "1500": -125050}


def test_overpayment_closes_the_item_and_leaves_an_unapplied_credit(api: Api) -> None:
    (doc,) = _ledger(api, 1000)
    body = _post(api, PAYMENTS, posting("P1", _day(api, -1), 1250, documentNo=doc["documentNo"]))
    result = body["autoPostings"][0]
    paid, credit = _item(api, doc["arItemId"]), _item(api, result["unappliedArItemId"])
    assert (paid["status"], paid["closed_date"], paid["remaining_amount"]) == (
        "CLOSED",
        date.fromisoformat(_day(api, -1)),
        0,
    )
    assert (credit["original_amount"], credit["document_id"], credit["document_type"]) == (
        -25000,
        None,
        "PAYMENT",
    )


def test_customer_payment_settles_oldest_due_date_first(api: Api) -> None:
    docs = _ledger(api, 300, 500, 700)
    body = _post(api, PAYMENTS, posting("P1", _day(api), 600, customerNo="543210"))
    assert body["autoPostings"][0]["applications"] == [
        {"arItemId": docs[0]["arItemId"], "amount": 300},
        {"arItemId": docs[1]["arItemId"], "amount": 300},
    ]


def test_payment_by_document_kid(api: Api) -> None:
    (doc,) = _ledger(api, 1000)
    body = _post(api, PAYMENTS, posting("P1", _day(api), 100, kid=doc["kid"]))
    assert body["autoPostings"][0]["applications"][0]["arItemId"] == doc["arItemId"]


def test_payment_by_customer_kid_pays_the_customer(api: Api) -> None:
    (doc,) = _ledger(api, 1000)
    account_no = create_customer(api, "543210")["accountNo"]
    kid = customer_kid(account_no, "MOD10", 10)
    body = _post(api, PAYMENTS, posting("P1", _day(api), 100, kid=kid))
    assert body["autoPostings"][0]["applications"] == [{"arItemId": doc["arItemId"], "amount": 100}]


def test_a_customer_kid_beyond_any_account_number_names_no_one(api: Api) -> None:
    _ledger(api, 1000)
    counts = table_counts(api)
    kid = customer_kid(10**24 - 1, "MOD10")  # 25 digits: an account number no BIGINT holds
    answer = api.post(PAYMENTS, json=postings_body(posting("P1", _day(api), 100, kid=kid)))
    assert (answer.status_code, answer.json()["autoPostings"][0]["resultType"], table_counts(api)) == (
        422,
        "FAILED",
        counts,
    )


def test_later_posting_sees_the_earlier_one(api: Api) -> None:
    (doc,) = _ledger(api, 1000)
    body = _post(
        api,
        PAYMENTS,
        posting("P1", _day(api), 600, arItemId=doc["arItemId"]),
        posting("P2", _day(api), 600, arItemId=doc["arItemId"]),
    )
    assert body["autoPostings"][1]["applications"] == [{"arItemId": doc["arItemId"], "amount": 400}]


def test_payment_to_a_closed_item_fails(api: Api) -> None:
    (doc,) = _ledger(api, 100)
    _post(api, PAYMENTS, posting("P1", _day(api), 100, arItemId=doc["arItemId"]))
    body = _post(api, PAYMENTS, posting("P2", _day(api), 10, arItemId=doc["arItemId"]), status=422)
    assert _error_codes(body) == ["notOpen"]


def test_identifiers_that_disagree_fail_with_mismatch(api: Api) -> None:
    docs = _ledger(api, 100, 200)
    body = _post(
        api,
        PAYMENTS,
        posting("P1", _day(api), 10, arItemId=docs[0]["arItemId"], documentNo=docs[1]["documentNo"]),
        status=422,
    )
    assert _error_codes(body) == ["mismatch"]


def test_unknown_item_fails_with_not_found(api: Api) -> None:
    _ledger(api, 100)
    body = _post(api, PAYMENTS, posting("P1", _day(api), 10, arItemId=999999), status=422)
    assert body["errors"][0] == {
        "pointer": "/autoPostings/0/arItemId",
        "message": "AR item 999999 does not exist",
        "code": "notFound",
    }


def test_posting_without_a_target_fails(api: Api) -> None:
    _ledger(api, 100)
    body = _post(api, PAYMENTS, posting("P1", _day(api), 10), status=422)
    assert _error_codes(body) == ["required"]


def test_future_posting_date_fails(api: Api) -> None:
    (doc,) = _ledger(api, 100)
    body = _post(api, PAYMENTS, posting("P1", _day(api, 1), 10, arItemId=doc["arItemId"]), status=422)
    assert _error_codes(body) == ["futureDate"]


def test_repeated_posting_ref_fails(api: Api) -> None:
    (doc,) = _ledger(api, 100)
    item = doc["arItemId"]
    body = _post(
        api,
        PAYMENTS,
        posting("P1", _day(api), 1, arItemId=item),
        posting("P1", _day(api), 1, arItemId=item),
        status=422,
    )
    assert [r["resultType"] for r in body["autoPostings"]] == ["BATCH-REJECTED", "FAILED"]


def test_bank_account_with_wrong_check_digit_fails(api: Api) -> None:
    (doc,) = _ledger(api, 100)
    body = _post(
        api,
        PAYMENTS,
        posting("P1", _day(api), 10, arItemId=doc["arItemId"], bankAccountNo="86011117948"),
        status=422,
    )
    assert _error_codes(body) == ["checkDigit"]


def test_payment_id_cannot_be_used_twice(api: Api) -> None:
    (doc,) = _ledger(api, 1000)
    _post(api, PAYMENTS, posting("P1", _day(api), 10, arItemId=doc["arItemId"], paymentId="NETS-1"))
    body = _post(
        api, PAYMENTS, posting("P2", _day(api), 10, arItemId=doc["arItemId"], paymentId="NETS-1"), status=422
    )
    assert _error_codes(body) == ["conflict"]


def test_payment_id_repeated_in_one_request_fails(api: Api) -> None:
    (doc,) = _ledger(api, 1000)
    item = doc["arItemId"]
    body = _post(
        api,
        PAYMENTS,
        posting("P1", _day(api), 10, arItemId=item, paymentId="NETS-1"),
        posting("P2", _day(api), 10, arItemId=item, paymentId="NETS-1"),
        status=422,
    )
    assert body["autoPostings"][1]["errors"][0]["code"] == "conflict"


def test_payment_fulfils_the_reservation_with_its_payment_id(api: Api) -> None:
    (doc,) = _ledger(api, 1000)
    reserved = api.post(
        f"/clients/{CLIENTNO}/paymentreservations",
        json=reservation_body("NETS-9", 500, arItemId=doc["arItemId"]),
    )
    assert reserved.status_code == 201, reserved.text
    _post(api, PAYMENTS, posting("P1", _day(api), 500, arItemId=doc["arItemId"], paymentId="NETS-9"))
    with api.services.engine.connect() as conn:
        status = conn.execute(
            select(payment_reservations.c.status).where(payment_reservations.c.payment_id == "NETS-9")
        ).scalar_one()
    assert status == "CONSUMED"


# --- all or nothing, dry runs ---------------------------------------------------------------------
def test_one_failing_posting_rejects_the_request_and_writes_nothing(api: Api) -> None:
    (doc,) = _ledger(api, 1000)
    before = table_counts(api)
    body = _post(
        api,
        PAYMENTS,
        posting("P1", _day(api), 10, arItemId=doc["arItemId"]),
        posting("P2", _day(api), 10, arItemId=424242),
        status=422,
    )
    assert ([r["resultType"] for r in body["autoPostings"]], table_counts(api)) == (
        ["BATCH-REJECTED", "FAILED"],
        before,
    )


def test_validate_only_answers_what_would_be_applied_and_writes_nothing(api: Api) -> None:
    (doc,) = _ledger(api, 1000)
    before = table_counts(api)
    body = _post(
        api, PAYMENTS, posting("P1", _day(api), 10, arItemId=doc["arItemId"], validateOnly=True), status=200
    )
    result = body["autoPostings"][0]
    assert (body["status"], result["resultType"], result["applications"], table_counts(api)) == (
        "VALIDATED",
        "VALIDATED",
        [{"arItemId": doc["arItemId"], "amount": 10}],
        before,
    )


def test_validate_only_reports_failures_as_422(api: Api) -> None:
    _ledger(api, 1000)
    body = _post(api, PAYMENTS, posting("P1", _day(api), 10, arItemId=424242, validateOnly=True), status=422)
    assert body["autoPostings"][0]["resultType"] == "FAILED"


def test_a_posted_request_leaves_one_log_item(api: Api) -> None:
    docs = _ledger(api, 100, 100)
    with api.services.engine.connect() as conn:
        before = len(conn.execute(select(log_items.c.id)).all())
    _post(
        api, PAYMENTS, *(posting(f"P{n}", _day(api), 10, arItemId=d["arItemId"]) for n, d in enumerate(docs))
    )
    with api.services.engine.connect() as conn:
        assert len(conn.execute(select(log_items.c.id)).all()) == before + 1


# --- write-off ------------------------------------------------------------------------------------
def test_writeoff_debits_bad_debt(api: Api) -> None:
    (doc,) = _ledger(api, 100)
    body = _post(api, WRITEOFFS, posting("W1", _day(api), 87.5, documentNo=doc["documentNo"]))
    assert _voucher(api, body["autoPostings"][0]["voucherNo"]) == {"7830": 8750, "1500": -8750}


def test_writeoff_beyond_the_remaining_amount_fails(api: Api) -> None:
    (doc,) = _ledger(api, 100)
    body = _post(api, WRITEOFFS, posting("W1", _day(api), 100.01, arItemId=doc["arItemId"]), status=422)
    assert _error_codes(body) == ["exceedsRemaining"]


def test_writeoff_needs_an_item_not_a_customer(api: Api) -> None:
    _ledger(api, 100)
    body = _post(api, WRITEOFFS, posting("W1", _day(api), 1, customerNo="543210"), status=422)
    assert _error_codes(body) == ["required"]


def test_writeoff_refuses_payment_id(api: Api) -> None:
    (doc,) = _ledger(api, 100)
    body = _post(
        api, WRITEOFFS, posting("W1", _day(api), 1, arItemId=doc["arItemId"], paymentId="X"), status=422
    )
    assert _error_codes(body) == ["notAllowed"]


def test_writeoff_refuses_a_credit_item(api: Api) -> None:
    (doc,) = _ledger(api, 100)
    credit = _post(api, PAYMENTS, posting("P1", _day(api), 150, arItemId=doc["arItemId"]))
    unapplied = credit["autoPostings"][0]["unappliedArItemId"]
    body = _post(api, WRITEOFFS, posting("W1", _day(api), 1, arItemId=unapplied), status=422)
    assert _error_codes(body) == ["notDebit"]


# --- refund ---------------------------------------------------------------------------------------
def _credit(api: Api, amount: float, **customer: Any) -> int:
    """An unapplied payment credit of `amount` on customer 543210; answers its AR item id."""
    (doc,) = _ledger(api, 100, **customer)
    body = _post(api, PAYMENTS, posting("P-credit", _day(api, -2), 100 + amount, arItemId=doc["arItemId"]))
    item_id: int = body["autoPostings"][0]["unappliedArItemId"]
    return item_id


def test_refund_of_the_customers_credit_closes_it(api: Api) -> None:
    credit = _credit(api, 50, bankAccountNo=BANK_ACCOUNT_NO)
    body = _post(api, REFUNDS, posting("R1", _day(api), 50, customerNo="543210"))
    assert (_item(api, credit)["status"], _voucher(api, body["autoPostings"][0]["voucherNo"])) == (
        "CLOSED",
        {"1500": 5000, "1920": -5000},
    )


def test_refund_beyond_the_credit_fails(api: Api) -> None:
    credit = _credit(api, 50)
    body = _post(
        api,
        REFUNDS,
        posting("R1", _day(api), 50.01, arItemId=credit, bankAccountNo=BANK_ACCOUNT_NO),
        status=422,
    )
    assert _error_codes(body) == ["exceedsRemaining"]


def test_refund_without_any_bank_account_fails(api: Api) -> None:
    credit = _credit(api, 50)
    body = _post(api, REFUNDS, posting("R1", _day(api), 10, arItemId=credit), status=422)
    assert body["errors"][0]["pointer"] == "/autoPostings/0/bankAccountNo"


def test_refund_of_a_debit_item_fails(api: Api) -> None:
    (doc,) = _ledger(api, 100)
    body = _post(
        api,
        REFUNDS,
        posting("R1", _day(api), 10, arItemId=doc["arItemId"], bankAccountNo=BANK_ACCOUNT_NO),
        status=422,
    )
    assert _error_codes(body) == ["notCredit"]


def test_refund_records_the_application_on_the_credit_item(api: Api) -> None:
    credit = _credit(api, 50)
    _post(api, REFUNDS, posting("R1", _day(api), 20, arItemId=credit, bankAccountNo=BANK_ACCOUNT_NO))
    with api.services.engine.connect() as conn:
        amounts = (
            conn.execute(select(ar_applications.c.amount).where(ar_applications.c.ar_item_id == credit))
            .scalars()
            .all()
        )
    assert (list(amounts), _item(api, credit)["remaining_amount"]) == ([2000], -3000)
