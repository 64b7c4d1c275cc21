"""Idempotency-Key on POST: a replay answers the stored answer and writes nothing; the same key with
another body answers 422 `idempotencyMismatch` and writes nothing. (The fuzzer gives every request a
key of its own, tests/fuzz/hooks.py, so these rules are proven here.)"""

from __future__ import annotations

from tests.support.app import CLIENTNO, Api, table_counts
from tests.support.builders import customer_body

PATH = f"/clients/{CLIENTNO}/customers"
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
