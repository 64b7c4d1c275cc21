"""Batches: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`BatchesResource` / `AsyncBatchesResource`, the operations for one client number."""

from . import (
    get_batch,
)
from .resource import AsyncBatchesResource, BatchesResource

__all__ = [
    "get_batch",
    "AsyncBatchesResource",
    "BatchesResource",
]
