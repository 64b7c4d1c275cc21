"""DocumentBundles: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`DocumentBundlesResource` / `AsyncDocumentBundlesResource`, the operations for one client number."""

from . import (
    get_document_bundle,
    list_document_bundles,
)
from .resource import AsyncDocumentBundlesResource, DocumentBundlesResource

__all__ = [
    "get_document_bundle",
    "list_document_bundles",
    "AsyncDocumentBundlesResource",
    "DocumentBundlesResource",
]
