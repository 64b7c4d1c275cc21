"""The contract's request examples, sent to a fresh demo sandbox: every one answers 2xx, and the answer
is what the operation declares.

Each operation's requests are built from the bundle alone: a parameter's `example` (or, with named
`examples`, the one named like the body example it goes with, else its first), and one request per
body example. Every value is sent as the contract writes it (the `Idempotency-Key` parameter has
no fixed example to share: one key with several bodies is the documented 422
`idempotencyMismatch`), but for the `query` id of a later page, which only a first call issues: a
list is asked for its first page with the example filters, then for the example `pageno` of the
query that call froze.

The operations run in a stateful order, as an integrator trying the examples would: creates first
(customers, documents, files, reservations, postings, actions), then the reads, then the updates,
and the delete last. `ORDER` names every operation, so a new one needs its place decided.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlencode

import httpx
import pytest

from armrest_server import demo
from tests.support import postgres
from tests.support import spec as contract
from tests.support.app import Api, running, seed_demo
from tests.support.server import Server, demo_sandbox

ORDER = (
    "getHealth",
    "listCodes",
    "createCustomer",
    "createCustomerBatch",
    "createDocument",
    "createDocumentBatch",
    "uploadFiles",
    "createPaymentReservation",
    "createAutoPostings",
    "createAction",
    "createReportAction",
    "getCustomer",
    "listCustomers",
    "getBatch",
    "listArItems",
    "getArItem",
    "listDocuments",
    "getDocument",
    "listDocumentBundles",
    "getDocumentBundle",
    "listFiles",
    "getFile",
    "listGlItems",
    "getGlItem",
    "listGlMovements",
    "getLatestGlMovement",
    "listAdbIntervals",
    "listLogItems",
    "getLogItem",
    "listClientConfigs",
    "getClientConfig",
    "updateCustomer",
    "updateCustomerBatch",
    "updateArItem",
    "deleteCustomer",
)
PAGING = ("query", "pageno")  # a later page: the query id is the one the first call issued


@dataclass
class Request:
    operation_id: str
    name: str  # the body example's name, or the parameter example's
    method: str
    template: str
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    pageno: Any = None  # the `pageno` example, asked for after the first page

    def url(self, query: dict[str, Any] | None = None) -> str:
        path = self.template.format(**{k: str(v) for k, v in self.path.items()})
        pairs = [
            (name, _text(item))
            for name, value in (self.query if query is None else query).items()
            for item in (value if isinstance(value, list) else [value])
        ]
        return f"{path}?{urlencode(pairs)}" if pairs else path

    @property
    def label(self) -> str:
        return f"{self.operation_id}[{self.name}]"


def _text(value: Any) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value)


def _examples(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """An object's examples by name (`example` is named `example`)."""
    found = {"example": node["example"]} if "example" in node else {}
    for name, example in node.get("examples", {}).items():
        example = contract.resolve(spec, example)
        if "value" in example:
            found[name] = example["value"]
    return found


def requests(spec: dict[str, Any]) -> Iterator[Request]:
    # Amili's operations: the sandbox-only ones (x-armrest-sandbox) exist only with --sandbox-controls.
    ops = {op.operation_id: op for op in contract.armrest_operations(spec)}
    assert sorted(ops) == sorted(ORDER), "every operation has its place in ORDER"
    for operation_id in ORDER:
        op = ops[operation_id]
        item = spec["paths"][op.path]
        params = [
            contract.resolve(spec, p) for p in item.get("parameters", []) + op.operation.get("parameters", [])
        ]
        body = contract.resolve(spec, op.operation.get("requestBody", {}))
        bodies = {
            name: value
            for media in body.get("content", {}).values()
            for name, value in _examples(spec, media).items()
        }
        names = (
            list(bodies)
            or sorted({n for p in params for n in _examples(spec, p)} - {"example"})
            or ["example"]
        )
        for name in names:
            request = Request(operation_id, name, op.method.upper(), op.path, body=bodies.get(name))
            for param in params:
                values = _examples(spec, param)
                if not values:
                    continue
                value = values.get(name, next(iter(values.values())))
                if param["in"] == "header":
                    request.headers[param["name"]] = str(value)
                elif param["in"] == "path":
                    request.path[param["name"]] = value
                elif param["name"] == "pageno":
                    request.pageno = value
                elif param["name"] not in PAGING:
                    request.query[param["name"]] = value
            yield request


def _declared(spec: dict[str, Any], request: Request, status: int) -> dict[str, Any] | None:
    op = next(o for o in contract.operations(spec) if o.operation_id == request.operation_id)
    response = contract.resolve(spec, op.operation["responses"].get(str(status)))
    if response is None:
        return None
    return dict(response)


def check(spec: dict[str, Any], request: Request, response: Any) -> list[str]:
    """What is wrong with an answer: not 2xx, undeclared, or not the declared shape."""
    where = f"{request.label} {request.method} {request.url()}"
    if not 200 <= response.status_code < 300:
        return [f"{where}: {response.status_code} {response.text[:600]}"]
    declared = _declared(spec, request, response.status_code)
    if declared is None:
        return [f"{where}: {response.status_code} is not declared"]
    media = response.headers.get("content-type", "").split(";")[0]
    content = declared.get("content", {})
    if not content:
        return []
    if media not in content:
        return [f"{where}: {media} is not declared for {response.status_code}"]
    schema = content[media].get("schema")
    if schema is None or media != "application/json":
        return []
    errors = contract.validator(spec, schema).iter_errors(response.json())
    return [f"{where}: {e.message} at /{'/'.join(map(str, e.instance_path))}" for e in errors]


class Sandbox(Protocol):
    def request(
        self, method: str, path: str, *, headers: dict[str, str] | None = None, content: str | None = None
    ) -> httpx.Response: ...

    def wait_for_batch(self, batch_uuid: str) -> httpx.Response: ...


class Served:
    """A real `armrest serve` process as a Sandbox: its own sockets, uvicorn and worker."""

    def __init__(self, server: Server) -> None:
        self.client = httpx.Client(
            base_url=server.base_url, headers={"Authorization": f"Bearer {server.token()}"}, timeout=60
        )

    def request(
        self, method: str, path: str, *, headers: dict[str, str] | None = None, content: str | None = None
    ) -> httpx.Response:
        return self.client.request(method, path, headers=headers, content=content)

    def wait_for_batch(self, batch_uuid: str) -> httpx.Response:
        deadline = time.monotonic() + 60
        while True:
            answer = self.client.get(f"/clients/{demo.CLIENTNO}/batches/{batch_uuid}")
            if answer.status_code != 202 or time.monotonic() > deadline:
                return answer
            time.sleep(0.05)


def run(api: Sandbox, spec: dict[str, Any], seed: int | None = None) -> tuple[list[str], list[str]]:
    """Send every request example, in ORDER or shuffled by `seed`; answers what failed and each label sent."""
    failures: list[str] = []
    sent: list[str] = []
    order = list(requests(spec))
    if seed is not None:
        random.Random(seed).shuffle(order)
    for request in order:
        headers = {"Content-Type": "application/json", **request.headers}
        content = None if request.body is None else json.dumps(request.body)
        response = api.request(request.method, request.url(), headers=headers, content=content)
        sent.append(request.label)
        failures += check(spec, request, response)
        if request.pageno is not None and response.status_code == 200:
            later = {"query": response.json()["summary"]["queryId"], "pageno": request.pageno}
            page = api.request("GET", request.url(later), headers=request.headers)
            sent.append(f"{request.label} page {request.pageno}")
            failures += check(spec, request, page)
        if response.status_code == 202 and "batchUuid" in response.json():
            done = api.wait_for_batch(response.json()["batchUuid"])
            sent.append(f"{request.label} batch")
            if done.status_code != 200:
                failures.append(f"{request.label}: the batch ended {done.status_code} {done.text[:600]}")
    return failures, sent


@pytest.fixture
def sandbox(request: pytest.FixtureRequest, database_url: str, demo_sqlite: Path) -> Iterator[Api]:
    """A fresh demo sandbox: a copy of a database seeded as `armrest serve --demo-data` seeds it."""
    if database_url.startswith("sqlite:///"):
        shutil.copyfile(demo_sqlite, database_url.removeprefix("sqlite:///"))
    else:
        postgres.copy_of(request.getfixturevalue("pg_cluster"), database_url, "armrest_demo", seed_demo)
    with running(database_url) as api:
        yield api


@pytest.mark.parametrize("seed", [None, 1, 2, 3, 4, 5])
def test_every_request_example_answers_2xx_on_a_fresh_demo_sandbox_in_any_order(
    sandbox: Api, seed: int | None
) -> None:
    """As written, in ORDER and in shuffled orders: every example names records of its own (the
    customer it deletes, the items it reserves, its payment id), so none spoils another."""
    spec = contract.load(contract.BUNDLE_JSON)
    failures, sent = run(sandbox, spec, seed)
    assert failures == [], "\n".join(failures)
    assert {label.split("[")[0] for label in sent} == set(ORDER)


@pytest.mark.slow  # starts armrest serve
def test_a_served_demo_sandbox_answers_every_request_example(tmp_path: Path, demo_sqlite: Path) -> None:
    """The database seeded as `armrest serve --demo-data` seeds it (`demo_sqlite`: migrate, then
    demo.seed), then a real server process on a copy of it, reached over HTTP."""
    spec = contract.load(contract.BUNDLE_JSON)
    with demo_sandbox(tmp_path, demo_sqlite) as server:
        failures, _ = run(Served(server), spec)
    assert failures == [], "\n".join(failures)


def test_requests_are_built_from_every_body_example() -> None:
    spec = contract.load(contract.BUNDLE_JSON)
    built = {(r.operation_id, r.name) for r in requests(spec)}
    bodies = {
        (op.operation_id, name)
        for op in contract.armrest_operations(spec)
        for media in contract.resolve(spec, op.operation.get("requestBody", {})).get("content", {}).values()
        for name in _examples(spec, media)
    }
    assert bodies <= built
