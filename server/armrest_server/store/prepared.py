"""Reads on the event loop whose SQL runs on the SQLite driver itself, compiled once.

A one-row read of a stored form costs SQLite 10 to 15 us; SQLAlchemy's execution of the same
compiled, cached statement (its execution context, result, row objects and events) costs 45 to 75 us
more (measured in-process, `.first()` against the driver's own `execute`). On the event loop that is
most of a GET. So `Prepared` compiles its SELECT once per dialect and, on SQLite, runs the SQL on
the sqlite3 connection under the SQLAlchemy `Connection` (`Connection.connection.driver_connection`),
with the values in the compiled order.

What it keeps of SQLAlchemy's execution:
- a driver error leaves as SQLAlchemy's `DBAPIError` (`DBAPIError.instance`), sorted by
  store/errors.unavailable as every other statement's is (an outage is `Unavailable`, a 503);
- the SQL is SQLAlchemy's, compiled from the statement: nothing is written twice.

What it leaves out, and why that is safe here:
- type processing: a statement is prepared only when none of its values and columns has any on
  the dialect (checked when compiled; otherwise it runs through SQLAlchemy, unchanged);
- SQLAlchemy's events: on SQLite none of ours watches a read statement (the PostgreSQL watchdog
  does, so on PostgreSQL every statement still runs through SQLAlchemy).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, Dialect, Select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.compiler import SQLCompiler

from armrest_server.store import errors


class Prepared:
    """A SELECT whose rows are plain tuples, run on the SQLite driver when nothing needs converting."""

    def __init__(self, statement: Select[Any]) -> None:
        self.statement = statement
        self._compiled: dict[str, _Plain | None] = {}

    def rows(self, conn: Connection, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        compiled = self._compile(conn.dialect)
        if compiled is None:
            return [tuple(row) for row in conn.execute(self.statement, dict(values))]
        sql, keys, held = compiled
        parameters = [values[key] if key in values else held[key] for key in keys]
        driver = conn.connection.driver_connection
        assert driver is not None, "a Connection with its driver's connection"
        try:
            return list(driver.execute(sql, parameters).fetchall())
        except conn.dialect.loaded_dbapi.Error as error:
            wrapped = DBAPIError.instance(sql, parameters, error, conn.dialect.loaded_dbapi.Error)
            raise (errors.unavailable(wrapped) or wrapped) from error

    def _compile(self, dialect: Dialect) -> _Plain | None:
        """The SQL and the order of its values on `dialect`; None where SQLAlchemy must run it."""
        if dialect.name not in self._compiled:
            self._compiled[dialect.name] = _plain(self.statement, dialect)
        return self._compiled[dialect.name]


# The SQL, the keys of its values in order, and the values the statement itself holds.
_Plain = tuple[str, tuple[str, ...], dict[str, Any]]


def _plain(statement: Select[Any], dialect: Dialect) -> _Plain | None:
    if dialect.name != "sqlite":
        return None
    compiled = statement.compile(dialect=dialect)
    assert isinstance(compiled, SQLCompiler)
    parameters = compiled.bind_names  # each parameter and its name in the SQL
    # The dialect's own type of each value and column (a DateTime is converted on SQLite, say).
    if any(p.expanding or p.type.dialect_impl(dialect).bind_processor(dialect) for p in parameters):
        return None
    if any(c.type.dialect_impl(dialect).result_processor(dialect, None) for c in statement.selected_columns):
        return None
    # Values are given by their parameters' keys; an anonymous parameter is named otherwise in the SQL.
    key_of = {name: parameter.key for parameter, name in parameters.items()}
    held = {parameter.key: parameter.effective_value for parameter in parameters if not parameter.required}
    return compiled.string, tuple(key_of[name] for name in compiled.positiontup or ()), held
