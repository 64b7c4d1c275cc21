"""What one read costs the database: statement counts are pinned (not timings), so that a read that
grows a round trip, a transaction it does not need, or a write fails here with what it sent.

A GET of one customer and a page of customers (first or later) are each ONE statement: on SQLite
that statement is its own snapshot, so no BEGIN or COMMIT is sent either (SQLite's own trace shows
what it ran, transaction control included); on PostgreSQL the driver's implicit transaction is no
statement of ours.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from tests.support.app import CLIENTNO, OTHER_CLIENTNO, Api
from tests.support.builders import (
    create_customer,
    create_document,
    customer,
    customer_batch,
    document,
    document_batch,
    line,
)
from tests.support.pool import listening

CUSTOMERS = f"/clients/{CLIENTNO}/customers"


@contextmanager
def sent(api: Api, marker: str) -> Iterator[list[str]]:
    """The statements of the thread that sent one starting with `marker`, while the block runs: on
    SQLite as SQLite ran them (BEGIN and COMMIT included), on PostgreSQL as the engine sent them."""
    engine = api.services.engine
    seen: list[tuple[int, str]] = []

    def note(statement: str) -> None:
        seen.append((threading.get_ident(), " ".join(statement.split())))

    def on_cursor(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        note(statement)

    def on_checkout(dbapi_connection: Any, *_args: Any) -> None:
        dbapi_connection.set_trace_callback(note)

    def on_checkin(dbapi_connection: Any, *_args: Any) -> None:
        dbapi_connection.set_trace_callback(None)

    sqlite = engine.dialect.name == "sqlite"
    if sqlite:
        # Threads keep a connection for their one-statement reads (store/db.py): closed here, the
        # next is checked out, traced, and closed again at the end with its trace.
        engine.dispose()
        event.listen(engine, "checkout", on_checkout)
        event.listen(engine, "checkin", on_checkin)
    else:
        event.listen(engine, "before_cursor_execute", on_cursor)
    found: list[str] = []
    try:
        yield found
    finally:
        if sqlite:
            event.remove(engine, "checkout", on_checkout)
            event.remove(engine, "checkin", on_checkin)
            engine.dispose()
        else:
            event.remove(engine, "before_cursor_execute", on_cursor)
    threads = {ident for ident, text in seen if text.startswith(marker)}
    assert len(threads) == 1, seen
    found.extend(text for ident, text in seen if ident in threads)


def test_a_customer_and_its_pages_are_one_statement_each(api: Api) -> None:
    numbers = [f"r{i:03d}" for i in range(12)]
    batch = api.post(f"{CUSTOMERS}/batches", json=customer_batch([customer(n) for n in numbers]))
    assert api.wait_for_batch(batch.json()["batchUuid"]).status_code == 200

    with sent(api, "SELECT customers.id") as one:
        assert api.get(f"{CUSTOMERS}/R005").json()["customerNo"] == "r005"
    assert len(one) == 1, "\n".join(one)

    with sent(api, "SELECT customers.id") as first:
        body = api.get(f"{CUSTOMERS}?pagesize=5").json()
    assert len(first) == 1, "\n".join(first)
    assert [c["customerNo"] for c in body["customers"]] == numbers[:5]

    create_customer(api, "r100")
    with sent(api, "SELECT customers.id") as later:
        body = api.get(f"{CUSTOMERS}?query={body['summary']['queryId']}&pageno=3").json()
    # A later page also asks, in the same read transaction, whether a row changed since the first
    # call (store/snapshots.changed_since): nothing did, so the page is the live rows' one statement.
    pages = [text for text in later if text.startswith("SELECT customers.id")]
    others = {text.split()[0] if "_history" not in text else "history" for text in later if text not in pages}
    assert (len(pages), others <= {"BEGIN", "COMMIT", "history"}) == (1, True), "\n".join(later)
    # The frozen set: the customer added after the first call is not on its last page.
    assert [c["customerNo"] for c in body["customers"]] == numbers[10:]
    assert body["summary"]["totalCount"] == 12


def test_an_empty_page_is_answered_in_one_read_transaction(api: Api) -> None:
    with sent(api, "SELECT customers.id") as empty:
        body = api.get(f"{CUSTOMERS}?pagesize=5").json()
    assert (body["customers"], body["summary"]["totalCount"], body["summary"]["totalPages"]) == ([], 0, 0)
    kinds = [text.split()[0] for text in empty]
    assert set(kinds) <= {"SELECT", "BEGIN", "COMMIT"}, empty
    if api.services.engine.dialect.name == "sqlite":
        assert (kinds[0], kinds.count("BEGIN"), kinds[-1]) == ("SELECT", 1, "COMMIT"), empty


def test_pages_of_one_shape_read_their_own_values(api: Api) -> None:
    # A page's statement is built once per shape of its ids query and run with each call's values:
    # another filter value, client, page or watermark of the same shape reads its own rows.
    numbers = [f"{prefix}{i}" for prefix in ("a", "b") for i in range(3)]
    batch = api.post(f"{CUSTOMERS}/batches", json=customer_batch([customer(n) for n in numbers]))
    assert api.wait_for_batch(batch.json()["batchUuid"]).status_code == 200
    token = api.services.authority.issue("tester", [CLIENTNO, OTHER_CLIENTNO]).access_token
    other = api.post(
        f"/clients/{OTHER_CLIENTNO}/customers",
        json={"metadata": {"userId": "t"}, "customer": customer("z1")},
        token=token,
    )
    assert other.status_code == 201, other.text

    def listed(path: str) -> list[str]:
        response = api.get(path, token=token)
        assert response.status_code == 200, response.text
        return [c["customerNo"] for c in response.json()["customers"]]

    assert listed(f"{CUSTOMERS}?name=a") == ["a0", "a1", "a2"]
    assert listed(f"{CUSTOMERS}?name=b") == ["b0", "b1", "b2"]
    assert listed(f"/clients/{OTHER_CLIENTNO}/customers") == ["z1"]
    first = api.get(f"{CUSTOMERS}?pagesize=5", token=token).json()["summary"]["queryId"]
    create_customer(api, "c0")
    second = api.get(f"{CUSTOMERS}?pagesize=5", token=token).json()["summary"]["queryId"]
    assert listed(f"{CUSTOMERS}?query={first}&pageno=2") == ["b2"]
    assert listed(f"{CUSTOMERS}?query={second}&pageno=2") == ["b2", "c0"]


@contextmanager
def steps(api: Api) -> Iterator[list[int]]:
    """SQLite's virtual machine instructions (in hundreds) run while the block runs: the work a read
    costs the database, whatever the machine's speed."""
    counted = [0]

    def tick() -> int:
        counted[0] += 1
        return 0  # go on

    def on_checkout(dbapi_connection: Any, *_args: Any) -> None:
        dbapi_connection.set_progress_handler(tick, 100)

    def on_checkin(dbapi_connection: Any, *_args: Any) -> None:
        dbapi_connection.set_progress_handler(None, 0)

    with listening(api.services.engine, checkout=on_checkout, checkin=on_checkin):
        yield counted


def test_a_later_page_of_documents_costs_about_what_the_first_did(sqlite_api: Api) -> None:
    # Found: a later page read the frozen set with a subquery per document, each scanning the
    # client's AR items up to the mark: 3 s a page for 2,500 documents, growing with their square.
    create_customer(sqlite_api, "1")
    today = sqlite_api.services.today().isoformat()
    items = [document(f"D{n}", "1", lines=[line(1, 100)], documentDate=today) for n in range(300)]
    batch = sqlite_api.post(f"/clients/{CLIENTNO}/documents/batches", json=document_batch(items))
    assert sqlite_api.wait_for_batch(batch.json()["batchUuid"]).status_code == 200
    path = f"/clients/{CLIENTNO}/documents"
    with steps(sqlite_api) as first:
        body = sqlite_api.get(f"{path}?pagesize=100").json()
    create_document(sqlite_api, "D999", customer_no="1", documentDate=today)  # not in the frozen set
    with steps(sqlite_api) as later:
        page = sqlite_api.get(f"{path}?query={body['summary']['queryId']}&pageno=3").json()
    assert [d["documentNo"] for d in page["documents"]] == sorted(f"D{n}" for n in range(300))[200:]
    assert page["summary"]["totalCount"] == 300
    assert later[0] <= 2 * first[0], f"a later page ran {later[0]}00 instructions, the first {first[0]}00"
