"""The client's retries and problems against a real sandbox (`armrest serve --sandbox-controls`) whose
answers are forced with `Armrest-Sandbox-Answer`: the statuses, `Retry-After` values and problem
bodies come from the server and the contract, not from a fake. (test_retries.py and test_problems.py
keep the fakes for what no server produces on request: dropped connections, HTTP-date Retry-After,
answers that are not problems. That a server without sandbox controls ignores the header and has no
clock is tested in-process: tests/server/test_forced_answers.py, test_sandbox_clock.py.)"""

from __future__ import annotations

import httpx
import pytest
from armrest_client import ArmrestClient, RetryPolicy, RetryTransport
from armrest_client.api.customers import create_customer, get_customer, list_customers
from armrest_client.models import CustomerCreate, CustomerCreateRequest, Metadata
from armrest_client.problems import (
    Conflict,
    NotFound,
    ServiceUnavailable,
    TooManyRequests,
    UnprocessableContent,
)

from tests.support.server import CLIENTNO, Server

HEADER = "Armrest-Sandbox-Answer"
FAST = RetryPolicy(attempts=3, backoff=0.001, jitter=0.0)


class Forcing(httpx.BaseTransport):
    """Real HTTP to the sandbox; the first `times` requests ask it for `answer` (as an integrator's test
    would), the rest go as they are. Sits under the client's retries, so it sees every attempt."""

    def __init__(self, answer: str, times: int = 1_000_000) -> None:
        self.answer, self.times = answer, times
        self.sent: list[httpx.Request] = []
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if "/arm/v1/" in request.url.path:  # not the token request
            self.sent.append(request)
            # A retry resends the same request object: the header is set or taken off each time.
            if len(self.sent) <= self.times:
                request.headers[HEADER] = self.answer
            else:
                request.headers.pop(HEADER, None)
        return self.inner.handle_request(request)


@pytest.fixture
def sandbox(server: Server) -> Server:
    """The session's `armrest serve`, started with --sandbox-controls (conftest.py)."""
    return server


def client(sandbox: Server, transport: Forcing, retry: RetryPolicy | None = FAST) -> ArmrestClient:
    return ArmrestClient(
        sandbox.base_url,
        client_id=sandbox.client_id,
        client_secret=sandbox.client_secret,
        retry=retry,
        transport=transport,
    )


def new_customer(customer_no: str) -> CustomerCreateRequest:
    return CustomerCreateRequest(
        metadata=Metadata(user_id="tester"), customer=CustomerCreate(customer_no=customer_no, name="A")
    )


def token(server: Server) -> str:
    """A token from the server's /token (the `armrest token` command takes seconds to start)."""
    answer = httpx.post(
        f"{server.origin}/token",
        data={
            "grant_type": "client_credentials",
            "client_id": server.client_id,
            "client_secret": server.client_secret,
        },
    )
    return str(answer.json()["access_token"])


def test_spent_retries_raise_the_servers_429(sandbox: Server) -> None:
    transport = Forcing("429; retry-after=0")
    with pytest.raises(TooManyRequests) as caught:
        list_customers.sync(CLIENTNO, client=client(sandbox, transport))
    assert (caught.value.status, caught.value.retry_after, len(transport.sent)) == (429, 0.0, 3)


def test_the_servers_503s_are_waited_out_as_retry_after_says(sandbox: Server) -> None:
    transport = Forcing("503; retry-after=2", times=2)
    sleeps: list[float] = []
    http = httpx.Client(
        base_url=sandbox.base_url,
        headers={"Authorization": f"Bearer {token(sandbox)}"},
        transport=RetryTransport(transport, RetryPolicy(jitter=0.0), sleep=sleeps.append),
    )
    answer = http.get(f"/clients/{CLIENTNO}/customers")
    assert (answer.status_code, sleeps, len(transport.sent)) == (200, [2.0, 2.0], 3)


def test_a_409_is_sent_again_with_its_key_and_creates_once(sandbox: Server) -> None:
    transport = Forcing("409; retry-after=0", times=1)
    made = create_customer.sync_detailed(
        CLIENTNO,
        client=client(sandbox, transport),
        body=new_customer("SB-409"),
        idempotency_key="sandbox-409",
    )
    keys = [r.headers["Idempotency-Key"] for r in transport.sent]
    assert (made.status_code, keys) == (201, ["sandbox-409", "sandbox-409"])


def test_a_409_without_retries_raises_conflict(sandbox: Server) -> None:
    with pytest.raises(Conflict) as caught:
        create_customer.sync(
            CLIENTNO, client=client(sandbox, Forcing("409"), retry=None), body=new_customer("SB-C")
        )
    assert caught.value.retry_after == 1.0


def test_the_servers_422_is_raised_with_its_field_errors_and_writes_nothing(sandbox: Server) -> None:
    with pytest.raises(UnprocessableContent) as caught:
        create_customer.sync(CLIENTNO, client=client(sandbox, Forcing("422")), body=new_customer("SB-422"))
    assert [(e.pointer, e.code) for e in caught.value.errors] == [("/customer/organizationNo", "checkDigit")]
    with pytest.raises(NotFound):
        get_customer.sync(CLIENTNO, "SB-422", client=client(sandbox, Forcing("422", times=0)))


def test_generated_functions_retry_a_503_then_read_the_real_answer(sandbox: Server) -> None:
    transport = Forcing("503; retry-after=0", times=2)
    with pytest.raises(NotFound):  # the third attempt reaches the handler: no such customer
        get_customer.sync(CLIENTNO, "SB-none", client=client(sandbox, transport))
    assert len(transport.sent) == 3
    with pytest.raises(ServiceUnavailable):
        get_customer.sync(CLIENTNO, "SB-none", client=client(sandbox, Forcing("503"), retry=None))


def test_the_sandbox_clock_is_reachable_with_the_raw_client(sandbox: Server) -> None:
    """The operation is new to the client: until it is regenerated, integrators call it over HTTP."""
    headers = {"Authorization": f"Bearer {token(sandbox)}"}
    before = httpx.get(f"{sandbox.base_url}/sandbox/clock", headers=headers).json()
    moved = httpx.put(f"{sandbox.base_url}/sandbox/clock", headers=headers, json={"advanceSeconds": 0})
    assert moved.status_code == 200 and moved.json()["offsetSeconds"] == before["offsetSeconds"]
