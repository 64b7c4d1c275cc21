"""The bounds a problem body is clipped to (bounds.py LIMITS) are the contract's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from armrest_server.bounds import LIMITS
from armrest_server.http.compiler import lift
from armrest_server.http.problems import RESULT_ERRORS, TITLES, FieldError, listed
from tests.support.app import spec

# The results whose errors the contract bounds at 100: an auto posting's, an uploaded file's.
RESULT_LISTS = ("AutoPostingFailure", "AutoPostingResult", "FileUploadItemResult")


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


def _field_error_arrays(node: Any, where: str) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        if node.get("type") == "array" and node.get("items", {}).get("$ref", "").endswith("/FieldError"):
            yield where, node.get("maxItems")
        for key, child in node.items():
            yield from _field_error_arrays(child, f"{where}/{key}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _field_error_arrays(child, f"{where}/{index}")


def test_every_list_of_field_errors_in_the_contract_is_bounded_as_listed_bounds_it() -> None:
    """A problem's errors and a batch item's (1000), a posting's and an uploaded file's (100): `listed`
    keeps each within the contract's maxItems, whatever a rule finds."""
    arrays = dict(_field_error_arrays(lift(spec().document), "#"))  # the bounds, proposals lifted
    short = {f"#/components/schemas/{name}/properties/errors" for name in RESULT_LISTS}
    assert "#/components/schemas/BatchItem/properties/errors" in arrays
    assert {where: bound for where, bound in arrays.items() if where not in short} == dict.fromkeys(
        set(arrays) - short, LIMITS["errors"]
    )
    assert {arrays[where] for where in short} == {RESULT_ERRORS}


@given(st.integers(min_value=0, max_value=2500))
def test_listed_errors_keep_to_the_contract_and_count_the_rest(count: int) -> None:
    errors = [FieldError(f"/lines/{n}", "wrong", "duplicate").as_dict() for n in range(count)]
    shown = listed(errors)
    assert len(shown) == min(count, LIMITS["errors"])
    if count > LIMITS["errors"]:
        assert shown[-1]["code"] == "moreErrors" and f"{count - 999} more" in shown[-1]["message"]
    else:
        assert shown == errors
