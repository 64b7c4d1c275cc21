"""Batches: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`BatchesResource`, the operations for one client number."""

from . import (
    get_batch,
)
from .resource import BatchesResource

__all__ = [
    "get_batch",
    "BatchesResource",
]
