"""The log items of the demo's writes: the item each operation would have left, on the day it ran,
written together at the end of the seeding (one insert)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Connection

from armrest_server.services import OSLO
from armrest_server.store import seeding

# What each operation logs (method, path below the client, entity type), as its handler does.
OPERATIONS = {
    "createCustomer": ("POST", "/customers", "CUSTOMER"),
    "createCustomerBatch": ("POST", "/customers/batches", "BATCH"),
    "createDocument": ("POST", "/documents", "DOCUMENT"),
    "createDocumentBatch": ("POST", "/documents/batches", "BATCH"),
    "updateArItem": ("PUT", "/aritems", "ARITEM"),
    "createAutoPostings": ("POST", "/autopostings/payment", "AUTOPOSTING"),
    "createPaymentReservation": ("POST", "/paymentreservations", "PAYMENTRESERVATION"),
    "uploadFiles": ("POST", "/files", "FILE"),
    "createReportAction": ("POST", "/actions/reports/adb", "REPORT"),
}


def at(day: date, hour: int = 9) -> datetime:
    """An instant of a ledger day (Oslo), in UTC."""
    return datetime.combine(day, time(hour), OSLO).astimezone(UTC)


class Journal:
    def __init__(self, clientno: int) -> None:
        self.clientno = clientno
        self.rows: list[dict[str, Any]] = []

    def log(
        self,
        day: date,
        operation_id: str,
        key: str,
        status: int,
        result: str,
        message: str,
        *,
        user: str = "demo",
        source: str | None = None,
    ) -> None:
        method, path, entity_type = OPERATIONS[operation_id]
        self.rows.append(
            {
                "clientno": self.clientno,
                "logged_at": at(day, 9 + len(self.rows) % 8),
                "user_id": user,
                "source": source,
                "correlation_id": None,
                "operation_id": operation_id,
                "method": method,
                "path": f"/clients/{self.clientno}{path}",
                "entity_type": entity_type,
                "entity_key": key,
                "status": status,
                "result": result,
                "message": message,
            }
        )

    def write(self, conn: Connection) -> None:
        seeding.insert_log_items(conn, self.rows)
