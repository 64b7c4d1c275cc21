"""The servers under test as processes: started in a session of their own (Prism and uvicorn start
children that must stop with them), timed from start to the first 200 on health, and read from /proc
for the resident memory and CPU time of every process in that session."""

from __future__ import annotations

import contextlib
import http.client
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def answers_200(port: int, path: str) -> bool:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        connection.request("GET", path)
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


def machine_busy_seconds() -> float:
    """CPU seconds this machine's cores have been busy since boot, all processes together
    (/proc/stat: every state but idle and iowait)."""
    user, nice, system, _idle, _iowait, irq, softirq, steal = (
        int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]
    )
    return (user + nice + system + irq + softirq + steal) / TICKS


@dataclass
class Server:
    name: str
    port: int
    prefix: str  # what paths start with: "/arm/v1", or "" for Prism, which serves the spec's paths bare
    proc: subprocess.Popen[bytes]
    startup: float  # seconds from the process start to the first 200 on health

    def processes(self) -> list[int]:
        """The ids of the live processes of this server's session (itself and its children)."""
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                with contextlib.suppress(OSError, IndexError, ValueError):
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                    if int(fields[3]) == self.proc.pid:  # field 6 of stat: the session id
                        found.append(int(entry.name))
        return found

    def cpu_seconds(self) -> float:
        total = 0
        for pid in self.processes():
            with contextlib.suppress(OSError):
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / TICKS

    def resident_mib(self) -> list[float]:
        """Resident memory of each process of the server, largest first."""
        sizes = []
        for pid in self.processes():
            with contextlib.suppress(OSError):
                pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
                sizes.append(pages * PAGE / 2**20)
        return sorted(sizes, reverse=True)

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(5)


def start(
    name: str,
    args: list[str],
    port: int,
    health: str,
    prefix: str,
    log: Path,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 120,
) -> Server:
    """Start and wait for the first 200 on `health`, polling every 10 ms (the start-up's resolution).
    The server's output goes to `log`: a pipe nobody reads would block a chatty server."""
    started = time.perf_counter()
    with log.open("ab") as out:
        proc = subprocess.Popen(
            args, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=cwd, start_new_session=True
        )
    while not answers_200(port, health):
        if proc.poll() is not None:
            error = log.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"{name} exited with {proc.returncode} before answering: {error}")
        if time.perf_counter() - started > timeout:
            Server(name, port, prefix, proc, 0).stop()
            raise TimeoutError(f"{name} did not answer 200 on {health} within {timeout} s")
        time.sleep(0.01)
    return Server(name, port, prefix, proc, time.perf_counter() - started)
