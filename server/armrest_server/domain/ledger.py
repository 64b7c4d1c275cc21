"""The general ledger: accounts, the period rule, and balanced vouchers.

Period rule (designed): a GL period is the calendar month of the posting date. Period P closes
`glPeriodLockDays` days after its last day (P is closed from last day + lock days + 1, in
Europe/Oslo dates). A posting dated in a closed period is posted on the first day of the first open
period; the document keeps its own date. A voucher's rows are made here (`voucher_rows`);
usecases/ledger.py numbers and writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

# The supported range of dates (the contract's `CalendarDate` pattern and `GlYear` bounds, checked against the
# bundle by tests/server/test_bad_input_catalogue.py): every event falls in a GL year the contract
# can answer. A date derived from a valid one (document date + due days) can still pass the end, so
# the rules that derive dates refuse that with a 422 instead of answering a date the contract forbids.
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2100, 12, 31)

AR = "1500"
BANK = "1920"
VAT_OUT = "2700"
SALES = "3000"
FEES = "3900"
BAD_DEBT = "7830"
INTEREST = "8050"
ACCOUNTS = {
    AR: ("Kundefordringer", "Accounts receivable"),
    BANK: ("Bank", "Bank"),
    VAT_OUT: ("Utgående merverdiavgift", "Output VAT"),
    SALES: ("Salgsinntekt", "Sales revenue"),
    FEES: ("Gebyrinntekt", "Fee income"),
    BAD_DEBT: ("Tap på fordringer", "Bad debt loss"),
    INTEREST: ("Renteinntekt", "Interest income"),
}


def account_name(account_no: str, language: str) -> str:
    no, en = ACCOUNTS.get(account_no, (account_no, account_no))
    return en if language == "en" else no


@dataclass(frozen=True)
class Period:
    year: int
    month: int

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def next(self) -> Period:
        return Period(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Period:
        return Period(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    def closed_on(self, lock_days: int) -> date:
        return self.last_day + timedelta(days=lock_days + 1)

    @classmethod
    def of(cls, day: date) -> Period:
        return cls(day.year, day.month)


def latest_closed(today: date, lock_days: int) -> Period:
    period = Period.of(today)
    while period.closed_on(lock_days) > today:
        period = period.previous()
    return period


def posting_period(posting_date: date, today: date, lock_days: int) -> tuple[Period, date]:
    """The period and posting date an entry gets: its own, or the first open period's first day."""
    period = Period.of(posting_date)
    first_open = latest_closed(today, lock_days).next()
    if (period.year, period.month) < (first_open.year, first_open.month):
        return first_open, first_open.first_day
    return period, posting_date


@dataclass(frozen=True)
class Entry:
    account_no: str
    amount: int  # øre; + debit, - credit
    text: str
    ar_item_id: int | None = None


@dataclass(frozen=True)
class Voucher:
    entries: list[Entry]
    posting_date: date
    document_id: int | None = None
    customer_id: int | None = None


def check_balanced(vouchers: list[Voucher]) -> None:
    """An unbalanced voucher is a bug, never data: it is never posted."""
    for voucher in vouchers:
        if sum(e.amount for e in voucher.entries) != 0:
            raise AssertionError(f"unbalanced voucher: {voucher.entries}")


def voucher_rows(
    clientno: int, vouchers: list[Voucher], first: int, today: date, lock_days: int, source: str
) -> list[dict[str, Any]]:
    """The GL entry rows of balanced `vouchers`, numbered from `first`, each in its posting period
    (the first open one when its own is closed: `lock_days` is the client's glPeriodLockDays)."""
    rows = []
    periods: dict[date, tuple[Period, date]] = {}
    for number, voucher in enumerate(vouchers, start=first):
        if voucher.posting_date not in periods:
            periods[voucher.posting_date] = posting_period(voucher.posting_date, today, lock_days)
        period, effective = periods[voucher.posting_date]
        rows += [
            {
                "clientno": clientno,
                "voucher_no": number,
                "gl_year": period.year,
                "gl_period": period.month,
                "posting_date": effective,
                "account_no": e.account_no,
                "amount": e.amount,
                "text": e.text[:200],
                "document_id": voucher.document_id,
                "ar_item_id": e.ar_item_id,
                "customer_id": voucher.customer_id,
                "source": source,
            }
            for e in voucher.entries
            if e.amount != 0
        ]
    return rows
