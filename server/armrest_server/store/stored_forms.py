"""Stored wire forms: customers and AR items keep, beside each row, the record the API answers for
it (`wire`, JSON bytes) and the fingerprint of the schema those bytes were validated against
(`wire_schema`, see http/stored_records.py). Reads answer the bytes as they are.

A form is made in the transaction that wrote its row, and written by the store's writers of these
rows (store/customers.py, store/aritems.py, store/postings.py, and nothing else), told, not guessed:
- the block that owns the transaction is handed the forms (`store/db.writing(engine, forms=...)`:
  the app makes them from the mapping in api/records.py and hands them down through Services and
  the batch workers; `handed` keeps them on the connection while the block is open);
- a writer that has the whole row in hand (every customer write: it read the row it changes, or
  inserts what it has) writes the form in its own INSERT or UPDATE (`written`): no statement more;
- the AR items' writers note the ids they write instead (a settlement changes an item in SQL, an
  insert draws the items' ids in the same call): an UPDATE sets `wire` to NULL itself (`changing`
  answers that value and notes the ids), an INSERT leaves `wire` out and notes the new ids
  (`inserted`); before the block ends, `make` makes the forms of the rows noted and writes them:
  per table and client one SELECT of those rows by id and one statement writing all their forms
  (store/bulk.update_rows), never one per row.
A transaction handed no forms (a migration, a tool, the demo data seeded before the server starts)
leaves `wire` NULL: its reader maps the row, and `refresh_all` (run at start-up) fills it in, as it
does for forms of another schema after the bundle changed.

Checked by tests/server/test_wire_forms.py: no other code writes these rows, no SQL text does,
every write transaction of the API is handed the forms (read from the source), and every UPDATE
of them that any test drives sets `wire` (tests/support/forms_audit.py). A change of how a record
is mapped that keeps its schema must come with a migration that sets `wire` to NULL (the forms
are data): the test keeps a fingerprint of each mapping's bytes beside the migration that last
reset the table's forms, and fails when the bytes change without a new one.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Select, Table, bindparam, or_, select, tuple_

from armrest_server.store import bulk
from armrest_server.store.bounded import in_chunks
from armrest_server.store.tables import ar_items, customers

log = logging.getLogger("armrest.store")
STORED = {customers.name: customers, ar_items.name: ar_items}  # the tables whose rows keep a form
_NOTED = "armrest_wire_noted"  # conn.info: table -> clientno -> ids written by this transaction
_HANDED = "armrest_wire_forms"  # conn.info: the forms the innermost open block was handed, or None
_REFRESH_CHUNK = 1000


@dataclass(frozen=True, kw_only=True)
class Form:
    """How one table's rows become wire forms."""

    rows: Select[Any]  # the rows the mapping reads (the table's read shape, with `clientno` and `id`)
    # The rows' forms: JSON bytes, and the fingerprint of the schema they passed (None: they did not).
    make: Callable[[Sequence[Mapping[Any, Any]]], list[tuple[bytes, str | None]]]
    schema: str  # the fingerprint forms are validated against now


Forms = Mapping[str, Form]  # table name -> its form


def changing(conn: Connection, table: Table, clientno: int, ids: Iterable[int]) -> dict[str, Any]:
    """Note that this transaction changes these rows of a stored table; answers the value the
    UPDATE sets beside its own (`wire` NULL: the old form no longer says what the row says)."""
    _note(conn, table, clientno, ids)
    return {"wire": None}


def inserted(conn: Connection, table: Table, clientno: int, ids: Iterable[int]) -> None:
    """Note that this transaction inserted these rows of a stored table (without a form)."""
    _note(conn, table, clientno, ids)


def _note(conn: Connection, table: Table, clientno: int, ids: Iterable[int]) -> None:
    if table.name not in STORED:
        raise ValueError(f"{table.name} keeps no stored forms")
    noted: dict[str, dict[int, set[int]]] = conn.info.setdefault(_NOTED, {})
    noted.setdefault(table.name, {}).setdefault(clientno, set()).update(ids)


def written(conn: Connection, table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    """The form columns a writer that has the whole row in hand writes in its own INSERT or UPDATE:
    `row` is the row as the statement leaves it (every column the form's mapping reads). Made now
    when the block the transaction runs in was handed the forms; else `wire` NULL (start-up makes it).
    Nothing is noted: no statement after this one is needed to make the form."""
    form = (conn.info.get(_HANDED) or {}).get(table.name)
    if form is None:
        return {"wire": None, "wire_schema": None}
    [(raw, schema)] = form.make([row])
    _log_broken(table, [schema])
    return {"wire": raw, "wire_schema": schema}


def begin(conn: Connection) -> None:
    """A transaction starts on `conn`: forget what an earlier one noted and was handed."""
    conn.info.pop(_NOTED, None)
    conn.info.pop(_HANDED, None)


@contextmanager
def handed(conn: Connection, forms: Forms | None) -> Iterator[None]:
    """A block of the transaction on `conn` was handed `forms`: its writers make their forms with
    them until it ends (a nested block handed none keeps the outer block's)."""
    outer = conn.info.get(_HANDED)
    if forms is not None:
        conn.info[_HANDED] = forms
    try:
        yield
    finally:
        conn.info[_HANDED] = outer


def make(conn: Connection, forms: Forms) -> None:
    """Make and write the forms of the rows noted so far in this transaction (before it commits).

    A note may name a row that a savepoint rolled back, or that was deleted since: its form is
    made from the row as it is, or not at all."""
    noted: dict[str, dict[int, set[int]]] = conn.info.pop(_NOTED, {})
    for name in sorted(noted):
        form, table = forms.get(name), STORED[name]
        if form is None:
            continue
        query = _by_ids(form.rows, name)
        for clientno, ids in sorted(noted[name].items()):
            for chunk in in_chunks(sorted(ids)):
                found = conn.execute(query, {"clientno": clientno, "ids": chunk}).mappings().all()
                _write(conn, table, form, found)


@functools.lru_cache(maxsize=16)
def _by_ids(rows: Select[Any], name: str) -> Select[Any]:
    """The form's rows of a client by id, built once per form (building it per write was a tenth
    of a one-customer write)."""
    table = STORED[name]
    return rows.where(
        table.c.clientno == bindparam("clientno"), table.c.id.in_(bindparam("ids", expanding=True))
    )


def refresh_all(engine: Engine, forms: Forms) -> int:
    """Make every missing form, and every form of another schema (start-up); answers how many."""
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


def _write(conn: Connection, table: Table, form: Form, rows: Sequence[Mapping[Any, Any]]) -> None:
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
    _log_broken(table, [schema for _, schema in made])


def _log_broken(table: Table, schemas: Sequence[str | None]) -> None:
    """Log the forms that did not pass the contract's schema (they are stored, never answered as
    validated: their fingerprint is None)."""
    failed = schemas.count(None)
    if failed:
        log.error("stored records break the contract", extra={"table": table.name, "count": failed})
