"""Insights: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`InsightsResource` / `AsyncInsightsResource`, the operations for one client number."""

from . import (
    list_adb_intervals,
)
from .resource import AsyncInsightsResource, InsightsResource

__all__ = [
    "list_adb_intervals",
    "AsyncInsightsResource",
    "InsightsResource",
]
