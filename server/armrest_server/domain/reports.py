"""Report jobs: what a report request means after its defaults, and the CSV each report type makes
of the rows usecases/reports.py reads.

Reports are UTF-8 CSV, `;`-separated, with a header row; amounts have two decimals and a point.
A sum row (first column `SUM`) ends the report when asked for.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from armrest_server.domain import adb, ledger
from armrest_server.domain.rules import Rejected, Violation

TRUE_VALUES = (True, "true", "includeSum")


@dataclass(frozen=True)
class Request:
    """A report request with every default applied: identical requests are equal."""

    report_type: str
    as_of: str  # YYYY-MM-DD
    include_sum: bool
    intervals: list[int] | None = None  # adb: the interval lengths, in intervalNo order
    debt_collection_column: bool = False

    def payload(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def of_payload(cls, payload: Mapping[str, Any]) -> Request:
        return cls(**payload)

    def dedupe_key(self) -> str:
        return hashlib.sha256(json.dumps(self.payload(), sort_keys=True).encode()).hexdigest()


def request_of(report_type: str, wire: Mapping[str, Any], today: date, adb_intervals: list[int]) -> Request:
    """The report request of a createReportAction body (`adb_intervals`: the client's adbIntervals,
    the default of an adb report's); raises Rejected on a broken rule."""
    as_of = date.fromisoformat(wire["asOfDate"]) if wire.get("asOfDate") else today
    if as_of > today:
        raise Rejected(
            Violation("/action/report/asOfDate", f"asOfDate {as_of} is after today ({today})", "futureDate")
        )
    include_sum = wire["includeSum"] in TRUE_VALUES
    given = wire.get("adb")
    if given is not None and report_type != "adb":
        raise Rejected(
            Violation("/action/report/adb", f"adb is not allowed for the {report_type} report", "notAllowed")
        )
    if report_type != "adb":
        return Request(report_type, as_of.isoformat(), include_sum)
    if given is None:
        lengths = [int(n) for n in adb_intervals]
        return Request(report_type, as_of.isoformat(), include_sum, lengths, False)
    numbers = [interval["intervalNo"] for interval in given["intervals"]]
    for index, number in enumerate(numbers):
        if number in numbers[:index]:
            raise Rejected(
                Violation(
                    f"/action/report/adb/intervals/{index}/intervalNo",
                    f"intervalNo {number} is repeated",
                    "duplicate",
                )
            )
    ordered = sorted(given["intervals"], key=lambda interval: interval["intervalNo"])
    lengths = [int(interval["intervalLength"]) for interval in ordered]
    return Request(
        report_type, as_of.isoformat(), include_sum, lengths, bool(given.get("debtCollectionColumn"))
    )


def amount(ore: int) -> str:
    """Øre as a decimal with two places, exactly (no float on the way)."""
    sign = "-" if ore < 0 else ""
    whole, cents = divmod(abs(ore), 100)
    return f"{sign}{whole}.{cents:02d}"


def _csv(header: list[str], rows: Iterable[list[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def adb_report(request: Request, items: Iterable[Mapping[str, Any]]) -> bytes:
    """The age distributed balance per customer of the items open at the request's date (`items`:
    store/insights.items_at, in the client's currency)."""
    as_of = date.fromisoformat(request.as_of)
    lengths = request.intervals or []
    per_customer: dict[str, list[Mapping[str, Any]]] = {}
    for row in items:
        per_customer.setdefault(row["customer_no"], []).append(row)
    spans = adb.intervals(lengths)
    header = ["customerNo", "accountNo", "name", "notDue"]
    header += [f"{s.from_days}-{s.to_days}" if s.to_days else f"{s.from_days}-" for s in spans]
    header += ["debtCollection"] * request.debt_collection_column + ["total"]
    lines: list[list[Any]] = []
    sums = [0] * (len(header) - 3)
    for customer_no in sorted(per_customer, key=lambda no: per_customer[no][0]["account_no"]):
        rows = per_customer[customer_no]
        figures = adb.distribute(
            (
                adb.OpenItem(
                    adb.remaining_at(int(r["original_amount"]), int(r["applied"])),
                    r["due_date"],
                    bool(r["in_debt_collection"]),
                )
                for r in rows
            ),
            as_of,
            lengths,
            request.debt_collection_column,
        )
        if figures.total_count == 0:
            continue
        values = [b.amount for b in figures.buckets] + [figures.total_amount]
        sums = [a + b for a, b in zip(sums, values, strict=True)]
        first = rows[0]
        lines.append([customer_no, first["account_no"], first["name"], *map(amount, values)])
    if request.include_sum:
        lines.append(["SUM", "", "", *map(amount, sums)])
    return _csv(header, lines)


def aritems_report(request: Request, items: Iterable[Mapping[str, Any]]) -> bytes:
    """The AR items open at the request's date with what was left of them (`items`: items_at)."""
    header = ["arItemId", "customerNo", "documentNo", "documentType", "kid", "documentDate", "dueDate"]
    header += ["currency", "originalAmount", "remainingAmount", "inDebtCollection"]
    lines: list[list[Any]] = []
    total = 0
    for r in items:
        left = adb.remaining_at(int(r["original_amount"]), int(r["applied"]))
        if left == 0:
            continue
        total += left
        lines.append(
            [
                r["id"],
                r["customer_no"],
                r["document_no"] or "",
                r["document_type"],
                r["kid"] or "",
                r["document_date"].isoformat(),
                r["due_date"].isoformat(),
                r["currency"],
                amount(int(r["original_amount"])),
                amount(left),
                "true" if r["in_debt_collection"] else "false",
            ]
        )
    if request.include_sum:
        lines.append(["SUM", "", "", "", "", "", "", "", "", amount(total), ""])
    return _csv(header, lines)


def glbalance_report(request: Request, balances: list[tuple[str, int]]) -> bytes:
    """The balance of each GL account at the request's date (`balances`: store/insights.gl_balances_at)."""
    lines: list[list[Any]] = [[no, ledger.account_name(no, "no"), amount(b)] for no, b in balances]
    if request.include_sum:
        lines.append(["SUM", "", amount(sum(b for _, b in balances))])
    return _csv(["accountNo", "accountName", "balance"], lines)


def file_name(request: Request, job_queue_id: int) -> str:
    return f"{request.report_type}-{request.as_of}-{job_queue_id}.csv"
