"""A batch interrupted by a crash of the server completes after a restart: nothing lost, nothing doubled."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import sqlalchemy

from tests.support.server import CLIENTNO, Server, serving

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
