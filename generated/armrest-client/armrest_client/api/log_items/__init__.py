"""LogItems: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`LogItemsResource` / `AsyncLogItemsResource`, the operations for one client number."""

from . import (
    get_log_item,
    list_log_items,
)
from .resource import AsyncLogItemsResource, LogItemsResource

__all__ = [
    "get_log_item",
    "list_log_items",
    "AsyncLogItemsResource",
    "LogItemsResource",
]
