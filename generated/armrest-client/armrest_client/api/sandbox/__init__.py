"""Sandbox: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`SandboxResource`, the operations for one client number."""

from . import (
    get_sandbox_clock,
    set_sandbox_clock,
)
from .resource import SandboxResource

__all__ = [
    "get_sandbox_clock",
    "set_sandbox_clock",
    "SandboxResource",
]
