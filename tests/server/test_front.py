"""The app's front (http/front.py): which part answers which path, and where handlers run (on the event
loop for the app's ON_THE_LOOP reads on SQLite, in handler threads for everything else)."""

from __future__ import annotations

import asyncio
import threading

import pytest
from starlette.testclient import TestClient

from armrest_server.app import ON_THE_LOOP, PREFIX
from armrest_server.http.call import Call, Reply
from armrest_server.http.dispatch import Dispatcher, Limits
from armrest_server.http.front import Front
from armrest_server.http.spec import PROBLEM_JSON
from tests.server.test_http_edges import edge_spec
from tests.support.app import Api, running, spec


def _in_the_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def threads_client(on_the_loop: frozenset[str]) -> tuple[TestClient, dict[str, tuple[bool, str]]]:
    """The small contract's dispatcher, whose handlers note whether they ran in the event loop."""
    seen: dict[str, tuple[bool, str]] = {}
    edges = edge_spec()

    def handler(operation_id: str) -> object:
        def handle(_call: Call) -> Reply:
            seen[operation_id] = (_in_the_event_loop(), threading.current_thread().name)
            return Reply(204)

        return handle

    dispatcher = Dispatcher(
        edges,
        {op.operation_id: handler(op.operation_id) for op in edges.operations},  # type: ignore[misc]
        lambda _header: None,  # type: ignore[arg-type,return-value]  (no operation here is secured)
        services=None,
        limits=Limits(strict=True),
        on_the_loop=on_the_loop,
    )
    return TestClient(dispatcher), seen


def test_an_operation_on_the_loop_runs_there_and_any_other_in_a_handler_thread() -> None:
    client, seen = threads_client(frozenset({"getParts"}))
    assert client.get("/arm/v1/things/7/parts").status_code == 204
    assert client.post("/arm/v1/things", json={"name": "x"}).status_code == 204
    loop_ran, loop_thread = seen["getParts"]
    thread_ran, worker_thread = seen["createThing"]
    assert (loop_ran, thread_ran) == (True, False)
    assert loop_thread != worker_thread


def test_without_operations_on_the_loop_every_handler_runs_in_a_thread() -> None:
    client, seen = threads_client(frozenset())
    assert client.get("/arm/v1/things/7/parts").status_code == 204
    assert seen["getParts"][0] is False


def test_the_operations_on_the_loop_are_reads_of_the_contract() -> None:
    # A write on the loop would hold every connection up while it waits for SQLite's write lock.
    methods = {op.operation_id: op.method for op in spec().operations}
    assert ON_THE_LOOP and {methods.get(name) for name in ON_THE_LOOP} == {"GET"}


def test_the_app_reads_on_the_loop_on_sqlite_only(migrated_url: str) -> None:
    with running(migrated_url) as api:
        front = api.client.app
        assert isinstance(front, Front)
        expected = ON_THE_LOOP if migrated_url.startswith("sqlite") else frozenset()
        assert front.operations.on_the_loop == expected  # type: ignore[attr-defined]
        assert api.get("/clients/2218/customers/nobody").status_code in (401, 403, 404)


@pytest.mark.parametrize(
    ("path", "starts"),
    [
        (f"{PREFIX}/", b'{"title":'),
        (f"{PREFIX}/openapi.json", b'{"openapi":'),
        (f"{PREFIX}/openapi.yaml", b"openapi:"),
    ],
)
def test_the_apps_own_pages_below_the_prefix_are_the_apps(sqlite_api: Api, path: str, starts: bytes) -> None:
    assert path in sqlite_api.client.app.own  # type: ignore[attr-defined]
    answer = sqlite_api.client.get(path)
    assert answer.status_code == 200 and "x-request-id" in answer.headers
    assert answer.content.startswith(starts)


def test_every_other_path_below_the_prefix_is_the_dispatchers(sqlite_api: Api) -> None:
    answer = sqlite_api.client.get(f"{PREFIX}/no/such/operation")
    assert (answer.status_code, answer.headers["content-type"]) == (404, PROBLEM_JSON)
    assert answer.json()["detail"] == f"No operation at {PREFIX}/no/such/operation"
    assert "x-request-id" in answer.headers
    # The dispatcher answers 405 with the operation's own Allow header.
    wrong = sqlite_api.client.delete(f"{PREFIX}/clients/2218/customers")
    assert wrong.status_code == 405 and wrong.headers["allow"] == "GET, HEAD, OPTIONS, POST, PUT"


def test_a_path_outside_the_prefix_is_the_apps_problem_404(sqlite_api: Api) -> None:
    answer = sqlite_api.client.get("/nothing/here", headers={"X-Request-Id": "front-1"})
    assert (answer.status_code, answer.headers["content-type"]) == (404, PROBLEM_JSON)
    assert answer.json()["detail"] == "No operation at /nothing/here"
    assert answer.headers["x-request-id"] == "front-1"


def test_a_failure_of_the_dispatcher_itself_is_a_problem_500(monkeypatch: pytest.MonkeyPatch) -> None:
    client, _seen = threads_client(frozenset())

    def fails(*_args: object) -> None:
        raise RuntimeError("a bug in the dispatcher")

    monkeypatch.setattr(client.app, "_respond", fails)
    answer = client.get("/arm/v1/things/7/parts")
    assert (answer.status_code, answer.headers["content-type"]) == (500, PROBLEM_JSON)
    assert answer.json()["detail"] == "The server failed; this is a bug"
