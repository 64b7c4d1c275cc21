"""POST /token under abuse: bodies beyond the limit answer 413 without being buffered, unknown and known
client ids cost the same, and repeated failures from one address make that address wait (429 with
`Retry-After`, doubling), never the holder of the secret elsewhere."""

from __future__ import annotations

import functools
import select
import shutil
import socket
import statistics
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from starlette.testclient import TestClient

from armrest_server import token_endpoint
from armrest_server.auth import hash_secret
from armrest_server.store import security
from armrest_server.throttle import FailureWindow, address_key
from tests.support.app import CLIENTNO, Api, running
from tests.support.server import Server, serving

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
PROBLEM_JSON = "application/problem+json"


def token_request(api: Api, client_id: str, secret: str) -> Any:
    form = f"grant_type=client_credentials&client_id={client_id}&client_secret={secret}"
    return api.client.post("/token", content=form, headers=FORM)


class Monotonic:
    """The failure windows' clock, moved by the tests: each failed attempt costs a PBKDF2 check, and
    on a loaded machine three of them took longer than a real two-second window."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def window_clock(monkeypatch: pytest.MonkeyPatch) -> Monotonic:
    clock = Monotonic()
    monkeypatch.setattr(token_endpoint, "FailureWindow", functools.partial(FailureWindow, clock=clock))
    return clock


@pytest.fixture
def guarded(tmp_path: Path, sqlite_template: Path, window_clock: Monotonic) -> Iterator[Api]:
    """Three failures allowed per window of two seconds (of `window_clock`)."""
    shutil.copyfile(sqlite_template, tmp_path / "armrest.db")  # migrated once per run (conftest)
    with running(f"sqlite:///{tmp_path}/armrest.db", token_failures=3, token_failure_window=2.0) as api:
        security.add_api_client(api.services.engine, "erp", hash_secret("s3cret"), [CLIENTNO])
        yield api


def problem(response: Any, status: int) -> dict[str, Any]:
    assert (response.status_code, response.headers["content-type"]) == (status, PROBLEM_JSON), response.text
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    return body


# --- limits on the body ------------------------------------------------------------------------------
def test_a_content_length_over_the_limit_answers_413_before_reading(sqlite_api: Api) -> None:
    limit = sqlite_api.services.settings.token_max_body
    response = sqlite_api.client.post("/token", content=b"a" * (limit + 1), headers=FORM)
    body = problem(response, 413)
    assert (body["error"], response.headers["connection"]) == ("invalid_request", "close")


def test_a_form_at_the_limit_is_read(sqlite_api: Api) -> None:
    limit = sqlite_api.services.settings.token_max_body
    form = "grant_type=client_credentials&client_id=erp&client_secret=x&pad="
    response = sqlite_api.client.post("/token", content=form + "a" * (limit - len(form)), headers=FORM)
    assert problem(response, 401)["error"] == "invalid_client"


def _raw(server: Server, head: str) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", int(server.origin.rsplit(":", 1)[1])), timeout=20)
    sock.sendall(head.encode())
    return sock


def _answer(sock: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with serving(tmp_path_factory.mktemp("token")) as running_server:
        yield running_server


HEAD = "POST /token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"


def test_a_streamed_body_over_the_limit_answers_413_before_it_ends(server: Server) -> None:
    """Twice the limit is sent in chunks and the body is never finished: a server that waited for the
    whole body before checking its size would never answer."""
    sock = _raw(server, HEAD + "Transfer-Encoding: chunked\r\n\r\n")
    with sock:
        chunk = b"a" * 16384
        for _ in range(8):  # 128 KiB, the default limit is 64 KiB
            if select.select([sock], [], [], 0)[0]:
                break  # answered already: what is still sent would only meet a closed connection
            try:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            except (BrokenPipeError, ConnectionResetError):
                break  # answered and closed between two chunks
        answer = _answer(sock)
    assert answer.startswith(b"HTTP/1.1 413 ") and b"application/problem+json" in answer


def _peak_rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


def _flood(server: Server, megabytes: int, chunked: bool) -> None:
    framing = "Transfer-Encoding: chunked\r\n" if chunked else f"Content-Length: {megabytes << 20}\r\n"
    sock = _raw(server, HEAD + framing + "\r\n")
    chunk = b"a" * (1 << 20)
    frame = b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk
    try:
        for _ in range(megabytes):
            sock.sendall(frame)
    except OSError:
        pass  # the server answered 413 and closed the connection: the rest is never read
    finally:
        sock.close()


def test_concurrent_huge_bodies_leave_the_servers_memory_bounded(server: Server) -> None:
    """4 clients push 100 MB each (two announced, two chunked); buffered, that would be 400 MB."""
    before = _peak_rss_kib(server.pid)
    floods = [threading.Thread(target=_flood, args=(server, 100, n % 2 == 0)) for n in range(4)]
    for flood in floods:
        flood.start()
    for flood in floods:
        flood.join(timeout=120)
    growth_mib = (_peak_rss_kib(server.pid) - before) / 1024
    assert growth_mib < 50, f"peak RSS grew by {growth_mib:.0f} MiB"


# --- unknown ids cost the same as wrong secrets ---------------------------------------------------------
def _median_seconds(api: Api, client_id: str, tries: int = 7) -> float:
    times = []
    for _ in range(tries):
        start = time.perf_counter()
        assert token_request(api, client_id, "wrong").status_code == 401
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def test_an_unknown_client_id_takes_as_long_as_a_wrong_secret(tmp_path: Path) -> None:
    with running(f"sqlite:///{tmp_path}/armrest.db", token_failures=100) as api:
        security.add_api_client(api.services.engine, "erp", hash_secret("s3cret"), [CLIENTNO])
        token_request(api, "warm-up", "x")
        known, unknown = _median_seconds(api, "erp"), _median_seconds(api, "nobody")
    assert 0.5 < unknown / known < 2, f"unknown {unknown * 1000:.1f} ms, known {known * 1000:.1f} ms"


# --- failed attempts slow the guesser, never the holder of the secret ----------------------------------
def from_address(api: Api, address: str) -> Api:
    """The same app as seen from another source address."""
    other = Api.__new__(Api)
    other.client = TestClient(api.client.app, base_url="http://testserver", client=(address, 50000))
    other.services, other.token = api.services, api.token
    return other


def test_a_strangers_failures_do_not_lock_out_the_holder_of_the_secret(guarded: Api) -> None:
    """Found: ten wrong secrets for a client id, from any address, made the right one answer 429
    for the whole window. Strangers' failures slow the strangers only."""
    strangers = [from_address(guarded, f"203.0.113.{n}") for n in range(1, 4)]
    wrong = [token_request(stranger, "erp", "wrong").status_code for stranger in strangers for _ in range(5)]
    holder = from_address(guarded, "198.51.100.7")
    answer = token_request(holder, "erp", "s3cret")
    assert (wrong.count(401), wrong.count(429), answer.status_code) == (9, 6, 200), answer.text
    assert answer.json()["token_type"] == "Bearer"


def test_failures_from_one_address_answer_429_with_retry_after(guarded: Api) -> None:
    statuses = [token_request(guarded, "erp", "wrong").status_code for _ in range(3)]
    response = token_request(guarded, "erp", "wrong")
    body = problem(response, 429)
    assert (statuses, body["error"], response.headers["retry-after"]) == ([401, 401, 401], "slow_down", "1")


def test_the_guessers_wait_doubles_with_each_further_failure(guarded: Api, window_clock: Monotonic) -> None:
    """3 free failures, then waits of 1 s and 2 s, capped by the window (2 s here)."""
    waits = []
    for _ in range(6):
        retry = None
        while (response := token_request(guarded, "erp", "wrong")).status_code == 429:
            retry = int(response.headers["retry-after"])
            window_clock.now += retry
        waits.append(retry)
    assert waits == [None, None, None, 1, 2, 2]


def test_the_guessers_address_waits_even_with_the_right_secret(guarded: Api) -> None:
    for _ in range(3):
        token_request(guarded, "erp", "wrong")
    problem(token_request(guarded, "erp", "s3cret"), 429)


def test_failures_from_one_address_count_across_client_ids(guarded: Api) -> None:
    statuses = [token_request(guarded, f"guess-{n}", "x").status_code for n in range(4)]
    assert statuses == [401, 401, 401, 429]


def test_an_ipv6_host_counts_with_its_64_network(guarded: Api) -> None:
    statuses = [
        token_request(from_address(guarded, f"2001:db8:1:2::{n:x}"), "erp", "x").status_code for n in range(4)
    ]
    elsewhere = token_request(from_address(guarded, "2001:db8:1:3::1"), "erp", "s3cret")
    assert (statuses, elsewhere.status_code) == ([401, 401, 401, 429], 200)


def test_a_quiet_window_forgives_an_address(guarded: Api, window_clock: Monotonic) -> None:
    for _ in range(3):
        token_request(guarded, "erp", "wrong")
    problem(token_request(guarded, "erp", "s3cret"), 429)
    window_clock.now += 1 + 2.1  # its wait, then a window without failures
    assert token_request(guarded, "erp", "s3cret").status_code == 200
    assert [token_request(guarded, "erp", "wrong").status_code for _ in range(4)] == [401, 401, 401, 429]


def test_a_success_does_not_forgive_the_addresss_failures(guarded: Api) -> None:
    """Else one known credential would reset a guesser's count between guesses at other ids."""
    token_request(guarded, "erp", "wrong")
    token_request(guarded, "erp", "wrong")
    assert token_request(guarded, "erp", "s3cret").status_code == 200
    assert [token_request(guarded, "erp", "wrong").status_code for _ in range(2)] == [401, 429]


def test_malformed_requests_are_not_counted_as_guesses(guarded: Api) -> None:
    for _ in range(5):
        guarded.client.post("/token", content="grant_type=password", headers=FORM)
    assert token_request(guarded, "erp", "s3cret").status_code == 200


@pytest.mark.parametrize(
    ("host", "key"),
    [
        ("192.0.2.1", "192.0.2.1"),
        ("::ffff:192.0.2.1", "192.0.2.1"),
        ("2001:db8::1", "2001:db8::/64"),
        ("testclient", "testclient"),
    ],
)
def test_the_key_of_an_address(host: str, key: str) -> None:
    assert address_key(host) == key


def test_the_failure_window_remembers_a_bounded_number_of_keys() -> None:
    now = [0.0]
    window = FailureWindow(limit=2, window=10, clock=lambda: now[0], max_keys=3)
    for n in range(5):
        window.fail("x" * 60_000 + str(n))  # as long as a form allows
    window.fail("x" * 60_000 + "4")
    assert (len(window), window.retry_after("x" * 60_000 + "4"), window.retry_after("x" * 60_000 + "0")) == (
        3,
        1,
        None,
    )
    now[0] = 11.5  # its wait of 1 s, and the window
    assert (window.retry_after("x" * 60_000 + "4"), len(window)) == (None, 2)


@given(
    st.lists(
        st.tuples(st.sampled_from(["stranger-a", "stranger-b", "holder"]), st.booleans(), st.floats(0, 50)),
        max_size=200,
    )
)
def test_no_sequence_of_strangers_failures_makes_the_holder_wait(
    steps: list[tuple[str, bool, float]],
) -> None:
    """Whatever strangers fail, and when, the holder's address (which never fails) may always try;
    and an address waits only after more than `limit` failures of its own."""
    now = [0.0]
    window = FailureWindow(limit=3, window=60, clock=lambda: now[0])
    failures: dict[str, int] = {}
    for address, fails, later in steps:
        now[0] += later
        if address != "holder" and fails and window.retry_after(address) is None:
            window.fail(address)
            failures[address] = failures.get(address, 0) + 1
        assert window.retry_after("holder") is None
    for address, count in failures.items():
        wait = window.retry_after(address)
        assert (wait is None) if count < 3 else (wait is None or 1 <= wait <= 60)
