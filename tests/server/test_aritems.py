"""AR items: lists and reads, and updateArItem (details, credit notes, the 422 rules)."""

from __future__ import annotations

from typing import Any

import pytest

from armrest_server.domain.targets import customer_kid
from tests.support.app import CLIENTNO, Api, table_counts
from tests.support.builders import (
    ar_item_changes,
    create_customer,
    create_document,
    line,
    posting,
    postings_body,
)

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

ITEMS = f"/clients/{CLIENTNO}/aritems"


@pytest.fixture
def invoice(api: Api) -> tuple[Api, int]:
    """Invoice 100234 of 1250.00 (dated 2026-03-12, due 2026-03-26) for customer 543210."""
    create_customer(api, "543210", distribution={"type": "H"})
    return api, create_document(api, "100234")["arItemId"]


def get_item(api: Api, ar_item_id: int, expand: str | None = None) -> dict[str, Any]:
    response = api.get(f"{ITEMS}/{ar_item_id}" + (f"?expand={expand}" if expand else ""))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def update(api: Api, ar_item_id: int, **fields: Any) -> dict[str, Any]:
    response = api.put(ITEMS, json=ar_item_changes(ar_item_id, **fields))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def refused(api: Api, ar_item_id: int, **fields: Any) -> set[tuple[str, str]]:
    response = api.put(ITEMS, json=ar_item_changes(ar_item_id, **fields))
    assert response.status_code == 422, response.text
    return {(e["pointer"], e["code"]) for e in response.json()["errors"]}


def credit(document_no: str, amount: float, **fields: Any) -> dict[str, Any]:
    return {"documentNo": document_no, "amount": amount, **fields}


# --- reads --------------------------------------------------------------------------------------------
def test_unknown_item_answers_404(invoice: tuple[Api, int]) -> None:
    api, _ = invoice
    assert api.get(f"{ITEMS}/999999").status_code == 404


def test_item_shows_its_document_and_customer(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    item = get_item(api, item_id)
    assert (
        item["documentNo"],
        item["documentType"],
        item["customerNo"],
        item["dueDate"],
        item["accountNo"],
    ) == (
        "100234",
        "INVOICE",
        "543210",
        "2026-03-26",
        500000,
    )


def test_expand_document_embeds_the_document_with_its_lines(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    item = get_item(api, item_id, "document,applications")
    assert (item["document"]["documentNo"], len(item["document"]["lines"]), item["applications"]) == (
        "100234",
        2,
        [],
    )


def test_item_without_expand_has_no_embedded_records(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    assert {"document", "applications"} & set(get_item(api, item_id)) == set()


def test_unknown_expansion_answers_400(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    assert api.get(f"{ITEMS}/{item_id}?expand=lines").status_code == 400


def test_userid_does_not_change_the_answer(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    assert api.get(f"{ITEMS}/{item_id}?userid=Case%20Handler").json() == get_item(api, item_id)


# --- lists ---------------------------------------------------------------------------------------------
def listed_numbers(api: Api, query: str = "") -> list[str | None]:
    response = api.get(f"{ITEMS}{query}")
    assert response.status_code == 200, response.text
    return [i["documentNo"] for i in response.json()["arItems"]]


@pytest.fixture
def ledger(invoice: tuple[Api, int]) -> Api:
    """100234 (due 03-26, open), 2 (due 03-20, reminder), 3 (due 04-01, other customer), 4 (credit
    note closing 2)."""
    api, _ = invoice
    create_customer(api, "543211")
    create_document(api, "2", document_type="REMINDER", lines=[line(1, 35, vat_rate=0)], dueDate="2026-03-20")
    create_document(api, "3", customer_no="543211", dueDate="2026-04-01", kid="0000123455")
    create_document(
        api, "4", document_type="CREDITNOTE", creditedDocumentNo="100234", lines=[line(1, 1250, vat_rate=0)]
    )
    return api


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["4", "2", "100234", "3"]),
        ("?customerno=543211", ["3"]),
        ("?status=OPEN", ["2", "3"]),
        ("?status=CLOSED", ["4", "100234"]),
        ("?duedatefrom=2026-03-20&duedateto=2026-03-26", ["2", "100234"]),
        ("?kid=0000123455", ["3"]),
        ("?documentno=100234", ["100234"]),
        ("?documenttype=REMINDER", ["2"]),
        ("?customerno=nobody", []),
    ],
    ids=["due date order", "customer", "open", "closed", "due dates", "kid", "document", "type", "no match"],
)
def test_list_filters_and_order(ledger: Api, query: str, expected: list[str]) -> None:
    assert listed_numbers(ledger, query) == expected


def test_list_with_duedatefrom_after_duedateto_answers_422(ledger: Api) -> None:
    assert ledger.get(f"{ITEMS}?duedatefrom=2026-03-02&duedateto=2026-03-01").status_code == 422


def test_unapplied_payment_is_listed_without_a_document(invoice: tuple[Api, int]) -> None:
    api, _ = invoice
    today = api.services.today().isoformat()
    response = api.post(
        f"/clients/{CLIENTNO}/autopostings/payment",
        json=postings_body(posting("P1", today, 1300, customerNo="543210")),
    )
    assert response.status_code == 201, response.text
    items = api.get(f"{ITEMS}?documenttype=PAYMENT").json()["arItems"]
    assert [(i["documentNo"], i["documentUuid"], i["originalAmount"]) for i in items] == [(None, None, -50)]


# --- updateArItem: details -------------------------------------------------------------------------------
def test_due_date_is_moved(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    answer = update(api, item_id, dueDate="2026-04-30")
    assert (answer["result"], answer["remainingAmount"], get_item(api, item_id)["dueDate"]) == (
        "UPDATED",
        1250,
        "2026-04-30",
    )


def test_stop_dates_are_set_and_cleared_with_null(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    update(api, item_id, stopReminderUntil="2026-04-30", stopDebtCollectionUntil="2026-05-30",
           stopInterestCalcUntil="2026-04-15")  # fmt: skip
    update(api, item_id, stopInterestCalcUntil=None)
    item = get_item(api, item_id)
    assert (item["stopReminderUntil"], item["stopDebtCollectionUntil"], item["stopInterestCalcUntil"]) == (
        "2026-04-30",
        "2026-05-30",
        None,
    )


def test_values_already_stored_answer_unchanged(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    assert update(api, item_id, dueDate="2026-03-26", stopReminderUntil=None)["result"] == "UNCHANGED"


def test_every_update_leaves_one_log_item(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    before = table_counts(api)["log_items"]
    update(api, item_id, dueDate="2026-03-26")
    assert table_counts(api)["log_items"] == before + 1


def test_new_kid_matches_the_item_and_the_document_keeps_its_own(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    update(api, item_id, kid="0000123455")
    document = api.get(f"/clients/{CLIENTNO}/documents/100234").json()
    assert (listed_numbers(api, "?kid=0000123455"), document["kid"]) == (["100234"], "0001002344")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"dueDate": "2026-03-11"}, ("/arItem/dueDate", "dueDate")),
        ({"kid": "0000123456"}, ("/arItem/kid", "checkDigit")),
        ({"kid": "123455"}, ("/arItem/kid", "kidLength")),
        ({"creditNote": credit("C1", 1250.01)}, ("/arItem/creditNote/amount", "amount")),
        ({"creditNote": credit("100234", 10)}, ("/arItem/creditNote/documentNo", "duplicate")),
        ({"creditNote": credit("BATCHES", 10)}, ("/arItem/creditNote/documentNo", "duplicate")),
        ({"creditNote": credit("C1", 10, documentDate="2026-03-11")},
         ("/arItem/creditNote/documentDate", "documentDate")),
    ],
    ids=["due before date", "kid check digit", "kid length", "credit above remaining", "used number",
         "reserved number", "credit before the document"],
)  # fmt: skip
def test_rule_is_answered_with_422(
    invoice: tuple[Api, int], fields: dict[str, Any], expected: tuple[str, str]
) -> None:
    api, item_id = invoice
    assert expected in refused(api, item_id, **fields)


def test_unknown_item_update_answers_404(invoice: tuple[Api, int]) -> None:
    api, _ = invoice
    assert api.put(ITEMS, json=ar_item_changes(999999, dueDate="2026-04-30")).status_code == 404


def test_refused_update_changes_nothing(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    before, item = table_counts(api), get_item(api, item_id)
    refused(api, item_id, dueDate="2026-04-30", creditNote=credit("C1", 2000))
    assert (table_counts(api), get_item(api, item_id)) == (before, item)


def test_closed_item_cannot_be_changed(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    update(api, item_id, creditNote=credit("C1", 1250))
    assert refused(api, item_id, dueDate="2026-04-30") == {("/arItem/arItemId", "closed")}


def test_reminder_cannot_be_credited(invoice: tuple[Api, int]) -> None:
    api, _ = invoice
    reminder = create_document(api, "2", document_type="REMINDER", lines=[line(1, 35, vat_rate=0)])[
        "arItemId"
    ]
    assert refused(api, reminder, creditNote=credit("C1", 10)) == {("/arItem/creditNote", "documentType")}


# --- updateArItem: credit notes ---------------------------------------------------------------------------
def test_credit_note_reduces_the_item_and_answers_its_numbers(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    answer = update(api, item_id, creditNote=credit("100238", 200, documentDate="2026-04-15"))
    assert (answer["result"], answer["remainingAmount"], answer["creditNoteDocumentNo"]) == (
        "UPDATED",
        1050,
        "100238",
    )
    assert get_item(api, answer["creditNoteArItemId"])["status"] == "CLOSED"


def test_credit_note_document_follows_the_item(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    update(api, item_id, creditNote=credit("100238", 200, documentDate="2026-04-15", text="Kompensasjon"))
    doc = api.get(f"/clients/{CLIENTNO}/documents/100238").json()
    assert (
        doc["documentType"],
        doc["dueDate"],
        doc["creditedDocumentNo"],
        doc["customerNo"],
        doc["bundleKey"],
    ) == (
        "CREDITNOTE",
        "2026-04-15",
        "100234",
        "543210",
        None,
    )
    assert {x["description"] for x in doc["lines"]} == {"Kompensasjon"}


def test_credit_note_defaults_to_today_and_a_standard_text(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    update(api, item_id, creditNote=credit("100238", 10))
    doc = api.get(f"/clients/{CLIENTNO}/documents/100238").json()
    assert (doc["documentDate"], doc["lines"][0]["description"]) == (
        api.services.today().isoformat(),
        "Kreditnota for 100234",
    )


def test_credit_note_lines_split_the_amount_by_vat_rate(api: Api) -> None:
    create_customer(api, "543210")
    item_id = create_document(api, "1", lines=[line(1, 1000, vat_rate=25), line(2, 100, vat_rate=15)])[
        "arItemId"
    ]
    update(api, item_id, creditNote=credit("C1", 200))
    lines = api.get(f"/clients/{CLIENTNO}/documents/C1").json()["lines"]
    assert [
        (x["lineNo"], x["vatRate"], x["unitPrice"], x["amountExclVat"], x["vatAmount"]) for x in lines
    ] == [
        (1, 15, 14.65, 14.65, 2.2),
        (2, 25, 146.52, 146.52, 36.63),
    ]


def test_credit_note_voucher_has_source_creditnote(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    update(api, item_id, creditNote=credit("C1", 200))
    items = api.get(f"/clients/{CLIENTNO}/documents/C1?expand=glItems").json()["glItems"]
    assert {g["accountNo"]: (g["amount"], g["source"]) for g in items} == {
        "1500": (-200, "CREDITNOTE"),
        "3000": (160, "CREDITNOTE"),
        "2700": (40, "CREDITNOTE"),
    }


def test_credit_note_for_an_interest_note_reverses_interest_income(api: Api) -> None:
    create_customer(api, "543210")
    item_id = create_document(api, "R1", document_type="INTERESTNOTE", lines=[line(1, 50, vat_rate=0)])[
        "arItemId"
    ]
    update(api, item_id, creditNote=credit("C1", 20))
    items = api.get(f"/clients/{CLIENTNO}/documents/C1?expand=glItems").json()["glItems"]
    assert {g["accountNo"]: g["amount"] for g in items} == {"1500": -20, "8050": 20}


def test_credit_note_of_the_whole_remaining_amount_closes_the_item(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    update(api, item_id, creditNote=credit("C1", 1250, documentDate="2026-04-02"))
    item = get_item(api, item_id)
    assert (item["remainingAmount"], item["status"], item["closedDate"]) == (0, "CLOSED", "2026-04-02")


def test_credit_note_application_is_listed_on_both_items(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    answer = update(api, item_id, creditNote=credit("C1", 200, documentDate="2026-04-02"))
    mine = get_item(api, item_id, "applications")["applications"]
    theirs = get_item(api, answer["creditNoteArItemId"], "applications")["applications"]
    assert [
        (a["amount"], a["appliedDate"], a["source"], a["counterpartArItemId"]) for a in mine + theirs
    ] == [
        (200, "2026-04-02", "CREDITNOTE", answer["creditNoteArItemId"]),
        (200, "2026-04-02", "CREDITNOTE", item_id),
    ]
    assert mine[0]["applicationId"] == theirs[0]["applicationId"]


def test_a_kid_another_item_uses_is_refused(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    other = create_document(api, "100235", kid="0000123455")["arItemId"]
    before = table_counts(api)
    assert refused(api, item_id, kid="0000123455") == {("/arItem/kid", "duplicate")}
    assert (table_counts(api), get_item(api, other)["kid"]) == (before, "0000123455")


def test_a_kid_of_a_customer_is_refused(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    account_no = api.get(f"/clients/{CLIENTNO}/customers/543210").json()["accountNo"]
    kid = customer_kid(account_no, "MOD10", 10)
    assert refused(api, item_id, kid=kid) == {("/arItem/kid", "duplicate")}


def test_an_item_keeps_its_own_kid(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    kid = get_item(api, item_id)["kid"]
    assert update(api, item_id, kid=kid)["result"] == "UNCHANGED"


def test_payments_by_a_kid_still_find_the_one_item_after_a_refused_update(invoice: tuple[Api, int]) -> None:
    api, item_id = invoice
    owner = create_document(api, "100235", kid="0000123455")["arItemId"]
    refused(api, item_id, kid="0000123455")
    paid = api.post(
        f"/clients/{CLIENTNO}/autopostings/payment",
        json=postings_body(posting("P", "2026-04-01", 10, kid="0000123455")),
    )
    assert paid.status_code == 201, paid.text
    # The KID's owner is paid, the item whose update was refused is not.
    assert paid.json()["autoPostings"][0]["applications"] == [{"arItemId": owner, "amount": 10}]
    assert get_item(api, item_id)["remainingAmount"] == get_item(api, item_id)["originalAmount"]
