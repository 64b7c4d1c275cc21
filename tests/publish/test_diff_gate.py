"""The diff gate (tools/contract_diff.py): each rule on a tiny API, one rule per test.

The tiny API: `GET /things` answers a `Thing` (with an enum `kind`), `POST /things` takes a
`NewThing`. Each test changes one thing and checks the bump the change needs; then the version
rule, the changelog and the choice of base, each on its own.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tools import contract_diff as gate

pytestmark = pytest.mark.slow  # runs Redocly (Node) on before/after contracts

Spec = dict[str, Any]


def api(version: str = "1.0.0") -> Spec:
    ok = {
        "description": "OK",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
    }
    body = {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewThing"}}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Things", "version": version},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "summary": "List things",
                    "description": "All the things.",
                    "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}],
                    "responses": {"200": ok},
                },
                "post": {
                    "operationId": "createThing",
                    "summary": "Create a thing",
                    "requestBody": body,
                    "responses": {"201": {"description": "Created"}},
                },
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["id", "kind"],
                    "properties": {
                        "id": {"type": "integer"},
                        "kind": {"$ref": "#/components/schemas/Kind"},
                        "name": {"type": "string"},
                    },
                },
                "NewThing": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"type": "string"}, "note": {"type": "string"}},
                },
                "Kind": {"type": "string", "enum": ["SMALL", "LARGE"]},
            }
        },
    }


def changed(edit: Callable[[Spec], object]) -> Spec:
    spec = copy.deepcopy(api())
    edit(spec)
    return spec


def bump(edit: Callable[[Spec], object]) -> str | None:
    return gate.compare(api(), changed(edit)).bump


def schema(spec: Spec, name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def get(spec: Spec) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"]["/things"]["get"]
    return found


# --- major: what breaks a client ---------------------------------------------------------------


def test_removed_operation_is_major() -> None:
    assert bump(lambda s: s["paths"]["/things"].pop("post")) == "major"


def test_removed_path_is_major() -> None:
    assert bump(lambda s: s["paths"].pop("/things")) == "major"


def test_new_required_request_field_is_major() -> None:
    def edit(s: Spec) -> None:
        schema(s, "NewThing")["properties"]["colour"] = {"type": "string"}
        schema(s, "NewThing")["required"].append("colour")

    assert bump(edit) == "major"


def test_parameter_that_became_required_is_major() -> None:
    assert bump(lambda s: get(s)["parameters"][0].update(required=True)) == "major"


def test_removed_response_field_is_major() -> None:
    assert bump(lambda s: schema(s, "Thing")["properties"].pop("name")) == "major"


def test_removed_response_status_is_major() -> None:
    def edit(s: Spec) -> None:
        get(s)["responses"] = {"204": {"description": "Nothing"}}

    assert bump(edit) == "major"


def test_changed_type_is_major() -> None:
    assert bump(lambda s: schema(s, "Thing")["properties"]["id"].update(type="string")) == "major"


@pytest.mark.parametrize("also_in_request", [False, True], ids=["response", "request"])
def test_removed_enum_value_is_major(also_in_request: bool) -> None:
    def use(s: Spec) -> None:
        if also_in_request:
            schema(s, "NewThing")["properties"]["kind"] = {"$ref": "#/components/schemas/Kind"}

    def remove(s: Spec) -> None:
        use(s)
        schema(s, "Kind")["enum"].remove("LARGE")

    assert gate.compare(changed(use), changed(remove)).bump == "major"


def test_narrowed_request_bound_is_major() -> None:
    assert bump(lambda s: schema(s, "NewThing")["properties"]["name"].update(maxLength=5)) == "major"


def test_added_request_pattern_is_major() -> None:
    assert bump(lambda s: schema(s, "NewThing")["properties"]["name"].update(pattern="^[a-z]+$")) == "major"


# --- minor: what a client may ignore ----------------------------------------------------------


def test_added_optional_request_field_is_minor() -> None:
    assert bump(lambda s: schema(s, "NewThing")["properties"].update(colour={"type": "string"})) == "minor"


def test_added_response_field_is_minor() -> None:
    assert bump(lambda s: schema(s, "Thing")["properties"].update(colour={"type": "string"})) == "minor"


def test_added_operation_is_minor() -> None:
    def edit(s: Spec) -> None:
        s["paths"]["/things"]["delete"] = {
            "operationId": "deleteThings",
            "summary": "Delete things",
            "responses": {"204": {"description": "Deleted"}},
        }

    assert bump(edit) == "minor"


def test_a_sandbox_only_operation_added_or_removed_is_patch() -> None:
    sandbox = {
        "operationId": "getSandboxThing",
        "summary": "A sandbox control",
        "x-armrest-sandbox": True,
        "responses": {"200": {"description": "OK"}},
    }
    with_sandbox = changed(lambda s: s["paths"].update({"/sandbox/thing": {"get": sandbox}}))
    assert gate.compare(api(), with_sandbox).bump == "patch"
    assert gate.compare(with_sandbox, api()).bump == "patch"
    unmarked = changed(
        lambda s: s["paths"].update({"/sandbox/thing": {"get": sandbox | {"x-armrest-sandbox": False}}})
    )
    assert gate.compare(api(), unmarked).bump == "minor"


def test_added_optional_parameter_is_minor() -> None:
    assert bump(
        lambda s: get(s)["parameters"].append({"name": "n", "in": "query", "schema": {"type": "integer"}})
    ) == ("minor")


def test_added_response_enum_value_is_minor() -> None:
    """The client keeps a value it does not know (an open enum): a new status breaks no integration."""
    assert bump(lambda s: schema(s, "Kind")["enum"].append("HUGE")) == "minor"


def test_added_enum_value_of_an_enum_also_in_a_request_is_minor() -> None:
    def use(s: Spec) -> None:
        schema(s, "NewThing")["properties"]["kind"] = {"$ref": "#/components/schemas/Kind"}

    def add(s: Spec) -> None:
        use(s)
        schema(s, "Kind")["enum"].append("HUGE")

    assert gate.compare(changed(use), changed(add)).bump == "minor"


def test_relaxed_response_bound_is_minor() -> None:
    def bounded(s: Spec) -> None:
        schema(s, "Thing")["properties"]["name"].update(maxLength=5)

    assert gate.compare(changed(bounded), api()).bump == "minor"


def test_narrowed_response_bound_is_minor() -> None:
    assert bump(lambda s: schema(s, "Thing")["properties"]["name"].update(maxLength=5)) == "minor"


def test_response_bound_moved_into_a_proposal_is_minor() -> None:
    """What clients read is relaxed; the sandbox asks proposals of requests only, and this is an answer."""

    def bounded(s: Spec) -> None:
        schema(s, "Thing")["properties"]["name"].update(maxLength=5)

    def proposed(s: Spec) -> None:
        schema(s, "Thing")["properties"]["name"].update({"x-armrest-proposed": {"maxLength": 5}})

    assert gate.compare(changed(bounded), changed(proposed)).bump == "minor"


# --- patch or nothing: what accepts the same values --------------------------------------------


def _rewrite(before: dict[str, Any], after: dict[str, Any], holder: str) -> str | None:
    def old(s: Spec) -> None:
        schema(s, holder)["properties"]["name"].update(before)

    def new(s: Spec) -> None:
        schema(s, holder)["properties"]["name"].update(after)

    return gate.compare(changed(old), changed(new)).bump


@pytest.mark.parametrize("holder", ["NewThing", "Thing"], ids=["request", "response"])
def test_a_rewrite_accepting_the_same_values_is_no_change(holder: str) -> None:
    """The `queryId` rule: a pattern's `{22,4096}` written as `minLength` and `maxLength`."""
    before = {"pattern": "^[A-Za-z0-9_-]{22,4096}$"}
    after = {"pattern": "^[A-Za-z0-9_-]+$", "minLength": 22, "maxLength": 4096}
    assert _rewrite(before, after, holder) is None


def test_a_rewrite_that_loses_one_length_is_a_change() -> None:
    before = {"pattern": "^[A-Za-z0-9_-]{22,4096}$"}
    after = {"pattern": "^[A-Za-z0-9_-]+$", "minLength": 23, "maxLength": 4096}
    assert _rewrite(before, after, "NewThing") == "major"


def test_reordered_enum_is_no_change() -> None:
    assert bump(lambda s: schema(s, "Kind").update(enum=["LARGE", "SMALL"])) is None


def test_request_bound_moved_into_a_proposal_is_patch() -> None:
    """Amili's clients may send more; the sandbox enforces the proposal on requests as before."""
    assert _rewrite({"maxLength": 5}, {"x-armrest-proposed": {"maxLength": 5}}, "NewThing") == "patch"


@pytest.mark.parametrize(
    ("holder", "impact"), [("NewThing", "patch"), ("Thing", "minor")], ids=["request", "response"]
)
def test_a_branch_whose_bound_became_a_proposal_is_no_other_branch(holder: str, impact: str) -> None:
    """Redocly sees a `oneOf` branch that changed as one removed and one added (major)."""

    def branches(bound: dict[str, Any]) -> dict[str, Any]:
        return {"oneOf": [{"type": "string"} | bound, {"type": "null"}]}

    before = branches({"maxLength": 5})
    after = branches({"x-armrest-proposed": {"maxLength": 5}})
    assert _rewrite(before, after, holder) == impact


def test_a_changed_proposal_is_patch() -> None:
    """Only the sandbox reads proposals: Amili's clients see no change."""
    before = {"x-armrest-proposed": {"maxLength": 5}}
    after = {"x-armrest-proposed": {"maxLength": 3}}
    assert _rewrite(before, after, "NewThing") == "patch"


def test_relaxed_request_bound_is_patch() -> None:
    assert _rewrite({"maxLength": 5}, {"maxLength": 6}, "NewThing") == "patch"


# --- patch: words only ------------------------------------------------------------------------


def test_description_change_is_patch() -> None:
    assert bump(lambda s: get(s).update(description="Every thing there is.")) == "patch"


def test_no_change_needs_no_bump() -> None:
    assert bump(lambda s: None) is None


# --- the version rule -------------------------------------------------------------------------


def test_breaking_change_without_major_bump_fails() -> None:
    assert gate.version_problems("1.4.2", "1.5.0", "major")


def test_breaking_change_with_major_bump_passes() -> None:
    assert gate.version_problems("1.4.2", "2.0.0", "major") == []


def test_minor_change_with_patch_bump_fails() -> None:
    assert gate.version_problems("1.4.2", "1.4.3", "minor")


def test_minor_change_with_minor_bump_passes() -> None:
    assert gate.version_problems("1.4.2", "1.5.0", "minor") == []


def test_any_change_without_bump_fails() -> None:
    assert gate.version_problems("1.4.2", "1.4.2", "patch")


def test_no_change_without_bump_passes() -> None:
    assert gate.version_problems("1.4.2", "1.4.2", None) == []


def test_version_going_backwards_fails() -> None:
    assert gate.version_problems("1.4.2", "1.4.1", None)


def test_version_that_is_not_semver_fails() -> None:
    assert gate.version_problems("1.4.2", "1.5", "minor")


def test_gate_reads_the_versions_of_both_documents() -> None:
    revision = changed(lambda s: s["paths"]["/things"].pop("post"))
    revision["info"]["version"] = "2.0.0"
    assert gate.compare(api(), revision).problems() == []


# --- the changelog ----------------------------------------------------------------------------


def _diff(version: str, impact: str = "minor") -> gate.Diff:
    change = gate.Change(impact, "added", "GET /things", "parameters", "added parameters", "")
    return gate.Diff("1.0.0", version, (change,))


def test_changelog_entry_goes_first_and_replaces_its_version(tmp_path: Path) -> None:
    log = tmp_path / "CHANGELOG.md"
    day = dt.date(2026, 1, 2)
    for version in ("1.1.0", "1.2.0", "1.2.0"):
        gate.write_changelog(log, gate.changelog_entry(_diff(version), "v1.0.0", day), version)
    headings = [line for line in log.read_text().splitlines() if line.startswith("## ")]
    assert headings == ["## 1.2.0 (2026-01-02)", "## 1.1.0 (2026-01-02)"]


def test_changelog_entry_lists_breaking_changes_first() -> None:
    diff = gate.Diff(
        "1.0.0",
        "2.0.0",
        (
            gate.Change("patch", "modified", "GET /things", "description", "description modified", ""),
            gate.Change(
                "major", "removed", "POST /things", "", "Operation was removed.", "operation-removed"
            ),
        ),
    )
    entry = gate.changelog_entry(diff, "v1.0.0", dt.date(2026, 1, 2))
    assert entry.index("### Breaking changes") < entry.index("### Documentation")


# --- the base ---------------------------------------------------------------------------------


def _repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, versions: list[str], tag: str | None) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "t@example.invalid")
    git("config", "user.name", "t")
    bundle = tmp_path / "generated" / "openapi" / "armrest.json"
    bundle.parent.mkdir(parents=True)
    for n, version in enumerate(versions):
        bundle.write_text(json.dumps(api(version)))
        git("add", ".")
        git("commit", "-q", "-m", f"c{n}")
        if n == 0 and tag:
            git("tag", tag)
    monkeypatch.setattr(gate, "ROOT", tmp_path)


def test_base_is_the_latest_release_tag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _repo(tmp_path, monkeypatch, ["1.0.0", "1.1.0", "1.2.0"], tag="v1.0.0")
    assert gate.default_base() == "v1.0.0"


def test_base_without_tags_is_the_previous_commit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _repo(tmp_path, monkeypatch, ["1.0.0", "1.1.0"], tag=None)
    assert gate.bundle_at(gate.default_base())["info"]["version"] == "1.0.0"
