"""Documents: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`DocumentsResource`, the operations for one client number."""

from . import (
    create_document,
    create_document_batch,
    get_document,
    list_documents,
)
from .resource import DocumentsResource

__all__ = [
    "create_document",
    "create_document_batch",
    "get_document",
    "list_documents",
    "DocumentsResource",
]
