"""Every UPDATE of a customer or AR item row says what becomes of its stored wire form: it sets
`wire`, to NULL (the store's writers, through store/stored_forms.changing, in their own statement)
or to the form made for the row. An UPDATE that does neither leaves the old form beside a changed
row, and reads would answer the old form. `running` (tests/support/app.py) watches every app's
statements with `stale_forms`, so any test that drives such a write fails, whatever sent it: a new
store function that bypasses the writers, a text() statement, a tool.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine

from tests.support.pool import listening

_UPDATE = re.compile(
    r'^\s*update\s+"?(customers|ar_items)"?\s+set\s+(.*?)(?:\s+(?:from|where)\s|$)', re.I | re.S
)
_WIRE = re.compile(r'(?:^|[\s,."])wire"?\s*=', re.I)


def leaves_a_stale_form(statement: str) -> bool:
    """Whether `statement` changes customers or AR items without setting their `wire`."""
    update = _UPDATE.match(statement)
    return update is not None and _WIRE.search(update[2]) is None


@contextmanager
def stale_forms(engine: Engine) -> Iterator[list[str]]:
    """While open, lists every statement sent on `engine` that leaves a stored form stale."""
    found: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if leaves_a_stale_form(statement):
            found.append(" ".join(statement.split()))

    with listening(engine, before_cursor_execute=seen):
        yield found
