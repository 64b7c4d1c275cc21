"""Files: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`FilesResource` / `AsyncFilesResource`, the operations for one client number."""

from . import (
    get_file,
    list_files,
    upload_files,
)
from .resource import AsyncFilesResource, FilesResource

__all__ = [
    "get_file",
    "list_files",
    "upload_files",
    "AsyncFilesResource",
    "FilesResource",
]
