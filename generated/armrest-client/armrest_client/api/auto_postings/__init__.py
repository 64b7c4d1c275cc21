"""AutoPostings: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`AutoPostingsResource` / `AsyncAutoPostingsResource`, the operations for one client number."""

from . import (
    create_auto_postings,
)
from .resource import AsyncAutoPostingsResource, AutoPostingsResource

__all__ = [
    "create_auto_postings",
    "AsyncAutoPostingsResource",
    "AutoPostingsResource",
]
