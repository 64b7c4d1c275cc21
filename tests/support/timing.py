"""Bounds on waits that hold on any machine, however loaded.

The failure these bounds exist for is a hang (an answer that never comes, or comes after a client has
given up), not slowness: a bound is the configured wait plus a margin that grows with how slow this
machine is right now, a multiple of the time an unobstructed call of the same kind took in the same
test just before. Never an absolute number of seconds alone.

    pace = Pace.measure(lambda: api.get("/health"))
    ...
    assert pace.within(took, bound=BUSY), pace.explain(took, bound=BUSY)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

#: Unobstructed calls a loaded machine may add on top of a configured wait.
FACTOR = 200
#: Seconds of scheduling noise on top of that (a thread woken late, a process descheduled).
FLOOR = 3.0


@dataclass(frozen=True)
class Pace:
    """How long an unobstructed call takes on this machine now: the slowest of a few, since a load
    comes and goes and one quiet moment says little about the next."""

    unobstructed: float

    @classmethod
    def measure(cls, call: Callable[[], Any], *, times: int = 5) -> Pace:
        took = []
        for _ in range(times):
            started = time.monotonic()
            call()
            took.append(time.monotonic() - started)
        return cls(max(took))

    def margin(self) -> float:
        return FLOOR + FACTOR * self.unobstructed

    def within(self, took: float, *, bound: float) -> bool:
        return took < bound + self.margin()

    def explain(self, took: float, *, bound: float) -> str:
        return (
            f"answered after {took:.2f}s: bound {bound}s + margin {self.margin():.2f}s "
            f"({FACTOR} x an unobstructed {self.unobstructed * 1000:.1f} ms + {FLOOR}s)"
        )
