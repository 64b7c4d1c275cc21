"""How an integrator sets the client up, against the served sandbox: their own httpx client, transport or
proxy keep authentication, retries and problem raising; one error root; the log; `to_json`; page helpers;
`User-Agent`; and misuse that answers with what to fix."""

from __future__ import annotations

import asyncio
import json
import logging
import pickle
import re
import threading
import tomllib
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from armrest_client import (
    APIConnectionError,
    APITimeoutError,
    ArmrestClient,
    ArmrestError,
    AuthenticationError,
    BatchTimeout,
    ConfigurationError,
    NotFound,
    ProblemError,
    ResponseValidationError,
    Unauthorized,
    UnexpectedStatus,
)
from armrest_client.api.customers import list_customers
from armrest_client.decimals import loads
from armrest_client.models import Customer, CustomerList

from tests.client.conftest import CLIENT_PROJECT
from tests.client.test_sandbox_answers import FAST, Forcing, new_customer
from tests.support.server import CLIENTNO, Server, free_port
from tests.support.spec import BUNDLE_JSON

HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "host", "content-length"}


class Proxy(ThreadingHTTPServer):
    """A forward HTTP proxy: relays each request to the URL it names; the first `force` API requests ask
    the sandbox for a 503 on the way, so the client's retries must sit above the proxy to see them."""

    def __init__(self, force: int = 0) -> None:
        super().__init__(("127.0.0.1", 0), _Relay)
        self.force = force
        self.seen: list[str] = []
        self.upstream = httpx.Client(trust_env=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Relay(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Proxy

    def _relay(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        self.server.seen.append(f"{self.command} {self.path}")
        if "/arm/v1/" in self.path and self.server.force > 0:
            self.server.force -= 1
            headers["Armrest-Sandbox-Answer"] = "503; retry-after=0"
        answer = self.server.upstream.request(self.command, self.path, headers=headers, content=body)
        self.send_response(answer.status_code)
        for name, value in answer.headers.items():
            if name.lower() not in HOP_BY_HOP | {"content-encoding"}:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)

    do_GET = do_POST = do_PUT = _relay

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def proxy() -> Iterator[Proxy]:
    running = Proxy(force=1)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    try:
        yield running
    finally:
        running.shutdown()
        running.server_close()
        running.upstream.close()
        thread.join()


def credentials(server: Server) -> dict[str, str]:
    return {"client_id": server.client_id, "client_secret": server.client_secret}


# -- 4. one error root -----------------------------------------------------------------------------------


def test_every_error_of_the_client_derives_from_armrest_error() -> None:
    roots = (ProblemError, UnexpectedStatus, APIConnectionError, ResponseValidationError, BatchTimeout)
    assert all(issubclass(error, ArmrestError) for error in roots)
    assert issubclass(ConfigurationError, ValueError) and issubclass(APITimeoutError, APIConnectionError)
    request = httpx.Request("GET", "http://127.0.0.1:1/arm/v1/health")
    dropped = APIConnectionError.of(httpx.ReadError("reset by peer"), request)
    assert type(dropped) is APIConnectionError and dropped.hint is None
    assert str(dropped) == "GET http://127.0.0.1:1/arm/v1/health: ReadError: reset by peer"
    invalid = ResponseValidationError("not a string", operation="getCustomer", pointer="/name")
    assert str(invalid) == "getCustomer: /name: not a string" and isinstance(invalid, ArmrestError)


def test_the_clients_errors_survive_pickling() -> None:
    """As a task queue or a process pool carries them."""
    request = httpx.Request("GET", "http://127.0.0.1:1/arm/v1/health")
    timed_out = APIConnectionError.of(httpx.ReadTimeout("slow"), request)
    refused = APIConnectionError.of(httpx.ConnectError("refused"), request)
    for error in (timed_out, refused, UnexpectedStatus(502, b"<html>bad gateway</html>")):
        copy = pickle.loads(pickle.dumps(error))
        assert (type(copy), str(copy)) == (type(error), str(error))
    assert pickle.loads(pickle.dumps(refused)).hint == refused.hint
    assert pickle.loads(pickle.dumps(UnexpectedStatus(502, b"x"))).status_code == 502


# -- 5. the caller's httpx client, transport and proxy keep every layer ---------------------------------


def test_a_callers_http_client_keeps_auth_retries_and_problems(server: Server, unique: str) -> None:
    forcing = Forcing("503; retry-after=0", times=1)
    with httpx.Client(transport=forcing) as own:
        client = ArmrestClient(server.base_url, **credentials(server), retry=FAST, http_client=own)
        arm = client.client(CLIENTNO)
        assert isinstance(arm.customers.list(page_size=5), CustomerList)  # a token, then a retried 503
        assert len(forcing.sent) == 2 and forcing.sent[1].headers["Authorization"].startswith("Bearer ")
        with pytest.raises(NotFound):
            arm.customers.get(f"NONE-{unique}")
        client.close()
        assert not own.is_closed  # the caller's client stays the caller's

    later = Forcing("503; retry-after=0", times=1)
    with httpx.Client(transport=later) as own:
        replaced = ArmrestClient(server.base_url, **credentials(server), retry=FAST).set_httpx_client(own)
        assert isinstance(list_customers.sync(CLIENTNO, client=replaced, page_size=5), CustomerList)
        assert len(later.sent) == 2


def test_a_callers_async_http_client_keeps_every_layer(server: Server, unique: str) -> None:
    async def run() -> int:
        async with httpx.AsyncClient() as own:
            client = ArmrestClient(server.base_url, **credentials(server), retry=FAST, async_http_client=own)
            arm = client.aclient(CLIENTNO)
            page = await arm.customers.list(page_size=5)
            with pytest.raises(NotFound):
                await arm.customers.get(f"NONE-{unique}")
            await client.aclose()
            assert not own.is_closed
            again = ArmrestClient(server.base_url, **credentials(server)).set_async_httpx_client(own)
            await again.aclient(CLIENTNO).customers.list(page_size=5)
            return page.summary.page_no

    assert asyncio.run(run()) == 1


@pytest.mark.parametrize("how", ["proxy", "httpx_args", "environment"])
def test_a_proxy_keeps_auth_retries_and_problems(
    server: Server, proxy: Proxy, how: str, unique: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    options: dict[str, object] = (
        {"proxy": proxy.url} if how == "proxy" else {"httpx_args": {"proxy": proxy.url}}
    )
    if how == "environment":
        for name in ("NO_PROXY", "no_proxy", "HTTP_PROXY"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("http_proxy", proxy.url)
        options = {}
    client = ArmrestClient(server.base_url, **credentials(server), retry=FAST, **options)  # type: ignore[arg-type]
    arm = client.client(CLIENTNO)
    assert isinstance(arm.customers.list(page_size=5), CustomerList)
    api = [line for line in proxy.seen if "/arm/v1/" in line]
    assert any(line.startswith("POST ") and line.endswith("/token") for line in proxy.seen)
    assert len(api) == 2  # the forced 503, retried through the proxy
    with pytest.raises(NotFound):
        arm.customers.get(f"NONE-{unique}")
    client.close()


def test_transports_given_through_httpx_args_keep_every_layer(server: Server, unique: str) -> None:
    forcing = Forcing("503; retry-after=0", times=1)
    given = ArmrestClient(
        server.base_url, **credentials(server), retry=FAST, httpx_args={"transport": forcing}
    )
    assert isinstance(given.client(CLIENTNO).customers.list(page_size=5), CustomerList)
    assert len(forcing.sent) == 2  # the forced 503 and its retry, under authentication

    mounted = Forcing("503; retry-after=0", times=1)
    mounts = {server.origin: mounted, "https://elsewhere.example": None}
    client = ArmrestClient(server.base_url, **credentials(server), retry=FAST, httpx_args={"mounts": mounts})
    assert isinstance(client.client(CLIENTNO).customers.list(page_size=5), CustomerList)
    assert len(mounted.sent) == 2
    with pytest.raises(NotFound):
        client.client(CLIENTNO).customers.get(f"NONE-{unique}")

    async def run() -> int:  # the async client takes the async transports only
        async_given = {"transport": httpx.AsyncHTTPTransport(), "mounts": mounts}
        async with ArmrestClient(server.base_url, **credentials(server), httpx_args=async_given) as both:
            page = await both.aclient(CLIENTNO).customers.list(page_size=5)
        return page.summary.page_no

    assert asyncio.run(run()) == 1 and len(mounted.sent) == 3  # the sync mount served no async call


def test_no_proxy_and_trust_env_keep_requests_direct(
    server: Server, proxy: Proxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("http_proxy", proxy.url)
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    direct = ArmrestClient(server.base_url, **credentials(server))
    assert direct.proxy is None
    monkeypatch.delenv("no_proxy")
    assert ArmrestClient(server.base_url, token="t", httpx_args={"trust_env": False}).proxy is None
    assert ArmrestClient(server.base_url, token="t").proxy == proxy.url
    assert isinstance(direct.client(CLIENTNO).customers.list(page_size=5), CustomerList) and proxy.seen == []


def test_the_wheel_names_the_contracts_urls_and_carries_the_changelog() -> None:
    project = CLIENT_PROJECT / "pyproject.toml"
    urls = tomllib.loads(project.read_text())["project"]["urls"]
    bundle = json.loads(BUNDLE_JSON.read_text())
    assert urls == {"Homepage": bundle["info"]["contact"]["url"], "API": bundle["servers"][0]["url"]}
    readme = (CLIENT_PROJECT / "README.md").read_text()  # the wheel's description (`readme`)
    assert "\n## Changelog\n" in readme and "Idempotency-Key" in readme.split("## Changelog")[1]


# -- 6. log, to_json, pages, User-Agent ----------------------------------------------------------------


def test_armrest_log_shows_requests_retries_and_answers_with_credentials_masked(
    server: Server, unique: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    logger = logging.getLogger("armrest_client")
    monkeypatch.setenv("ARMREST_LOG", "debug")
    try:
        forcing = Forcing("503; retry-after=0", times=1)
        client = ArmrestClient(server.base_url, **credentials(server), retry=FAST, transport=forcing)
        client.client(CLIENTNO).customers.create(body=new_customer(f"LOG-{unique}"))
        token = forcing.sent[0].headers["Authorization"].split()[1]
    finally:
        for handler in [h for h in logger.handlers if getattr(h, "_armrest", False)]:
            logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)
    err = capsys.readouterr().err
    assert re.search(rf"POST {re.escape(server.base_url)}/clients/{CLIENTNO}/customers -> 201 in ", err), err
    assert "retrying POST" in err and "'authorization': 'Bearer ***'" in err
    assert f"token fetched for client id '{server.client_id}'" in err
    assert token not in err and server.client_secret not in err


def test_to_json_writes_the_apis_json_with_exact_numbers() -> None:
    schemas = json.loads(BUNDLE_JSON.read_text())["components"]["schemas"]
    customer = Customer.from_dict(loads(json.dumps(schemas["Customer"]["examples"][0])))
    customer.limit_amount = Decimal("1250.50")
    text = customer.to_json()
    assert '"limitAmount":1250.50' in text and loads(text)["limitAmount"] == Decimal("1250.50")
    assert Customer.from_dict(loads(text)) == customer


def test_pages_say_whether_one_follows_and_fetch_it(server: Server, unique: str) -> None:
    arm = ArmrestClient(server.base_url, **credentials(server), retry=FAST).client(CLIENTNO)
    for n in range(6):
        arm.customers.create(body=new_customer(f"PG{unique}-{n}"))
    page = arm.customers.list(page_size=5, extra_headers={"X-Request-Id": f"pages-{unique}"})
    assert page.has_next_page() and page.summary.page_no == 1
    second = page.next_page()
    assert second.summary.page_no == 2 and second.summary.query_id == page.summary.query_id
    assert second.request_id == f"pages-{unique}"  # the options of the first call go on
    last = second
    while last.has_next_page():
        last = last.next_page()
    with pytest.raises(ArmrestError, match="last page"):
        last.next_page()
    loaded = pickle.loads(pickle.dumps(page))  # a page pickles; the way to the next one stays behind
    assert loaded == page and loaded.has_next_page()
    with pytest.raises(ArmrestError, match="typed list method"):
        loaded.next_page()
    plain = list_customers.sync(
        CLIENTNO, client=ArmrestClient(server.base_url, **credentials(server)), page_size=5
    )
    assert isinstance(plain, CustomerList) and plain.has_next_page()
    with pytest.raises(ArmrestError, match="typed list method"):
        plain.next_page()
    asyncio.run(_async_next(server))


async def _async_next(server: Server) -> None:
    async with ArmrestClient(server.base_url, **credentials(server)) as client:
        page = await client.aclient(CLIENTNO).customers.list(page_size=5)
        following = await page.anext_page()
        assert following.summary.page_no == 2
        with pytest.raises(ArmrestError, match="sync client"):
            await (
                ArmrestClient(server.base_url, **credentials(server))
                .client(CLIENTNO)
                .customers.list(page_size=5)
                .anext_page()
            )
        with pytest.raises(ArmrestError, match=r"await page\.anext_page"):
            page.next_page()  # an async page read the sync way


def test_the_user_agent_names_client_python_and_platform(server: Server) -> None:
    forcing = Forcing("503", times=0)
    ArmrestClient(server.base_url, **credentials(server), transport=forcing).client(CLIENTNO).customers.list(
        page_size=5
    )
    agent = forcing.sent[0].headers["User-Agent"]
    assert re.fullmatch(r"armrest-client/\S+ \(Python 3\.\d+\.\d+; \S+ \S+\) httpx/\S+", agent), agent


# -- 7. misuse answers with what to fix -----------------------------------------------------------------


def test_a_base_url_without_the_api_path_says_which_url_was_meant(server: Server) -> None:
    with pytest.raises(ConfigurationError, match=re.escape(f"did you mean '{server.origin}/arm/v1'?")):
        ArmrestClient(server.origin, **credentials(server))
    with pytest.raises(ConfigurationError, match="http"):
        ArmrestClient("127.0.0.1:8080/arm/v1", token="t")


def test_a_port_where_nothing_listens_says_to_check_base_url() -> None:
    base = f"http://127.0.0.1:{free_port()}/arm/v1"
    client = ArmrestClient(base, token="t", retry=FAST)
    with pytest.raises(APIConnectionError) as caught:
        client.client(CLIENTNO).customers.list()
    assert not isinstance(caught.value, APITimeoutError)
    assert f"is the API served at http://127.0.0.1:{base.split(':')[2].split('/')[0]}? check base_url" in str(
        caught.value
    )


def test_missing_or_wrong_credentials_say_what_to_give(server: Server) -> None:
    with pytest.raises(Unauthorized) as missing:
        ArmrestClient(server.base_url).client(CLIENTNO).customers.list()
    assert "pass client_id and client_secret (or token)" in str(missing.value)
    wrong = ArmrestClient(server.base_url, client_id=server.client_id, client_secret="wrong")
    with pytest.raises(AuthenticationError) as refused:
        wrong.client(CLIENTNO).customers.list()
    assert refused.value.hint and "check client_id and client_secret" in str(refused.value)
    with pytest.raises(Unauthorized) as bad_token:
        ArmrestClient(server.base_url, token="not-a-token").client(CLIENTNO).customers.list()
    assert "the token was refused" in str(bad_token.value)
    with pytest.raises(AuthenticationError, match="check token_url"):
        ArmrestClient(server.base_url, **credentials(server), token_url="/nowhere").client(
            CLIENTNO
        ).customers.list()
    with pytest.raises(ConfigurationError, match="go together"):
        ArmrestClient(server.base_url, client_id="only-an-id")
    with pytest.raises(ConfigurationError, match="not both"):
        ArmrestClient(server.base_url, token="t", **credentials(server))
