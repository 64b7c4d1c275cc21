"""`armrest proxy` as a process on real sockets: the report on SIGUSR1 and on SIGTERM, the exchange log."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import orjson
import pytest
import uvicorn

from armrest_server import cli
from armrest_server.http import spec as http_spec
from tests.proxy import upstream
from tests.support.app import spec as compiled
from tests.support.server import command, free_port

pytestmark = pytest.mark.slow  # runs armrest proxy as a process

STARTUP = 90.0  # seconds: compiling the bundle's validators on a loaded CI machine
TIMEOUT = 30.0  # seconds per request: generous, a bound and not a speed test


@contextmanager
def serving_upstream() -> Iterator[str]:
    """The non-conforming upstream on a free port of 127.0.0.1, in a thread of this process."""
    upstream.example("getCustomer", "200")  # the contract read before the first request, not during it
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(upstream.app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the test upstream did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _wait_for(condition: Callable[[], bool], what: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def _up(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.TransportError:
        return False


def test_the_command_proxies_and_writes_its_report_on_sigusr1_and_on_exit(tmp_path: Path) -> None:
    report, lines, log = tmp_path / "drift.json", tmp_path / "exchanges.jsonl", tmp_path / "proxy.log"
    port = free_port()
    proxy = f"http://127.0.0.1:{port}"
    files = ["--report", str(report), "--exchanges", str(lines)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARMREST_")}
    with serving_upstream() as origin, log.open("wb") as sink:
        process = subprocess.Popen(
            [*command(), "proxy", "--upstream", origin, "--port", str(port), *files],
            stdout=sink,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
        try:
            _wait_for(lambda: _up(f"{proxy}/_proxy/report") or process.poll() is not None, "start", STARTUP)
            assert process.poll() is None, log.read_text()
            path = upstream.CUSTOMERS + "/extra-field"
            direct = httpx.get(origin + path, timeout=TIMEOUT)
            through = httpx.get(proxy + path, headers={"Authorization": "Bearer planted"}, timeout=TIMEOUT)
            assert (through.status_code, through.content) == (direct.status_code, direct.content)
            httpx.get(f"{proxy}/arm/v1/health", timeout=TIMEOUT)

            process.send_signal(signal.SIGUSR1)
            _wait_for(report.exists, "no report after SIGUSR1", 30)
            on_demand = orjson.loads(report.read_bytes())
            assert on_demand["exchanges"] == 2 and on_demand["violations"] == 1

            httpx.get(f"{proxy}/arm/v1/nosuch", timeout=TIMEOUT)
            process.send_signal(signal.SIGTERM)
            # uvicorn shuts down gracefully (the report is written then) and ends by the signal it got.
            assert process.wait(timeout=30) in (0, -signal.SIGTERM), log.read_text()
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
    final = orjson.loads(report.read_bytes())
    assert (final["exchanges"], final["unrouted"]) == (3, {"GET /arm/v1/nosuch": 1})
    assert final["operations"]["getCustomer"]["undeclaredFields"] == {"200 /loyaltyTier": 1}
    logged = [orjson.loads(line) for line in lines.read_bytes().splitlines()]
    assert [(line["operation"], line["status"]) for line in logged] == [
        ("getCustomer", 200),
        ("getHealth", 200),
        (None, 404),
    ]


def test_a_proxy_that_cannot_listen_exits_3_with_its_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In this process: the port is taken, so uvicorn gives up at startup; the report is still written."""
    monkeypatch.setattr(http_spec, "load", lambda _: compiled())  # the bundle compiled once per run
    report, lines = tmp_path / "drift.json", tmp_path / "exchanges.jsonl"
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        argv = ["proxy", "--upstream", "http://127.0.0.1:9", "--port", str(port)]
        with pytest.raises(SystemExit) as exited:
            cli.main([*argv, "--report", str(report), "--exchanges", str(lines)])
    assert exited.value.code == 3  # uvicorn's startup failure
    assert orjson.loads(report.read_bytes())["exchanges"] == 0
    assert lines.read_bytes() == b""  # opened for appending, closed with nothing logged
