"""Failed attempts per key (a client id, a source address) in a sliding window: the token endpoint's guard
against guessing secrets.

Kept in the process's memory: each server process counts its own failures (with `--workers N` a guesser
gets at most N times the limit), and a restart forgets them. The number of keys is bounded, so guessing
with ever new client ids cannot grow the table without end; the per-address limit already caps how many
new ids one address can try in a window.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict, deque
from collections.abc import Callable

MAX_KEYS = 10_000


class FailureWindow:
    """At most `limit` failures per key within any `window` seconds; after that the key waits.

    Not thread-safe: the token endpoint calls it from the event loop only.
    """

    def __init__(
        self,
        *,
        limit: int,
        window: float,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = MAX_KEYS,
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self.max_keys = max_keys
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()

    def retry_after(self, key: str) -> int | None:
        """Whole seconds until `key` may try again, or None when it may try now."""
        times = self._current(key)
        if times is None or len(times) < self.limit:
            return None
        return max(1, math.ceil(times[0] + self.window - self.clock()))

    def fail(self, key: str) -> None:
        times = self._current(key)
        if times is None:
            times = self._failures[key] = deque(maxlen=max(self.limit, 1))
            while len(self._failures) > self.max_keys:
                self._failures.popitem(last=False)  # the least recently failed key
        times.append(self.clock())
        self._failures.move_to_end(key)

    def clear(self, key: str) -> None:
        self._failures.pop(key, None)

    def _current(self, key: str) -> deque[float] | None:
        """The key's failures still inside the window (expired ones dropped)."""
        times = self._failures.get(key)
        if times is None:
            return None
        horizon = self.clock() - self.window
        while times and times[0] <= horizon:
            times.popleft()
        if not times:
            del self._failures[key]
            return None
        return times
