"""`ArmrestClient`: the generated `Client`, set up for ARMrest.

Hand-written (overrides/armrest_client/armrest.py), copied into the generated package.

    from armrest_client import ArmrestClient

    client = ArmrestClient("https://api.staging.amili.no/arm/v1", client_id="...", client_secret="...")
    arm = client.client(2218)
    customer = arm.customers.get("543210")  # a Customer; a problem raises (NotFound, ...)

It is a generated `Client` (pass it as `client=` to any generated endpoint function, sync or async) whose
httpx clients carry, from the outside in:

1. the seam of `armrest_client.sending`: an `Idempotency-Key` on every write, the log, transport errors
   raised as `APIConnectionError` / `APITimeoutError`, problem answers raised as typed exceptions
   (`armrest_client.problems`), so endpoint functions return success bodies only (an undocumented status
   raises `errors.UnexpectedStatus`);
2. authentication (`armrest_client.auth`): the client-credentials flow with a cached token refreshed once on
   401 (`client_id` and `client_secret`), or a static bearer `token`;
3. retries (`armrest_client.retries`);
4. the HTTP transport: the `transport` / `async_transport` given, a caller's `http_client` /
   `async_http_client`, or an `httpx.HTTPTransport` (through `proxy` when one is given).

`with_options(...)` gives a view with other defaults (timeout, headers, retries) that shares the connection
pool and the token, and leaves the original as it was.
"""

from __future__ import annotations

import platform
import urllib.request
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from .api import AsyncClientApi, ClientApi
from .auth import DEFAULT_TOKEN_URL, BearerToken, ClientCredentials
from .client import Client
from .exceptions import ConfigurationError
from .retries import AsyncRetryTransport, RetryPolicy, RetryTransport
from .sending import (
    ArmrestHttpClient,
    AsyncArmrestHttpClient,
    AsyncClientTransport,
    ClientTransport,
    setup_logging,
)

__all__ = ["API_PATH", "DEFAULT_TIMEOUT", "ArmrestClient", "user_agent"]

#: The timeout of `ArmrestClient` when none is given (the plain generated `Client` has none at all).
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

#: The path every base URL of the API ends with.
API_PATH = "/arm/v1"


def user_agent() -> str:
    """`armrest-client/V (Python V; System machine) httpx/V`."""
    from . import __version__  # the package is initialised by the time a client is built

    system = f"{platform.system()} {platform.machine()}".strip()
    python = platform.python_version()
    return f"armrest-client/{__version__} (Python {python}; {system}) httpx/{httpx.__version__}"


def _check_base_url(base_url: str) -> None:
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an http(s) URL ending in {API_PATH}, got {base_url!r}")
    if not url.path.rstrip("/").endswith(API_PATH):
        fixed = str(url.copy_with(path=url.path.rstrip("/") + API_PATH, query=None, fragment=None))
        raise ConfigurationError(
            f"base_url must end in {API_PATH}, the API's root (got {base_url!r}; did you mean {fixed!r}?)"
        )


def _environment_proxy(base_url: str) -> str | None:
    """The proxy the environment names for the API's URL (`HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`, minus
    `NO_PROXY`), as httpx itself would pick it without a transport of the client's own."""
    url = httpx.URL(base_url)
    if urllib.request.proxy_bypass(url.host):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(url.scheme) or proxies.get("all")


@define
class _Layers:
    """The transports under authentication (retries over the HTTP transport), shared by a client's views."""

    sync: httpx.BaseTransport | None = None
    async_: httpx.AsyncBaseTransport | None = None


@define
class ArmrestClient(Client):
    """A generated `Client` with ARMrest's authentication, retries and problem exceptions.

    Args:
        base_url: the API's base URL, ending in `/arm/v1` (else `ConfigurationError`).
        client_id: the API client's id, for the client-credentials flow (with `client_secret`).
        client_secret: its secret.
        token: a bearer token obtained elsewhere (instead of `client_id` and `client_secret`).
        token_url: where the client-credentials flow gets tokens; relative to `base_url`'s host by default.
        retry: the retry policy; `None` turns retries off.
        max_retries: retries after the first try of each request (default: the policy's `attempts` - 1).
        transport: the sync transport under the retries (default: `httpx.HTTPTransport`).
        async_transport: the async transport under the retries (default: `httpx.AsyncHTTPTransport`).
        http_client: a caller's `httpx.Client` to send through (its proxies, TLS, limits and hooks), under
            this client's authentication, retries and problems; the caller closes it.
        async_http_client: likewise, an `httpx.AsyncClient` for the async calls.
        proxy: a proxy URL (or `httpx.Proxy`) for the default transports (also taken from
            `httpx_args={"proxy": ...}`, else from `HTTPS_PROXY` / `HTTP_PROXY` / `ALL_PROXY` and
            `NO_PROXY` unless `httpx_args={"trust_env": False}`).

    `httpx_args={"transport": ...}` is taken as `transport` (or `async_transport`), and the transports of
    `httpx_args={"mounts": {...}}` are put under the retries, so that no way of giving httpx a transport
    leaves a layer out.
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
    max_retries: int | None = field(default=None, kw_only=True)
    _transport: httpx.BaseTransport | None = field(default=None, kw_only=True, alias="transport", repr=False)
    _async_transport: httpx.AsyncBaseTransport | None = field(
        default=None, kw_only=True, alias="async_transport", repr=False
    )
    http_client: httpx.Client | None = field(default=None, kw_only=True, repr=False)
    async_http_client: httpx.AsyncClient | None = field(default=None, kw_only=True, repr=False)
    proxy: str | httpx.Proxy | None = field(default=None, kw_only=True, repr=False)
    _auth: httpx.Auth | None = field(default=None, init=False, repr=False)
    _layers: _Layers = field(factory=_Layers, init=False, repr=False)
    _owner: bool = field(default=True, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        _check_base_url(self._base_url)
        setup_logging()
        if self.proxy is None and "proxy" in self._httpx_args:
            self.proxy = self._httpx_args["proxy"]
        if self.proxy is None and self._httpx_args.get("trust_env", True):
            self.proxy = _environment_proxy(self._base_url)
        transport = self._httpx_args.get("transport")
        if isinstance(transport, httpx.BaseTransport) and self._transport is None:
            self._transport = transport
        elif isinstance(transport, httpx.AsyncBaseTransport) and self._async_transport is None:
            self._async_transport = transport
        self._httpx_args = {k: v for k, v in self._httpx_args.items() if k not in ("proxy", "transport")}
        if self._token is not None:
            if self.client_id is not None or self._client_secret is not None:
                raise ConfigurationError("give either token or client_id and client_secret, not both")
            self._auth = BearerToken(self._token)
        elif self.client_id is not None or self._client_secret is not None:
            if not self.client_id or not self._client_secret:
                raise ConfigurationError("client_id and client_secret go together: give both")
            self._auth = ClientCredentials(self.client_id, self._client_secret, token_url=self.token_url)

    @property
    def auth(self) -> httpx.Auth | None:
        """The authentication flow (`ClientCredentials`, `BearerToken`, or `None` without credentials)."""
        return self._auth

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        headers: dict[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ArmrestClient:
        """A view of this client with other defaults, sharing its connection pool and token.

        The original keeps its own settings; closing a view closes nothing (close the original).
        """
        view = evolve(
            self,
            timeout=self._timeout if timeout is None else _as_timeout(timeout),
            headers={**self._headers, **(headers or {})},
            max_retries=self.max_retries if max_retries is None else max_retries,
        )
        view._auth = self._auth
        view._layers = self._layers
        view._owner = False
        return view

    def with_headers(self, headers: dict[str, str]) -> ArmrestClient:
        """A view with these headers added (`with_options(headers=...)`)."""
        return self.with_options(headers=headers)

    def with_timeout(self, timeout: httpx.Timeout) -> ArmrestClient:
        """A view with this timeout (`with_options(timeout=...)`); the original keeps its own."""
        return self.with_options(timeout=timeout)

    def with_cookies(self, cookies: dict[str, str]) -> ArmrestClient:
        """A view with these cookies added, sharing the pool and token."""
        view = self.with_options()
        view._cookies = {**self._cookies, **cookies}
        return view

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Send through `client` (as `http_client=`), keeping authentication, retries and problems."""
        self.http_client = client
        self._layers.sync = None
        self._client = None
        return self

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Send through `async_client` (as `async_http_client=`), keeping the client's layers."""
        self.async_http_client = async_client
        self._layers.async_ = None
        self._async_client = None
        return self

    def _mounts(self, kind: type[Any]) -> dict[str, Any]:
        """`httpx_args["mounts"]` of one kind (sync or async transports), each under the retries."""
        mounts: dict[str, Any] = self._httpx_args.get("mounts") or {}
        wrap: Any = RetryTransport if kind is httpx.BaseTransport else AsyncRetryTransport
        return {
            pattern: wrap(transport, self.retry)
            if self.retry is not None and transport is not None
            else transport
            for pattern, transport in mounts.items()
            if transport is None or isinstance(transport, kind)
        }

    def _options(self, kind: type[Any]) -> dict[str, Any]:
        headers = {"User-Agent": user_agent(), **self._headers}
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": headers,
            "timeout": self._timeout if self._timeout is not None else DEFAULT_TIMEOUT,
            "follow_redirects": self._follow_redirects,
            "auth": self._auth,
            "max_retries": self.max_retries,
            **self._httpx_args,
            "mounts": self._mounts(kind),
        }

    def _sync_layers(self) -> httpx.BaseTransport:
        if self._layers.sync is None:
            transport: httpx.BaseTransport
            if self.http_client is not None:
                transport = ClientTransport(self.http_client)
            elif self._transport is not None:
                transport = self._transport
            else:
                transport = httpx.HTTPTransport(verify=self._verify_ssl, proxy=self.proxy)
            self._layers.sync = RetryTransport(transport, self.retry) if self.retry is not None else transport
        return self._layers.sync

    def _async_layers(self) -> httpx.AsyncBaseTransport:
        if self._layers.async_ is None:
            transport: httpx.AsyncBaseTransport
            if self.async_http_client is not None:
                transport = AsyncClientTransport(self.async_http_client)
            elif self._async_transport is not None:
                transport = self._async_transport
            else:
                transport = httpx.AsyncHTTPTransport(verify=self._verify_ssl, proxy=self.proxy)
            if self.retry is not None:
                transport = AsyncRetryTransport(transport, self.retry)
            self._layers.async_ = transport
        return self._layers.async_

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx client, built on first use."""
        if self._client is None:
            self._client = ArmrestHttpClient(
                transport=self._sync_layers(), **self._options(httpx.BaseTransport)
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying async httpx client, built on first use."""
        if self._async_client is None:
            self._async_client = AsyncArmrestHttpClient(
                transport=self._async_layers(), **self._options(httpx.AsyncBaseTransport)
            )
        return self._async_client

    def client(self, client_no: int) -> ClientApi:
        """Every operation for one client number, typed with its success model (`arm.customers.get(...)`)."""
        return ClientApi(self, client_no)

    def aclient(self, client_no: int) -> AsyncClientApi:
        """`client` with coroutines (`await arm.customers.get(...)`), on the async httpx client."""
        return AsyncClientApi(self, client_no)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    def close(self) -> None:
        """Close the sync connection pool, if one was built (a view's `close` does nothing)."""
        if not self._owner:
            return
        if self._client is not None:
            self._client.close()  # its transport is the shared one
        elif self._layers.sync is not None:
            self._layers.sync.close()

    async def aclose(self) -> None:
        """Close the async connection pool, if one was built (a view's `aclose` does nothing)."""
        if not self._owner:
            return
        if self._async_client is not None:
            await self._async_client.aclose()
        elif self._layers.async_ is not None:
            await self._layers.async_.aclose()


def _as_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
