"""Documented facts about ARMrest hold in the contract."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import spec as contract

# Status codes documented per operation (armrest-facts.md); every operation also answers 401.
DOCUMENTED_STATUSES = {
    "getCustomer": {200, 400, 403, 404},
    "deleteCustomer": {200, 401, 403, 404, 422},
    "getArItem": {200, 401, 403, 404},
    "getDocument": {200, 401, 403, 404},
    "getGlItem": {200, 401, 403, 404},
    "updateArItem": {200, 400, 403, 404, 422},
    "getBatch": {200, 202, 206, 400, 403, 404, 406},
    "uploadFiles": {200, 207, 400, 401, 403, 404, 422},
    "createReportAction": {200, 201, 400, 403, 422},
}

# The documented customer record: every field of the facts file with its documented type.
DOCUMENTED_CUSTOMER: dict[str, Any] = {
    "clientNo": 2218,
    "accountNo": 500002,
    "customerNo": "543210",
    "name": "Ola Nordmann",
    "postalReturnStatus": 0,
    "postalReturnDate": "2025-11-01",
    "yearOfBirth": 1980,
    "dueDays": 14,
    "discountRate": 2.5,
    "limitAmount": 50000,
    "vatLiable": True,
    "customerCategory": "CONS",
    "phoneNo": "+47 22 33 44 55",
    "secondaryPhoneNo": "+47 99 88 77 66",
    "organizationNo": "923609016",
    "organizationNoScheme": "0192",
    "dateOfBirth": "1980-01-01",
    "ssn": "01010050053",
    "ssnCountry": "NO",
    "informalName": "Ola",
    "customerGroupCode": "A1",
    "priceNetOrGross": "B",
    "language": "no",
    "currency": "NOK",
    "sellerReference": "Kari Selger",
    "buyerReference": "PO-4411",
    "bankAccountNo": "86011117947",
    "stopReminderUntil": "2026-05-01",
    "stopDebtCollectionUntil": "2026-05-01",
    "stopInterestCalcUntil": "2026-05-01",
    "activeStatusWeb": "Passive",
    "customerMessage": "Betaler alltid ved forfall.",
    "registrationStatusCode": "FICTITIOUS",
    "registrationStatusDate": "2025-10-01",
    "postalAddressChanged": "2025-09-15",
    "postalAddress": {
        "addressLine1": "Storgata 1",
        "addressLine2": "",
        "addressLine3": "",
        "postalCode": "0155",
        "cityName": "Oslo",
        "countryText": "Norge",
        "countryCode": "NO",
    },
    "distribution": {"type": "H", "einvoiceCode": 90},
    "emailAddressDocument": ["ola@example.no"],
    "secondaryEmailAddress": ["ola.nordmann@example.no"],
    "efakturaBlockIds": ["B1"],
    "peppolBlockIds": ["P1"],
    "digipostBlockIds": ["D1"],
}
NUMBER_FIELDS = [
    "clientNo",
    "accountNo",
    "postalReturnStatus",
    "yearOfBirth",
    "dueDays",
    "discountRate",
    "limitAmount",
]
STRING_FIELDS = [
    "customerNo",
    "name",
    "postalReturnDate",
    "customerCategory",
    "phoneNo",
    "secondaryPhoneNo",
    "organizationNo",
    "organizationNoScheme",
    "dateOfBirth",
    "ssn",
    "ssnCountry",
    "informalName",
    "customerGroupCode",
    "priceNetOrGross",
    "language",
    "currency",
    "sellerReference",
    "buyerReference",
    "bankAccountNo",
    "stopReminderUntil",
    "stopDebtCollectionUntil",
    "stopInterestCalcUntil",
    "activeStatusWeb",
    "customerMessage",
    "registrationStatusCode",
    "registrationStatusDate",
    "postalAddressChanged",
]
ARRAY_FIELDS = [
    "emailAddressDocument",
    "secondaryEmailAddress",
    "efakturaBlockIds",
    "peppolBlockIds",
    "digipostBlockIds",
]
# Small tables answered whole: code tables and the ADB buckets.
UNPAGED = {"listCodes", "listAdbIntervals"}
POSTAL_FIELDS = [
    "addressLine1",
    "addressLine2",
    "addressLine3",
    "postalCode",
    "cityName",
    "countryText",
    "countryCode",
]


def schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return spec["components"]["schemas"][name]  # type: ignore[no-any-return]


def types_of(spec: dict[str, Any], node: dict[str, Any]) -> set[str]:
    node = contract.resolve(spec, node)
    kinds = node.get("type", [])
    found = {kinds} if isinstance(kinds, str) else set(kinds)
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in node.get(key, []):
            found |= types_of(spec, sub)
    return found - {"null"}


@pytest.mark.parametrize(("op_id", "statuses"), sorted(DOCUMENTED_STATUSES.items()))
def test_documented_status_codes_are_answered(
    ops: dict[str, contract.Operation], op_id: str, statuses: set[int]
) -> None:
    assert statuses | {401} <= {int(s) for s in ops[op_id].operation["responses"] if s.isdigit()}


def test_every_operation_but_health_answers_401(ops: dict[str, contract.Operation]) -> None:
    assert [i for i, op in ops.items() if "401" not in op.operation["responses"]] == ["getHealth"]


def test_documented_customer_record_validates(spec: dict[str, Any]) -> None:
    errors = [
        e.message for e in contract.validator(spec, schema(spec, "Customer")).iter_errors(DOCUMENTED_CUSTOMER)
    ]
    assert errors == []


@pytest.mark.parametrize("field", NUMBER_FIELDS)
def test_documented_number_fields_are_numbers(spec: dict[str, Any], field: str) -> None:
    assert types_of(spec, schema(spec, "Customer")["properties"][field]) & {"integer", "number"}


@pytest.mark.parametrize("field", STRING_FIELDS)
def test_documented_string_fields_are_strings(spec: dict[str, Any], field: str) -> None:
    assert types_of(spec, schema(spec, "Customer")["properties"][field]) == {"string"}


@pytest.mark.parametrize("field", ARRAY_FIELDS)
def test_documented_array_fields_are_string_arrays(spec: dict[str, Any], field: str) -> None:
    prop = contract.resolve(spec, schema(spec, "Customer")["properties"][field])
    assert (types_of(spec, prop), types_of(spec, prop["items"])) == ({"array"}, {"string"})


def test_vat_liable_is_boolean(spec: dict[str, Any]) -> None:
    assert types_of(spec, schema(spec, "Customer")["properties"]["vatLiable"]) == {"boolean"}


def test_postal_address_is_the_documented_field_group(spec: dict[str, Any]) -> None:
    address = contract.resolve(spec, schema(spec, "Customer")["properties"]["postalAddress"])
    assert sorted(address["properties"]) == sorted(POSTAL_FIELDS)


@pytest.mark.parametrize(
    ("name", "default", "maximum"), [("maximumcount", 10000, 10000), ("pagesize", 100, 1000)]
)
@pytest.mark.parametrize("op_id", ["listCustomers", "listArItems", "listGlItems"])
def test_documented_paging_defaults_and_caps(
    spec: dict[str, Any],
    ops: dict[str, contract.Operation],
    op_id: str,
    name: str,
    default: int,
    maximum: int,
) -> None:
    params = {
        p["name"]: p for p in map(lambda p: contract.resolve(spec, p), ops[op_id].operation["parameters"])
    }
    assert (params[name]["schema"]["default"], params[name]["schema"]["maximum"]) == (default, maximum)


def test_pagesize_below_five_is_accepted_by_the_schema(spec: dict[str, Any]) -> None:
    pagesize = contract.resolve(spec, spec["components"]["parameters"]["pagesize"])
    assert contract.validator(spec, pagesize["schema"]).is_valid(3)


def test_list_responses_carry_summary_and_an_entity_array(
    spec: dict[str, Any], ops: dict[str, contract.Operation]
) -> None:
    lists = {i: op for i, op in ops.items() if i.startswith("list") and i not in UNPAGED}
    without = []
    for op_id, op in lists.items():
        body = contract.resolve(
            spec, op.operation["responses"]["200"]["content"]["application/json"]["schema"]
        )
        if "summary" not in body.get("required", []) or len(body["properties"]) != 2:
            without.append(op_id)
    assert (len(lists), without) == (9, [])
