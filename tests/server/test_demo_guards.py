"""The demo's seeding stops at the first write the domain rejects (instead of leaving half a ledger), and a
month whose payments settle nothing posts no bank file. On an empty migrated database, in a unit of work
that is never committed."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from armrest_server.demo import examples, history
from armrest_server.demo.journal import Journal
from armrest_server.store import customers as customer_store
from armrest_server.store.db import make_engine
from armrest_server.usecases.customers import apply_batch
from armrest_server.usecases.uow import UnitOfWork

CLIENTNO = examples.CLIENTNO
DAY = date(2026, 3, 31)


@pytest.fixture
def uow(migrated_url: str) -> Iterator[UnitOfWork]:
    engine = make_engine(migrated_url)
    try:
        with UnitOfWork(engine) as unit:
            yield unit  # left without a commit: everything written is rolled back
    finally:
        engine.dispose()


def unknown_customers_invoice() -> dict[str, object]:
    return examples._invoice("990001", DAY, [examples.BROADBAND], customerNo="999999")


def test_a_rejected_example_document_stops_the_seeding(uow: UnitOfWork) -> None:
    journal = Journal(CLIENTNO)
    with pytest.raises(AssertionError, match="example document rejected"):
        examples._book(uow, journal, unknown_customers_invoice())
    assert journal.rows == []


def test_a_rejected_history_document_stops_the_seeding(uow: UnitOfWork) -> None:
    journal = Journal(CLIENTNO)
    with pytest.raises(AssertionError, match="demo document rejected"):
        history._create(uow, journal, [unknown_customers_invoice()], DAY)
    assert journal.rows == []


def _customer_id(uow: UnitOfWork) -> int:
    customer = history._customer("100001", random.Random(CLIENTNO))
    apply_batch(uow, CLIENTNO, [customer], DAY, True)
    [row] = customer_store.find_many(uow.connection, CLIENTNO, ["100001"]).values()
    customer_id: int = row["id"]
    return customer_id


def test_payments_that_settle_nothing_post_no_bank_file(uow: UnitOfWork) -> None:
    _customer_id(uow)
    journal = Journal(CLIENTNO)
    paid = {"customerNo": "100001", "paidOn": DAY, "upTo": DAY, "part": False}
    history._payments(uow, journal, [], [paid], DAY)  # nothing open: nothing to pay
    assert journal.rows == []


def test_a_rejected_payment_stops_the_seeding(uow: UnitOfWork) -> None:
    due = {"customer_id": _customer_id(uow), "document_date": DAY, "remaining_amount": 10_000}
    journal = Journal(CLIENTNO)
    tomorrow = DAY + timedelta(days=1)  # a posting after the ledger's day is refused
    paid = {"customerNo": "100001", "paidOn": tomorrow, "upTo": DAY, "part": False}
    with pytest.raises(AssertionError, match="demo payment rejected"):
        history._payments(uow, journal, [due], [paid], DAY)
    assert journal.rows == []
