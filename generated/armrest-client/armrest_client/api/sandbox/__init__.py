"""Sandbox: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`SandboxResource` / `AsyncSandboxResource`, the operations for one client number."""

from . import (
    get_sandbox_clock,
    set_sandbox_clock,
)
from .resource import AsyncSandboxResource, SandboxResource

__all__ = [
    "get_sandbox_clock",
    "set_sandbox_clock",
    "AsyncSandboxResource",
    "SandboxResource",
]
