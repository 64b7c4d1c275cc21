"""Override `retries`: 429/503 retried with backoff honouring `retry-after-ms` / `Retry-After`; 408/5xx
gateway answers and connection errors retried for idempotent methods or requests carrying an
`Idempotency-Key` (which ArmrestClient gives every write); sync and async transports."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from armrest_client import ArmrestClient, AsyncRetryTransport, RetryPolicy, RetryTransport
from armrest_client.api.customers import create_customer, get_customer
from armrest_client.exceptions import APIConnectionError
from armrest_client.models import CustomerCreate, CustomerCreateRequest, Metadata
from armrest_client.problems import ServiceUnavailable, TooManyRequests
from armrest_client.retries import parse_retry_after

from tests.client.fakes import BASE, customer, example, problem
from tests.support.server import free_port

NO_JITTER = RetryPolicy(jitter=0.0)


class Script:
    """A fake server answering from a script: each entry a response, or an exception to raise."""

    def __init__(self, *steps: httpx.Response | Exception) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        return step


def ok() -> httpx.Response:
    return httpx.Response(200, json=customer())


def busy(status: int = 503, retry_after: str | None = None) -> httpx.Response:
    response = problem(status, "Service unavailable" if status == 503 else "Too many requests")
    if retry_after is not None:
        response.headers["Retry-After"] = retry_after
    return response


def http(script: Script, policy: RetryPolicy = NO_JITTER) -> tuple[httpx.Client, list[float]]:
    sleeps: list[float] = []
    transport = RetryTransport(httpx.MockTransport(script), policy, sleep=sleeps.append)
    return httpx.Client(base_url=BASE, transport=transport), sleeps


def test_503_waits_as_retry_after_says() -> None:
    script = Script(busy(503, "2"), busy(503, "1"), ok())
    client, sleeps = http(script)
    assert client.get("/clients/2218/customers/1").status_code == 200
    assert sleeps == [2.0, 1.0]
    assert len(script.requests) == 3


def test_429_without_retry_after_backs_off_exponentially() -> None:
    script = Script(busy(429), busy(429), busy(429), ok())
    client, sleeps = http(script, RetryPolicy(backoff=0.5, jitter=0.0))
    assert client.get("/x").status_code == 200
    assert sleeps == [0.5, 1.0, 2.0]


def test_backoff_has_jitter_and_a_ceiling() -> None:
    policy = RetryPolicy(backoff=1.0, max_backoff=3.0, jitter=0.5, rng=lambda: 1.0)
    assert [policy.backoff_delay(n) for n in (1, 2, 3, 4)] == [0.5, 1.0, 1.5, 1.5]


def test_retry_after_as_an_http_date() -> None:
    now = datetime(2026, 4, 14, 9, 0, 0, tzinfo=UTC)
    assert parse_retry_after(format_datetime(now + timedelta(seconds=7), usegmt=True), lambda: now) == 7.0
    assert parse_retry_after(format_datetime(now - timedelta(seconds=7), usegmt=True), lambda: now) == 0.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_posts_are_retried_on_429_and_503_too() -> None:
    """The server refused the request without acting on it: safe for any method."""
    script = Script(busy(429, "0"), ok())
    client, sleeps = http(script)
    assert client.post("/clients/2218/customers", json={}).status_code == 200
    assert len(script.requests) == 2 and sleeps == [0.0]


def test_the_retries_end_with_the_last_answer() -> None:
    script = Script(busy(503, "0"))
    client, sleeps = http(script, RetryPolicy(attempts=3))
    assert client.get("/x").status_code == 503
    assert len(script.requests) == 3 and len(sleeps) == 2


def test_a_retry_after_beyond_the_limit_is_not_waited_for() -> None:
    script = Script(busy(429, "3600"), ok())
    client, sleeps = http(script, RetryPolicy(max_retry_after=60))
    assert client.get("/x").status_code == 429
    assert sleeps == [] and len(script.requests) == 1


def test_a_409_with_retry_after_is_sent_again_with_its_key() -> None:
    """A request with the same Idempotency-Key still in progress (or a lost race): nothing was done."""
    in_flight = problem(409, "Conflict", "A request with this Idempotency-Key is still in progress")
    in_flight.headers["Retry-After"] = "1"
    script = Script(in_flight, ok())
    client, sleeps = http(script)
    answer = client.post("/clients/2218/customers", json={}, headers={"Idempotency-Key": "k-1"})
    assert (answer.status_code, sleeps, [r.headers["Idempotency-Key"] for r in script.requests]) == (
        200,
        [1.0],
        ["k-1", "k-1"],
    )


def test_a_409_without_retry_after_is_final() -> None:
    script = Script(problem(409, "Conflict"), ok())
    client, sleeps = http(script)
    assert client.post("/x", json={}, headers={"Idempotency-Key": "k-1"}).status_code == 409
    assert sleeps == [] and len(script.requests) == 1


def test_other_errors_are_not_retried() -> None:
    for status in (400, 404, 409, 422, 501):
        script = Script(problem(status, "No"), ok())
        client, _sleeps = http(script)
        assert client.get("/x").status_code == status
        assert len(script.requests) == 1


@pytest.mark.parametrize("status", [408, 500, 502, 504])
def test_gateway_and_server_failures_are_retried_when_a_resend_is_safe(status: int) -> None:
    """A GET, or a POST with an Idempotency-Key, is sent again; a POST without a key is not."""
    script = Script(problem(status, "No"), ok())
    client, sleeps = http(script)
    assert client.get("/x").status_code == 200 and len(sleeps) == 1
    script = Script(problem(status, "No"), ok())
    client, _sleeps = http(script)
    assert client.post("/x", json={}, headers={"Idempotency-Key": "k-1"}).status_code == 200
    assert [r.headers["Idempotency-Key"] for r in script.requests] == ["k-1", "k-1"]
    script = Script(problem(status, "No"), ok())
    client, _sleeps = http(script)
    assert client.post("/x", json={}).status_code == status and len(script.requests) == 1


def test_retry_after_ms_wins_over_retry_after() -> None:
    answer = busy(503, "2")
    answer.headers["retry-after-ms"] = "250"
    unreadable = busy(429, "1")
    unreadable.headers["retry-after-ms"] = "soon"
    script = Script(answer, unreadable, ok())
    client, sleeps = http(script)
    assert client.get("/x").status_code == 200
    assert sleeps == [0.25, 1.0]


def test_a_requests_max_retries_overrides_the_policy() -> None:
    script = Script(busy(503, "0"))
    client, sleeps = http(script, RetryPolicy(attempts=5))
    answer = client.get("/x", extensions={"armrest.max_retries": 1})
    assert answer.status_code == 503 and len(script.requests) == 2 and sleeps == [0.0]
    script.requests.clear()
    assert client.get("/x", extensions={"armrest.max_retries": 0}).status_code == 503
    assert len(script.requests) == 1


def test_connection_errors_are_retried_for_idempotent_methods() -> None:
    for method in ("GET", "PUT", "DELETE"):
        script = Script(httpx.ConnectError("refused"), httpx.ReadError("reset"), ok())
        client, sleeps = http(script)
        assert client.request(method, "/x", json={} if method == "PUT" else None).status_code == 200
        assert len(script.requests) == 3 and sleeps == [0.5, 1.0]


def test_connection_errors_of_a_post_are_not_retried() -> None:
    script = Script(httpx.ReadError("reset"), ok())
    client, sleeps = http(script)
    with pytest.raises(httpx.ReadError):
        client.post("/clients/2218/customers", json={})
    assert len(script.requests) == 1 and sleeps == []


def test_connection_errors_of_a_post_with_an_idempotency_key_are_retried() -> None:
    script = Script(httpx.ConnectTimeout("slow"), httpx.RemoteProtocolError("closed"), ok())
    client, _sleeps = http(script)
    response = client.post("/clients/2218/customers", json={}, headers={"Idempotency-Key": "k-1"})
    assert response.status_code == 200
    assert [r.headers["Idempotency-Key"] for r in script.requests] == ["k-1"] * 3
    assert [r.content for r in script.requests] == [b"{}"] * 3  # the same body every time


def test_connection_errors_give_up_after_the_attempts() -> None:
    script = Script(httpx.ConnectError("refused"))
    client, _sleeps = http(script, RetryPolicy(attempts=2, jitter=0.0))
    with pytest.raises(httpx.ConnectError):
        client.get("/x")
    assert len(script.requests) == 2


def test_a_streaming_body_is_never_resent() -> None:
    script = Script(busy(503, "0"), ok())
    client, _sleeps = http(script)

    def chunks() -> Iterator[bytes]:
        yield b"{}"

    response = client.post("/x", content=chunks(), headers={"Idempotency-Key": "k"})
    assert response.status_code == 503 and len(script.requests) == 1


def test_async_transport_retries() -> None:
    script = Script(busy(503, "1"), httpx.ConnectError("refused"), ok())
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def run() -> int:
        transport = AsyncRetryTransport(httpx.MockTransport(script), NO_JITTER, sleep=fake_sleep)
        async with httpx.AsyncClient(base_url=BASE, transport=transport) as client:
            return (await client.get("/x")).status_code

    assert asyncio.run(run()) == 200
    assert sleeps == [1.0, 1.0]  # Retry-After, then the backoff of the second try


# -- through ArmrestClient and the generated endpoint functions -----------------------------------------


def armrest(script: Script, **options: object) -> ArmrestClient:
    fast = RetryPolicy(backoff=0.001, jitter=0.0)
    kwargs: dict[str, object] = {"token": "t", "retry": fast, "transport": httpx.MockTransport(script)}
    kwargs["async_transport"] = httpx.MockTransport(script)
    kwargs.update(options)
    return ArmrestClient(BASE, **kwargs)  # type: ignore[arg-type]


def test_generated_functions_are_retried() -> None:
    script = Script(busy(503, "0"), busy(429), ok())
    customer_answer = get_customer.sync(2218, "543210", client=armrest(script))
    assert customer_answer is not None and len(script.requests) == 3


def test_spent_retries_raise_the_problem() -> None:
    script = Script(busy(429, "0"))
    with pytest.raises(TooManyRequests) as caught:
        get_customer.sync(2218, "543210", client=armrest(script))
    assert caught.value.status == 429 and caught.value.retry_after == 0.0
    assert len(script.requests) == 4  # RetryPolicy().attempts

    with pytest.raises(ServiceUnavailable):
        get_customer.sync(2218, "543210", client=armrest(Script(busy(503, "0")), retry=None))


def test_a_create_with_an_idempotency_key_survives_a_dropped_connection() -> None:
    script = Script(
        httpx.ReadError("reset by peer"), httpx.Response(201, json=example("CustomerWriteResult"))
    )
    body = CustomerCreateRequest(
        metadata=Metadata(user_id="tester"), customer=CustomerCreate(customer_no="1", name="A")
    )
    response = create_customer.sync_detailed(2218, client=armrest(script), body=body, idempotency_key="key-1")
    assert response.status_code == 201 and response.parsed is not None
    assert len(script.requests) == 2


def test_without_a_key_a_create_gets_one_and_is_resent_with_it() -> None:
    """ArmrestClient makes the key once per call: both tries carry the same one, so the server replays."""
    script = Script(
        httpx.ReadError("reset by peer"), httpx.Response(201, json=example("CustomerWriteResult"))
    )
    body = CustomerCreateRequest(
        metadata=Metadata(user_id="tester"), customer=CustomerCreate(customer_no="1", name="A")
    )
    assert create_customer.sync(2218, client=armrest(script), body=body) is not None
    keys = [r.headers.get("Idempotency-Key") for r in script.requests]
    assert len(keys) == 2 and keys[0] == keys[1] and keys[0] is not None and len(keys[0]) == 36
    create_customer.sync(2218, client=armrest(script), body=body)
    assert script.requests[-1].headers["Idempotency-Key"] != keys[0]  # a new call, a new key


def test_a_refused_connection_is_retried_on_real_sockets(caplog: pytest.LogCaptureFixture) -> None:
    client = ArmrestClient(
        f"http://127.0.0.1:{free_port()}/arm/v1", token="t", retry=RetryPolicy(attempts=3, backoff=0.01)
    )
    with (
        caplog.at_level(logging.INFO, logger="armrest_client.retries"),
        pytest.raises(APIConnectionError) as e,
    ):
        get_customer.sync(2218, "543210", client=client)
    assert isinstance(e.value.__cause__, httpx.ConnectError) and "check base_url" in str(e.value)
    assert [r.getMessage().split(" after ")[1].split(" ")[0] for r in caplog.records] == ["ConnectError"] * 2


def test_retry_after_as_an_http_date_without_a_zone_is_utc() -> None:
    now = datetime(2026, 4, 14, 9, 0, 0, tzinfo=UTC)
    assert parse_retry_after("Tue, 14 Apr 2026 09:00:07 -0000", lambda: now) == 7.0
    assert parse_retry_after("Tue, 14 Apr 2026 08:59:00 GMT", lambda: now) == 0.0  # a past date: now
    assert parse_retry_after("soon", lambda: now) is None


def test_the_async_transport_resends_no_stream_and_no_post_after_a_dropped_connection() -> None:
    streamed = Script(busy(503, "0"), ok())
    dropped = Script(httpx.ReadError("reset"), ok())
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def chunks() -> AsyncIterator[bytes]:
        yield b"{}"

    async def run() -> int:
        transport = AsyncRetryTransport(httpx.MockTransport(streamed), NO_JITTER, sleep=fake_sleep)
        async with httpx.AsyncClient(base_url=BASE, transport=transport) as client:
            status = (await client.post("/x", content=chunks(), headers={"Idempotency-Key": "k"})).status_code
        transport = AsyncRetryTransport(httpx.MockTransport(dropped), NO_JITTER, sleep=fake_sleep)
        async with httpx.AsyncClient(base_url=BASE, transport=transport) as client:
            with pytest.raises(httpx.ReadError):
                await client.post("/clients/2218/customers", json={})
        return status

    assert asyncio.run(run()) == 503
    assert len(streamed.requests) == 1 and len(dropped.requests) == 1 and sleeps == []
