"""How long one request's path is: the frames from the ASGI entry to its statement, and the whole
request's statements, Python calls and distinct functions (ARCHITECTURE.md, "How long the path is").

Builds the app on a fresh SQLite database (no batch worker), creates customers (120 for a page),
then sends each request twice in-process as uvicorn would (ASGI, no sockets) and traces the second
with the interpreter's profile hook, in every thread (a POST's handler runs in a handler thread).
Counts, not timings: the calls vary by a few from run to run, the rest not.

    python -m bench.request_path [get-page|get-one|post ...] [--frames]

With PYTHONPATH pointing at another checkout's `server/`, it measures that revision (the app is
driven through ASGI and `app.state.services` only).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import sys
import tempfile
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import FrameType
from typing import Any

import armrest_server
from armrest_server.app import build
from armrest_server.settings import Settings

ROOT = os.path.dirname(armrest_server.__file__)
BASE = "/arm/v1/clients/2218/customers"
# The statement each request is measured to: the page's read, the customer's read, the new customer.
TARGET = {
    "get-page": "SELECT customers.id, customers.wire",
    "get-one": "SELECT customers.id",
    "post": "INSERT INTO customers",
}
DRIVER = ("do_execute", "do_executemany", "do_execute_no_params", "do_commit")
# Statements store/prepared.py runs on the SQLite driver itself, without SQLAlchemy's execution.
PREPARED = ("store/prepared.py", "rows")


class Trace:
    """Every Python call while `on`, in any thread; the frames on the stack at the target statement."""

    def __init__(self, target: str) -> None:
        self.on = False
        self.target = target
        self.calls: collections.Counter[tuple[str, int, str]] = collections.Counter()
        self.statements: list[str] = []
        self.path: list[str] = []
        self.before_thread: list[str] = []
        self.prepared: FrameType | None = None

    def __call__(self, frame: FrameType, event: str, _arg: Any) -> None:
        if not self.on:
            return
        if event == "return":
            self.returned(frame)
        if event != "call":
            return
        code = frame.f_code
        self.calls[(code.co_filename, code.co_firstlineno, code.co_name)] += 1
        if code.co_name in DRIVER and "sqlalchemy" in code.co_filename:
            self._statement(frame, str(frame.f_locals.get("statement") or "COMMIT"))
        elif code.co_name == PREPARED[1] and code.co_filename.endswith(PREPARED[0]):
            self.prepared = frame  # a statement run on the driver itself: its SQL is known on return
        if code.co_name == "run_sync" and "to_thread" in code.co_filename:
            self.before_thread = _stack(
                frame.f_back, lambda name: name.startswith(ROOT) or "starlette" in name
            )

    def returned(self, frame: FrameType) -> None:
        if frame is self.prepared and "sql" in frame.f_locals:
            self._statement(frame, str(frame.f_locals["sql"]))
            self.prepared = None

    def _statement(self, frame: FrameType, statement: str) -> None:
        self.statements.append(statement.split("\n")[0][:100])
        if statement.startswith(self.target) and not self.path:
            self.path = _stack(frame, lambda name: name.startswith(ROOT))


def _stack(frame: FrameType | None, wanted: Callable[[str], bool]) -> list[str]:
    found = []
    while frame is not None:
        name = frame.f_code.co_filename
        if wanted(name):
            where = name.replace(ROOT + "/", "").split("site-packages/")[-1]
            found.append(f"{where}:{frame.f_code.co_name}")
        frame = frame.f_back
    return found[::-1]


async def _drive(app: Any, kind: str, trace: Trace) -> None:
    inbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    outbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    await inbox.put({"type": "lifespan.startup"})
    lifespan = asyncio.create_task(
        app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, inbox.get, outbox.put)
    )
    started = await outbox.get()
    if started["type"] != "lifespan.startup.complete":
        raise RuntimeError(f"the app did not start: {started}")
    token = app.state.services.authority.issue("bench", [2218]).access_token
    send = _sender(app, token)
    for n in range(120 if kind == "get-page" else 2):  # a page of 100 needs its 100
        await send("POST", BASE, b"", _customer(700000 + n), f"k{n}")
    numbers = iter(range(800000, 900000))

    async def create() -> int:
        number = next(numbers)
        return await send("POST", BASE, b"", _customer(number), f"t{number}")

    requests: dict[str, Callable[[], Awaitable[int]]] = {
        "get-page": lambda: send("GET", BASE, b"pagesize=100", None, None),
        "get-one": lambda: send("GET", f"{BASE}/700001", b"", None, None),
        "post": create,
    }
    await requests[kind]()  # the first of its kind warms caches; the second is traced
    trace.on = True
    status = await requests[kind]()
    trace.on = False
    if status >= 300:
        raise RuntimeError(f"{kind} answered {status}")
    await inbox.put({"type": "lifespan.shutdown"})
    await lifespan


def _customer(number: int) -> dict[str, Any]:
    return {
        "metadata": {"userId": "bench"},
        "customer": {"customerNo": str(number), "name": f"Kunde {number}"},
    }


def _sender(app: Any, token: str) -> Callable[..., Awaitable[int]]:
    async def send(method: str, path: str, query: bytes, body: Any, key: str | None) -> int:
        raw = json.dumps(body).encode() if body is not None else b""
        headers = [
            (b"host", b"bench"),
            (b"authorization", f"Bearer {token}".encode()),
            (b"accept", b"application/json"),
        ]
        if body is not None:
            headers += [(b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode())]
        if key:
            headers.append((b"idempotency-key", key.encode()))
        scope = {
            "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
            "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": query,
            "root_path": "", "headers": headers, "server": ("bench", 80), "client": ("127.0.0.1", 5000),
            "state": {},
        }  # fmt: skip
        sent = asyncio.Event()
        answers: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            if not sent.is_set():
                sent.set()
                return {"type": "http.request", "body": raw, "more_body": False}
            await asyncio.Event().wait()  # no disconnect: the app answers first
            raise AssertionError("unreachable")

        async def reply(message: dict[str, Any]) -> None:
            answers.append(message)

        await app(scope, receive, reply)
        return int(answers[0]["status"])

    return send


def measure(kind: str) -> Trace:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'path.db'}"
        app = build(
            Settings(database_url=url, batch_workers=0, log_level="WARNING", public_url="http://bench")
        )
        trace = Trace(TARGET[kind])
        sys.setprofile(trace)
        threading.setprofile(trace)
        try:
            asyncio.run(_drive(app, kind, trace))
        finally:
            sys.setprofile(None)
            threading.setprofile(None)
    return trace


def report(kind: str, trace: Trace, frames: bool) -> None:
    ours = [key for key in trace.calls if key[0].startswith(ROOT)]
    modules = {os.path.relpath(key[0], ROOT) for key in ours}
    path = trace.before_thread + trace.path if trace.before_thread else trace.path
    print(
        f"{kind}: {len(path)} frames from the ASGI entry to the statement"
        f" ({len(trace.before_thread)} before the thread hop); {len(trace.statements)} statements;"
        f" {sum(trace.calls.values())} Python calls; {len(trace.calls)} distinct functions,"
        f" {len(ours)} of armrest_server in {len(modules)} modules"
    )
    if frames:
        print("  frames: " + " > ".join(path))
        for statement in trace.statements:
            print(f"  statement: {statement}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("kinds", nargs="*", help=f"any of {', '.join(TARGET)} (default: all)")
    parser.add_argument("--frames", action="store_true", help="print the frames and the statements")
    args = parser.parse_args()
    unknown = [kind for kind in args.kinds if kind not in TARGET]
    if unknown:
        parser.error(f"unknown request kinds {unknown}: choose from {list(TARGET)}")
    for kind in args.kinds or list(TARGET):
        report(kind, measure(kind), args.frames)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
