"""Two versions of one schema's constraints compared on samples: the same values, more, fewer, or other.

The diff gate (tools/contract_diff.py) asks this about every bound, length and pattern that changed, so
that a rewrite accepting the same values (`^[A-Za-z0-9_-]{22,4096}$` as a pattern `+` with
`minLength: 22` and `maxLength: 4096`) is no change, and a relaxation or a narrowing is rated by whom
it breaks. Samples are drawn from both versions: every length and number near a bound either states
(a pattern's `{n,m}` included), each in characters of several classes, and the schemas' examples. Only
the constraint keywords are judged, each on the values of its type, as JSON Schema does; the standard
library only, since the gate runs without the server's dependencies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

PROPOSED = "x-armrest-proposed"
STRINGS = ("minLength", "maxLength", "pattern")
NUMBERS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
ARRAYS = ("minItems", "maxItems")
BOUNDS = (*STRINGS, *NUMBERS, *ARRAYS)
CHARACTERS = ("a", "Z", "0", "9", "_", "-", ".", " ", "/", ":", "+", "é", "~", "\n")
LONGEST = 10_000
QUANTIFIER = re.compile(r"\{(\d+)(?:,(\d*))?\}")


def constraints(node: Any, *, proposed: bool) -> list[tuple[str, Any]]:
    """The bounds `node` states: plainly, and with `proposed` also those under `x-armrest-proposed`."""
    if not isinstance(node, dict):
        return []
    found = [(key, node[key]) for key in BOUNDS if key in node]
    extra = node.get(PROPOSED) if proposed else None
    if isinstance(extra, dict):
        found += [(key, extra[key]) for key in BOUNDS if key in extra]
    return found


def lifted(node: Any) -> Any:
    """`node` with every proposal made a plain keyword (a keyword stated both ways joins through
    `allOf`): the sandbox's reading, as `lift` in server/armrest_server/http/compiler.py makes it
    (tests/publish/test_contract_samples.py holds the two to the same result on the bundle)."""
    if isinstance(node, list):
        return [lifted(value) for value in node]
    if not isinstance(node, dict):
        return node
    plain = {key: lifted(value) for key, value in node.items() if key != PROPOSED}
    proposed = node.get(PROPOSED)
    if not isinstance(proposed, dict):
        return plain
    extra = {key: lifted(value) for key, value in proposed.items()}
    clash = {key: extra.pop(key) for key in sorted(set(extra) & set(plain))}
    if clash:
        plain["allOf"] = [*plain.get("allOf", []), clash]
    return plain | extra


def _lengths(rules: Iterable[tuple[str, Any]]) -> set[int]:
    found = {0, 1, 2, 3, 5, 8}
    for key, value in rules:
        numbers = [value] if key in ("minLength", "maxLength", *ARRAYS) else []
        if key == "pattern" and isinstance(value, str):
            for low, high in QUANTIFIER.findall(value):
                numbers += [int(low), *([int(high)] if high else [])]
                found |= {int(low) + 1 + int(high or 0), 2 * int(low) + 1}
        for number in numbers:
            if isinstance(number, int):
                found |= {number - 1, number, number + 1, number + 2}
    return {n for n in found if 0 <= n <= LONGEST}


def _numbers(rules: Iterable[tuple[str, Any]]) -> set[float]:
    found = {0.0, 1.0, -1.0, 0.5, 1e15, -1e15}
    for key, value in rules:
        if key in NUMBERS and isinstance(value, int | float) and not isinstance(value, bool):
            found |= {value + step for step in (-1, -0.01, -0.001, 0, 0.001, 0.01, 1)}
    return found


def samples(rules: list[tuple[str, Any]], examples: Iterable[Any] = ()) -> list[Any]:
    lengths = sorted(_lengths(rules))
    strings = [c * n for n in lengths for c in CHARACTERS]
    strings += [
        "".join(CHARACTERS[(i * 7 + s) % len(CHARACTERS)] for i in range(n)) for n in lengths for s in (0, 3)
    ]
    arrays = [[0] * n for n in lengths if n <= 1000]
    return [*strings, *sorted(_numbers(rules)), *arrays, *examples]


def accepts(rules: list[tuple[str, Any]], value: Any) -> bool:
    """Whether `value` keeps to every rule (each judges only values of its own type)."""
    return all(_keeps(key, bound, value) for key, bound in rules)


def _keeps(key: str, bound: Any, value: Any) -> bool:
    if isinstance(value, str) and key in STRINGS:
        if key == "pattern":
            return re.search(str(bound), value) is not None
        return _within(len(value), key, bound)
    if isinstance(value, list) and key in ARRAYS:
        return _within(len(value), key, bound)
    if isinstance(value, int | float) and not isinstance(value, bool) and key in NUMBERS:
        return _within(value, key, bound)
    return True


def _within(size: float, key: str, bound: Any) -> bool:
    if not isinstance(bound, int | float) or isinstance(bound, bool):
        return True  # not a bound JSON Schema knows: judged by no one
    if key.startswith("exclusive"):
        return size > bound if key.endswith("Minimum") else size < bound
    return size >= bound if key.startswith("min") else size <= bound


def compare(
    base: list[tuple[str, Any]], revision: list[tuple[str, Any]], examples: Iterable[Any] = ()
) -> str:
    """`same`, `wider` (the revision accepts more), `narrower` (fewer) or `other` (some of each)."""
    lost = gained = False
    for value in samples(base + revision, examples):
        before, after = accepts(base, value), accepts(revision, value)
        lost |= before and not after
        gained |= after and not before
    return {(False, False): "same", (False, True): "wider", (True, False): "narrower"}.get(
        (lost, gained), "other"
    )
