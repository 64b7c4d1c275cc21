"""The age distributed balance (ADB, "aldersfordelt saldo"): open amounts per age interval at a date.

Age = as-of date - due date, in days. Age 0 or less is not due; with interval lengths L1..Ln,
interval 1 covers ages 1..L1, interval k the L(k) days after the intervals before it, and a last
open-ended interval every older item. Amounts are integer øre, so the buckets add up to the total
exactly.

Open at a date, the one definition the ADB, the AR items report and the GL receivables (1500) share:
an item counts from its documentDate, an application from its appliedDate; anything dated after the
date does not count. Settlements are never dated before the item they settle (a payment settles only
items dated on or before its postingDate, a credit note is not dated before its document), so the
applications of an item never count at a date the item does not, and the open AR at a date equals
the GL balance of 1500 at that date from the first open GL period on (a document dated in a closed
period is posted in the first open one).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class OpenItem:
    remaining: int  # øre at the as-of date, signed (credit items negative)
    due_date: date
    in_debt_collection: bool


@dataclass
class Bucket:
    amount: int = 0
    count: int = 0

    def add(self, amount: int) -> None:
        self.amount += amount
        self.count += 1


@dataclass(frozen=True)
class Interval:
    number: int
    from_days: int
    to_days: int | None  # None for the last, open-ended interval


@dataclass
class Adb:
    intervals: list[Interval]
    not_due: Bucket = field(default_factory=Bucket)
    overdue: list[Bucket] = field(default_factory=list)
    debt_collection: Bucket | None = None

    @property
    def buckets(self) -> list[Bucket]:
        rest = [self.debt_collection] if self.debt_collection is not None else []
        return [self.not_due, *self.overdue, *rest]

    @property
    def total_amount(self) -> int:
        return sum(b.amount for b in self.buckets)

    @property
    def total_count(self) -> int:
        return sum(b.count for b in self.buckets)


def intervals(lengths: list[int]) -> list[Interval]:
    """The overdue intervals for the given lengths, plus the open-ended one after them."""
    found: list[Interval] = []
    start = 1
    for number, length in enumerate(lengths, start=1):
        found.append(Interval(number, start, start + length - 1))
        start += length
    found.append(Interval(len(lengths) + 1, start, None))
    return found


def bucket_of(age: int, spans: list[Interval]) -> int | None:
    """The index of the overdue interval an age falls in; None when the item is not due."""
    if age <= 0:
        return None
    # The last interval is open-ended (`intervals`), so some interval always holds the age.
    return next(i for i, span in enumerate(spans) if span.to_days is None or age <= span.to_days)


def distribute(items: Iterable[OpenItem], as_of: date, lengths: list[int], debt_collection: bool) -> Adb:
    """One pass over the items; items with nothing remaining at the date are not counted."""
    spans = intervals(lengths)
    adb = Adb(spans, overdue=[Bucket() for _ in spans], debt_collection=Bucket() if debt_collection else None)
    for item in items:
        if item.remaining == 0:
            continue
        if adb.debt_collection is not None and item.in_debt_collection:
            adb.debt_collection.add(item.remaining)
            continue
        index = bucket_of((as_of - item.due_date).days, spans)
        (adb.not_due if index is None else adb.overdue[index]).add(item.remaining)
    return adb


def remaining_at(original: int, applied: int) -> int:
    """An item's remaining amount at a date, from its original amount and the applications dated on
    or before it. Applications always move the item towards zero, so their size is what counts
    (whatever sign an application row was stored with)."""
    return original - applied if original >= 0 else original + applied
