"""Client configuration: designed keys with defaults; a client's stored value overrides the default
(`Config`, made of the overrides store/clients.config_overrides reads)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Key:
    value_type: str  # STRING | INTEGER | BOOLEAN | DATE | LIST
    default: Any
    description: str  # English; the contract's ClientConfig description says the same
    description_no: str

    def describe(self, language: str) -> str:
        return self.description if language == "en" else self.description_no


KEYS: dict[str, Key] = {
    "dueDays": Key(
        "INTEGER",
        14,
        "Days from document date to due date when neither the document nor its customer names them.",
        "Dager fra dokumentdato til forfallsdato når verken dokumentet eller kunden angir dem.",
    ),
    "kidAlgorithm": Key(
        "STRING",
        "MOD10",
        "Check digit algorithm of generated and validated KIDs: MOD10 (Luhn) or MOD11.",
        "Kontrollsifferalgoritme for genererte og kontrollerte KID-er: MOD10 (Luhn) eller MOD11.",
    ),
    "kidLength": Key(
        "INTEGER",
        10,
        "Length of generated KIDs, 2 to 25 digits.",
        "Lengde på genererte KID-er, 2 til 25 sifre.",
    ),
    "adbIntervals": Key(
        "LIST",
        [30, 30, 30, 90],
        "Lengths in days of the overdue intervals of the age distributed balance.",
        "Lengde i dager på forfallsintervallene i aldersfordelt saldo.",
    ),
    "allowedFileTypes": Key(
        "LIST",
        ["PDF", "CSV", "XML", "TXT", "JSON", "PNG", "JPG"],
        "File types the client may upload.",
        "Filtyper klienten kan laste opp.",
    ),
    "maxFileSize": Key(
        "INTEGER",
        5242880,
        "Largest file the client may upload, in bytes (after base64 decoding).",
        "Største fil klienten kan laste opp, i byte (etter base64-dekoding).",
    ),
    "glPeriodLockDays": Key(
        "INTEGER",
        10,
        "Days after its last day a GL period stays open for postings.",
        "Dager etter siste dag en hovedbokperiode er åpen for posteringer.",
    ),
    "currency": Key(
        "STRING",
        "NOK",
        "The client's ledger currency; documents and customers without a currency use it.",
        "Klientens regnskapsvaluta; dokumenter og kunder uten valuta bruker den.",
    ),
    "reservationDays": Key(
        "INTEGER",
        14,
        "Days a payment reservation holds when it names no expiry date.",
        "Dager en betalingsreservasjon varer når den ikke angir utløpsdato.",
    ),
}


@dataclass(frozen=True)
class Value:
    key: str
    value: Any
    changed_at: datetime | None

    @property
    def spec(self) -> Key:
        return KEYS[self.key]


@dataclass(frozen=True)
class Config:
    """A client's configuration: its stored values (each with when it changed) over the defaults."""

    stored: Mapping[str, tuple[Any, datetime | None]] = field(default_factory=dict)

    def value(self, key: str) -> Any:
        return self.stored[key][0] if key in self.stored else KEYS[key].default

    def values(self) -> list[Value]:
        """Every key's value, in KEYS order."""
        return [
            Value(key, self.value(key), self.stored[key][1] if key in self.stored else None) for key in KEYS
        ]
