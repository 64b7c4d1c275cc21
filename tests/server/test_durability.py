"""A batch interrupted by a crash of the server completes after a restart: nothing lost, nothing doubled."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest
import sqlalchemy

from tests.support.server import CLIENTNO, Server, serving

pytestmark = pytest.mark.slow  # kills and restarts armrest serve processes

ITEMS = 10_000  # the most one batch takes: 20 chunks, long enough to be killed in the middle


def _customers() -> list[dict[str, object]]:
    return [{"customerNo": f"D{n:06d}", "name": f"Kunde {n}"} for n in range(ITEMS)]


def _batch(server: Server, token: str, uuid: str) -> httpx.Response:
    return httpx.get(
        f"{server.base_url}/clients/{CLIENTNO}/batches/{uuid}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )


def _processed(database_url: str, uuid: str) -> int:
    engine = sqlalchemy.create_engine(database_url)
    with engine.connect() as conn:
        count = conn.execute(
            sqlalchemy.text("SELECT processed_count FROM batches WHERE batch_uuid = :u"), {"u": uuid}
        ).scalar_one()
    engine.dispose()
    return int(count)


def test_a_batch_killed_midway_completes_after_restart_exactly_once(tmp_path: Path) -> None:
    with serving(tmp_path, batch_lease="2") as first:
        token = first.token()
        answer = httpx.post(
            f"{first.base_url}/clients/{CLIENTNO}/customers/batches",
            json={"metadata": {"userId": "crash-test"}, "customers": _customers()},
            headers={"Authorization": f"Bearer {token}"},
            timeout=60,
        )
        assert answer.status_code == 202, answer.text
        uuid = answer.json()["batchUuid"]
        deadline = time.monotonic() + 60
        while _processed(first.database_url, uuid) == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        first.kill()
    done_before_restart = _processed(first.database_url, uuid)

    with serving(tmp_path, batch_lease="2") as second:
        deadline = time.monotonic() + 120
        while (batch := _batch(second, token, uuid)).status_code == 202 and time.monotonic() < deadline:
            time.sleep(0.1)
        engine = sqlalchemy.create_engine(second.database_url)
        with engine.connect() as conn:
            customers = conn.execute(
                sqlalchemy.text(
                    "SELECT count(*), count(DISTINCT customer_key) FROM customers WHERE clientno = :c"
                ),
                {"c": CLIENTNO},
            ).one()
            results = conn.execute(
                sqlalchemy.text("SELECT count(*) FROM batch_items WHERE batch_uuid = :u"), {"u": uuid}
            ).scalar_one()
        engine.dispose()

    body = batch.json()
    assert (
        0 < done_before_restart < ITEMS,
        batch.status_code,
        body["acceptedCount"],
        tuple(customers),
        results,
    ) == (True, 200, ITEMS, (ITEMS, ITEMS), ITEMS)


def _until_it_dies(folder: Path, **flags: str) -> None:
    """A server that kills itself at its fault point, whether it has answered health by then or not."""
    try:
        with serving(folder, **flags) as server:
            server.wait_until_dead()
    except RuntimeError as error:  # it claimed the batch, and died, before its first health answer
        assert "exited with -9" in str(error), error


def test_a_batch_whose_workers_die_in_every_attempt_ends_failed_and_health_says_so(tmp_path: Path) -> None:
    limits = {"batch_lease": "1", "batch_attempts": "2"}
    with serving(tmp_path, fault_point="chunk-written", **limits) as first:
        token = first.token()
        answer = httpx.post(
            f"{first.base_url}/clients/{CLIENTNO}/customers/batches",
            json={"metadata": {"userId": "crash-test"}, "customers": _customers()[:3]},
            headers={"Authorization": f"Bearer {token}"},
            timeout=60,
        )
        assert answer.status_code == 202, answer.text
        uuid = answer.json()["batchUuid"]
        first.wait_until_dead()
    # the second attempt dies in the same chunk
    _until_it_dies(tmp_path, fault_point="chunk-written", **limits)

    with serving(tmp_path, **limits) as third:  # the third claim gives up instead
        deadline = time.monotonic() + 60
        while (batch := _batch(third, token, uuid)).status_code == 202 and time.monotonic() < deadline:
            time.sleep(0.1)
        health = httpx.get(f"{third.base_url}/health", timeout=30).json()
    body = batch.json()
    assert (
        batch.status_code,
        body["status"],
        body["message"],
        body["processedCount"],
        (health["status"], health["worker"]["failed"]),
    ) == (
        206,
        "FAILED",
        "Processing stopped after 2 attempts without progress: its workers stopped before committing any",
        0,
        ("DEGRADED", 1),
    )
