"""Customers and AR items as the wire's `Customer` and `ArItem`, and their stored wire forms.

Every entity's row -> wire mapping lives in api/: it is the contract's shape, which this layer
answers (the other entities' mappings are in their tag's module; these two are here because
several tags embed them and because they are also made at write time, below). domain/ keeps the
rules and the stored state, and knows nothing of the wire.

Customers and AR items are read in pages of 100, so each row keeps its record as JSON bytes,
validated against the contract's schema, made in the transaction that wrote the row through the
`Form`s below (`forms`): the app makes them once and hands them down (Services.forms), and every
write transaction is handed them (store/db.writing): the store's writers write a customer's form
in the statement that writes its row, and note the AR items they write, whose forms the transaction
makes before it ends (store/stored_forms.py). A read answers those bytes (`Stored`) without parsing
them, and the dispatcher skips validating them only where the answer declares the very schema
they were validated against (http/stored_records.py). A change of the mapping below that keeps
the schema needs a migration that resets the forms (tests/server/test_wire_forms.py says when).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import orjson

from armrest_server.api.dates import timestamp
from armrest_server.domain.customers import HUNDREDTHS, fields_of
from armrest_server.domain.money import to_wire
from armrest_server.http.compiler import Compiler
from armrest_server.http.spec import Spec
from armrest_server.http.stored_records import Schemas, Stored, stored
from armrest_server.store import aritems as ar_store
from armrest_server.store import stored_forms
from armrest_server.store.tables import ar_items, customers

Record = dict[str, Any] | Stored


# --- customers ------------------------------------------------------------------------------------
def customer(row: Mapping[str, Any]) -> dict[str, Any]:
    """Every key of the contract's `Customer`, in its order."""
    f = fields_of(row)
    money = {key: None if f[key] is None else to_wire(f[key]) for key in HUNDREDTHS}
    return {
        "customerNo": row["customer_no"],
        "clientNo": row["clientno"],
        "accountNo": row["account_no"],
        **{key: f[key] for key in ("name", "informalName", "customerCategory", "customerGroupCode")},
        **{key: f[key] for key in ("organizationNo", "organizationNoScheme", "ssn", "ssnCountry")},
        "dateOfBirth": f["dateOfBirth"],
        "yearOfBirth": f["yearOfBirth"],
        "postalAddress": dict(f["postalAddress"]),
        **{key: f[key] for key in ("postalAddressChanged", "postalReturnStatus", "postalReturnDate")},
        **{
            key: f[key]
            for key in ("phoneNo", "secondaryPhoneNo", "emailAddressDocument", "secondaryEmailAddress")
        },
        "distribution": dict(f["distribution"]),
        **{key: f[key] for key in ("efakturaBlockIds", "peppolBlockIds", "digipostBlockIds")},
        **{key: f[key] for key in ("language", "currency", "dueDays")},
        **money,
        **{key: f[key] for key in ("vatLiable", "priceNetOrGross", "sellerReference", "buyerReference")},
        **{key: f[key] for key in ("bankAccountNo", "stopReminderUntil", "stopDebtCollectionUntil")},
        **{key: f[key] for key in ("stopInterestCalcUntil", "activeStatusWeb", "customerMessage")},
        **{key: f[key] for key in ("registrationStatusCode", "registrationStatusDate")},
        "createdAt": timestamp(row["created_at"]),
        "changedAt": timestamp(row["changed_at"]),
    }


def customer_record(row: Mapping[str, Any]) -> Record:
    """The customer's stored form when it has one, else its mapping."""
    return stored(row.get("wire"), row.get("wire_schema")) or customer(row)


# --- AR items -------------------------------------------------------------------------------------
def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def ar_item(row: Mapping[str, Any], reservation: Mapping[str, Any] | None) -> dict[str, Any]:
    """An AR item row (store.aritems' form) as the contract's ArItem, without expansions."""
    return {
        "arItemId": row["id"],
        "documentNo": row["document_no"],
        "documentUuid": row["document_uuid"],
        "documentType": row["document_type"],
        "customerNo": row["customer_no"],
        "accountNo": row["account_no"],
        "kid": row["kid"],
        "documentDate": row["document_date"].isoformat(),
        "dueDate": row["due_date"].isoformat(),
        "currency": row["currency"],
        "originalAmount": to_wire(row["original_amount"]),
        "remainingAmount": to_wire(row["remaining_amount"]),
        "status": row["status"],
        "closedDate": _day(row["closed_date"]),
        "inDebtCollection": bool(row["in_debt_collection"]),
        "stopReminderUntil": _day(row["stop_reminder_until"]),
        "stopDebtCollectionUntil": _day(row["stop_debt_collection_until"]),
        "stopInterestCalcUntil": _day(row["stop_interest_calc_until"]),
        "paymentReservation": None
        if reservation is None
        else {
            "paymentId": reservation["payment_id"],
            "amount": to_wire(reservation["amount"]),
            "expiresOn": reservation["expires_on"].isoformat(),
        },
        "createdAt": timestamp(row["created_at"]),
        "changedAt": timestamp(row["changed_at"]),
    }


def ar_item_record(row: Mapping[str, Any], reservation: Mapping[str, Any] | None) -> Record:
    """The item's stored form (made without a reservation: whether one holds the item depends on
    the day, not on a write) when no reservation holds it, else its mapping."""
    form = stored(row.get("wire"), row.get("wire_schema")) if reservation is None else None
    return form or ar_item(row, reservation)


def application(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "applicationId": row["application_id"],
        "amount": to_wire(abs(row["amount"])),
        "appliedDate": row["applied_date"].isoformat(),
        "source": row["source"],
        "voucherNo": row["voucher_no"],
        "counterpartArItemId": row["counterpart_ar_item_id"],
    }


# --- stored forms ---------------------------------------------------------------------------------
def forms(spec: Spec) -> dict[str, stored_forms.Form]:
    """How customers and AR items are kept as wire forms, validated against `Customer` and `ArItem`."""
    schemas = Schemas(spec.compiler or Compiler(spec.document))

    def form(name: str, mapping: Any, rows: Any) -> stored_forms.Form:
        validator, fingerprint = schemas.component(name)

        def make(found: Sequence[Mapping[Any, Any]]) -> list[tuple[bytes, str | None]]:
            made = []
            for row in found:
                raw = orjson.dumps(mapping(row))
                # The bytes themselves are validated (parsed back), as a client would read them.
                made.append((raw, fingerprint if validator.is_valid(orjson.loads(raw)) else None))
            return made

        return stored_forms.Form(rows=rows, make=make, schema=fingerprint)

    return {
        customers.name: form("Customer", customer, customers.select()),
        ar_items.name: form("ArItem", lambda row: ar_item(row, None), ar_store.ROW),
    }
