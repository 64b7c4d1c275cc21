"""Reference server against Prism (the stateless mock, same bundle) in one run, on this machine.

Measures req/s and p99 for GET one customer, GET a 100-item page and POST one customer, with
response validation on and off, and the time the worker takes for a 10,000-document batch.
Prints a table with ratios and writes reports/bench-server.json.

    python bench/server_bench.py [--seconds 5] [--connections 16]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
import loadgen
import wrk

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "generated" / "openapi" / "armrest.yaml"
NODE_BIN = Path(os.environ.get("ARMREST_NODE_BIN", ROOT / "tools" / "node" / "node_modules" / ".bin"))
CLIENTNO = 2218


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=1).status_code < 500:
                return
        time.sleep(0.2)
    raise TimeoutError(url)


@contextlib.contextmanager
def process(args: list[str], ready_url: str, env: dict[str, str] | None = None) -> Iterator[None]:
    # Its own process group: Prism and uvicorn start children that must stop with them.
    proc = subprocess.Popen(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True
    )
    try:
        wait_for(ready_url)
        yield
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def armrest(*args: str) -> list[str]:
    return [str(Path(sys.executable).with_name("armrest")), *args]


Request = tuple[str, str, dict[str, str], bytes]


def scenarios(prefix: str, token: str, customer_no: str) -> dict[str, list[Request]]:
    auth = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    base = f"{prefix}/clients/{CLIENTNO}/customers"
    posts: list[Request] = []
    for n in range(200):
        body = json.dumps(
            {
                "metadata": {"userId": "bench"},
                "customer": {"customerNo": f"B{n:05d}", "name": f"Bench Kunde {n}"},
            }
        ).encode()
        posts.append(("POST", base, auth | {"Content-Type": "application/json"}, body))
    return {
        "GET one customer": [("GET", f"{base}/{customer_no}", auth, b"")],
        "GET 100-item page": [("GET", f"{base}?pagesize=100", auth, b"")],
        "POST one customer": posts,
    }


def load(port: int, requests: list[Request], seconds: float, connections: int) -> loadgen.Result:
    """wrk where it is installed (it leaves the CPU to the servers), else the Python generator."""
    if wrk.available():
        return wrk.run(port, requests, seconds, connections)
    raw = [loadgen.request_bytes(m, "127.0.0.1", port, p, h, b) for m, p, h, b in requests]
    return loadgen.run("127.0.0.1", port, raw, seconds=seconds, connections=connections)


def measure(
    port: int, prefix: str, token: str, customer_no: str, seconds: float, connections: int
) -> dict[str, loadgen.Result]:
    found = {}
    for name, requests in scenarios(prefix, token, customer_no).items():
        load(port, requests, 1, connections)  # warm-up
        found[name] = load(port, requests, seconds, connections)
    return found


def batch_seconds(port: int, token: str, customers: list[str], count: int = 10_000) -> float:
    base = f"http://127.0.0.1:{port}/arm/v1/clients/{CLIENTNO}"
    stamp = int(time.time())
    documents = [
        {
            "documentNo": f"BB{stamp % 100000}{n:05d}",
            "documentType": "INVOICE",
            "customerNo": customers[n % len(customers)],
            "documentDate": "2026-01-15",
            "lines": [
                {"lineNo": 1, "description": "Abonnement", "quantity": 1, "unitPrice": 399.2, "vatRate": 25}
            ],
        }
        for n in range(count)
    ]
    headers = {"Authorization": f"Bearer {token}"}
    answer = httpx.post(
        f"{base}/documents/batches",
        json={"metadata": {"userId": "bench"}, "documents": documents},
        headers=headers,
        timeout=120,
    )
    answer.raise_for_status()
    uuid = answer.json()["batchUuid"]
    while True:
        batch = httpx.get(f"{base}/batches/{uuid}", headers=headers, timeout=30)
        if batch.status_code != 202:
            break
        time.sleep(0.1)
    body = batch.json()
    if body["acceptedCount"] != count:
        raise RuntimeError(f"batch accepted {body['acceptedCount']} of {count}")
    started = datetime.fromisoformat(body["createdAt"].replace("Z", "+00:00"))
    done = datetime.fromisoformat(body["completedAt"].replace("Z", "+00:00"))
    return (done - started).total_seconds()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    rows: dict[str, dict[str, loadgen.Result]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        token = subprocess.run(
            armrest("token", "--client", str(CLIENTNO), "--database-url", url),
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        for label, extra in (
            ("armrest", []),
            ("armrest, no response validation", ["--no-validate-responses"]),
        ):
            port = free_port()
            serve = armrest("serve", "--port", str(port), "--database-url", url, "--demo-data", *extra)
            with process(serve, f"http://127.0.0.1:{port}/arm/v1/health"):
                listing = httpx.get(
                    f"http://127.0.0.1:{port}/arm/v1/clients/{CLIENTNO}/customers?pagesize=1000",
                    headers={"Authorization": f"Bearer {token}"},
                ).json()
                customers = [c["customerNo"] for c in listing["customers"]]
                rows[label] = measure(port, "/arm/v1", token, customers[0], args.seconds, args.connections)
                if not extra:
                    batch = batch_seconds(port, token, customers)
        port = free_port()
        prism = [str(NODE_BIN / "prism"), "mock", "--host", "127.0.0.1", "-p", str(port), str(BUNDLE)]
        with process(prism, f"http://127.0.0.1:{port}/health"):
            rows["prism (baseline)"] = measure(port, "", token, "543210", args.seconds, args.connections)
    report(rows, batch)
    return 0


def report(rows: dict[str, dict[str, loadgen.Result]], batch: float) -> None:
    base = rows["prism (baseline)"]
    print(
        f"{'scenario':<20} {'server':<34} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'vs prism':>9}  statuses"
    )
    out: dict[str, object] = {}
    for server, results in rows.items():
        for scenario, r in results.items():
            ratio = r.rps / base[scenario].rps if base[scenario].rps else float("nan")
            print(
                f"{scenario:<20} {server:<34} {r.rps:>9.0f} {r.p50_ms:>8.2f} {r.p99_ms:>8.2f} "
                f"{ratio:>8.1f}x  "
                f"{r.statuses}"
            )
            out[f"{server} / {scenario}"] = {
                "rps": r.rps,
                "p50_ms": r.p50_ms,
                "p99_ms": r.p99_ms,
                "ratio": ratio,
                "statuses": r.statuses,
            }
    on, off = rows["armrest"], rows["armrest, no response validation"]
    for scenario in on:
        print(f"validation cost, {scenario}: {(1 - on[scenario].rps / off[scenario].rps) * 100:.1f} %")
    print(f"10,000-document batch processed in {batch:.2f} s")
    generator = (
        "wrk"
        if wrk.available()
        else "bench/loadgen.py (install wrk: its figures are not capped by the generator)"
    )
    print(f"load generator: {generator}")
    out["batch_10000_documents_seconds"] = batch
    (ROOT / "reports").mkdir(exist_ok=True)
    (ROOT / "reports" / "bench-server.json").write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    sys.exit(main())
