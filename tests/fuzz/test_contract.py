"""Every operation under every check, in-process: examples, coverage and fuzzing per operation, then
stateful runs through the contract's links. Seed, phases and checks come from schemathesis.toml; the
counts are a smoke run's (conftest.py), since the fuzz stage after pytest runs the full ones against a
served process and fails on an operation that got fewer (`tools.fuzz.short_operations`, tested here)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import hypothesis
import pytest
from hypothesis.errors import FlakyStrategyDefinition
from schemathesis.core.failures import FailureGroup
from schemathesis.generation.case import Case

from tests.fuzz import hooks
from tests.fuzz.conftest import BUNDLE, SCHEMA
from tools.fuzz import MIN_CASES, short_operations

pytestmark = pytest.mark.slow  # thousands of generated cases

SUITES = 50  # stateful suites at most; each runs until its scenarios are done or Hypothesis ends it
schema = SCHEMA


@pytest.mark.usefixtures("fuzz_app")
@schema.parametrize()
def test_operation(case: Case) -> None:
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


def _bundle(**operations: dict[str, Any]) -> dict[str, Any]:
    return {"paths": {path: {"get": operation} for path, operation in operations.items()}}


def test_an_operation_with_input_that_got_fewer_cases_than_a_full_run_is_reported() -> None:
    bundle = _bundle(a={"parameters": [{"name": "q"}]}, b={"requestBody": {"content": {}}})
    assert short_operations(Counter({"GET a": MIN_CASES, "GET b": MIN_CASES - 1}), bundle) == {
        "GET b": MIN_CASES - 1
    }


def test_an_operation_without_input_needs_one_case_and_sandbox_operations_none() -> None:
    bundle = _bundle(health={}, clock={"x-armrest-sandbox": True, "parameters": [{"name": "q"}]})
    assert short_operations(Counter({"GET health": 1}), bundle) == {}
    assert short_operations(Counter(), bundle) == {"GET health": 0}


def test_every_operation_of_the_bundle_is_counted() -> None:
    """The fuzz stage's check reads the operations from the bundle itself: nothing run means all short."""
    labels = {result.ok().label for result in schema.get_all_operations()}
    bundle = json.loads(BUNDLE.with_suffix(".json").read_text())
    assert set(short_operations(Counter(), bundle)) == {
        label for label in labels if not _sandbox(bundle, label)
    }


def _sandbox(bundle: dict[str, Any], label: str) -> bool:
    method, path = label.split(" ", 1)
    return bool(bundle["paths"][path][method.lower()].get("x-armrest-sandbox"))


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
