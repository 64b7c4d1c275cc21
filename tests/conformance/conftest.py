"""The conformance stage's fixtures: the workflow's recorded traffic, made once per run."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from armrest_server import demo
from tests.conformance import workflow
from tests.support import spec as contract
from tests.support import traffic as traffic_hook
from tests.support.app import running


@dataclass(frozen=True)
class Traffic:
    exchanges: list[dict[str, Any]]
    sent: list[str]
    file: Path  # the exchanges, one JSON object a line (`python -m tools.conformance traffic FILE`)


@pytest.fixture(scope="session")
def traffic(tmp_path_factory: pytest.TempPathFactory) -> Traffic:
    directory = tmp_path_factory.mktemp("conformance")
    exchanges: list[dict[str, Any]] = []
    with running(f"sqlite:///{directory}/armrest.db", max_body=workflow.MAX_BODY, strict=True) as api:
        demo.seed(api.services.engine, forms=api.services.forms)  # the records the examples name
        api.client.event_hooks["response"].append(traffic_hook.into(exchanges))
        sent = workflow.run(api, contract.load())
    file = directory / "traffic.jsonl"
    file.write_text("".join(json.dumps(e) + "\n" for e in exchanges), encoding="utf-8")
    return Traffic(exchanges, sent, file)
