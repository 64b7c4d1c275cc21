"""Per-call options and raw answers of the typed methods (`arm.customers.get(...)`).

Hand-written (overrides/armrest_client/calls.py), copied into the generated package.

Every typed method takes, besides the operation's own arguments:

- `timeout`: seconds (or an `httpx.Timeout`) for this call instead of the client's;
- `extra_headers`, `extra_query`: headers and query parameters added to this call (they win over the
  operation's own of the same name);
- `max_retries`: retries after the first try for this call (0: none);
- `idempotency_key`: the `Idempotency-Key` of a write (else the client makes one per call).

`arm.customers.with_raw_response.get(...)` answers a `RawResponse`: the status, headers, request id and
`httpx.Response` beside the parsed model (`parsed`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from .client import AuthenticatedClient, Client
from .retries import MAX_RETRIES
from .types import Unset

__all__ = ["RawResponse", "asend", "send", "stamp"]

T = TypeVar("T")

Timeout = float | httpx.Timeout | None


def _with_options(
    kwargs: dict[str, Any],
    *,
    timeout: Timeout,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, str] | None,
    max_retries: int | None,
    idempotency_key: str | Unset | None,
) -> dict[str, Any]:
    kwargs = dict(kwargs)
    headers = dict(kwargs.get("headers") or {})
    if isinstance(idempotency_key, str):
        headers["Idempotency-Key"] = idempotency_key
    headers.update(extra_headers or {})
    if headers:
        kwargs["headers"] = headers
    if extra_query:
        kwargs["params"] = {**(kwargs.get("params") or {}), **extra_query}
    if timeout is not None:
        kwargs["timeout"] = timeout
    if max_retries is not None:
        kwargs["extensions"] = {MAX_RETRIES: max_retries}
    return kwargs


def send(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    timeout: Timeout = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    idempotency_key: str | Unset | None = None,
) -> httpx.Response:
    """Send an operation's request (the `_get_kwargs` of its module) with the per-call options."""
    options = _with_options(
        kwargs,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        max_retries=max_retries,
        idempotency_key=idempotency_key,
    )
    return client.get_httpx_client().request(**options)


async def asend(
    client: AuthenticatedClient | Client,
    kwargs: dict[str, Any],
    *,
    timeout: Timeout = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    idempotency_key: str | Unset | None = None,
) -> httpx.Response:
    """The asynchronous `send`."""
    options = _with_options(
        kwargs,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        max_retries=max_retries,
        idempotency_key=idempotency_key,
    )
    return await client.get_async_httpx_client().request(**options)


def stamp(result: T, response: httpx.Response) -> T:
    """The result, carrying the answer's `X-Request-Id` as its `request_id` (models have one)."""
    if hasattr(result, "_request_id"):
        result._request_id = response.headers.get("X-Request-Id")
    return result


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """An answer of a typed method as it came: the `httpx.Response` and the parsed model.

    Attributes:
        http_response: the answer (its body already read).
        parsed: the success model, as the typed method returns it.
    """

    http_response: httpx.Response
    parsed: T

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """`X-Request-Id`, to quote when asking the API's operators about this call."""
        request_id: str | None = self.http_response.headers.get("X-Request-Id")
        return request_id

    @property
    def location(self) -> str | None:
        """`Location` (a created record's URL), if the answer has one."""
        location: str | None = self.http_response.headers.get("Location")
        return location

    def parse(self) -> T:
        """The success model."""
        return self.parsed
