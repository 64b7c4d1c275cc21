"""Override `auth`: client credentials fetched from the token URL, cached until `expires_on`, refreshed
once on 401; or a static token. Fakes (httpx.MockTransport) for the rules, the real server for the
real flow."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from armrest_client import ArmrestClient, BearerToken, ClientCredentials
from armrest_client.api.customers import get_customer, list_customers
from armrest_client.api.health import get_health
from armrest_client.auth import DEFAULT_TOKEN_URL, Token
from armrest_client.models import Customer
from armrest_client.problems import AuthenticationError, Unauthorized

from tests.client.fakes import BASE, customer
from tests.support.server import CLIENTNO, Server
from tests.support.spec import BUNDLE_YAML, load

CUSTOMER = customer("1")


class TokenServer:
    """A fake API: a token URL issuing numbered tokens, and customers that need the latest token."""

    def __init__(self, *, now: Callable[[], float], ttl: int = 3600) -> None:
        self.now = now
        self.ttl = ttl
        self.issued: list[str] = []
        self.forms: list[dict[str, list[str]]] = []
        self.seen: list[str | None] = []
        self.revoked: set[str] = set()
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            with self.lock:
                form = parse_qs(request.content.decode())
                self.forms.append(form)
                if form.get("client_secret") != ["s3cret"]:
                    return httpx.Response(
                        401,
                        json={
                            "error": "invalid_client",
                            "error_description": "unknown client or wrong secret",
                        },
                    )
                token = f"token-{len(self.issued) + 1}"
                self.issued.append(token)
                expires_on = int(self.now()) + self.ttl
            return httpx.Response(
                200,
                json={
                    "access_token": token,
                    "token_type": "Bearer",
                    "expires_in": self.ttl,
                    "expires_on": expires_on,
                    "not_before": int(self.now()),
                },
            )
        authorization = request.headers.get("Authorization")
        self.seen.append(authorization)
        token = (authorization or "").removeprefix("Bearer ")
        if token not in self.issued or token in self.revoked:
            return httpx.Response(
                401,
                json={"type": "about:blank", "title": "Unauthorized", "status": 401, "detail": "bad token"},
                headers={
                    "Content-Type": "application/problem+json",
                    "WWW-Authenticate": 'Bearer error="invalid_token"',
                },
            )
        return httpx.Response(200, json=CUSTOMER)


class Clock:
    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def fake(clock: Clock | None = None, **options: Any) -> tuple[TokenServer, ClientCredentials, httpx.Client]:
    clock = clock or Clock()
    api = TokenServer(now=clock, **options)
    auth = ClientCredentials("demo-2218", "s3cret", clock=clock)
    return api, auth, httpx.Client(base_url=BASE, transport=httpx.MockTransport(api), auth=auth)


def test_the_token_url_is_the_contracts() -> None:
    spec = load(BUNDLE_YAML)
    assert (
        spec["components"]["securitySchemes"]["clientCredentials"]["flows"]["clientCredentials"]["tokenUrl"]
        == DEFAULT_TOKEN_URL
    )


def test_a_token_is_fetched_with_the_client_credentials_and_cached() -> None:
    api, auth, http = fake()
    for _ in range(3):
        assert http.get("/clients/2218/customers/1").status_code == 200
    assert api.issued == ["token-1"]
    assert api.seen == ["Bearer token-1"] * 3
    assert api.forms == [
        {"grant_type": ["client_credentials"], "client_id": ["demo-2218"], "client_secret": ["s3cret"]}
    ]
    assert auth.fetches == 1


def test_the_token_url_is_resolved_against_the_api_host() -> None:
    urls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        urls.append(str(request.url))
        if request.url.path == "/token":
            return httpx.Response(200, json={"access_token": "t", "expires_on": 4_000_000_000})
        return httpx.Response(200, json=CUSTOMER)

    http = httpx.Client(
        base_url=BASE, transport=httpx.MockTransport(handler), auth=ClientCredentials("a", "b")
    )
    http.get("/clients/2218/customers/1")
    assert urls == ["https://arm.example/token", "https://arm.example/arm/v1/clients/2218/customers/1"]


def test_the_cached_token_is_replaced_when_expires_on_comes_near() -> None:
    clock = Clock()
    api, auth, http = fake(clock, ttl=3600)
    http.get("/clients/2218/customers/1")
    clock.now += 3600 - 61  # still more than the 60 s margin left
    http.get("/clients/2218/customers/1")
    assert api.issued == ["token-1"]
    clock.now += 2  # within the margin of expires_on
    http.get("/clients/2218/customers/1")
    assert api.issued == ["token-1", "token-2"]
    assert api.seen[-1] == "Bearer token-2"
    assert auth.token is not None and auth.token.expires_on == int(clock.now) + 3600


def test_a_401_refreshes_the_token_once_and_resends_the_request() -> None:
    api, _auth, http = fake()
    http.get("/clients/2218/customers/1")
    api.revoked.add("token-1")  # e.g. the server's key was rotated
    response = http.post("/clients/2218/customers", json={"customer": CUSTOMER})
    assert response.status_code == 200
    assert api.issued == ["token-1", "token-2"]
    assert api.seen == ["Bearer token-1", "Bearer token-1", "Bearer token-2"]


def test_a_second_401_is_answered_not_looped() -> None:
    api, _auth, http = fake()
    http.get("/clients/2218/customers/1")
    api.revoked.update({"token-1", "token-2", "token-3"})
    response = http.get("/clients/2218/customers/1")
    assert response.status_code == 401
    assert api.issued == ["token-1", "token-2"]  # one refresh, no more


def test_wrong_credentials_raise_authentication_error() -> None:
    api = TokenServer(now=Clock())
    client = ArmrestClient(
        BASE, client_id="demo-2218", client_secret="wrong", transport=httpx.MockTransport(api)
    )
    with pytest.raises(AuthenticationError) as caught:
        get_customer.sync(CLIENTNO, "1", client=client)
    assert caught.value.status == 401
    assert caught.value.title == "invalid_client"
    assert caught.value.detail == "unknown client or wrong secret"
    assert api.seen == []  # no API request went out without a token


@pytest.mark.parametrize(
    "answer",
    [{"token_type": "Bearer"}, {"access_token": ""}, {"access_token": 42}, {"access_token": None}],
)
def test_a_token_answer_without_a_usable_token_raises(answer: dict[str, Any]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**answer, "expires_in": 3600})

    http = httpx.Client(
        base_url=BASE, transport=httpx.MockTransport(handler), auth=ClientCredentials("a", "b")
    )
    with pytest.raises(AuthenticationError, match=r"Invalid token answer: .* without a usable token"):
        http.get("/clients/2218/customers/1")


def test_threads_share_one_token_fetch() -> None:
    api, _auth, http = fake()
    with ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(pool.map(lambda _: http.get("/clients/2218/customers/1").status_code, range(32)))
    assert codes == [200] * 32
    assert api.issued == ["token-1"]


def test_async_flow_caches_and_refreshes() -> None:
    clock = Clock()
    api = TokenServer(now=clock)
    auth = ClientCredentials("demo-2218", "s3cret", clock=clock)

    async def run() -> list[int]:
        async with httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(api), auth=auth) as http:
            first = await asyncio.gather(*[http.get("/clients/2218/customers/1") for _ in range(10)])
            api.revoked.add("token-1")
            second = await http.get("/clients/2218/customers/1")
            return [r.status_code for r in [*first, second]]

    assert asyncio.run(run()) == [200] * 11
    assert api.issued == ["token-1", "token-2"]


def test_the_client_credentials_client_refreshes_through_generated_endpoints() -> None:
    api = TokenServer(now=Clock())
    client = ArmrestClient(
        BASE, client_id="demo-2218", client_secret="s3cret", transport=httpx.MockTransport(api)
    )
    assert isinstance(client.auth, ClientCredentials)
    with client:
        assert get_customer.sync(CLIENTNO, "1", client=client) is not None
        api.revoked.add("token-1")
        customer = get_customer.sync(CLIENTNO, "1", client=client)
    assert isinstance(customer, Customer)
    assert api.issued == ["token-1", "token-2"]


def test_a_static_token_is_sent_as_is() -> None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("Authorization"))
        return httpx.Response(200, json=CUSTOMER)

    client = ArmrestClient(BASE, token="static-token", transport=httpx.MockTransport(handler))
    assert isinstance(client.auth, BearerToken)
    get_customer.sync(CLIENTNO, "1", client=client)
    assert seen == ["Bearer static-token"]
    assert "static-token" not in repr(client)


def test_secrets_stay_out_of_reprs() -> None:
    client = ArmrestClient(BASE, client_id="demo-2218", client_secret="s3cret")
    assert "s3cret" not in repr(client) and "s3cret" not in repr(client.auth)


def test_credentials_are_checked() -> None:
    with pytest.raises(ValueError):
        ArmrestClient(BASE, token="t", client_id="a", client_secret="b")
    with pytest.raises(ValueError):
        ArmrestClient(BASE, client_id="a")


# -- against the real server ----------------------------------------------------------------------------


def test_client_credentials_against_the_server(server: Server) -> None:
    with ArmrestClient(
        server.base_url, client_id=server.client_id, client_secret=server.client_secret
    ) as client:
        page = list_customers.sync(CLIENTNO, client=client, page_size=5)
        again = list_customers.sync(CLIENTNO, client=client, page_size=5)
        assert isinstance(client.auth, ClientCredentials)
        assert client.auth.fetches == 1
        assert client.auth.token is not None and client.auth.token.expires_on > 0
    assert page is not None and again is not None


def test_wrong_secret_against_the_server(server: Server) -> None:
    wrong = ArmrestClient(server.base_url, client_id=server.client_id, client_secret="wrong")
    with wrong as client, pytest.raises(AuthenticationError) as caught:
        list_customers.sync(CLIENTNO, client=client)
    assert caught.value.status == 401


def test_static_token_against_the_server(server: Server) -> None:
    with ArmrestClient(server.base_url, token=server.token()) as client:
        assert list_customers.sync(CLIENTNO, client=client, page_size=5) is not None
    with ArmrestClient(server.base_url, token="not-a-token") as client, pytest.raises(Unauthorized) as caught:
        list_customers.sync(CLIENTNO, client=client)
    assert caught.value.status == 401 and caught.value.title


def test_health_needs_no_credentials(server: Server) -> None:
    with ArmrestClient(server.base_url) as client:
        health = get_health.sync(client=client)
    assert health is not None and health.version


def test_a_refused_token_is_refreshed_against_the_server(server: Server) -> None:
    """The 401 path on real sockets: the cached token is one the server refuses (as after a key rotation)."""
    with ArmrestClient(
        server.base_url, client_id=server.client_id, client_secret=server.client_secret
    ) as client:
        auth = client.auth
        assert isinstance(auth, ClientCredentials)
        auth._token = Token("revoked.token.value", time.time() + 3600)
        page = list_customers.sync(CLIENTNO, client=client, page_size=5)
        assert page is not None
        assert auth.fetches == 1
        assert auth.token is not None and auth.token.access_token != "revoked.token.value"


def test_a_short_lived_token_is_used_for_half_its_life() -> None:
    clock = Clock()
    api, _auth, http = fake(clock, ttl=30)  # shorter than the 60 s margin
    http.get("/clients/2218/customers/1")
    clock.now += 14
    http.get("/clients/2218/customers/1")
    assert api.issued == ["token-1"]
    clock.now += 2
    http.get("/clients/2218/customers/1")
    assert api.issued == ["token-1", "token-2"]


@pytest.mark.parametrize(
    ("answer", "lifetime"),
    [
        ({"expires_in": 3600}, 3600.0),  # RFC 6749 says only expires_in
        ({"expires_in": "3600"}, 3600.0),  # numbers sent as strings
        ({"expires_on": "1800000120"}, 120.0),
        ({"expires_on": True, "expires_in": 120}, 120.0),  # a boolean is no time
        ({"expires_in": "soon"}, 0.0),  # unreadable: expired at once, never cached
        ({}, 0.0),
    ],
)
def test_the_token_lifetime_is_read_from_what_the_answer_says(
    answer: dict[str, Any], lifetime: float
) -> None:
    clock = Clock(1_800_000_000.0)
    issued: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            issued.append(f"t{len(issued) + 1}")
            return httpx.Response(200, json={"access_token": issued[-1], **answer})
        return httpx.Response(200, json=CUSTOMER)

    auth = ClientCredentials("a", "b", clock=clock)
    http = httpx.Client(base_url=BASE, transport=httpx.MockTransport(handler), auth=auth)
    http.get("/clients/2218/customers/1")
    http.get("/clients/2218/customers/1")
    assert auth.token is not None and auth.token.expires_on == clock.now + lifetime
    assert issued == (["t1"] if lifetime else ["t1", "t2"])


def test_an_invalidated_token_is_fetched_anew() -> None:
    api, auth, http = fake()
    http.get("/clients/2218/customers/1")
    auth.invalidate()
    assert auth.token is None
    http.get("/clients/2218/customers/1")
    assert api.issued == ["token-1", "token-2"]
    assert api.seen == ["Bearer token-1", "Bearer token-2"]


def test_a_401_after_another_request_refreshed_the_token_uses_that_token() -> None:
    """Two requests meet the revoked token; the second to see its 401 sends the first's fresh token."""
    api, auth, http = fake()
    http.get("/clients/2218/customers/1")
    api.revoked.add("token-1")
    inner: list[int] = []
    nested = False

    def first_answer(request: httpx.Request) -> httpx.Response:
        nonlocal nested
        response = api(request)
        if request.headers.get("Authorization") == "Bearer token-1" and not nested:
            nested = True
            inner.append(http.get("/clients/2218/customers/2").status_code)  # refreshes meanwhile
        return response

    http._transport = httpx.MockTransport(first_answer)
    assert http.get("/clients/2218/customers/1").status_code == 200
    assert inner == [200]
    assert api.issued == ["token-1", "token-2"]  # one refresh for both
    assert api.seen[-1] == "Bearer token-2"
    assert auth.fetches == 2


def test_the_async_flow_takes_a_token_another_request_refreshed() -> None:
    clock = Clock()
    api = TokenServer(now=clock)
    auth = ClientCredentials("demo-2218", "s3cret", clock=clock)
    inner: list[int] = []
    nested = False

    async def run() -> int:
        http: httpx.AsyncClient

        async def handle(request: httpx.Request) -> httpx.Response:
            nonlocal nested
            response = api(request)
            if request.headers.get("Authorization") == "Bearer token-1" and api.revoked and not nested:
                nested = True
                inner.append((await http.get("/clients/2218/customers/2")).status_code)
            return response

        async with httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(handle), auth=auth) as http:
            await http.get("/clients/2218/customers/1")
            api.revoked.add("token-1")
            return (await http.get("/clients/2218/customers/1")).status_code

    assert asyncio.run(run()) == 200
    assert inner == [200]
    assert api.issued == ["token-1", "token-2"]


def test_the_generic_flow_is_refused_rather_than_sending_no_token() -> None:
    request = httpx.Request("GET", f"{BASE}/clients/2218/customers/1")
    with pytest.raises(RuntimeError, match="sync_auth_flow or async_auth_flow"):
        ClientCredentials("a", "b").auth_flow(request)


def test_reprs_name_no_token() -> None:
    assert repr(BearerToken("static-token")) == "BearerToken(...)"
    assert repr(Token("secret-token", 1_800_000_000.0)) == "Token(expires_on=1800000000.0)"
