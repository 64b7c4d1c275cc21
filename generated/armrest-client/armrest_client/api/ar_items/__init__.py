"""ArItems: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`ArItemsResource` / `AsyncArItemsResource`, the operations for one client number."""

from . import (
    get_ar_item,
    list_ar_items,
    update_ar_item,
)
from .resource import ArItemsResource, AsyncArItemsResource

__all__ = [
    "get_ar_item",
    "list_ar_items",
    "update_ar_item",
    "AsyncArItemsResource",
    "ArItemsResource",
]
