"""Per-call options, `with_options` views, raw answers and safe retries of writes, against the served
sandbox (`armrest serve --sandbox-controls`): forced answers, and transports under the client's retries
that stand for what a network or a gateway does (a lost answer, a gateway's 502)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator

import httpx
import pytest
from armrest_client import (
    DEFAULT_TIMEOUT,
    APIConnectionError,
    APITimeoutError,
    ArmrestClient,
    NotFound,
    RawResponse,
    RetryPolicy,
    ServiceUnavailable,
)
from armrest_client.calls import stamp
from armrest_client.models import (
    CustomerCreate,
    CustomerCreateRequest,
    CustomerList,
    CustomerUpdate,
    CustomerUpdateRequest,
    CustomerWriteResult,
    Metadata,
    WriteResultCode,
)

from tests.client.test_sandbox_answers import FAST, Forcing, new_customer
from tests.support.server import CLIENTNO, Server, free_port


def armrest(server: Server, transport: httpx.BaseTransport, **options: object) -> ArmrestClient:
    kwargs: dict[str, object] = {"retry": FAST, "transport": transport} | options
    return ArmrestClient(
        server.base_url,
        client_id=server.client_id,
        client_secret=server.client_secret,
        **kwargs,  # type: ignore[arg-type]
    )


def named(customer_no: str) -> CustomerCreateRequest:
    """A new customer whose name is its number (so that the `name` filter finds it alone)."""
    return CustomerCreateRequest(
        metadata=Metadata(user_id="tester"),
        customer=CustomerCreate(customer_no=customer_no, name=customer_no),
    )


class Gateway(httpx.BaseTransport):
    """A gateway in front of the sandbox: answers `status` itself (HTML, as gateways do) to the first
    `times` API requests, with `headers`; the rest reach the sandbox."""

    def __init__(self, status: int, times: int = 1, headers: dict[str, str] | None = None) -> None:
        self.status, self.times, self.headers = status, times, headers or {}
        self.sent: list[httpx.Request] = []
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if "/arm/v1/" not in request.url.path:
            return self.inner.handle_request(request)
        self.sent.append(request)
        if len(self.sent) <= self.times:
            body = f"<html><body>{self.status} from the gateway</body></html>".encode()
            return httpx.Response(
                self.status, content=body, headers={"Content-Type": "text/html", **self.headers}
            )
        return self.inner.handle_request(request)


class LosingAnswers(httpx.BaseTransport):
    """Real HTTP; the first `times` API answers are read and then lost (the connection dropped after the
    server did the work), as a client whose network broke sees it."""

    def __init__(self, times: int = 1) -> None:
        self.times = times
        self.sent: list[httpx.Request] = []
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if "/arm/v1/" in request.url.path:
            self.sent.append(request)
            if len(self.sent) <= self.times:
                response.read()
                response.close()
                raise httpx.ReadError("the connection closed before the answer arrived")
        return response


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers (the kernel completes the handshake)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(16)
        yield int(sock.getsockname()[1])


# -- 1. an Idempotency-Key on every write, and retries that use it --------------------------------------


def test_a_post_retried_after_a_503_carries_one_key_made_by_the_client(server: Server, unique: str) -> None:
    forcing = Forcing("503; retry-after=0", times=1)
    made = armrest(server, forcing).client(CLIENTNO).customers.create(body=new_customer(f"IK-{unique}"))
    keys = [r.headers.get("Idempotency-Key") for r in forcing.sent]
    assert made.result == WriteResultCode.CREATED and len(keys) == 2
    assert keys[0] is not None and keys[0] == keys[1] and len(keys[0]) == 36


def test_a_lost_answer_is_resent_with_the_same_key_and_replayed_not_written_twice(
    server: Server, unique: str
) -> None:
    losing = LosingAnswers(times=1)
    arm = armrest(server, losing).client(CLIENTNO)
    raw = arm.customers.with_raw_response.create(body=named(f"LOST-{unique}"))
    assert raw.status_code == 201 and raw.headers.get("Idempotent-Replayed") == "true"
    keys = [r.headers["Idempotency-Key"] for r in losing.sent]
    assert len(keys) == 2 and keys[0] == keys[1]
    listed = arm.customers.list(name=f"LOST-{unique}")  # the name filter: one customer, made once
    assert [c.customer_no for c in listed.customers] == [f"LOST-{unique}"]


@pytest.mark.parametrize("status", [408, 500, 502, 504])
def test_gateway_failures_are_retried_for_reads_and_keyed_writes(
    server: Server, unique: str, status: int
) -> None:
    gateway = Gateway(status)
    arm = armrest(server, gateway).client(CLIENTNO)
    made = arm.customers.create(body=new_customer(f"GW{status}-{unique}"))
    assert made.result == WriteResultCode.CREATED and len(gateway.sent) == 2
    gateway.times = len(gateway.sent) + 1
    assert arm.customers.get(f"GW{status}-{unique}").customer_no == f"GW{status}-{unique}"


def test_retry_after_ms_is_honoured_before_retry_after(server: Server) -> None:
    """The gateway asks for 30 s in Retry-After and 1 ms in retry-after-ms: a policy that waits at most
    5 s retries only because it reads retry-after-ms."""
    gateway = Gateway(503, headers={"Retry-After": "30", "retry-after-ms": "1"})
    client = armrest(server, gateway, retry=RetryPolicy(max_retry_after=5, jitter=0.0))
    assert isinstance(client.client(CLIENTNO).customers.list(page_size=5), CustomerList)
    assert len(gateway.sent) == 2


def test_a_post_without_retries_meets_the_gateways_502_as_unexpected_status(server: Server) -> None:
    from armrest_client import ArmrestError, UnexpectedStatus

    with pytest.raises(UnexpectedStatus) as caught:
        armrest(server, Gateway(502), retry=None).client(CLIENTNO).customers.create(body=new_customer("GW-X"))
    assert isinstance(caught.value, ArmrestError) and caught.value.status_code == 502


# -- 2. per-call options and views ----------------------------------------------------------------------


def test_per_call_headers_query_key_and_retries(server: Server, unique: str) -> None:
    forcing = Forcing("503; retry-after=0", times=0)
    arm = armrest(server, forcing).client(CLIENTNO)
    page = arm.customers.list(extra_query={"pagesize": "5"}, extra_headers={"X-Request-Id": f"mine-{unique}"})
    assert page.summary.page_size_limit == 5 and page.request_id == f"mine-{unique}"
    assert forcing.sent[-1].url.params["pagesize"] == "5"

    first = arm.customers.with_raw_response.create(
        body=new_customer(f"KEY-{unique}"), idempotency_key=f"k-{unique}"
    )
    again = arm.customers.with_raw_response.create(
        body=new_customer(f"KEY-{unique}"), idempotency_key=f"k-{unique}"
    )
    assert (first.status_code, again.status_code, again.headers.get("Idempotent-Replayed")) == (
        201,
        201,
        "true",
    )
    assert forcing.sent[-1].headers["Idempotency-Key"] == f"k-{unique}"

    arm.customers.get(f"KEY-{unique}", idempotency_key=f"read-{unique}")  # the option of a call without one
    assert forcing.sent[-1].headers["Idempotency-Key"] == f"read-{unique}"

    forcing.times = len(forcing.sent) + 10
    before = len(forcing.sent)
    with pytest.raises(ServiceUnavailable):
        arm.customers.get(f"KEY-{unique}", max_retries=0)
    assert len(forcing.sent) - before == 1
    with pytest.raises(ServiceUnavailable):
        arm.customers.get(f"KEY-{unique}")
    assert len(forcing.sent) - before == 1 + FAST.attempts


def test_a_per_call_timeout_raises_api_timeout_error(silent_port: int) -> None:
    client = ArmrestClient(
        f"http://127.0.0.1:{silent_port}/arm/v1", token="t", retry=RetryPolicy(attempts=2, backoff=0.001)
    )
    with pytest.raises(APITimeoutError) as caught:
        client.client(CLIENTNO).customers.get("1", timeout=0.2)
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)
    assert client.get_httpx_client().timeout == DEFAULT_TIMEOUT  # the call changed nothing else


def test_the_async_client_raises_api_connection_error_and_stamps_only_models() -> None:
    async def run() -> None:
        client = ArmrestClient(f"http://127.0.0.1:{free_port()}/arm/v1", token="t", retry=None)
        with pytest.raises(APIConnectionError) as caught:
            await client.aclient(CLIENTNO).customers.get("1")
        assert isinstance(caught.value.__cause__, httpx.ConnectError)

    asyncio.run(run())
    answer = httpx.Response(200, headers={"X-Request-Id": "r-1"})
    assert stamp(answer, answer) is answer and not hasattr(answer, "_request_id")  # not a model: as it is


def test_with_options_gives_a_view_sharing_pool_and_token_and_leaves_the_original(server: Server) -> None:
    forcing = Forcing("503; retry-after=0", times=0)
    with armrest(server, forcing) as client:
        view = client.with_options(timeout=5.0, headers={"X-Request-Id": "from-the-view"}, max_retries=0)
        shorter = client.with_timeout(httpx.Timeout(1.0))
        assert client.get_httpx_client().timeout == DEFAULT_TIMEOUT  # with_timeout once changed it to 1 s
        assert shorter.get_httpx_client().timeout == httpx.Timeout(1.0)
        assert view.get_httpx_client().timeout == httpx.Timeout(5.0)
        assert view.client(CLIENTNO).customers.list(page_size=5).request_id == "from-the-view"
        assert client.client(CLIENTNO).customers.list(page_size=5).request_id != "from-the-view"
        assert client.auth is view.auth and getattr(client.auth, "fetches", None) == 1  # one token for both
        forcing.times = len(forcing.sent) + 10
        before = len(forcing.sent)
        with pytest.raises(ServiceUnavailable):
            view.client(CLIENTNO).customers.list()  # the view's budget: no retry, through the same transport
        assert len(forcing.sent) - before == 1
        view.close()  # a view closes nothing
        forcing.times = 0
        assert client.client(CLIENTNO).customers.list(page_size=5).summary.page_no == 1
        assert client.with_cookies({"c": "1"}).get_httpx_client().cookies.get("c") == "1"
        headed = client.with_headers({"X-Request-Id": "from-headers"})
        assert headed.client(CLIENTNO).customers.list(page_size=5).request_id == "from-headers"
        assert "X-Request-Id" not in client.get_httpx_client().headers


def test_a_pool_a_view_opened_is_closed_by_the_original(server: Server) -> None:
    """Sync and async: the original closes what its views built; a view's close leaves it open."""
    client = armrest(server, httpx.HTTPTransport(), retry=None)
    view = client.with_options(max_retries=0)
    assert view.client(CLIENTNO).customers.list(page_size=5).summary.page_no == 1
    client.close()  # the original built no httpx client of its own: it closes the shared transport

    async def run() -> int:
        original = ArmrestClient(
            server.base_url, client_id=server.client_id, client_secret=server.client_secret, retry=None
        )
        async with original.with_options(timeout=10.0) as async_view:
            page = await async_view.aclient(CLIENTNO).customers.list(page_size=5)
        again = await original.with_options().aclient(CLIENTNO).customers.list(page_size=5)  # still open
        await original.aclose()  # closes the transport its views shared
        return page.summary.page_no + again.summary.page_no

    assert asyncio.run(run()) == 2


# -- 3. raw answers --------------------------------------------------------------------------------------


def test_raw_answers_give_status_headers_request_id_and_the_model(server: Server, unique: str) -> None:
    arm = armrest(server, Forcing("503", times=0)).client(CLIENTNO)
    raw = arm.customers.with_raw_response.create(body=new_customer(f"RAW-{unique}"))
    assert isinstance(raw, RawResponse) and isinstance(raw.parse(), CustomerWriteResult)
    assert (
        raw.status_code == 201
        and raw.location is not None
        and raw.location.endswith(f"/customers/RAW-{unique}")
    )
    assert raw.request_id and raw.parsed.request_id == raw.request_id == raw.headers["X-Request-Id"]
    customer = arm.customers.get(f"RAW-{unique}")
    assert customer.request_id is not None and customer.request_id != raw.request_id
    with pytest.raises(NotFound) as caught:
        arm.customers.with_raw_response.get(f"NONE-{unique}")
    assert caught.value.request_id


def test_the_async_client_has_the_same_options_and_raw_answers(server: Server, unique: str) -> None:
    async def run() -> tuple[int, str | None, int, bool]:
        async with ArmrestClient(
            server.base_url, client_id=server.client_id, client_secret=server.client_secret, retry=FAST
        ) as client:
            arm = client.aclient(CLIENTNO)
            raw = await arm.customers.with_raw_response.create(body=named(f"ASYNC-{unique}"))
            page = await arm.customers.list(page_size=5, extra_headers={"X-Request-Id": f"async-{unique}"})
            records = [c async for c in arm.customers.iter(name=f"ASYNC-{unique}", timeout=10.0)]
            return raw.status_code, page.request_id, len(records), raw.parsed.request_id == raw.request_id

    assert asyncio.run(run()) == (201, f"async-{unique}", 1, True)


def test_a_put_whose_answer_was_lost_is_resent_with_its_key_and_lands_once(
    server: Server, unique: str
) -> None:
    """The contract declares Idempotency-Key on POSTs only: the sandbox runs a resent PUT again, and an
    update being idempotent, the second run finds nothing to change (UNCHANGED)."""
    arm = armrest(server, httpx.HTTPTransport()).client(CLIENTNO)
    arm.customers.create(body=named(f"PUT-{unique}"))
    losing = LosingAnswers(times=1)
    update = CustomerUpdateRequest(
        metadata=Metadata(user_id="tester"),
        customer=CustomerUpdate(customer_no=f"PUT-{unique}", name="Renamed"),
    )
    raw = armrest(server, losing).client(CLIENTNO).customers.with_raw_response.update(body=update)
    keys = [r.headers["Idempotency-Key"] for r in losing.sent]
    assert len(keys) == 2 and keys[0] == keys[1]
    assert (raw.status_code, raw.parsed.result) == (200, WriteResultCode.UNCHANGED)
    assert arm.customers.get(f"PUT-{unique}").name == "Renamed"
