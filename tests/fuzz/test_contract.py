"""Every operation under every check: examples, coverage and fuzzing per operation, then stateful runs
through the contract's links. Seed, phases and checks come from schemathesis.toml (see conftest.py)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import hypothesis
import pytest
from hypothesis.errors import FlakyStrategyDefinition
from schemathesis.core.failures import FailureGroup
from schemathesis.generation.case import Case

from tests.fuzz import hooks
from tests.fuzz.conftest import SCHEMA, Cases

MIN_CASES = 50
SUITES = 50  # stateful suites at most; each runs until its scenarios are done or Hypothesis ends it
schema = SCHEMA


@pytest.mark.usefixtures("fuzz_app")
@schema.parametrize()
def test_operation(case: Case, cases: Cases) -> None:
    cases[case.operation.label] += 1
    case.call_and_validate()


@pytest.mark.usefixtures("fuzz_app")
def test_stateful() -> None:
    """Scenarios along the contract's links, run as the CLI runs them.

    A scenario's steps depend on what the server answered, and the server keeps what earlier scenarios
    wrote, so Hypothesis sometimes sees a choice it made before lead elsewhere and stops a suite with
    FlakyStrategyDefinition. That is not a finding (the CLI ends such a suite too): a new suite starts
    with the next seed until the configured number of scenarios has run. Every check failure is kept.
    """
    config = schema.config
    settings = hypothesis.settings(
        config.get_hypothesis_settings(phase="stateful"),
        phases=[hypothesis.Phase.generate],  # a replay for shrinking cannot restore the server's state
        deadline=None,
        derandomize=False,  # each suite has an explicit seed derived from the run's
        stateful_step_count=config.phases.stateful.max_steps,
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    failures: list[FailureGroup] = []
    scenarios = 0
    steps: Counter[str] = Counter()

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            nonlocal scenarios
            scenarios += 1
            super().setup()

        def validate_response(self, response: Any, case: Case, *args: Any, **kwargs: Any) -> None:
            steps[case.operation.label] += 1
            try:
                super().validate_response(response, case, *args, **kwargs)
            except FailureGroup as failure:
                failures.append(failure)
                raise

    for suite in range(SUITES):
        if scenarios >= settings.max_examples:
            break
        try:
            hypothesis.seed(config.seed + suite)(Machine).run(settings=settings)
        except FlakyStrategyDefinition:
            continue
        except FailureGroup:
            break
    print(f"{scenarios} scenarios, {sum(steps.values())} steps over {len(steps)} operations")
    assert not failures, "\n\n".join(str(failure) for failure in failures[:5])
    assert scenarios >= min(settings.max_examples, SUITES)


def test_every_operation_had_enough_cases(cases: Cases) -> None:
    operations = [result.ok() for result in schema.get_all_operations()]
    if not cases:
        pytest.skip("test_operation did not run")
    print(
        "\n".join(f"{cases[op.label]:6d}  {op.label}" for op in sorted(operations, key=lambda op: op.label))
    )
    # An operation without any input (GET /health: no parameter, body or credentials) has one request
    # to send; generation stops when it has sent it in each phase.
    short = {
        op.label: cases[op.label]
        for op in operations
        if cases[op.label] < (MIN_CASES if any(True for _ in op.iter_parameters()) or op.body else 1)
    }
    assert short == {}


@pytest.mark.parametrize(
    "edge",
    [
        "0000-01-01",
        "9999-12-31",
        "1899-12-31",
        "1999-12-31",
        "2000-01-01",
        "2100-12-31",
        "2101-01-01",
        "2100-02-29",
    ],
)
def test_dates_are_drawn_from_the_edges_of_the_calendar_and_of_the_contract(edge: str) -> None:
    """The `date` format (registered in hooks.py) reaches year 0000, the end of the calendar, each end of
    every date range the contract declares, and 29 February of a century: where date handling breaks."""
    found = hypothesis.find(
        hooks.dates(),
        lambda value: value == edge,
        settings=hypothesis.settings(database=None, max_examples=2000),
    )
    assert found == edge
