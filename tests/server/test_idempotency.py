"""Idempotency-Key on POST: a replay answers the stored answer and writes nothing; the same key with
another body answers 422 `idempotencyMismatch` and writes nothing. Only answers the same request would
get again are stored (2xx, deterministic 4xx); a 409, a 5xx leave the key absent, so the resend runs.
(The fuzzer gives every request a key of its own, tests/fuzz/hooks.py, so these rules are proven here;
crashes at every point of the path are tests/server/test_crash_points.py.)"""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from typing import Any

import httpx
import orjson
import pytest
from sqlalchemy import func, select, update

from armrest_server.clock import SettableClock
from armrest_server.store.tables import gl_entries, idempotency_keys
from armrest_server.usecases import autopostings
from tests.support.app import CLIENTNO, Api, advance, running, table_counts
from tests.support.builders import (
    create_customer,
    create_document,
    customer_body,
    line,
    posting,
    postings_body,
)

PATH = f"/clients/{CLIENTNO}/customers"
PAYMENTS = f"/clients/{CLIENTNO}/autopostings/payment"
KEY = {"Idempotency-Key": "create-543210"}


def test_a_replay_answers_the_stored_answer_and_writes_nothing(api: Api) -> None:
    first = api.post(PATH, json=customer_body("543210"), headers=KEY)
    counts = table_counts(api)
    again = api.post(PATH, json=customer_body("543210"), headers=KEY)
    assert (again.status_code, again.json(), again.headers["Idempotent-Replayed"], table_counts(api)) == (
        first.status_code,
        first.json(),
        "true",
        counts,
    )


def test_the_same_key_with_another_body_answers_422_and_writes_nothing(api: Api) -> None:
    api.post(PATH, json=customer_body("543210"), headers=KEY)
    counts = table_counts(api)
    other = api.post(PATH, json=customer_body("543211"), headers=KEY)
    assert (other.status_code, other.json()["errors"][0]["code"], table_counts(api)) == (
        422,
        "idempotencyMismatch",
        counts,
    )


def test_another_key_runs_the_write_again(api: Api) -> None:
    api.post(PATH, json=customer_body("543210"), headers=KEY)
    again = api.post(PATH, json=customer_body("543210"), headers={"Idempotency-Key": "another"})
    assert (again.status_code, "Idempotent-Replayed" in again.headers) == (200, False)  # an update now


# --- payments: without a paymentId only the key stands between a resend and a second voucher --------
def _invoice(api: Api, document_no: str = "INV-1") -> None:
    create_customer(api, "543210")
    day = (api.services.today() - timedelta(days=10)).isoformat()
    create_document(api, document_no, lines=[line(1, 1000, vat_rate=0)], documentDate=day)


def _payment(api: Api, document_no: str = "INV-1", amount: float = 100) -> dict[str, Any]:
    return postings_body(posting("P1", api.services.today().isoformat(), amount, documentNo=document_no))


def _vouchers(api: Api) -> int:
    query = select(func.count(func.distinct(gl_entries.c.voucher_no))).where(
        gl_entries.c.source == "AUTOPOSTING"
    )
    with api.services.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def test_a_409_send_it_again_is_not_stored_so_the_resend_posts(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    _invoice(api)

    def lose(*_args: Any, **_kwargs: Any) -> Any:
        raise autopostings.Race("a concurrent writer settled the item")

    with monkeypatch.context() as patched:
        patched.setattr(autopostings, "plan_locked", lose)
        lost = api.post(PAYMENTS, json=_payment(api), headers=KEY)
    resent = api.post(PAYMENTS, json=_payment(api), headers=KEY)
    assert (lost.status_code, lost.headers.get("Retry-After"), resent.status_code, _vouchers(api)) == (
        409,
        "1",
        201,
        1,
    )
    assert "Idempotent-Replayed" not in resent.headers


def test_a_500_is_not_stored_and_wrote_nothing(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    _invoice(api)
    write = autopostings.write

    def crash_after_writing(*args: Any, **kwargs: Any) -> None:
        write(*args, **kwargs)
        raise RuntimeError("a bug after the postings were written")

    with monkeypatch.context() as patched:
        patched.setattr(autopostings, "write", crash_after_writing)
        failed = api.post(PAYMENTS, json=_payment(api), headers=KEY)
    written_by_the_failure = _vouchers(api)
    resent = api.post(PAYMENTS, json=_payment(api), headers=KEY)
    replayed = api.post(PAYMENTS, json=_payment(api), headers=KEY)
    assert (failed.status_code, written_by_the_failure, resent.status_code, _vouchers(api)) == (
        500,
        0,
        201,
        1,
    )
    assert (replayed.json(), replayed.headers["Idempotent-Replayed"]) == (resent.json(), "true")


def test_a_refusal_is_stored_and_replayed_even_when_the_request_would_now_pass(api: Api) -> None:
    create_customer(api, "543210")
    refused = api.post(PAYMENTS, json=_payment(api, "LATER-1"), headers=KEY)
    day = (api.services.today() - timedelta(days=10)).isoformat()
    create_document(api, "LATER-1", lines=[line(1, 1000, vat_rate=0)], documentDate=day)
    again = api.post(PAYMENTS, json=_payment(api, "LATER-1"), headers=KEY)
    assert (refused.status_code, again.status_code, again.json(), again.headers["Idempotent-Replayed"]) == (
        422,
        422,
        refused.json(),
        "true",
    )
    assert _vouchers(api) == 0


def test_numbers_are_compared_by_value_not_by_spelling(api: Api) -> None:
    _invoice(api)
    raw = orjson.dumps(_payment(api, amount=100))
    spelt_as_float = raw.replace(b'"amount":100', b'"amount":100.0')
    assert spelt_as_float != raw
    headers = KEY | {"Content-Type": "application/json"}
    first = api.post(PAYMENTS, content=raw, headers=headers)
    again = api.post(PAYMENTS, content=spelt_as_float, headers=headers)
    other = api.post(PAYMENTS, content=raw.replace(b'"amount":100', b'"amount":100.5'), headers=headers)
    assert (first.status_code, again.status_code, again.headers.get("Idempotent-Replayed")) == (
        201,
        201,
        "true",
    )
    assert (other.status_code, other.json()["errors"][0]["code"], _vouchers(api)) == (
        422,
        "idempotencyMismatch",
        1,
    )


def test_a_key_left_running_by_an_older_server_is_never_taken_over(api: Api) -> None:
    """Older servers committed a RUNNING claim before the write: its outcome is unknown, so the key
    answers 409 (retry later) however old it is, until its 24 h lifetime ends, and never runs again."""
    _invoice(api)
    assert api.post(PAYMENTS, json=_payment(api), headers=KEY).status_code == 201
    with api.services.engine.begin() as conn:
        hour_ago = api.services.now() - timedelta(hours=1)
        conn.execute(
            update(idempotency_keys).values(state="RUNNING", status=None, body=None, created_at=hour_ago)
        )
    again = api.post(PAYMENTS, json=_payment(api), headers=KEY)
    assert (again.status_code, again.headers.get("Retry-After"), _vouchers(api)) == (409, "1", 1)


def test_concurrent_requests_with_one_key_write_once_and_answer_alike(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second request waits for the first (SQLite: for the write lock; PostgreSQL: on the key's
    unique index) and replays its answer."""
    _invoice(api)
    write = autopostings.write

    def slow_write(*args: Any, **kwargs: Any) -> None:
        time.sleep(0.5)  # both requests are in flight at once
        write(*args, **kwargs)

    monkeypatch.setattr(autopostings, "write", slow_write)
    answers: list[httpx.Response] = []
    threads = [
        threading.Thread(target=lambda: answers.append(api.post(PAYMENTS, json=_payment(api), headers=KEY)))
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(a.status_code for a in answers) == [201, 201]
    assert answers[0].json() == answers[1].json()
    assert sorted(a.headers.get("Idempotent-Replayed", "no") for a in answers) == ["no", "true"]
    assert _vouchers(api) == 1


# --- the key's lifetime, by the server's clock ------------------------------------------------------
def test_a_key_is_replayed_for_24_hours_then_forgotten(clocked_api: Api, clock: SettableClock) -> None:
    first = clocked_api.post(PATH, json=customer_body("543210"), headers=KEY)
    advance(clocked_api, clock, timedelta(hours=24) - timedelta(seconds=1))
    within = clocked_api.post(PATH, json=customer_body("543210"), headers=KEY)
    advance(clocked_api, clock, timedelta(seconds=2))
    after = clocked_api.post(PATH, json=customer_body("543210"), headers=KEY)
    assert (first.status_code, within.status_code, within.headers.get("Idempotent-Replayed")) == (
        201,
        201,
        "true",
    )
    assert (after.status_code, "Idempotent-Replayed" in after.headers) == (200, False)  # ran again: an update


def test_a_second_request_waiting_beyond_the_lock_bound_is_told_to_retry_and_writes_nothing(
    migrated_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the first request holds its key longer than the database's lock bound, the second answers
    a retryable problem with Retry-After (PostgreSQL: 409, the key is in flight; SQLite: 503, the
    write lock is busy) and is not stored: sent again after the first ended, it replays the answer."""
    with running(migrated_url, db_lock_timeout=1, db_busy_timeout=1) as api:
        _invoice(api)
        write = autopostings.write
        holding, release = threading.Event(), threading.Event()

        def slow_write(*args: Any, **kwargs: Any) -> None:
            holding.set()  # the first request has claimed its key and holds it until released
            release.wait(60)
            write(*args, **kwargs)

        monkeypatch.setattr(autopostings, "write", slow_write)
        first: list[httpx.Response] = []
        thread = threading.Thread(
            target=lambda: first.append(api.post(PAYMENTS, json=_payment(api), headers=KEY))
        )
        thread.start()
        try:
            assert holding.wait(60), "the first request never reached its write"
            waiting = api.post(PAYMENTS, json=_payment(api), headers=KEY)
        finally:
            release.set()
            thread.join()
        again = api.post(PAYMENTS, json=_payment(api), headers=KEY)
        expected = 409 if api.services.engine.dialect.name == "postgresql" else 503
        assert (waiting.status_code, waiting.headers.get("Retry-After") is not None) == (expected, True)
        assert (first[0].status_code, again.json(), again.headers["Idempotent-Replayed"]) == (
            201,
            first[0].json(),
            "true",
        )
        assert _vouchers(api) == 1
