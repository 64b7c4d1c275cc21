"""The proxy in front of the sandbox: the conformance workflow (every operation, every refusal) meets
no answer that breaks the contract, and the proxy's request verdicts agree with the server's."""

from __future__ import annotations

from pathlib import Path

import httpx

from armrest_server.demo import examples
from armrest_server.demo.journal import Journal
from armrest_server.store.db import clock_of
from armrest_server.usecases.uow import UnitOfWork
from tests.conformance import workflow
from tests.proxy.conftest import proxy
from tests.support import spec as contract
from tests.support.app import Api, running, spec

# The server's answers to a parameter or body the contract does not allow (a token it does not accept,
# 401, is no breach the contract can see; a missing one is).
REFUSED = {400, 415}


def seed_examples(api: Api) -> None:
    """The records the contract's examples name (the demo data without its months of history)."""
    with UnitOfWork(api.services.engine) as uow:
        journal = Journal(examples.CLIENTNO)
        examples.seed(uow, journal, clock_of(uow.connection).today())
        journal.write(uow.connection)
        uow.commit()


def test_the_workflow_through_the_proxy_meets_no_violating_answer(tmp_path: Path) -> None:
    with running(f"sqlite:///{tmp_path}/armrest.db", max_body=workflow.MAX_BODY, strict=True) as api:
        seed_examples(api)
        with proxy(httpx.ASGITransport(app=api.client.app)) as proxied:
            document = spec().document  # the bundle as compiled (JSON), not parsed again from YAML
            sent = workflow.run(Api(proxied.client, api.services), document)
            report = proxied.report()
    lines = proxied.lines()

    answers = {
        name: {kind: keys for kind, keys in seen["violations"].items() if not kind.startswith("request")}
        for name, seen in report["operations"].items()
    }
    assert {name: kinds for name, kinds in answers.items() if kinds} == {}
    assert [name for name, seen in report["operations"].items() if seen["undeclaredStatuses"]] == []
    assert [name for name, seen in report["operations"].items() if seen["undeclaredFields"]] == []
    # The sandbox's answers keep to its own proposals too (it is stricter than the contract asks).
    assert {
        name: seen["proposalNotes"] for name, seen in report["operations"].items() if seen["proposalNotes"]
    } == {}
    sandbox_only = {op.operation_id for op in contract.operations(document)} - {
        op.operation_id for op in contract.armrest_operations(document)
    }
    assert report["unseen"] == sorted(sandbox_only)  # the workflow walks Amili's operations
    assert report["unrouted"] == {} and report["upstreamErrors"] == 0
    assert report["exchanges"] == len(lines) >= len(sent)
    # Every request the proxy finds against the contract is one the server refused, and every refusal
    # of a bad parameter or body is one the proxy found.
    flagged = [(ln["operation"], ln["status"]) for ln in lines if ln["violations"]]
    assert flagged and all(400 <= status < 500 for _, status in flagged), flagged
    missed = [
        (ln["operation"], ln["method"], ln["path"], ln["status"])
        for ln in lines
        if not ln["violations"]
        and (ln["status"] in REFUSED or (ln["status"] == 401 and "authorization" not in ln["requestHeaders"]))
    ]
    assert missed == []
