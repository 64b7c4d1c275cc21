"""GlMovements: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`GlMovementsResource` / `AsyncGlMovementsResource`, the operations for one client number."""

from . import (
    get_latest_gl_movement,
    list_gl_movements,
)
from .resource import AsyncGlMovementsResource, GlMovementsResource

__all__ = [
    "get_latest_gl_movement",
    "list_gl_movements",
    "AsyncGlMovementsResource",
    "GlMovementsResource",
]
