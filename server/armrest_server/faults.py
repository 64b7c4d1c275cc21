"""Named fault points: places in the write path where a crash test makes the process die on purpose.

Crash tests start `armrest serve` with the test-only setting `fault_point` (`ARMREST_FAULT_POINT`)
naming one of `POINTS`; the first time the process reaches that point it SIGKILLs itself, as a power
cut or an OOM kill would: no `finally`, no rollback sent, no answer. The test then restarts the server
on the same database, resends, and checks by the ledger that every write happened exactly once.
Unset (the default) a point costs one comparison.
"""

from __future__ import annotations

import os
import signal

POINTS = frozenset(
    {
        # idempotency.around, in the order a request with an Idempotency-Key passes them
        "key-claimed",  # the key is claimed, the handler has not run
        "handler-done",  # the handler wrote and answered, its answer is not stored yet
        "answer-stored",  # the answer is stored with the write, nothing is committed yet
        "before-answer",  # everything is committed, the answer has not been sent
        # single writes, in their own transaction (with or without a key)
        "document-written",  # createDocument: voucher and AR items written, not committed
        "autopostings-written",  # createAutoPostings: postings written, not committed
        # the batch worker
        "chunk-written",  # a chunk's items and results written, not committed
        "chunk-committed",  # a chunk committed, the next one not started
    }
)

_armed: str | None = None


def arm(name: str | None) -> None:
    """Set the one point at which this process dies (None: none). A name not in POINTS is refused,
    so a misspelt point fails the test at start-up instead of never firing."""
    global _armed
    if name and name not in POINTS:
        raise ValueError(f"unknown fault point {name!r}; known: {', '.join(sorted(POINTS))}")
    _armed = name or None


def reach(name: str) -> None:
    """Mark a fault point: dies here when it is the armed one."""
    if _armed is not None and _armed == name:
        # Not measured: SIGKILL ends the process before coverage can write its data (the crash tests
        # in tests/server/test_crash_points.py run this line and prove its effect by the ledger).
        os.kill(os.getpid(), signal.SIGKILL)  # pragma: no cover
