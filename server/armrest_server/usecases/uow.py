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
that module's functions with the connection bound (`functools.partial`: the same names and checked
signatures, without the `conn`; no frame of ours between a use case and the store): a test can
hand a use case a fake with the same attributes instead.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, suppress
from datetime import datetime
from functools import cached_property, partial
from types import TracebackType
from typing import Any

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


class Clients:
    """store/clients.py: the ledger lock, number sequences."""

    def __init__(self, conn: Connection) -> None:
        self.lock_ledger = partial(clients.lock_ledger, conn)
        self.next_numbers = partial(clients.next_numbers, conn)
        self.ensure = partial(clients.ensure, conn)
        self._overrides = partial(clients.config_overrides, conn)

    def config(self, clientno: int) -> Config:
        """The client's configuration (domain/config.py)."""
        return Config(self._overrides(clientno))


class Postings:
    """store/postings.py: AR items as auto postings and actions find, lock and settle them."""

    def __init__(self, conn: Connection) -> None:
        self.item = partial(postings.item, conn)
        self.items_by_kid = partial(postings.items_by_kid, conn)
        self.items_by_document_no = partial(postings.items_by_document_no, conn)
        self.items_by_document_uuid = partial(postings.items_by_document_uuid, conn)
        self.items_by_reference_no = partial(postings.items_by_reference_no, conn)
        self.open_items = partial(postings.open_items, conn)
        self.lock_items = partial(postings.lock_items, conn)
        self.settle = partial(postings.settle, conn)
        self.insert_item = partial(postings.insert_item, conn)
        self.set_fields = partial(postings.set_fields, conn)


class ArItems:
    """store/aritems.py: AR items and their applications."""

    def __init__(self, conn: Connection) -> None:
        self.insert_applications = partial(aritems.insert_applications, conn)
        self.find = partial(aritems.find, conn)
        self.update_details = partial(aritems.update_details, conn)
        self.insert_many = partial(aritems.insert_many, conn)
        self.settle_many = partial(aritems.settle_many, conn)


class Bundles:
    """store/bundles.py: document bundles."""

    def __init__(self, conn: Connection) -> None:
        self.keyed = partial(bundles.keyed, conn)
        self.insert_many = partial(bundles.insert_many, conn)


class Customers:
    """store/customers.py: customers."""

    def __init__(self, conn: Connection) -> None:
        self.find_by_id = partial(customers.find_by_id, conn)
        self.find_by_no = partial(customers.find_by_no, conn)
        self.find_by_account = partial(customers.find_by_account, conn)
        self.find_many = partial(customers.find_many, conn)
        self.insert_one = partial(customers.insert_one, conn)
        self.update_one = partial(customers.update_one, conn)
        self.insert_many = partial(customers.insert_many, conn)
        self.update_many = partial(customers.update_many, conn)


class Documents:
    """store/documents.py: documents."""

    def __init__(self, conn: Connection) -> None:
        self.existing_keys = partial(documents.existing_keys, conn)
        self.find_by_id = partial(documents.find_by_id, conn)
        self.creditable = partial(documents.creditable, conn)
        self.insert_many = partial(documents.insert_many, conn)
        self.set_credited = partial(documents.set_credited, conn)


class Reservations:
    """store/reservations.py: payment reservations and the payment ids used."""

    def __init__(self, conn: Connection) -> None:
        self.find = partial(reservations.find, conn)
        self.insert_row = partial(reservations.insert_row, conn)
        self.consume = partial(reservations.consume, conn)
        self.holding = partial(reservations.holding, conn)


class Batches:
    """store/batches.py: the batch queue."""

    def __init__(self, conn: Connection) -> None:
        self.enqueue = partial(batches.enqueue, conn)
        self.find_pending_by_dedupe = partial(batches.find_pending_by_dedupe, conn)


class Files:
    """store/files.py: uploaded files."""

    def __init__(self, conn: Connection) -> None:
        self.document_id = partial(files.document_id, conn)
        self.find_identical = partial(files.find_identical, conn)
        self.insert_file = partial(files.insert_file, conn)


class Gl:
    """store/gl.py: the general ledger's entries."""

    def __init__(self, conn: Connection) -> None:
        self.insert_entries = partial(gl.insert_entries, conn)


class Insights:
    """store/insights.py: AR items and GL balances as they stood at a date."""

    def __init__(self, conn: Connection) -> None:
        self.items_at = partial(insights.items_at, conn)
        self.gl_balances_at = partial(insights.gl_balances_at, conn)


class Reports:
    """store/reports.py: report jobs' files."""

    def __init__(self, conn: Connection) -> None:
        self.lock_job_key = partial(reports.lock_job_key, conn)
        self.insert_file = partial(reports.insert_file, conn)


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
