"""Bounded IN lists: a statement names at most `IN_LIST` values in one `IN (...)`.

A list of any length is sent in slices, each a statement of its own: far below the parameters a
statement may bind (SQLite 32766, PostgreSQL 65535), and small enough to keep each plan cheap."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

IN_LIST = 500

T = TypeVar("T")


def in_chunks(values: Iterable[T]) -> Iterator[list[T]]:
    """`values` in order, in lists of at most `IN_LIST` (none for no values)."""
    listed = list(values)
    for start in range(0, len(listed), IN_LIST):
        yield listed[start : start + IN_LIST]
