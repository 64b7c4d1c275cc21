"""The HTML reference lists the flows with their steps, and the changelog (tools/build_docs.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from tools import build_docs
from tools import workflows as stage


def test_the_reference_lists_every_flow_with_its_steps_in_order() -> None:
    text = build_docs.reference_document(build_docs.BUNDLE)["info"]["description"]
    workflows = text[text.index("\n## Workflows\n") : text.index("\n## Changelog\n")]
    for path in stage.workflow_files():
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for workflow in document["workflows"]:
            assert f"### {document['info']['title']}\n" in workflows
            lines = [f"{n}. `{s['stepId']}`: " for n, s in enumerate(workflow["steps"], 1)]
            found = [
                workflows.index(line, workflows.index(f"`{workflow['workflowId']}` in")) for line in lines
            ]
            assert found == sorted(found), workflow["workflowId"]


def test_a_token_step_names_the_token_contract() -> None:
    text = build_docs.workflows_section()
    assert "1. `requestToken`: `requestToken` (token contract). A bearer token" in text


def test_the_reference_ends_with_the_changelog_entries_a_level_down(tmp_path: Path) -> None:
    log = tmp_path / "CHANGELOG.md"
    log.write_text("# Changelog\n\nIntro.\n\n## 1.1.0 (2026-12-08)\n\n### Additions\n\n- x\n")
    assert (
        build_docs.changelog_section(log)
        == "## Changelog\n\n### 1.1.0 (2026-12-08)\n\n#### Additions\n\n- x\n"
    )
    assert build_docs.changelog_section(tmp_path / "none.md") == ""


def test_the_page_is_stale_when_a_flow_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flows = tmp_path / "workflows"
    shutil.copytree(stage.WORKFLOWS, flows)
    monkeypatch.setattr(build_docs, "WORKFLOWS", flows)
    before = build_docs._digest(build_docs.BUNDLE)
    flow = flows / "invoice-to-payment.arazzo.yaml"
    flow.write_text(flow.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    assert build_docs._digest(build_docs.BUNDLE) != before
