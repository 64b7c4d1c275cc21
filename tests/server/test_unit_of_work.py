"""The unit of work: what it wrote lasts only when committed; an exception or a block left without a
commit rolls it back; inside an open transaction it is a savepoint that undoes only its own part."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, select

from armrest_server.store import clients
from armrest_server.store.db import reading, writing
from armrest_server.store.tables import counters
from armrest_server.usecases.uow import UnitOfWork
from tests.support.app import CLIENTNO, Api


def _next(uow: UnitOfWork) -> int:
    number: int = uow.clients.next_numbers(CLIENTNO, "probe", 1)
    return number


def _last(engine: Engine) -> int:
    """The last number of the probe sequence that a committed transaction took (0: none did)."""
    query = select(counters.c.value).where(counters.c.clientno == CLIENTNO, counters.c.name == "probe")
    with reading(engine) as conn:
        return int(conn.execute(query).scalar() or 0)


def test_only_a_committed_unit_of_work_lasts(sqlite_api: Api) -> None:
    engine = sqlite_api.services.engine
    with UnitOfWork(engine) as uow:
        _next(uow)
        uow.commit()
    with UnitOfWork(engine) as uow:
        _next(uow)  # left without a commit
    with pytest.raises(RuntimeError), UnitOfWork(engine) as uow:
        _next(uow)
        raise RuntimeError("a bug after the write")
    with UnitOfWork(engine) as uow:
        _next(uow)
        uow.rollback()
    assert _last(engine) == 1


def test_inside_an_open_transaction_a_unit_of_work_is_a_savepoint(sqlite_api: Api) -> None:
    engine = sqlite_api.services.engine
    with writing(engine) as conn:
        clients.next_numbers(conn, CLIENTNO, "probe", 1)
        with UnitOfWork(engine) as uow:
            assert uow.connection is conn
            _next(uow)  # undone alone: the outer write stays
        with UnitOfWork(engine) as uow:
            _next(uow)
            uow.commit()
    assert _last(engine) == 2


def test_a_unit_of_work_opened_again_binds_the_store_to_its_new_transaction(sqlite_api: Api) -> None:
    engine = sqlite_api.services.engine
    uow = UnitOfWork(engine)
    with uow:
        first = uow.clients
        _next(uow)
        uow.commit()
    with uow:
        assert uow.clients is not first  # bound when first reached in this opening, not the last
        _next(uow)
        uow.commit()
    assert _last(engine) == 2
