"""A document batch chunk costs the same number of database statements whatever its size: every
table's rows go in (or, for stored wire forms, onto their rows) with one statement, never one per
row. Counted as the driver sends them: an executemany is one statement on SQLite (a loop inside
the library) and one per parameter set on PostgreSQL (each sent to the server)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

from armrest_server.worker.kinds import batch_kinds
from armrest_server.worker.queue import Worker
from tests.support.app import CLIENTNO, Api, running
from tests.support.builders import create_customer, document, document_batch


@contextmanager
def _statements(engine: Engine) -> Iterator[Counter[str]]:
    """Statements sent while the block runs, by their first words."""
    counted: Counter[str] = Counter()
    postgres = engine.dialect.name == "postgresql"

    def count(_conn: Any, _cursor: Any, statement: str, params: Any, _context: Any, many: bool) -> None:
        counted[" ".join(statement.split()[:3])] += len(params) if many and postgres else 1

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield counted
    finally:
        event.remove(engine, "before_cursor_execute", count)


def _process(api: Api, documents: list[dict[str, Any]]) -> Counter[str]:
    """Statements of a worker processing a batch of `documents` from its claim to its end."""
    answer = api.post(f"/clients/{CLIENTNO}/documents/batches", json=document_batch(documents))
    assert answer.status_code == 202, answer.text
    services = api.services
    worker = Worker(engine=services.engine, kinds=batch_kinds(services), worker_id="counted")
    with _statements(services.engine) as counted:
        assert worker.run_once()
    batch = api.wait_for_batch(answer.json()["batchUuid"], timeout=5).json()
    assert batch["status"] == "COMPLETED", batch
    return counted


def test_a_chunk_of_documents_costs_the_statements_of_a_chunk_of_one(migrated_url: str) -> None:
    with running(migrated_url, batch_workers=0) as api:
        create_customer(api, "543210")
        _process(api, [document("A0000")])  # the first: the client's counters begin, the worker's heartbeat
        one = _process(api, [document("B0000", bundleKey="K0")])
        many = _process(api, [document(f"B{n:04d}", bundleKey=f"K{n}") for n in range(1, 41)])
    assert many == one
    # The AR items' stored forms are written with one statement, after one SELECT of the stale rows.
    assert one["UPDATE ar_items SET"] == 1
