"""The drift-tolerance tier: the real `ArmrestClient` (auth, retries, problems, parsing) against answers of
the real sandbox, mutated in every plausible way a deployment can differ (tests/client/drift.py generates the
mutations from the contract's response schemas).

One answer per operation is recorded from a sandbox with the demo data (the typed method of the operation,
called with the contract's examples: tests/client/typed_calls.py); then every mutation of it is replayed to
the same typed method by a transport that answers it in place of the sandbox (the token still comes from the
sandbox). Each mutation must be read, or raise one of the client's errors (`ArmrestError`), never a bare
Python error; what the contract makes optional or nullable, extra members and unlisted enum values must be
read; a missing required member must raise `ResponseValidationError` naming its pointer and the operation.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from armrest_client import ArmrestClient, RetryPolicy
from armrest_client.exceptions import ArmrestError, ResponseValidationError

from tests.client.drift import REFUSED, TOLERATED, Answer, Mutation, answer_mutations, mutations
from tests.client.typed_calls import ASYNC, SYNC, Method, Run, bundle, client_of
from tests.support.server import CLIENTNO, Server, demo_sandbox

FAST = RetryPolicy(attempts=2, backoff=0.001, jitter=0.0)


def one_method_per_operation(listed: list[Method]) -> dict[str, Method]:
    """The method that reads an operation's answer whole (`list` rather than `iter`, `get` rather than
    `wait`)."""
    chosen: dict[str, Method] = {}
    for method in listed:
        if method.name not in ("iter", "wait") and not method.name.startswith("iter_"):
            chosen.setdefault(method.operation.operation_id, method)
    return chosen


class Recording(httpx.BaseTransport):
    """Real HTTP; keeps the last answer of the API (not of /token)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.last: Answer | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        content = response.read()
        if "/arm/v1/" in request.url.path:
            self.last = Answer(
                response.status_code, {"Content-Type": response.headers["Content-Type"]}, content
            )
        return httpx.Response(response.status_code, headers=response.headers, content=content)


class Replaying(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers every API request with `answer`; the token requests go to the sandbox."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.async_inner = httpx.AsyncHTTPTransport()
        self.answer = Answer(500, {}, b"")

    def _mutated(self) -> httpx.Response:
        return httpx.Response(self.answer.status, headers=self.answer.headers, content=self.answer.content)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if "/arm/v1/" not in request.url.path:
            return self.inner.handle_request(request)
        return self._mutated()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if "/arm/v1/" not in request.url.path:
            return await self.async_inner.handle_async_request(request)
        return self._mutated()


@dataclass(frozen=True)
class Recorded:
    method: Method
    answer: Answer
    schema: dict[str, Any]


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory, demo_sqlite: Path) -> Iterator[Server]:
    """A sandbox with the demo data, for the recording and for the replays' tokens."""
    folder: Path = tmp_path_factory.mktemp("drift")
    with demo_sandbox(folder, demo_sqlite, sandbox_controls=True) as running:
        yield running


@pytest.fixture(scope="module")
def recorded(sandbox: Server) -> dict[str, Recorded]:
    """One answer of the sandbox per operation, through its typed method with the contract's examples."""
    transport = Recording()
    found: dict[str, Recorded] = {}
    chosen = one_method_per_operation(SYNC)
    with client_of(sandbox, transport=transport) as client:
        run = Run(client.client(CLIENTNO))
        for method in SYNC:
            if chosen.get(method.operation.operation_id) is not method:
                continue
            _, call = run.bound(method)
            call()
            last = transport.last
            assert last is not None and last.status < 400, (method.label, last)
            responses = method.operation.spec["responses"][str(last.status)]
            schema = responses["content"]["application/json"]["schema"]
            found[method.operation.operation_id] = Recorded(method, last, schema)
    return found


@dataclass
class Outcome:
    mutation: Mutation
    label: str
    result: object  # the parsed answer, or the exception raised

    def problem(self) -> str | None:
        """What is wrong with the outcome, or None."""
        result, expect = self.result, self.mutation.expect
        where = f"{self.label}: {self.mutation.name}"
        if isinstance(result, Exception) and not isinstance(result, ArmrestError):
            return f"{where}: a bare {type(result).__name__}: {result}"
        if expect == TOLERATED and isinstance(result, Exception):
            return f"{where}: not tolerated: {type(result).__name__}: {result}"
        if expect == REFUSED:
            if not isinstance(result, ResponseValidationError):
                return f"{where}: expected ResponseValidationError, got {result!r}"[:300]
            if result.pointer != self.mutation.pointer or not result.operation or result.response is None:
                return f"{where}: the error names {result.operation}: {result.pointer!r}"
        return None


def replay(call: Callable[[], Any]) -> object:
    try:
        return call()
    except Exception as error:
        return error


def replaying_client(sandbox: Server, transport: Replaying) -> ArmrestClient:
    return client_of(sandbox, retry=FAST, transport=transport, async_transport=transport)


def sync_outcomes(sandbox: Server, recorded: dict[str, Recorded]) -> Iterator[Outcome]:
    transport = Replaying()
    with replaying_client(sandbox, transport) as client:
        run = Run(client.client(CLIENTNO))
        for entry in recorded.values():
            _, call = run.bound(entry.method)
            for mutation in mutations(entry.schema, entry.answer):
                transport.answer = mutation.answer
                yield Outcome(mutation, entry.method.label, replay(call))


def test_every_mutation_is_read_or_raises_an_error_of_the_client(
    sandbox: Server, recorded: dict[str, Recorded]
) -> None:
    outcomes = list(sync_outcomes(sandbox, recorded))
    problems = [found for outcome in outcomes if (found := outcome.problem())]
    assert not problems, f"{len(problems)} of {len(outcomes)} mutations:\n" + "\n".join(problems[:60])
    kinds = {outcome.mutation.name.split(" at ")[0] for outcome in outcomes}
    assert {"missing member", "null", "another type", "unlisted enum value", "extra member"} <= kinds
    assert len(outcomes) > 1000, len(outcomes)  # the walk reached the members of every answer
    assert sum(isinstance(o.result, ResponseValidationError) for o in outcomes) > 100


def test_what_is_tolerated_is_read_with_its_value(sandbox: Server, recorded: dict[str, Recorded]) -> None:
    """An unlisted enum value is read as an unknown member; an extra member is kept."""
    entry = recorded["listArItems"]
    transport = Replaying()
    body = json.loads(entry.answer.content)
    body["arItems"][0]["status"] = "WRITTEN_OFF"
    body["arItems"][0]["armrestDriftExtra"] = {"x": 1}
    transport.answer = Answer(200, entry.answer.headers, json.dumps(body).encode())
    with replaying_client(sandbox, transport) as client:
        item = client.client(CLIENTNO).ar_items.list().ar_items[0]
    assert item.status == "WRITTEN_OFF" and not item.status.known
    assert item.additional_properties["armrestDriftExtra"] == {"x": 1}


def test_the_async_client_reads_or_raises_its_errors_too(
    sandbox: Server, recorded: dict[str, Recorded]
) -> None:
    """The answer-level mutations through the async methods (the body-level ones share the parsing)."""
    transport = Replaying()
    chosen = one_method_per_operation(ASYNC)

    async def main() -> list[str]:
        problems = []
        client = replaying_client(sandbox, transport)
        run = Run(client.aclient(CLIENTNO))
        for operation_id, entry in recorded.items():
            method = chosen[operation_id]
            _, call = run.bound(method)
            for mutation in answer_mutations(entry.answer):
                transport.answer = mutation.answer
                try:
                    await call()
                except ArmrestError:
                    pass
                except Exception as error:
                    problems.append(
                        f"{method.label}: {mutation.name}: a bare {type(error).__name__}: {error}"
                    )
        await client.aclose()
        return problems

    assert asyncio.run(main()) == []


def test_the_recorded_answers_cover_every_operation(recorded: dict[str, Recorded]) -> None:
    every = [
        op["operationId"] for item in bundle()["paths"].values() for op in item.values() if "responses" in op
    ]
    assert sorted(recorded) == sorted(every)
    assert all(entry.answer.content and entry.schema for entry in recorded.values())
