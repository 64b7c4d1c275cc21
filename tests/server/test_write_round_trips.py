"""What one write costs the database, and how writers of one process wait for each other.

Statement counts are pinned (not timings): a write that grows an extra round trip (a re-read, a
check already made, one more counter statement) fails here with the statements it sent. SQLite
writers of one engine queue in-process for the write lock instead of in SQLite's busy handler,
whose growing sleeps made queued writers wait far longer than the lock was held.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from armrest_server.store.db import writing
from tests.support.app import CLIENTNO, Api, running
from tests.support.builders import customer_body
from tests.support.timing import Pace

CUSTOMERS = f"/clients/{CLIENTNO}/customers"

# The statements of one createCustomer of a new number, on both databases (SQLite's BEGIN
# IMMEDIATE not counted: PostgreSQL's driver begins without a statement; COMMIT is no statement):
# the number's row (locked), the account number, the insert answering the row and writing its wire
# form, the log item's id and the item.
CREATE_STATEMENTS = 5
# With an Idempotency-Key: the key claimed in one statement, the handler's savepoint and its release,
# the answer stored.
KEYED_STATEMENTS = CREATE_STATEMENTS + 4


class Statements:
    """The statements the thread that wrote `marker` sent during a block (other threads, such as
    the batch workers polling, are not counted)."""

    def __init__(self, api: Api, marker: str) -> None:
        self.engine, self.marker = api.services.engine, marker
        self.sent: list[tuple[int, str]] = []

    def _record(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.sent.append((threading.get_ident(), " ".join(statement.split())))

    def __enter__(self) -> Statements:
        event.listen(self.engine, "before_cursor_execute", self._record)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)

    def of_writer(self) -> list[str]:
        writers = {ident for ident, text in self.sent if text.startswith(self.marker)}
        assert len(writers) == 1, self.sent
        return [text for ident, text in self.sent if ident in writers and not text.startswith("BEGIN")]


def create(api: Api, number: str, **headers: str) -> None:
    body = {"metadata": {"userId": "tester"}, "customer": {"customerNo": number, "name": f"Kunde {number}"}}
    response = api.post(CUSTOMERS, json=body, headers=headers)
    assert response.status_code == 201, response.text


def test_creating_a_customer_sends_a_pinned_number_of_statements(api: Api) -> None:
    create(api, "1")  # the client's first write also makes its counters
    with Statements(api, "INSERT INTO customers") as statements:
        create(api, "2")
    sent = statements.of_writer()
    assert len(sent) == CREATE_STATEMENTS, "\n".join(sent)
    with Statements(api, "INSERT INTO customers") as statements:
        create(api, "3", **{"Idempotency-Key": "k-3"})
    sent = statements.of_writer()
    assert len(sent) == KEYED_STATEMENTS, "\n".join(sent)
    # The client's first write of a sequence made it (and its client) in the same transaction.
    numbers = [c["accountNo"] for c in api.get(CUSTOMERS).json()["customers"]]
    assert numbers == [500000, 500001, 500002]
    items = api.get(f"/clients/{CLIENTNO}/logitems").json()["logItems"]
    assert [item["logItemId"] for item in items] == [1, 2, 3]


@pytest.fixture
def quick_busy(tmp_path: Path, sqlite_template: Path) -> Iterator[Api]:
    path = tmp_path / "armrest.db"
    shutil.copyfile(sqlite_template, path)
    # No batch workers: a worker's heartbeat (a write, the moment it starts) would race the writers
    # these tests order.
    with running(f"sqlite:///{path}", db_busy_timeout=BUSY, batch_workers=0) as api:
        yield api


BUSY = 0.5


def test_sqlite_writers_of_one_process_queue_before_taking_the_write_lock(quick_busy: Api) -> None:
    api, began = quick_busy, []
    inside, release = threading.Event(), threading.Event()

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("BEGIN IMMEDIATE"):
            began.append(threading.current_thread().name)

    def first() -> None:
        with writing(api.services.engine):
            inside.set()
            release.wait(10)

    event.listen(api.services.engine, "before_cursor_execute", note)
    holder = threading.Thread(target=first, name="first")
    holder.start()
    assert inside.wait(10)
    answers: list[int] = []
    second = threading.Thread(
        target=lambda: answers.append(api.post(CUSTOMERS, json=customer_body("1")).status_code), name="second"
    )
    second.start()
    gate = api.services.engine.get_execution_options()["armrest_writer_gate"]
    deadline = time.monotonic() + 30
    while not gate._waiting:  # the second writer has queued for its turn
        assert time.monotonic() < deadline, "the second writer never queued"
        time.sleep(0.005)
    # The second writer waits in the process, not in SQLite's busy handler (its BEGIN IMMEDIATE
    # comes once the first writer is done).
    assert began == ["first"]
    release.set()
    holder.join(10)
    second.join(10)
    assert answers == [201]
    assert began[0] == "first" and len(began) == 2


def test_queued_sqlite_writers_write_in_the_order_they_came(quick_busy: Api) -> None:
    engine = quick_busy.services.engine
    gate = engine.get_execution_options()["armrest_writer_gate"]
    inside, release, order = threading.Event(), threading.Event(), []

    def first() -> None:
        with writing(engine):
            inside.set()
            release.wait(10)

    def queued(name: str) -> None:
        with writing(engine):
            order.append(name)

    threads = [threading.Thread(target=first)]
    threads[0].start()
    assert inside.wait(10)
    for n in range(4):
        threads.append(threading.Thread(target=queued, args=(f"w{n}",)))
        threads[-1].start()
        deadline = time.monotonic() + 10
        while len(gate._waiting) < n + 1 and time.monotonic() < deadline:
            time.sleep(0.005)
    release.set()
    for thread in threads:
        thread.join(10)
    assert order == ["w0", "w1", "w2", "w3"]  # none overtook one that waited longer


def test_a_writer_queued_beyond_the_busy_timeout_answers_503(quick_busy: Api) -> None:
    api, inside, release = quick_busy, threading.Event(), threading.Event()

    def hold() -> None:
        with writing(api.services.engine):
            inside.set()
            release.wait(10)

    pace = Pace.measure(lambda: api.get(CUSTOMERS))
    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert inside.wait(10)
        started = time.monotonic()
        response = api.post(CUSTOMERS, json=customer_body("1"))
        took = time.monotonic() - started
    finally:
        release.set()
        holder.join(10)
    assert response.status_code == 503, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers["retry-after"] == "2"
    assert "locked by another writer" in response.json()["detail"]
    assert took >= BUSY, f"answered after {took:.2f}s, before the busy timeout"
    assert pace.within(took, bound=BUSY), pace.explain(took, bound=BUSY)
    assert api.post(CUSTOMERS, json=customer_body("1")).status_code == 201
    assert [c["customerNo"] for c in api.get(CUSTOMERS).json()["customers"]] == ["1"]
