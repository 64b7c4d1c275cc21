"""GlMovements handlers: movement and balance per GL account and period, derived on every read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from sqlalchemy import Connection

from armrest_server.api.paging import DEFAULT_MAXIMUM, list_page
from armrest_server.domain import config, gl, ledger
from armrest_server.domain.money import to_wire
from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import not_found
from armrest_server.store import clients
from armrest_server.store import gl as store
from armrest_server.store.db import reading


def _wire(row: gl.Movement, language: str) -> dict[str, Any]:
    return {
        "accountNo": row.account_no,
        "accountName": ledger.account_name(row.account_no, language),
        "glYear": row.period.year,
        "glPeriod": row.period.month,
        "openingBalance": to_wire(row.opening),
        "debit": to_wire(row.debit),
        "credit": to_wire(row.credit),
        "movement": to_wire(row.movement),
        "closingBalance": to_wire(row.closing),
        "closed": row.closed,
    }


@dataclass(frozen=True)
class _Ledger:
    """What every row of a client is derived from: its posted sums and today's period rule."""

    balances: gl.Balances
    last: ledger.Period  # the later of today's period and the last period posted on
    latest_closed: ledger.Period


def _lock_days(conn: Connection, clientno: int) -> int:
    return int(config.Config(clients.config_overrides(conn, clientno)).value("glPeriodLockDays"))


def _ledger(conn: Connection, call: Call) -> _Ledger:
    today = call.services.today()
    lock_days = _lock_days(conn, call.clientno)
    balances = gl.Balances(gl.sums(store.period_sums(conn, call.clientno)))
    last = gl.later(ledger.Period.of(today), balances.last)
    return _Ledger(balances, last, ledger.latest_closed(today, lock_days))


def getLatestGlMovement(call: Call) -> Reply:
    today = call.services.today()
    with reading(call.services.engine) as conn:
        lock_days = _lock_days(conn, call.clientno)
        period = ledger.latest_closed(today, lock_days)
        balances = gl.Balances(gl.sums(store.period_sums(conn, call.clientno)))
    rows = [balances.row(account, period, period) for account in balances.accounts_at(period)]
    if not rows:
        raise not_found(f"A GL balance up to {period.year}-{period.month:02d} of client {call.clientno}")
    body = {
        "glYear": period.year,
        "glPeriod": period.month,
        "closed": True,
        "closedOn": period.closed_on(lock_days).isoformat(),
        "movements": [_wire(r, call.language) for r in rows],
    }
    return Reply(200, body)


def listGlMovements(call: Call) -> Reply:
    query = call.query
    derived: list[_Ledger] = []

    def ledger_of(conn: Connection) -> _Ledger:
        """The client's rows are derived once per call, in the list's one read transaction."""
        if not derived:
            derived.append(_ledger(conn, call))
        return derived[0]

    def ids() -> list[str]:
        # `reading` joins the list's transaction here instead of taking a second connection: holding
        # one connection while waiting for another let concurrent lists exhaust the pool.
        with reading(call.services.engine) as conn:
            found = ledger_of(conn)
        wanted = found.balances.keys(
            found.last,
            found.latest_closed,
            year=query.get("glyear"),
            month=query.get("glperiod"),
            account_no=query.get("accountno"),
            closed=query.get("closed"),
        )
        return list(islice(wanted, query.get("maximumcount") or DEFAULT_MAXIMUM))

    def fetch(conn: Connection, chunk: Sequence[Any]) -> dict[Any, dict[str, Any]]:
        here = ledger_of(conn)
        rows = (
            here.balances.row(account, period, here.latest_closed)
            for period, account in map(gl.parse_key, chunk)
        )
        return {row.key: _wire(row, call.language) for row in rows}

    return list_page(call, "glMovements", ids, fetch)
