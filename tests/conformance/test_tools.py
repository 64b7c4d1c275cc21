"""Independent tools on the bundle: the three JSON Schema validators agree on every example and on
money, Spectral (`spectral:oas` + OWASP) finds no error, openapi-typescript types every body.

Each check is also run on a deliberately broken copy of the bundle, to show that it fails there.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conformance.conftest import Traffic
from tools import conformance, conformance_traffic

pytestmark = pytest.mark.slow  # runs independent Node and Python tools


def broken_copy(tmp_path: Path, change: Any) -> Path:
    document = copy.deepcopy(conformance.load())
    change(document)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_every_example_is_valid_for_ajv_jsonschema_and_jsonschema_rs() -> None:
    assert conformance.example_findings() == []


def test_a_broken_example_is_found_by_all_three(tmp_path: Path) -> None:
    def change(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["Summary"]["examples"][0]["pageNo"] = "one"

    found = conformance.example_findings(broken_copy(tmp_path, change))
    assert {line.split(":")[0] for line in found} == {"AJV", "jsonschema", "jsonschema-rs"}


def test_the_validators_agree_on_every_amount_and_the_server_refuses_a_third_decimal() -> None:
    assert conformance.money_findings() == []


def test_float_multiple_of_re_added_is_found(tmp_path: Path) -> None:
    def change(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["Amount"]["multipleOf"] = 0.01

    found = conformance.money_findings(broken_copy(tmp_path, change), count=10_000)
    assert any(line.startswith("AJV refuses") and "Amount" in line for line in found), found
    assert any(line.startswith("jsonschema refuses") for line in found), found


def test_spectral_oas_and_owasp_find_no_error_but_an_unbounded_string_in_a_copy(tmp_path: Path) -> None:
    def change(document: dict[str, Any]) -> None:
        schemas = document["components"]["schemas"]
        del schemas["CurrencyCode"]["x-armrest-proposed"]["maxLength"]
        del schemas["ClientNo"]["x-armrest-proposed"]["maximum"]
        del schemas["CustomerList"]["properties"]["customers"]["x-armrest-proposed"]

    broken = broken_copy(tmp_path, change)
    found = conformance.spectral_findings(conformance.BUNDLE, broken)
    assert found[conformance.BUNDLE] == []
    # The house rules in place of OWASP's limits: a bound, plainly or as our proposal.
    for rule, where in [
        ("armrest-string-limit", "components.schemas.CurrencyCode"),
        ("armrest-integer-limit", "components.schemas.ClientNo"),
        ("armrest-array-limit", "components.schemas.CustomerList.properties.customers"),
    ]:
        assert any(f.startswith(f"{rule}: {where}") for f in found[broken]), (rule, found[broken])


def test_every_rule_switched_off_says_why() -> None:
    lines = conformance.RULESET.read_text(encoding="utf-8").splitlines()
    switched_off = [n for n, line in enumerate(lines) if line.strip().endswith(": off")]
    assert switched_off
    assert [lines[n] for n in switched_off if not lines[n - 1].strip().startswith("#")] == []


def test_openapi_typescript_types_every_body() -> None:
    assert conformance.typescript_findings() == []


def test_openapi_typescript_finds_an_untyped_branch(tmp_path: Path) -> None:
    def change(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["ActionInput"]["allOf"][0]["oneOf"][0] = {"required": ["arItemId"]}

    assert conformance.typescript_findings(broken_copy(tmp_path, change)) != []


def test_an_undeclared_status_in_the_traffic_is_found(traffic: Traffic, tmp_path: Path) -> None:
    def change(document: dict[str, Any]) -> None:
        del document["paths"]["/clients/{clientno}/aritems/{aritemid}"]["get"]["responses"]["406"]

    ar_item = [ex for ex in traffic.exchanges if ex["method"] == "GET" and "/aritems/" in ex["path"]]
    found = conformance_traffic.findings(ar_item, broken_copy(tmp_path, change))
    assert found and all("status 406 is not declared by getArItem" in line for line in found), found
