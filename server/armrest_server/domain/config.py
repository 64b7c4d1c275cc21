"""Client configuration: designed keys with defaults; a client's stored value overrides the default."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from armrest_server.store import clients


@dataclass(frozen=True)
class Key:
    value_type: str  # STRING | INTEGER | BOOLEAN | DATE | LIST
    default: Any
    description: str


KEYS: dict[str, Key] = {
    "dueDays": Key("INTEGER", 14, "Days from document date to due date when a document names no due date."),
    "kidAlgorithm": Key("STRING", "MOD10", "Check-digit algorithm of KIDs: MOD10 (Luhn) or MOD11."),
    "kidLength": Key("INTEGER", 10, "Length of generated KIDs (2 to 25 digits)."),
    "adbIntervals": Key("LIST", [30, 30, 30, 90], "Lengths in days of the ADB intervals after the due date."),
    "allowedFileTypes": Key(
        "LIST", ["PDF", "CSV", "XML", "TXT", "JSON", "PNG", "JPG"], "File types the client may upload."
    ),
    "maxFileSize": Key("INTEGER", 5242880, "Largest file (bytes, decoded) the client may upload."),
    "glPeriodLockDays": Key("INTEGER", 10, "Days after a period's last day before the period closes."),
    "currency": Key("STRING", "NOK", "The client's ledger currency."),
    "reservationDays": Key("INTEGER", 14, "Days a payment reservation holds when it names no expiry."),
}


@dataclass(frozen=True)
class Value:
    key: str
    value: Any
    changed_at: datetime | None

    @property
    def spec(self) -> Key:
        return KEYS[self.key]


def all_values(conn: Connection, clientno: int) -> list[Value]:
    stored = clients.config_overrides(conn, clientno)
    return [
        Value(
            key, stored[key][0] if key in stored else spec.default, stored[key][1] if key in stored else None
        )
        for key, spec in KEYS.items()
    ]


def value(conn: Connection, clientno: int, key: str) -> Any:
    stored = clients.config_overrides(conn, clientno)
    return stored[key][0] if key in stored else KEYS[key].default
