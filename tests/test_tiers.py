"""The suite's own rules (tests/conftest.py): the fast tier starts no process, and collection runs in
the past."""

from __future__ import annotations

import subprocess
import time

import pytest

from tests.conftest import COLLECTED_AGO

COLLECTED_AT = time.time()  # computed at collection on purpose: the test below reads it


def test_a_fast_test_that_starts_a_process_fails_naming_itself() -> None:
    with pytest.raises(AssertionError, match=r"test_tiers\.py::.* starts a process \(\['true'\]\)"):
        subprocess.run(["true"], check=False)


@pytest.mark.slow
def test_a_slow_test_may_start_one() -> None:
    assert subprocess.run(["true"], check=False).returncode == 0


def test_collection_ran_days_before_the_test() -> None:
    assert time.time() - COLLECTED_AT >= COLLECTED_AGO.total_seconds() - 60
