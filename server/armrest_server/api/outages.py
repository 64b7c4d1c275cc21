"""Database faults as answers: the one place where a fault of the store becomes HTTP.

Wraps the dispatcher's `around` (idempotency included), so that it covers every operation and the
whole of its work: a request that lost a deadlock or a serialisation race (PostgreSQL rolled its
transaction back whole) runs again from the start, a bounded number of times; a database that
cannot answer now (store/errors.py) answers 503 problem+json with `Retry-After`. The HTTP layer
stays ignorant of the store: it only sees a Problem.
"""

from __future__ import annotations

import logging
import random
import time

from armrest_server.http.call import Call, Reply
from armrest_server.http.dispatch import Around, Handler
from armrest_server.http.problems import Problem
from armrest_server.store import errors

log = logging.getLogger("armrest.api")
BACKOFF = 0.02  # seconds, times the attempt number and a random factor: losers do not collide again


def problem(error: BaseException) -> Problem | None:
    """The 503 for an outage, or None when `error` is none."""
    found = errors.unavailable(error)
    if found is None:
        return None
    return Problem(
        503,
        f"The database cannot answer now: {found.reason}. Send the request again after "
        f"{found.retry_after} s (a write with the same Idempotency-Key, which is applied once).",
        headers={"Retry-After": str(found.retry_after)},
    )


def guarded(around: Around, *, attempts: int) -> Around:
    def run(call: Call, handler: Handler) -> Reply:
        for attempt in range(1, attempts + 1):
            try:
                return around(call, handler)
            except Exception as error:
                if errors.conflict(error):
                    if attempt < attempts:
                        time.sleep(BACKOFF * attempt * (0.5 + random.random()))
                        continue
                    log.warning("a request lost %d races in a row", attempts, exc_info=True)
                    raise Problem(
                        503,
                        f"Concurrent writes kept conflicting with this one ({attempts} attempts); "
                        "nothing was written. Send it again.",
                        headers={"Retry-After": str(errors.RETRY_BUSY)},
                    ) from error
                found = problem(error)
                if found is None:
                    raise
                log.warning("database unavailable: %s", found.detail)
                raise found from error
        raise AssertionError("unreachable")

    return run
