"""The reference server against Prism (the stateless mock, same bundle), against the floor (bench/floor.py:
the least a Starlette app on SQLite does per request) and against bare (bench/bare.py: uvicorn, as armrest's
serve runs it, answering the bytes armrest answered, captured in this run before the load; the limit of
the stack itself), all in one run on this machine.

Scenarios: GET one customer, GET a 100-item page, POST creating a new customer each request; each at
16 and 32 connections, repeated (3 times by default) with the servers interleaved, so a change in the
machine's load falls on every server alike. armrest runs with response validation on and off, and on
PostgreSQL (a throwaway cluster) with 1 worker and with 2. Then start-up time (process start to the first
200 on health) and resident memory after warm-up. Prints one markdown table to stdout, progress to
stderr, then the issue's goals for armrest (x Prism, share of bare, p99) each marked met or not, and
writes every run to reports/bench-server.json.

    python -m bench.server_bench [--quick | --full] [--seconds S] [--repeats N] [--no-postgres]
                                 [--only SERVER ...]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Collection, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from bench import bare, loadgen
from bench.report import (
    ARMREST,
    BARE,
    CREATE,
    FLOOR,
    ONE,
    PAGE,
    PG_ONE,
    PG_TWO,
    PRISM,
    UNVALIDATED,
    Run,
)
from bench.servers import Server, free_port, machine_busy_seconds, start
from bench.stats import Figure
from bench.summary import Profile, record, summary

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "generated" / "openapi" / "armrest.yaml"
NODE_BIN = Path(os.environ.get("ARMREST_NODE_BIN", ROOT / "tools" / "node" / "node_modules" / ".bin"))
CLIENTNO = 2218
SERVERS = (ARMREST, UNVALIDATED, FLOOR, BARE, PRISM, PG_ONE, PG_TWO)


PROFILES = {
    "quick": Profile(seconds=1, warmup=0.5, repeats=3, connections=(16,), startups=1, batch=False),
    "default": Profile(seconds=2, warmup=1, repeats=3, connections=(16, 32), startups=3, batch=False),
    "full": Profile(seconds=3, warmup=2, repeats=3, connections=(16, 32), startups=3, batch=True),
}
T0 = time.perf_counter()


def progress(message: str) -> None:
    print(f"[bench {time.perf_counter() - T0:6.1f} s] {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Launch:
    """How to start one server under test (`first` seeds its database, the later starts reuse it)."""

    name: str
    command: Callable[[int, bool], list[str]]
    health: str
    prefix: str
    token: str = ""
    customer: str = "543210"  # the customer the GET-one scenario reads (the demo data's first)
    env: dict[str, str] | None = None
    seeds: bool = True  # its first start seeds its database (armrest's --demo-data)


def armrest_command(url: str, *extra: str) -> Callable[[int, bool], list[str]]:
    exe = str(Path(sys.executable).with_name("armrest"))

    def command(port: int, first: bool) -> list[str]:
        seed = ["--demo-data"] if first else []
        return [
            exe,
            "serve",
            "--port",
            str(port),
            "--database-url",
            url,
            "--log-level",
            "WARNING",
            *seed,
            *extra,
        ]

    return command


def token(url: str | None) -> str:
    """A bearer token for the demo client, on a database migrated for it (the server seeds it later)."""
    if url is None:
        return ""
    exe = str(Path(sys.executable).with_name("armrest"))
    subprocess.run([exe, "migrate", "--database-url", url], check=True, capture_output=True)
    return subprocess.run(
        [exe, "token", "--client", str(CLIENTNO), "--database-url", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def launches(tmp: Path, postgres_url: str | None, only: Collection[str] = SERVERS) -> list[Launch]:
    """The servers to start first, of those named in `only` (bare is not among them: it starts once
    armrest has answered, with armrest's answers: `prepare_bare`)."""
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"  # node beside python
    on, off = f"sqlite:///{tmp}/on.db", f"sqlite:///{tmp}/off.db"
    urls = {ARMREST: on, UNVALIDATED: off, PG_ONE: postgres_url, PG_TWO: postgres_url}
    wanted = list(dict.fromkeys(u for n, u in urls.items() if n in only and u is not None))
    # Migrating and issuing a token is a process start each; in parallel the set-up takes half as long.
    with ThreadPoolExecutor() as pool:
        tokens = dict(zip(wanted, pool.map(token, wanted), strict=True))
    found = []
    if ARMREST in only:
        found.append(Launch(ARMREST, armrest_command(on), "/arm/v1/health", "/arm/v1", tokens[on]))
    if UNVALIDATED in only:
        unvalidated = armrest_command(off, "--no-validate-responses")
        found.append(Launch(UNVALIDATED, unvalidated, "/arm/v1/health", "/arm/v1", tokens[off]))
    floor = [sys.executable, "-m", "uvicorn", "bench.floor:app", "--host", "127.0.0.1", "--loop", "uvloop"]
    floor += ["--http", "httptools", "--no-access-log", "--log-level", "warning"]
    if FLOOR in only:
        found.append(
            Launch(
                FLOOR,
                lambda port, _: [*floor, "--port", str(port)],
                "/arm/v1/health",
                "/arm/v1",
                customer="500000",
                env=dict(os.environ, FLOOR_DATABASE_URL=f"sqlite:///{tmp}/floor.db"),
            )
        )
    prism = [str(NODE_BIN / "prism"), "mock", "--host", "127.0.0.1", str(BUNDLE), "-p"]
    if PRISM in only:
        found.append(
            # Prism checks that a bearer token is there, not what it says.
            Launch(
                PRISM,
                lambda port, _: [*prism, str(port)],
                "/health",
                "",
                "any",
                env=dict(os.environ, PATH=path),
            )
        )
    if postgres_url:
        for name, workers in ((PG_ONE, "1"), (PG_TWO, "2")):
            if name not in only:
                continue
            command = armrest_command(postgres_url, "--workers", workers)
            # Both serve one database: the first seeds it, the second starts on it as it is.
            found.append(
                Launch(name, command, "/arm/v1/health", "/arm/v1", tokens[postgres_url], seeds=name == PG_ONE)
            )
    return found


def bare_launch(answers: Path, like: Launch) -> Launch:
    """bench/bare.py serving the answers in `answers`, sent the same requests as `like` (armrest)."""
    command = [sys.executable, "-m", "bench.bare", "--answers", str(answers), "--port"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARMREST_")}  # as the bench's armrest
    return Launch(
        BARE,
        lambda port, _: [*command, str(port)],
        "/arm/v1/health",
        "/arm/v1",
        like.token,
        like.customer,
        env,
    )


def first_requests(server: Server, spec: Launch) -> dict[str, bytes]:
    """The request of each scenario as the load sends it (the POST a customer of its own), and health."""
    found = {}
    for scenario, source in sources(server, spec, "000").items():  # the load's tags start at 001
        found[scenario] = source(0) if callable(source) else source[0]
    return found | {"health": loadgen.request_bytes("GET", "127.0.0.1", server.port, spec.health, {})}


def prepare_bare(
    armrest: Server, spec: Launch, tmp: Path
) -> tuple[Launch, dict[str, dict[str, bare.Answer]]]:
    """What armrest answers to each scenario's request (before any load), written where bare reads it:
    bare's launch, and scenario -> {armrest: its answer}."""
    answers: dict[str, dict[str, bare.Answer]] = {}
    keys: dict[tuple[str, str], bare.Answer] = {}
    for scenario, request in first_requests(armrest, spec).items():
        method, target = request.split(b" ", 2)[:2]
        answer = bare.capture(armrest.port, request)
        if not 200 <= answer.status < 300:
            progress(f"WARNING: {ARMREST} answers {answer.status} to {scenario}: {answer.body[:200]!r}")
        answers[scenario] = {ARMREST: answer}
        keys[method.decode(), target.decode().split("?", 1)[0]] = answer
    file = tmp / "bare-answers.json"
    bare.write(file, keys)
    return bare_launch(file, spec), answers


def check_bare(server: Server, spec: Launch, answers: dict[str, dict[str, bare.Answer]]) -> None:
    """Adds bare's answer to the same requests to `answers`; says so when one differs from armrest's."""
    for scenario, request in first_requests(server, spec).items():
        answers[scenario][BARE] = answer = bare.capture(server.port, request)
        if not answer.same_as(answers[scenario][ARMREST]):
            progress(f"WARNING: {BARE}'s answer to {scenario} differs from {ARMREST}'s")


def launch(spec: Launch, tmp: Path, first: bool) -> Server:
    port = free_port()
    log = tmp / f"{spec.name.replace(' ', '_').replace(',', '')}.log"
    return start(
        spec.name,
        spec.command(port, first and spec.seeds),
        port,
        spec.health,
        spec.prefix,
        log,
        spec.env,
        ROOT,
    )


def auth(spec: Launch) -> dict[str, str]:
    return {"Authorization": f"Bearer {spec.token}"} if spec.token else {}


def check_page(server: Server, spec: Launch) -> None:
    """Says so when a 100-item page does not hold 100 customers or fails (the runs go on: their
    answers are counted by status in the table)."""
    import httpx

    url = f"http://127.0.0.1:{server.port}{spec.prefix}/clients/{CLIENTNO}/customers?pagesize=100"
    answer = httpx.get(url, headers=auth(spec), timeout=30)
    if answer.status_code != 200:
        progress(f"WARNING: {spec.name} answers {answer.status_code} to {url}: {answer.text[:200]}")
    elif len(answer.json().get("customers", ())) < 100:
        progress(f"WARNING: {spec.name} has fewer than 100 customers on a 100-item page")


def sources(server: Server, spec: Launch, tag: str) -> dict[str, loadgen.Source]:
    """Each scenario's requests, as bytes built before the clock starts."""
    headers = auth(spec) | {"Accept": "application/json"}
    base = f"{server.prefix}/clients/{CLIENTNO}/customers"

    def build(method: str, path: str, body: bytes = b"") -> bytes:
        extra = {"Content-Type": "application/json"} if body else {}
        return loadgen.request_bytes(method, "127.0.0.1", server.port, path, headers | extra, body)

    def create(n: int) -> bytes:
        # A new customer number every request (fixed width: one Content-Length); `tag` keeps runs apart.
        number = f"N{tag}{n:08d}"
        body = b'{"metadata":{"userId":"bench"},"customer":{"customerNo":"%s","name":"Bench Kunde %s"}}'
        return build("POST", base, body % (number.encode(), number.encode()))

    return {
        ONE: [build("GET", f"{base}/{spec.customer}")],
        PAGE: [build("GET", f"{base}?pagesize=100")],
        CREATE: create,
    }


class Tags:
    """Short distinct prefixes for the customer numbers each run creates."""

    def __init__(self) -> None:
        self.n = 0

    def next(self) -> str:
        self.n += 1
        return f"{self.n:03d}"


def timed(server: Server, source: loadgen.Source, seconds: float, connections: int) -> Run:
    cpu, machine, started = server.cpu_seconds(), machine_busy_seconds(), time.monotonic()
    result = loadgen.run("127.0.0.1", server.port, source, seconds=seconds, connections=connections)
    used = server.cpu_seconds() - cpu
    busy = (machine_busy_seconds() - machine) / (time.monotonic() - started)
    count = max(result.requests, 1)
    return Run(
        result.rps,
        result.p50_ms,
        result.p99_ms,
        result.statuses,
        used * 1000 / count,
        result.cpu_seconds * 1000 / count,
        busy,
    )


@contextlib.contextmanager
def postgres(wanted: bool) -> Iterator[str | None]:
    if not wanted:
        yield None
        return
    sys.path.insert(0, str(ROOT))
    from tests.support.postgres import binaries, cluster

    if binaries() is None:
        progress("PostgreSQL binaries (initdb, pg_ctl) not installed: the PostgreSQL rows are left out")
        yield None
        return
    progress("starting a throwaway PostgreSQL cluster")
    with cluster() as url:
        yield url


def timed_runs(
    specs: list[Launch], running: dict[str, Server], profile: Profile
) -> dict[tuple[str, int, str], list[Run]]:
    """A warm-up, then every scenario's repeats, the servers innermost: a burst of load from elsewhere
    on the machine falls on each server's run alike rather than on one server's figures."""
    tags = Tags()
    for spec in specs:
        progress(f"warming up {spec.name}")
        for source in sources(running[spec.name], spec, tags.next()).values():
            loadgen.run(
                "127.0.0.1", running[spec.name].port, source, profile.warmup, max(profile.connections)
            )
    cells: dict[tuple[str, int, str], list[Run]] = {}
    plan = [
        (repeat, scenario, connections, spec)
        for repeat in range(profile.repeats)
        for scenario in (ONE, PAGE, CREATE)
        for connections in profile.connections
        for spec in specs
    ]
    started = time.perf_counter()
    for done, (repeat, scenario, connections, spec) in enumerate(plan, 1):
        server = running[spec.name]
        run = timed(server, sources(server, spec, tags.next())[scenario], profile.seconds, connections)
        cells.setdefault((scenario, connections, spec.name), []).append(run)
        left = (time.perf_counter() - started) / done * (len(plan) - done)
        progress(
            f"{done}/{len(plan)} run {repeat + 1}: {spec.name}, {scenario}, {connections} conn.: "
            f"{run.rps:,.0f} req/s, p99 {run.p99_ms:.1f} ms (about {left:.0f} s of runs left)"
        )
    return cells


def measure(profile: Profile, use_postgres: bool, only: Collection[str] = SERVERS) -> dict[str, object]:
    load_before = os.getloadavg()
    startups: dict[str, list[float]] = {}
    answers: dict[str, dict[str, bare.Answer]] = {}
    ceiling: list[Run] = []
    use_postgres = use_postgres and bool({PG_ONE, PG_TWO} & set(only))
    with tempfile.TemporaryDirectory(prefix="armrest-bench-") as name, postgres(use_postgres) as pg_url:
        tmp = Path(name)
        specs = launches(tmp, pg_url, only)
        running: dict[str, Server] = {}
        try:
            start_first(specs, tmp, running)
            for spec in specs:
                if spec.name != PRISM:  # Prism answers the examples, not 100 items
                    check_page(running[spec.name], spec)
            if BARE in only and ARMREST in running:
                progress(f"capturing {ARMREST}'s answers and starting {BARE} with them")
                armrest = next(s for s in specs if s.name == ARMREST)
                bare_spec, answers = prepare_bare(running[ARMREST], armrest, tmp)
                running[BARE] = launch(bare_spec, tmp, True)
                check_bare(running[BARE], bare_spec, answers)
                after = [i for i, s in enumerate(specs) if s.name in (ARMREST, UNVALIDATED, FLOOR)]
                specs.insert(max(after) + 1, bare_spec)  # beside armrest and the floor in the table
            longest = max(profile.connections)
            cells = timed_runs(specs, running, profile)
            memory = {n: s.resident_mib() for n, s in running.items()}
            if FLOOR in running:
                ceiling = generator_ceiling(running[FLOOR], profile, longest)
            batch: float | str | None = None
            if profile.batch and ARMREST in running:
                try:
                    batch = batch_seconds(running[ARMREST], next(s for s in specs if s.name == ARMREST))
                except Exception as error:  # the table still prints; the failure is reported in it
                    batch = f"failed: {error!r}"[:300]
                    progress(f"WARNING: the batch {batch}")
        finally:
            for server in running.values():
                server.stop()
        for _ in range(profile.startups):
            for spec in specs:
                server = launch(spec, tmp, first=False)
                server.stop()
                startups.setdefault(spec.name, []).append(server.startup)
                progress(f"start-up of {spec.name}: {server.startup:.2f} s")
    return {
        "cells": {k: tuple(v) for k, v in cells.items()},
        "startups": {k: Figure.of(v) for k, v in startups.items()},
        "memory": memory,
        "ceiling": ceiling,
        "answers": answers,
        "batch": batch,
        "load": (load_before, os.getloadavg()),
    }


def start_first(specs: list[Launch], tmp: Path, running: dict[str, Server]) -> None:
    """The first starts (not timed), in parallel; a server that shares another's database after it.
    Every server that started is kept in `running`, so that all of them are stopped if one failed."""
    first, later = [s for s in specs if s.seeds], [s for s in specs if not s.seeds]
    for group in (g for g in (first, later) if g):
        progress("starting " + ", ".join(spec.name for spec in group))
        with ThreadPoolExecutor() as pool:
            futures = {spec.name: pool.submit(launch, spec, tmp, True) for spec in group}
        running.update((n, f.result()) for n, f in futures.items() if f.exception() is None)
        for future in futures.values():
            future.result()


def generator_ceiling(floor: Server, profile: Profile, connections: int) -> list[Run]:
    """The generator against the cheapest route there is (the floor's health): its req/s there, and its
    own CPU per request, whose inverse is what it could send with a whole core to itself."""
    progress("measuring the load generator's ceiling against the floor's health route")
    health = [loadgen.request_bytes("GET", "127.0.0.1", floor.port, "/arm/v1/health", {})]
    return [timed(floor, health, profile.seconds, connections) for _ in range(profile.repeats)]


def batch_seconds(server: Server, spec: Launch, count: int = 10_000) -> float:
    """Worker time (createdAt to completedAt) of one createDocumentBatch of `count` invoices."""
    import httpx

    progress(f"timing a {count:,}-document batch on {spec.name}")
    base = f"http://127.0.0.1:{server.port}/arm/v1/clients/{CLIENTNO}"
    headers = auth(spec)
    line = {"lineNo": 1, "description": "Abonnement", "quantity": 1, "unitPrice": 399.2, "vatRate": 25}
    documents = [
        {
            "documentNo": f"BB{n:06d}",
            "documentType": "INVOICE",
            "customerNo": spec.customer,
            "documentDate": "2026-01-15",
            "lines": [line],
        }
        for n in range(count)
    ]
    body = {"metadata": {"userId": "bench"}, "documents": documents}
    answer = httpx.post(f"{base}/documents/batches", json=body, headers=headers, timeout=120)
    answer.raise_for_status()
    uuid = answer.json()["batchUuid"]
    deadline = time.monotonic() + 300
    while (batch := httpx.get(f"{base}/batches/{uuid}", headers=headers, timeout=30)).status_code == 202:
        if time.monotonic() > deadline:
            raise TimeoutError("the batch did not end within 300 s")
        time.sleep(0.1)
    found = batch.json()
    if found["acceptedCount"] != count:
        raise RuntimeError(f"batch accepted {found['acceptedCount']} of {count}")
    from datetime import datetime

    started = datetime.fromisoformat(found["createdAt"].replace("Z", "+00:00"))
    return (datetime.fromisoformat(found["completedAt"].replace("Z", "+00:00")) - started).total_seconds()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--quick", action="store_const", const="quick", dest="profile", help="1 s runs, 16 conn."
    )
    which.add_argument(
        "--full", action="store_const", const="full", dest="profile", help="3 s runs and a batch"
    )
    parser.add_argument("--seconds", type=float, help="each timed run (default: the profile's)")
    parser.add_argument("--repeats", type=int, help="timed runs per figure (default 3)")
    parser.add_argument("--connections", type=int, nargs="+", help="connection counts (default 16 32)")
    parser.add_argument("--no-postgres", action="store_true", help="leave out the PostgreSQL rows")
    parser.add_argument(
        "--only", nargs="+", choices=SERVERS, default=SERVERS, metavar="SERVER", help=f"of {SERVERS}"
    )
    parser.add_argument("--json", type=Path, default=ROOT / "reports" / "bench-server.json")
    args = parser.parse_args(argv)
    profile = PROFILES[args.profile or "default"]
    overrides = {"seconds": args.seconds, "repeats": args.repeats}
    if args.connections:
        overrides["connections"] = tuple(args.connections)
    profile = replace(profile, **{k: v for k, v in overrides.items() if v is not None})
    progress(f"profile {args.profile or 'default'}: {profile}")
    found = measure(profile, not args.no_postgres, args.only)
    print(summary(found, profile))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(record(found, profile), indent=2, default=str))
    progress(f"every run written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
