"""The general ledger's rules on plain values: periods, the lock, and a voucher's rows."""

from __future__ import annotations

from datetime import date

import pytest

from armrest_server.domain import ledger
from armrest_server.domain.ledger import Entry, Period, Voucher


def test_a_period_closes_its_lock_days_after_its_last_day() -> None:
    march = Period(2026, 3)
    assert (march.last_day, march.closed_on(10), march.previous(), Period(2025, 12).next()) == (
        date(2026, 3, 31), date(2026, 4, 11), Period(2026, 2), Period(2026, 1)
    )  # fmt: skip
    assert (ledger.latest_closed(date(2026, 4, 10), 10), ledger.latest_closed(date(2026, 4, 11), 10)) == (
        Period(2026, 2), Period(2026, 3)
    )  # fmt: skip


def test_a_posting_in_a_closed_period_goes_to_the_first_day_of_the_first_open_one() -> None:
    today = date(2026, 4, 20)
    assert ledger.posting_period(date(2026, 2, 14), today, 10) == (Period(2026, 4), date(2026, 4, 1))
    assert ledger.posting_period(date(2026, 4, 2), today, 10) == (Period(2026, 4), date(2026, 4, 2))


def test_a_vouchers_rows_are_numbered_in_order_and_skip_zero_entries() -> None:
    first = Voucher(
        [Entry("1500", 100, "F 1", 7), Entry("3000", -100, "F 1"), Entry("2700", 0, "F 1")], date(2026, 2, 1)
    )
    second = Voucher([Entry("1920", 50, "P"), Entry("1500", -50, "P", 7)], date(2026, 4, 5), customer_id=3)
    rows = ledger.voucher_rows(2218, [first, second], 41, date(2026, 4, 20), 10, "DOCUMENT")
    assert [(r["voucher_no"], r["account_no"], r["gl_period"], r["posting_date"]) for r in rows] == [
        (41, "1500", 4, date(2026, 4, 1)), (41, "3000", 4, date(2026, 4, 1)),
        (42, "1920", 4, date(2026, 4, 5)), (42, "1500", 4, date(2026, 4, 5)),
    ]  # fmt: skip


def test_an_unbalanced_voucher_is_a_bug() -> None:
    with pytest.raises(AssertionError, match="unbalanced"):
        ledger.check_balanced([Voucher([Entry("1500", 100, "F")], date(2026, 4, 1))])
