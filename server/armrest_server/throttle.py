"""Failed attempts per key (a client id, a source address) in a sliding window: the token endpoint's guard
against guessing secrets.

Kept in the process's memory: each server process counts its own failures (with `--workers N` a guesser
gets at most N times the limit), and a restart forgets them. The number of keys is bounded, so guessing
with ever new client ids cannot grow the table without end; the per-address limit already caps how many
new ids one address can try in a window. Keys are kept as 16-byte digests: a client id may be as long
as the form allows, and ten thousand of those must not cost gigabytes.
"""

from __future__ import annotations

import hashlib
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
        self._failures: OrderedDict[bytes, deque[float]] = OrderedDict()

    def __len__(self) -> int:
        """How many keys are remembered (failures inside the window or not yet swept)."""
        return len(self._failures)

    def retry_after(self, key: str) -> int | None:
        """Whole seconds until `key` may try again, or None when it may try now."""
        times = self._current(_digest(key))
        if times is None or len(times) < self.limit:
            return None
        return max(1, math.ceil(times[0] + self.window - self.clock()))

    def fail(self, key: str) -> None:
        digest = _digest(key)
        times = self._current(digest)
        if times is None:
            times = self._failures[digest] = deque(maxlen=max(self.limit, 1))
            while len(self._failures) > self.max_keys:
                self._failures.popitem(last=False)  # the least recently failed key
        times.append(self.clock())
        self._failures.move_to_end(digest)

    def clear(self, key: str) -> None:
        self._failures.pop(_digest(key), None)

    def _current(self, key: bytes) -> deque[float] | None:
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


def _digest(key: str) -> bytes:
    return hashlib.blake2b(key.encode(errors="surrogatepass"), digest_size=16).digest()
