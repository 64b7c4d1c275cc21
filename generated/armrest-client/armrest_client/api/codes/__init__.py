"""Codes: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`CodesResource` / `AsyncCodesResource`, the operations for one client number."""

from . import (
    list_codes,
)
from .resource import AsyncCodesResource, CodesResource

__all__ = [
    "list_codes",
    "AsyncCodesResource",
    "CodesResource",
]
