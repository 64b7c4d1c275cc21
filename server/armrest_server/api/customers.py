"""Customers handlers: one-customer writes (upsert, partial update), reads, delete, batch writes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Connection

from armrest_server.api import audit, records
from armrest_server.api.batches import accept as accept_batch
from armrest_server.api.paging import Forms, list_page
from armrest_server.api.rejections import rejected
from armrest_server.clock import OSLO
from armrest_server.domain.rules import Rejected
from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import FieldError, Problem, not_found, unprocessable
from armrest_server.http.stored_records import joined
from armrest_server.store import customers as store
from armrest_server.store.db import reading, writing
from armrest_server.usecases import customers
from armrest_server.usecases.uow import UnitOfWork


def _answer(call: Call, result: str, row: dict[str, Any], status: int) -> Reply:
    number = row["customer_no"]
    body = {
        "status": "PROCESSED",
        "result": result,
        "message": f"Customer {number} {result.lower()}",
        "clientNo": call.clientno,
        "customerNo": number,
        "accountNo": row["account_no"],
    }
    return Reply(status, body)  # the dispatcher adds `Location` to a 201, from the contract's link


def _write(call: Call, create: bool) -> Reply:
    customer = call.body["customer"]
    with UnitOfWork(call.services.engine, forms=call.services.forms) as uow:
        try:
            result, row = customers.upsert(uow, call.clientno, customer, call.services.today(), create)
        except Rejected as error:
            raise rejected(error.violations, "/customer") from None
        except customers.UnknownCustomer:
            raise not_found(f"Customer {customer['customerNo']}", "/customer/customerNo") from None
        status = 201 if result == "CREATED" else 200
        audit.record(
            uow.connection,
            call,
            "CUSTOMER",
            row["customer_no"],
            status,
            result,
            f"Customer {row['customer_no']} {result.lower()}",
        )
        uow.commit()
    return _answer(call, result, row, status)


def createCustomer(call: Call) -> Reply:
    return _write(call, create=True)


def updateCustomer(call: Call) -> Reply:
    return _write(call, create=False)


def listCustomers(call: Call) -> Reply:
    q = call.query
    since = q.get("changedsince")
    start = None
    if since:
        start = datetime.combine(date.fromisoformat(str(since)), time(), OSLO).astimezone(UTC)

    def ids() -> Any:
        return store.ids_query(
            call.clientno,
            name=q.get("name"),
            category=q.get("customercategory"),
            organization_no=q.get("organizationno"),
            active_status_web=q.get("activestatusweb"),
            changed_since=start,
        )

    def fetch(conn: Connection, chunk: Any) -> dict[Any, records.Record]:
        return {
            key: records.customer_record(row) for key, row in store.fetch(conn, call.clientno, chunk).items()
        }

    return list_page(call, "customers", ids, fetch, forms=_FORMS)


# A page of customers is one statement: the stored forms are read beside the ids.
_FORMS = Forms(columns=store.FORM_COLUMNS, records=joined)


def getCustomer(call: Call) -> Reply:
    number = call.path["customerno"]
    # One statement each, so each is its own snapshot (no transaction): the stored form, and only for
    # a row without one (written by an older server, until start-up makes it) the whole row.
    with reading(call.services.engine, one_statement=True) as conn:
        row = store.form_by_no(conn, call.clientno, number)
    if row is not None and row["wire"] is None:
        with reading(call.services.engine, one_statement=True) as conn:
            row = store.find_by_no(conn, call.clientno, number)
    if row is None:
        raise not_found(f"Customer {number}", "#/path/customerno")
    return Reply(200, records.customer_record(row))


def deleteCustomer(call: Call) -> Reply:
    number = call.path["customerno"]
    with writing(call.services.engine, forms=call.services.forms) as conn:
        row = store.find_by_no(conn, call.clientno, number, lock=True)
        if row is None:
            raise not_found(f"Customer {number}", "#/path/customerno")
        if store.in_use(conn, call.clientno, row["id"]):
            raise unprocessable(
                "#/path/customerno",
                f"Customer {row['customer_no']} has documents or ledger items and cannot be deleted",
                "inUse",
            )
        store.delete_one(conn, call.clientno, row["id"])
        audit.record(
            conn,
            call,
            "CUSTOMER",
            row["customer_no"],
            200,
            "DELETED",
            f"Customer {row['customer_no']} deleted",
        )
    return _answer(call, "DELETED", row, 200)


# --- batches --------------------------------------------------------------------------------------
def _no_repeats(items: list[dict[str, Any]]) -> None:
    """A customerNo may appear once per batch: items of one batch then never touch the same customer."""
    first: dict[str, int] = {}
    errors: list[FieldError] = []
    for index, item in enumerate(items):
        key = item["customerNo"].lower()
        if key in first and len(errors) < 1000:
            message = (
                f"Customer {item['customerNo']} appears more than once (first at /customers/{first[key]})"
            )
            errors.append(FieldError(f"/customers/{index}/customerNo", message, "duplicate"))
        first.setdefault(key, index)
    if errors:
        raise Problem(422, f"{len(errors)} repeated customer number(s); nothing was queued", errors)


def _enqueue(call: Call, batch_type: str) -> Reply:
    items = call.body["customers"]
    _no_repeats(items)
    return accept_batch(call, batch_type, items, f"Batch of {len(items)} customers queued")


def createCustomerBatch(call: Call) -> Reply:
    return _enqueue(call, "CUSTOMERS_CREATE")


def updateCustomerBatch(call: Call) -> Reply:
    return _enqueue(call, "CUSTOMERS_UPDATE")
