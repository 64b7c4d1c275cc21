"""GL movements and balances, derived from the GL items on every read (never stored a second time),
and the texts of GL items in the reader's language.

Rows (designed, see listGlMovements): every period from the client's first posted period up to a
last period the caller names; in each, every account with any item posted up to the period's end.
No year-end closing is made, so every account carries its balance into the next year.

The work is proportional to the periods that have postings and to the rows asked for: `Balances`
indexes the posted sums once (a running balance per account at each period it was posted in), so
one row is a binary search, and a list walks only the periods its filters can match, never every
month between the first posting and the last.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

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
        return row_key(self.period, self.account_no)


def row_key(period: Period, account_no: str) -> str:
    return f"{period.year:04d}-{period.month:02d}-{account_no}"


def parse_key(key: str) -> tuple[Period, str]:
    """The period and account of a `row_key` (account numbers hold no `-`)."""
    year, month, account_no = key.split("-", 2)
    return Period(int(year), int(month)), account_no


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


@dataclass(frozen=True)
class _History:
    """One account's posted periods, in order, and its balance after each."""

    periods: list[tuple[int, int]] = field(default_factory=list)
    closings: list[int] = field(default_factory=list)


class Balances:
    """The posted sums of one client, indexed: any row is a lookup, not a walk from the first period."""

    def __init__(self, posted: Iterable[PeriodSum]) -> None:
        ordered = sorted(posted, key=lambda s: (_key(s.period), s.account_no))
        self._sums = {(s.account_no, _key(s.period)): s for s in ordered}
        self._history: dict[str, _History] = {}
        for s in ordered:
            history = self._history.setdefault(s.account_no, _History())
            before = history.closings[-1] if history.closings else 0
            history.periods.append(_key(s.period))
            history.closings.append(before + s.debit - s.credit)
        # Accounts in the order they were first posted on, to answer "which accounts exist at P".
        self._joined = sorted((h.periods[0], account) for account, h in self._history.items())
        self._joined_at = [period for period, _ in self._joined]
        self.first = min((s.period for s in ordered), key=_key, default=None)
        self.last = max((s.period for s in ordered), key=_key, default=None)

    def accounts_at(self, period: Period) -> list[str]:
        """Accounts with any item posted up to the end of `period`, in account order."""
        return sorted(account for _, account in self._joined[: bisect_right(self._joined_at, _key(period))])

    def row(self, account_no: str, period: Period, latest_closed: Period) -> Movement:
        history = self._history.get(account_no, _History())
        before = bisect_left(history.periods, _key(period))
        opening = history.closings[before - 1] if before else 0
        found = self._sums.get((account_no, _key(period)))
        debit, credit = (found.debit, found.credit) if found else (0, 0)
        return Movement(account_no, period, opening, debit, credit, _key(period) <= _key(latest_closed))

    def keys(
        self,
        last: Period,
        latest_closed: Period,
        *,
        year: int | None = None,
        month: int | None = None,
        account_no: str | None = None,
        closed: bool | None = None,
    ) -> Iterator[str]:
        """Keys of the rows from the first posted period through `last` that match every filter given,
        in list order; the periods no filter admits are skipped, not walked."""
        if self.first is None:
            return
        low, high = self.first, last
        if closed is True:
            high = min(high, latest_closed, key=_key)
        elif closed is False:
            low = max(low, latest_closed.next(), key=_key)
        years = (
            range(low.year, high.year + 1)
            if year is None
            else range(max(low.year, year), min(high.year, year) + 1)
        )
        for y in years:
            for m in range(1, 13) if month is None else (month,):
                period = Period(y, m)
                if not _key(low) <= _key(period) <= _key(high):
                    continue
                for account in self.accounts_at(period):
                    if account_no is None or account == account_no:
                        yield row_key(period, account)


def movements(posted: list[PeriodSum], last: Period, latest_closed: Period) -> list[Movement]:
    """Every row from the first posted period through `last`, ordered by period then account."""
    balances = Balances(posted)
    return [balances.row(a, p, latest_closed) for p, a in map(parse_key, balances.keys(last, latest_closed))]


def later(a: Period, b: Period | None) -> Period:
    return a if b is None or _key(a) >= _key(b) else b
