"""A broken business rule, as every domain module reports it.

A rule names where in the request it was broken (a JSON pointer: absolute, or relative to the
object checked, which the api layer then prefixes), what, and a stable code. `Rejected` carries the
rules one request broke; the domain raises it before it writes anything, and api/rejections.py turns
it into the one 422 problem.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Violation:
    """One broken rule: where in the request (a JSON pointer), what, and its stable code."""

    pointer: str
    message: str
    code: str


class Rejected(Exception):
    """The request broke these rules; nothing was written."""

    def __init__(self, violations: Violation | Sequence[Violation]) -> None:
        self.violations = [violations] if isinstance(violations, Violation) else list(violations)
        super().__init__("; ".join(v.message for v in self.violations))
