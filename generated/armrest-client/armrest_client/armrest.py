"""`ArmrestClient`: the generated `Client`, set up for ARMrest.

Hand-written (overrides/armrest_client/armrest.py), copied into the generated package.

    from armrest_client import ArmrestClient

    client = ArmrestClient("https://api.staging.amili.no/arm/v1", client_id="...", client_secret="...")
    arm = client.client(2218)
    customer = arm.customers.get("543210")  # a Customer; a problem raises (NotFound, ...)

It is a generated `Client` (pass it as `client=` to any generated endpoint function, sync or async) whose
httpx clients carry, from the outside in:

1. problem answers raised as typed exceptions (`armrest_client.problems`), so endpoint functions return
   success bodies only, and an undocumented status raises `errors.UnexpectedStatus`;
2. authentication (`armrest_client.auth`): the client-credentials flow with a cached token refreshed once on
   401 (`client_id` and `client_secret`), or a static bearer `token`;
3. retries (`armrest_client.retries`): 429 and 503 honouring `Retry-After`, connection errors of idempotent
   requests or requests with an `Idempotency-Key`;
4. the HTTP transport (or the `transport` / `async_transport` given, e.g. an `httpx.MockTransport`).
"""

from __future__ import annotations

from typing import Any

import httpx
from attrs import define, field

from .api import AsyncClientApi, ClientApi
from .auth import DEFAULT_TOKEN_URL, BearerToken, ClientCredentials
from .client import Client
from .problems import ProblemError, is_problem
from .retries import AsyncRetryTransport, RetryPolicy, RetryTransport

__all__ = ["DEFAULT_TIMEOUT", "ArmrestClient"]

#: The timeout of `ArmrestClient` when none is given (the plain generated `Client` has none at all).
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class _ProblemRaisingClient(httpx.Client):
    """An httpx client that raises `ProblemError` for problem answers (after authentication had its say)."""

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = super().send(request, **kwargs)
        if is_problem(response):
            try:
                response.read()
            finally:
                response.close()
            raise ProblemError.from_response(response)
        return response


class _ProblemRaisingAsyncClient(httpx.AsyncClient):
    """The asynchronous `_ProblemRaisingClient`."""

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = await super().send(request, **kwargs)
        if is_problem(response):
            try:
                await response.aread()
            finally:
                await response.aclose()
            raise ProblemError.from_response(response)
        return response


@define
class ArmrestClient(Client):
    """A generated `Client` with ARMrest's authentication, retries and problem exceptions.

    Args:
        base_url: the API's base URL, with `/arm/v1`.
        client_id: the API client's id, for the client-credentials flow (with `client_secret`).
        client_secret: its secret.
        token: a bearer token obtained elsewhere (instead of `client_id` and `client_secret`).
        token_url: where the client-credentials flow gets tokens; relative to `base_url`'s host by default.
        retry: the retry policy; `None` turns retries off.
        transport: the sync transport under the retries (default: `httpx.HTTPTransport`).
        async_transport: the async transport under the retries (default: `httpx.AsyncHTTPTransport`).
        raise_on_unexpected_status: raise `errors.UnexpectedStatus` for a status the contract does not
            declare (default here: True).

    The generated `Client`'s other arguments (`headers`, `cookies`, `timeout`, `verify_ssl`,
    `follow_redirects`, `httpx_args`) work as there; `timeout` defaults to `DEFAULT_TIMEOUT`.
    Without credentials only `getHealth` can be called.
    """

    raise_on_unexpected_status: bool = field(default=True, kw_only=True)
    client_id: str | None = field(default=None, kw_only=True)
    _client_secret: str | None = field(default=None, kw_only=True, alias="client_secret", repr=False)
    _token: str | None = field(default=None, kw_only=True, alias="token", repr=False)
    token_url: str = field(default=DEFAULT_TOKEN_URL, kw_only=True)
    retry: RetryPolicy | None = field(factory=RetryPolicy, kw_only=True)
    _transport: httpx.BaseTransport | None = field(default=None, kw_only=True, alias="transport", repr=False)
    _async_transport: httpx.AsyncBaseTransport | None = field(
        default=None, kw_only=True, alias="async_transport", repr=False
    )
    _auth: httpx.Auth | None = field(default=None, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self._token is not None:
            if self.client_id is not None or self._client_secret is not None:
                raise ValueError("give either token or client_id and client_secret, not both")
            self._auth = BearerToken(self._token)
        elif self.client_id is not None or self._client_secret is not None:
            if not self.client_id or not self._client_secret:
                raise ValueError("client_id and client_secret go together")
            self._auth = ClientCredentials(self.client_id, self._client_secret, token_url=self.token_url)

    @property
    def auth(self) -> httpx.Auth | None:
        """The authentication flow (`ClientCredentials`, `BearerToken`, or `None` without credentials)."""
        return self._auth

    def _options(self) -> dict[str, Any]:
        from . import __version__  # the package is initialised by the time a client is built

        headers = {"User-Agent": f"armrest-client/{__version__}", **self._headers}
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": headers,
            "timeout": self._timeout if self._timeout is not None else DEFAULT_TIMEOUT,
            "follow_redirects": self._follow_redirects,
            "auth": self._auth,
            **self._httpx_args,
        }

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx client, built on first use."""
        if self._client is None:
            transport = self._transport or httpx.HTTPTransport(verify=self._verify_ssl)
            if self.retry is not None:
                transport = RetryTransport(transport, self.retry)
            self._client = _ProblemRaisingClient(transport=transport, **self._options())
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying async httpx client, built on first use."""
        if self._async_client is None:
            transport = self._async_transport or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
            if self.retry is not None:
                transport = AsyncRetryTransport(transport, self.retry)
            self._async_client = _ProblemRaisingAsyncClient(transport=transport, **self._options())
        return self._async_client

    def client(self, client_no: int) -> ClientApi:
        """Every operation for one client number, typed with its success model (`arm.customers.get(...)`)."""
        return ClientApi(self, client_no)

    def aclient(self, client_no: int) -> AsyncClientApi:
        """`client` with coroutines (`await arm.customers.get(...)`), on the async httpx client."""
        return AsyncClientApi(self, client_no)

    def close(self) -> None:
        """Close the sync httpx client, if one was built."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the async httpx client, if one was built."""
        if self._async_client is not None:
            await self._async_client.aclose()
