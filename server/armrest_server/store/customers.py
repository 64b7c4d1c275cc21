"""Customers' SQL. Every query filters on clientno; numbers compare case-insensitively via customer_key.

`data` holds the customer's stored state keyed by wire names (see domain/customers.py); the columns
beside it are copies the lists filter on. Keys starting with `_` in `data` are search helpers only.
Every write of a row writes its stored wire form in the same statement (store/stored_forms.written):
each writer has the whole row in hand.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    CursorResult,
    Select,
    String,
    bindparam,
    delete,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from armrest_server.store import history, snapshots, stored_forms
from armrest_server.store.bounded import in_chunks
from armrest_server.store.db import clock_of
from armrest_server.store.documents import insert_rows
from armrest_server.store.prepared import Prepared
from armrest_server.store.tables import (
    ar_items,
    customers,
    document_bundles,
    documents,
    gl_entries,
    payment_reservations,
)

# Rows that keep a customer: a customer with any of them cannot be deleted.
USERS = (documents, ar_items, document_bundles, payment_reservations, gl_entries)


def _columns(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The filter columns and `data` for a customer's stored state."""
    return {
        "name": fields["name"],
        "name_key": fields["name"].lower()[:200],
        "customer_category": fields["customerCategory"] or None,
        "organization_no": fields["organizationNo"] or None,
        # SQLite's lower() folds ASCII only: the informal name is matched on a copy folded here.
        "data": {**fields, "_informalKey": fields["informalName"].lower()},
    }


def _one(conn: Connection, query: Select[Any]) -> dict[str, Any] | None:
    return _one_of(conn.execute(query))


def _one_of(result: CursorResult[Any]) -> dict[str, Any] | None:
    row = result.mappings().first()
    return dict(row) if row else None


# Statements of every read, built once: building a SELECT per call was a sixth of a GET's time.
_BY_NO = select(customers).where(
    customers.c.clientno == bindparam("clientno"), customers.c.customer_key == bindparam("key")
)
_BY_NO_LOCKED = _BY_NO.with_for_update()
_BY_IDS = select(customers).where(
    customers.c.clientno == bindparam("clientno"), customers.c.id.in_(bindparam("ids", expanding=True))
)
FORM_COLUMNS = (customers.c.wire, customers.c.wire_schema)  # a row's stored form, read beside its id
_FORMS = select(customers.c.id, *FORM_COLUMNS).where(
    customers.c.clientno == bindparam("clientno"), customers.c.id.in_(bindparam("ids", expanding=True))
)
_FORM_BY_NO = Prepared(
    select(customers.c.id, *FORM_COLUMNS).where(
        customers.c.clientno == bindparam("clientno"), customers.c.customer_key == bindparam("key")
    )
)
_FORM_KEYS = tuple(_FORM_BY_NO.statement.selected_columns.keys())  # id, wire, wire_schema


def form_by_no(conn: Connection, clientno: int, customer_no: str) -> dict[str, Any] | None:
    """The customer's `id`, `wire` and `wire_schema` (any case of its number): the rest of the row,
    `data` above all, is decoded for nothing where a wire form is stored. Run on the SQLite driver
    itself (store/prepared.py): this read is GET one customer's, on the event loop."""
    found = _FORM_BY_NO.rows(conn, {"clientno": clientno, "key": customer_no.lower()})
    return dict(zip(_FORM_KEYS, found[0], strict=True)) if found else None


def find_by_no(
    conn: Connection, clientno: int, customer_no: str, lock: bool = False
) -> dict[str, Any] | None:
    """The customer with this number (any case); lock=True holds its row until the transaction ends."""
    query = _BY_NO_LOCKED if lock else _BY_NO
    row = conn.execute(query, {"clientno": clientno, "key": customer_no.lower()}).mappings().first()
    return dict(row) if row else None


def find_by_account(conn: Connection, clientno: int, account_no: int) -> dict[str, Any] | None:
    return _one(
        conn, select(customers).where(customers.c.clientno == clientno, customers.c.account_no == account_no)
    )


def find_by_id(conn: Connection, clientno: int, customer_id: int) -> dict[str, Any] | None:
    return _one(
        conn, select(customers).where(customers.c.clientno == clientno, customers.c.id == customer_id)
    )


def find_many(
    conn: Connection, clientno: int, customer_nos: Sequence[str], lock: bool = False
) -> dict[str, dict[str, Any]]:
    """The customers with these numbers, keyed by lower-case number."""
    found: dict[str, dict[str, Any]] = {}
    for keys in in_chunks(sorted({n.lower() for n in customer_nos})):
        query = select(customers).where(customers.c.clientno == clientno, customers.c.customer_key.in_(keys))
        for row in conn.execute(query.with_for_update() if lock else query).mappings():
            found[row["customer_key"]] = dict(row)
    return found


def insert_one(
    conn: Connection, clientno: int, customer_no: str, account_no: int, fields: Mapping[str, Any]
) -> dict[str, Any] | None:
    """Insert a new customer; None when a concurrent transaction created the number first."""
    now = clock_of(conn).now()
    values = {
        "clientno": clientno,
        "customer_no": customer_no,
        "customer_key": customer_no.lower(),
        "account_no": account_no,
        "created_at": now,
        "changed_at": now,
        **_columns(fields),
    }
    values |= stored_forms.written(conn, customers, values)
    return _one_of(conn.execute(_INSERT_ONE[conn.dialect.name], values))


# Built once (building an INSERT and its cache key per call cost more than running it); it answers
# the new row as find_by_id would read it, without reading it, and no row when the number exists.
_INSERT_ONE = {
    dialect.dialect.name: dialect.insert(customers)
    .on_conflict_do_nothing(index_elements=["clientno", "customer_key"])
    .returning(*customers.c)
    for dialect in (postgresql, sqlite)
}


def insert_many(conn: Connection, clientno: int, rows: Iterable[tuple[str, int, Mapping[str, Any]]]) -> bool:
    """Insert new customers (number, account number, fields) at once. False, and nothing inserted,
    when one of the numbers exists already (a concurrent writer)."""
    now = clock_of(conn).now()
    values = []
    for number, account_no, fields in rows:
        row = {
            "clientno": clientno,
            "customer_no": number,
            "customer_key": number.lower(),
            "account_no": account_no,
            "created_at": now,
            "changed_at": now,
            **_columns(fields),
        }
        values.append(row | stored_forms.written(conn, customers, row))
    try:
        with conn.begin_nested():
            insert_rows(conn, customers, values)
    except IntegrityError:
        return False
    return True


def update_one(conn: Connection, stored: Mapping[str, Any], fields: Mapping[str, Any]) -> dict[str, Any]:
    """Change the customer `stored` (its row as read in this transaction, locked) to `fields`."""
    version = history.keep(conn, customers, stored["clientno"], customers.c.id == stored["id"])
    changed = {"changed_at": clock_of(conn).now(), **_columns(fields)}
    changed |= stored_forms.written(conn, customers, {**stored, **changed})
    row = _one_of(
        conn.execute(
            update(customers)
            .where(customers.c.id == stored["id"])
            .values(**changed, **version)
            .returning(*customers.c)
        )
    )
    assert row is not None
    return row


def update_many(conn: Connection, changes: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> None:
    """Change each customer (its row as read in this transaction, locked) to its fields."""
    if not changes:
        return
    now = clock_of(conn).now()
    ids = [stored["id"] for stored, _ in changes]
    version = history.keep(conn, customers, changes[0][0]["clientno"], customers.c.id.in_(ids))
    rows = []
    for stored, fields in changes:
        changed = {"changed_at": now, **_columns(fields)}
        changed |= stored_forms.written(conn, customers, {**stored, **changed})
        rows.append({"_id": stored["id"], **{f"_{k}": v for k, v in changed.items()}})
    # The columns each row changes (the same for every row), as parameters of one executemany.
    names = [key[1:] for key in rows[0] if key != "_id"]
    stmt = (
        update(customers)
        .where(customers.c.id == bindparam("_id"))
        .values(**{name: bindparam(f"_{name}", type_=customers.c[name].type) for name in names}, **version)
    )
    conn.execute(stmt, rows)


def in_use(conn: Connection, clientno: int, customer_id: int) -> bool:
    """Whether any document, AR item or other ledger row belongs to the customer."""
    return any(
        conn.execute(
            select(exists().where(table.c.clientno == clientno, table.c.customer_id == customer_id))
        ).scalar()
        for table in USERS
    )


def delete_one(conn: Connection, clientno: int, customer_id: int) -> None:
    history.keep(conn, customers, clientno, customers.c.id == customer_id)
    conn.execute(delete(customers).where(customers.c.clientno == clientno, customers.c.id == customer_id))


def ids_query(
    clientno: int,
    name: str | None = None,
    category: str | None = None,
    organization_no: str | None = None,
    active_status_web: str | None = None,
    changed_since: datetime | None = None,
) -> snapshots.Ids:
    """The ids of the client's customers matching every filter given, in account number order: the
    statement of this combination of filters (built once: building it was a tenth of a page's time)
    with this call's values."""
    values: dict[str, Any] = {"ids_client": clientno}
    if name:
        values["ids_name"] = _like_escaped(name.lower())
    if category:
        values["ids_category"] = category.lower()
    if organization_no:
        values["ids_organization"] = organization_no
    if active_status_web:
        values["ids_active"] = active_status_web.lower()
    if changed_since is not None:
        values["ids_since"] = changed_since
    return snapshots.Ids(_ids_shape(frozenset(values)), values)


def _like_escaped(text: str) -> str:
    """`text` matched literally inside a LIKE pattern with ESCAPE '/' (what autoescape=True does)."""
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")


# Each filter of ids_query as a condition on a parameter of its value's name, built once.
_NAME = bindparam("ids_name", type_=String)
_FILTERS = {
    "ids_name": or_(
        customers.c.name_key.contains(_NAME, escape="/"),
        customers.c.data["_informalKey"].as_string().contains(_NAME, escape="/"),
    ),
    "ids_category": func.lower(customers.c.customer_category) == bindparam("ids_category"),
    "ids_organization": customers.c.organization_no == bindparam("ids_organization"),
    "ids_active": func.lower(customers.c.data["activeStatusWeb"].as_string()) == bindparam("ids_active"),
    "ids_since": customers.c.changed_at >= bindparam("ids_since", type_=customers.c.changed_at.type),
}


@functools.cache
def _ids_shape(filters: frozenset[str]) -> Select[Any]:
    """ids_query's statement for the filters named (its values' keys), with parameters in their place."""
    query = select(customers.c.id).where(customers.c.clientno == bindparam("ids_client"))
    for name, condition in _FILTERS.items():
        if name in filters:
            query = query.where(condition)
    return query.order_by(customers.c.account_no)


def fetch(conn: Connection, clientno: int, ids: Sequence[Any]) -> dict[Any, dict[str, Any]]:
    """The rows of these ids: only `id`, `wire` and `wire_schema` where a wire form is stored (the
    rest of a row, `data` above all, is decoded for nothing there), whole rows for the others."""
    found = {
        row["id"]: dict(row)
        for row in conn.execute(_FORMS, {"clientno": clientno, "ids": list(ids)}).mappings()
    }
    missing = [key for key, row in found.items() if row["wire"] is None]
    if missing:
        for row in conn.execute(_BY_IDS, {"clientno": clientno, "ids": missing}).mappings():
            found[row["id"]] = dict(row)
    return found
