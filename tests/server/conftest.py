"""Server tests run against a real app on SQLite, and again on a throwaway PostgreSQL cluster."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from armrest_server.clock import SettableClock
from tests.support import postgres
from tests.support.app import Api, running

_names = itertools.count()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[str]:
    with postgres.cluster() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('db')}/armrest.db"
        return
    cluster_url, name = request.getfixturevalue("pg_cluster"), f"t{next(_names)}"
    yield postgres.recreate_database(cluster_url, name)
    # Dropped at once (WITH FORCE ends what a failed test left connected), so a long run never
    # reaches the cluster's max_connections with connections of tests that have ended.
    postgres.drop_database(cluster_url, name)


@pytest.fixture
def api(database_url: str) -> Iterator[Api]:
    with running(database_url) as client:
        yield client


@pytest.fixture
def sqlite_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """SQLite only: for tests whose subject is not the database."""
    with running(f"sqlite:///{tmp_path_factory.mktemp('db')}/armrest.db") as client:
        yield client


@pytest.fixture
def clock() -> SettableClock:
    """The server's one clock, standing still until a test moves it (`clocked_api`)."""
    return SettableClock()


@pytest.fixture
def clocked_api(database_url: str, clock: SettableClock) -> Iterator[Api]:
    """`api` on the test's `clock`: expiries are proven by moving it (`Api.advance`)."""
    with running(database_url, clock=clock) as client:
        yield client
