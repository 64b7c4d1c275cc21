"""Actions: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`ActionsResource` / `AsyncActionsResource`, the operations for one client number."""

from . import (
    create_action,
    create_report_action,
)
from .resource import ActionsResource, AsyncActionsResource

__all__ = [
    "create_action",
    "create_report_action",
    "AsyncActionsResource",
    "ActionsResource",
]
