"""GlItems: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`GlItemsResource` / `AsyncGlItemsResource`, the operations for one client number."""

from . import (
    get_gl_item,
    list_gl_items,
)
from .resource import AsyncGlItemsResource, GlItemsResource

__all__ = [
    "get_gl_item",
    "list_gl_items",
    "AsyncGlItemsResource",
    "GlItemsResource",
]
