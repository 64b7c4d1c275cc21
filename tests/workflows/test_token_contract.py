"""The token endpoint's own contract (openapi/token.yaml): bundled, apart from ARMrest, and kept.

The reference server's /token answers are checked against it status by status: declared, of the
declared content type, and valid against the declared schema.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from armrest_server.auth import hash_secret
from armrest_server.store import security
from tests.support import spec as contract
from tests.support.app import CLIENTNO, Api, running

TOKEN_JSON = contract.ROOT / "generated" / "openapi" / "token.json"
SOURCE = contract.ROOT / "openapi" / "token.yaml"
NODE_BIN = Path(
    os.environ.get("ARMREST_NODE_BIN", contract.ROOT / "tools" / "node" / "node_modules" / ".bin")
)
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
GOOD = "grant_type=client_credentials&client_id=erp&client_secret=s3cret"


def token_contract() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(TOKEN_JSON.read_text(encoding="utf-8"))
    return document


@pytest.mark.slow  # runs Redocly (Node)
@pytest.mark.parametrize("ext", ["yaml", "json"])
def test_the_committed_token_bundle_matches_its_source(tmp_path: Path, ext: str) -> None:
    redocly = NODE_BIN / "redocly"
    assert redocly.exists(), f"Redocly CLI missing at {redocly}: run the tests through tools/bootstrap.py"
    fresh = tmp_path / f"token.{ext}"
    env = os.environ | {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    command = [str(redocly), "bundle", str(SOURCE), "--ext", ext, "-o", str(fresh)]
    subprocess.run(command, check=True, capture_output=True, env=env)
    assert fresh.read_bytes() == (TOKEN_JSON.parent / f"token.{ext}").read_bytes(), (
        f"generated/openapi/token.{ext} is stale: run `python3 tools/bootstrap.py -s bundle`"
    )


def test_the_token_operation_is_the_armrest_token_url_and_not_an_armrest_operation() -> None:
    armrest = json.loads(contract.BUNDLE_JSON.read_text(encoding="utf-8"))  # the same as the YAML
    token_url = armrest["components"]["securitySchemes"]["clientCredentials"]["flows"]["clientCredentials"]
    assert list(token_contract()["paths"]) == [token_url["tokenUrl"]] == ["/token"]
    assert "/token" not in armrest["paths"]
    assert "requestToken" not in {op.operation_id for op in contract.operations(armrest)}


@contextmanager
def serving(folder: Path, **settings: Any) -> Iterator[Api]:
    with running(f"sqlite:///{folder / 'armrest.db'}", token_max_body=1024, **settings) as client:
        security.add_api_client(client.services.engine, "erp", hash_secret("s3cret"), [CLIENTNO])
        yield client


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """One app for the module: a few failed attempts stay under its throttling limit (10)."""
    with serving(tmp_path_factory.mktemp("token")) as client:
        yield client


def assert_as_declared(response: Any) -> None:
    """`response` is one the token contract declares: status, content type and body schema."""
    operation = token_contract()["paths"]["/token"]["post"]
    declared = operation["responses"].get(str(response.status_code))
    assert declared is not None, f"{response.status_code} is not declared: {response.text}"
    media_type = response.headers["content-type"].split(";")[0]
    assert list(declared["content"]) == [media_type]
    schema = declared["content"][media_type]["schema"] | {"components": token_contract()["components"]}
    errors = [e.message for e in Draft202012Validator(schema).iter_errors(response.json())]
    assert errors == [], response.text
    assert response.headers["cache-control"] == "no-store"


def post(api: Api, form: str, headers: dict[str, str] | None = None) -> Any:
    return api.client.post("/token", content=form, headers=(headers or FORM))


def test_a_token_is_as_declared(api: Api) -> None:
    response = post(api, GOOD)
    assert response.status_code == 200
    assert_as_declared(response)


def test_basic_credentials_give_a_token_as_declared(api: Api) -> None:
    basic = FORM | {"Authorization": "Basic " + base64.b64encode(b"erp:s3cret").decode()}
    response = post(api, "grant_type=client_credentials", basic)
    assert response.status_code == 200
    assert_as_declared(response)


@pytest.mark.parametrize(
    ("form", "headers", "status", "error"),
    [
        ("grant_type=password&client_id=erp&client_secret=s3cret", FORM, 400, "unsupported_grant_type"),
        (
            '{"grant_type": "client_credentials"}',
            {"Content-Type": "application/json"},
            400,
            "invalid_request",
        ),
        ("grant_type=client_credentials&client_id=erp", FORM, 400, "invalid_request"),
        ("grant_type=client_credentials&client_id=erp&client_secret=wrong", FORM, 401, "invalid_client"),
        ("grant_type=client_credentials&client_secret=" + "x" * 2000, FORM, 413, "invalid_request"),
    ],
    ids=["grant", "json", "missing", "wrong-secret", "too-large"],
)
def test_a_refusal_is_as_declared(
    api: Api, form: str, headers: dict[str, str], status: int, error: str
) -> None:
    response = post(api, form, headers)
    assert (response.status_code, response.json()["error"]) == (status, error)
    assert_as_declared(response)


def test_throttling_is_as_declared(tmp_path: Path) -> None:
    with serving(tmp_path, token_failures=1) as api:
        post(api, "grant_type=client_credentials&client_id=erp&client_secret=wrong")
        response = post(api, GOOD)
    assert (response.status_code, response.json()["error"]) == (429, "slow_down")
    assert int(response.headers["retry-after"]) > 0
    assert_as_declared(response)
