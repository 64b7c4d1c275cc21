"""Customer rules through createCustomer / updateCustomer: check digits, code values, birth dates,
and PUT semantics (missing or null keys, empty strings, lists, distribution, the postal address group)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from armrest_server.store.db import writing
from armrest_server.store.tables import customers, log_items
from tests.support.app import CLIENTNO, Api, metadata, table_counts
from tests.support.builders import (
    create_customer,
    customer_body,
    customer_changes,
    full_customer,
    read_customer,
)

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

PATH = f"/clients/{CLIENTNO}/customers"
create, read = create_customer, read_customer


def log_count(api: Api) -> int:
    with api.services.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(log_items)).scalar_one())


def today(api: Api) -> str:
    return str(api.services.today().isoformat())


# --- check digits, codes, dates -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("field", "value"),
    [("organizationNo", "923609017"), ("bankAccountNo", "86011117948"), ("ssn", "01010050054")],
)
def test_a_wrong_check_digit_is_refused_and_writes_nothing(api: Api, field: str, value: str) -> None:
    before = table_counts(api)
    response = api.post(PATH, json=customer_body("543210", **{field: value}))
    assert (response.status_code, response.json()["errors"], table_counts(api)) == (
        422,
        [
            {
                "pointer": f"/customer/{field}",
                "message": f"{field} has a wrong check digit",
                "code": "checkDigit",
            }
        ],
        before,
    )


def test_a_ssn_with_a_good_first_but_wrong_second_check_digit_is_refused(api: Api) -> None:
    response = api.post(PATH, json=customer_body("543210", ssn="01010050052"))
    assert response.status_code == 422


def test_every_broken_rule_is_named(api: Api) -> None:
    response = api.post(PATH, json=customer_body("543210", organizationNo="923609017", ssn="01010050054"))
    assert [e["pointer"] for e in response.json()["errors"]] == ["/customer/organizationNo", "/customer/ssn"]


def test_the_empty_string_passes_the_check_digit_rule(api: Api) -> None:
    response = api.post(PATH, json=customer_body("543210", organizationNo="", ssn="", bankAccountNo=""))
    assert response.status_code == 201


def test_a_bad_check_digit_on_update_leaves_the_customer_unchanged(api: Api) -> None:
    create(api, "543210", bankAccountNo="86011117947")
    before = (read(api), table_counts(api))
    response = api.put(PATH, json=customer_changes("543210", bankAccountNo="86011117948", name="New"))
    assert (response.status_code, (read(api), table_counts(api))) == (422, before)


@pytest.mark.parametrize(
    ("fields", "pointer"),
    [
        ({"customerCategory": "XYZ"}, "/customer/customerCategory"),
        ({"distribution": {"type": "ZZ"}}, "/customer/distribution/type"),
        ({"currency": "XXX"}, "/customer/currency"),
        ({"activeStatusWeb": "Sleeping"}, "/customer/activeStatusWeb"),
    ],
)
def test_an_unknown_code_is_refused(api: Api, fields: dict[str, Any], pointer: str) -> None:
    response = api.post(PATH, json=customer_body("543210", **fields))
    assert (response.status_code, [(e["pointer"], e["code"]) for e in response.json()["errors"]]) == (
        422,
        [(pointer, "unknownCode")],
    )


def test_codes_compare_case_insensitively_and_read_as_the_code_table_spells_them(api: Api) -> None:
    create(api, "543210", customerCategory="cons", activeStatusWeb="PASSIVE")
    body = read(api)
    assert (body["customerCategory"], body["activeStatusWeb"]) == ("CONS", "Passive")


def test_a_date_of_birth_after_today_is_refused(api: Api) -> None:
    response = api.post(PATH, json=customer_body("543210", dateOfBirth="2100-01-01"))
    assert (response.status_code, response.json()["errors"][0]["code"]) == (422, "futureDate")


def test_a_date_of_birth_today_is_accepted(api: Api) -> None:
    response = api.post(PATH, json=customer_body("543210", dateOfBirth=today(api)))
    assert response.status_code == 201


def test_date_and_year_of_birth_must_name_the_same_year(api: Api) -> None:
    response = api.post(PATH, json=customer_body("543210", dateOfBirth="2000-01-01", yearOfBirth=1999))
    assert (response.status_code, response.json()["errors"][0]["code"]) == (422, "yearOfBirthMismatch")


def test_a_year_of_birth_must_match_the_stored_date_of_birth(api: Api) -> None:
    create(api, "543210", dateOfBirth="2000-01-01")
    response = api.put(PATH, json=customer_changes("543210", yearOfBirth=1999))
    assert (response.status_code, response.json()["errors"][0]["pointer"]) == (422, "/customer/yearOfBirth")


def test_a_date_of_birth_must_match_the_stored_year_of_birth(api: Api) -> None:
    create(api, "543210", yearOfBirth=1980)
    response = api.put(PATH, json=customer_changes("543210", dateOfBirth="2000-01-01"))
    assert (response.status_code, response.json()["errors"][0]["pointer"]) == (422, "/customer/dateOfBirth")


def test_a_schema_error_answers_400_and_writes_nothing(api: Api) -> None:
    before = table_counts(api)
    response = api.post(PATH, json=customer_body("543210", organizationNo="12345"))
    assert (response.status_code, table_counts(api)) == (400, before)


# --- updateCustomer -------------------------------------------------------------------------------
def test_update_of_an_unknown_customer_answers_404(api: Api) -> None:
    before = table_counts(api)
    response = api.put(PATH, json=customer_changes("999999", name="Nobody"))
    assert (response.status_code, response.json()["errors"][0]["pointer"], table_counts(api)) == (
        404,
        "/customer/customerNo",
        before,
    )


def test_update_answers_200_updated(api: Api) -> None:
    create(api, "543210")
    response = api.put(PATH, json=customer_changes("543210", phoneNo="+47 22 33 44 55"))
    assert (response.status_code, response.json()["result"], response.json()["accountNo"]) == (
        200,
        "UPDATED",
        500000,
    )


def test_missing_and_null_keys_keep_their_values(api: Api) -> None:
    api.post(PATH, json={"metadata": metadata(), "customer": full_customer("543210")})
    before = read(api)
    nulls = {key: None for key in full_customer() if key != "customerNo"}
    response = api.put(PATH, json=customer_changes("543210", **nulls))
    assert (response.json()["result"], read(api)) == ("UNCHANGED", before)


def test_only_the_keys_sent_change(api: Api) -> None:
    api.post(PATH, json={"metadata": metadata(), "customer": full_customer("543210")})
    before = read(api)
    api.put(PATH, json=customer_changes("543210", phoneNo="+47 99 99 99 99", dueDays=30))
    after = read(api)
    assert {key for key in before if before[key] != after[key]} - {"changedAt"} == {"phoneNo", "dueDays"}


def test_the_empty_string_clears_a_text_and_a_date(api: Api) -> None:
    create(api, "543210", customerMessage="Hei", stopReminderUntil="2026-05-01")
    api.put(PATH, json=customer_changes("543210", customerMessage="", stopReminderUntil=""))
    body = read(api)
    assert (body["customerMessage"], body["stopReminderUntil"]) == ("", None)


def test_lists_are_replaced_as_a_whole_and_an_empty_list_empties_one(api: Api) -> None:
    create(api, "543210", emailAddressDocument=["a@example.no", "b@example.no"], peppolBlockIds=["X"])
    api.put(PATH, json=customer_changes("543210", emailAddressDocument=["c@example.no"], peppolBlockIds=[]))
    body = read(api)
    assert (body["emailAddressDocument"], body["peppolBlockIds"]) == (["c@example.no"], [])


def test_distribution_keys_change_one_by_one(api: Api) -> None:
    create(api, "543210", distribution={"type": "H", "einvoiceCode": 90})
    api.put(PATH, json=customer_changes("543210", distribution={"einvoiceCode": 12}))
    assert read(api)["distribution"] == {"type": "H", "einvoiceCode": 12}


def test_sending_one_address_field_blanks_the_others(api: Api) -> None:
    api.post(PATH, json={"metadata": metadata(), "customer": full_customer("543210")})
    api.put(PATH, json=customer_changes("543210", postalAddress={"cityName": "BERGEN"}))
    assert read(api)["postalAddress"] == {
        "addressLine1": "",
        "addressLine2": "",
        "addressLine3": "",
        "postalCode": "",
        "cityName": "BERGEN",
        "countryText": "",
        "countryCode": "",
    }


def test_a_changed_address_group_sets_postal_address_changed_to_today(api: Api) -> None:
    create(api, "543210")
    api.put(PATH, json=customer_changes("543210", postalAddress={"cityName": "BERGEN"}))
    assert read(api)["postalAddressChanged"] == today(api)


def test_an_address_sent_unchanged_keeps_postal_address_changed(api: Api) -> None:
    create(api, "543210")
    with writing(api.services.engine) as conn:  # pretend the address was set long ago
        row = conn.execute(select(customers.c.id, customers.c.data)).one()
        data = {**row.data, "postalAddress": {**row.data["postalAddress"], "cityName": "OSLO"}}
        changed = {**data, "postalAddressChanged": "2020-01-01"}
        # A write beside the store's resets the row's form.
        conn.execute(customers.update().values(data=changed, wire=None))
    response = api.put(PATH, json=customer_changes("543210", postalAddress={"cityName": "OSLO"}))
    assert (response.json()["result"], read(api)["postalAddressChanged"]) == ("UNCHANGED", "2020-01-01")


def test_other_changes_keep_postal_address_changed_null(api: Api) -> None:
    create(api, "543210")
    api.put(PATH, json=customer_changes("543210", phoneNo="12345"))
    assert read(api)["postalAddressChanged"] is None


def test_an_unchanged_update_writes_nothing_but_is_logged(api: Api) -> None:
    create(api, "543210", phoneNo="12345")
    before, logs = read(api), log_count(api)
    response = api.put(PATH, json=customer_changes("543210", phoneNo="12345"))
    assert (response.json()["result"], read(api)["changedAt"], log_count(api)) == (
        "UNCHANGED",
        before["changedAt"],
        logs + 1,
    )


def test_numbers_and_amounts_round_trip_exactly(api: Api) -> None:
    create(api, "543210", discountRate=0.07, limitAmount=1234567.89)
    body = read(api)
    assert (body["discountRate"], body["limitAmount"]) == (0.07, 1234567.89)
