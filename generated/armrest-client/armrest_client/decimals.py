"""Exact numbers on the wire: JSON bodies read and written without passing amounts through float.

Hand-written (overrides/armrest_client/decimals.py), copied into the generated package.

The contract's amounts, quantities and rates (numbers with `x-armrest-decimals`) are `decimal.Decimal` in
the models. The generated endpoint functions parse answers with `loads` (`parse_float=Decimal`, so
`1250.10` stays `Decimal("1250.10")`) and send bodies written by `dumps`, which writes a `Decimal` as the
JSON number it spells (`Decimal("10.50")` -> `10.50`). httpx's own `json=` cannot encode a `Decimal`.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

__all__ = ["JSON_CONTENT_TYPE", "decimal_of", "dumps", "loads"]

JSON_CONTENT_TYPE = "application/json"


def loads(content: bytes | str) -> Any:
    """A JSON document with every non-integer number as a `Decimal`."""
    return json.loads(content, parse_float=Decimal)


def decimal_of(value: object) -> Decimal:
    """A JSON number of an exact-decimal field as a `Decimal` (integers widened, floats by their repr)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise TypeError(f"expected a number, got {value!r}")
    if isinstance(value, int | str):
        return Decimal(value)
    if isinstance(value, float):  # a body parsed elsewhere with floats: the shortest repr is what was sent
        return Decimal(repr(value))
    raise TypeError(f"expected a number, got {value!r}")


def _write(value: Any, out: list[str]) -> None:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a JSON number")
        out.append(str(value))  # `10.50`, `-0.01`, `1E+3`: all JSON numbers, exactly the Decimal's value
    elif isinstance(value, dict):
        out.append("{")
        for index, (key, item) in enumerate(value.items()):
            if not isinstance(key, str):
                raise TypeError(f"a JSON object key must be a string, not {key!r}")
            out.append(("," if index else "") + json.dumps(key, ensure_ascii=False) + ":")
            _write(item, out)
        out.append("}")
    elif isinstance(value, list | tuple):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _write(item, out)
        out.append("]")
    else:  # str, int, float, bool, None: the standard encoder (NaN and infinities refused)
        out.append(json.dumps(value, ensure_ascii=False, allow_nan=False))


def dumps(document: Any) -> bytes:
    """`document` as compact UTF-8 JSON, every `Decimal` written as the exact number it spells."""
    out: list[str] = []
    _write(document, out)
    return "".join(out).encode("utf-8")
