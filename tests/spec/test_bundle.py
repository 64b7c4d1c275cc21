"""The committed bundle is exactly what the bundler makes of openapi/ today."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.support import spec as contract

NODE_BIN = Path(
    os.environ.get("ARMREST_NODE_BIN", contract.ROOT / "tools" / "node" / "node_modules" / ".bin")
)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    redocly = NODE_BIN / "redocly"
    if not redocly.exists():
        pytest.fail(
            f"Redocly CLI missing at {redocly}: run the tests through `python3 tools/bootstrap.py -s tests`"
        )
    source = str(contract.ROOT / "openapi" / "armrest.yaml")
    env = os.environ | {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    for args in (["-o", str(out / "armrest.yaml")], ["--ext", "json", "-o", str(out / "armrest.json")]):
        subprocess.run([str(redocly), "bundle", source, *args], check=True, capture_output=True, env=env)
    return out


@pytest.mark.parametrize("name", ["armrest.yaml", "armrest.json"])
def test_committed_bundle_matches_the_source(fresh: Path, name: str) -> None:
    committed = (contract.BUNDLE_YAML.parent / name).read_bytes()
    assert committed == (fresh / name).read_bytes(), (
        f"generated/openapi/{name} is stale: run `python3 tools/bootstrap.py -s bundle`"
    )


def test_yaml_and_json_bundles_hold_the_same_document() -> None:
    assert contract.load() == json.loads(contract.BUNDLE_JSON.read_text(encoding="utf-8"))


def test_bundle_is_openapi_3_1() -> None:
    assert contract.load()["openapi"].startswith("3.1.")
