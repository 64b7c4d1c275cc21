"""The bundle is a valid OpenAPI 3.1 document."""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.versions.shortcuts import get_spec_version


def test_bundle_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)
    assert str(get_spec_version(spec)).startswith("OpenAPIV3.1")
