"""Edges of the spec-driven HTTP layer, on a small contract of its own: answers the real contract never
gives (an optional body sent empty, a body on a status that declares none, a link that does not
resolve), sandbox answers built from `examples`, and contracts the layer refuses at start-up."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema_rs
import orjson
import pytest
from starlette.testclient import TestClient

from armrest_server.http import spec as spec_module
from armrest_server.http.call import Call, Reply
from armrest_server.http.compiler import Compiler, SpecError
from armrest_server.http.dispatch import Dispatcher, Limits
from armrest_server.http.sandbox_controls import Sandbox
from armrest_server.http.spec import PROBLEM_JSON, Spec, compile_operations, locate, served

MARK = "x-armrest-sandbox"
PROBLEM = {"content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}}
THING = {"name": "thingId", "in": "path", "required": True, "schema": {"type": "string"}}
SAMPLE = {"type": "/p/not-found", "title": "Not found", "status": 404, "detail": "no such thing"}


def document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "edges", "version": "1"},
        "servers": [{"url": "http://example.invalid/arm/v1"}],  # served below its path
        "paths": {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "tags": ["Things"],
                    "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
                    "responses": {
                        "201": {
                            "description": "created",
                            "headers": {"Location": {"schema": {"type": "string"}}},
                            "content": {"application/json": {"schema": {"type": "object"}}},
                            "links": {
                                "thing": {
                                    "operationId": "getThing",
                                    "parameters": {"thingId": "$response.body#/id"},
                                }
                            },
                        },
                        "204": {"description": "nothing to say"},
                        "400": PROBLEM,
                    },
                }
            },
            "/things/{thingId}": {
                "parameters": [THING],
                "get": {
                    "operationId": "getThing",
                    "tags": ["Things"],
                    "responses": {
                        # Content without a schema: any JSON is the declared answer.
                        "200": {"description": "a thing", "content": {"application/json": {}}},
                        "404": {
                            "description": "no such thing",
                            "content": {
                                PROBLEM_JSON: {
                                    "schema": {"$ref": "#/components/schemas/Problem"},
                                    "examples": {"missing": {"value": SAMPLE}},
                                }
                            },
                        },
                    },
                },
            },
            "/things/{thingId}/parts": {
                "parameters": [THING],
                "get": {
                    "operationId": "getParts",
                    "tags": ["Things"],
                    "responses": {"204": {"description": ""}},
                },
            },
        },
        "components": {
            "schemas": {"Problem": {"type": "object", "required": ["status"]}},
            "parameters": {
                "Answer": {
                    "name": "Armrest-Sandbox-Answer",
                    "in": "header",
                    MARK: True,
                    "schema": {"type": "string"},
                }
            },
        },
    }


def edge_spec(doc: dict[str, Any] | None = None) -> Spec:
    doc = doc or document()
    compiler = Compiler(doc)
    raw = orjson.dumps(doc)
    return Spec(doc, raw, b"servers:\n  - url: x\n", compile_operations(doc, compiler), compiler)


class Answers:
    """The handlers of the small contract: each answers what the test set for its operation."""

    def __init__(self) -> None:
        self.next: dict[str, Reply] = {}
        self.calls: list[Call] = []

    def handler(self, operation_id: str) -> Callable[[Call], Reply]:
        def handle(call: Call) -> Reply:
            self.calls.append(call)
            return self.next.get(operation_id, Reply(204))

        return handle


def client(answers: Answers, *, strict: bool = True, sandbox: bool = False) -> TestClient:
    spec = edge_spec()
    handlers = {op.operation_id: answers.handler(op.operation_id) for op in spec.operations}
    dispatcher = Dispatcher(
        spec,
        handlers,
        lambda _header: None,  # type: ignore[arg-type,return-value]  (no operation here is secured)
        services=None,
        limits=Limits(strict=strict),
        sandbox=Sandbox(spec, mark=MARK, enabled=sandbox),
    )
    return TestClient(dispatcher)  # a plain ASGI app, as http/front.py runs it


def test_an_optional_body_sent_empty_reaches_the_handler_as_none() -> None:
    answers = Answers()
    response = client(answers).post("/arm/v1/things", content=b"")
    assert response.status_code == 204
    assert answers.calls[0].body is None


def test_a_link_that_does_not_resolve_leaves_location_out() -> None:
    answers = Answers()
    answers.next["createThing"] = Reply(201, {"name": "no id"})
    response = client(answers).post("/arm/v1/things", json={})
    assert response.status_code == 201
    assert "location" not in response.headers


def test_a_link_that_resolves_is_the_location() -> None:
    answers = Answers()
    answers.next["createThing"] = Reply(201, {"id": "a/b"})
    response = client(answers).post("/arm/v1/things", json={})
    assert response.headers["location"] == "/arm/v1/things/a%2Fb"


def test_a_body_on_a_status_that_declares_none_breaks_the_contract() -> None:
    answers = Answers()
    answers.next["createThing"] = Reply(204, {"surprise": True})
    response = client(answers).post("/arm/v1/things", json={})
    assert response.status_code == 500
    assert "application/json is not declared for 204" in response.json()["detail"]


def test_no_body_where_one_is_declared_breaks_the_contract() -> None:
    answers = Answers()
    answers.next["createThing"] = Reply(201, None)
    response = client(answers).post("/arm/v1/things", json={})
    assert (response.status_code, response.headers["content-type"]) == (500, PROBLEM_JSON)
    assert "the body is missing" in response.json()["detail"]


def test_a_breach_outside_strict_mode_is_answered_as_it_is() -> None:
    answers = Answers()
    answers.next["createThing"] = Reply(201, None)
    assert client(answers, strict=False).post("/arm/v1/things", json={}).status_code == 201


def test_content_without_a_schema_takes_any_json() -> None:
    answers = Answers()
    answers.next["getThing"] = Reply(200, ["anything", 1, None])
    response = client(answers).get("/arm/v1/things/t1")
    assert (response.status_code, response.json()) == (200, ["anything", 1, None])


def test_an_empty_path_segment_is_no_parameter_value() -> None:
    response = client(Answers()).get("/arm/v1/things//parts")
    assert (response.status_code, response.headers["content-type"]) == (404, PROBLEM_JSON)


def test_a_forced_answer_is_built_from_the_contracts_named_example() -> None:
    answers = Answers()
    response = client(answers, sandbox=True).get(
        "/arm/v1/things/t1", headers={"Armrest-Sandbox-Answer": "404"}
    )
    assert response.status_code == 404
    assert response.json()["detail"] == "Forced by Armrest-Sandbox-Answer: no such thing"
    assert answers.calls == []  # the handler did not run


def test_a_forced_answer_without_an_example_in_the_contract_says_so() -> None:
    response = client(Answers(), sandbox=True).post(
        "/arm/v1/things", json={}, headers={"Armrest-Sandbox-Answer": "400"}
    )
    assert response.status_code == 400
    assert response.json()["detail"] == "Forced by Armrest-Sandbox-Answer: a sample answer"


# --- contracts the layer refuses when it starts -----------------------------------------------------
def test_two_sandbox_header_marks_are_refused() -> None:
    doc = document()
    doc["components"]["parameters"]["Other"] = {"name": "X-Other", "in": "header", MARK: True, "schema": {}}
    with pytest.raises(SpecError, match="one at most, a header"):
        Sandbox(edge_spec(doc), mark=MARK, enabled=True)


def broken(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    doc = copy.deepcopy(document())
    change(doc)
    return doc


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["paths"]["/things"].update(trace={}), "unsupported path item keys"),
        (lambda d: d["paths"]["/things/{thingId}"].pop("parameters"), "path parameters"),
        (
            lambda d: d["paths"]["/things"]["post"]["responses"]["201"]["links"]["thing"].update(
                operationId="nowhere"
            ),
            "names operation nowhere that does not exist",
        ),
        (
            lambda d: d["paths"]["/things"]["post"]["responses"].update({"400": {"$ref": "x.yaml#/e"}}),
            "external",
        ),
        (
            lambda d: d["paths"]["/things"]["post"].update(
                parameters=[
                    {
                        "name": "ids",
                        "in": "query",
                        "explode": False,
                        "schema": {"type": "array", "items": {"type": "string"}},
                    }
                ]
            ),
            "only exploded query arrays",
        ),
    ],
)
def test_a_contract_the_layer_cannot_honour_fails_at_start_up(
    change: Callable[[dict[str, Any]], object], message: str
) -> None:
    with pytest.raises(SpecError, match=message):
        compile_operations(broken(change))


def test_a_decimals_keyword_that_is_not_a_whole_number_fails_at_start_up() -> None:
    # jsonschema-rs wraps the keyword's SpecError in its own error; start-up fails naming it either way.
    doc = document()
    body = doc["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]
    body["schema"] = {"type": "number", "x-armrest-decimals": 1.5}
    with pytest.raises((SpecError, jsonschema_rs.ValidationError), match=r"whole number of places, not 1\.5"):
        compile_operations(doc)


def test_a_bundle_without_a_servers_block_is_refused() -> None:
    spec = edge_spec()
    spec = Spec(spec.document, spec.json_bytes, b"openapi: 3.1.0\n", spec.operations, spec.compiler)
    with pytest.raises(SpecError, match="no top-level servers block"):
        served(spec, "http://127.0.0.1:1/arm/v1", "This server")


def test_the_bundle_may_be_named_by_its_json_file(tmp_path: Path) -> None:
    (tmp_path / "armrest.json").write_text("{}")
    assert locate(str(tmp_path / "armrest.json")) == tmp_path
    assert locate(str(tmp_path)) == tmp_path


def test_a_server_without_any_bundle_says_how_to_make_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spec_module, "PACKAGE_SPEC", tmp_path / "package")
    monkeypatch.setattr(spec_module, "REPO_SPEC", tmp_path / "repository")
    hint = r"armrest\.json not found: run `python3 tools/bootstrap\.py -s bundle`"
    with pytest.raises(SpecError, match=hint):
        locate(str(tmp_path))


def test_servers_that_differ_in_their_path_are_refused() -> None:
    doc = document() | {"servers": [{"url": "http://a.invalid/arm/v1"}, {"url": "http://b.invalid/v2"}]}
    with pytest.raises(SpecError, match="servers differ in their path"):
        _ = edge_spec(doc).prefix
