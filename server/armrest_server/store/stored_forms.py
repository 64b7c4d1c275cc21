"""Stored wire forms: customers and AR items keep, beside each row, the record the API answers for
it (`wire`, JSON bytes) and the fingerprint of the schema those bytes were validated against
(`wire_schema`, see http/stored_records.py). Reads answer the bytes as they are.

The forms are made in the transaction that wrote the row, whatever wrote it:
- every INSERT into these tables leaves `wire` out, and `install` adds `wire = NULL` to every
  UPDATE of them (whoever wrote it: the store, a tool, a test), so no statement can leave an old
  form beside a changed row, and the transaction notes the table;
- before a write transaction (`db.writing`) commits, `refresh` makes the forms of the stale rows
  it wrote, through the `Form`s the app bound to the engine (the mapping lives in api/, above
  this layer; validation in http/), and writes them with the rest: per table one SELECT of the
  stale rows and one statement writing all their forms (store/bulk.update_rows, which also makes
  stale any row it writes without a form), never a statement per row.
A row written without the app's forms bound (a migration, a tool's engine, a test writing rows
itself) keeps `wire` NULL: its reader maps it from the row, and `refresh_all` (run at start-up)
fills it in, as it does for forms of another schema after the bundle changed.

A change of how a record is mapped that keeps its schema must come with a migration that sets
`wire` to NULL (the forms are data); tests/server/test_wire_forms.py compares every stored form
with the mapping of its row.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Insert, Select, Update, event, or_, select, tuple_

from armrest_server.store import bulk
from armrest_server.store.stale_tables import STORED, taken, touched

log = logging.getLogger("armrest.store")
_OPTION = "wire_forms"
_REFRESH_CHUNK = 1000


@dataclass(frozen=True, kw_only=True)
class Form:
    """How one table's rows become wire forms."""

    rows: Select[Any]  # the rows the mapping reads (the table's read shape, with `clientno` and `id`)
    # The rows' forms: JSON bytes, and the fingerprint of the schema they passed (None: they did not).
    make: Callable[[Sequence[Mapping[Any, Any]]], list[tuple[bytes, str | None]]]
    schema: str  # the fingerprint forms are validated against now


Forms = Mapping[str, Form]  # table name -> its form


def install(engine: Engine) -> None:
    """Make every write of a stored table on `engine` mark its rows stale (make_engine does this)."""

    @event.listens_for(engine, "before_execute", retval=True)
    def _stale(conn: Connection, statement: Any, multiparams: Any, params: Any, _options: Any) -> Any:
        table = getattr(statement, "table", None)
        name = getattr(table, "name", None)
        if name in STORED and isinstance(statement, Insert | Update):
            touched(conn, name)
            if isinstance(statement, Update):
                # Whatever the UPDATE changes, the row's form no longer says it.
                statement = statement.values(wire=None)
        return statement, multiparams, params


def begin(conn: Connection) -> None:
    """Forget what an earlier transaction on this connection wrote."""
    taken(conn)


def bind(engine: Engine, forms: Forms) -> None:
    engine.update_execution_options(**{_OPTION: dict(forms)})


def refresh(conn: Connection) -> None:
    """Make the forms of the stale rows this transaction wrote (before it commits)."""
    dirty = taken(conn)
    forms: Forms | None = conn.get_execution_options().get(_OPTION)
    if not dirty or not forms:
        return
    for name in sorted(dirty):
        form = forms.get(name)
        if form is not None:
            _write(
                conn,
                STORED[name],
                form,
                conn.execute(form.rows.where(STORED[name].c.wire.is_(None))).mappings().all(),
            )
    taken(conn)  # the forms' own UPDATEs


def refresh_all(engine: Engine) -> int:
    """Make every missing form, and every form of another schema (start-up); answers how many."""
    forms: Forms | None = engine.get_execution_options().get(_OPTION)
    done = 0
    if not forms or not _any_stale(engine, forms):
        return done  # the usual start: one read, no write transaction (no SQLite write lock)
    for name, form in forms.items():
        table = STORED[name]
        key = tuple_(table.c.clientno, table.c.id)
        after: tuple[int, int] | None = None
        while True:
            query = form.rows.where(_stale(table, form))
            if after is not None:
                query = query.where(key > tuple_(*after))
            with engine.connect().execution_options(write=True) as conn, conn.begin():
                rows = (
                    conn.execute(query.order_by(table.c.clientno, table.c.id).limit(_REFRESH_CHUNK))
                    .mappings()
                    .all()
                )
                if not rows:
                    break
                _write(conn, table, form, rows)
            done += len(rows)
            after = (rows[-1]["clientno"], rows[-1]["id"])
    return done


def _any_stale(engine: Engine, forms: Forms) -> bool:
    """Whether a row of any table lacks its form or has one of another schema: one read-only query,
    which stops at the first such row (with none, it reads each table once: wire_schema has no index)."""
    found = [
        select(STORED[name].c.id).where(_stale(STORED[name], form)).exists() for name, form in forms.items()
    ]
    with engine.connect() as conn:
        return bool(conn.execute(select(or_(*found))).scalar())


def _stale(table: Any, form: Form) -> Any:
    return or_(table.c.wire.is_(None), table.c.wire_schema.is_distinct_from(form.schema))


def _write(conn: Connection, table: Any, form: Form, rows: Sequence[Mapping[Any, Any]]) -> None:
    """The rows' forms, made at once and written with one statement (store/bulk.update_rows)."""
    if not rows:
        return
    made = form.make(rows)
    bulk.update_rows(
        conn,
        table,
        ("clientno", "id"),
        [
            {"clientno": row["clientno"], "id": row["id"], "wire": raw, "wire_schema": schema}
            for row, (raw, schema) in zip(rows, made, strict=True)
        ],
    )
    failed = sum(1 for _, schema in made if schema is None)
    if failed:
        log.error("stored records break the contract", extra={"table": table.name, "count": failed})
