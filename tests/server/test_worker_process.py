"""`armrest worker` as a process of its own: beside `armrest serve --no-worker` on one PostgreSQL
database, it takes a batch submitted over HTTP to its end, and stops when told (SIGTERM)."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import httpx
import orjson
import pytest
import sqlalchemy

from tests.support.server import CLIENTNO, _env, command, serving

pytestmark = pytest.mark.slow  # starts armrest serve and armrest worker processes


@pytest.mark.parametrize("database", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True)
def test_a_batch_is_processed_by_the_worker_process_beside_a_server_without_one(
    migrated_url: str, tmp_path: Path
) -> None:
    log = tmp_path / "worker.log"
    with log.open("wb") as sink:
        worker = subprocess.Popen(
            [
                *command(),
                "worker",
                "--database-url",
                migrated_url,
                "--worker-poll",
                "0.05",
                "--log-level",
                "INFO",
            ],
            stdout=sink,
            stderr=subprocess.STDOUT,
            env=_env(),
            start_new_session=True,
        )
    try:
        with serving(tmp_path, database_url=migrated_url, no_worker=True) as server:
            headers = {"Authorization": f"Bearer {server.token()}"}
            items = [{"customerNo": f"W{n}", "name": f"Kunde {n}"} for n in range(3)]
            answer = httpx.post(
                f"{server.base_url}/clients/{CLIENTNO}/customers/batches",
                json={"metadata": {"userId": "worker-test"}, "customers": items},
                headers=headers,
            )
            assert answer.status_code == 202, answer.text
            location = answer.headers["location"]
            deadline = time.monotonic() + 30
            while (batch := httpx.get(location, headers=headers)).status_code == 202:
                assert time.monotonic() < deadline and worker.poll() is None, log.read_text()
                time.sleep(0.05)
    finally:
        worker.send_signal(signal.SIGTERM)  # this process alone, by its pid
        stopped = worker.wait(timeout=30)
    engine = sqlalchemy.create_engine(migrated_url)
    with engine.connect() as conn:
        beating = set(conn.execute(sqlalchemy.text("SELECT worker_id FROM worker_heartbeats")).scalars())
    engine.dispose()
    body = batch.json()
    assert (batch.status_code, body["status"], body["acceptedCount"]) == (200, "COMPLETED", 3), body
    # The server ran no worker: every worker that beat is the worker process's.
    assert beating and all(name.endswith(f"-{worker.pid}-0") for name in beating), beating
    assert stopped == 0, log.read_text()
    messages = [
        orjson.loads(line)["message"] for line in log.read_text().splitlines() if line.startswith("{")
    ]
    assert messages[-2:] == ["stopping: each worker ends its chunk and hands its batch back", "stopped"]
