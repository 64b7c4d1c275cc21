"""The bounds a problem body is clipped to (http/problems.py LIMITS) are the contract's."""

from __future__ import annotations

from typing import Any

from armrest_server.http.compiler import lift
from armrest_server.http.problems import LIMITS, TITLES
from tests.support.app import spec


def _bound(schema: dict[str, Any]) -> int:
    return int(schema.get("maxLength", schema.get("maxItems", -1)))


def test_every_problem_limit_is_the_bound_the_contract_gives() -> None:
    schemas = lift(spec().document)["components"]["schemas"]  # proposals: the sandbox's own bounds
    problem, field_error = schemas["Problem"]["properties"], schemas["FieldError"]["properties"]
    declared = {name: _bound(problem[name]) for name in ("type", "title", "detail", "instance", "errors")}
    declared |= {name: _bound(field_error[name]) for name in ("pointer", "message", "code")}
    assert declared == LIMITS


def test_every_title_fits_the_contract() -> None:
    assert all(len(title) <= LIMITS["title"] for _, title in TITLES.values())
