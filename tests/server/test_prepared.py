"""store/prepared.py: a read run on the SQLite driver answers what SQLAlchemy's execution answers, and
fails as it would; a statement that needs its values or columns converted runs through SQLAlchemy."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    Column,
    DateTime,
    Engine,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    bindparam,
    create_engine,
    event,
    select,
)
from sqlalchemy.exc import DBAPIError

from armrest_server.store.errors import Unavailable, install
from armrest_server.store.prepared import Prepared

metadata = MetaData()
things = Table(
    "things",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(20)),
    Column("raw", LargeBinary),
    Column("seen", DateTime(timezone=True)),
)
SEEN = datetime(2026, 1, 15, 12, 30, tzinfo=UTC)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_engine(f"sqlite:///{tmp_path / 'things.db'}", connect_args={"timeout": 0})
    install(engine)  # outages leave the store as Unavailable (store/errors.py)
    metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(
            things.insert(),
            [{"id": n, "name": f"n{n}", "raw": bytes([n]) * 3, "seen": SEEN} for n in range(1, 4)],
        )
    yield engine
    engine.dispose()


def through_sqlalchemy(engine: Engine) -> list[str]:
    """The statements SQLAlchemy's execution sends from now on."""
    sent: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda _c, _cur, sql, *_: sent.append(sql))
    return sent


def test_a_plain_read_runs_on_the_driver_and_answers_sqlalchemys_rows(engine: Engine) -> None:
    statement = select(things.c.id, things.c.name, things.c.raw).where(
        things.c.id >= bindparam("low"), things.c.name != "n3"
    )  # a value named at the call, and one the statement holds
    with engine.connect() as conn:
        expected = [tuple(row) for row in conn.execute(statement, {"low": 2})]
        sent = through_sqlalchemy(engine)
        assert (Prepared(statement).rows(conn, {"low": 2}), sent) == (expected, [])
    assert expected == [(2, "n2", b"\x02\x02\x02")]


def test_a_value_given_for_an_anonymous_parameter_is_the_one_sent(engine: Engine) -> None:
    """A statement built once and run with other values (store/snapshots.py's pages) names an anonymous
    parameter by its key, which the SQL names otherwise: the value given is sent, not the one held."""
    named = bindparam(None, "n1", type_=String)
    statement = select(things.c.id).where(things.c.name == named)
    with engine.connect() as conn:
        expected = [tuple(row) for row in conn.execute(statement, {named.key: "n2"})]
        assert (Prepared(statement).rows(conn, {named.key: "n2"}), expected) == ([(2,)], [(2,)])
        assert Prepared(statement).rows(conn, {}) == [(1,)]  # none given: the one it holds


def test_a_read_whose_values_need_converting_runs_through_sqlalchemy(engine: Engine) -> None:
    statement = select(things.c.id, things.c.seen).where(things.c.seen == bindparam("seen"))
    with engine.connect() as conn:
        sent = through_sqlalchemy(engine)
        rows = Prepared(statement).rows(conn, {"seen": SEEN})
    assert (rows, len(sent)) == ([(n, SEEN.replace(tzinfo=None)) for n in range(1, 4)], 1)


def test_a_locked_database_is_an_outage_and_a_missing_table_is_not(engine: Engine) -> None:
    statement = select(things.c.id).where(things.c.id == bindparam("id"))
    holder = sqlite3.connect(str(engine.url.database), isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")  # the rollback journal's lock: no reader gets in
        with engine.connect() as conn, pytest.raises(Unavailable) as locked:
            Prepared(statement).rows(conn, {"id": 1})
        assert "locked" in locked.value.reason
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    gone = select(Table("gone", MetaData(), Column("id", Integer)).c.id)
    with engine.connect() as conn, pytest.raises(DBAPIError) as missing:
        Prepared(gone).rows(conn, {})
    assert not isinstance(missing.value, Unavailable) and "no such table" in str(missing.value)


def test_nothing_is_prepared_beside_sqlalchemy_on_postgresql() -> None:
    from sqlalchemy.dialects import postgresql

    statement: Any = select(things.c.id).where(things.c.id == bindparam("id"))
    assert Prepared(statement)._compile(postgresql.dialect()) is None  # the watchdog sees every statement
