"""The diff gate's comparison on samples (tools/contract_samples.py): one verdict per test."""

from __future__ import annotations

from tools import contract_samples as samples


def test_the_same_bounds_are_the_same() -> None:
    assert samples.compare([("maxLength", 5)], [("maxLength", 5)]) == "same"


def test_a_quantifier_and_lengths_that_admit_the_same_strings_are_the_same() -> None:
    before = [("pattern", "^[a-z]{2,4}$")]
    after = [("pattern", "^[a-z]+$"), ("minLength", 2), ("maxLength", 4)]
    assert samples.compare(before, after) == "same"


def test_a_lower_maximum_is_narrower() -> None:
    assert samples.compare([("maximum", 10)], [("maximum", 9)]) == "narrower"


def test_an_exclusive_minimum_admits_what_a_minimum_above_it_does_not() -> None:
    assert samples.compare([("minimum", 0.01)], [("exclusiveMinimum", 0)]) == "wider"


def test_bounds_moved_both_ways_are_other() -> None:
    assert samples.compare([("minItems", 1), ("maxItems", 3)], [("minItems", 2), ("maxItems", 4)]) == "other"


def test_a_proposal_counts_only_when_asked_for() -> None:
    node = {"type": "string", "maxLength": 9, "x-armrest-proposed": {"pattern": "^[0-9]+$"}}
    assert samples.constraints(node, proposed=False) == [("maxLength", 9)]
    assert samples.constraints(node, proposed=True) == [("maxLength", 9), ("pattern", "^[0-9]+$")]


def test_an_example_is_a_sample() -> None:
    """Uniform strings cannot tell these two patterns apart; the schema's example can."""
    before, after = [("pattern", "^[a-z]*$")], [("pattern", "^(?!.*ab)[a-z]*$")]
    assert samples.compare(before, after) == "same"
    assert samples.compare(before, after, ["cab"]) == "narrower"


def test_the_gate_lifts_proposals_as_the_sandbox_does() -> None:
    """The gate runs without the server's dependencies, so it reads proposals itself: alike."""
    from armrest_server.http.compiler import lift
    from tests.support import spec as contract

    bundle = contract.load()
    assert samples.lifted(bundle) == lift(bundle) != bundle
