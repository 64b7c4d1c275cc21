"""The sandbox enforces our proposals (`x-armrest-proposed`) on requests as if they were plain keywords:
what a proposal forbids answers 400 naming the field, in a body, a query parameter or a header, and
changes nothing. (Answers are judged without them: tests/spec/test_proposals.py.)"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from armrest_server.http.compiler import PROPOSED
from tests.support import spec as contract
from tests.support.app import CLIENTNO, Api, table_counts
from tests.support.builders import customer_body

PATH = f"/clients/{CLIENTNO}/customers"
SPEC = contract.load()


def beyond(schema: dict[str, Any]) -> Any:
    """A value of `schema`'s type one step past its proposed upper bound (None: it proposes none)."""
    proposed = schema.get(PROPOSED, {})
    if schema.get("type") == "string" and "maxLength" in proposed:
        return "7" * (proposed["maxLength"] + 1)
    if schema.get("type") == "integer" and "maximum" in proposed:
        return proposed["maximum"] + 1
    return None


def proposed_fields() -> list[tuple[str, Any]]:
    """Every field of a new customer whose own schema proposes an upper bound, with a value past it."""
    fields = contract.resolve(SPEC, SPEC["components"]["schemas"]["CustomerCreate"])["properties"]
    found = [(name, beyond(contract.resolve(SPEC, schema))) for name, schema in fields.items()]
    return [(name, value) for name, value in found if value is not None]


def problem(response: httpx.Response) -> dict[str, Any]:
    assert (response.status_code, response.headers["content-type"]) == (400, "application/problem+json")
    body: dict[str, Any] = response.json()
    return body


def test_the_catalogue_finds_the_proposed_bounds_of_a_customer() -> None:
    names = [name for name, _ in proposed_fields()]
    assert {"name", "informalName", "yearOfBirth", "dueDays"} <= set(names)


@pytest.mark.parametrize(("name", "value"), proposed_fields(), ids=lambda v: v if isinstance(v, str) else "")
def test_a_body_field_past_its_proposed_bound_is_refused(sqlite_api: Api, name: str, value: Any) -> None:
    before = table_counts(sqlite_api)
    body = problem(sqlite_api.post(PATH, json=customer_body("p1", **{name: value})))
    assert f"/customer/{name}" in [error["pointer"] for error in body["errors"]]
    assert table_counts(sqlite_api) == before


def test_a_query_parameter_past_its_proposed_bound_is_refused(sqlite_api: Api) -> None:
    body = problem(sqlite_api.get(f"{PATH}?pageno=10001"))
    assert [error["pointer"] for error in body["errors"]] == ["#/query/pageno"]


def test_a_header_past_its_proposed_bound_is_refused(sqlite_api: Api) -> None:
    before = table_counts(sqlite_api)
    response = sqlite_api.post(PATH, json=customer_body("p2"), headers={"Idempotency-Key": "k" * 256})
    assert [error["pointer"] for error in problem(response)["errors"]] == ["#/header/idempotency-key"]
    assert table_counts(sqlite_api) == before
