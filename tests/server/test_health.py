"""Health: no token; UP, DEGRADED (worker silent for over 60 s) and DOWN (503, database unreachable)."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import create_engine, update

from armrest_server.store import batches, clients
from armrest_server.store.db import ping, writing
from armrest_server.store.tables import worker_heartbeats
from armrest_server.worker.queue import Worker
from tests.support.app import CLIENTNO, Api, running

PATH = "/arm/v1/health"


def health(api: Api) -> Any:
    return api.client.get(PATH)  # no Authorization header


def stop_workers(api: Api) -> None:
    for worker in api.services.workers:
        worker.stop()


def age_heartbeats(api: Api, seconds: int) -> None:
    with writing(api.services.engine) as conn:
        conn.execute(update(worker_heartbeats).values(beat_at=datetime.now(UTC) - timedelta(seconds=seconds)))


def test_health_needs_no_token_and_is_up(api: Api) -> None:
    response = health(api)
    assert (response.status_code, response.json()["status"]) == (200, "UP")


def test_health_is_up_the_moment_the_app_serves_before_a_worker_thread_has_run(
    migrated_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The worker threads never get to their loop's own heartbeat: what the app says on its first
    # request is what it knew when it started. (A loaded machine once answered DEGRADED here.)
    monkeypatch.setattr(Worker, "run_once", lambda _self: False)
    with running(migrated_url) as api:
        body = health(api).json()
    assert (body["status"], body["worker"]["status"]) == ("UP", "UP")


def test_health_is_never_cached(api: Api) -> None:
    assert health(api).headers["cache-control"] == "no-store"


def test_health_names_the_contract_version(api: Api) -> None:
    assert health(api).json()["version"] == api.services.spec_version


def test_the_database_check_reports_its_latency(api: Api) -> None:
    database = health(api).json()["database"]
    assert (database["status"], 0 <= database["latencyMs"] <= 2000) == ("UP", True)


def test_the_worker_reports_its_last_heartbeat(api: Api) -> None:
    worker = health(api).json()["worker"]
    beat = datetime.fromisoformat(worker["lastHeartbeat"].replace("Z", "+00:00"))
    assert (worker["status"], datetime.now(UTC) - beat < timedelta(seconds=60)) == ("UP", True)


def test_a_worker_silent_for_over_60_seconds_degrades_the_service(api: Api) -> None:
    stop_workers(api)
    age_heartbeats(api, 61)
    body = health(api).json()
    assert (body["status"], body["worker"]["status"], body["database"]["status"]) == (
        "DEGRADED",
        "DOWN",
        "UP",
    )


def test_a_heartbeat_59_seconds_old_is_alive(api: Api) -> None:
    stop_workers(api)
    age_heartbeats(api, 59)
    assert health(api).json()["status"] == "UP"


def test_degraded_is_still_200(api: Api) -> None:
    stop_workers(api)
    age_heartbeats(api, 3600)
    assert health(api).status_code == 200


def test_queued_counts_the_batches_waiting_to_start(api: Api) -> None:
    stop_workers(api)
    with writing(api.services.engine) as conn:
        clients.ensure(conn, CLIENTNO)
        for _ in range(2):
            batches.enqueue(conn, CLIENTNO, "REPORT", "tester", {}, 1)
        running = batches.enqueue(conn, CLIENTNO, "REPORT", "tester", {}, 1)
        conn.execute(
            update(batches.batches).where(batches.batches.c.batch_uuid == running).values(status="PROCESSING")
        )
    assert health(api).json()["worker"]["queued"] == 2


def processing_batch(api: Api, **values: Any) -> None:
    """A batch claimed by a worker, in the state `values` give it (the workers are stopped)."""
    stop_workers(api)
    with writing(api.services.engine) as conn:
        clients.ensure(conn, CLIENTNO)
        uuid = batches.enqueue(conn, CLIENTNO, "REPORT", "tester", {}, 1)
        conn.execute(
            update(batches.batches)
            .where(batches.batches.c.batch_uuid == uuid)
            .values(status="PROCESSING", started_at=datetime.now(UTC), **values)
        )
    # the stopped workers' heartbeat is fresh: only the batch can degrade the answer


def test_a_batch_whose_claims_ran_out_twice_is_stuck_and_degrades(api: Api) -> None:
    processing_batch(api, attempts=2, lease_until=datetime.now(UTC) - timedelta(seconds=1))
    body = health(api).json()
    assert (body["status"], body["worker"]["status"], body["worker"]["stuck"]) == ("DEGRADED", "UP", 1)


def test_a_batch_claimed_once_and_within_its_lease_is_not_stuck(api: Api) -> None:
    processing_batch(api, attempts=1, lease_until=datetime.now(UTC) + timedelta(seconds=60))
    body = health(api).json()
    assert (body["status"], body["worker"]["stuck"]) == ("UP", 0)


def test_a_batch_without_progress_for_two_leases_is_stuck(api: Api) -> None:
    long_ago = datetime.now(UTC) - timedelta(seconds=121)
    processing_batch(
        api, attempts=1, progress_at=long_ago, lease_until=datetime.now(UTC) + timedelta(seconds=60)
    )
    body = health(api).json()
    assert (body["status"], body["worker"]["stuck"]) == ("DEGRADED", 1)


def test_a_batch_with_progress_a_lease_ago_is_not_stuck(api: Api) -> None:
    recently = datetime.now(UTC) - timedelta(seconds=100)
    processing_batch(
        api, attempts=1, progress_at=recently, lease_until=datetime.now(UTC) + timedelta(seconds=60)
    )
    assert health(api).json()["worker"]["stuck"] == 0


@pytest.fixture
def database_down(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    """The handler's database becomes unreachable (a file in a folder that does not exist)."""
    monkeypatch.setattr(api.services, "engine", create_engine("sqlite:////nonexistent/folder/armrest.db"))


def test_an_unreachable_database_answers_503_down(api: Api, database_down: None) -> None:
    response = health(api)
    body = response.json()
    body.pop("time")
    assert (response.status_code, body) == (
        503,
        {
            "status": "DOWN",
            "version": api.services.spec_version,
            "database": {"status": "DOWN", "latencyMs": None},
            "worker": {"status": "DOWN", "lastHeartbeat": None, "queued": 0, "stuck": 0, "failed": 0},
        },
    )


def test_503_is_json_and_not_cached(api: Api, database_down: None) -> None:
    response = health(api)
    assert (response.headers["content-type"], response.headers["cache-control"]) == (
        "application/json",
        "no-store",
    )


def test_health_ignores_a_bad_token(api: Api) -> None:
    response = api.client.get(PATH, headers={"Authorization": "Bearer not-a-token"})
    assert response.status_code == 200


def test_a_database_that_hangs_is_down_after_the_timeout() -> None:
    """The ping gives up while the connection still hangs: it answers before the hang ends."""
    hang_over = threading.Event()

    def hanging_connection() -> sqlite3.Connection:
        hang_over.wait(60)
        return sqlite3.connect(":memory:", check_same_thread=False)

    engine = create_engine("sqlite://", creator=hanging_connection)
    try:
        assert (ping(engine, 0.2), hang_over.is_set()) == (None, False)
    finally:
        hang_over.set()
