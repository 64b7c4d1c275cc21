"""Every operation under every check: examples, coverage and fuzzing per operation, then stateful runs
through the contract's links. Seed, phases and checks come from schemathesis.toml (see conftest.py)."""

from __future__ import annotations

import pytest
from schemathesis.generation.case import Case

from tests.fuzz.conftest import SCHEMA, Cases

MIN_CASES = 50
schema = SCHEMA


@pytest.mark.usefixtures("fuzz_app")
@schema.parametrize()
def test_operation(case: Case, cases: Cases) -> None:
    cases[case.operation.label] += 1
    case.call_and_validate()


@pytest.mark.usefixtures("fuzz_app")
def test_stateful() -> None:
    schema.as_state_machine().run()


def test_every_operation_had_enough_cases(cases: Cases) -> None:
    labels = sorted(result.ok().label for result in schema.get_all_operations())
    if not cases:
        pytest.skip("test_operation did not run")
    print("\n".join(f"{cases[label]:6d}  {label}" for label in labels))
    assert {label: cases[label] for label in labels if cases[label] < MIN_CASES} == {}
