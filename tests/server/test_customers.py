"""Customers: create (upsert), update, get, delete with its in-use rule, lists and filters, and that
clients never see each other's customers. The field rules are in test_customer_rules.py."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, insert, select

from armrest_server.store import clients
from armrest_server.store.db import writing
from armrest_server.store.tables import ar_items, customers, documents, log_items
from tests.support.app import CLIENTNO, OTHER_CLIENTNO, Api, metadata, table_counts
from tests.support.builders import create_customer, customer_body, full_customer, read_customer

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

PATH = f"/clients/{CLIENTNO}/customers"
create, read = create_customer, read_customer


def log_count(api: Api) -> int:
    with api.services.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(log_items)).scalar_one())


def today(api: Api) -> str:
    return str(api.services.today().isoformat())


# --- createCustomer -------------------------------------------------------------------------------
def test_create_answers_201_with_location_and_first_account_no(api: Api) -> None:
    response = api.post(PATH, json=customer_body("543210"))
    assert (response.status_code, urlsplit(response.headers["location"]).path, response.json()) == (
        201,
        f"/arm/v1/clients/{CLIENTNO}/customers/543210",
        {
            "status": "PROCESSED",
            "result": "CREATED",
            "message": "Customer 543210 created",
            "clientNo": CLIENTNO,
            "customerNo": "543210",
            "accountNo": 500000,
        },
    )


def test_account_numbers_follow_each_other(api: Api) -> None:
    numbers = [create(api, no)["accountNo"] for no in ("1", "2", "3")]
    assert numbers == [500000, 500001, 500002]


def test_post_twice_is_an_upsert(api: Api) -> None:
    first = api.post(PATH, json=customer_body("543210", name="Ola"))
    second = api.post(PATH, json=customer_body("543210", name="Ola Nordmann"))
    assert [(first.status_code, first.json()["result"]), (second.status_code, second.json()["result"])] == [
        (201, "CREATED"),
        (200, "UPDATED"),
    ]


def test_upsert_keeps_the_account_no(api: Api) -> None:
    first = create(api, "543210", name="Ola")
    second = create(api, "543210", name="Ola Nordmann")
    assert second["accountNo"] == first["accountNo"]


def test_upsert_keeps_values_not_sent(api: Api) -> None:
    create(api, "543210", phoneNo="+47 912 34 567")
    create(api, "543210", name="Ola Nordmann")
    assert read(api)["phoneNo"] == "+47 912 34 567"


def test_post_with_the_same_values_is_unchanged(api: Api) -> None:
    create(api, "543210", phoneNo="+47 912 34 567")
    response = api.post(PATH, json=customer_body("543210", phoneNo="+47 912 34 567"))
    assert (response.status_code, response.json()["result"]) == (200, "UNCHANGED")


def test_customer_numbers_compare_case_insensitively(api: Api) -> None:
    create(api, "ab-12")
    response = api.post(PATH, json=customer_body("AB-12", name="Other"))
    assert (response.json()["result"], response.json()["customerNo"], read(api, "AB-12")["name"]) == (
        "UPDATED",
        "ab-12",
        "Other",
    )


def test_keys_not_sent_take_their_defaults(api: Api) -> None:
    create(api, "543210")
    body = read(api)
    for key in ("createdAt", "changedAt"):
        assert body.pop(key).endswith("Z")
    assert body == {
        "customerNo": "543210",
        "clientNo": CLIENTNO,
        "accountNo": 500000,
        "name": "Kunde 543210",
        **dict.fromkeys(("informalName", "customerCategory", "customerGroupCode", "organizationNo"), ""),
        **dict.fromkeys(("organizationNoScheme", "ssn", "ssnCountry"), ""),
        "dateOfBirth": None,
        "yearOfBirth": None,
        "postalAddress": dict.fromkeys(
            (
                "addressLine1",
                "addressLine2",
                "addressLine3",
                "postalCode",
                "cityName",
                "countryText",
                "countryCode",
            ),
            "",
        ),
        **dict.fromkeys(("postalAddressChanged", "postalReturnStatus", "postalReturnDate")),
        "phoneNo": "",
        "secondaryPhoneNo": "",
        **{k: [] for k in ("emailAddressDocument", "secondaryEmailAddress")},
        "distribution": {"type": "", "einvoiceCode": None},
        **{k: [] for k in ("efakturaBlockIds", "peppolBlockIds", "digipostBlockIds")},
        "language": "",
        "currency": "",
        **dict.fromkeys(("dueDays", "discountRate", "limitAmount")),
        "vatLiable": False,
        **dict.fromkeys(("priceNetOrGross", "sellerReference", "buyerReference", "bankAccountNo"), ""),
        **dict.fromkeys(("stopReminderUntil", "stopDebtCollectionUntil", "stopInterestCalcUntil")),
        **dict.fromkeys(("activeStatusWeb", "customerMessage", "registrationStatusCode"), ""),
        "registrationStatusDate": None,
    }


def test_every_field_sent_reads_back(api: Api) -> None:
    sent = full_customer("543210")
    api.post(PATH, json={"metadata": metadata(), "customer": sent})
    body = read(api)
    assert {key: body[key] for key in sent} == sent


def test_postal_address_changed_is_today_when_created_with_an_address(api: Api) -> None:
    create(api, "543210", postalAddress={"cityName": "OSLO"})
    assert read(api)["postalAddressChanged"] == today(api)


def test_a_write_leaves_one_log_item(api: Api) -> None:
    before = log_count(api)
    create(api, "543210")
    assert log_count(api) == before + 1


def test_the_log_item_names_the_customer_and_result(api: Api) -> None:
    create(api, "543210")
    with api.services.engine.connect() as conn:
        row = conn.execute(select(log_items)).mappings().one()
    assert (row["entity_type"], row["entity_key"], row["status"], row["result"], row["clientno"]) == (
        "CUSTOMER",
        "543210",
        201,
        "CREATED",
        CLIENTNO,
    )


# --- getCustomer ----------------------------------------------------------------------------------
def test_get_of_an_unknown_customer_answers_404(api: Api) -> None:
    response = api.get(f"{PATH}/404404")
    assert (response.status_code, response.json()["errors"][0]["pointer"]) == (404, "#/path/customerno")


def test_get_finds_the_customer_in_any_case(api: Api) -> None:
    create(api, "Ab-1")
    assert read(api, "aB-1")["customerNo"] == "Ab-1"


# --- deleteCustomer -------------------------------------------------------------------------------
def test_delete_answers_deleted_and_the_customer_is_gone(api: Api) -> None:
    create(api, "543210")
    response = api.delete(f"{PATH}/543210")
    assert (response.status_code, response.json()["result"], api.get(f"{PATH}/543210").status_code) == (
        200,
        "DELETED",
        404,
    )


def test_a_repeated_delete_answers_404(api: Api) -> None:
    create(api, "543210")
    api.delete(f"{PATH}/543210")
    assert api.delete(f"{PATH}/543210").status_code == 404


def test_a_deleted_account_no_is_never_given_again(api: Api) -> None:
    create(api, "1")
    api.delete(f"{PATH}/1")
    assert create(api, "2")["accountNo"] == 500001


def test_delete_leaves_a_log_item(api: Api) -> None:
    create(api, "543210")
    before = log_count(api)
    api.delete(f"{PATH}/543210")
    assert log_count(api) == before + 1


def _insert_document(api: Api, customer_no: str) -> int:
    now = datetime.now(UTC)
    with writing(api.services.engine) as conn:
        customer_id = conn.execute(
            select(customers.c.id).where(customers.c.customer_no == customer_no)
        ).scalar_one()
        return int(
            conn.execute(
                insert(documents)
                .values(
                    clientno=CLIENTNO,
                    document_no="100234",
                    document_key="100234",
                    document_uuid="3f2b8c1e-6a4d-4e5f-9b7a-1c2d3e4f5a6b",
                    document_type="INVOICE",
                    customer_id=customer_id,
                    document_date=now.date(),
                    due_date=now.date(),
                    currency="NOK",
                    amount_excl_vat=10000,
                    vat_amount=2500,
                    amount_incl_vat=12500,
                    data={},
                    created_at=now,
                )
                .returning(documents.c.id)
            ).scalar_one()
        )


def test_delete_is_refused_while_the_customer_has_a_document(api: Api) -> None:
    create(api, "543210")
    _insert_document(api, "543210")
    before = table_counts(api)
    response = api.delete(f"{PATH}/543210")
    assert (response.status_code, response.json()["errors"][0]["code"], table_counts(api)) == (
        422,
        "inUse",
        before,
    )


def test_delete_is_refused_while_the_customer_has_an_ar_item(api: Api) -> None:
    create(api, "543210")
    now = datetime.now(UTC)
    with writing(api.services.engine) as conn:
        customer_id = conn.execute(select(customers.c.id)).scalar_one()
        # AR item ids are numbered per client: the next one comes from the client's counter.
        [item_id] = clients.next_ids(conn, CLIENTNO, "ar_items")
        conn.execute(
            insert(ar_items).values(
                id=item_id,
                clientno=CLIENTNO,
                customer_id=customer_id,
                document_type="PAYMENT",
                document_date=now.date(),
                due_date=now.date(),
                currency="NOK",
                original_amount=-5000,
                remaining_amount=-5000,
                status="OPEN",
                in_debt_collection=False,
                created_at=now,
                changed_at=now,
            )
        )
    response = api.delete(f"{PATH}/543210")
    assert (response.status_code, response.json()["errors"][0]["code"]) == (422, "inUse")


def test_delete_of_an_unknown_customer_answers_404(api: Api) -> None:
    assert api.delete(f"{PATH}/404404").status_code == 404


# --- listCustomers --------------------------------------------------------------------------------
def listed(api: Api, query: str = "") -> list[str]:
    response = api.get(f"{PATH}?{query}")
    assert response.status_code == 200, response.text
    return [c["customerNo"] for c in response.json()["customers"]]


def test_the_list_is_ordered_by_account_no(api: Api) -> None:
    for no in ("c", "a", "b"):
        create(api, no)
    assert listed(api) == ["c", "a", "b"]


def test_the_list_answers_every_field_of_each_customer(api: Api) -> None:
    api.post(PATH, json={"metadata": metadata(), "customer": full_customer("543210")})
    assert api.get(PATH).json()["customers"] == [read(api)]


def test_filter_by_name_matches_name_or_informal_name_in_any_case(api: Api) -> None:
    create(api, "1", name="Ola Nordmann")
    create(api, "2", name="Kari Hansen", informalName="Kari NORDMANN")
    create(api, "3", name="Per Olsen")
    assert listed(api, "name=nordmann") == ["1", "2"]


def test_filter_by_name_folds_norwegian_letters(api: Api) -> None:
    create(api, "1", name="Øystein Ærø")
    create(api, "2", name="Per", informalName="ÅSE")
    create(api, "3", name="Other")
    assert (listed(api, "name=øystein"), listed(api, "name=åse")) == (["1"], ["2"])


def test_filter_by_name_treats_wildcards_as_text(api: Api) -> None:
    create(api, "1", name="100% Bygg AS")
    create(api, "2", name="Bygg AS")
    assert listed(api, "name=%25") == ["1"]


def test_filter_by_category_organization_no_and_status(api: Api) -> None:
    create(api, "1", customerCategory="COMP", organizationNo="923609016", activeStatusWeb="Active")
    create(api, "2", customerCategory="COMP", activeStatusWeb="Passive")
    create(api, "3", customerCategory="CONS", activeStatusWeb="Active")
    assert (
        listed(api, "customercategory=comp"),
        listed(api, "organizationno=923609016"),
        listed(api, "activestatusweb=active"),
        listed(api, "customercategory=COMP&activestatusweb=Active"),
    ) == (["1", "2"], ["1"], ["1", "3"], ["1"])


def test_filter_changed_since(api: Api) -> None:
    create(api, "old")
    create(api, "new")
    with writing(api.services.engine) as conn:
        conn.execute(
            customers.update()
            .where(customers.c.customer_no == "old")
            .values(changed_at=datetime(2020, 1, 1, tzinfo=UTC), wire=None)  # and resets the form
        )
    assert (listed(api, "changedsince=2021-01-01"), listed(api, "changedsince=2019-12-31")) == (
        ["new"],
        ["old", "new"],
    )


# --- clients never see each other's customers -----------------------------------------------------
def other_token(api: Api) -> str:
    return str(api.services.authority.issue("tester", [OTHER_CLIENTNO]).access_token)


def theirs(api: Api, number: str = "543210", **fields: Any) -> dict[str, Any]:
    """A customer of the other client, made with that client's token (the setup is checked)."""
    path = f"/clients/{OTHER_CLIENTNO}/customers"
    response = api.post(path, json=customer_body(number, **fields), token=other_token(api))
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def their_customer(api: Api, number: str) -> dict[str, Any]:
    response = api.get(f"/clients/{OTHER_CLIENTNO}/customers/{number}", token=other_token(api))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_another_clients_customer_is_forbidden(api: Api) -> None:
    theirs(api)
    response = api.get(f"/clients/{OTHER_CLIENTNO}/customers/543210")
    assert (response.status_code, response.json()["errors"][0]["code"]) == (403, "forbidden")


@pytest.mark.parametrize("method", ["POST", "PUT"])
def test_writing_to_another_client_is_forbidden_and_writes_nothing(api: Api, method: str) -> None:
    before = table_counts(api)
    response = api.request(method, f"/clients/{OTHER_CLIENTNO}/customers", json=customer_body("543210"))
    assert (response.status_code, table_counts(api)) == (403, before)


def test_deleting_another_clients_customer_is_forbidden(api: Api) -> None:
    theirs(api)
    before = table_counts(api)
    response = api.delete(f"/clients/{OTHER_CLIENTNO}/customers/543210")
    assert (response.status_code, response.json()["errors"][0]["code"]) == (403, "forbidden")
    assert (table_counts(api), their_customer(api, "543210")["customerNo"]) == (before, "543210")


def test_lists_never_mix_clients(api: Api) -> None:
    create(api, "mine")
    theirs(api, "theirs")
    assert listed(api) == ["mine"]


def test_the_same_number_in_two_clients_is_two_customers(api: Api) -> None:
    create(api, "543210", name="Mine")
    theirs = api.post(
        f"/clients/{OTHER_CLIENTNO}/customers",
        json=customer_body("543210", name="Theirs"),
        token=other_token(api),
    )
    assert (theirs.status_code, theirs.json()["accountNo"], read(api)["name"]) == (201, 500000, "Mine")


def test_another_clients_customer_is_not_found_under_my_client(api: Api) -> None:
    theirs(api, "theirs")
    assert api.get(f"{PATH}/theirs").status_code == 404
