"""Edges of the write rules through HTTP: targets that disagree, resend channels, stops beyond the
item cap, and reports without their sum row."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from armrest_server.domain import actions
from armrest_server.domain.targets import customer_kid
from armrest_server.store.tables import ar_items
from armrest_server.usecases import autopostings
from armrest_server.usecases.targets import Resolver
from armrest_server.usecases.uow import UnitOfWork
from tests.server.test_actions import _csv, _day, _report
from tests.support.app import CLIENTNO, Api, table_counts
from tests.support.builders import (
    ORGANIZATION_NO,
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

ACTIONS = f"/clients/{CLIENTNO}/actions"
RESERVATIONS = f"/clients/{CLIENTNO}/paymentreservations"


def _invoice(api: Api, document_no: str, customer_no: str, amount: float = 1000) -> int:
    item: int = create_document(
        api,
        document_no,
        customer_no=customer_no,
        lines=[line(1, amount, vat_rate=0)],
        documentDate=_day(api, -60),
        dueDate=_day(api, -30),
    )["arItemId"]
    return item


def _errors(response: Any) -> list[tuple[str, str]]:
    assert response.status_code == 422, response.text
    return [(e["pointer"], e["code"]) for e in response.json()["errors"]]


def _kids(account_no: int) -> tuple[str, str]:
    """The customer KID of an account (MOD10, the default), and the same with a wrong check digit."""
    kid = customer_kid(account_no, "MOD10")
    assert kid is not None
    return kid, kid[:-1] + str((int(kid[-1]) + 1) % 10)


# --- targets --------------------------------------------------------------------------------------
def test_an_item_and_a_customer_that_do_not_belong_together_are_refused(api: Api) -> None:
    create_customer(api, "543210")
    create_customer(api, "543211")
    item = _invoice(api, "100234", "543210")
    before = table_counts(api)
    response = api.post(RESERVATIONS, json=reservation_body("PAY-1", 100, arItemId=item, customerNo="543211"))
    assert (_errors(response), table_counts(api)) == (
        [("/paymentReservation/customerNo", "mismatch")],
        before,
    )


def test_a_document_of_another_customer_than_the_kid_names_is_refused(api: Api) -> None:
    create_customer(api, "543210")
    other = create_customer(api, "543211")["accountNo"]
    _invoice(api, "100234", "543210")
    before = table_counts(api)
    kid, _ = _kids(other)
    response = api.post(
        f"/clients/{CLIENTNO}/autopostings/payment",
        json=postings_body(posting("P-1", _day(api), 100, kid=kid, documentNo="100234")),
    )
    assert (_errors(response), table_counts(api)) == ([("/autoPostings/0/documentNo", "mismatch")], before)


def test_a_customer_kid_with_a_wrong_check_digit_is_refused(api: Api) -> None:
    account_no = create_customer(api, "543210")["accountNo"]
    _invoice(api, "100234", "543210")
    _, wrong = _kids(account_no)
    response = api.post(RESERVATIONS, json=reservation_body("PAY-1", 100, customerKid=wrong))
    assert _errors(response) == [("/paymentReservation/customerKid", "checkDigit")]


# --- resend ---------------------------------------------------------------------------------------
def _resend(api: Api, item: int, channel: str) -> Any:
    return api.post(f"{ACTIONS}/resenddocument", json=action_body(arItemId=item, channel=channel))


def test_resend_by_print_needs_a_postal_code_and_city(api: Api) -> None:
    create_customer(api, "543210", postalAddress={"addressLine1": "Storgata 1", "postalCode": "0155"})
    create_customer(api, "543211", postalAddress={"postalCode": "0155", "cityName": "OSLO"})
    without_city, with_city = _invoice(api, "100234", "543210"), _invoice(api, "100235", "543211")
    refused, sent = _resend(api, without_city, "PRINT"), _resend(api, with_city, "PRINT")
    assert (_errors(refused), sent.status_code) == ([("/action/channel", "channel")], 200)


def test_resend_by_ehf_to_an_organization_that_is_not_blocked_is_sent(api: Api) -> None:
    create_customer(api, "543210", organizationNo=ORGANIZATION_NO, peppolBlockIds=["0192:999999999"])
    response = _resend(api, _invoice(api, "100234", "543210"), "EHF")
    assert response.status_code == 200, response.text


def test_resend_of_an_unapplied_payment_is_refused_as_it_has_no_document(api: Api) -> None:
    create_customer(api, "543210")
    paid = api.post(
        f"/clients/{CLIENTNO}/autopostings/payment",
        json=postings_body(posting("P-1", _day(api), 500, customerNo="543210")),
    )
    assert paid.status_code == 201, paid.text
    with api.services.engine.connect() as conn:
        item = conn.execute(select(ar_items.c.id).where(ar_items.c.document_id.is_(None))).scalar_one()
    assert _errors(_resend(api, item, "EMAIL")) == [("/action/arItemId", "noDocument")]


# --- stops ----------------------------------------------------------------------------------------
def test_a_customer_stop_over_more_open_items_than_the_cap_is_refused_and_changes_nothing(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The cap is 10000 items; two make the same point at a fraction of the cost.
    monkeypatch.setattr(actions, "MAX_ITEMS", 2)
    create_customer(api, "543210")
    items = [_invoice(api, f"10023{n}", "543210") for n in range(3)]
    before = table_counts(api)
    response = api.post(
        f"{ACTIONS}/stopreminders", json=action_body(customerNo="543210", until=_day(api, 30))
    )
    with api.services.engine.connect() as conn:
        stops = (
            conn.execute(select(ar_items.c.stop_reminder_until).where(ar_items.c.id.in_(items)))
            .scalars()
            .all()
        )
    assert (_errors(response), table_counts(api), stops) == (
        [("/action/customerNo", "tooMany")],
        before,
        [None, None, None],
    )


# --- reports --------------------------------------------------------------------------------------
def test_the_adb_leaves_out_a_customer_with_nothing_open_and_the_sum_row_when_not_asked(api: Api) -> None:
    create_customer(api, "543210")
    create_customer(api, "543211")
    paid = _invoice(api, "100234", "543210")
    _invoice(api, "100235", "543211")
    settled = api.post(
        f"/clients/{CLIENTNO}/autopostings/payment",
        json=postings_body(posting("P-1", _day(api), 1000, arItemId=paid)),
    )
    assert settled.status_code == 201, settled.text
    rows = _csv(api, _report(api, "adb", includeSum=False))
    assert [row[0] for row in rows[1:]] == ["543211"]


def test_the_gl_balance_has_no_sum_row_when_not_asked(api: Api) -> None:
    create_customer(api, "543210")
    _invoice(api, "100234", "543210")
    rows = _csv(api, _report(api, "glbalance", includeSum=False))
    assert ("SUM" not in [row[0] for row in rows], rows[0]) == (True, ["accountNo", "accountName", "balance"])


# --- payments posted in-process (demo data, scripts) ----------------------------------------------
def test_a_payment_posted_in_process_to_an_unknown_customer_fails_and_writes_nothing(sqlite_api: Api) -> None:
    api, today = sqlite_api, sqlite_api.services.today()
    before = table_counts(api)
    with pytest.raises(autopostings.PostingFailed) as failed, UnitOfWork(api.services.engine) as uow:
        autopostings.post_payment(
            uow, CLIENTNO, amount=50000, posting_date=today, today=today, customer_no="nobody"
        )
    assert ([v.code for v in failed.value.violations], table_counts(api)) == (["notFound"], before)


def test_a_kid_with_a_wrong_check_digit_is_used_by_nobody(sqlite_api: Api) -> None:
    account_no = create_customer(sqlite_api, "543210")["accountNo"]
    kid, wrong = _kids(account_no)
    with UnitOfWork(sqlite_api.services.engine, writes=False) as uow:
        resolver = Resolver(uow, CLIENTNO)
        assert (resolver.kid_user(kid), resolver.kid_user(wrong)) == ("customer 543210", None)
