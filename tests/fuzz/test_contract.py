"""Every operation under every check: examples, coverage and fuzzing per operation, then stateful runs
through the contract's links. Seed, phases and checks come from schemathesis.toml (see conftest.py)."""

from __future__ import annotations

import hypothesis
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
    # As the CLI runs it: generation only (a scenario's steps depend on the server's state, which a replay
    # for shrinking cannot restore), the configured scenario length, the run's seed.
    settings = hypothesis.settings(
        schema.config.get_hypothesis_settings(phase="stateful"),
        phases=[hypothesis.Phase.generate],
        deadline=None,
        stateful_step_count=schema.config.phases.stateful.max_steps,
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    hypothesis.seed(schema.config.seed)(schema.as_state_machine()).run(settings=settings)


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
