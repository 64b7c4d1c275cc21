"""A write whose answer died with the server is done once: `armrest serve` kills itself after committing a
create and before answering (fault point `before-answer`, as in tests/server/test_crash_points.py); the
client, given no key by the caller, resends with the key it made for the call to the restarted server, which
replays the stored answer instead of running the write again."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest
from armrest_client import ArmrestClient, RetryPolicy
from armrest_client.models import WriteResultCode

from tests.client.test_calls import named
from tests.support.server import CLIENTNO, Server, serving

pytestmark = pytest.mark.slow  # kills and restarts armrest serve


class Restarting(httpx.BaseTransport):
    """Real HTTP to the current server; when a request gets no answer, waits for the server to die, starts
    it again on the same database (a new port) and lets the error rise to the retries."""

    def __init__(self, server: Server, folder: Path, stack: ExitStack) -> None:
        self.server, self.folder, self.stack = server, folder, stack
        self.sent: list[httpx.Request] = []
        self.restarts = 0
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.url = request.url.copy_with(port=httpx.URL(self.server.origin).port)
        request.headers["Host"] = request.url.netloc.decode()
        self.sent.append(request)
        try:
            return self.inner.handle_request(request)
        except httpx.TransportError:
            self.server.wait_until_dead()
            self.server = self.stack.enter_context(
                serving(self.folder, database_url=self.server.database_url)
            )
            self.restarts += 1
            raise


def test_a_create_whose_answer_died_with_the_server_is_replayed_not_written_twice(tmp_path: Path) -> None:
    with ExitStack() as stack:
        first = stack.enter_context(serving(tmp_path, fault_point="before-answer"))
        transport = Restarting(first, tmp_path, stack)
        policy = RetryPolicy(attempts=3, backoff=0.01, jitter=0.0)
        with ArmrestClient(first.base_url, token=first.token(), transport=transport, retry=policy) as client:
            arm = client.client(CLIENTNO)
            made = arm.customers.with_raw_response.create(body=named("CRASH-1"))
            keys = {request.headers["Idempotency-Key"] for request in transport.sent}
            assert (transport.restarts, len(transport.sent), len(keys)) == (1, 2, 1)
            assert made.status_code == 201 and made.parsed.result == WriteResultCode.CREATED
            assert made.headers.get("Idempotent-Replayed") == "true"  # the stored answer, not a second write
            found = arm.customers.list(name="CRASH-1")
            assert [customer.customer_no for customer in found.customers] == ["CRASH-1"]
