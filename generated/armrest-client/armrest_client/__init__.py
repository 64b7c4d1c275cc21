"""A client library for accessing Amili ARMrest API"""

from .armrest import ArmrestClient
from .auth import BearerToken, ClientCredentials
from .client import AuthenticatedClient, Client
from .paging import aiter_items, aiter_pages, iter_items, iter_pages
from .polling import await_batch, wait_for_batch
from .problems import ProblemError, unwrap
from .retries import AsyncRetryTransport, RetryPolicy, RetryTransport

__version__ = "1.0.0"

__all__ = (
    "ArmrestClient",
    "AsyncRetryTransport",
    "AuthenticatedClient",
    "BearerToken",
    "Client",
    "ClientCredentials",
    "ProblemError",
    "RetryPolicy",
    "RetryTransport",
    "__version__",
    "aiter_items",
    "aiter_pages",
    "await_batch",
    "iter_items",
    "iter_pages",
    "unwrap",
    "wait_for_batch",
)
