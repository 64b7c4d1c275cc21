"""store/bulk.insert_rows stores exactly what SQLAlchemy's own executemany stores, for every column
type the tables use, on both databases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    insert,
    select,
)
from sqlalchemy.exc import IntegrityError

from armrest_server.store import bulk
from armrest_server.store.db import make_engine
from armrest_server.store.tables import Utc


def _table(name: str) -> Table:
    return Table(
        name,
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("amount", BigInteger, nullable=False),
        Column("text", String(50)),
        Column("flag", Boolean, nullable=False),
        Column("day", Date),
        Column("at", Utc),
        Column("doc", JSON),
        Column("blob", LargeBinary),
        Column("count", Integer, nullable=False, default=7),
        Column("state", String(10), server_default="NEW"),
    )


def _rows() -> list[dict[str, Any]]:
    now = datetime(2026, 3, 12, 9, 30, 15, 123456, tzinfo=UTC)
    return [
        {
            "id": n + 1,
            "amount": (-1) ** n * 9_007_199_254_740_991 // (n + 1),
            "text": None if n % 3 == 0 else f"tekst æøå {n}",
            "flag": n % 2 == 0,
            "day": None if n == 4 else date(2026, 1, 1) + timedelta(days=n % 3),
            "at": now if n % 2 else now + timedelta(hours=n),
            "doc": [None, {"a": [1, 2.5, "x"]}, "s", 1, True, 1.0, {"n": None}][n % 7],
            "blob": None if n % 2 else bytes([n, 0, 255]),
        }
        for n in range(12)
    ]


def _stored(conn: Any, table: Table) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.execute(select(table).order_by(table.c.id))]


def test_bulk_rows_read_back_as_sqlalchemy_inserted_them(database_url: str) -> None:
    engine = make_engine(database_url)
    plain, fast = _table("plain_rows"), _table("bulk_rows")
    with engine.begin() as conn:
        for table in (plain, fast):
            table.create(conn)
        conn.execute(insert(plain), _rows())
        bulk.insert_rows(conn, fast, _rows())
        stored = _stored(conn, plain), _stored(conn, fast)
        nulls = [tuple(r) for r in conn.execute(select(fast.c.doc.is_(None)).order_by(fast.c.id))]
    engine.dispose()
    assert repr(stored[1]) == repr(stored[0])  # repr: 1, 1.0 and True are equal, but not the same
    assert [n for (n,) in nulls] == [False] * 12  # a Python None in a JSON column is JSON null, as before


def test_ragged_rows_are_inserted_as_sqlalchemy_inserts_them(database_url: str) -> None:
    engine = make_engine(database_url)
    plain, fast = _table("ragged_plain"), _table("ragged_bulk")
    rows = [{"id": 1, "amount": 5, "flag": True}, {"id": 2, "amount": 6, "flag": False, "text": "t"}]
    with engine.begin() as conn:
        for table in (plain, fast):
            table.create(conn)
        conn.execute(insert(plain), rows)
        bulk.insert_rows(conn, fast, rows)
        stored = _stored(conn, plain), _stored(conn, fast)
    engine.dispose()
    assert stored[1] == stored[0]


def test_a_duplicate_key_raises_sqlalchemys_integrity_error(database_url: str) -> None:
    engine = make_engine(database_url)
    table = _table("duplicate_rows")
    with engine.begin() as conn:
        table.create(conn)
    with pytest.raises(IntegrityError), engine.begin() as conn:
        bulk.insert_rows(
            conn, table, [{"id": 1, "amount": 1, "flag": True}, {"id": 1, "amount": 2, "flag": True}]
        )
    engine.dispose()
