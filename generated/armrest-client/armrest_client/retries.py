"""Retries with backoff, as httpx transports that wrap the real one.

Hand-written (overrides/armrest_client/retries.py), copied into the generated package.

- An answer 429 or 503 is retried, whatever the method: the server did not act on the request.
- An answer 408, 500, 502 or 504 (a gateway in front of the API sends them too) is retried when repeating
  the request is safe: an idempotent method, or a request carrying an `Idempotency-Key` (the server then
  answers a replay with the stored answer, or runs a write that never committed).
- An answer 409 that carries `Retry-After` is retried likewise: the server did nothing and says when to
  send the request again (a request with the same `Idempotency-Key` still in progress, or a write that lost
  a race). A 409 without `Retry-After` is final.
- A connection error (refused, reset, timed out, the connection closed mid-answer) is retried when
  repeating the request is safe, as above. `ArmrestClient` gives every POST, PUT and PATCH an
  `Idempotency-Key` (the caller's, or one made once per call), so its writes are all safe to repeat.
- The wait is the answer's `retry-after-ms` or `Retry-After` (seconds or an HTTP date) when it has one, else
  an exponential backoff with jitter, capped at `RetryPolicy.max_backoff`. A `Retry-After` longer than
  `RetryPolicy.max_retry_after` is not waited for: the answer is returned (and raised as
  `TooManyRequests` / `ServiceUnavailable` by `ArmrestClient`).
- A request whose body cannot be sent twice (a streaming body) is never retried.
- A request's extension `MAX_RETRIES` (set by the per-call option `max_retries=`) overrides the policy's
  number of tries for that request.

The transports sit below authentication, so a token request is retried like any other, and a 401 refresh
(`armrest_client.auth`) happens above them.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import anyio
import httpx

__all__ = [
    "MAX_RETRIES",
    "RETRYABLE_ERRORS",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "answer_delay",
    "parse_retry_after",
]

log = logging.getLogger("armrest_client.retries")

#: The failures of a request that a retry may cure (when repeating the request is safe).
RETRYABLE_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.NetworkError,  # ConnectError, ReadError, WriteError, CloseError
    httpx.RemoteProtocolError,  # e.g. the server closed the connection without an answer
    httpx.ConnectTimeout,
    httpx.ReadTimeout,
    httpx.WriteTimeout,
)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

#: The request extension that overrides `RetryPolicy.attempts` for one request: retries after the first try.
MAX_RETRIES = "armrest.max_retries"


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before trying a request again.

    Attributes:
        attempts: tries in all, the first included (1 turns retries off).
        backoff: the first wait in seconds when the answer names none; doubled on each further try.
        max_backoff: the longest backoff wait.
        max_retry_after: the longest `Retry-After` waited for; a longer one ends the retries.
        jitter: each backoff wait is drawn from [(1 - jitter) * wait, wait].
        statuses: the answers retried whatever the method (the server did not act).
        resend_statuses: the answers retried when repeating the request is safe (`may_resend`).
        retry_after_statuses: the answers retried only when they carry `Retry-After`.
        rng: draws the jitter, in [0, 1).
        idempotent_methods: the methods retried after a connection error (besides requests with an
            `Idempotency-Key`).
    """

    attempts: int = 4
    backoff: float = 0.5
    max_backoff: float = 30.0
    max_retry_after: float = 120.0
    jitter: float = 0.5
    statuses: frozenset[int] = frozenset({429, 503})
    resend_statuses: frozenset[int] = frozenset({408, 500, 502, 504})
    retry_after_statuses: frozenset[int] = frozenset({409})
    idempotent_methods: frozenset[str] = IDEMPOTENT_METHODS
    rng: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def backoff_delay(self, attempt: int) -> float:
        """The wait after try number `attempt` (from 1) when the answer names none."""
        wait = min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))
        return wait * (1 - self.jitter * self.rng())

    def may_resend(self, request: httpx.Request) -> bool:
        """Whether sending the request again is safe after a connection error."""
        return request.method.upper() in self.idempotent_methods or "Idempotency-Key" in request.headers

    def attempts_for(self, request: httpx.Request) -> int:
        """Tries in all for this request: its `MAX_RETRIES` extension plus one, else `attempts`."""
        retries = request.extensions.get(MAX_RETRIES)
        return retries + 1 if isinstance(retries, int) and retries >= 0 else self.attempts

    def delay_for(self, request: httpx.Request, response: httpx.Response, attempt: int) -> float | None:
        """The wait before retrying after this answer, or `None` when it is not retried."""
        if attempt >= self.attempts_for(request):
            return None
        status = response.status_code
        retry_after = answer_delay(response.headers)
        if status in self.retry_after_statuses and status not in self.statuses:
            if retry_after is None:
                return None
        elif status not in self.statuses and not (
            status in self.resend_statuses and self.may_resend(request)
        ):
            return None
        if retry_after is None:
            return self.backoff_delay(attempt)
        if retry_after > self.max_retry_after:
            return None
        return retry_after

    def delay_after_error(self, request: httpx.Request, attempt: int) -> float | None:
        """The wait before retrying after a connection error, or `None` when it is not retried."""
        if attempt >= self.attempts_for(request) or not self.may_resend(request):
            return None
        return self.backoff_delay(attempt)


def answer_delay(headers: httpx.Headers) -> float | None:
    """The wait an answer asks for: `retry-after-ms` (milliseconds) if readable, else `Retry-After`."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            value = float(millis)
        except ValueError:
            value = -1.0
        if 0 <= value < float("inf"):
            return value / 1000
    return parse_retry_after(headers.get("Retry-After"))


def parse_retry_after(value: str | None, now: Callable[[], datetime] | None = None) -> float | None:
    """`Retry-After` in seconds from now: delta-seconds or an HTTP date (RFC 9110 10.2.3); `None` if absent
    or unreadable."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now() if now is not None else datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())


def _replayable(request: httpx.Request) -> bool:
    """Whether the body can be sent again: in memory, not a stream (decided before the first try)."""
    return isinstance(request.stream, httpx.ByteStream)


def _log_retry(request: httpx.Request, reason: str, delay: float, attempt: int) -> None:
    log.info(
        "retrying %s %s after %s in %.2fs (try %d)",
        request.method,
        request.url.path,
        reason,
        delay,
        attempt + 1,
    )


class RetryTransport(httpx.BaseTransport):
    """A transport that retries the requests of `transport` (default: a new `httpx.HTTPTransport`)."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.transport = transport if transport is not None else httpx.HTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not _replayable(request):
            return self.transport.handle_request(request)
        attempt = 1
        while True:
            try:
                response = self.transport.handle_request(request)
            except RETRYABLE_ERRORS as error:
                delay = self.policy.delay_after_error(request, attempt)
                if delay is None:
                    raise
                _log_retry(request, type(error).__name__, delay, attempt)
            else:
                delay = self.policy.delay_for(request, response, attempt)
                if delay is None:
                    return response
                response.close()
                _log_retry(request, str(response.status_code), delay, attempt)
            self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asynchronous `RetryTransport` (default: a new `httpx.AsyncHTTPTransport`)."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self.transport = transport if transport is not None else httpx.AsyncHTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not _replayable(request):
            return await self.transport.handle_async_request(request)
        attempt = 1
        while True:
            try:
                response = await self.transport.handle_async_request(request)
            except RETRYABLE_ERRORS as error:
                delay = self.policy.delay_after_error(request, attempt)
                if delay is None:
                    raise
                _log_retry(request, type(error).__name__, delay, attempt)
            else:
                delay = self.policy.delay_for(request, response, attempt)
                if delay is None:
                    return response
                await response.aclose()
                _log_retry(request, str(response.status_code), delay, attempt)
            await self._sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self.transport.aclose()
