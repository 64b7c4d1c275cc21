"""Customer rules: the upsert's merge, PUT semantics, the postal address group, check digits, birth dates,
and reading a stored row's state (api/records.py maps it to the wire's `Customer`).

A customer's stored state ("fields") is a dict keyed by wire names, every documented key present:
texts are strings, dates 'YYYY-MM-DD' or None, `limitAmount` in øre and `discountRate` in
hundredths of a percent (integers, so equality is exact), `postalAddress` the seven-string group,
`distribution` {type, einvoiceCode}. Everything here works on plain values, without HTTP or a
database: usecases/customers.py reads the stored rows, and writes what `merge` and `decide` make.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from armrest_server.domain import codes as code_tables
from armrest_server.domain import identifiers
from armrest_server.domain.money import to_ore
from armrest_server.domain.rules import Rejected, Violation  # pointers relative to the customer object

# A number that would read as the literal segment beside it (`/customers/batches`, `/documents/batches`)
# cannot be addressed, so it is refused (422 `reserved`, customers; `duplicate`, documents).
RESERVED_NO = "batches"

FIRST_ACCOUNT_NO = 500000
TEXTS = (
    "name", "informalName", "customerCategory", "customerGroupCode", "organizationNo",
    "organizationNoScheme", "ssn", "ssnCountry", "phoneNo", "secondaryPhoneNo", "language", "currency",
    "priceNetOrGross", "sellerReference", "buyerReference", "bankAccountNo", "activeStatusWeb",
    "customerMessage", "registrationStatusCode",
)  # fmt: skip
DATES = (
    "dateOfBirth", "postalReturnDate", "stopReminderUntil", "stopDebtCollectionUntil",
    "stopInterestCalcUntil", "registrationStatusDate",
)  # fmt: skip
INTEGERS = ("yearOfBirth", "postalReturnStatus", "dueDays")
HUNDREDTHS = ("discountRate", "limitAmount")  # two-decimal numbers, kept as integers
LISTS = (
    "emailAddressDocument",
    "secondaryEmailAddress",
    "efakturaBlockIds",
    "peppolBlockIds",
    "digipostBlockIds",
)
ADDRESS = (
    "addressLine1",
    "addressLine2",
    "addressLine3",
    "postalCode",
    "cityName",
    "countryText",
    "countryCode",
)
CHECK_DIGITS: dict[str, Callable[[str], bool]] = {
    "organizationNo": identifiers.valid_organization_no,
    "bankAccountNo": identifiers.valid_bank_account_no,
    "ssn": identifiers.valid_ssn,
}
# Coded fields and their code tables (listCodes); distribution.type is checked on its own.
CODED = {
    "customerCategory": "customercategory",
    "language": "language",
    "currency": "currency",
    "activeStatusWeb": "activestatusweb",
    "registrationStatusCode": "registrationstatus",
}
# (code type, value) -> the table's spelling of the value, or None when the table lacks it.
Codes = Callable[[str, str], str | None]


def code_lookup(today: date) -> Codes:
    """The code tables (the ones listCodes shows), with the values valid today."""
    return lambda code_type, value: code_tables.canonical(code_type, value, today)


def blank() -> dict[str, Any]:
    """The state of a customer nothing was sent for: the contract's defaults."""
    fields: dict[str, Any] = dict.fromkeys(TEXTS, "")
    fields |= dict.fromkeys(DATES + INTEGERS + HUNDREDTHS)
    fields |= {key: [] for key in LISTS}
    fields |= {
        "vatLiable": False,
        "postalAddress": dict.fromkeys(ADDRESS, ""),
        "postalAddressChanged": None,
        "distribution": {"type": "", "einvoiceCode": None},
    }
    return fields


def merge(stored: Mapping[str, Any], sent: Mapping[str, Any], today: date, codes: Codes) -> dict[str, Any]:
    """The state after writing `sent` (a wire customer object) over `stored`, or Rejected.

    Missing and null keys keep their value; the postal address group is replaced as a whole; rules
    are checked on the values sent (stored values passed them when they were written)."""
    violations: list[Violation] = []
    if str(sent.get("customerNo", "")).lower() == RESERVED_NO:
        violations.append(Violation("/customerNo", f"{RESERVED_NO} is reserved (a path segment)", "reserved"))
    fields = {
        **stored,
        "postalAddress": dict(stored["postalAddress"]),
        "distribution": dict(stored["distribution"]),
    }
    for key, value in sent.items():
        if value is None or key == "customerNo":
            continue
        if key in TEXTS:
            fields[key] = _text(key, value, codes, violations)
        elif key in DATES:
            fields[key] = value or None
        elif key in INTEGERS or key == "vatLiable":
            fields[key] = value if isinstance(value, bool) else int(value)
        elif key in HUNDREDTHS:
            fields[key] = to_ore(value)
        elif key in LISTS:
            fields[key] = list(value)
        elif key == "postalAddress":
            fields[key] = {name: value.get(name, "") for name in ADDRESS}
        elif key == "distribution":
            fields[key] = _distribution(fields[key], value, codes, violations)
    if fields["postalAddress"] != stored["postalAddress"]:
        fields["postalAddressChanged"] = today.isoformat()
    violations += _birth(fields, sent, today)
    if violations:
        raise Rejected(violations)
    return fields


def _text(key: str, value: str, codes: Codes, violations: list[Violation]) -> str:
    if not value:
        return value
    check = CHECK_DIGITS.get(key)
    if check is not None and not check(value):
        violations.append(Violation(f"/{key}", f"{key} has a wrong check digit", "checkDigit"))
    if key in CODED:
        return _code(f"/{key}", CODED[key], value, codes, violations)
    return value.upper() if key == "priceNetOrGross" else value


def _code(pointer: str, code_type: str, value: str, codes: Codes, violations: list[Violation]) -> str:
    known = codes(code_type, value)
    if known is None:
        violations.append(Violation(pointer, f"'{value}' is not a {code_type} code", "unknownCode"))
        return value
    return known


def _distribution(
    stored: dict[str, Any], sent: Mapping[str, Any], codes: Codes, violations: list[Violation]
) -> dict[str, Any]:
    result = dict(stored)
    if sent.get("type") is not None:
        value = sent["type"]
        result["type"] = (
            _code("/distribution/type", "distributiontype", value, codes, violations) if value else ""
        )
    if sent.get("einvoiceCode") is not None:
        result["einvoiceCode"] = int(sent["einvoiceCode"])
    return result


def _birth(fields: Mapping[str, Any], sent: Mapping[str, Any], today: date) -> list[Violation]:
    born, year = fields["dateOfBirth"], fields["yearOfBirth"]
    if sent.get("dateOfBirth") and date.fromisoformat(sent["dateOfBirth"]) > today:
        return [Violation("/dateOfBirth", f"dateOfBirth may not be after today ({today})", "futureDate")]
    if born and year is not None and int(born[:4]) != year:
        pointer = "/yearOfBirth" if sent.get("yearOfBirth") is not None else "/dateOfBirth"
        message = f"dateOfBirth ({born}) and yearOfBirth ({year}) name different years"
        return [Violation(pointer, message, "yearOfBirthMismatch")]
    return []


# --- stored rows ------------------------------------------------------------------------------------
def fields_of(row: Mapping[str, Any]) -> dict[str, Any]:
    """The stored state of a row; keys a newer server added read as their defaults."""
    return blank() | {k: v for k, v in row["data"].items() if not k.startswith("_")}


# --- batch items --------------------------------------------------------------------------------------
@dataclass
class Outcome:
    """What one batch item did: CREATED | UPDATED | UNCHANGED, or the rules it broke."""

    key: str
    result: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    violations: list[Violation] = field(default_factory=list)


def decide(
    item: Mapping[str, Any], row: Mapping[str, Any] | None, today: date, codes: Codes, create: bool
) -> Outcome:
    """What one batch item does to its stored row (None: no customer has its number): CREATED (with
    create), UPDATED or UNCHANGED, with the fields to write, or the rules it broke."""
    number = item["customerNo"]
    if row is None and not create:
        return Outcome(
            number, violations=[Violation("/customerNo", f"Customer {number} does not exist", "notFound")]
        )
    old = blank() if row is None else fields_of(row)
    try:
        fields = merge(old, item, today, codes)
    except Rejected as rejected:
        return Outcome(number, violations=rejected.violations)
    if row is None:
        return Outcome(number, "CREATED", fields)
    return Outcome(number, "UNCHANGED") if fields == old else Outcome(number, "UPDATED", fields)
