"""A unit of work without a database, for the use cases: the store functions a test names, answering
from plain data; commit() and rollback() say what the caller did."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

NOW = datetime(2026, 3, 31, 10, tzinfo=UTC)


class FakeUnitOfWork:
    """Each store the use case reaches is a namespace of functions (`FakeUnitOfWork(files={...})`);
    calls of functions no test gave fail, naming the function."""

    def __init__(self, **stores: dict[str, Any]) -> None:
        self.committed = self.rolled_back = False
        for name, functions in stores.items():
            setattr(self, name, SimpleNamespace(**functions))

    def __enter__(self) -> FakeUnitOfWork:
        return self

    def __exit__(self, *_: object) -> None:
        if not self.committed:
            self.rollback()

    def now(self) -> datetime:
        return NOW

    def savepoint(self) -> AbstractContextManager[None]:
        return nullcontext()

    def commit(self) -> None:
        self.committed = True

    def rollback(self) -> None:
        self.rolled_back = True
