"""GlMovements handlers: movement and balance per GL account and period, derived on every read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from armrest_server.api.paging import list_page
from armrest_server.domain import config, gl, ledger
from armrest_server.domain.money import to_wire
from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import not_found
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


def _all_rows(conn: Connection, call: Call) -> list[gl.Movement]:
    """Every row the client has: through the later of today's period and the last period posted on."""
    today = call.services.today()
    lock_days = int(config.value(conn, call.clientno, "glPeriodLockDays"))
    posted = gl.sums(store.period_sums(conn, call.clientno))
    last = gl.later(ledger.Period.of(today), gl.last_posted_period(posted))
    return gl.movements(posted, last, ledger.latest_closed(today, lock_days))


def getLatestGlMovement(call: Call) -> Reply:
    today = call.services.today()
    with reading(call.services.engine) as conn:
        lock_days = int(config.value(conn, call.clientno, "glPeriodLockDays"))
        period = ledger.latest_closed(today, lock_days)
        posted = gl.sums(store.period_sums(conn, call.clientno))
    rows = [r for r in gl.movements(posted, period, period) if r.period == period]
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
    year, month, account, closed = (query.get(k) for k in ("glyear", "glperiod", "accountno", "closed"))

    def wanted(row: gl.Movement) -> bool:
        return (
            (year is None or row.period.year == year)
            and (month is None or row.period.month == month)
            and (account is None or row.account_no == account)
            and (closed is None or row.closed == closed)
        )

    def ids() -> list[str]:
        with reading(call.services.engine) as conn:
            return [r.key for r in _all_rows(conn, call) if wanted(r)]

    def fetch(conn: Connection, keys: Sequence[Any]) -> dict[Any, dict[str, Any]]:
        rows = {r.key: r for r in _all_rows(conn, call)}
        return {key: _wire(rows[key], call.language) for key in keys if key in rows}

    return list_page(call, "glMovements", ids, fetch)
