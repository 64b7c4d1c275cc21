"""Health: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`HealthResource` / `AsyncHealthResource`, the operations for one client number."""

from . import (
    get_health,
)
from .resource import AsyncHealthResource, HealthResource

__all__ = [
    "get_health",
    "AsyncHealthResource",
    "HealthResource",
]
