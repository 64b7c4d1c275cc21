"""The unit of work: the one transaction a use case runs in, and the store functions it reads and
writes through, bound to that transaction.

    with UnitOfWork(engine) as uow:
        planned = autopostings.plan_locked(uow, clientno, method, wire, today)
        ...
        uow.commit()

The caller (a handler, a batch kind, the demo data) opens the unit of work, runs the use case in it,
adds what it writes itself (the log item) and commits. Leaving the block without commit(), or by an
exception, rolls back everything written in it. The transaction is store/db.writing (or `reading`,
for a unit of work that only reads): inside a transaction already open on this thread (an
Idempotency-Key's, a batch chunk's) it is a savepoint, which commit() releases and the outer
transaction makes durable or undoes.

A use case reaches the store only through the attributes below, one per store module, each holding
that module's functions with the connection bound (the same names, without the `conn`): a test can
hand a use case a fake with the same attributes instead.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, suppress
from datetime import datetime
from functools import cached_property
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import Connection, Engine

from armrest_server.domain.config import Config
from armrest_server.store import (
    aritems,
    batches,
    bundles,
    clients,
    customers,
    documents,
    files,
    gl,
    insights,
    postings,
    reports,
    reservations,
    stored_forms,
)
from armrest_server.store.db import clock_of, reading, writing

P = ParamSpec("P")
R = TypeVar("R")


def _bound(conn: Connection, function: Callable[Concatenate[Connection, P], R]) -> Callable[P, R]:
    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        return function(conn, *args, **kwargs)

    return call


class Clients:
    """store/clients.py: the ledger lock, number sequences."""

    def __init__(self, conn: Connection) -> None:
        self.lock_ledger = _bound(conn, clients.lock_ledger)
        self.next_numbers = _bound(conn, clients.next_numbers)
        self.ensure = _bound(conn, clients.ensure)
        self._overrides = _bound(conn, clients.config_overrides)

    def config(self, clientno: int) -> Config:
        """The client's configuration (domain/config.py)."""
        return Config(self._overrides(clientno))


class Postings:
    """store/postings.py: AR items as auto postings and actions find, lock and settle them."""

    def __init__(self, conn: Connection) -> None:
        self.item = _bound(conn, postings.item)
        self.items_by_kid = _bound(conn, postings.items_by_kid)
        self.items_by_document_no = _bound(conn, postings.items_by_document_no)
        self.items_by_document_uuid = _bound(conn, postings.items_by_document_uuid)
        self.items_by_reference_no = _bound(conn, postings.items_by_reference_no)
        self.open_items = _bound(conn, postings.open_items)
        self.lock_items = _bound(conn, postings.lock_items)
        self.settle = _bound(conn, postings.settle)
        self.insert_item = _bound(conn, postings.insert_item)
        self.set_fields = _bound(conn, postings.set_fields)


class ArItems:
    """store/aritems.py: AR items and their applications."""

    def __init__(self, conn: Connection) -> None:
        self.insert_applications = _bound(conn, aritems.insert_applications)
        self.find = _bound(conn, aritems.find)
        self.update_details = _bound(conn, aritems.update_details)
        self.insert_many = _bound(conn, aritems.insert_many)
        self.settle_many = _bound(conn, aritems.settle_many)


class Bundles:
    """store/bundles.py: document bundles."""

    def __init__(self, conn: Connection) -> None:
        self.keyed = _bound(conn, bundles.keyed)
        self.insert_many = _bound(conn, bundles.insert_many)


class Customers:
    """store/customers.py: customers."""

    def __init__(self, conn: Connection) -> None:
        self.find_by_id = _bound(conn, customers.find_by_id)
        self.find_by_no = _bound(conn, customers.find_by_no)
        self.find_by_account = _bound(conn, customers.find_by_account)
        self.find_many = _bound(conn, customers.find_many)
        self.insert_one = _bound(conn, customers.insert_one)
        self.update_one = _bound(conn, customers.update_one)
        self.insert_many = _bound(conn, customers.insert_many)
        self.update_many = _bound(conn, customers.update_many)


class Documents:
    """store/documents.py: documents."""

    def __init__(self, conn: Connection) -> None:
        self.existing_keys = _bound(conn, documents.existing_keys)
        self.find_by_id = _bound(conn, documents.find_by_id)
        self.creditable = _bound(conn, documents.creditable)
        self.insert_many = _bound(conn, documents.insert_many)
        self.set_credited = _bound(conn, documents.set_credited)


class Reservations:
    """store/reservations.py: payment reservations and the payment ids used."""

    def __init__(self, conn: Connection) -> None:
        self.find = _bound(conn, reservations.find)
        self.insert_row = _bound(conn, reservations.insert_row)
        self.consume = _bound(conn, reservations.consume)
        self.holding = _bound(conn, reservations.holding)


class Batches:
    """store/batches.py: the batch queue."""

    def __init__(self, conn: Connection) -> None:
        self.enqueue = _bound(conn, batches.enqueue)
        self.find_pending_by_dedupe = _bound(conn, batches.find_pending_by_dedupe)


class Files:
    """store/files.py: uploaded files."""

    def __init__(self, conn: Connection) -> None:
        self.document_id = _bound(conn, files.document_id)
        self.find_identical = _bound(conn, files.find_identical)
        self.insert_file = _bound(conn, files.insert_file)


class Gl:
    """store/gl.py: the general ledger's entries."""

    def __init__(self, conn: Connection) -> None:
        self.insert_entries = _bound(conn, gl.insert_entries)


class Insights:
    """store/insights.py: AR items and GL balances as they stood at a date."""

    def __init__(self, conn: Connection) -> None:
        self.items_at = _bound(conn, insights.items_at)
        self.gl_balances_at = _bound(conn, insights.gl_balances_at)


class Reports:
    """store/reports.py: report jobs' files."""

    def __init__(self, conn: Connection) -> None:
        self.lock_job_key = _bound(conn, reports.lock_job_key)
        self.insert_file = _bound(conn, reports.insert_file)


class _RolledBack(Exception):
    """Thrown into the transaction to leave it rolled back."""


class UnitOfWork:
    """One transaction of a use case and the store functions bound to it (see the module docstring).
    Each store module's functions are bound when the use case first reaches them: a write uses two or
    three of the twelve (binding them all cost ~20 us a write)."""

    def __init__(
        self, engine: Engine, *, writes: bool = True, forms: stored_forms.Forms | None = None
    ) -> None:
        self.engine = engine
        self.writes = writes
        self.forms = forms  # the app's stored wire forms: made for what it wrote before it ends
        self._open: AbstractContextManager[Connection] | None = None
        self._conn: Connection | None = None

    @property
    def connection(self) -> Connection:
        """The open transaction's connection, for what its caller writes beside the use case."""
        if self._conn is None:
            raise AssertionError("the unit of work is not open")
        return self._conn

    def __enter__(self) -> UnitOfWork:
        if self._open is not None:
            raise AssertionError("the unit of work is open already")
        self._open = writing(self.engine, forms=self.forms) if self.writes else reading(self.engine)
        self._conn = self._open.__enter__()
        for name in _REPOSITORIES:
            self.__dict__.pop(name, None)  # bound to the transaction of an earlier opening
        return self

    @cached_property
    def clients(self) -> Clients:
        return Clients(self.connection)

    @cached_property
    def postings(self) -> Postings:
        return Postings(self.connection)

    @cached_property
    def aritems(self) -> ArItems:
        return ArItems(self.connection)

    @cached_property
    def bundles(self) -> Bundles:
        return Bundles(self.connection)

    @cached_property
    def customers(self) -> Customers:
        return Customers(self.connection)

    @cached_property
    def documents(self) -> Documents:
        return Documents(self.connection)

    @cached_property
    def reservations(self) -> Reservations:
        return Reservations(self.connection)

    @cached_property
    def batches(self) -> Batches:
        return Batches(self.connection)

    @cached_property
    def files(self) -> Files:
        return Files(self.connection)

    @cached_property
    def gl(self) -> Gl:
        return Gl(self.connection)

    @cached_property
    def insights(self) -> Insights:
        return Insights(self.connection)

    @cached_property
    def reports(self) -> Reports:
        return Reports(self.connection)

    def now(self) -> datetime:
        """The server's clock (the one bound to the engine: store/db.clock_of)."""
        return clock_of(self.connection).now()

    def savepoint(self) -> AbstractContextManager[Any]:
        """A part of the unit of work that an exception inside it undoes alone."""
        return self.connection.begin_nested()

    def commit(self) -> None:
        """Make what the unit of work wrote durable (a savepoint: part of the outer transaction)."""
        block = self._close()
        block.__exit__(None, None, None)

    def rollback(self) -> None:
        """Undo what the unit of work wrote."""
        block = self._close()
        with suppress(_RolledBack):
            block.__exit__(_RolledBack, _RolledBack(), None)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._open is None:
            return  # committed or rolled back already
        if error is None:
            self.rollback()
        else:
            self._close().__exit__(kind, error, trace)

    def _close(self) -> AbstractContextManager[Connection]:
        if self._open is None:
            raise AssertionError("the unit of work is not open")
        block, self._open, self._conn = self._open, None, None
        return block


# The store modules' bindings each opening of a unit of work starts without.
_REPOSITORIES = tuple(name for name, value in vars(UnitOfWork).items() if isinstance(value, cached_property))
