"""createAction (stop reminders / debt collection, debt collection, resend) and createReportAction."""

from __future__ import annotations

import base64
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from armrest_server.store.tables import ar_items
from tests.support.app import CLIENTNO, Api, table_counts
from tests.support.builders import (
    ORGANIZATION_NO,
    action_body,
    create_customer,
    create_document,
    line,
    posting,
    postings_body,
    report_body,
)

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

ACTIONS = f"/clients/{CLIENTNO}/actions"
REPORTS = f"/clients/{CLIENTNO}/actions/reports"


def _day(api: Api, offset: int = 0) -> str:
    return (api.services.today() + timedelta(days=offset)).isoformat()


def _invoices(api: Api, *due_offsets: int, customer_no: str = "543210", **customer: Any) -> list[int]:
    """A customer with one invoice of 1000 per due date offset (days from today); answers item ids."""
    create_customer(api, customer_no, **customer)
    return [
        create_document(
            api,
            f"{customer_no}-{n}",
            customer_no=customer_no,
            lines=[line(1, 1000, vat_rate=0)],
            documentDate=_day(api, -60),
            dueDate=_day(api, offset),
        )["arItemId"]
        for n, offset in enumerate(due_offsets)
    ]


def _act(api: Api, action_type: str, status: int = 200, **fields: Any) -> dict[str, Any]:
    response = api.post(f"{ACTIONS}/{action_type}", json=action_body(**fields))
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


def _column(api: Api, item_id: int, name: str) -> Any:
    with api.services.engine.connect() as conn:
        return conn.execute(select(ar_items.c[name]).where(ar_items.c.id == item_id)).scalar_one()


def _code(body: dict[str, Any]) -> str:
    code: str = body["errors"][0]["code"]
    return code


# --- stop reminders / stop debt collection --------------------------------------------------------
def test_stop_reminders_for_a_customer_sets_every_open_item(api: Api) -> None:
    items = _invoices(api, -10, -5, 3)
    body = _act(api, "stopreminders", customerNo="543210", until=_day(api, 30))
    assert (body["result"], body["affectedCount"], body["arItemIds"]) == ("UPDATED", 3, sorted(items))


def test_the_stop_date_is_stored_on_the_item(api: Api) -> None:
    (item,) = _invoices(api, -10)
    _act(api, "stopdebtcollection", arItemId=item, until=_day(api, 30))
    assert _column(api, item, "stop_debt_collection_until").isoformat() == _day(api, 30)


def test_the_same_stop_again_is_unchanged(api: Api) -> None:
    (item,) = _invoices(api, -10)
    _act(api, "stopreminders", arItemId=item, until=_day(api, 30))
    body = _act(api, "stopreminders", arItemId=item, until=_day(api, 30))
    assert (body["result"], body["affectedCount"]) == ("UNCHANGED", 0)


def test_a_date_before_today_lifts_the_stop(api: Api) -> None:
    (item,) = _invoices(api, -10)
    _act(api, "stopreminders", arItemId=item, until=_day(api, 30))
    _act(api, "stopreminders", arItemId=item, until=_day(api, -1))
    assert _column(api, item, "stop_reminder_until") is None


def test_stop_needs_until(api: Api) -> None:
    (item,) = _invoices(api, -10)
    assert _code(_act(api, "stopreminders", 422, arItemId=item)) == "required"


def test_stop_refuses_channel(api: Api) -> None:
    (item,) = _invoices(api, -10)
    assert (
        _code(_act(api, "stopreminders", 422, arItemId=item, until=_day(api, 3), channel="EMAIL"))
        == "notAllowed"
    )


def test_stop_on_a_closed_item_fails(api: Api) -> None:
    (item,) = _invoices(api, -10)
    paid = api.post(
        f"/clients/{CLIENTNO}/autopostings/payment",
        json=postings_body(posting("P", _day(api), 1000, arItemId=item)),
    )
    assert paid.status_code == 201, paid.text
    assert _code(_act(api, "stopreminders", 422, arItemId=item, until=_day(api, 3))) == "notOpen"


def test_unknown_customer_answers_422_not_found(api: Api) -> None:
    _invoices(api, -10)
    body = _act(api, "stopreminders", 422, customerNo="nobody", until=_day(api, 3))
    assert (body["errors"][0]["pointer"], _code(body)) == ("/action/customerNo", "notFound")


def test_the_log_item_of_the_action_records_it(api: Api) -> None:
    (item,) = _invoices(api, -10)
    body = _act(api, "stopreminders", arItemId=item, until=_day(api, 3), comment="Betalingsplan")
    logged = api.get(f"/clients/{CLIENTNO}/logitems/{body['logItemId']}").json()
    assert (logged["entityType"], logged["entityKey"], "Betalingsplan" in logged["message"]) == (
        "ACTION",
        "stopreminders",
        True,
    )


# --- debt collection ------------------------------------------------------------------------------
def test_debt_collection_marks_the_item(api: Api) -> None:
    (item,) = _invoices(api, -10)
    body = _act(api, "debtcollection", documentNo="543210-0")
    assert (body["affectedCount"], _column(api, item, "in_debt_collection")) == (1, True)


def test_debt_collection_of_an_item_not_yet_overdue_fails(api: Api) -> None:
    (item,) = _invoices(api, 0)
    assert _code(_act(api, "debtcollection", 422, arItemId=item)) == "notOverdue"


def test_debt_collection_twice_fails(api: Api) -> None:
    (item,) = _invoices(api, -10)
    _act(api, "debtcollection", arItemId=item)
    assert _code(_act(api, "debtcollection", 422, arItemId=item)) == "inDebtCollection"


def test_debt_collection_respects_the_items_stop(api: Api) -> None:
    (item,) = _invoices(api, -10)
    _act(api, "stopdebtcollection", arItemId=item, until=_day(api))
    assert _code(_act(api, "debtcollection", 422, arItemId=item)) == "stopped"


def test_debt_collection_respects_the_customers_stop(api: Api) -> None:
    (item,) = _invoices(api, -10, stopDebtCollectionUntil=_day(api, 5))
    assert _code(_act(api, "debtcollection", 422, arItemId=item)) == "stopped"


def test_debt_collection_refuses_a_customer_target(api: Api) -> None:
    _invoices(api, -10)
    assert _code(_act(api, "debtcollection", 422, customerNo="543210")) == "notAllowed"


def test_refused_action_changes_nothing(api: Api) -> None:
    (item,) = _invoices(api, 0)
    before = table_counts(api)
    _act(api, "debtcollection", 422, arItemId=item)
    assert (table_counts(api), _column(api, item, "in_debt_collection")) == (before, False)


# --- resend ---------------------------------------------------------------------------------------
def test_resend_by_email(api: Api) -> None:
    (item,) = _invoices(api, -10, emailAddressDocument=["ola@example.no"])
    body = _act(api, "resenddocument", arItemId=item, channel="EMAIL")
    assert (body["message"], body["arItemIds"]) == ("Document 543210-0 resent by EMAIL", [item])


def test_resend_by_ehf_needs_an_organization_number(api: Api) -> None:
    (item,) = _invoices(api, -10)
    assert _code(_act(api, "resenddocument", 422, arItemId=item, channel="EHF")) == "channel"


def test_resend_by_ehf_is_refused_when_blocked(api: Api) -> None:
    (item,) = _invoices(api, -10, organizationNo=ORGANIZATION_NO, peppolBlockIds=[f"0192:{ORGANIZATION_NO}"])
    assert _code(_act(api, "resenddocument", 422, arItemId=item, channel="EHF")) == "channel"


def test_resend_refuses_until(api: Api) -> None:
    (item,) = _invoices(api, -10)
    assert _code(_act(api, "resenddocument", 422, arItemId=item, until=_day(api, 3))) == "notAllowed"


# --- report actions -------------------------------------------------------------------------------
SEED_ADB = {
    "includeSum": "includeSum",
    "adb": {
        "debtCollectionColumn": True,
        "intervals": [
            {"intervalNo": 1, "intervalLength": 20},
            {"intervalNo": 4, "intervalLength": 40},
            {"intervalNo": 5, "intervalLength": 60},
        ],
    },
}


def _report(api: Api, report_type: str, status: int = 201, **report: Any) -> dict[str, Any]:
    body = {"metadata": {"userId": "tester"}, "action": {"report": report}}
    response = api.post(f"{REPORTS}/{report_type}", json=body)
    assert response.status_code == status, response.text
    answer: dict[str, Any] = response.json()
    return answer


def _csv(api: Api, answer: dict[str, Any]) -> list[list[str]]:
    batch = api.wait_for_batch(answer["batchUuid"]).json()
    assert batch["status"] == "COMPLETED", batch
    file = api.get(f"/clients/{CLIENTNO}/files/{batch['fileId']}").json()
    return [text.split(";") for text in base64.b64decode(file["content"]).decode().splitlines()]


def test_the_seed_report_request_is_queued(api: Api) -> None:
    answer = _report(api, "adb", **SEED_ADB)
    assert (answer["status"], answer["result"], answer["jobQueueId"] >= 900000) == (
        "PROCESSED",
        "CREATED",
        True,
    )


def test_adb_report_has_the_requested_columns_and_a_sum_row(api: Api) -> None:
    _invoices(api, -10, -30, 5)
    rows = _csv(api, _report(api, "adb", **SEED_ADB))
    assert (rows[0][3:], rows[-1]) == (
        ["notDue", "1-20", "21-60", "61-120", "121-", "debtCollection", "total"],
        ["SUM", "", "", "1000.00", "1000.00", "1000.00", "0.00", "0.00", "0.00", "3000.00"],
    )


def test_report_job_names_its_report_type_and_file(api: Api) -> None:
    answer = _report(api, "glbalance", includeSum=True)
    batch = api.wait_for_batch(answer["batchUuid"]).json()
    assert (batch["items"][0]["key"], batch["fileId"] is not None) == ("glbalance", True)


def test_glbalance_report_sums_to_zero(api: Api) -> None:
    _invoices(api, -10)
    rows = _csv(api, _report(api, "glbalance", includeSum="true"))
    assert rows[-1] == ["SUM", "", "0.00"]


def test_aritems_report_lists_open_items_without_sum_row_when_not_asked(api: Api) -> None:
    items = _invoices(api, -10, -3)
    rows = _csv(api, _report(api, "aritems", includeSum=False))
    assert [int(row[0]) for row in rows[1:]] == items


def test_identical_report_request_while_queued_answers_the_same_job(api: Api) -> None:
    for worker in api.services.workers:
        worker.stop()
    first = _report(api, "aritems", includeSum=True)
    again = _report(api, "aritems", 200, includeSum="true")
    assert again["jobQueueId"] == first["jobQueueId"]


def test_adb_parameters_are_refused_for_other_reports(api: Api) -> None:
    body = _report(api, "aritems", 422, **SEED_ADB)
    assert _code(body) == "notAllowed"


def test_repeated_interval_numbers_are_refused(api: Api) -> None:
    intervals = [{"intervalNo": 2, "intervalLength": 20}, {"intervalNo": 2, "intervalLength": 40}]
    body = _report(api, "adb", 422, includeSum=True, adb={"intervals": intervals})
    assert body["errors"][0]["pointer"] == "/action/report/adb/intervals/1/intervalNo"


def test_report_date_after_today_is_refused(api: Api) -> None:
    before = table_counts(api)
    _report(api, "adb", 422, includeSum=True, asOfDate=_day(api, 1))
    assert table_counts(api) == before


def test_report_body_builder_matches_the_contract(api: Api) -> None:
    response = api.post(f"{REPORTS}/glbalance", json=report_body(asOfDate=_day(api)))
    assert response.status_code == 201, response.text
