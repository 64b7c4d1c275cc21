"""Bearer tokens for the API, as httpx authentication flows.

Hand-written (overrides/armrest_client/auth.py), copied into the generated package.

- `ClientCredentials(client_id, client_secret)` fetches a token from the token URL with the OAuth 2
  client-credentials grant (form `grant_type=client_credentials&client_id=..&client_secret=..`), caches it
  until its `expires_on` (less a margin), and when an answer is 401 all the same (a token revoked or a
  server key rotated) fetches a new one and sends the request once more.
- `BearerToken(token)` sends a token obtained elsewhere (`armrest token`, a secrets store), as is.

The token request is yielded from the flow, so it travels through the client's own transport (retries,
proxies, test transports) and the token never leaves this object but in the `Authorization` header.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any

import anyio
import httpx

from .models.problem import Problem
from .problems import AuthenticationError, ProblemError

__all__ = ["DEFAULT_TOKEN_URL", "BearerToken", "ClientCredentials", "Token"]

log = logging.getLogger("armrest_client.auth")

#: The token URL of the contract (`components.securitySchemes.clientCredentials`), resolved against the
#: API's base URL: `https://host/arm/v1` -> `https://host/token`.
DEFAULT_TOKEN_URL = "/token"


class BearerToken(httpx.Auth):
    """Sends a static bearer token (refreshing it is the caller's business)."""

    def __init__(self, token: str) -> None:
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "BearerToken(...)"


class Token:
    """A token of the token URL, when it expires and when to stop sending it (`refresh_at`)."""

    __slots__ = ("access_token", "expires_on", "refresh_at")

    def __init__(self, access_token: str, expires_on: float, refresh_at: float | None = None) -> None:
        self.access_token = access_token
        self.expires_on = expires_on
        self.refresh_at = expires_on if refresh_at is None else refresh_at

    def __repr__(self) -> str:
        return f"Token(expires_on={self.expires_on})"


class ClientCredentials(httpx.Auth):
    """The client-credentials flow: fetch, cache until `expires_on`, refresh once on 401.

    Args:
        client_id: the API client's id.
        client_secret: its secret.
        token_url: where tokens come from; a relative URL is resolved against each request's URL
            (default `/token`, the contract's).
        margin: seconds before `expires_on` at which a cached token is no longer sent (at most half its
            life).
        clock: the current unix time (for tests).
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        token_url: str = DEFAULT_TOKEN_URL,
        margin: float = 60.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.client_id = client_id
        self._secret = client_secret
        self.token_url = token_url
        self.margin = margin
        self._clock = clock
        self._token: Token | None = None
        self._sync_lock = threading.RLock()
        self._async_lock: anyio.Lock | None = None
        self.fetches = 0  # how many tokens were fetched (for observability and tests)

    def __repr__(self) -> str:
        return f"ClientCredentials(client_id={self.client_id!r}, token_url={self.token_url!r})"

    @property
    def token(self) -> Token | None:
        """The cached token, if any (expired or not)."""
        return self._token

    def invalidate(self) -> None:
        """Forget the cached token: the next request fetches a new one."""
        self._token = None

    # -- the flows: the same steps, with a thread lock or a task lock around the token fetch ------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()  # the body is read, so the request can be sent again after a 401
        with self._sync_lock:
            token = self._valid_token()
            if token is None:
                answer = yield self._token_request(request)
                answer.read()
                token = self._store(answer)
        response = yield self._authorize(request, token)
        if response.status_code != 401:
            return
        with self._sync_lock:
            fresh = self._valid_token()
            if fresh is None or fresh is token:  # nobody refreshed it meanwhile
                answer = yield self._token_request(request)
                answer.read()
                fresh = self._store(answer)
        yield self._authorize(request, fresh)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()  # as in sync_auth_flow
        if self._async_lock is None:
            self._async_lock = anyio.Lock()
        # `no branch`: on CPython 3.11 coverage.py never sees the jump past an `if` that ends an
        # `async with` body (it sees the `async with` exit instead); both ways are tested.
        async with self._async_lock:
            token = self._valid_token()
            if token is None:  # pragma: no branch
                answer = yield self._token_request(request)
                await answer.aread()
                token = self._store(answer)
        response = yield self._authorize(request, token)
        if response.status_code != 401:
            return
        async with self._async_lock:
            fresh = self._valid_token()
            if fresh is None or fresh is token:  # pragma: no branch
                answer = yield self._token_request(request)
                await answer.aread()
                fresh = self._store(answer)
        yield self._authorize(request, fresh)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise RuntimeError("httpx runs sync_auth_flow or async_auth_flow")  # the two flows above replace it

    # -- the steps ------------------------------------------------------------------------------------

    def _valid_token(self) -> Token | None:
        token = self._token
        if token is not None and self._clock() < token.refresh_at:
            return token
        return None

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        return httpx.Request(
            "POST",
            request.url.join(self.token_url),
            data={
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self._secret,
            },
            headers={"Accept": "application/json"},
        )

    @staticmethod
    def _authorize(request: httpx.Request, token: Token) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token.access_token}"
        return request

    def _hint(self, response: httpx.Response) -> str:
        if response.status_code in (400, 401):
            return f"the token URL refused client id {self.client_id!r}: check client_id and client_secret"
        return f"the token URL {response.request.url} answered {response.status_code}: check token_url"

    def _store(self, response: httpx.Response) -> Token:
        """The token of the token URL's answer (cached), or `AuthenticationError`."""
        if response.status_code != 200:
            raise AuthenticationError(
                ProblemError.from_response(response).problem, response, hint=self._hint(response)
            )
        try:
            body: Any = response.json()
            access_token = body["access_token"]
            if not isinstance(access_token, str) or not access_token:
                raise ValueError("no access_token")
            now = self._clock()
            expires_on = _seconds(body.get("expires_on"))
            if expires_on is None:  # a server that says only expires_in (RFC 6749)
                expires_on = now + (_seconds(body.get("expires_in")) or 0.0)
        except (ValueError, KeyError, TypeError) as reason:
            problem = Problem(type_="about:blank", title="Invalid token answer", status=response.status_code)
            problem.detail = f"the token URL answered 200 without a usable token ({reason})"
            raise AuthenticationError(problem, response) from None
        # Stop sending it `margin` seconds before it expires, or half-way through a shorter life.
        margin = min(self.margin, max(expires_on - now, 0.0) / 2)
        self._token = Token(access_token, expires_on, expires_on - margin)
        self.fetches += 1
        log.info("token fetched for client id %r, valid for %.0fs", self.client_id, expires_on - now)
        return self._token


def _seconds(value: object) -> float | None:
    """A number of the token answer (some services send them as strings)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and value.strip().isdigit():
        return float(value)
    return None
