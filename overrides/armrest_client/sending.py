"""The one seam every request of `ArmrestClient` passes: keys, logging, the client's own errors.

Hand-written (overrides/armrest_client/sending.py), copied into the generated package.

`ArmrestHttpClient` / `AsyncArmrestHttpClient` are the httpx clients `ArmrestClient` builds. Their `send`:

1. gives a POST, PUT or PATCH without an `Idempotency-Key` one (a random UUID), once per call, so every
   retry below and every resend after a 401 refresh carries the same key and the server replays instead of
   writing twice;
2. sets the request's retry budget (`retries.MAX_RETRIES`) when the client has one and the call did not;
3. raises the httpx transport errors as `APIConnectionError` / `APITimeoutError` (after the retries) and
   problem answers as `ProblemError` subclasses, with a hint where the client can tell what to fix;
4. logs each request and answer to the `armrest_client` logger (`ARMREST_LOG=info|debug` sends it to
   stderr), with credentials masked.

`ClientTransport` / `AsyncClientTransport` let a caller's own httpx client (its proxies, TLS, limits, event
hooks) carry the requests under the retries, authentication and problem raising.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import uuid
from typing import Any

import httpx

from .exceptions import APIConnectionError
from .problems import ProblemError, Unauthorized, is_problem
from .retries import MAX_RETRIES

__all__ = [
    "LOG_VARIABLE",
    "WRITE_METHODS",
    "ArmrestHttpClient",
    "AsyncArmrestHttpClient",
    "AsyncClientTransport",
    "ClientTransport",
    "mask_headers",
    "setup_logging",
]

log = logging.getLogger("armrest_client")

#: The environment variable that turns the client's log on: `info` (requests, answers, retries) or `debug`
#: (also the headers sent and received, credentials masked).
LOG_VARIABLE = "ARMREST_LOG"

#: The methods that get an `Idempotency-Key` when the call gives none.
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH"})

_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


def setup_logging() -> None:
    """Send the `armrest_client` logger to stderr at the level `ARMREST_LOG` names (once; else nothing)."""
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get(LOG_VARIABLE, "").lower())
    if level is None or any(getattr(h, "_armrest", False) for h in log.handlers):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    handler._armrest = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    log.setLevel(level)


def mask_headers(headers: httpx.Headers) -> dict[str, str]:
    """The headers as a dict for a log, credentials replaced by `***` (the scheme of `Authorization` kept)."""
    shown: dict[str, str] = {}
    for name, value in headers.items():
        if name.lower() in _SECRET_HEADERS:
            scheme = value.split(" ", 1)[0] if " " in value else ""
            value = f"{scheme} ***".strip()
        shown[name] = value
    return shown


def _prepare(request: httpx.Request, max_retries: int | None) -> None:
    if request.method.upper() in WRITE_METHODS and "Idempotency-Key" not in request.headers:
        request.headers["Idempotency-Key"] = str(uuid.uuid4())
    if max_retries is not None:
        request.extensions.setdefault(MAX_RETRIES, max_retries)
    if log.isEnabledFor(logging.DEBUG):
        log.debug("request %s %s headers=%s", request.method, request.url, mask_headers(request.headers))


def _answered(request: httpx.Request, response: httpx.Response, started: float) -> None:
    log.info(
        "%s %s -> %d in %.3fs (request id %s)",
        request.method,
        request.url,
        response.status_code,
        time.monotonic() - started,
        response.headers.get("X-Request-Id", "-"),
    )
    if log.isEnabledFor(logging.DEBUG):  # the request as sent: authentication had its say
        log.debug(
            "sent headers=%s answer headers=%s",
            mask_headers(response.request.headers),
            mask_headers(response.headers),
        )


def _failed(request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
    log.info("%s %s -> no answer: %s", request.method, request.url, type(error).__name__)
    return APIConnectionError.of(error, request)


def _problem(response: httpx.Response, auth: httpx.Auth | None) -> ProblemError:
    error = ProblemError.from_response(response)
    if isinstance(error, Unauthorized) and error.hint is None:
        if auth is None:
            error.add_hint(
                "no credentials were given: pass client_id and client_secret (or token) to ArmrestClient"
            )
        else:
            error.add_hint("the token was refused: check that it is for this server and has not expired")
    return error


class ArmrestHttpClient(httpx.Client):
    """The httpx client of `ArmrestClient` (see the module's docstring); `max_retries` is its retry budget."""

    def __init__(self, *, max_retries: int | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.max_retries = max_retries

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        _prepare(request, self.max_retries)
        started = time.monotonic()
        try:
            response = super().send(request, **kwargs)
        except httpx.TransportError as error:
            raise _failed(request, error) from error
        _answered(request, response, started)
        if is_problem(response):
            try:
                response.read()
            finally:
                response.close()
            raise _problem(response, self.auth)
        return response


class AsyncArmrestHttpClient(httpx.AsyncClient):
    """The asynchronous `ArmrestHttpClient`."""

    def __init__(self, *, max_retries: int | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.max_retries = max_retries

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        _prepare(request, self.max_retries)
        started = time.monotonic()
        try:
            response = await super().send(request, **kwargs)
        except httpx.TransportError as error:
            raise _failed(request, error) from error
        _answered(request, response, started)
        if is_problem(response):
            try:
                await response.aread()
            finally:
                await response.aclose()
            raise _problem(response, self.auth)
        return response


class ClientTransport(httpx.BaseTransport):
    """A transport that sends through a caller's `httpx.Client` (its transport, mounts, proxies, hooks).

    The caller's client stays the caller's: closing this transport leaves it open."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.client.send(request, stream=True)


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """The asynchronous `ClientTransport`, over a caller's `httpx.AsyncClient`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, stream=True)
