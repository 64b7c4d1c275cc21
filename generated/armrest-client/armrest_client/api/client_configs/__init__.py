"""ClientConfigs: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`ClientConfigsResource` / `AsyncClientConfigsResource`, the operations for one client number."""

from . import (
    get_client_config,
    list_client_configs,
)
from .resource import AsyncClientConfigsResource, ClientConfigsResource

__all__ = [
    "get_client_config",
    "list_client_configs",
    "AsyncClientConfigsResource",
    "ClientConfigsResource",
]
