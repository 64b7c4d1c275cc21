"""The workflows stage (tools/workflows.py) as CI runs it: Respect against a served sandbox.

A flow passes through `armrest proxy` (`--proxy`), and the stage writes the proxy's drift report; a
deliberately broken flow (its last step expects an open AR item after the payment that closed it)
makes the stage fail, naming the step. One served sandbox (with demo data) for the module.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from armrest_server import cli
from tests.support.server import Server, demo_sandbox
from tools import workflows as stage

pytestmark = pytest.mark.slow  # runs the workflows stage (Respect, a sandbox, the proxy)

FLOW = stage.WORKFLOWS / "invoice-to-payment.arazzo.yaml"
STEPS = [
    "requestToken",
    "createCustomer",
    "createInvoice",
    "readOpenItem",
    "payWithMistypedKid",
    "payByKid",
    "readClosedItem",
]


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory, demo_sqlite: Path) -> Iterator[Server]:
    with demo_sandbox(tmp_path_factory.mktemp("workflows"), demo_sqlite) as server:
        yield server


def run(flow: Path, server: Server, out: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    """The stage on `flow` against `server`: its exit code and Respect's JSON log."""
    log = out / "respect.json"
    args = [str(flow), "--url", server.base_url, "--client-id", server.client_id]
    args += ["--client-secret", server.client_secret, "--json-output", str(log), *extra]
    code = stage.main(args)
    report: dict[str, Any] = json.loads(log.read_text(encoding="utf-8"))
    return code, report


def step_statuses(report: dict[str, Any]) -> dict[str, str]:
    return {
        step["stepId"]: step["status"]
        for file in report["files"].values()
        for workflow in file["executedWorkflows"]
        for step in workflow["executedSteps"]
    }


def broken_copy(folder: Path) -> Path:
    """The invoice flow, its source descriptions made absolute, expecting the paid item still open."""
    text = FLOW.read_text(encoding="utf-8").replace("../../generated/", f"{stage.ROOT}/generated/")
    closed = "          - condition: $response.body#/status == 'CLOSED'\n"
    assert text.count(closed) == 1
    broken = folder / "broken.arazzo.yaml"
    broken.write_text(text.replace(closed, closed.replace("CLOSED", "OPEN")), encoding="utf-8")
    return broken


def test_a_broken_flow_fails_the_stage(sandbox: Server, tmp_path: Path) -> None:
    code, report = run(broken_copy(tmp_path), sandbox, tmp_path)
    failed = [step for step, status in step_statuses(report).items() if status != "success"]
    assert (code, failed) == (1, ["readClosedItem"])


def test_through_the_proxy_the_stage_reports_drift(
    sandbox: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drift = tmp_path / "drift.json"
    code, report = run(FLOW, sandbox, tmp_path, "--proxy", "--report", str(drift))
    found = json.loads(drift.read_text(encoding="utf-8"))
    seen = {op: entry["exchanges"] for op, entry in found["operations"].items() if entry["exchanges"]}
    assert (code, step_statuses(report)) == (0, dict.fromkeys(STEPS, "success"))
    # The token comes from the token endpoint, counted apart from the ARMrest operations.
    assert (found["violations"], found["unrouted"], found["tokenEndpoint"]) == (0, {}, {"200": 1})
    assert seen == {"createCustomer": 1, "createDocument": 1, "getArItem": 2, "createAutoPostings": 2}
    assert "0 operation(s) differ" in capsys.readouterr().out


def test_a_deployment_needs_credentials(capsys: pytest.CaptureFixture[str]) -> None:
    code = stage.main(["--url", "http://127.0.0.1:9/arm/v1", "--client-id", "", "--client-secret", ""])
    assert (code, "needs --client-id" in capsys.readouterr().err) == (1, True)


@pytest.mark.parametrize("secret", ["-starts-with-a-dash", "--two", "plain_secret"])
def test_the_sandboxs_arguments_carry_any_secret_intact(secret: str) -> None:
    # secrets.token_urlsafe starts with "-" one time in 64: the stage once failed on such a run.
    args = cli._parse(stage.serve_arguments(8000, "sqlite:///x.db", secret))
    assert (args.command, args.demo_secret, args.port, args.demo_data) == ("serve", secret, 8000, True)
