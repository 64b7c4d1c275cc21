"""Many rows into one table with one statement compiled once and the driver's own executemany (SQLite).

`conn.execute(insert(table), rows)` builds every row's parameters in Python (SQLAlchemy's
per-row `construct_params`, type processing and dictionary copies): in a profile of a
10,000-document batch (bench/batch_bench.py) that was about a sixth of the worker's time.
Here the INSERT is compiled once for the rows' keys, each value goes through its column's bind
processor (the same conversion `execute` would make: timestamps, JSON), and the parameter tuples
go to the driver in one `executemany`. It still runs through the connection (`exec_driver_sql`):
the transaction, events and SQLAlchemy's error wrapping are the same as for any statement.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert

from armrest_server.store import wire


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts with the same keys) into `table`; missing columns take their scalar
    Python default, else NULL or the server default, as `execute(insert(table), rows)` would."""
    if not rows:
        return
    if table.name in wire.STORED:
        wire.touched(conn, table.name)  # the new rows' forms are made before commit
    keys = list(rows[0])
    first = rows[0].keys()
    # On PostgreSQL SQLAlchemy already sends many rows per INSERT ("insertmanyvalues"), where the
    # driver's executemany would send one INSERT per row: the path below is for SQLite's executemany
    # (a loop in C). Ragged rows: whatever SQLAlchemy makes of them.
    if conn.dialect.name != "sqlite" or any(row.keys() != first for row in rows):
        conn.execute(insert(table), list(rows))
        return
    dialect = conn.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    names = list(compiled.positiontup or [])  # SQLite's parameters are positional (qmark)
    given = set(keys)
    fixed: dict[str, Any] = {}
    for name in names:
        if name not in given:  # a column default the compiler added: only scalar ones are expected
            default = table.c[name].default
            if default is None or not default.is_scalar:
                conn.execute(insert(table), list(rows))
                return
            fixed[name] = default.arg  # type: ignore[attr-defined]
    # Column by column: one bind processor call per value that needs converting, the rest untouched.
    columns: list[list[Any]] = []
    for name in names:
        process: Callable[[Any], Any] | None = (
            table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        )
        raw = [row[name] for row in rows] if name in given else [fixed[name]] * len(rows)
        columns.append(raw if process is None else _converted(raw, process))
    conn.exec_driver_sql(compiled.string, list(zip(*columns, strict=True)))


def _converted(values: list[Any], process: Callable[[Any], Any]) -> list[Any]:
    """`process` of each value, once per distinct value: a chunk's rows share their timestamps and
    most of their dates, and converting a timestamp for SQLite is a string formatting each time."""
    done: dict[tuple[type, Any], Any] = {}
    out = []
    for v in values:
        key = (type(v), v)  # by type too: 1, 1.0 and True are equal keys but JSON 1, 1.0 and true
        try:
            out.append(done[key])
        except KeyError:
            out.append(done.setdefault(key, process(v)))
        except TypeError:  # unhashable (a JSON document): converted every time
            out.append(process(v))
    return out
