"""Many rows into (or onto) one table with one statement compiled once, converted column by column.

`conn.execute(insert(table), rows)` builds every row's parameters in Python (SQLAlchemy's
per-row `construct_params`, type processing and dictionary copies): in a profile of a
10,000-document batch (bench/batch_bench.py) that was about a sixth of the worker's time. And on
PostgreSQL (psycopg), an executemany without RETURNING is one INSERT or UPDATE per row, pipelined:
80,000 statements for that batch. Here:
- each value goes through its column's bind processor (the same conversion `execute` would make:
  timestamps, JSON), once per distinct value, column by column;
- SQLite gets the statement compiled once and the parameter tuples in the driver's own
  `executemany` (a loop in C, in-process: no round trips);
- PostgreSQL gets ONE statement for all the rows: each column's values as one array parameter,
  spread into rows by `unnest` (`INSERT ... SELECT FROM unnest(...)`, `UPDATE ... FROM unnest(...)`).
Both still run through the connection (`exec_driver_sql`): the transaction, events and
SQLAlchemy's error wrapping are the same as for any statement.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import JSON, Connection, Table, bindparam, insert, update

# (dialect name, table, statement kind, column names) -> SQL and its positional parameter order.
# The shapes are few (the stored tables' form writes, the batch tables), and compiling one was
# about a quarter of a one-customer write. Every SQLite engine here compiles alike (qmark).
_COMPILED: dict[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], tuple[str, list[str]]] = {}


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts with the same keys) into `table`; missing columns take their scalar
    Python default, else NULL or the server default, as `execute(insert(table), rows)` would."""
    if not rows:
        return
    first = rows[0].keys()
    names = _insert_columns(table, first)
    if names is None or any(row.keys() != first for row in rows):
        # Ragged rows, or a default made per row: whatever SQLAlchemy makes of them.
        conn.execute(insert(table), list(rows))
        return
    dialect = conn.dialect
    if dialect.name == "postgresql":
        conn.exec_driver_sql(
            f"INSERT INTO {_quoted(conn, table.name)} ({', '.join(_quoted(conn, n) for n in names)})"
            f" SELECT * FROM {_unnest(conn, table, names)}",
            _arrays(conn, table, names, rows),
        )
        return
    key = (dialect.name, table.name, "insert", tuple(first), ())
    if key not in _COMPILED:
        compiled = insert(table).compile(dialect=dialect, column_keys=list(first))
        # SQLite's parameters are positional (qmark)
        _COMPILED[key] = compiled.string, list(compiled.positiontup or [])
    sql, order = _COMPILED[key]
    conn.exec_driver_sql(sql, _tuples(conn, table, order, rows))


def update_rows(conn: Connection, table: Table, keys: Sequence[str], rows: Sequence[dict[str, Any]]) -> None:
    """Set, on each row of `table` whose `keys` columns equal a row's, that row's other columns
    (dicts with the same keys): one executemany on SQLite, one UPDATE ... FROM unnest on
    PostgreSQL."""
    if not rows:
        return
    first = list(rows[0])
    values = [name for name in first if name not in keys]
    if conn.dialect.name == "postgresql":
        names = [*keys, *values]
        target = _quoted(conn, table.name)
        conn.exec_driver_sql(
            f"UPDATE {target} SET "
            + ", ".join(f"{_quoted(conn, n)} = v.{_quoted(conn, n)}" for n in values)
            + f" FROM {_unnest(conn, table, names)}"
            + f" AS v({', '.join(_quoted(conn, n) for n in names)}) WHERE "
            + " AND ".join(f"{target}.{_quoted(conn, n)} = v.{_quoted(conn, n)}" for n in keys),
            _arrays(conn, table, names, rows),
        )
        return
    key = (conn.dialect.name, table.name, "update", tuple(keys), tuple(values))
    if key not in _COMPILED:
        stmt = (
            update(table)
            .where(*(table.c[name] == bindparam(f"k_{name}") for name in keys))
            .values({name: bindparam(f"v_{name}") for name in values})
        )
        compiled = stmt.compile(dialect=conn.dialect)
        # The compiled statement's parameters, back to the columns they stand for.
        _COMPILED[key] = compiled.string, [name[2:] for name in compiled.positiontup or []]
    sql, order = _COMPILED[key]
    conn.exec_driver_sql(sql, _tuples(conn, table, order, rows))


def _insert_columns(table: Table, given: Any) -> list[str] | None:
    """The columns an INSERT of rows with keys `given` names, in table order: the given ones and
    those with a scalar Python default (None: a column's default is made per row)."""
    names = []
    for column in table.columns:
        if column.key in given:
            names.append(column.key)
        elif column.default is not None:
            if not column.default.is_scalar:
                return None
            names.append(column.key)
    return names


def _column_values(conn: Connection, table: Table, name: str, rows: Sequence[dict[str, Any]]) -> list[Any]:
    """The column's values of `rows` (its scalar default where a row has none), bind-processed."""
    default = table.c[name].default
    raw = [row[name] for row in rows] if name in rows[0] else [default.arg] * len(rows)  # type: ignore[union-attr]
    dialect = conn.dialect
    column_type = table.c[name].type
    process: Callable[[Any], Any] | None = column_type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return raw
    if isinstance(column_type, JSON):  # documents: no two alike, and unhashable
        return [process(v) for v in raw]
    return _converted(raw, process)


def _tuples(conn: Connection, table: Table, order: list[str], rows: Sequence[dict[str, Any]]) -> list[Any]:
    return list(zip(*(_column_values(conn, table, name, rows) for name in order), strict=True))


def _arrays(
    conn: Connection, table: Table, names: list[str], rows: Sequence[dict[str, Any]]
) -> dict[str, list[Any]]:
    return {f"p{i}": _column_values(conn, table, name, rows) for i, name in enumerate(names)}


def _unnest(conn: Connection, table: Table, names: list[str]) -> str:
    """unnest(%(p0)s::type[], ...): each parameter an array of one column's values (psycopg picks
    its format), cast to the column's type (psycopg types an array by its elements, and an array
    of NULLs not at all)."""
    casts = (
        f"%(p{i})s::{table.c[name].type.compile(dialect=conn.dialect)}[]" for i, name in enumerate(names)
    )
    return f"unnest({', '.join(casts)})"


def _quoted(conn: Connection, name: str) -> str:
    return str(conn.dialect.identifier_preparer.quote(name))


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
        except TypeError:  # unhashable: converted every time
            out.append(process(v))
    return out
