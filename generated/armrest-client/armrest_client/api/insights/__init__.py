"""Insights: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`InsightsResource`, the operations for one client number."""

from . import (
    list_adb_intervals,
)
from .resource import InsightsResource

__all__ = [
    "list_adb_intervals",
    "InsightsResource",
]
