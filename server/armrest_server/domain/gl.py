"""GL movements and balances, derived from the GL items on every read (never stored a second time),
and the texts of GL items in the reader's language.

Rows (designed, see listGlMovements): every period from the client's first posted period up to a
last period the caller names; in each, every account with any item posted up to the period's end.
No year-end closing is made, so every account carries its balance into the next year.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from armrest_server.domain.ledger import Period

# Texts the server writes, "<phrase> <reference>": (Norwegian, English). Longer phrases first, so
# "Kreditnota for 100234" is not read as "Kreditnota" + "for 100234".
PHRASES: tuple[tuple[str, str], ...] = (
    ("Kreditnota for", "Credit note for"),
    ("Purregebyr", "Reminder fee"),
    ("Faktura", "Invoice"),
    ("Kreditnota", "Credit note"),
    ("Rentenota", "Interest note"),
    ("Purring", "Reminder"),
    ("Innbetaling", "Payment"),
    ("Avskrivning", "Write-off"),
    ("Tilbakebetaling", "Refund"),
)


def text(stored: str, language: str) -> str:
    """A GL item's text in `language` ('no' or 'en').

    A text the server wrote (a known phrase, alone or followed by one reference such as a document
    number) is translated; any other text (one a user sent with an auto posting) is answered as stored.
    """
    for no, en in PHRASES:
        for phrase in (no, en):
            rest = stored[len(phrase) :]
            if stored.startswith(phrase) and (rest == "" or (rest[0] == " " and len(rest.split()) == 1)):
                return (en if language == "en" else no) + rest
    return stored


def _key(period: Period) -> tuple[int, int]:
    return (period.year, period.month)


@dataclass(frozen=True)
class Movement:
    account_no: str
    period: Period
    opening: int  # øre, signed (+ debit)
    debit: int  # øre, >= 0
    credit: int  # øre, >= 0
    closed: bool

    @property
    def movement(self) -> int:
        return self.debit - self.credit

    @property
    def closing(self) -> int:
        return self.opening + self.movement

    @property
    def key(self) -> str:
        """Identifies the row in a frozen list; sorts as the list is ordered (year, period, account)."""
        return f"{self.period.year:04d}-{self.period.month:02d}-{self.account_no}"


@dataclass(frozen=True)
class PeriodSum:
    account_no: str
    period: Period
    debit: int
    credit: int


def sums(rows: Iterable[tuple[str, int, int, int, int]]) -> list[PeriodSum]:
    """PeriodSums from store.gl.period_sums rows."""
    return [
        PeriodSum(account, Period(year, month), debit, credit) for account, year, month, debit, credit in rows
    ]


def first_period(posted: list[PeriodSum]) -> Period | None:
    return min((s.period for s in posted), key=_key, default=None)


def last_posted_period(posted: list[PeriodSum]) -> Period | None:
    return max((s.period for s in posted), key=_key, default=None)


def movements(posted: list[PeriodSum], last: Period, latest_closed: Period) -> list[Movement]:
    """Every row from the first posted period through `last`, ordered by period then account."""
    first = first_period(posted)
    if first is None or _key(first) > _key(last):
        return []
    by_period: dict[tuple[int, int], dict[str, PeriodSum]] = {}
    for s in posted:
        by_period.setdefault(_key(s.period), {})[s.account_no] = s
    balances: dict[str, int] = {}
    rows: list[Movement] = []
    period = first
    while _key(period) <= _key(last):
        here = by_period.get(_key(period), {})
        for account in here:
            balances.setdefault(account, 0)
        closed = _key(period) <= _key(latest_closed)
        for account in sorted(balances):
            found = here.get(account)
            debit, credit = (found.debit, found.credit) if found else (0, 0)
            row = Movement(account, period, balances[account], debit, credit, closed)
            rows.append(row)
            balances[account] = row.closing
        period = period.next()
    return rows


def later(a: Period, b: Period | None) -> Period:
    return a if b is None or _key(a) >= _key(b) else b
