"""Failed attempts per source address, with an exponential delay: the token endpoint's guard against
guessing secrets.

The rule: an address may fail `limit` times; each further failure makes it wait 1, 2, 4, ... seconds
(at most `window`) after that failure before it may try again; an address that then goes `window`
seconds without failing is forgotten. Only the address that fails waits: failures are never counted
against the client id they name, so a stranger guessing a client's secret cannot lock the holder of
that secret out (the right secret from another address is answered at once, however many wrong ones
were sent). IPv6 addresses count per /64 network, the block one host commonly holds.

Kept in the process's memory: each server process counts its own failures (with `--workers N` a guesser
gets at most N times the allowance), and a restart forgets them. The number of addresses is bounded, so
guessing from ever new addresses cannot grow the table without end. Keys are kept as 16-byte digests.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

MAX_KEYS = 10_000


@dataclass
class _Failures:
    count: int
    last: float


def address_key(host: str) -> str:
    """The key an address's failures count under: an IPv6 address's /64 network, else the address."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


class FailureWindow:
    """`limit` free failures per key, then a doubling wait after each failure; a key that goes
    `window` seconds past its wait without failing starts again.

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
        self._failures: OrderedDict[bytes, _Failures] = OrderedDict()

    def __len__(self) -> int:
        """How many keys are remembered (failures not yet forgotten or swept)."""
        return len(self._failures)

    def delay(self, failures: int) -> float:
        """Seconds a key with `failures` failures waits after its last one."""
        if failures < self.limit:
            return 0.0
        return float(min(self.window, 2.0 ** min(failures - self.limit, 64)))

    def retry_after(self, key: str) -> int | None:
        """Whole seconds until `key` may try again, or None when it may try now."""
        found = self._current(_digest(key))
        if found is None:
            return None
        remaining = found.last + self.delay(found.count) - self.clock()
        return max(1, math.ceil(remaining)) if remaining > 0 else None

    def fail(self, key: str) -> None:
        digest = _digest(key)
        found = self._current(digest)
        if found is None:
            found = self._failures[digest] = _Failures(count=0, last=self.clock())
            while len(self._failures) > self.max_keys:
                self._failures.popitem(last=False)  # the least recently failed key
        found.count += 1
        found.last = self.clock()
        self._failures.move_to_end(digest)

    def _current(self, key: bytes) -> _Failures | None:
        """The key's failures, unless it went the window past its wait without failing (then
        forgotten)."""
        found = self._failures.get(key)
        if found is None:
            return None
        if self.clock() - found.last >= self.window + self.delay(found.count):
            del self._failures[key]
            return None
        return found


def _digest(key: str) -> bytes:
    return hashlib.blake2b(key.encode(errors="surrogatepass"), digest_size=16).digest()
