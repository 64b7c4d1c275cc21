"""Our proposals stand apart from what Amili documents (`x-armrest-proposed`, http/compiler.py `lift`).

The bundle as it is states plainly only the constraints Amili documents (the facts file's D marks and
the seed) or that belong to the sandbox's own controls; every other bound, length and pattern is a
proposal, which the sandbox lifts into its request validators and no reader of answers enforces.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from armrest_server.http.compiler import PROPOSED, Compiler, SpecError, lift

BOUNDS = {
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern",
    "minItems", "maxItems",
}  # fmt: skip
DIGITS = {"organizationNo": 9, "ssn": 11, "bankAccountNo": 11}  # the facts' customer record (D)
DATE_SHAPE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"  # "Dates are YYYY-MM-DD strings in every example" (D)


def plain_bounds(node: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        found = {key: node[key] for key in BOUNDS & set(node) if not isinstance(node[key], dict)}
        if found and node.get("type") in ("string", "integer", "number", "array"):
            yield where, found
        for key, child in node.items():
            if key not in ("examples", "example", PROPOSED, "properties"):
                yield from plain_bounds(child, f"{where}/{key}")
            elif key == "properties" and isinstance(child, dict):
                for name, schema in child.items():
                    yield from plain_bounds(schema, f"{where}/properties/{name}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from plain_bounds(child, f"{where}/{index}")


def documented(where: str, bounds: dict[str, Any]) -> bool:
    """Whether a plain constraint is one Amili documents (or the sandbox's own)."""
    name = where.rsplit("/", 1)[-1]
    if "Sandbox" in where or "/parameters/sandboxAnswer/" in where:
        return True  # the sandbox's controls are ours to define: not Amili's API
    for digits in {DIGITS.get(name), 9}:  # the query parameter `organizationno` too
        if bounds.get("maxLength") == digits and f"[0-9]{{{digits}}}" in str(bounds.get("pattern")):
            return True
    if bounds == {"maxLength": 0}:
        return True  # the empty string, which clears a value (documented for the customer record)
    if bounds == {"pattern": DATE_SHAPE, "maxLength": 10}:
        return True
    if where == "#/components/schemas/Kid":  # 2 to 25 digits (the public KID standard the facts cite)
        return bounds == {"minLength": 2, "maxLength": 25, "pattern": "^[0-9]{2,25}$"}
    # The paging caps: maximumcount 10000, pagesize 1000.
    return bounds in ({"maximum": 10000}, {"maximum": 1000}) and "/parameters/" in where


def test_every_plain_bound_of_the_bundle_is_documented(spec: dict[str, Any]) -> None:
    undocumented = [
        f"{where}: {bounds}" for where, bounds in plain_bounds(spec) if not documented(where, bounds)
    ]
    assert undocumented == []


def test_the_documented_bounds_are_still_stated(spec: dict[str, Any]) -> None:
    """The audit's list of what stays plain: dates' shape, identifiers' digits, KID, paging caps."""
    kept = dict(plain_bounds(spec))
    schemas = "#/components/schemas"
    assert kept[f"{schemas}/CalendarDate"] == {"pattern": DATE_SHAPE, "maxLength": 10}
    assert kept[f"{schemas}/Customer/properties/organizationNo"] == {
        "maxLength": 9,
        "pattern": "^([0-9]{9})?$",
    }
    assert kept[f"{schemas}/Kid"]["pattern"] == "^[0-9]{2,25}$"
    assert kept["#/components/parameters/pagesize/schema"] == {"maximum": 1000}
    assert kept["#/components/parameters/maximumcount/schema"] == {"maximum": 10000}


def test_every_proposal_holds_constraint_keywords_only(spec: dict[str, Any]) -> None:
    def proposals(node: Any) -> Iterator[dict[str, Any]]:
        if isinstance(node, dict):
            if PROPOSED in node:
                yield node[PROPOSED]
            for child in node.values():
                yield from proposals(child)
        elif isinstance(node, list):
            for child in node:
                yield from proposals(child)

    found = list(proposals(spec))
    assert found and all(isinstance(p, dict) and p and set(p) <= BOUNDS for p in found)


# --- lift: what the sandbox reads requests with ------------------------------------------------------


def test_lift_makes_a_proposal_a_plain_keyword() -> None:
    assert lift({"type": "integer", PROPOSED: {"maximum": 9}}) == {"type": "integer", "maximum": 9}


def test_lift_reaches_every_depth() -> None:
    schema = {"type": "array", "items": {"type": "string", PROPOSED: {"maxLength": 3}}}
    assert lift(schema)["items"] == {"type": "string", "maxLength": 3}


def test_lift_joins_a_keyword_stated_both_ways_through_all_of() -> None:
    schema = {"type": "string", "pattern": "^[0-9]+$", PROPOSED: {"pattern": "^2", "maxLength": 4}}
    assert lift(schema) == {
        "type": "string",
        "pattern": "^[0-9]+$",
        "maxLength": 4,
        "allOf": [{"pattern": "^2"}],
    }


@pytest.mark.parametrize("proposed", [{}, [1], "maximum"], ids=["empty", "list", "string"])
def test_lift_refuses_a_proposal_that_is_not_a_mapping(proposed: Any) -> None:
    with pytest.raises(SpecError, match=PROPOSED):
        lift({"type": "integer", PROPOSED: proposed})


def test_request_validators_enforce_proposals_and_answer_validators_do_not() -> None:
    document = {"components": {"schemas": {"No": {"type": "integer", PROPOSED: {"minimum": 500000}}}}}
    schema = {"type": "object", "properties": {"accountNo": {"$ref": "#/components/schemas/No"}}}
    compiler = Compiler(document)
    assert compiler.validator(schema).is_valid({"accountNo": 7})
    assert not compiler.validator(schema, proposed=True).is_valid({"accountNo": 7})
    assert compiler.validator(schema, proposed=True).is_valid({"accountNo": 500002})
