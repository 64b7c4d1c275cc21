"""The Arazzo flows of openapi/workflows/, read as files: what every flow must have (a catalogue).

Each flow uses the contracts' operations by `operationId` (never a path or URL of its own), checks
status and body on every step, and handles one 422. The runs themselves are in test_stage.py.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools import workflows as stage

FILES = stage.workflow_files()
METHODS = ("get", "put", "post", "delete", "patch")


def load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        document: dict[str, Any] = yaml.safe_load(fh)
    return document


@cache
def operation_ids(contract: Path) -> frozenset[str]:
    # The bundle's JSON twin holds the same document (tests/spec/test_bundle.py) and reads faster.
    twin = contract.with_suffix(".json")
    paths = (
        json.loads(twin.read_text(encoding="utf-8"))["paths"] if twin.is_file() else load(contract)["paths"]
    )
    return frozenset(op["operationId"] for item in paths.values() for m, op in item.items() if m in METHODS)


def sources(flow: Path) -> dict[str, frozenset[str]]:
    """Each source description's name and the operationIds of the contract it names."""
    found = {}
    for source in load(flow)["sourceDescriptions"]:
        contract = (flow.parent / source["url"]).resolve()
        assert contract.is_file(), f"{flow.name}: {source['url']} is not a file"
        found[source["name"]] = operation_ids(contract)
    return found


def steps(flow: Path) -> list[dict[str, Any]]:
    return [step for workflow in load(flow)["workflows"] for step in workflow["steps"]]


def conditions(step: dict[str, Any]) -> list[str]:
    return [str(c["condition"]) for c in step.get("successCriteria", [])]


def test_there_are_at_least_five_flows_each_with_its_own_id() -> None:
    ids = [w["workflowId"] for flow in FILES for w in load(flow)["workflows"]]
    assert len(ids) >= 5 and len(set(ids)) == len(ids), ids


@pytest.mark.parametrize("flow", FILES, ids=lambda p: p.name)
def test_every_step_names_an_operation_of_the_contract_it_names(flow: Path) -> None:
    known = sources(flow)
    assert set(known) == {"armrest", "token"}
    wrong = []
    for step in steps(flow):
        parts = str(step.get("operationId", "")).split(".")
        named = len(parts) == 3 and parts[0] == "$sourceDescriptions"
        if not named or parts[2] not in known.get(parts[1], frozenset()):
            wrong.append(f"{step['stepId']}: {step.get('operationId')}")
    assert wrong == []


@pytest.mark.parametrize("flow", FILES, ids=lambda p: p.name)
def test_every_step_checks_its_status_and_the_fields_it_passes_on(flow: Path) -> None:
    unchecked = []
    for step in steps(flow):
        checks = conditions(step)
        if not any(c.startswith("$statusCode == ") for c in checks):
            unchecked.append(f"{step['stepId']}: no status")
        if step.get("outputs") and not any("$response.body" in c for c in checks):
            unchecked.append(f"{step['stepId']}: passes fields on without checking the body")
    assert unchecked == []


@pytest.mark.parametrize("flow", FILES, ids=lambda p: p.name)
def test_every_flow_handles_a_422(flow: Path) -> None:
    handled = [s["stepId"] for s in steps(flow) if "$statusCode == 422" in conditions(s)]
    assert len(handled) == 1, f"{flow.name}: steps expecting a 422: {handled}"
    refused = next(s for s in steps(flow) if s["stepId"] == handled[0])
    assert any(c.startswith("$response.body#/errors/0/pointer == ") for c in conditions(refused))


@pytest.mark.parametrize("flow", FILES, ids=lambda p: p.name)
def test_every_flow_gets_its_token_from_the_token_contract(flow: Path) -> None:
    first, *rest = steps(flow)
    assert first["operationId"] == "$sourceDescriptions.token.requestToken"
    schemes = [s.get("x-security", [{}])[0].get("schemeName") for s in rest]
    assert set(schemes) == {"bearerAuth"}
