"""Waiting for a batch write or a report job to complete.

Hand-written (overrides/armrest_client/polling.py), copied into the generated package.

`getBatch` answers 202 while the batch is queued or processing (with `Retry-After`: seconds until the next
poll is worth it), then 200 (every item accepted) or 206 (some rejected). `wait_for_batch` polls it with the
generated `get_batch` function until it is done and answers the final `Batch`.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from uuid import UUID

import anyio

from .api.batches import get_batch
from .client import AuthenticatedClient, Client
from .exceptions import ArmrestError
from .models.batch import Batch
from .problems import unwrap
from .retries import parse_retry_after

__all__ = ["BatchTimeout", "await_batch", "wait_for_batch"]


class BatchTimeout(ArmrestError, TimeoutError):
    """The batch was still running when the wait ended; `batch` is its last state."""

    def __init__(self, batch: Batch) -> None:
        self.batch = batch
        super().__init__(
            f"batch {batch.batch_uuid} is still {batch.status} ({batch.processed_count} processed)"
        )


def _next_wait(headers: Mapping[str, str], interval: float, max_interval: float) -> float:
    retry_after = parse_retry_after(headers.get("Retry-After"))
    return min(max_interval, retry_after if retry_after is not None else interval)


def wait_for_batch(
    client: AuthenticatedClient | Client,
    client_no: int,
    batch_uuid: UUID | str,
    *,
    timeout: float = 300.0,
    interval: float = 1.0,
    max_interval: float = 10.0,
) -> Batch:
    """Poll `getBatch` until the batch is no longer 202; the final batch (200 or 206).

    Waits between polls as `Retry-After` says (else `interval`), at most `max_interval`; raises
    `BatchTimeout` after `timeout` seconds.
    """
    uuid = batch_uuid if isinstance(batch_uuid, UUID) else UUID(batch_uuid)
    deadline = time.monotonic() + timeout
    while True:
        response = get_batch.sync_detailed(client_no, uuid, client=client)
        batch = unwrap(response.parsed)
        if response.status_code != 202:
            return batch
        wait = _next_wait(response.headers, interval, max_interval)
        if time.monotonic() + wait > deadline:
            raise BatchTimeout(batch)
        time.sleep(wait)


async def await_batch(
    client: AuthenticatedClient | Client,
    client_no: int,
    batch_uuid: UUID | str,
    *,
    timeout: float = 300.0,
    interval: float = 1.0,
    max_interval: float = 10.0,
) -> Batch:
    """The asynchronous `wait_for_batch`."""
    uuid = batch_uuid if isinstance(batch_uuid, UUID) else UUID(batch_uuid)
    deadline = time.monotonic() + timeout
    while True:
        response = await get_batch.asyncio_detailed(client_no, uuid, client=client)
        batch = unwrap(response.parsed)
        if response.status_code != 202:
            return batch
        wait = _next_wait(response.headers, interval, max_interval)
        if time.monotonic() + wait > deadline:
            raise BatchTimeout(batch)
        await anyio.sleep(wait)
