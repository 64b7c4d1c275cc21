"""`nox -s fuzz`: schemathesis's CLI against a served deployment of the contract.

    python -m tools.fuzz [--profile ci|deep] [--report-dir reports]
    python -m tools.fuzz --url URL (--token TOKEN | --client-id ID --client-secret SECRET [--token-url URL])
                         [--peer-token TOKEN] [--profile ci|deep]
    python -m tools.fuzz ... -- EXTRA SCHEMATHESIS RUN OPTIONS

Without `--url` it serves the embedded server itself: `armrest serve --demo-data --strict` on a free
port of 127.0.0.1, on a temporary SQLite database (profile `ci`) or a throwaway PostgreSQL cluster
(profile `deep`), with tokens from `armrest token` for client 2218 (the identity every request is
sent as) and client 2219 (its peer for object_level_authorization, which replays the owner's reads
with it). With `--url` it tests that deployment with the token or client credentials given; a
`--peer-token` for another client enables the object-level probe there.

Settings come from schemathesis.toml (checks, phases, seed, and the hooks of tests/fuzz/hooks.py, whose
`date` and `date-time` formats draw the calendar's edges and those of the contract's date ranges, so
that year 0000, 9999-12-31 and the last supported day are sent); the profiles only scale them:
`ci` keeps the file's counts (25 fuzzing cases per operation, 25 stateful scenarios: ~8,500 cases
with the coverage phase's, about 2 1/2 minutes), `deep` raises both to 600 (~24,000 cases, ~12
minutes on PostgreSQL). Under `CI` the run is derandomised. Reports: reports/fuzz-junit.xml,
reports/fuzz.har, reports/fuzz-reproduce.py (a pytest file replaying each failure) and
reports/fuzz-events.ndjson, from which the per-operation summary is printed. Exits non-zero when an
operation with inputs got fewer than 25 cases or when schemathesis found anything.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from armrest_server.http.compiler import lift

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "generated" / "openapi" / "armrest.yaml"
CONFIG = ROOT / "schemathesis.toml"
CLIENTNO = 2218
PEER_CLIENTNO = 2219
PROFILES: dict[str, list[str]] = {
    "ci": [],
    "deep": ["--max-examples", "600"],
}


@dataclass
class Target:
    """Where to send requests and how to authenticate: a WFC auth document for schemathesis."""

    base_url: str
    auth: dict[str, Any]
    notes: list[str] = field(default_factory=list)


def fixed(name: str, token: str) -> dict[str, Any]:
    return {"name": name, "fixedHeaders": [{"name": "Authorization", "value": f"Bearer {token}"}]}


def client_credentials(name: str, token_url: str, client_id: str, secret: str) -> dict[str, Any]:
    """A WFC login: the form-encoded client-credentials grant of the contract's `clientCredentials`."""
    form = urllib.parse.urlencode(
        {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    )
    return {
        "name": name,
        "loginEndpointAuth": {
            "externalEndpointURL": token_url,
            "verb": "POST",
            "contentType": "application/x-www-form-urlencoded",
            "payloadRaw": form,
            "token": {
                "extractFrom": "body",
                "extractSelector": "/access_token",
                "sendIn": "header",
                "sendName": "Authorization",
                "sendTemplate": "Bearer {token}",
            },
        },
    }


def auth_document(owner: dict[str, Any], stranger: dict[str, Any]) -> dict[str, Any]:
    return {"schemaVersion": "0.2.0", "auth": [owner, stranger]}


# --- the embedded server ------------------------------------------------------------------------------


def armrest_command() -> list[str]:
    script = Path(sys.executable).with_name("armrest")
    found = str(script) if script.exists() else shutil.which("armrest")
    return [found] if found else [sys.executable, "-m", "armrest_server.cli"]


def quiet_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARMREST_")}
    return env | {"ARMREST_LOG_LEVEL": "WARNING"}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def token(database_url: str, clientno: int) -> str:
    done = subprocess.run(
        [
            *armrest_command(),
            "token",
            f"--client={clientno}",
            "--subject=fuzz",
            "--ttl=43200",
            "--database-url",
            database_url,
        ],
        capture_output=True,
        text=True,
        env=quiet_env(),
        check=True,
    )
    return done.stdout.strip()


@contextlib.contextmanager
def database(profile: str, folder: Path) -> Iterator[str]:
    """SQLite for `ci`; a throwaway PostgreSQL cluster for `deep` (tests/support/postgres.py)."""
    if profile != "deep":
        yield f"sqlite:///{folder / 'armrest.db'}"
        return
    sys.path.insert(0, str(ROOT))
    from tests.support import postgres

    if postgres.binaries() is None:
        raise SystemExit(
            "fuzz --profile deep needs PostgreSQL's initdb and pg_ctl (apt-get install postgresql)"
        )
    with postgres.cluster() as url:
        yield url


@contextlib.contextmanager
def embedded(profile: str, folder: Path) -> Iterator[Target]:
    with database(profile, folder) as database_url:
        port = free_port()
        origin = f"http://127.0.0.1:{port}"
        log = folder / "server.log"
        command = [*armrest_command(), "serve", "--demo-data", "--strict", "--host", "127.0.0.1"]
        command += ["--port", str(port), "--database-url", database_url]
        with log.open("wb") as sink:
            process = subprocess.Popen(
                command, stdout=sink, stderr=subprocess.STDOUT, env=quiet_env(), start_new_session=True
            )
        try:
            wait_until_healthy(process, f"{origin}/arm/v1/health", log)
            auth = auth_document(
                fixed("owner", token(database_url, CLIENTNO)),
                fixed("stranger", token(database_url, PEER_CLIENTNO)),
            )
            kind = "PostgreSQL" if database_url.startswith("postgresql") else "SQLite"
            yield Target(f"{origin}/arm/v1", auth, [f"embedded server on {origin} ({kind}, demo data)"])
        finally:
            stop(process)
            if process.returncode not in (0, -signal.SIGTERM):
                print(f"server log ({log}):\n{log.read_text(errors='replace')[-4000:]}", file=sys.stderr)


def wait_until_healthy(process: subprocess.Popen[bytes], url: str, log: Path, startup: float = 120.0) -> None:
    deadline = time.monotonic() + startup
    while True:
        if process.poll() is not None:
            raise SystemExit(
                f"armrest serve exited with {process.returncode}:\n{log.read_text(errors='replace')}"
            )
        with (
            contextlib.suppress(OSError, urllib.error.URLError),
            urllib.request.urlopen(url, timeout=2) as answer,
        ):
            if answer.status == 200:
                return
        if time.monotonic() > deadline:
            stop(process)
            raise SystemExit(
                f"armrest serve did not answer {url} in {startup}s:\n{log.read_text(errors='replace')}"
            )
        time.sleep(0.2)


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server's process group, SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)
    except ProcessLookupError:
        pass


def remote(args: argparse.Namespace) -> Target:
    base_url = args.url.rstrip("/")
    if args.token:
        owner = fixed("owner", args.token)
    elif args.client_id and args.client_secret:
        origin = base_url.split("/arm/v1")[0]
        owner = client_credentials(
            "owner", args.token_url or f"{origin}/token", args.client_id, args.client_secret
        )
    else:
        raise SystemExit("--url needs --token TOKEN, or --client-id and --client-secret")
    notes = [f"deployment {base_url}"]
    if args.peer_token:
        stranger = fixed("stranger", args.peer_token)
    else:
        # A peer is required by schemathesis.toml; without a real one it is refused (401) and proves nothing.
        stranger = fixed("stranger", "no-peer-token-given")
        notes.append(
            "object_level_authorization had no second identity: pass --peer-token for another client"
        )
    return Target(base_url, auth_document(owner, stranger), notes)


# --- the run and its summary --------------------------------------------------------------------------


def reports(report_dir: Path) -> dict[str, Path]:
    return {
        "junit": report_dir / "fuzz-junit.xml",
        "har": report_dir / "fuzz.har",
        "pytest": report_dir / "fuzz-reproduce.py",
        "ndjson": report_dir / "fuzz-events.ndjson",
    }


def run_schemathesis(
    target: Target, profile: str, report_dir: Path, extra: Sequence[str], folder: Path
) -> int:
    auth = folder / "auth.json"
    auth.write_text(json.dumps(target.auth))
    auth.chmod(0o600)
    paths = reports(report_dir)
    report_dir.mkdir(parents=True, exist_ok=True)
    for path in paths.values():
        path.unlink(missing_ok=True)
    # The sandbox enforces our proposals (`x-armrest-proposed`) on requests: cases are drawn from the
    # bundle with them lifted, so that a case the fuzzer means as valid is valid to the sandbox.
    bundle = folder / "armrest.lifted.json"
    bundle.write_text(json.dumps(lift(json.loads(BUNDLE.with_suffix(".json").read_text(encoding="utf-8")))))
    command = ["schemathesis", "--config-file", str(CONFIG), "run", str(bundle), "--url", target.base_url]
    command += ["--report", ",".join(paths)] + [
        f"--report-{kind}-path={path}" for kind, path in paths.items()
    ]
    command += PROFILES[profile]
    if os.environ.get("CI"):
        command.append("--generation-deterministic")
    command += list(extra)
    executable = Path(sys.executable).with_name("schemathesis")
    if executable.exists():
        command[0] = str(executable)
    print("$", " ".join(command), flush=True)
    return subprocess.run(command, env=os.environ | {"ARMREST_FUZZ_AUTH": str(auth)}, cwd=ROOT).returncode


def summary(events: Path) -> tuple[Counter[str], Counter[str]]:
    """Cases and failing cases per operation, from the NDJSON events.

    A case counts when schemathesis generated it or a stateful link produced it; the probes checks send
    (the same request without credentials, as the peer, ...) hang off a case without a transition.
    """
    cases: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    if not events.exists():
        return cases, failures
    with events.open() as lines:
        for line in lines:
            event = json.loads(line)
            finished = event.get("ScenarioFinished")
            if not finished:
                continue
            recorder = finished["recorder"]
            recorded = recorder.get("cases", {})
            # A stateful scenario spans operations; any other is one operation's (its TRACE probes too).
            stateful = finished["phase"] == "stateful"
            labels = {
                cid: f"{c['value']['method']} {c['value']['path']}" if stateful else recorder["label"]
                for cid, c in recorded.items()
            }
            for cid, case in recorded.items():
                if case.get("parent_id") is None or case.get("is_transition_applied"):
                    cases[labels[cid]] += 1
            for cid, checks in recorder.get("checks", {}).items():
                if any(check["status"] == "failure" for check in checks) and cid in labels:
                    failures[labels[cid]] += 1
    return cases, failures


# The CI profile's fuzzing cases per operation (schemathesis.toml generation.max-examples): an
# operation whose inputs the strategies can generate gets more with the examples and coverage phases
# (the fewest in a CI run: 59, for DELETE customer, whose only input is one path parameter, so fewer
# distinct cases exist); one that gets fewer has a strategy that cannot reach it.
MIN_CASES = 25
METHODS = ("get", "put", "post", "delete", "patch")


def short_operations(cases: Counter[str], bundle: dict[str, Any]) -> dict[str, int]:
    """Operations of the contract that got fewer cases than a full run gives them: a strategy that cannot
    generate an operation's input, or a phase that stopped early, shows here rather than as a green run.

    An operation without any input (GET /health: no parameter, body or credentials) has one request to
    send; sandbox-only operations (`x-armrest-sandbox`) are not fuzzed (schemathesis.toml)."""
    short: dict[str, int] = {}
    for path, item in bundle["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None or operation.get("x-armrest-sandbox"):
                continue
            has_input = bool(
                item.get("parameters") or operation.get("parameters") or operation.get("requestBody")
            )
            label = f"{method.upper()} {path}"
            if cases[label] < (MIN_CASES if has_input else 1):
                short[label] = cases[label]
    return short


def print_summary(cases: Counter[str], failures: Counter[str], seconds: float, notes: list[str]) -> None:
    width = max((len(label) for label in cases), default=20)
    print(f"\n{'operation':<{width}}  {'cases':>7}  {'failures':>8}")
    for label in sorted(cases | failures, key=lambda label: (label.split(" ", 1)[1], label)):
        print(f"{label:<{width}}  {cases[label]:>7}  {failures[label]:>8}")
    print(f"{'total':<{width}}  {sum(cases.values()):>7}  {sum(failures.values()):>8}")
    print(f"wall time {seconds:.0f} s; " + "; ".join(notes))


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m tools.fuzz", description=__doc__.split("\n")[0])
    p.add_argument(
        "--profile",
        choices=sorted(PROFILES),
        default="ci",
        help="ci: the counts of schemathesis.toml (~8,500 cases, SQLite); deep: 600 cases per operation "
        "and scenario (~24,000, a throwaway PostgreSQL cluster without --url) (default ci)",
    )
    p.add_argument("--url", help="the API's base URL (ends with /arm/v1); default: serve the embedded server")
    p.add_argument("--token", help="bearer token for client 2218 at --url")
    p.add_argument("--client-id", help="client-credentials login at --url (with --client-secret)")
    p.add_argument("--client-secret", help="the secret of --client-id, for the client-credentials login")
    p.add_argument("--token-url", help="token endpoint for the login (default: <origin>/token)")
    p.add_argument("--peer-token", help="a token for another client: object_level_authorization's peer")
    p.add_argument(
        "--report-dir",
        type=Path,
        default=ROOT / "reports",
        help="folder for the JUnit XML, HAR, NDJSON events and the reproduction file (default reports/)",
    )
    p.add_argument("extra", nargs="*", help="after --: more `schemathesis run` options")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="armrest-fuzz-") as scratch:
        folder = Path(scratch)
        if args.url:
            target = remote(args)
            code = run_schemathesis(target, args.profile, args.report_dir, args.extra, folder)
        else:
            with embedded(args.profile, folder) as target:
                code = run_schemathesis(target, args.profile, args.report_dir, args.extra, folder)
    cases, failures = summary(reports(args.report_dir)["ndjson"])
    print_summary(cases, failures, time.monotonic() - started, [f"profile {args.profile}", *target.notes])
    print(f"reports in {args.report_dir}: " + ", ".join(p.name for p in reports(args.report_dir).values()))
    short = (
        short_operations(cases, json.loads(BUNDLE.with_suffix(".json").read_text())) if not args.extra else {}
    )
    for label, count in short.items():
        print(f"too few cases: {label} had {count}; an operation with inputs gets at least {MIN_CASES}")
    return code or (1 if sum(failures.values()) or short else 0)


if __name__ == "__main__":
    sys.exit(main())
