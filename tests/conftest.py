"""Settings for the whole suite.

- Hypothesis runs derandomised under CI, so a red run reproduces.
- The fast tier (`pytest -m "not slow"`) starts no process: a test that needs a server process, a
  browser, Node tools or PostgreSQL is marked `slow` (by its module, or here for the fixtures that start
  them), and any other test that starts a process fails, naming itself, so the tier stays fast.
- Collection happens in the past: while pytest imports the test modules and builds their parameters, the
  clock reads `COLLECTED_AGO` earlier (time-machine moves `time.time`, `datetime.now` and `date.today`;
  monotonic clocks are left alone). A value computed at collection (a token's `nbf`, today's date) is then
  days stale when the test runs, so a test that depends on when it is collected fails on every run instead
  of once in a while on a loaded machine. Derive times when the test runs, or from the sandbox clock.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine
from hypothesis import HealthCheck, settings

from armrest_server.store.db import make_engine
from tests.support.app import seed_demo

settings.register_profile(
    "ci", derandomize=True, deadline=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

#: How far in the past collection runs: across several date boundaries, past every token's lifetime.
COLLECTED_AGO = timedelta(days=3, hours=13)


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> Iterator[None]:
    with time_machine.travel(datetime.now(UTC) - COLLECTED_AGO, tick=True):
        return (yield)


#: Fixtures that start a process (a served sandbox, a PostgreSQL cluster, a browser): their tests are slow.
SLOW_FIXTURES = frozenset({"server", "served", "pg_cluster", "own_cluster", "browser"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if item.get_closest_marker("postgres") or fixtures & SLOW_FIXTURES:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _a_fast_test_starts_no_process(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("slow"):
        return

    def refuse(_popen: object, *args: object, **options: object) -> None:
        command = args[0] if args else options.get("args")
        raise AssertionError(
            f"{request.node.nodeid} starts a process ({command!r}): mark its module `pytestmark = "
            "pytest.mark.slow`, or run it without one, so that the fast tier stays fast"
        )

    monkeypatch.setattr(subprocess.Popen, "__init__", refuse)


@pytest.fixture(scope="session")
def demo_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database seeded as `armrest serve --demo-data` seeds it, made once per worker (seeding
    takes seconds): tests copy it (test_examples_run, test_list_filters), and the served demo
    sandboxes start on a copy (tests/support/server.demo_sandbox) instead of seeding it again."""
    path = tmp_path_factory.mktemp("demo") / "armrest.db"
    engine = make_engine(f"sqlite:///{path}")
    seed_demo(engine)
    engine.dispose()
    return path
