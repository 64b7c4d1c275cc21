"""Database outages: a database that is locked, read-only, stopped or frozen answers 503
problem+json with Retry-After within the configured bound (not a 500, not a hang), health reports
the database DOWN, and everything recovers on its own when the database is back.

PostgreSQL outages stop or freeze a cluster of their own (never the suite's shared one), by the pid
of its postmaster and backends.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema_rs
import pytest

from tests.support import postgres
from tests.support.app import CLIENTNO, Api, running, spec
from tests.support.builders import customer_body
from tests.support.timing import Pace

CUSTOMERS = f"/clients/{CLIENTNO}/customers"


def _problem_schema() -> jsonschema_rs.Validator:
    components = spec().document["components"]["schemas"]
    return jsonschema_rs.validator_for({**components["Problem"], "components": {"schemas": components}})


def pace(api: Api) -> Pace:
    """How long an unobstructed request takes now (health reads the database too)."""
    return Pace.measure(lambda: api.get("/health"))


def assert_unavailable(response: httpx.Response, started: float, bound: float, pace: Pace) -> None:
    """503 problem+json with Retry-After, answered within the bound (plus the machine's margin)."""
    took = time.monotonic() - started
    assert response.status_code == 503, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert int(response.headers["retry-after"]) > 0
    body = response.json()
    assert body["status"] == 503
    errors = [e.message for e in _problem_schema().iter_errors(body)]
    assert errors == []
    assert pace.within(took, bound=bound), pace.explain(took, bound=bound)


def write(api: Api, number: str) -> httpx.Response:
    return api.post(CUSTOMERS, json=customer_body(number))


def health_down(api: Api) -> dict[str, Any]:
    response = api.get("/health")
    assert response.status_code == 503, response.text
    body: dict[str, Any] = response.json()
    assert body["database"]["status"] == "DOWN"
    return body


def eventually_up(api: Api, number: str, within: float = 30.0) -> None:
    """Writes and health answer again, without a restart."""
    deadline = time.monotonic() + within
    while True:
        response = write(api, number)
        if response.status_code == 201 or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert response.status_code == 201, response.text
    assert api.get("/health").json()["database"]["status"] == "UP"


# --- SQLite ---------------------------------------------------------------------------------------
BUSY = 1.0


def test_sqlite_locked_by_another_process_answers_503_and_recovers(tmp_path: Path) -> None:
    path = tmp_path / "armrest.db"
    with running(f"sqlite:///{path}", db_busy_timeout=BUSY) as api:
        assert write(api, "1").status_code == 201
        speed = pace(api)
        holder = sqlite3.connect(path, isolation_level=None, timeout=0)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            started = time.monotonic()
            assert_unavailable(write(api, "2"), started, BUSY, speed)
            started = time.monotonic()
            # Reads take no write lock (WAL, and lists freeze their result set without a write).
            assert api.get(CUSTOMERS).status_code == 200
            assert speed.within(time.monotonic() - started, bound=BUSY)
            started = time.monotonic()
            health_down(api)
            assert speed.within(time.monotonic() - started, bound=BUSY)
            assert api.get(f"{CUSTOMERS}/1").status_code == 200
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        eventually_up(api, "3")
        numbers = {c["customerNo"] for c in api.get(CUSTOMERS).json()["customers"]}
        assert numbers == {"1", "3"}  # the refused write left nothing behind


def test_sqlite_read_only_answers_503_and_health_down(tmp_path: Path) -> None:
    path = tmp_path / "armrest.db"
    with running(f"sqlite:///{path}") as api:
        assert write(api, "1").status_code == 201
    with running(f"sqlite:///file:{path}?mode=ro&uri=true", db_busy_timeout=BUSY) as api:
        speed = Pace.measure(lambda: api.get(f"{CUSTOMERS}/1"))
        started = time.monotonic()
        assert_unavailable(write(api, "2"), started, BUSY, speed)
        health_down(api)
        assert api.get(f"{CUSTOMERS}/1").status_code == 200
    with running(f"sqlite:///{path}") as api:
        assert write(api, "2").status_code == 201


# --- PostgreSQL -----------------------------------------------------------------------------------
STATEMENT, LOCK, CONNECT, HANG = 2.0, 1.0, 2.0, 2.0
PG_BOUNDS: dict[str, Any] = {
    "db_statement_timeout": STATEMENT,
    "db_lock_timeout": LOCK,
    "db_connect_timeout": CONNECT,
    "db_hang_margin": HANG,
    "db_pool_timeout": 2.0,
}
# The longest a request may wait on a frozen server: a cut pooled connection, then a new one.
FROZEN_BOUND = STATEMENT + HANG + CONNECT + 1


@pytest.fixture
def own_cluster() -> Iterator[postgres.Cluster]:
    """A cluster of this test's own, which the test may stop or freeze."""
    with postgres.owned_cluster() as cluster:
        yield cluster


def _backend_pids(cluster: postgres.Cluster) -> list[int]:
    """The postmaster and every process it forked (the backends)."""
    postmaster = cluster.postmaster_pid()
    children = subprocess.run(
        ["pgrep", "-P", str(postmaster)], capture_output=True, text=True, check=False
    ).stdout.split()
    return [postmaster, *map(int, children)]


@pytest.mark.postgres
def test_postgres_stopped_answers_503_and_recovers(own_cluster: postgres.Cluster) -> None:
    with running(own_cluster.url, **PG_BOUNDS) as api:
        assert write(api, "1").status_code == 201
        speed = pace(api)
        own_cluster.stop()
        try:
            for number in ("2", "3"):  # the pooled connection is gone, then no connection is made
                started = time.monotonic()
                assert_unavailable(write(api, number), started, CONNECT, speed)
            started = time.monotonic()
            assert_unavailable(api.get(CUSTOMERS), started, CONNECT, speed)
            health_down(api)
        finally:
            own_cluster.start()
        eventually_up(api, "4")


@pytest.mark.postgres
def test_postgres_frozen_answers_503_and_recovers(own_cluster: postgres.Cluster) -> None:
    with running(own_cluster.url, **PG_BOUNDS) as api:
        assert write(api, "1").status_code == 201
        speed = pace(api)
        pids = _backend_pids(own_cluster)
        for pid in pids:
            os.kill(pid, signal.SIGSTOP)
        try:
            started = time.monotonic()
            assert_unavailable(write(api, "2"), started, FROZEN_BOUND, speed)
            started = time.monotonic()
            health_down(api)
            assert speed.within(time.monotonic() - started, bound=FROZEN_BOUND)
        finally:
            for pid in pids:
                os.kill(pid, signal.SIGCONT)
        eventually_up(api, "3")
        numbers = {c["customerNo"] for c in api.get(CUSTOMERS).json()["customers"]}
        assert "1" in numbers and "3" in numbers


@pytest.mark.postgres
def test_postgres_lock_held_beyond_lock_timeout_answers_503(own_cluster: postgres.Cluster) -> None:
    import sqlalchemy

    with running(own_cluster.url, **PG_BOUNDS) as api:
        assert write(api, "1").status_code == 201
        speed = pace(api)
        holder = sqlalchemy.create_engine(own_cluster.url)
        with holder.connect() as conn, conn.begin():
            conn.exec_driver_sql("LOCK TABLE customers IN ACCESS EXCLUSIVE MODE")
            started = time.monotonic()
            assert_unavailable(write(api, "2"), started, LOCK, speed)
        holder.dispose()
        assert write(api, "2").status_code == 201


def _read_only_setting(engine: Any) -> str:
    with engine.connect() as conn:
        return str(conn.exec_driver_sql("SHOW default_transaction_read_only").scalar_one())


# --- lost races -----------------------------------------------------------------------------------
class _Deadlock(Exception):
    sqlstate = "40P01"


def _lost_race() -> Exception:
    from sqlalchemy.exc import OperationalError

    return OperationalError("UPDATE counters ...", {}, _Deadlock("deadlock detected"))


def test_a_request_that_lost_a_deadlock_runs_again_and_then_answers_503() -> None:
    from armrest_server.api.outages import guarded
    from armrest_server.http.call import Reply
    from armrest_server.http.problems import Problem

    calls: list[int] = []

    def losing(times: int) -> Any:
        def around(_call: Any, _handler: Any) -> Reply:
            calls.append(1)
            if len(calls) <= times:
                raise _lost_race()
            return Reply(201, {"ok": True})

        return around

    assert guarded(losing(2), attempts=3)(None, None).status == 201  # type: ignore[arg-type]
    assert len(calls) == 3
    calls.clear()
    with pytest.raises(Problem) as raised:
        guarded(losing(5), attempts=3)(None, None)  # type: ignore[arg-type]
    assert (len(calls), raised.value.status, "Retry-After" in raised.value.headers) == (3, 503, True)


class _Guard(Exception):
    pass


def test_a_write_that_lost_a_race_runs_again_up_to_db_attempts_and_then_answers_409() -> None:
    """The one loop of every handler write (actions, auto postings, payment reservations)."""
    from types import SimpleNamespace

    from armrest_server.api.outages import retried
    from armrest_server.http.problems import Problem

    call: Any = SimpleNamespace(services=SimpleNamespace(settings=SimpleNamespace(db_attempts=3)))
    losses: list[Exception] = []

    def work() -> str:
        if losses:
            raise losses.pop()
        return "written"

    losses[:] = [_Guard(), _lost_race()]
    assert retried(call, work, detail="changed", races=(_Guard,)) == "written"
    losses[:] = [_lost_race()] * 3
    with pytest.raises(Problem) as raised:
        retried(call, work, detail="The ledger changed; send it again")
    assert (raised.value.status, raised.value.detail, "Retry-After" in raised.value.headers) == (
        409,
        "The ledger changed; send it again",
        True,
    )
    assert losses == []  # three attempts in all
    losses[:] = [_Guard(), ValueError("a bug")]
    with pytest.raises(ValueError):  # not a lost race: not run again
        retried(call, work, detail="changed")
    assert len(losses) == 1


@pytest.mark.postgres
def test_a_statement_on_a_frozen_backend_is_cut_within_the_bound(own_cluster: postgres.Cluster) -> None:
    """A server that stops mid-statement enforces no statement_timeout: the watchdog cuts the call."""
    from armrest_server.store.db import make_engine
    from armrest_server.store.errors import Bounds, Unavailable

    bounds = Bounds(statement_timeout=STATEMENT, hang_margin=HANG, connect_timeout=CONNECT)
    engine = make_engine(own_cluster.url, bounds=bounds)
    try:
        with engine.connect() as conn:
            backend = int(conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())
            speed = Pace.measure(lambda: conn.exec_driver_sql("SELECT 1").scalar())
            os.kill(backend, signal.SIGSTOP)
            try:
                started = time.monotonic()
                with pytest.raises(Unavailable):
                    conn.exec_driver_sql("SELECT 1").scalar()
                took = time.monotonic() - started
            finally:
                os.kill(backend, signal.SIGCONT)
        assert took > STATEMENT + HANG - 1, f"cut after {took:.2f}s, before the statement bound"
        assert speed.within(took, bound=STATEMENT + HANG), speed.explain(took, bound=STATEMENT + HANG)
        with engine.connect() as conn:  # the cut connection was discarded; a new one works
            assert conn.exec_driver_sql("SELECT 1").scalar() == 1
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_served_process_answers_503_while_postgres_is_stopped(
    own_cluster: postgres.Cluster, tmp_path: Path
) -> None:
    """The same through `armrest serve` (uvicorn, its own process), the token endpoint included."""
    from tests.support.server import serving

    flags = {name: str(value) for name, value in PG_BOUNDS.items()}
    with serving(tmp_path, database_url=own_cluster.url, **flags) as server:
        headers = {"Authorization": f"Bearer {server.token()}"}
        form = {"grant_type": "client_credentials", "client_id": server.client_id}
        form["client_secret"] = server.client_secret
        with httpx.Client(base_url=server.base_url, headers=headers, timeout=60) as client:
            assert client.post(CUSTOMERS, json=customer_body("1")).status_code == 201
            speed = Pace.measure(lambda: client.get("/health"))
            own_cluster.stop()
            try:
                started = time.monotonic()
                response = client.post(CUSTOMERS, json=customer_body("2"))
                assert_unavailable(response, started, CONNECT, speed)
                token = httpx.post(f"{server.origin}/token", data=form, timeout=60)
                assert (token.status_code, "retry-after" in token.headers) == (503, True), token.text
                assert client.get("/health").status_code == 503
            finally:
                own_cluster.start()
            deadline = time.monotonic() + 30
            while client.post(CUSTOMERS, json=customer_body("3")).status_code != 201:
                assert time.monotonic() < deadline
                time.sleep(0.5)
            assert httpx.post(f"{server.origin}/token", data=form, timeout=60).status_code == 200


@pytest.mark.postgres
def test_postgres_read_only_answers_503_and_health_down(own_cluster: postgres.Cluster) -> None:
    """A server that accepts no writes (a standby, a full disk guard, an administrator's switch):
    reads answer, writes answer 503, health reports the database DOWN, and back to writable it
    recovers without a restart."""
    import sqlalchemy

    admin = sqlalchemy.create_engine(own_cluster.url, isolation_level="AUTOCOMMIT")

    def read_only(on: bool) -> None:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"ALTER SYSTEM SET default_transaction_read_only = {'on' if on else 'off'}")
            conn.exec_driver_sql("SELECT pg_reload_conf()")
        # A new backend reads the reloaded setting at once; pooled ones before their next statement.
        deadline = time.monotonic() + 30
        while _read_only_setting(admin) != ("on" if on else "off"):
            assert time.monotonic() < deadline, "the reloaded setting never showed"
            time.sleep(0.05)

    try:
        with running(own_cluster.url, **PG_BOUNDS) as api:
            assert write(api, "1").status_code == 201
            speed = pace(api)
            read_only(True)
            try:
                started = time.monotonic()
                assert_unavailable(write(api, "2"), started, STATEMENT, speed)
                assert api.get(f"{CUSTOMERS}/1").status_code == 200
                health_down(api)
            finally:
                read_only(False)
            eventually_up(api, "3")
    finally:
        admin.dispose()


def test_a_pool_without_a_free_connection_answers_503_within_the_pool_timeout(tmp_path: Path) -> None:
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    with running(f"sqlite:///{tmp_path}/armrest.db", db_pool_timeout=1.0) as api:
        speed = pace(api)
        held = []
        try:
            with pytest.raises(PoolTimeout):  # take every connection the pool has
                while True:
                    held.append(api.services.engine.connect())
            started = time.monotonic()
            assert_unavailable(write(api, "1"), started, 1.0, speed)
        finally:
            for conn in held:
                conn.close()
        assert write(api, "1").status_code == 201
