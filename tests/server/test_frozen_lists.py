"""A `queryId` freezes the result set of the first call (facts file, "Paging"): every page of it reads
that set, in its order, with the same `totalCount`, for 24 hours, whatever is paid, changed, deleted
or added meanwhile, on both databases. A record shows its current values; one deleted since shows
its values when it was deleted.

Found: after 3 items of page 1 were paid off, page 1 of the same `queryId` showed items of page 2
and `totalCount` fell: a client paging forward never saw 3 open invoices.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from sqlalchemy import event

from armrest_server.store.history import HISTORY
from armrest_server.store.tables import document_bundles, files, gl_entries, log_items
from tests.support.app import CLIENTNO, Api
from tests.support.builders import (
    action_body,
    ar_item_changes,
    create_customer,
    create_document,
    customer,
    customer_batch,
    customer_body,
    customer_changes,
    line,
    posting,
    postings_body,
)

ITEMS = f"/clients/{CLIENTNO}/aritems"
CUSTOMERS = f"/clients/{CLIENTNO}/customers"
PAYMENTS = f"/clients/{CLIENTNO}/autopostings/payment"
OPEN_INVOICES = "status=OPEN&documenttype=INVOICE"


def _day(api: Api, offset: int = 0) -> str:
    return (api.services.today() + timedelta(days=offset)).isoformat()


def _invoices(api: Api, count: int, customer_no: str = "543210") -> list[int]:
    """Open invoices of 100.00 each, due on different days; their AR item ids."""
    create_customer(api, customer_no)
    return [
        create_document(
            api,
            f"{customer_no}-{n}",
            customer_no=customer_no,
            lines=[line(1, 100, vat_rate=0)],
            documentDate=_day(api, -40),
            dueDate=_day(api, -30 + n),
        )["arItemId"]
        for n in range(count)
    ]


def _customers(api: Api, count: int, prefix: str = "c") -> list[str]:
    numbers = [f"{prefix}{i:04d}" for i in range(count)]
    response = api.post(f"{CUSTOMERS}/batches", json=customer_batch([customer(n) for n in numbers]))
    assert api.wait_for_batch(response.json()["batchUuid"]).status_code == 200
    return numbers


def _read(api: Api, url: str) -> dict[str, Any]:
    response = api.get(url.removeprefix("http://testserver").removeprefix("/arm/v1"))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _pages(api: Api, first: dict[str, Any], path: str) -> Iterator[dict[str, Any]]:
    """Every page of the first call's `queryId`, page 1 read again through it."""
    summary = first["summary"]
    for number in range(1, summary["totalPages"] + 1):
        yield _read(api, f"{path}?query={summary['queryId']}&pageno={number}")


def _pay_off(api: Api, item_id: int) -> None:
    body = postings_body(posting(f"P{item_id}", _day(api), 100, arItemId=item_id))
    assert api.post(PAYMENTS, json=body).status_code == 201


def test_paying_items_off_between_pages_loses_no_item(api: Api) -> None:
    created = _invoices(api, 12)
    first = _read(api, f"{ITEMS}?{OPEN_INVOICES}&pagesize=5")
    for item_id in [item["arItemId"] for item in first["arItems"][:3]]:
        _pay_off(api, item_id)
    pages = list(_pages(api, first, ITEMS))
    listed = [item["arItemId"] for body in pages for item in body["arItems"]]
    assert listed == created  # due date order, each once: nothing skipped, nothing new
    assert {body["summary"]["totalCount"] for body in pages} == {12}
    assert [item["status"] for item in pages[0]["arItems"]] == ["CLOSED"] * 3 + ["OPEN"] * 2  # as now
    assert _read(api, f"{ITEMS}?{OPEN_INVOICES}")["summary"]["totalCount"] == 9  # a new query sees them paid


def test_deleting_customers_between_pages_loses_no_customer(api: Api) -> None:
    created = _customers(api, 12)
    first = _read(api, f"{CUSTOMERS}?pagesize=5")
    for number in (created[0], created[6], created[11]):
        assert api.delete(f"{CUSTOMERS}/{number}").status_code in (200, 204)
    pages = list(_pages(api, first, CUSTOMERS))
    listed = [c["customerNo"] for body in pages for c in body["customers"]]
    assert (listed, {body["summary"]["totalCount"] for body in pages}) == (created, {12})
    assert _read(api, CUSTOMERS)["summary"]["totalCount"] == 9


def test_a_change_neither_adds_nor_removes_a_row_of_a_filtered_list(api: Api) -> None:
    """Filters read each row as it was at the first call: a customer renamed into the filter does not
    join the set, one renamed out of it stays, showing its name now."""
    _customers(api, 6, "keep")
    _customers(api, 3, "other")
    first = _read(api, f"{CUSTOMERS}?name=kunde%20keep&pagesize=5")
    before = [c["customerNo"] for body in _pages(api, first, CUSTOMERS) for c in body["customers"]]
    assert api.put(CUSTOMERS, json=customer_changes("keep0001", name="Renamed")).status_code == 200
    assert api.put(CUSTOMERS, json=customer_changes("other0001", name="Kunde keep too")).status_code == 200
    after = list(_pages(api, first, CUSTOMERS))
    listed = {c["customerNo"]: c["name"] for body in after for c in body["customers"]}
    assert (list(listed), listed["keep0001"], len(before)) == (before, "Renamed", 6)


def test_rows_added_between_pages_are_not_listed(api: Api) -> None:
    created = _invoices(api, 7)
    first = _read(api, f"{ITEMS}?{OPEN_INVOICES}&pagesize=5")
    _invoices(api, 3, "99")
    listed = [item["arItemId"] for body in _pages(api, first, ITEMS) for item in body["arItems"]]
    assert listed == created


def _writer(api: Api, work: list[Any], stop: threading.Event, errors: list[BaseException]) -> None:
    try:
        for do in work:
            if stop.is_set():
                return
            do()
    except BaseException as error:  # reported by the test
        errors.append(error)


def test_paging_under_concurrent_writes_reads_the_first_calls_set(api: Api) -> None:
    """A writer pays items off, deletes customers and adds rows while a reader pages both lists,
    again and again: every pass lists exactly the first call's set, with a stable totalCount."""
    items = _invoices(api, 15)
    numbers = _customers(api, 15)
    first_items = _read(api, f"{ITEMS}?{OPEN_INVOICES}&pagesize=4")
    first_customers = _read(api, f"{CUSTOMERS}?pagesize=4")
    listed = [c["customerNo"] for body in _pages(api, first_customers, CUSTOMERS) for c in body["customers"]]
    assert listed == ["543210", *numbers]  # the invoices' customer first
    work: list[Any] = []
    for n in range(10):
        work.append(lambda n=n: _pay_off(api, items[n]))
        work.append(lambda n=n: api.delete(f"{CUSTOMERS}/{numbers[n]}"))
        work.append(lambda n=n: api.post(CUSTOMERS, json=customer_body(f"n{n}")))
    stop, errors = threading.Event(), []
    writer = threading.Thread(target=_writer, args=(api, work, stop, errors))
    writer.start()
    passes = 0
    try:
        while writer.is_alive() or passes < 2:
            pages = list(_pages(api, first_items, ITEMS))
            assert [i["arItemId"] for body in pages for i in body["arItems"]] == items
            assert {body["summary"]["totalCount"] for body in pages} == {15}
            pages = list(_pages(api, first_customers, CUSTOMERS))
            assert [c["customerNo"] for body in pages for c in body["customers"]] == listed
            assert {body["summary"]["totalCount"] for body in pages} == {16}
            passes += 1
    finally:
        stop.set()
        writer.join()
    assert errors == []
    assert _read(api, f"{ITEMS}?{OPEN_INVOICES}")["summary"]["totalCount"] == 5  # the writes happened


# --- the rest of the class: every write to a listed row keeps what it was -----------------------------
FORM_ONLY = {"wire", "wire_schema"}  # a row's stored form remade: its values are unchanged
NEVER_CHANGED = {t.name for t in (gl_entries, log_items, document_bundles, files)}
SET = re.compile(r"^\s*update\s+(\w+)\s+set\s+(.*?)\s+where\s", re.IGNORECASE | re.DOTALL)
DELETE = re.compile(r"^\s*delete\s+from\s+(\w+)", re.IGNORECASE)


def unkept_writes(statements: list[str]) -> list[str]:  # one connection's, in order
    """The statements that change or delete listed rows without keeping their earlier version:
    an UPDATE of a HISTORY table that does not set its row_version (beyond remaking stored forms),
    a DELETE from one not preceded by the copy into its history, any change to a listed table
    without history (its lists freeze it by id alone: rows must never change)."""
    found = []
    for n, sql in enumerate(statements):
        if changed := SET.match(sql):
            table, columns = changed[1].lower(), set(re.findall(r"(\w+)\s*=", changed[2].lower()))
            if table in HISTORY and "row_version" not in columns and not columns <= FORM_ONLY:
                found.append(sql)
            if table in NEVER_CHANGED:
                found.append(sql)
        elif deleted := DELETE.match(sql):
            table = deleted[1].lower()
            kept = n > 0 and statements[n - 1].lower().startswith(f"insert into {table}_history")
            if (table in HISTORY and not kept) or table in NEVER_CHANGED:
                found.append(sql)
    return found


def test_every_write_to_a_listed_row_keeps_its_earlier_version(api: Api) -> None:
    """Every API write that changes AR items or customers, run once, with its SQL recorded: none
    changes or deletes a listed row without keeping what it was, and a list frozen before them all
    still reads its set. A new write path that forgot store/history.keep fails here."""
    statements: dict[int, list[str]] = {}  # per connection: the batch worker runs beside the requests

    def record(conn: Any, _cursor: Any, sql: str, *_: Any) -> None:
        statements.setdefault(id(conn.connection.dbapi_connection), []).append(sql)

    items = _invoices(api, 6)
    names = _customers(api, 4)
    first_items = _read(api, f"{ITEMS}?{OPEN_INVOICES}&pagesize=2")
    first_customers = _read(api, f"{CUSTOMERS}?pagesize=2")
    before = [c["customerNo"] for body in _pages(api, first_customers, CUSTOMERS) for c in body["customers"]]
    event.listen(api.services.engine, "before_cursor_execute", record)
    try:
        writes = [
            api.put(ITEMS, json=ar_item_changes(items[0], dueDate=_day(api, 40))),
            api.put(ITEMS, json=ar_item_changes(items[1], creditNote={"documentNo": "CN1", "amount": 100})),
            api.post(
                f"/clients/{CLIENTNO}/actions/stopreminders",
                json=action_body(arItemId=items[2], until=_day(api, 30)),
            ),
            api.post(PAYMENTS, json=postings_body(posting("P1", _day(api), 100, arItemId=items[3]))),
            api.put(CUSTOMERS, json=customer_changes(names[0], name="Renamed")),
            api.put(f"{CUSTOMERS}/batches", json=customer_batch([customer(names[1], name="Batch renamed")])),
            api.delete(f"{CUSTOMERS}/{names[2]}"),
        ]
        for response in writes[5:6]:
            if response.status_code == 202:
                assert api.wait_for_batch(response.json()["batchUuid"]).status_code == 200
    finally:
        event.remove(api.services.engine, "before_cursor_execute", record)
    assert [w.status_code for w in writes] == [200, 200, 200, 201, 200, 202, 200], [w.text for w in writes]
    assert [sql for sent in statements.values() for sql in unkept_writes(sent)] == []
    assert [i["arItemId"] for body in _pages(api, first_items, ITEMS) for i in body["arItems"]] == items
    after = [c["customerNo"] for body in _pages(api, first_customers, CUSTOMERS) for c in body["customers"]]
    assert after == before


def test_the_catalogue_finds_an_unkept_write() -> None:
    assert unkept_writes(
        [
            "UPDATE ar_items SET status=? WHERE ar_items.id = ?",
            "UPDATE ar_items SET wire=?, wire_schema=? WHERE ar_items.id = ?",
            "INSERT INTO customers_history (id) SELECT id FROM customers",
            "DELETE FROM customers WHERE customers.id = ?",
            "DELETE FROM customers WHERE customers.id = ?",
            "UPDATE gl_entries SET amount=? WHERE gl_entries.id = ?",
            "UPDATE customers SET name=?, row_version=? WHERE customers.id = ?",
        ]
    ) == [
        "UPDATE ar_items SET status=? WHERE ar_items.id = ?",
        "DELETE FROM customers WHERE customers.id = ?",
        "UPDATE gl_entries SET amount=? WHERE gl_entries.id = ?",
    ]
