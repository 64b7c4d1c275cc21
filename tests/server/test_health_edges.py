"""Health when the database goes away between its ping and the worker's figures."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from armrest_server.store import batches
from tests.support.app import Api


def test_a_database_lost_after_the_ping_answers_503_down(
    sqlite_api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    def gone(_conn: Connection) -> int:
        raise OperationalError("SELECT count(*)", {}, Exception("disk I/O error"))

    monkeypatch.setattr(batches, "queued_count", gone)
    response = sqlite_api.client.get("/arm/v1/health")
    body = response.json()
    assert (response.status_code, body["status"], body["database"], body["worker"]["status"]) == (
        503,
        "DOWN",
        {"status": "DOWN", "latencyMs": None},
        "DOWN",
    )
    assert "Retry-After" in response.headers
