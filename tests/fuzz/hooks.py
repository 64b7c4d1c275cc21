"""Schemathesis hooks of the contract's fuzzing, loaded through schemathesis.toml (`hooks`) by both the
pytest integration (tests/fuzz/) and the CLI (`nox -s fuzz`)."""

from __future__ import annotations

import itertools
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import strategies as st

from armrest_server.http.compiler import lift
from tests.support.spec import load

_KEYS = itertools.count(1)
_VALID_KEY = re.compile(r"^[\x21-\x7E]{1,255}$")  # the contract's Idempotency-Key
BUNDLE = Path(__file__).resolve().parents[2] / "generated" / "openapi" / "armrest.yaml"


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


# --- dates: the edges of the calendar and of the contract's ranges --------------------------------
# The stock `date` strategy draws uniformly from 0001..9999 and never names year 0000 (RFC 3339 allows
# it, Python's date does not), nor the days a server computes from (the last day of a range, 29
# February of a century). Those are where date handling breaks, so they are drawn often; the rest
# comes from the years the contract's date schemas admit and then from the whole calendar.
def _admitted_years(pattern: str) -> list[int]:
    matcher = re.compile(pattern)
    return [year for year in range(10000) if matcher.fullmatch(f"{year:04d}-01-01")]


@cache
def date_ranges() -> list[tuple[int, int]]:
    """(first, last) year of every date schema of the bundle that bounds its years with a pattern."""
    schemas = lift(load(BUNDLE))["components"]["schemas"]
    found = set()
    for schema in schemas.values():
        if isinstance(schema, dict) and schema.get("format") == "date" and "pattern" in schema:
            patterns = [
                schema["pattern"],
                *(part["pattern"] for part in schema.get("allOf", []) if "pattern" in part),
            ]
            years = sorted(set.intersection(*(set(_admitted_years(pattern)) for pattern in patterns)))
            if years:
                found.add((years[0], years[-1]))
    return sorted(found)


@cache
def calendar_edges() -> list[str]:
    edges = ["0000-01-01", "0001-01-01", "9999-12-31", "9999-12-01", "2023-02-29"]
    for first, last in date_ranges():
        edges += [f"{first:04d}-01-01", f"{last:04d}-12-31"]
        edges += [f"{first - 1:04d}-12-31"] if first > 0 else []
        edges += [f"{last + 1:04d}-01-01"] if last < 9999 else []
        edges += [f"{first:04d}-02-29", f"{last:04d}-02-29", f"{last:04d}-02-28"]
    return list(dict.fromkeys(edges))


def dates() -> st.SearchStrategy[str]:
    ranges = date_ranges()
    inside = [st.dates(date(max(first, 1), 1, 1), date(last, 12, 31)) for first, last in ranges]
    return st.one_of(
        st.sampled_from(calendar_edges()),
        *(strategy.map(date.isoformat) for strategy in inside),
        st.dates().map(date.isoformat),
    )


def timestamps() -> st.SearchStrategy[str]:
    times = st.sampled_from(["00:00:00Z", "23:59:59Z", "23:59:59.999999Z", "12:00:00Z"])
    return st.builds(lambda day, time: f"{day}T{time}", dates(), times)


schemathesis.openapi.format("date", dates())
schemathesis.openapi.format("date-time", timestamps())
