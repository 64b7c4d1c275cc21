"""The one retry rule of writes that lose a race (api/outages.again), called directly."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from armrest_server.api.outages import again
from armrest_server.http.problems import Problem


class Lost(Exception):
    """Stands for a lost deadlock or serialisation race."""


def _work(*outcomes: Exception | str) -> tuple[list[int], Callable[[], str]]:
    calls: list[int] = []

    def work() -> str:
        calls.append(1)
        outcome = outcomes[len(calls) - 1]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    return calls, work


def _again(work: Callable[[], str], attempts: int) -> str:
    return again(
        work,
        attempts=attempts,
        lost=lambda error: isinstance(error, Lost),
        exhausted=lambda _error: Problem(409, "send it again"),
    )


def test_a_lost_race_runs_the_work_again_until_it_succeeds() -> None:
    calls, work = _work(Lost(), Lost(), "done")
    assert (_again(work, 3), len(calls)) == ("done", 3)


def test_the_last_lost_race_answers_the_exhausted_problem() -> None:
    calls, work = _work(Lost(), Lost())
    with pytest.raises(Problem) as raised:
        _again(work, 2)
    assert (raised.value.status, len(calls)) == (409, 2)


@pytest.mark.parametrize("attempts", [0, 1])
def test_no_attempts_left_still_runs_the_work_once(attempts: int) -> None:
    calls, work = _work(Lost())
    with pytest.raises(Problem):
        _again(work, attempts)
    assert len(calls) == 1


def test_any_other_error_passes_through_at_once() -> None:
    calls, work = _work(ValueError("bad"), "never")
    with pytest.raises(ValueError):
        _again(work, 5)
    assert len(calls) == 1
