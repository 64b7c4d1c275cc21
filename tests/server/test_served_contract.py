"""The contract a server serves at /arm/v1/openapi.json lists what it answers, and only that.

Every operation of the served contract is sent (without a token, its path filled with example
values): each reaches its operation (401, or 200 where no token is needed), none answers the 404 of
a path the server does not route. With and without `--sandbox-controls`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from armrest_server.http.published import without_marked
from tests.support.app import running

METHODS = ("get", "put", "post", "delete", "patch")


def _served(tmp_path: Path, *, sandbox_controls: bool) -> tuple[dict[str, Any], list[tuple[str, str, int]]]:
    with running(f"sqlite:///{tmp_path}/armrest.db", sandbox_controls=sandbox_controls) as api:
        served = api.client.get("/arm/v1/openapi.json").json()
        assert yaml.safe_load(api.client.get("/arm/v1/openapi.yaml").text) == served
        answers = []
        for template, item in served["paths"].items():
            path = re.sub(r"\{[^}]+\}", "1", template)
            for method in (m for m in METHODS if m in item):
                answer = api.client.request(method.upper(), f"/arm/v1{path}")
                answers.append((method, template, answer.status_code))
    return served, answers


@pytest.mark.parametrize("sandbox_controls", [False, True])
def test_every_served_operation_is_answered(tmp_path: Path, sandbox_controls: bool) -> None:
    served, answers = _served(tmp_path, sandbox_controls=sandbox_controls)
    assert [(m, t, s) for m, t, s in answers if s not in (200, 401)] == []
    assert ("get", "/sandbox/clock", 401) in answers if sandbox_controls else len(answers) == 35
    marked = [t for t in served.get("tags", []) if t.get("x-armrest-sandbox")]
    assert bool(marked) == sandbox_controls


def test_the_served_contract_without_sandbox_controls_keeps_no_unused_component(tmp_path: Path) -> None:
    served, _ = _served(tmp_path, sandbox_controls=False)
    text = str(served)
    for kind, named in served["components"].items():
        if kind == "securitySchemes":
            continue
        unused = [name for name in named if f"'#/components/{kind}/{name}'" not in text]
        assert unused == [], kind
    assert "SandboxClock" not in served["components"]["schemas"]


def test_a_document_with_nothing_marked_is_published_as_it_is() -> None:
    document: dict[str, Any] = {"paths": {"/a": {"get": {}}}, "components": {}, "tags": [{"name": "A"}]}
    assert without_marked(document, "x-mark") is document
    marked = document | {"paths": {"/a": {"get": {}, "put": {"x-mark": True}}, "/b": {"$ref": "#/x"}}}
    assert without_marked(marked, "x-mark")["paths"] == {"/a": {"get": {}}, "/b": {"$ref": "#/x"}}
    untagged = {"paths": {"/a": {"get": {"x-mark": True}}}, "components": {}}
    assert without_marked(untagged, "x-mark") == {"paths": {}, "components": {}}
