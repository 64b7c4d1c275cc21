"""Every batch ends: an item that raises is rejected alone, an attempt that fails is retried, and a
batch that cannot progress ends FAILED with the results committed before it kept."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import OperationalError

from armrest_server.domain import customers as domain
from armrest_server.domain import documents as document_rules
from armrest_server.store import batches as store
from armrest_server.store.db import writing
from armrest_server.store.tables import batches, customers, documents, worker_heartbeats
from armrest_server.usecases import reports
from armrest_server.worker import queue
from armrest_server.worker.kinds import batch_kinds
from tests.support.app import CLIENTNO, Api, running
from tests.support.builders import (
    create_customer,
    customer,
    customer_batch,
    document,
    document_batch,
    report_body,
)

BATCHES = f"/clients/{CLIENTNO}/customers/batches"
POISON = "P1"


@pytest.fixture
def fast_api(migrated_url: str) -> Iterator[Api]:
    """Failed attempts retried at once, and a batch failing after 3 of them."""
    with running(migrated_url, batch_retry_delay=0.01, batch_attempts=3) as client:
        yield client


@pytest.fixture
def poisoned(monkeypatch: pytest.MonkeyPatch) -> None:
    """Customer POISON raises inside the rules, as a schema-valid item that breaks the code would."""
    real = domain.merge

    def merge(stored: Any, sent: Any, today: Any, codes: Any) -> Any:
        if sent["customerNo"] == POISON:
            raise ValueError("year 0 is out of range")
        return real(stored, sent, today, codes)

    monkeypatch.setattr(domain, "merge", merge)


def run(api: Api, items: list[dict[str, Any]], path: str = BATCHES, body: Any = customer_batch) -> Any:
    response = api.post(path, json=body(items))
    assert response.status_code == 202, response.text
    return api.wait_for_batch(response.json()["batchUuid"], timeout=30)


def count(api: Api, table: Any) -> int:
    with api.services.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def health(api: Api) -> Any:
    return api.client.get("/arm/v1/health").json()


def stop_workers(api: Api) -> None:
    for worker in api.services.workers:
        worker.stop()


def poison_result(index: int, key: str, pointer: str, error: str) -> dict[str, Any]:
    message = f"The item could not be processed (the error is logged): {error}"
    return {
        "index": index,
        "key": key,
        "resultType": "REJECTED",
        "result": None,
        "errors": [{"pointer": pointer, "message": message, "code": "processingFailed"}],
    }


# --- an item that raises ---------------------------------------------------------------------------
def test_an_item_that_raises_is_rejected_and_the_others_are_applied(api: Api, poisoned: None) -> None:
    response = run(api, [customer("1"), customer(POISON), customer("3")])
    body = response.json()
    assert (
        response.status_code,
        body["status"],
        body["message"],
        [(i["key"], i["resultType"]) for i in body["items"]],
        body["items"][1],
        count(api, customers),
    ) == (
        206,
        "COMPLETED_WITH_ERRORS",
        None,
        [("1", "ACCEPTED"), (POISON, "REJECTED"), ("3", "ACCEPTED")],
        poison_result(1, POISON, "/customers/1", "ValueError: year 0 is out of range"),
        2,
    )


def test_a_poisoned_chunk_among_others_writes_every_valid_item_once_in_order(
    api: Api, poisoned: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queue, "CHUNK", 3)  # the poison is in the middle of the second chunk
    numbers = ["1", "2", "3", "4", POISON, "6", "7"]
    body = run(api, [customer(n) for n in numbers]).json()
    accounts = [
        api.get(f"/clients/{CLIENTNO}/customers/{n}").json()["accountNo"] for n in numbers if n != POISON
    ]
    assert (
        body["status"],
        [i["index"] for i in body["items"]],
        [i["key"] for i in body["items"] if i["resultType"] == "REJECTED"],
        count(api, customers),
        # the poison's rolled-back savepoint gave its account number back: still consecutive
        [a - accounts[0] for a in accounts],
    ) == ("COMPLETED_WITH_ERRORS", list(range(7)), [POISON], 6, list(range(6)))


def test_a_document_that_raises_is_rejected_and_the_others_are_written(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_customer(api, "543210")
    real = document_rules.plan

    def plan(ctx: Any, sent: Any) -> Any:
        if sent["documentNo"] == "200002":
            raise OverflowError("date value out of range")
        return real(ctx, sent)

    monkeypatch.setattr(document_rules, "plan", plan)
    items = [document("200001"), document("200002"), document("200003")]
    body = run(api, items, f"/clients/{CLIENTNO}/documents/batches", document_batch).json()
    assert (
        body["status"],
        body["items"][1],
        [i["resultType"] for i in body["items"]],
        count(api, documents),
    ) == (
        "COMPLETED_WITH_ERRORS",
        poison_result(1, "200002", "/documents/1", "OverflowError: date value out of range"),
        ["ACCEPTED", "REJECTED", "ACCEPTED"],
        2,
    )


def test_a_report_job_whose_report_raises_ends_with_the_job_rejected(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    def make(*args: Any) -> Any:
        raise KeyError("glYear")

    monkeypatch.setattr(reports, "make", make)
    day = api.services.today().isoformat()
    response = api.post(f"/clients/{CLIENTNO}/actions/reports/glbalance", json=report_body(asOfDate=day))
    assert response.status_code == 201, response.text
    batch = api.wait_for_batch(response.json()["batchUuid"], timeout=30)
    body = batch.json()
    assert (batch.status_code, body["status"], body["fileId"], body["items"]) == (
        206,
        "COMPLETED_WITH_ERRORS",
        None,
        [poison_result(0, "glbalance", "", "KeyError: 'glYear'")],
    )


def test_documents_at_the_edges_of_the_calendar_end_the_batch_and_spare_the_others(api: Api) -> None:
    """Real payloads that once raised inside the server: whatever each answers, the batch ends and
    the ordinary documents around them are written."""
    create_customer(api, "543210")
    items = [
        document("300001"),
        document("300002", documentDate="2100-12-31"),
        document("300003", documentDate="2000-01-01"),
        document("300004"),
    ]
    response = run(api, items, f"/clients/{CLIENTNO}/documents/batches", document_batch)
    body = response.json()
    assert (
        response.status_code,
        body["processedCount"],
        body["items"][0]["resultType"],
        body["items"][3]["resultType"],
    ) == (200 if body["status"] == "COMPLETED" else 206, 4, "ACCEPTED", "ACCEPTED")
    assert body["status"] in ("COMPLETED", "COMPLETED_WITH_ERRORS")


def test_a_database_fault_in_an_item_is_retried_not_blamed_on_the_item(
    fast_api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    real, calls = domain.merge, []

    def merge(stored: Any, sent: Any, today: Any, codes: Any) -> Any:
        calls.append(sent["customerNo"])
        if len(calls) == 2:  # once: the database went away under the first attempt
            raise OperationalError("UPDATE customers", {}, Exception("database is locked"))
        return real(stored, sent, today, codes)

    monkeypatch.setattr(domain, "merge", merge)
    response = run(fast_api, [customer("1"), customer("2"), customer("3")])
    body = response.json()
    assert (response.status_code, body["status"], body["acceptedCount"], count(fast_api, customers)) == (
        200,
        "COMPLETED",
        3,
        3,
    )


# --- an attempt that fails as a whole ---------------------------------------------------------------
def failing_commits_after(monkeypatch: pytest.MonkeyPatch, good: int) -> None:
    """The chunk commit fails (here: recording its results raises) after `good` chunks."""
    real, calls = store.record, []

    def record(*args: Any, **kwargs: Any) -> None:
        calls.append(1)
        if len(calls) > good:
            raise RuntimeError("the disk is full")
        real(*args, **kwargs)

    monkeypatch.setattr(store, "record", record)


def test_a_batch_whose_every_attempt_fails_ends_failed_keeping_what_committed(
    fast_api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queue, "CHUNK", 2)
    failing_commits_after(monkeypatch, good=1)
    response = run(fast_api, [customer(str(n)) for n in range(5)])
    body = response.json()
    assert (
        response.status_code,
        body["status"],
        body["message"],
        body["processedCount"],
        [i["key"] for i in body["items"]],
        body["completedAt"] is not None,
        count(fast_api, customers),
    ) == (
        206,
        "FAILED",
        "Processing stopped after 3 attempts without progress: the last one failed with "
        "RuntimeError: the disk is full",
        2,
        ["0", "1"],
        True,
        2,
    )


def test_a_failed_batch_degrades_health(fast_api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    assert health(fast_api)["status"] == "UP"
    failing_commits_after(monkeypatch, good=0)
    assert run(fast_api, [customer("1")]).json()["status"] == "FAILED"
    answer = health(fast_api)
    assert (answer["status"], answer["worker"]["status"], answer["worker"]["failed"]) == ("DEGRADED", "UP", 1)


def test_a_batch_failed_over_an_hour_ago_no_longer_degrades_health(
    fast_api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    failing_commits_after(monkeypatch, good=0)
    run(fast_api, [customer("1")])
    with writing(fast_api.services.engine) as conn:
        conn.execute(update(batches).values(completed_at=datetime.now(UTC) - timedelta(minutes=61)))
    answer = health(fast_api)
    assert (answer["status"], answer["worker"]["failed"]) == ("UP", 0)


def test_a_batch_whose_workers_keep_dying_ends_failed_at_its_next_claim(api: Api) -> None:
    stop_workers(api)
    uuid = run_queued(api)
    with writing(api.services.engine) as conn:  # five claims whose workers died before committing
        conn.execute(
            update(batches).values(
                status="PROCESSING", attempts=5, lease_until=datetime.now(UTC) - timedelta(seconds=1)
            )
        )
    assert api.services.workers[0].run_once() is False
    body = api.get(f"/clients/{CLIENTNO}/batches/{uuid}").json()
    assert (body["status"], body["message"], count(api, customers)) == (
        "FAILED",
        "Processing stopped after 5 attempts without progress: its workers stopped before committing any",
        0,
    )


def test_progress_resets_the_attempts(api: Api) -> None:
    stop_workers(api)
    uuid = run_queued(api)
    with writing(api.services.engine) as conn:
        conn.execute(update(batches).values(attempts=4))
        claimed = store.claim(conn, api.services.engine)
        assert claimed is not None and claimed["attempts"] == 5
        store.record(
            conn,
            uuid,
            [{"idx": 0, "item_key": "1", "result_type": "ACCEPTED", "result": "CREATED", "errors": []}],
        )
        assert conn.execute(select(batches.c.attempts)).scalar_one() == 0


def run_queued(api: Api, items: list[dict[str, Any]] | None = None) -> str:
    response = api.post(BATCHES, json=customer_batch(items or [customer("1"), customer("2")]))
    return str(response.json()["batchUuid"])


# --- a worker told to stop ----------------------------------------------------------------------------
def a_worker(api: Api, name: str) -> queue.Worker:
    """A worker of the app's queue, not started: the test runs it on its own thread (`run_once`)."""
    services = api.services
    return queue.Worker(
        engine=services.engine, kinds=batch_kinds(services), forms=services.forms, worker_id=name
    )


def claim_state(api: Api) -> tuple[str, int, bool]:
    """The batch's status, attempts, and whether its claim has run out (another worker may take it)."""
    with writing(api.services.engine) as conn:
        row = conn.execute(select(batches.c.status, batches.c.attempts)).one()
        return row.status, row.attempts, store.has_work(conn)


def test_a_worker_told_to_stop_ends_its_chunk_and_the_next_resumes_the_batch_at_once(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    stop_workers(api)
    monkeypatch.setattr(queue, "CHUNK", 2)
    uuid = run_queued(api, [customer(str(n)) for n in range(5)])
    first = a_worker(api, "first")
    real = first.kinds["CUSTOMERS_CREATE"].process

    def process(*args: Any) -> Any:
        first.request_stop()  # as SIGTERM does, while the first chunk is processed
        return real(*args)

    monkeypatch.setitem(first.kinds, "CUSTOMERS_CREATE", queue.Kind(process=process))
    assert first.run_once()
    handed_back = claim_state(api)
    assert a_worker(api, "next").run_once()
    body = api.get(f"/clients/{CLIENTNO}/batches/{uuid}").json()
    assert (handed_back, body["status"], [i["index"] for i in body["items"]], count(api, customers)) == (
        ("PROCESSING", 0, True),
        "COMPLETED",
        [0, 1, 2, 3, 4],
        5,
    )


def test_a_worker_stopped_before_its_first_chunk_hands_the_batch_back_uncounted(api: Api) -> None:
    stop_workers(api)
    run_queued(api)
    with writing(api.services.engine) as conn:
        conn.execute(update(batches).values(attempts=2))  # two workers died in it before
    worker = a_worker(api, "stopped")
    worker.request_stop()
    assert worker.run_once()
    assert (claim_state(api), count(api, customers)) == (("PROCESSING", 2, True), 0)


def test_a_worker_whose_first_heartbeat_fails_starts_and_beats_once_the_database_answers(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    stop_workers(api)
    real = store.heartbeat
    calls: list[str] = []
    beaten = threading.Event()

    def heartbeat(conn: Any, worker_id: str) -> None:
        calls.append(worker_id)
        if len(calls) == 1:
            raise OperationalError("UPDATE worker_heartbeats", {}, Exception("database is locked"))
        real(conn, worker_id)
        beaten.set()

    monkeypatch.setattr(store, "heartbeat", heartbeat)
    worker = a_worker(api, "late")
    worker.start()  # does not raise: the thread beats when it can
    try:
        assert beaten.wait(30)
    finally:
        worker.stop()
    with writing(api.services.engine) as conn:
        beats = conn.execute(select(func.count()).where(worker_heartbeats.c.worker_id == "late")).scalar_one()
    assert (calls[:2], beats) == (["late", "late"], 1)
