"""Every typed method of the client, sync and async, against a served sandbox, with the contract's examples.

The methods and their arguments come from tests/client/typed_calls.py (introspection of the resources and
the contract's examples); a method that appears without an operation, or an operation without a method,
fails the matrix. Writes run before reads, and deletes last, so the reads find what the writes made.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from itertools import islice
from pathlib import Path

import pytest

from tests.client.typed_calls import ASYNC, RECORDS, SYNC, Run, check, client_of, first, operations
from tests.support.server import CLIENTNO, Server, demo_sandbox

pytestmark = pytest.mark.slow  # serves a demo sandbox


def test_every_operation_has_a_typed_method_sync_and_async() -> None:
    for listed in (SYNC, ASYNC):
        assert {m.operation.operation_id for m in listed} == set(operations())
    assert [m.label for m in SYNC] == [m.label for m in ASYNC]


@pytest.fixture
def sandbox(tmp_path_factory: pytest.TempPathFactory, demo_sqlite: Path) -> Iterator[Server]:
    """A sandbox of its own with the demo data, for each pass (the matrix writes, moves the clock and
    deletes)."""
    folder: Path = tmp_path_factory.mktemp("matrix")
    with demo_sandbox(folder, demo_sqlite, sandbox_controls=True) as running:
        yield running


def test_every_typed_method_answers_its_model_sync(sandbox: Server) -> None:
    with client_of(sandbox) as client:
        run = Run(client.client(CLIENTNO))
        for method in SYNC:
            function, call = run.bound(method)
            answer = call()
            check(method, function, list(islice(answer, RECORDS)) if isinstance(answer, Iterator) else answer)
            run.called.append(method.label)
    assert run.called == [m.label for m in SYNC]


def test_every_typed_method_answers_its_model_async(sandbox: Server) -> None:
    async def main() -> list[str]:
        client = client_of(sandbox)
        run = Run(client.aclient(CLIENTNO))
        try:
            for method in ASYNC:
                function, call = run.bound(method)
                answer = call()
                answer = await first(answer, RECORDS) if isinstance(answer, AsyncIterator) else await answer
                check(method, function, answer)
                run.called.append(method.label)
        finally:
            await client.aclose()
        return run.called

    assert asyncio.run(main()) == [m.label for m in ASYNC]
