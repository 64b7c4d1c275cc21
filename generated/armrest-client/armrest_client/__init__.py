"""A client library for accessing Amili ARMrest API"""

from .api import AsyncClientApi, ClientApi
from .api.auto_postings.resource import AutoPostingProblemError
from .api.health.resource import HealthError
from .armrest import DEFAULT_TIMEOUT, ArmrestClient
from .auth import BearerToken, ClientCredentials
from .calls import RawResponse
from .client import AuthenticatedClient, Client
from .decimals import decimal_of, dumps, loads
from .errors import UnexpectedStatus
from .exceptions import (
    APIConnectionError,
    APITimeoutError,
    ArmrestError,
    ConfigurationError,
    ResponseValidationError,
)
from .paging import Page, aiter_items, aiter_pages, iter_items, iter_pages, next_page_no
from .polling import BatchTimeout, await_batch, wait_for_batch
from .problems import (
    AuthenticationError,
    BadRequest,
    Conflict,
    Forbidden,
    NotAcceptable,
    NotFound,
    PayloadTooLarge,
    ProblemError,
    ServerError,
    ServiceUnavailable,
    TooManyRequests,
    Unauthorized,
    UnprocessableContent,
    UnsupportedMediaType,
    is_problem,
    unwrap,
)
from .retries import AsyncRetryTransport, RetryPolicy, RetryTransport
from .types import UNSET, Unset

__version__ = "2.0.0"

__all__ = (
    "DEFAULT_TIMEOUT",
    "UNSET",
    "APIConnectionError",
    "APITimeoutError",
    "ArmrestClient",
    "ArmrestError",
    "AsyncClientApi",
    "AsyncRetryTransport",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequest",
    "BatchTimeout",
    "BearerToken",
    "Client",
    "ClientApi",
    "ClientCredentials",
    "ConfigurationError",
    "Conflict",
    "Forbidden",
    "NotAcceptable",
    "NotFound",
    "Page",
    "PayloadTooLarge",
    "ProblemError",
    "RawResponse",
    "ResponseValidationError",
    "RetryPolicy",
    "RetryTransport",
    "ServerError",
    "ServiceUnavailable",
    "TooManyRequests",
    "Unauthorized",
    "UnexpectedStatus",
    "UnprocessableContent",
    "Unset",
    "UnsupportedMediaType",
    "AutoPostingProblemError",
    "HealthError",
    "__version__",
    "aiter_items",
    "aiter_pages",
    "await_batch",
    "decimal_of",
    "dumps",
    "iter_items",
    "iter_pages",
    "is_problem",
    "loads",
    "next_page_no",
    "unwrap",
    "wait_for_batch",
)
