"""Server tests run against a real app on SQLite, and again on a throwaway PostgreSQL cluster."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from armrest_server.clock import SettableClock
from tests.support import postgres, templates
from tests.support.app import Api, running

_names = itertools.count()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[str]:
    with postgres.cluster() as url:
        yield url


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Which databases a server test runs on (its `database`): SQLite, and again PostgreSQL.

    A module marked `sqlite_only` runs on SQLite alone: the hand-written tests of one resource's rules
    over HTTP (documents, AR items, files...), whose SQL PostgreSQL runs through the generated
    catalogues instead (every request example, every list filter, every writable field, the bad-input
    subset) and through every test of what the database itself decides (transactions, concurrency,
    crash points, outages, paging's frozen lists, batches, migrations, tenants). Both runs of each of
    those tests cost about as much as the rest of the suite."""
    if "database" not in metafunc.fixturenames or any(
        "database" in str(mark.args[0]) for mark in metafunc.definition.iter_markers("parametrize")
    ):
        return  # not a server test, or one that names its databases itself (test_crash_points)
    kinds = [pytest.param("sqlite")]
    if metafunc.definition.get_closest_marker("sqlite_only") is None:
        kinds.append(pytest.param("postgres", marks=pytest.mark.postgres))
    metafunc.parametrize("database", kinds, indirect=True)


@pytest.fixture
def database(request: pytest.FixtureRequest) -> str:
    """The kind of database of this run of the test (`pytest_generate_tests`)."""
    return str(request.param)


@pytest.fixture(scope="session")
def sqlite_template() -> Path:
    """A migrated SQLite database, copied for every app test: migrating each one anew cost ~0.3 s a
    test, minutes of a run (the migrations themselves are tested on empty databases, test_migrations).
    The one `running()` and `serving()` copy too (tests/support/templates.py); never written to."""
    return templates.migrated_sqlite()


@contextmanager
def _throwaway(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, database: str, *, migrated: bool
) -> Iterator[str]:
    if database == "sqlite":
        path = tmp_path_factory.mktemp("db") / "armrest.db"
        if migrated:
            shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    cluster_url, name = request.getfixturevalue("pg_cluster"), f"t{next(_names)}"
    url = cluster_url.replace("/armrest?", f"/{name}?")
    if migrated:
        yield postgres.copy_of_migrated(cluster_url, url)
    else:
        yield postgres.recreate_database(cluster_url, name)
    # Dropped at once (WITH FORCE ends what a failed test left connected), so a long run never
    # reaches the cluster's max_connections with connections of tests that have ended.
    postgres.drop_database(cluster_url, name)


@pytest.fixture
def database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, database: str
) -> Iterator[str]:
    """An empty throwaway database of the test's kind."""
    with _throwaway(request, tmp_path_factory, database, migrated=False) as url:
        yield url


@pytest.fixture
def migrated_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, database: str
) -> Iterator[str]:
    """A throwaway database of the test's kind, a copy of a migrated one (what the app would make of
    an empty one on start), made directly: not an empty database first."""
    with _throwaway(request, tmp_path_factory, database, migrated=True) as url:
        yield url


@pytest.fixture
def api(migrated_url: str) -> Iterator[Api]:
    with running(migrated_url) as client:
        yield client


@pytest.fixture
def sqlite_api(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[Api]:
    """SQLite only: for tests whose subject is not the database."""
    path = tmp_path_factory.mktemp("db") / "armrest.db"
    shutil.copyfile(sqlite_template, path)
    with running(f"sqlite:///{path}") as client:
        yield client


@pytest.fixture
def clock() -> SettableClock:
    """The server's one clock, standing still until a test moves it (`clocked_api`)."""
    return SettableClock()


@pytest.fixture
def clocked_api(migrated_url: str, clock: SettableClock) -> Iterator[Api]:
    """`api` on the test's `clock`: expiries are proven by moving it (`Api.advance`)."""
    with running(migrated_url, clock=clock) as client:
        yield client
