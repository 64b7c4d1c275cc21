"""Override `polling`: `wait_for_batch`/`await_batch` poll `getBatch` while it answers 202, waiting as
`Retry-After` says (at most `max_interval`), and give up with `BatchTimeout` carrying the last state;
against fakes."""

from __future__ import annotations

import asyncio
from uuid import UUID

import httpx
import pytest
from armrest_client import ArmrestClient, BatchTimeout, await_batch, wait_for_batch
from armrest_client.problems import NotFound

from tests.client.fakes import BASE, example, problem

BATCH = "3f2b8c1e-6a4d-4e5f-9b7a-1c2d3e4f5a6b"


def running(retry_after: str | None = None, processed: int = 1) -> httpx.Response:
    body = example("Batch", status="PROCESSING", processedCount=processed, completedAt=None, items=[])
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(202, json=body, headers=headers)


def done() -> httpx.Response:
    return httpx.Response(200, json=example("Batch", status="COMPLETED", acceptedCount=3, rejectedCount=0))


class Polls:
    """A fake getBatch answering from a list (the last answer repeated)."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers)
        self.paths: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


def client_of(polls: Polls) -> ArmrestClient:
    transport = httpx.MockTransport(polls)
    return ArmrestClient(BASE, token="t", retry=None, transport=transport, async_transport=transport)


def test_a_batch_is_polled_until_it_is_done() -> None:
    polls = Polls(running("0"), running(None), done())
    batch = wait_for_batch(client_of(polls), 2218, BATCH, interval=0.0)
    assert str(batch.status) == "COMPLETED"
    assert polls.paths == [f"/arm/v1/clients/2218/batches/{BATCH}"] * 3


def test_retry_after_is_capped_by_max_interval() -> None:
    polls = Polls(running("3600"), done())
    batch = wait_for_batch(client_of(polls), 2218, UUID(BATCH), timeout=5.0, max_interval=0.0)
    assert str(batch.status) == "COMPLETED" and len(polls.paths) == 2


def test_a_batch_still_running_at_the_deadline_raises_with_its_last_state() -> None:
    polls = Polls(running("5", processed=2))
    with pytest.raises(BatchTimeout, match=f"batch {BATCH} is still PROCESSING \\(2 processed\\)") as caught:
        wait_for_batch(client_of(polls), 2218, BATCH, timeout=1.0)
    assert caught.value.batch.processed_count == 2
    assert isinstance(caught.value, TimeoutError)
    assert len(polls.paths) == 1  # a wait past the deadline is not begun


def test_an_unknown_batch_raises_not_found() -> None:
    with pytest.raises(NotFound):
        wait_for_batch(client_of(Polls(problem(404, "Not found"))), 2218, BATCH)


def test_await_batch_polls_and_times_out_the_same() -> None:
    polls = Polls(running("0"), running(None), done())
    batch = asyncio.run(await_batch(client_of(polls), 2218, BATCH, interval=0.0))
    assert str(batch.status) == "COMPLETED" and len(polls.paths) == 3

    with pytest.raises(BatchTimeout) as caught:
        asyncio.run(await_batch(client_of(Polls(running("5"))), 2218, UUID(BATCH), timeout=1.0))
    assert str(caught.value.batch.status) == "PROCESSING"
