"""The contract's names that the HTTP layer holds in code are the bundle's: the path it is served below
(read from the bundle's servers, as app.PREFIX and the problem types start), the tenant parameter a
token must grant and the write bodies' metadata envelope (http/call.py TENANT and METADATA)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from armrest_server import app
from armrest_server.http.call import METADATA, TENANT
from armrest_server.http.problems import PROBLEM_BASE
from tests.support import spec as contract
from tests.support.app import spec as compiled


def test_the_server_is_served_below_the_path_of_the_bundles_servers(spec: dict[str, Any]) -> None:
    paths = {urlsplit(server["url"]).path.rstrip("/") for server in spec["servers"]}
    assert paths == {compiled().prefix} == {app.PREFIX}


def test_problem_types_are_named_below_the_served_path(spec: dict[str, Any]) -> None:
    [example] = spec["components"]["schemas"]["Problem"]["properties"]["type"]["examples"]
    assert f"{compiled().prefix}/problems/" == PROBLEM_BASE
    assert urlsplit(example).path.startswith(PROBLEM_BASE)


def test_the_tenant_is_the_path_parameter_every_client_path_names(spec: dict[str, Any]) -> None:
    tenant = spec["components"]["parameters"][TENANT]
    assert (tenant["name"], tenant["in"]) == (TENANT, "path")
    assert "token must grant" in tenant["description"]
    client_paths = [op for op in contract.operations(spec) if op.path.startswith("/clients/")]
    assert client_paths and all(op.path.startswith(f"/clients/{{{TENANT}}}/") for op in client_paths)


def test_every_write_body_carries_the_metadata_envelope(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert "userId" in schemas["Metadata"]["required"]
    enveloped = 0
    for op in contract.operations(spec):
        for content in op.operation.get("requestBody", {}).get("content", {}).values():
            body = content["schema"]
            if "$ref" in body:
                body = schemas[body["$ref"].rsplit("/", 1)[1]]
            if METADATA in body.get("properties", {}):
                assert body["properties"][METADATA] == {"$ref": "#/components/schemas/Metadata"}
                assert METADATA in body["required"]
                enveloped += 1
    assert enveloped >= 10
