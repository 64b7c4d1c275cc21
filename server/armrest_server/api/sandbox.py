"""Sandbox handlers (tag Sandbox, `x-armrest-sandbox: true`): the sandbox's clock. Not part of Amili's API.

They are routed only on a server started with `--sandbox-controls` (http/sandbox.py), whose clock is
then an OffsetClock over the offset in the database (store/sandbox.py).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from armrest_server.api.wire import timestamp
from armrest_server.clock import OSLO, OffsetClock
from armrest_server.domain.ledger import LAST_DAY
from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import unprocessable
from armrest_server.store import sandbox
from armrest_server.store.db import reading, writing

MARK = "x-armrest-sandbox"  # what marks the contract's sandbox-only parts


def _clock(call: Call) -> OffsetClock:
    clock = call.services.clock
    if not isinstance(clock, OffsetClock):  # routed only with --sandbox-controls, which sets it (app.py)
        raise TypeError("the sandbox clock is an OffsetClock")
    return clock


def _answer(now: datetime, offset: timedelta) -> dict[str, Any]:
    return {
        "now": timestamp(now),
        "today": now.astimezone(OSLO).date().isoformat(),
        "offsetSeconds": offset // timedelta(seconds=1),
    }


def getSandboxClock(call: Call) -> Reply:
    clock = _clock(call)
    with reading(call.services.engine) as conn:
        offset = sandbox.offset(conn)
        return Reply(200, _answer(clock.base.now() + offset, offset))


def setSandboxClock(call: Call) -> Reply:
    clock = _clock(call)
    with writing(call.services.engine) as conn:
        base = clock.base.now()
        offset = sandbox.locked_offset(conn)
        now = base + offset
        if "now" in call.body:
            target, pointer = datetime.fromisoformat(call.body["now"]).astimezone(UTC), "/now"
        else:
            target, pointer = now + timedelta(seconds=call.body["advanceSeconds"]), "/advanceSeconds"
        if target < now:
            raise unprocessable(
                pointer,
                f"the clock moves forward only: {timestamp(target)} is before {timestamp(now)}",
                "clockBackwards",
            )
        if target.astimezone(OSLO).date() > LAST_DAY:
            raise unprocessable(
                pointer, f"{timestamp(target)} is after {LAST_DAY} (the last ledger date)", "dateRange"
            )
        moved = target - base
        sandbox.move(conn, moved, base)
        return Reply(200, _answer(target, moved))
