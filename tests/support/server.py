"""A real server for tests: `armrest serve` as a subprocess on a free port of 127.0.0.1.

Unlike tests/support/app.py (the ASGI app in-process), this is the server as an integrator meets it: its
own process, real sockets, uvicorn. `serving()` stores an API client for the client-credentials flow
(in-process, as `armrest add-client` would), starts the server, waits for `GET /arm/v1/health`, and
stops it at the end.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from armrest_server import cli
from armrest_server.auth import Authority
from armrest_server.settings import Settings
from armrest_server.store.db import make_engine
from tests.support import templates

CLIENTNO = 2218


@dataclass(frozen=True)
class Server:
    """A running server and the credentials it knows."""

    base_url: str  # ends with /arm/v1
    origin: str  # http://127.0.0.1:PORT
    database_url: str
    client_id: str
    client_secret: str
    log: Path
    pid: int  # the server's process group

    def kill(self) -> None:
        """SIGKILL the server and its workers at once, as a crash would."""
        os.killpg(self.pid, signal.SIGKILL)

    def wait_until_dead(self, timeout: float = 60) -> None:
        """Until the server refuses connections (it killed itself at its fault point)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{self.origin}/arm/v1/health", timeout=1)
            except httpx.TransportError:
                return
            time.sleep(0.05)
        raise AssertionError(f"the server did not die at its fault point:\n{self.log.read_text()}")

    def token(self, *clients: int) -> str:
        """A bearer token for the clients given (default 2218), as `armrest token` signs it."""
        return token_for(self.database_url, *clients)


def command() -> list[str]:
    """The `armrest` console script of this environment (or the module, where no script is installed)."""
    script = Path(sys.executable).with_name("armrest")
    found = str(script) if script.exists() else shutil.which("armrest")
    return [found] if found else [sys.executable, "-m", "armrest_server.cli"]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARMREST_")}
    return env | {"ARMREST_LOG_LEVEL": "WARNING"}


def token_for(database_url: str, *clients: int) -> str:
    """A bearer token for the clients given (default 2218), signed with the database's key as
    `armrest token` signs it (tests/server/test_cli.py runs the command itself); in-process, since
    a command is a process start of its own, seconds a test on this machine."""
    engine = make_engine(database_url)
    try:
        authority = Authority(Settings(database_url=database_url), engine)
        return authority.issue("tests", list(clients or (CLIENTNO,))).access_token
    finally:
        engine.dispose()


def _add_client(database_url: str, client_id: str, secret: str) -> None:
    """`armrest add-client` in-process (tests/server/test_cli.py runs the command itself)."""
    cli.add_client(Settings(database_url=database_url), client_id, [CLIENTNO], secret)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(
    folder: Path,
    *,
    client_id: str = "it-client",
    startup: float = 90.0,
    database_url: str | None = None,
    **flags: str | bool,
) -> Iterator[Server]:
    """`armrest serve` on `database_url` (default: a SQLite database in `folder`, a copy of a migrated
    one when there is none yet), until the block ends.

    `flags` become `--name value` options of `armrest serve` (e.g. `batch_workers="2"`).
    """
    # kept: a second serving(folder) (or the same database_url) restarts on it
    database_url = database_url or f"sqlite:///{folder / 'armrest.db'}"
    templates.migrated_unless_there(database_url)
    secret = f"secret-{os.getpid()}-{time.monotonic_ns()}"
    _add_client(database_url, client_id, secret)
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    # A flag given True is a switch (`sandbox_controls=True`: `--sandbox-controls`).
    options = [
        f"--{name.replace('_', '-')}" if value is True else f"--{name.replace('_', '-')}={value}"
        for name, value in flags.items()
    ]
    log = folder / "server.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [
                *command(),
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--database-url",
                database_url,
                *options,
            ],
            stdout=sink,
            stderr=subprocess.STDOUT,
            env=_env(),
            start_new_session=True,
        )
    try:
        _wait_until_healthy(process, origin, log, startup)
        yield Server(f"{origin}/arm/v1", origin, database_url, client_id, secret, log, process.pid)
    finally:
        _stop(process)


def demo_sandbox(folder: Path, demo: Path, **flags: str | bool) -> AbstractContextManager[Server]:
    """`armrest serve --demo-data` on a copy of `demo`, a database seeded as that command seeds one
    (the `demo_sqlite` fixture): the server finds the ledger there and only sets the demo client's
    secret, instead of seeding it again in each sandbox (seconds a start, more under coverage)."""
    shutil.copyfile(demo, folder / "armrest.db")
    return serving(folder, database_url=f"sqlite:///{folder / 'armrest.db'}", demo_data=True, **flags)


def _wait_until_healthy(process: subprocess.Popen[bytes], origin: str, log: Path, startup: float) -> None:
    deadline = time.monotonic() + startup
    while True:
        if process.poll() is not None:
            raise RuntimeError(
                f"armrest serve exited with {process.returncode}:\n{log.read_text(errors='replace')}"
            )
        try:
            if httpx.get(f"{origin}/arm/v1/health", timeout=2.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            _stop(process)
            raise RuntimeError(
                f"armrest serve did not answer health in {startup}s:\n{log.read_text(errors='replace')}"
            )
        time.sleep(0.1)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server's process group (uvicorn and its workers), SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)
    except ProcessLookupError:
        pass
