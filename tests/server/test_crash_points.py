"""Exactly once under crashes: `armrest serve` killed at every fault point of the write path.

Each test starts a real server with `fault_point` set, sends a write, and the server SIGKILLs itself
at that point (armrest_server/faults.py). It is restarted on the same database without the point and
the client resends with the same Idempotency-Key, as a client whose connection broke does. The
ledger is the judge: each key made at most one voucher (one document, one batch), and every later
resend replays the first answer the client received (status and body). Keys are also aged by more than
any "in progress" period (but less than the 24 h lifetime) before the resend: a key that was left
half-done by the crash must not let the write run a second time.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy

from armrest_server import faults
from armrest_server.store.tables import idempotency_keys
from tests.support.builders import customer_batch, document_body, line, posting, postings_body
from tests.support.server import CLIENTNO, Server, serving, token_for

pytestmark = pytest.mark.slow  # kills and restarts armrest serve processes

IDEMPOTENCY_POINTS = ["key-claimed", "handler-done", "answer-stored", "before-answer"]
KEY = "crash-key-1"


def _cases(points: list[str]) -> Any:
    """Every point on SQLite; on PostgreSQL the point that splits the handler's write from its stored
    answer. The commit boundaries are one mechanism (store/db.py) on both databases, so the other
    points add minutes of server restarts but nothing PostgreSQL could do differently."""
    postgres = pytest.param(
        "postgres", "handler-done", marks=pytest.mark.postgres, id="postgres-handler-done"
    )
    return pytest.mark.parametrize(
        "database, point",
        [pytest.param("sqlite", point, id=f"sqlite-{point}") for point in points] + [postgres],
        indirect=["database"],
    )


def _headers(token: str, key: str | None = None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"} | ({"Idempotency-Key": key} if key else {})


def _send(server: Server, token: str, path: str, body: Any, key: str | None = KEY) -> httpx.Response:
    return httpx.post(f"{server.base_url}{path}", json=body, headers=_headers(token, key), timeout=60)


def _sql(database_url: str, text: str, **params: Any) -> list[tuple[Any, ...]]:
    engine = sqlalchemy.create_engine(database_url)
    try:
        with engine.begin() as conn:
            result = conn.execute(sqlalchemy.text(text), params)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def _age_keys(database_url: str) -> None:
    """Move every stored key an hour into the past: past any in-progress period, within the 24 h."""
    engine = sqlalchemy.create_engine(database_url)
    c = idempotency_keys.c
    with engine.begin() as conn:
        for key, created_at in conn.execute(sqlalchemy.select(c.idempotency_key, c.created_at)).all():
            aged = sqlalchemy.update(idempotency_keys).where(c.idempotency_key == key)
            conn.execute(aged.values(created_at=created_at - timedelta(hours=1)))
    engine.dispose()


def _token(database_url: str) -> str:
    """A token signed with the database's key (in-process: one subprocess less per test)."""
    return token_for(database_url)


@contextmanager
def _crashed_then_restarted(
    tmp_path: Path,
    database_url: str,
    point: str,
    prepare: Callable[[Server, str], None],
    crash: Callable[..., Any],
) -> Iterator[tuple[Server, str, httpx.Response | None]]:
    """Serve with `point` armed, `prepare`, `crash` (the request that dies), then serve again."""
    first_answer: httpx.Response | None = None
    # A short lease: a batch its dead worker claimed is taken over within seconds after the restart.
    with serving(tmp_path, database_url=database_url, fault_point=point, batch_lease="2") as first:
        token = _token(database_url)
        prepare(first, token)
        try:
            first_answer = crash(first, token)
        except httpx.TransportError:
            first_answer = None  # the connection broke: the client does not know what happened
        first.wait_until_dead()
    _age_keys(database_url)
    with serving(tmp_path, database_url=database_url, batch_lease="2") as second:
        yield second, token, first_answer


def _exactly_once(
    server: Server, token: str, path: str, body: Any, first: httpx.Response | None, expected: int
) -> httpx.Response:
    """Resend twice with the key: the answer is `expected`, the same both times (and the same as the
    one before the crash, when one arrived)."""
    answer = _send(server, token, path, body)
    again = _send(server, token, path, body)
    seen = first if first is not None else answer
    assert (answer.status_code, answer.json(), again.status_code, again.json()) == (
        expected,
        seen.json(),
        expected,
        seen.json(),
    ), server.log.read_text()
    assert again.headers.get("Idempotent-Replayed") == "true"
    return answer


# --- createDocument -------------------------------------------------------------------------------
DOCUMENTS = f"/clients/{CLIENTNO}/documents"


def _customer(server: Server, token: str) -> None:
    body = {"metadata": {"userId": "crash"}, "customer": {"customerNo": "543210", "name": "Kunde"}}
    assert _send(server, token, f"/clients/{CLIENTNO}/customers", body, key=None).status_code == 201


@_cases([*IDEMPOTENCY_POINTS, "document-written"])
def test_create_document_killed_at_every_point_is_booked_once(
    tmp_path: Path, migrated_url: str, point: str
) -> None:
    body = document_body("CRASH-1")
    with _crashed_then_restarted(
        tmp_path, migrated_url, point, _customer, lambda s, t: _send(s, t, DOCUMENTS, body)
    ) as (server, token, first):
        _exactly_once(server, token, DOCUMENTS, body, first, 201)
    vouchers = _sql(
        migrated_url,
        "SELECT count(DISTINCT g.voucher_no), count(DISTINCT d.id) FROM documents d"
        " JOIN gl_entries g ON g.document_id = d.id WHERE d.document_no = 'CRASH-1'",
    )
    assert vouchers == [(1, 1)]


# --- createAutoPostings: a payment without a paymentId, so only the key stands in the way ---------
PAYMENTS = f"/clients/{CLIENTNO}/autopostings/payment"


def _payment() -> dict[str, Any]:
    """A payment dated the day the test runs."""
    return postings_body(posting("P1", date.today().isoformat(), 100, documentNo="PAY-1"))


def _invoice(server: Server, token: str) -> None:
    _customer(server, token)
    invoice = document_body("PAY-1", lines=[line(1, 1000, vat_rate=0)], documentDate="2026-01-05")
    assert _send(server, token, DOCUMENTS, invoice, key=None).status_code == 201


@_cases([*IDEMPOTENCY_POINTS, "autopostings-written"])
def test_a_payment_killed_at_every_point_is_posted_once(
    tmp_path: Path, migrated_url: str, point: str
) -> None:
    payment = _payment()
    with _crashed_then_restarted(
        tmp_path, migrated_url, point, _invoice, lambda s, t: _send(s, t, PAYMENTS, payment)
    ) as (server, token, first):
        _exactly_once(server, token, PAYMENTS, payment, first, 201)
    vouchers = _sql(
        migrated_url, "SELECT count(DISTINCT voucher_no) FROM gl_entries WHERE source = 'AUTOPOSTING'"
    )
    assert vouchers == [(1,)]


# --- a customer batch: killed while accepted, and while its chunks are applied --------------------
BATCHES = f"/clients/{CLIENTNO}/customers/batches"
ITEMS = 1200  # three chunks of 500
BATCH = customer_batch([{"customerNo": f"B{n:05d}", "name": f"Kunde {n}"} for n in range(ITEMS)])


def _nothing(_server: Server, _token: str) -> None:
    return None


@_cases([*IDEMPOTENCY_POINTS, "chunk-written", "chunk-committed"])
def test_a_batch_killed_at_every_point_is_applied_once(tmp_path: Path, migrated_url: str, point: str) -> None:
    with _crashed_then_restarted(
        tmp_path, migrated_url, point, _nothing, lambda s, t: _send(s, t, BATCHES, BATCH)
    ) as (server, token, first):
        accepted = _exactly_once(server, token, BATCHES, BATCH, first, 202)
        uuid = accepted.json()["batchUuid"]
        deadline = time.monotonic() + 120
        while (
            batch := httpx.get(
                f"{server.base_url}/clients/{CLIENTNO}/batches/{uuid}", headers=_headers(token)
            )
        ).status_code == 202 and time.monotonic() < deadline:
            time.sleep(0.1)
    counts = _sql(
        migrated_url,
        "SELECT (SELECT count(*) FROM batches), (SELECT count(*) FROM customers),"
        " (SELECT count(DISTINCT customer_key) FROM customers), (SELECT count(*) FROM batch_items)",
    )
    assert (batch.status_code, batch.json()["acceptedCount"], counts) == (
        200,
        ITEMS,
        [(1, ITEMS, ITEMS, ITEMS)],
    )


def test_an_unknown_fault_point_is_refused_so_a_misspelt_one_cannot_pass_silently() -> None:
    with pytest.raises(ValueError, match="unknown fault point"):
        faults.arm("after-commmit")
    faults.arm(None)
