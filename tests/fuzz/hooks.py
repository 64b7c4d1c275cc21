"""Schemathesis hooks of the contract's fuzzing, loaded through schemathesis.toml (`hooks`) by both the
pytest integration (tests/fuzz/) and the CLI (`nox -s fuzz`)."""

from __future__ import annotations

import itertools
import re
from typing import Any

import schemathesis

_KEYS = itertools.count(1)
_VALID_KEY = re.compile(r"^[\x21-\x7E]{1,255}$")  # the contract's Idempotency-Key


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    """Each request gets an Idempotency-Key of its own, where the drawn one is valid.

    Left alone, every phase sends the contract's example key (the coverage phase with each variant of the
    body) or a one-character key again and again, so most writes stop at the documented 422
    `idempotencyMismatch` (same key, other body) and never reach their handler. A key the case makes
    invalid on purpose (a negative case) is sent as drawn. The key's own rules (replay, mismatch) are
    proven in tests/server/test_idempotency.py.
    """
    key = case.headers.get("Idempotency-Key") if case.headers else None
    if isinstance(key, str) and _VALID_KEY.match(key):
        case.headers["Idempotency-Key"] = f"fuzz-{next(_KEYS)}"
