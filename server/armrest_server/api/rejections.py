"""Broken rules (domain/rules.py) as the one 422 problem: every rule a field error, pointers made
absolute with the body key of the object the domain checked."""

from __future__ import annotations

from collections.abc import Iterable

from armrest_server.domain.rules import Violation
from armrest_server.http.problems import FieldError, Problem


def rejected(violations: Iterable[Violation], prefix: str = "") -> Problem:
    errors = [FieldError(prefix + v.pointer, v.message, v.code) for v in violations]
    return Problem(422, "; ".join(e.message for e in errors), errors)
