"""POST /token under abuse: bodies beyond the limit answer 413 without being buffered, unknown and known
client ids cost the same, and repeated failures answer 429 with `Retry-After` until the window passes."""

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

from armrest_server import token_endpoint
from armrest_server.auth import hash_secret
from armrest_server.store import security
from armrest_server.throttle import FailureWindow
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


# --- failed attempts are limited ----------------------------------------------------------------------
def test_repeated_failures_for_a_client_id_answer_429_with_retry_after(guarded: Api) -> None:
    statuses = [token_request(guarded, "erp", "wrong").status_code for _ in range(3)]
    response = token_request(guarded, "erp", "wrong")
    body = problem(response, 429)
    assert (statuses, body["error"], 1 <= int(response.headers["retry-after"]) <= 2) == (
        [401, 401, 401],
        "slow_down",
        True,
    )


def test_the_right_secret_is_refused_too_while_the_id_waits(guarded: Api) -> None:
    for _ in range(3):
        token_request(guarded, "erp", "wrong")
    problem(token_request(guarded, "erp", "s3cret"), 429)


def test_failures_from_one_address_count_across_client_ids(guarded: Api) -> None:
    statuses = [token_request(guarded, f"guess-{n}", "x").status_code for n in range(4)]
    assert statuses == [401, 401, 401, 429]


def test_the_token_is_issued_again_after_the_window(guarded: Api, window_clock: Monotonic) -> None:
    for _ in range(3):
        token_request(guarded, "erp", "wrong")
    problem(token_request(guarded, "erp", "s3cret"), 429)
    window_clock.now += 2.1
    assert token_request(guarded, "erp", "s3cret").status_code == 200


def test_a_success_forgets_the_client_ids_failures(guarded: Api) -> None:
    token_request(guarded, "erp", "wrong")
    token_request(guarded, "erp", "wrong")
    assert token_request(guarded, "erp", "s3cret").status_code == 200
    # The address still counts its two failures; the id starts again.
    assert [token_request(guarded, "erp", "wrong").status_code for _ in range(2)] == [401, 429]


def test_malformed_requests_are_not_counted_as_guesses(guarded: Api) -> None:
    for _ in range(5):
        guarded.client.post("/token", content="grant_type=password", headers=FORM)
    assert token_request(guarded, "erp", "s3cret").status_code == 200


def test_the_failure_window_remembers_a_bounded_number_of_keys() -> None:
    now = [0.0]
    window = FailureWindow(limit=2, window=10, clock=lambda: now[0], max_keys=3)
    for n in range(5):
        window.fail("x" * 60_000 + str(n))  # as long as a form allows
    window.fail("x" * 60_000 + "4")
    assert (len(window), window.retry_after("x" * 60_000 + "4"), window.retry_after("x" * 60_000 + "0")) == (
        3,
        10,
        None,
    )
    now[0] = 10.5
    assert (window.retry_after("x" * 60_000 + "4"), len(window)) == (None, 2)
