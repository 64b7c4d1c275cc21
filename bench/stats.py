"""Figures from repeated runs: percentiles, a figure's spread over its repeats, and whether a difference
between two figures is larger than that spread (else it is reported as within noise).

A figure is the median of its repeats; its spread is their range. Two figures differ beyond noise only
when their ranges do not overlap: on a shared, busy machine a difference smaller than the spread of
repeats (a negative validation cost, a ratio of 0.97x) says nothing, and the table flags it.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


def percentile(values: Sequence[float], q: float) -> float:
    """The nearest-rank percentile (q in 0..100): the smallest value with at least q % of values at or
    below it. Nearest rank never invents a latency that no request had, unlike interpolation."""
    if not values:
        raise ValueError("percentile of no values")
    if not 0 <= q <= 100:
        raise ValueError(f"percentile {q} is outside 0..100")
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Figure:
    """One measured quantity over its repeats."""

    values: tuple[float, ...]

    @classmethod
    def of(cls, values: Sequence[float]) -> Figure:
        if not values:
            raise ValueError("a figure needs at least one value")
        return cls(tuple(values))

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    @property
    def relative_spread(self) -> float:
        """The range of the repeats as a fraction of their median (0 for a single value)."""
        return (self.high - self.low) / self.median if self.median else 0.0


def within_noise(a: Figure, b: Figure) -> bool:
    """True when the difference between a and b is no larger than their spread: their ranges overlap.

    A single run has no spread, so two single values are never called within noise; the table says
    how many repeats stand behind each figure."""
    return a.low <= b.high and b.low <= a.high


def ratio(a: Figure, b: Figure) -> float:
    return a.median / b.median if b.median else math.nan


def cost(slow: Figure, fast: Figure) -> float:
    """The share of throughput lost: 1 - slow/fast (0.15 = 15 % fewer req/s). Negative when slow is faster."""
    return 1 - slow.median / fast.median if fast.median else math.nan
