"""The contract's bounds of a problem body, and the one rule for a list of errors longer than its bound.

Both the HTTP layer (http/problems.py: every problem and its field errors) and the batch queue
(worker/queue.py: the errors kept with a rejected batch item, answered later by getBatch) keep to
them, so they live below both. The bounds are those of the contract's components Problem and
FieldError (maxLength, maxItems); they are written here because a problem is built before any bundle
is at hand, and tests/spec/test_problem_limits.py pins each to the bundle.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

LIMITS = {
    "type": 2000,
    "title": 500,
    "detail": 5000,
    "instance": 2000,
    "errors": 1000,
    "pointer": 1000,
    "message": 2000,
    "code": 100,
}
MORE_ERRORS = "moreErrors"  # the code of the error that stands for those not listed

T = TypeVar("T")


def at_most(items: Sequence[T], limit: int, more: Callable[[str], T], count: int | None = None) -> list[T]:
    """`items` as a bounded list keeps them: all, when `count` (default: all given) is at most `limit`;
    else the first `limit - 1` and `more(message)`, the error saying how many are not listed."""
    total = len(items) if count is None else count
    if total <= limit:
        return list(items)
    extra = total - (limit - 1)
    return [*items[: limit - 1], more(f"{extra} more errors are not listed (at most {limit} are)")]
