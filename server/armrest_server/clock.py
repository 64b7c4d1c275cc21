"""The one clock of the server: every wall-clock reading goes through a `Clock`.

`Services` holds it (handlers read `call.services.now()` / `.today()`); the store reads the same one
through its connection (`store.db.now(conn)`), since `Services` binds it to the engine. Tests give
the app a `SettableClock` and move it to prove every expiry; monotonic timing of waits and
time-outs does not go through it (a moved clock must not stall a worker or a time-out).
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

# Dates of the ledger are Norwegian dates.
OSLO = ZoneInfo("Europe/Oslo")
LATEST = datetime.max.replace(tzinfo=UTC)  # the last instant a datetime holds


class Calendar(Protocol):
    """What tells the ledger's date and nothing else: what a batch kind reads (worker/kinds.py).
    The app's `Services` is one, as is every `Clock`; the demo data gives a fixed day of its own
    (demo/examples.py)."""

    def today(self) -> date: ...


class Clock(ABC):
    @abstractmethod
    def now(self) -> datetime:
        """The current instant, timezone-aware UTC."""

    def today(self) -> date:
        """The current date of the ledger (Europe/Oslo)."""
        return self.now().astimezone(OSLO).date()


class SystemClock(Clock):
    def now(self) -> datetime:
        return datetime.now(UTC)


class SettableClock(Clock):
    """A clock that stands still where it is set, and moves only when told (tests)."""

    def __init__(self, *, at: datetime | None = None) -> None:
        self._lock = threading.Lock()
        self._at = _utc(at or datetime.now(UTC))

    def now(self) -> datetime:
        with self._lock:
            return self._at

    def set(self, at: datetime) -> None:
        with self._lock:
            self._at = _utc(at)

    def advance(self, by: timedelta) -> datetime:
        with self._lock:
            self._at += by
            return self._at


class OffsetClock(Clock):
    """The sandbox's clock (`--sandbox-controls`): a base clock, ahead by an offset read on every use.

    The offset lives outside the process (the database: `store/sandbox_clock.py` reads it), so every server
    process and batch worker of one sandbox reads the same time, and one that moves it moves it for
    all. `offset` must be cheap; the store's reads it once per transaction, without writing.
    """

    def __init__(
        self,
        *,
        base: Clock,
        offset: Callable[[], timedelta],
        ceiling: datetime = LATEST,
    ) -> None:
        self.base = base
        self._offset = offset
        self.ceiling = _utc(ceiling)

    def now(self) -> datetime:
        return self.at(self.base.now(), self._offset())

    def at(self, base: datetime, offset: timedelta) -> datetime:
        """The sandbox's instant when the base clock reads `base`: ahead by `offset`, and standing
        still at `ceiling` (the last instant of the ledger's dates) once the running time reaches it,
        so that no answer ever dates past it."""
        ahead = base + offset
        return ahead if ahead < self.ceiling else self.ceiling

    def offset(self) -> timedelta:
        return self._offset()


def _utc(at: datetime) -> datetime:
    if at.tzinfo is None:
        raise ValueError("a clock is set to an aware datetime")
    return at.astimezone(UTC)
