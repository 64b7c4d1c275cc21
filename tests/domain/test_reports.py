"""The report rules on plain rows: a request after its defaults, and the CSV each report makes."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from armrest_server.domain import reports
from armrest_server.domain.rules import Rejected

TODAY = date(2026, 3, 31)


def code(report_type: str, wire: dict[str, Any]) -> tuple[str, str]:
    with pytest.raises(Rejected) as rejected:
        reports.request_of(report_type, wire, TODAY, [30, 30])
    [violation] = rejected.value.violations
    return violation.pointer, violation.code


def test_a_request_takes_today_and_the_clients_intervals_and_identical_ones_are_equal() -> None:
    first = reports.request_of("adb", {"includeSum": True}, TODAY, [30, 60])
    again = reports.request_of("adb", {"includeSum": "includeSum", "asOfDate": "2026-03-31"}, TODAY, [30, 60])
    assert (first, first.dedupe_key()) == (again, again.dedupe_key())
    assert (first.as_of, first.intervals) == ("2026-03-31", [30, 60])


def test_the_adb_intervals_sent_are_ordered_by_number() -> None:
    wire = {"includeSum": False, "adb": {"intervals": [{"intervalNo": 2, "intervalLength": 60},
                                                       {"intervalNo": 1, "intervalLength": 20}]}}  # fmt: skip
    assert reports.request_of("adb", wire, TODAY, [30]).intervals == [20, 60]


def test_a_future_date_adb_intervals_on_another_report_and_a_repeated_interval_are_refused() -> None:
    assert code("aritems", {"includeSum": True, "asOfDate": "2026-04-01"}) == (
        "/action/report/asOfDate",
        "futureDate",
    )
    assert code("glbalance", {"includeSum": True, "adb": {"intervals": []}}) == (
        "/action/report/adb",
        "notAllowed",
    )
    repeated = {"intervals": [{"intervalNo": 1, "intervalLength": 5}, {"intervalNo": 1, "intervalLength": 9}]}
    assert code("adb", {"includeSum": True, "adb": repeated}) == (
        "/action/report/adb/intervals/1/intervalNo", "duplicate"
    )  # fmt: skip


def row(
    item_id: int, customer_no: str, original: int, applied: int, due: date, **more: Any
) -> dict[str, Any]:
    return {
        "id": item_id, "customer_no": customer_no, "account_no": 500000 + item_id, "name": f"N{customer_no}",
        "document_no": f"D{item_id}", "document_type": "INVOICE", "kid": None,
        "document_date": date(2026, 1, 1), "due_date": due, "currency": "NOK", "original_amount": original,
        "applied": applied, "in_debt_collection": False,
    } | more  # fmt: skip


def test_the_adb_report_distributes_each_customers_open_amounts_and_sums_them() -> None:
    request = reports.Request("adb", "2026-03-31", True, [30], False)
    rows = [row(1, "A", 100_00, 0, date(2026, 4, 10)), row(2, "A", 50_00, 20_00, date(2026, 2, 1)),
            row(3, "B", 10_00, 10_00, date(2026, 3, 1))]  # fmt: skip
    lines = reports.adb_report(request, rows).decode().splitlines()
    assert lines == [
        "customerNo;accountNo;name;notDue;1-30;31-;total",
        "A;500001;NA;100.00;0.00;30.00;130.00",
        "SUM;;;100.00;0.00;30.00;130.00",
    ]


def test_the_aritems_report_lists_what_was_left_of_each_item_at_its_date() -> None:
    request = reports.Request("aritems", "2026-03-31", False)
    rows = [row(1, "A", -25_05, 0, date(2026, 2, 1)), row(2, "A", 10_00, 10_00, date(2026, 2, 1))]
    lines = reports.aritems_report(request, rows).decode().splitlines()
    assert lines[1:] == ["1;A;D1;INVOICE;;2026-01-01;2026-02-01;NOK;-25.05;-25.05;false"]


def test_the_gl_balance_names_its_accounts_in_norwegian_and_sums_to_zero() -> None:
    request = reports.Request("glbalance", "2026-03-31", True)
    content = reports.glbalance_report(request, [("1500", 125_00), ("3000", -100_00), ("2700", -25_00)])
    assert content.decode().splitlines()[1:] == [
        "1500;Kundefordringer;125.00", "3000;Salgsinntekt;-100.00", "2700;Utgående merverdiavgift;-25.00",
        "SUM;;0.00",
    ]  # fmt: skip
    assert reports.file_name(request, 900001) == "glbalance-2026-03-31-900001.csv"
