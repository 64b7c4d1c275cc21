"""`armrest proxy` on real sockets, as it would run in front of staging: the slow-client attacks
(slow_clients.py) run against the proxy and `armrest serve` alike, then the proxy's relayed answers'
headers and its report on demand."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.proxy import slow_clients, upstream
from tests.proxy.test_command import STARTUP, TIMEOUT, _up, _wait_for, serving_upstream
from tests.support.server import command, free_port, serving

pytestmark = pytest.mark.slow  # runs armrest proxy and armrest serve

HEADER_TIMEOUT, BODY_TIMEOUT, UPSTREAM_CONNECTIONS = 2.0, 3.0, 4
MARGIN = 4.0  # seconds on top of a bound on a loaded machine; without the bound it is for ever


@pytest.fixture(scope="module")
def proxied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, Path]]:
    """A proxy process with small bounds, its origin, the upstream's, and its report file (in a
    folder that does not exist yet)."""
    folder = tmp_path_factory.mktemp("listener")
    report, log = folder / "reports" / "drift.json", folder / "proxy.log"
    port = free_port()
    options = ["--port", str(port), "--report", str(report), "--exchanges", os.devnull]
    options += ["--header-timeout", str(HEADER_TIMEOUT), "--body-timeout", str(BODY_TIMEOUT)]
    options += ["--upstream-connections", str(UPSTREAM_CONNECTIONS)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARMREST_")}
    with serving_upstream() as origin, log.open("wb") as sink:
        process = subprocess.Popen(
            [*command(), "proxy", "--upstream", origin, *options],
            stdout=sink,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
        proxy = f"http://127.0.0.1:{port}"
        try:
            _wait_for(lambda: _up(f"{proxy}/_proxy/report") or process.poll() is not None, "start", STARTUP)
            assert process.poll() is None, log.read_text()
            yield proxy, origin, report
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`armrest serve` with the same header bound: the shared attacks hold for the server too."""
    with serving(tmp_path_factory.mktemp("served"), header_timeout=str(HEADER_TIMEOUT)) as running:
        yield running.origin


@pytest.fixture(params=["proxy", "server"])
def listener(request: pytest.FixtureRequest) -> str:
    """The origin of each listener the slow-client attacks run against."""
    if request.param == "proxy":
        origin: str = request.getfixturevalue("proxied")[0]
        return origin
    served_origin: str = request.getfixturevalue("served")
    return served_origin


def test_headers_that_never_end_are_answered_408_and_closed(listener: str) -> None:
    received, took = slow_clients.half_sent_headers(listener, give_up=HEADER_TIMEOUT + 3 * MARGIN)
    assert received.startswith(b"HTTP/1.1 408"), received[:200]
    assert took < HEADER_TIMEOUT + MARGIN


def test_headers_trickled_a_byte_at_a_time_are_answered_408_within_the_bound(listener: str) -> None:
    received, took = slow_clients.trickled_headers(listener, every=0.25, give_up=HEADER_TIMEOUT + 3 * MARGIN)
    assert received.startswith(b"HTTP/1.1 408"), received[:200]
    assert took < HEADER_TIMEOUT + MARGIN


def test_slow_bodies_hold_no_upstream_connection(proxied: tuple[str, str, Path]) -> None:
    """More stalled bodies than upstream connections: an ordinary request is answered at once, not
    when the stalled ones time out."""
    status, took = slow_clients.slow_bodies_then_one_request(
        proxied[0], count=UPSTREAM_CONNECTIONS + 2, path=upstream.CUSTOMERS, give_up=BODY_TIMEOUT + 3 * MARGIN
    )
    assert status == 200
    assert took < BODY_TIMEOUT  # a pool wait would last until the stalled bodies were cut


def test_a_relayed_answer_has_one_date_and_one_server_header(proxied: tuple[str, str, Path]) -> None:
    proxy, origin, _ = proxied
    direct = httpx.get(f"{origin}/arm/v1/health", timeout=TIMEOUT)
    through = httpx.get(f"{proxy}/arm/v1/health", timeout=TIMEOUT)
    assert len(through.headers.get_list("date")) == 1
    assert through.headers.get_list("server") == direct.headers.get_list("server")


def test_the_report_is_written_on_demand_into_a_folder_made_for_it(proxied: tuple[str, str, Path]) -> None:
    proxy, _, report = proxied
    answer = httpx.post(f"{proxy}/_proxy/report", timeout=TIMEOUT)
    assert answer.status_code == 200 and report.read_bytes().strip() == answer.content.strip()
