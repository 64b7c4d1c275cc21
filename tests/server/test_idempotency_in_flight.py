"""A request whose Idempotency-Key another request holds beyond the lock time-out (PostgreSQL, where the
second insert waits on the key's unique index; SQLite serialises whole writes, which time out as 503)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import insert

from armrest_server.store.tables import idempotency_keys
from tests.support import postgres
from tests.support.app import CLIENTNO, running, table_counts
from tests.support.builders import customer_body


@pytest.fixture
def pg_url(pg_cluster: str) -> Iterator[str]:
    name = f"inflight_{uuid.uuid4().hex[:12]}"
    yield postgres.copy_of_migrated(pg_cluster, postgres.recreate_database(pg_cluster, name))
    postgres.drop_database(pg_cluster, name)


@pytest.mark.postgres
def test_a_key_held_beyond_the_lock_time_out_answers_409_and_writes_nothing(pg_url: str) -> None:
    with running(pg_url, db_lock_timeout=0.3) as api:
        before = table_counts(api)
        held = {"clientno": CLIENTNO, "idempotency_key": "k-1", "operation_id": "createCustomer"}
        held |= {"request_hash": "0" * 64, "state": "RUNNING", "created_at": datetime.now(UTC)}
        with api.services.engine.connect() as conn, conn.begin():
            conn.execute(insert(idempotency_keys).values(**held))  # held, not committed
            response = api.post(
                f"/clients/{CLIENTNO}/customers", json=customer_body(), headers={"Idempotency-Key": "k-1"}
            )
            conn.rollback()
        assert response.status_code == 409, response.text
        assert response.headers["retry-after"] == "1"
        assert "still in progress" in response.json()["detail"]
        assert table_counts(api) == before
