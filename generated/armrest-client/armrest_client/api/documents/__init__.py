"""Documents: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`DocumentsResource` / `AsyncDocumentsResource`, the operations for one client number."""

from . import (
    create_document,
    create_document_batch,
    get_document,
    list_documents,
)
from .resource import AsyncDocumentsResource, DocumentsResource

__all__ = [
    "create_document",
    "create_document_batch",
    "get_document",
    "list_documents",
    "AsyncDocumentsResource",
    "DocumentsResource",
]
