"""The SQLite connections threads keep for their one-statement reads (store/db.py `reading`): one per
thread, never a stale snapshot, at most KEPT threads, gone with a driver failure or the engine."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from armrest_server.store.db import KEPT, make_engine, reading, writing
from tests.support.app import running


@pytest.fixture
def engine(tmp_path: Path, sqlite_template: Path) -> Iterator[Engine]:
    shutil.copyfile(sqlite_template, tmp_path / "armrest.db")
    made = make_engine(f"sqlite:///{tmp_path / 'armrest.db'}")
    with writing(made) as conn:
        conn.execute(text("CREATE TABLE probe (value INTEGER NOT NULL)"))
        conn.execute(text("INSERT INTO probe (value) VALUES (1)"))
    yield made
    made.dispose()


def _read(engine: Engine) -> tuple[Connection, int]:
    """The connection a one-statement read ran on, and what it read."""
    with reading(engine, one_statement=True) as conn:
        return conn, int(conn.execute(text("SELECT value FROM probe")).scalar_one())


def _in_thread(work: Callable[[], Any]) -> Any:
    found: list[Any] = []
    thread = threading.Thread(target=lambda: found.append(work()))
    thread.start()
    thread.join()
    return found[0]


def _set(engine: Engine, value: int) -> None:
    with writing(engine) as conn:
        conn.execute(text("UPDATE probe SET value = :value"), {"value": value})


def test_a_thread_reads_on_the_connection_it_keeps_and_another_on_its_own(engine: Engine) -> None:
    first, _ = _read(engine)
    second, _ = _read(engine)
    other, _ = _in_thread(lambda: _read(engine))
    assert first is second
    assert other is not first


def test_a_kept_connection_sees_every_commit_since_its_last_read(engine: Engine) -> None:
    assert _read(engine)[1] == 1
    _set(engine, 2)  # on a pooled connection
    assert _read(engine)[1] == 2
    _in_thread(lambda: _set(engine, 3))
    assert _read(engine)[1] == 3


def test_beyond_kept_threads_reads_use_the_pool(engine: Engine) -> None:
    barrier = threading.Barrier(KEPT + 2)
    seen: list[tuple[Connection, int]] = []

    def reader() -> None:
        seen.append(_read(engine))
        barrier.wait()  # every thread alive at once: none gives its place up

    threads = [threading.Thread(target=reader) for _ in range(KEPT + 1)]
    for thread in threads:
        thread.start()
    barrier.wait()
    for thread in threads:
        thread.join()
    assert [value for _, value in seen] == [1] * (KEPT + 1)
    assert len({id(conn) for conn, _ in seen}) == KEPT + 1
    # Their threads have ended: the next thread takes the place of one of them.
    newcomer, _ = _in_thread(lambda: _read(engine))
    assert _in_thread(lambda: _read(engine))[0] is not newcomer


def test_a_driver_failure_drops_the_kept_connection(engine: Engine) -> None:
    before, _ = _read(engine)
    with pytest.raises(DBAPIError), reading(engine, one_statement=True) as conn:
        conn.execute(text("SELECT * FROM no_such_table"))
    after, value = _read(engine)
    assert after is not before and before.closed and value == 1


def test_disposing_of_the_engine_closes_the_kept_connections(engine: Engine) -> None:
    kept, _ = _read(engine)
    engine.dispose()
    assert kept.closed


def test_after_the_engine_is_disposed_of_a_thread_reads_on_a_new_connection(engine: Engine) -> None:
    before, _ = _read(engine)
    engine.dispose()
    after, value = _read(engine)
    assert before.closed and after is not before and not after.closed and value == 1


def test_an_app_closes_its_kept_connections_when_it_stops(tmp_path: Path, sqlite_template: Path) -> None:
    shutil.copyfile(sqlite_template, tmp_path / "app.db")
    with running(f"sqlite:///{tmp_path / 'app.db'}") as api:
        assert api.get("/clients/2218/customers/nobody").status_code in (401, 403, 404)
        with reading(api.services.engine, one_statement=True) as kept:
            assert kept.execute(text("SELECT 1")).scalar_one() == 1
    assert kept.closed  # the lifespan disposed of the engine: no connection outlives the app
