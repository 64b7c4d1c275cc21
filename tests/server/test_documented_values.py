"""Amili's published values pass every designed constraint on the fields Amili documents: the seed's
reports action, the documented customer record's values (and their other spellings, since data
values are case-insensitive), the paging rule for small page sizes."""

from __future__ import annotations

from tests.spec.test_examples import SEED_REQUEST  # the published reports action, as published
from tests.support.app import Api

# The values the documented customer list example shows, with dates of facts older than the ledger.
DOCUMENTED_CUSTOMER = {
    "customerNo": "543210",
    "name": "Ola Nordmann",
    "customerCategory": "CONS",
    "organizationNoScheme": "0192",
    "ssnCountry": "NO",
    "priceNetOrGross": "B",
    "language": "no",
    "currency": "NOK",
    "activeStatusWeb": "Passive",
    "registrationStatusCode": "FICTITIOUS",
    "registrationStatusDate": "1999-05-01",
    "postalReturnDate": "1998-11-30",
    "distribution": {"type": "H", "einvoiceCode": 90},
}


def test_the_published_reports_action_is_accepted(api: Api) -> None:
    answer = api.post("/clients/2218/actions/reports/adb", json=SEED_REQUEST)
    assert answer.status_code == 201, answer.text
    assert {k: answer.json()[k] for k in ("status", "result", "reportType", "clientNo")} == {
        "status": "PROCESSED",
        "result": "CREATED",
        "reportType": "adb",
        "clientNo": 2218,
    }


def test_the_documented_customer_values_are_accepted_in_any_case(api: Api) -> None:
    created = api.post(
        "/clients/2218/customers", json={"metadata": {"userId": "TestUser"}, "customer": DOCUMENTED_CUSTOMER}
    )
    other = {
        **{k: v.lower() if isinstance(v, str) else v for k, v in DOCUMENTED_CUSTOMER.items()},
        "customerNo": "543211",
        "distribution": {"type": "h", "einvoiceCode": 90},
    }
    lower = api.post("/clients/2218/customers", json={"metadata": {"userId": "TestUser"}, "customer": other})
    assert (created.status_code, lower.status_code) == (201, 201), lower.text
    first, second = (api.get(f"/clients/2218/customers/{n}").json() for n in ("543210", "543211"))
    same = (
        "customerCategory",
        "ssnCountry",
        "currency",
        "activeStatusWeb",
        "registrationStatusCode",
        "distribution",
    )
    assert {k: second[k] for k in same} == {k: first[k] for k in same}
    assert (first["registrationStatusDate"], first["postalReturnDate"]) == ("1999-05-01", "1998-11-30")


def test_a_page_size_below_5_falls_back_to_10_even_when_negative(sqlite_api: Api) -> None:
    sizes = [sqlite_api.get(f"/clients/2218/customers?pagesize={n}") for n in (-1, 0, 4)]
    assert [(a.status_code, a.json()["summary"]["pageSizeLimit"]) for a in sizes] == [(200, 10)] * 3


def test_phone_numbers_are_taken_as_written(sqlite_api: Api) -> None:
    """No phone format is documented, so the contract imposes none (only a length)."""
    customer = {"customerNo": "543212", "name": "Nordmann Bygg AS", "phoneNo": "(+47) 22-33 44 55"}
    answer = sqlite_api.post(
        "/clients/2218/customers", json={"metadata": {"userId": "TestUser"}, "customer": customer}
    )
    assert answer.status_code == 201, answer.text
    assert sqlite_api.get("/clients/2218/customers/543212").json()["phoneNo"] == "(+47) 22-33 44 55"
