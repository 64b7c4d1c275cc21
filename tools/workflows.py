"""`nox -s workflows`: the integrator flows of openapi/workflows/ linted, then run with Redocly Respect.

    python -m tools.workflows                      # against a fresh demo sandbox (what the tests stage runs)
    python -m tools.workflows --url URL            # against any deployment (its /arm/v1 base URL)
    python -m tools.workflows --url URL --proxy    # the same through `armrest proxy`: a drift report too
    python -m tools.workflows --lint-only          # the Arazzo files alone

Each `*.arazzo.yaml` names two source descriptions, the ARMrest bundle (`armrest`) and the token
endpoint's contract (`token`), and uses their operations by `operationId`. Respect checks every step's
success criteria and, on its own, that each answer's status, content type and body are what the
contract declares. The flows read the API client's credentials from `ARMREST_CLIENT_ID` and
`ARMREST_CLIENT_SECRET` (the sandbox's demo client when this script starts the sandbox) and the client
number from `--client-no` (2218).

Without `--url` a throwaway `armrest serve --demo-data` runs on a free port of 127.0.0.1 with a database
in a temporary folder, and is stopped at the end. With `--url`, the token URL is the deployment's
origin + `/token` unless `--token-url` says otherwise. `--proxy` starts `armrest proxy` in front of the
deployment, runs the flows through it and writes its drift report (`--report`, default
reports/workflows-drift.json), printing the violations it found. Respect's own log of every step goes
to `--json-output` (default reports/workflows.json).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.error import URLError
from urllib.parse import urlsplit
from urllib.request import urlopen

from tools.node_tools import ROOT, environment, tool

WORKFLOWS = ROOT / "openapi" / "workflows"
REPORTS = ROOT / "reports"
PREFIX = "/arm/v1"
DEMO_CLIENT_ID = "demo-2218"
STARTUP = 180.0  # seconds a fresh sandbox may take to seed its demo data on a loaded machine


class WorkflowsError(RuntimeError):
    pass


@dataclass(frozen=True)
class Target:
    """Where the flows run: the API's base URL, the token service's origin, the credentials."""

    base_url: str  # ends with /arm/v1
    token_origin: str  # the token service's origin: its contract's /token is below it
    client_id: str
    client_secret: str


def workflow_files(folder: Path = WORKFLOWS) -> list[Path]:
    files = sorted(folder.glob("*.arazzo.yaml"))
    if not files:
        raise WorkflowsError(f"no *.arazzo.yaml in {folder}")
    return files


def lint(files: Sequence[Path]) -> None:
    """Redocly's Arazzo rules, recommended-strict, on every file.

    Run in the workflows' folder, away from redocly.yaml, whose house rules are the API's (camelCase
    body keys), not the workflows' (their inputs are named after the environment variables)."""
    command = [str(tool("redocly")), "lint", *map(str, files), "--extends", "recommended-strict"]
    if subprocess.run(command, cwd=WORKFLOWS, env=environment()).returncode != 0:
        raise WorkflowsError("the Arazzo files do not lint")


def respect_command(files: Sequence[Path], target: Target, *, client_no: int, json_output: Path) -> list[str]:
    servers = f"armrest={target.base_url},token={target.token_origin}"
    return [
        str(tool("redocly")),
        "respect",
        *map(str, files),
        "--server",
        servers,
        "--input",
        json.dumps({"clientNo": client_no}),
        "--json-output",
        str(json_output),
        "--max-fetch-timeout",
        "30000",
    ]


def run_flows(files: Sequence[Path], target: Target, *, client_no: int, json_output: Path) -> int:
    """Respect on every file against `target`; its exit code (0 when every workflow passed)."""
    json_output.parent.mkdir(parents=True, exist_ok=True)
    env = environment() | {
        "ARMREST_CLIENT_ID": target.client_id,
        "ARMREST_CLIENT_SECRET": target.client_secret,
    }
    command = respect_command(files, target, client_no=client_no, json_output=json_output)
    return subprocess.run(command, cwd=ROOT, env=env).returncode


# --- processes: the sandbox and the proxy ----------------------------------------------------------


def armrest_command() -> list[str]:
    """The `armrest` console script beside this Python (the environment nox made), else the module."""
    script = Path(sys.executable).with_name("armrest")
    found = str(script) if script.exists() else shutil.which("armrest")
    return [found] if found else [sys.executable, "-m", "armrest_server.cli"]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_answering(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    """Until `url` answers at all (any status), or fail naming the process's log."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise WorkflowsError(f"{url} stopped before it answered:\n{log.read_text(errors='replace')}")
        try:
            with urlopen(url, timeout=2):
                return
        except URLError as error:
            if getattr(error, "code", None) is not None:  # an HTTPError: it answers
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise WorkflowsError(f"{url} did not answer within {timeout:.0f} s:\n{log.read_text(errors='replace')}")


@contextmanager
def started(
    command: list[str],
    url: str,
    log: Path,
    *,
    stop: int = signal.SIGTERM,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> Iterator[None]:
    """`command` in its own process group until the block ends, once `url` answers."""
    with log.open("wb") as sink:
        process = subprocess.Popen(
            command, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True, cwd=cwd, env=env
        )
    try:
        wait_until_answering(url, process, log, STARTUP)
        yield
    finally:
        if process.poll() is None:
            os.killpg(process.pid, stop)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def serve_arguments(port: int, database: str, secret: str) -> list[str]:
    """`armrest serve`'s arguments for a demo sandbox. Each value rides in its flag (`--flag=value`):
    a URL-safe secret starts with `-` one time in 64, which argparse takes for a flag when it
    stands alone."""
    flags = {"host": "127.0.0.1", "port": str(port), "database-url": database, "demo-secret": secret}
    return ["serve", "--demo-data", *(f"--{name}={value}" for name, value in flags.items())]


@contextmanager
def sandbox(folder: Path) -> Iterator[Target]:
    """A fresh `armrest serve --demo-data` on a free port, its database in `folder`."""
    port, secret = free_port(), secrets.token_urlsafe(24)
    origin = f"http://127.0.0.1:{port}"
    command = [*armrest_command(), *serve_arguments(port, f"sqlite:///{folder / 'armrest.db'}", secret)]
    # The caller's ARMREST_* settings (a public URL, say) are not this sandbox's: only its flags count.
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARMREST_")}
    with started(command, f"{origin}{PREFIX}/health", folder / "sandbox.log", env=env):
        yield Target(f"{origin}{PREFIX}", origin, DEMO_CLIENT_ID, secret)


@contextmanager
def proxied(target: Target, folder: Path, report: Path) -> Iterator[Target]:
    """`armrest proxy` in front of `target`'s origin; the target as seen through it."""
    upstream = origin_of(target.base_url)
    if origin_of(target.token_origin) != upstream:
        raise WorkflowsError("--proxy needs the token service on the deployment's origin")
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    report.parent.mkdir(parents=True, exist_ok=True)
    command = [*armrest_command(), "proxy", "--upstream", upstream, "--port", str(port)]
    command += ["--report", str(report), "--exchanges", str(folder / "exchanges.jsonl")]
    path = urlsplit(target.base_url).path
    with started(command, f"{origin}/_proxy/report", folder / "proxy.log", stop=signal.SIGINT):
        yield Target(f"{origin}{path}", origin, target.client_id, target.client_secret)


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        raise WorkflowsError(f"{url!r} is not an absolute URL")
    return f"{parts.scheme}://{parts.netloc}"


# --- the drift report ------------------------------------------------------------------------------


DRIFT_KINDS = ("violations", "undeclaredStatuses", "undeclaredFields")


def drift_lines(report: dict[str, Any]) -> list[str]:
    """One line per operation the proxy saw differ from the contract, with what differed."""
    lines = []
    for operation, seen in sorted(report.get("operations", {}).items()):
        found = {kind: seen[kind] for kind in DRIFT_KINDS if seen.get(kind)}
        if found:
            lines.append(f"  {operation}: {json.dumps(found, sort_keys=True)}")
    return lines


def print_drift(report_file: Path) -> None:
    if not report_file.is_file():
        print(f"workflows: the proxy wrote no report at {report_file}", file=sys.stderr)
        return
    report = json.loads(report_file.read_text(encoding="utf-8"))
    lines = drift_lines(report)
    exchanges = report.get("exchanges", 0)
    print(f"drift report {report_file}: {exchanges} exchanges, {len(lines)} operation(s) differ")
    print("\n".join(lines) if lines else "  none: every answer the flows met kept to the contract")
    # The token service is outside the ARMrest contract: the proxy counts its requests as unrouted.
    print(f"  requests outside the ARMrest contract: {json.dumps(report.get('unrouted', {}))}")


# --- command line ----------------------------------------------------------------------------------


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="Arazzo files (default: openapi/workflows/)")
    parser.add_argument("--url", help="a deployment's ARMrest base URL (…/arm/v1); default: a fresh sandbox")
    parser.add_argument("--token-url", help="the token service's origin (default: the --url's origin)")
    parser.add_argument("--client-id", default=os.environ.get("ARMREST_CLIENT_ID"))
    parser.add_argument("--client-secret", default=os.environ.get("ARMREST_CLIENT_SECRET"))
    parser.add_argument("--client-no", type=int, default=2218, help="the client number (default 2218)")
    parser.add_argument("--proxy", action="store_true", help="run through `armrest proxy`: a drift report")
    parser.add_argument("--report", type=Path, default=REPORTS / "workflows-drift.json")
    parser.add_argument("--json-output", type=Path, default=REPORTS / "workflows.json")
    parser.add_argument("--lint-only", action="store_true", help="lint the Arazzo files, run nothing")
    return parser.parse_args(argv)


def deployment(args: argparse.Namespace) -> Target:
    if not args.client_id or not args.client_secret:
        raise WorkflowsError("--url needs --client-id and --client-secret (or ARMREST_CLIENT_ID/_SECRET)")
    token = args.token_url or origin_of(args.url)
    return Target(args.url.rstrip("/"), token.rstrip("/"), args.client_id, args.client_secret)


def run(args: argparse.Namespace, folder: Path) -> int:
    files = [f.resolve() for f in args.files] or workflow_files()
    lint(files)
    if args.lint_only:
        return 0
    with sandbox(folder) if args.url is None else _given(deployment(args)) as target:
        if not args.proxy:
            return run_flows(files, target, client_no=args.client_no, json_output=args.json_output)
        with proxied(target, folder, args.report.resolve()) as through:
            code = run_flows(files, through, client_no=args.client_no, json_output=args.json_output)
        print_drift(args.report.resolve())
        return code


@contextmanager
def _given(target: Target) -> Iterator[Target]:
    yield target


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    try:
        with tempfile.TemporaryDirectory(prefix="armrest-workflows-") as scratch:
            code = run(args, Path(scratch))
    except WorkflowsError as error:
        print(f"workflows: {error}", file=sys.stderr)
        return 1
    if code != 0:
        print("workflows: FAILED (Respect's log above; every step in --json-output)", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
