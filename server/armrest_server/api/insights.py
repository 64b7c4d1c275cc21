"""Insights handler: the age distributed balance (ADB) of the open AR items."""

from __future__ import annotations

from datetime import date
from typing import Any

from armrest_server.domain import adb as domain
from armrest_server.domain import config
from armrest_server.domain.money import to_wire
from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import not_found, unprocessable
from armrest_server.store import clients, customers
from armrest_server.store import insights as store
from armrest_server.store.db import reading


def _bucket(bucket: domain.Bucket) -> dict[str, Any]:
    return {"amount": to_wire(bucket.amount), "itemCount": bucket.count}


def to_wire_adb(figures: domain.Adb) -> dict[str, Any]:
    return {
        "totalOpenAmount": to_wire(figures.total_amount),
        "totalItemCount": figures.total_count,
        "notDue": _bucket(figures.not_due),
        "intervals": [
            {
                "intervalNo": span.number,
                "fromDays": span.from_days,
                "toDays": span.to_days,
                **_bucket(bucket),
            }
            for span, bucket in zip(figures.intervals, figures.overdue, strict=True)
        ],
        "debtCollection": None if figures.debt_collection is None else _bucket(figures.debt_collection),
    }


def open_items(rows: list[dict[str, Any]]) -> list[domain.OpenItem]:
    return [
        domain.OpenItem(
            domain.remaining_at(int(r["original_amount"]), int(r["applied"])),
            r["due_date"],
            bool(r["in_debt_collection"]),
        )
        for r in rows
    ]


def listAdbIntervals(call: Call) -> Reply:
    q = call.query
    today = call.services.today()
    as_of = date.fromisoformat(q["asofdate"]) if q.get("asofdate") else today
    if as_of > today:
        raise unprocessable("#/query/asofdate", f"asofdate {as_of} is after today ({today})", "futureDate")
    customer_no = q.get("customerno")
    with reading(call.services.engine) as conn:
        customer_id = None
        if customer_no:
            customer = customers.find_by_no(conn, call.clientno, customer_no)
            if customer is None:
                raise not_found(f"Customer {customer_no}", "#/query/customerno")
            customer_no, customer_id = customer["customer_no"], customer["id"]
        configured = config.Config(clients.config_overrides(conn, call.clientno))
        lengths = [int(n) for n in (q.get("intervallength") or configured.value("adbIntervals"))]
        currency = q.get("currency") or str(configured.value("currency"))
        rows = store.items_at(conn, call.clientno, as_of, currency, customer_id)
    figures = domain.distribute(open_items(rows), as_of, lengths, bool(q.get("debtcollection")))
    body: dict[str, Any] = {"asOfDate": as_of.isoformat(), "currency": currency}
    if customer_no:
        body["customerNo"] = customer_no
    return Reply(200, body | to_wire_adb(figures))
