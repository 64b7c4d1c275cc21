"""Do stored wire forms pay for themselves? Reads and a write of the demo data, with and without them.

Builds the app (default settings: responses validated, not strict) on a SQLite database seeded as
`armrest serve --demo-data` seeds it, and calls it in-process as uvicorn would (ASGI, no sockets: what
is timed is the app's own work per request). Each repeat runs every variant in turn, so a change in
the machine's load falls on all alike:
- stored forms: the server as it is (a 100-item page is one statement whose forms are spliced in
  unparsed and not validated again);
- wire NULL: the same rows without forms, as a tool or an older server leaves them (each read maps
  and validates the rows, after finding no forms);
- no stored forms: what the reads would be without the mechanism at all (the page's rows read in
  one transaction and mapped, a customer read whole in one statement): the forms' reads patched out.
POST is timed with the forms made in its transaction and without (Services handed none).
Prints microseconds per request, wall and this process's CPU time, min and median over the repeats.

    python -m bench.forms_bench [--repeats 7]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))

from sqlalchemy import update  # noqa: E402

from armrest_server import demo  # noqa: E402
from armrest_server.api import customers as customer_api  # noqa: E402
from armrest_server.app import build  # noqa: E402
from armrest_server.settings import Settings  # noqa: E402
from armrest_server.store import customers as customer_store  # noqa: E402
from armrest_server.store import stored_forms  # noqa: E402
from armrest_server.store.db import make_engine, migrate  # noqa: E402
from armrest_server.store.tables import ar_items, customers  # noqa: E402

CLIENT = "/arm/v1/clients/2218"
READS = {  # name: (path, query, requests per repeat)
    "GET 100 customers": (f"{CLIENT}/customers", b"pagesize=100", 60),
    "GET one customer": (f"{CLIENT}/customers/543210", b"", 400),
    "GET 100 AR items": (f"{CLIENT}/aritems", b"pagesize=100", 60),
}
WRITES = 200
_numbers = itertools.count(900000)


async def call(app: Any, method: str, path: str, query: bytes, token: bytes, body: bytes = b"") -> int:
    """One request through the ASGI app; answers its status (the body is read and dropped)."""
    headers = [(b"host", b"bench"), (b"authorization", b"Bearer " + token)]
    if body:
        headers.append((b"content-type", b"application/json"))
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
        "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": query, "root_path": "",
        "headers": headers, "client": ("127.0.0.1", 1), "server": ("bench", 80), "state": {},
    }  # fmt: skip
    status: list[int] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])

    await app(scope, receive, send)
    return status[0]


async def timed(requests: int, one: Callable[[], Any]) -> tuple[float, float]:
    """Microseconds per request: wall and this process's CPU."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(requests):
        status = await one()
        assert status in (200, 201), status
    return (time.perf_counter() - wall) / requests * 1e6, (time.process_time() - cpu) / requests * 1e6


def variants(services: Any) -> dict[str, Callable[[], None]]:
    """Each variant's setup: the rows' forms, and what the handlers read."""
    forms, page_forms, form_by_no = services.forms, customer_api._FORMS, customer_store.form_by_no

    def as_built() -> None:
        services.forms, customer_api._FORMS, customer_store.form_by_no = forms, page_forms, form_by_no

    def stored() -> None:
        as_built()
        stored_forms.refresh_all(services.engine, forms)

    def without() -> None:
        as_built()
        with services.engine.begin() as conn:
            for table in (customers, ar_items):
                conn.execute(update(table).values(wire=None, wire_schema=None))

    def no_mechanism() -> None:
        without()
        services.forms, customer_api._FORMS = {}, None
        customer_store.form_by_no = lambda _conn, _clientno, _number: {"wire": None}

    return {"stored forms": stored, "wire NULL": without, "no stored forms": no_mechanism}


async def run(app: Any, repeats: int) -> dict[tuple[str, str], list[tuple[float, float]]]:
    services = app.state.services
    token = services.authority.issue("bench", [2218]).access_token.encode()
    found: dict[tuple[str, str], list[tuple[float, float]]] = {}

    def post() -> Any:
        number = next(_numbers)
        body = b'{"metadata":{"userId":"bench"},"customer":{"customerNo":"%d","name":"Bench"}}' % number
        return call(app, "POST", f"{CLIENT}/customers", b"", token, body)

    setups = variants(services)
    for repeat in range(repeats + 1):  # the first: warm-up, not counted
        for variant, setup in setups.items():
            setup()
            for name, (path, query, requests) in READS.items():
                figure = await timed(requests, lambda p=path, q=query: call(app, "GET", p, q, token))
                if repeat:
                    found.setdefault((name, variant), []).append(figure)
            if variant != "wire NULL":
                figure = await timed(WRITES, post)
                if repeat:
                    found.setdefault(("POST new customer", variant), []).append(figure)
    variants(services)["stored forms"]()
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        engine = make_engine(url)
        migrate(engine)
        demo.seed(engine)
        engine.dispose()
        app = build(Settings(database_url=url, log_level="WARNING"))
        found = asyncio.run(run(app, args.repeats))
        app.state.services.engine.dispose()
    print(f"{args.repeats} repeats, microseconds per request")
    print("| request | variant | wall min | wall median | CPU min | CPU median |")
    print("|---|---|---:|---:|---:|---:|")
    for (name, variant), figures in sorted(found.items(), key=lambda item: item[0][0]):
        walls, cpus = [w for w, _ in figures], [c for _, c in figures]
        print(
            f"| {name} | {variant} | {min(walls):.0f} | {statistics.median(walls):.0f}"
            f" | {min(cpus):.0f} | {statistics.median(cpus):.0f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
