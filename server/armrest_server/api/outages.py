"""Database faults as answers: the one place where a fault of the store becomes HTTP.

`guarded` wraps the dispatcher's `around` of the writes (idempotency included), so that it covers
the whole of their work: a request that lost a deadlock or a serialisation race (PostgreSQL rolled
its transaction back whole) runs again from the start, a bounded number of times. `read` wraps every
read (GET), which writes nothing, so loses no race. Under both, a database that cannot answer now
(store/errors.py) answers 503 problem+json with `Retry-After`. The HTTP layer stays ignorant of the
store: it only sees a Problem.

`retried` is the same loop for one write transaction inside a handler, where a lost race also
means a key a concurrent writer took first or a guard that found the ledger changed: it answers 409
"send it again" when the races keep being lost. Both loops take their limit from one setting,
`db_attempts`, and back off between attempts so that the losers do not collide again.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import TypeVar

from sqlalchemy.exc import DBAPIError

from armrest_server.http.call import Call, Reply
from armrest_server.http.dispatch import Around, Handler
from armrest_server.http.problems import Problem, send_again
from armrest_server.store import errors
from armrest_server.store.postings import lost_race

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


T = TypeVar("T")


def again(
    work: Callable[[], T],
    *,
    attempts: int,
    lost: Callable[[Exception], bool],
    exhausted: Callable[[Exception], Problem],
) -> T:
    """`work()`, run again after an error that `lost` calls a lost race, `attempts` times in all;
    the last lost race raises `exhausted(error)`. Any other error passes through at once. `work()`
    runs at least once, whatever `attempts` says."""
    attempt = 1
    while True:
        try:
            return work()
        except Exception as error:
            if not lost(error):
                raise
            if attempt >= attempts:
                raise exhausted(error) from error
            time.sleep(BACKOFF * attempt * (0.5 + random.random()))
            attempt += 1


def retried(call: Call, work: Callable[[], T], *, detail: str, races: tuple[type[Exception], ...] = ()) -> T:
    """`work()`, one write transaction, run again while a concurrent writer wins (store/postings.py's
    `lost_race`, or one of `races` raised by a guard), at most `db_attempts` times in all; then 409
    with `detail` (nothing was written, the same request may be sent again)."""

    def lost(error: Exception) -> bool:
        return isinstance(error, races) or (isinstance(error, DBAPIError) and lost_race(error))

    def exhausted(_error: Exception) -> Problem:
        return send_again(detail)

    return again(work, attempts=call.services.settings.db_attempts, lost=lost, exhausted=exhausted)


def read(call: Call, handler: Handler) -> Reply:
    """A read: the handler's answer, or 503 when the database cannot answer now."""
    with _outage_answered():
        return handler(call)


@contextmanager
def _outage_answered() -> Iterator[None]:
    """An outage raised in the block becomes its 503 (and a log line); any other error passes."""
    try:
        yield
    except Exception as error:
        found = problem(error)
        if found is None:
            raise
        log.warning("database unavailable: %s", found.detail)
        raise found from error


def guarded(around: Around, *, attempts: int) -> Around:
    def kept_conflicting(_error: Exception) -> Problem:
        log.warning("a request lost %d races in a row", attempts, exc_info=True)
        return Problem(
            503,
            f"Concurrent writes kept conflicting with this one ({attempts} attempts); "
            "nothing was written. Send it again.",
            headers={"Retry-After": str(errors.RETRY_BUSY)},
        )

    def run(call: Call, handler: Handler) -> Reply:
        with _outage_answered():
            return again(
                partial(around, call, handler),
                attempts=attempts,
                lost=errors.conflict,
                exhausted=kept_conflicting,
            )

    return run
