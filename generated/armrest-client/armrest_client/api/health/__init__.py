"""Health: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`HealthResource`, the operations for one client number."""

from . import (
    get_health,
)
from .resource import HealthResource

__all__ = [
    "get_health",
    "HealthResource",
]
