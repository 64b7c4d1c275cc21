"""Sandbox handlers (tag Sandbox, `x-armrest-sandbox: true`): the sandbox's clock. Not part of Amili's API.

They are routed only on a server started with `--sandbox-controls` (http/sandbox_controls.py), whose clock is
then an OffsetClock over the offset in the database (store/sandbox_clock.py).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from armrest_server.api.dates import instant, timestamp
from armrest_server.clock import OSLO, OffsetClock
from armrest_server.domain.ledger import LAST_DAY
from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import unprocessable
from armrest_server.store import sandbox_clock
from armrest_server.store.db import reading, writing

MARK = "x-armrest-sandbox"  # what marks the contract's sandbox-only parts


def _clock(call: Call) -> OffsetClock:
    clock = call.services.clock
    if not isinstance(clock, OffsetClock):  # routed only with --sandbox-controls, which sets it (app.py)
        raise TypeError("the sandbox clock is an OffsetClock")
    return clock


def _answer(now: datetime, base: datetime) -> dict[str, Any]:
    return {
        "now": timestamp(now),
        "today": now.astimezone(OSLO).date().isoformat(),
        "offsetSeconds": max(now - base, timedelta(0)) // timedelta(seconds=1),
    }


def ceiling() -> datetime:
    """The sandbox clock's last instant: the end of the last ledger date, in Oslo."""
    return datetime.combine(LAST_DAY + timedelta(days=1), time(), OSLO).astimezone(UTC) - timedelta.resolution


def getSandboxClock(call: Call) -> Reply:
    clock = _clock(call)
    with reading(call.services.engine) as conn:
        base = clock.base.now()
        return Reply(200, _answer(clock.at(base, sandbox_clock.offset(conn)), base))


def setSandboxClock(call: Call) -> Reply:
    clock = _clock(call)
    with writing(call.services.engine, forms=call.services.forms) as conn:
        base = clock.base.now()
        now = clock.at(base, sandbox_clock.locked_offset(conn))
        if "now" in call.body:
            target, pointer, named = instant(call.body["now"]), "/now", call.body["now"]
        else:  # at most 127 years ahead
            target = now + timedelta(seconds=call.body["advanceSeconds"])
            pointer, named = "/advanceSeconds", timestamp(target)
        if target < now:
            raise unprocessable(
                pointer, f"the clock moves forward only: {named} is before {timestamp(now)}", "clockBackwards"
            )
        if target > clock.ceiling:
            raise unprocessable(pointer, f"{named} is after {LAST_DAY} (the last ledger date)", "dateRange")
        sandbox_clock.move(conn, target - base, base)
        return Reply(200, _answer(target, base))
