"""Documents: lines, VAT and totals, defaults, KIDs, booking (AR item and GL voucher), credit notes,
the 422 rules, reads and lists, and document batches."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlsplit

import pytest

from armrest_server.domain import identifiers, ledger
from armrest_server.domain.documents import compute_line
from armrest_server.store import clients
from armrest_server.store.db import writing
from tests.support.app import CLIENTNO, Api, table_counts
from tests.support.builders import (
    create_customer,
    create_document,
    document,
    document_batch,
    document_body,
    line,
)

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

DOCS = f"/clients/{CLIENTNO}/documents"


@pytest.fixture
def customer(api: Api) -> Api:
    """Customer 543210 with references, an e-mail address and distribution type H."""
    create_customer(
        api,
        "543210",
        buyerReference="Ola Nordmann",
        sellerReference="Kari Selger",
        emailAddressDocument=["ola@example.no"],
        distribution={"type": "H"},
    )
    return api


def get_document(api: Api, document_no: str, expand: str | None = None, **headers: str) -> dict[str, Any]:
    query = f"?expand={expand}" if expand else ""
    response = api.get(f"{DOCS}/{document_no}{query}", headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def get_item(api: Api, ar_item_id: int, expand: str | None = None) -> dict[str, Any]:
    query = f"?expand={expand}" if expand else ""
    response = api.get(f"/clients/{CLIENTNO}/aritems/{ar_item_id}{query}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def refused(api: Api, body: dict[str, Any]) -> set[tuple[str, str]]:
    """POST createDocument expecting 422; answers the field errors' pointers and codes."""
    response = api.post(DOCS, json=body)
    assert response.status_code == 422, response.text
    return {(e["pointer"], e["code"]) for e in response.json()["errors"]}


def gl_by_account(doc: dict[str, Any]) -> dict[str, float]:
    return {g["accountNo"]: g["amount"] for g in doc["glItems"]}


def set_config(api: Api, key: str, value: Any) -> None:
    with writing(api.services.engine) as conn:
        clients.set_config(conn, CLIENTNO, key, value)


# --- pure rules -----------------------------------------------------------------------------------
def test_line_amounts_round_half_up_to_ore() -> None:
    computed = compute_line(line(1, 0.01, vat_rate=25, quantity=0.5))
    assert (computed.excl, computed.vat) == (1, 0)  # 0.005 -> 0.01; 0.0025 -> 0.00


def test_vat_rounds_half_up() -> None:
    computed = compute_line(line(1, 0.02, vat_rate=25))
    assert computed.vat == 1  # 0.005 -> 0.01


def test_negative_line_rounds_halves_away_from_zero() -> None:
    computed = compute_line(line(1, -0.01, vat_rate=0, quantity=0.5))
    assert computed.excl == -1


def test_generated_kid_is_the_document_number_with_its_check_digit() -> None:
    assert identifiers.make_kid("100234", "MOD10", 10, itertools.count(1)) == "0001002344"


def test_generated_kid_takes_the_sequence_for_a_number_with_letters() -> None:
    assert identifiers.make_kid("F-100", "MOD10", 10, itertools.count(7)) == "0000000075"


def test_generated_kid_takes_the_sequence_for_a_number_too_long() -> None:
    assert identifiers.make_kid("1234567890", "MOD10", 10, itertools.count(7)) == "0000000075"


def test_mod11_kid_skips_a_sequence_number_without_check_digit() -> None:
    assert identifiers.kid_from_sequence(6, "MOD11", 10) is None
    assert identifiers.make_kid("X", "MOD11", 10, itertools.count(6)) == "0000000078"


def test_mod11_kid_of_a_document_number_without_check_digit_takes_the_sequence() -> None:
    assert identifiers.make_kid("6", "MOD11", 10, itertools.count(1)) == "0000000019"


# --- createDocument: amounts and booking ----------------------------------------------------------
def test_totals_are_the_sums_of_the_computed_lines(customer: Api) -> None:
    create_document(customer, "100234", amountInclVat=1250)
    doc = get_document(customer, "100234")
    assert (doc["amountExclVat"], doc["vatAmount"], doc["amountInclVat"]) == (1000, 250, 1250)


def test_lines_carry_their_computed_amounts_in_line_order(customer: Api) -> None:
    create_document(customer, "100234", lines=list(reversed(document()["lines"])))
    lines = get_document(customer, "100234")["lines"]
    assert [(x["lineNo"], x["amountExclVat"], x["vatAmount"], x["amountInclVat"]) for x in lines] == [
        (1, 699, 174.75, 873.75),
        (2, 301, 75.25, 376.25),
    ]


def test_created_document_answers_its_identifiers(customer: Api) -> None:
    body = create_document(customer, "100234")
    doc = get_document(customer, "100234")
    assert (body["documentUuid"], body["arItemId"], body["documentBundleId"], body["kid"]) == (
        doc["documentUuid"],
        doc["arItemId"],
        doc["documentBundleId"],
        "0001002344",
    )


def test_invoice_creates_an_open_ar_item_of_its_total(customer: Api) -> None:
    create_document(customer, "100234")
    item = get_document(customer, "100234", "arItem")["arItem"]
    assert (item["originalAmount"], item["remainingAmount"], item["status"], item["kid"]) == (
        1250,
        1250,
        "OPEN",
        "0001002344",
    )


def test_invoice_voucher_debits_receivables_and_credits_sales_and_vat(customer: Api) -> None:
    create_document(customer, "100234")
    doc = get_document(customer, "100234", "glItems")
    assert gl_by_account(doc) == {"1500": 1250, "3000": -1000, "2700": -250}


def test_voucher_items_name_document_item_customer_and_source(customer: Api) -> None:
    created = create_document(customer, "100234")
    items = get_document(customer, "100234", "glItems")["glItems"]
    assert {(g["documentNo"], g["arItemId"], g["customerNo"], g["source"], g["text"]) for g in items} == {
        ("100234", created["arItemId"], "543210", "DOCUMENT", "Faktura 100234")
    }
    assert len({g["voucherNo"] for g in items}) == 1


def test_voucher_text_and_account_names_follow_accept_language(customer: Api) -> None:
    create_document(customer, "100234")
    items = get_document(customer, "100234", "glItems", **{"Accept-Language": "en"})["glItems"]
    assert (items[0]["text"], items[0]["accountName"]) == ("Invoice 100234", "Accounts receivable")


def test_voucher_is_posted_on_the_document_date_in_an_open_period(customer: Api) -> None:
    today = customer.services.today()
    create_document(customer, "100234", documentDate=today.isoformat())
    items = get_document(customer, "100234", "glItems")["glItems"]
    assert {(g["postingDate"], g["glYear"], g["glPeriod"]) for g in items} == {
        (today.isoformat(), today.year, today.month)
    }


def test_voucher_of_a_closed_period_is_posted_in_the_first_open_one(customer: Api) -> None:
    old = customer.services.today() - timedelta(days=400)
    create_document(customer, "100234", documentDate=old.isoformat())
    doc = get_document(customer, "100234", "glItems")
    _period, posted = ledger.posting_period(old, customer.services.today(), 10)
    assert ({g["postingDate"] for g in doc["glItems"]}, doc["documentDate"]) == (
        {posted.isoformat()},
        old.isoformat(),
    )


def test_interest_note_credits_interest_income_without_vat(customer: Api) -> None:
    create_document(customer, "100237", document_type="INTERESTNOTE", lines=[line(1, 5.46, vat_rate=0)])
    assert gl_by_account(get_document(customer, "100237", "glItems")) == {"1500": 5.46, "8050": -5.46}


def test_reminder_credits_fee_income(customer: Api) -> None:
    create_document(customer, "100236", document_type="REMINDER", lines=[line(1, 35, vat_rate=0)])
    assert gl_by_account(get_document(customer, "100236", "glItems")) == {"1500": 35, "3900": -35}


def test_success_leaves_exactly_one_log_item(customer: Api) -> None:
    before = table_counts(customer)["log_items"]
    create_document(customer, "100234")
    assert table_counts(customer)["log_items"] == before + 1


# --- defaults ---------------------------------------------------------------------------------------
def test_due_date_defaults_to_the_clients_due_days(customer: Api) -> None:
    create_document(customer, "100234")
    assert get_document(customer, "100234")["dueDate"] == "2026-03-26"


def test_due_date_takes_the_customers_due_days(api: Api) -> None:
    create_customer(api, "543210", dueDays=30)
    create_document(api, "100234")
    assert get_document(api, "100234")["dueDate"] == "2026-04-11"


def test_due_date_of_a_credit_note_is_its_document_date(customer: Api) -> None:
    create_document(customer, "100235", document_type="CREDITNOTE")
    assert get_document(customer, "100235")["dueDate"] == "2026-03-12"


def test_references_and_distribution_default_to_the_customers(customer: Api) -> None:
    create_document(customer, "100234")
    doc = get_document(customer, "100234")
    assert (doc["buyerReference"], doc["sellerReference"], doc["distribution"], doc["currency"]) == (
        "Ola Nordmann",
        "Kari Selger",
        {"type": "H", "channel": "EMAIL"},
        "NOK",
    )


def test_distribution_channel_defaults_to_print_without_an_email_address(api: Api) -> None:
    create_customer(api, "543210", distribution={"type": "H"})
    create_document(api, "100234")
    assert get_document(api, "100234")["distribution"] == {"type": "H", "channel": "PRINT"}


def test_document_without_distribution_type_is_not_sent(api: Api) -> None:
    create_customer(api, "543210")
    create_document(api, "100234")
    assert get_document(api, "100234")["distribution"] == {"type": "", "channel": None}


def test_sent_values_override_the_defaults(customer: Api) -> None:
    create_document(
        customer,
        "100234",
        dueDate="2026-04-01",
        buyerReference="Innkjøp",
        distribution={"type": "P", "channel": "PRINT"},
        referenceNo="ORD-1",
    )
    doc = get_document(customer, "100234")
    assert (doc["dueDate"], doc["buyerReference"], doc["distribution"], doc["referenceNo"]) == (
        "2026-04-01",
        "Innkjøp",
        {"type": "P", "channel": "PRINT"},
        "ORD-1",
    )


# --- KIDs -------------------------------------------------------------------------------------------
def test_kid_sent_is_kept(customer: Api) -> None:
    assert create_document(customer, "100234", kid="0000123455")["kid"] == "0000123455"


def test_kid_for_a_number_with_letters_comes_from_the_clients_sequence(customer: Api) -> None:
    first = create_document(customer, "F-1")["kid"]
    second = create_document(customer, "F-2")["kid"]
    assert (first, second) == ("0000000018", "0000000026")


def test_kid_follows_the_clients_algorithm_and_length(customer: Api) -> None:
    set_config(customer, "kidAlgorithm", "MOD11")
    set_config(customer, "kidLength", 8)
    assert create_document(customer, "100234")["kid"] == identifiers.kid_from_number("100234", "MOD11", 8)


def test_kid_of_the_wrong_length_is_refused(customer: Api) -> None:
    assert refused(customer, document_body(kid="123455")) == {("/document/kid", "kidLength")}


def test_kid_with_a_wrong_check_digit_is_refused(customer: Api) -> None:
    assert refused(customer, document_body(kid="0000123456")) == {("/document/kid", "checkDigit")}


# --- credit notes -----------------------------------------------------------------------------------
def credit_note(number: str, credited: str | None, amount: float, **fields: Any) -> dict[str, Any]:
    extra = {"creditedDocumentNo": credited} if credited else {}
    return {"document_type": "CREDITNOTE", "lines": [line(1, amount, vat_rate=0)], **extra, **fields}


def test_credit_note_is_applied_to_the_credited_item(customer: Api) -> None:
    invoice = create_document(customer, "100234")
    create_document(customer, "100235", document_type="CREDITNOTE", creditedDocumentNo="100234",
                    lines=[line(1, 86, quantity=3.5)], documentDate="2026-03-16")  # fmt: skip
    item = get_item(customer, invoice["arItemId"])
    assert (item["remainingAmount"], item["status"]) == (873.75, "OPEN")


def test_credit_note_applied_in_full_is_closed_at_once(customer: Api) -> None:
    create_document(customer, "100234")
    note = create_document(
        customer, "100235", **credit_note("100235", "100234", 100), documentDate="2026-03-16"
    )
    item = get_item(customer, note["arItemId"])
    assert (item["originalAmount"], item["remainingAmount"], item["status"], item["closedDate"]) == (
        -100,
        0,
        "CLOSED",
        "2026-03-16",
    )


def test_credit_note_answer_says_what_was_applied(customer: Api) -> None:
    create_document(customer, "100234")
    note = create_document(customer, "100235", **credit_note("100235", "100234", 100))
    assert note["message"] == "Document 100235 created; 100.00 applied to document 100234"


def test_credit_note_application_is_listed_on_both_items(customer: Api) -> None:
    invoice = create_document(customer, "100234")
    note = create_document(
        customer, "100235", **credit_note("100235", "100234", 100), documentDate="2026-03-16"
    )
    on_invoice = get_item(customer, invoice["arItemId"], "applications")["applications"]
    on_note = get_item(customer, note["arItemId"], "applications")["applications"]
    assert [(a["applicationId"], a["amount"], a["appliedDate"], a["source"]) for a in on_invoice] == [
        (on_note[0]["applicationId"], 100, "2026-03-16", "CREDITNOTE")
    ]
    assert (on_invoice[0]["counterpartArItemId"], on_note[0]["counterpartArItemId"]) == (
        note["arItemId"],
        invoice["arItemId"],
    )


def test_credit_note_is_never_applied_beyond_the_remaining_amount(customer: Api) -> None:
    invoice = create_document(customer, "100234", lines=[line(1, 100, vat_rate=0)])
    note = create_document(
        customer, "100235", **credit_note("100235", "100234", 150), documentDate="2026-03-20"
    )
    credited, credit = get_item(customer, invoice["arItemId"]), get_item(customer, note["arItemId"])
    assert (credited["status"], credited["closedDate"], credit["remainingAmount"], credit["status"]) == (
        "CLOSED",
        "2026-03-20",
        -50,
        "OPEN",
    )


def test_credit_note_for_a_closed_item_stays_an_open_credit(customer: Api) -> None:
    create_document(customer, "100234", lines=[line(1, 100, vat_rate=0)])
    create_document(customer, "100235", **credit_note("100235", "100234", 100))
    note = create_document(customer, "100236", **credit_note("100236", "100234", 40))
    assert (note["message"], get_item(customer, note["arItemId"])["remainingAmount"]) == (
        "Document 100236 created",
        -40,
    )


def test_credit_note_voucher_reverses_the_invoice_accounts(customer: Api) -> None:
    create_document(customer, "100234")
    create_document(customer, "100235", document_type="CREDITNOTE", creditedDocumentNo="100234",
                    lines=[line(1, 86, quantity=3.5)])  # fmt: skip
    doc = get_document(customer, "100235", "glItems")
    assert (gl_by_account(doc), {g["source"] for g in doc["glItems"]}) == (
        {"1500": -376.25, "3000": 301, "2700": 75.25},
        {"DOCUMENT"},
    )


def test_credit_note_for_an_interest_note_reverses_interest_income(customer: Api) -> None:
    create_document(customer, "100237", document_type="INTERESTNOTE", lines=[line(1, 50, vat_rate=0)])
    create_document(customer, "100238", **credit_note("100238", "100237", 20))
    assert gl_by_account(get_document(customer, "100238", "glItems")) == {"1500": -20, "8050": 20}


def test_credit_note_without_credited_document_is_an_open_credit_on_sales(customer: Api) -> None:
    note = create_document(customer, "100235", **credit_note("100235", None, 80))
    doc = get_document(customer, "100235", "glItems")
    assert (gl_by_account(doc), get_item(customer, note["arItemId"])["status"]) == (
        {"1500": -80, "3000": 80},
        "OPEN",
    )


def test_credit_note_names_the_credited_document(customer: Api) -> None:
    create_document(customer, "100234")
    create_document(customer, "100235", **credit_note("100235", "100234", 10))
    assert get_document(customer, "100235")["creditedDocumentNo"] == "100234"


@pytest.mark.parametrize(
    ("credited_type", "note_type"),
    [("REMINDER", "CREDITNOTE"), ("INVOICE", "INVOICE")],
    ids=["reminder credited", "not a credit note"],
)
def test_credited_document_rules(customer: Api, credited_type: str, note_type: str) -> None:
    create_document(customer, "100234", document_type=credited_type, lines=[line(1, 100, vat_rate=0)])
    body = document_body("100235", document_type=note_type, creditedDocumentNo="100234")
    assert refused(customer, body) == {("/document/creditedDocumentNo", "creditedDocument")}


def test_credited_document_of_another_customer_is_refused(customer: Api) -> None:
    create_customer(customer, "543211")
    create_document(customer, "100234", customer_no="543211")
    body = document_body("100235", document_type="CREDITNOTE", creditedDocumentNo="100234")
    assert refused(customer, body) == {("/document/creditedDocumentNo", "creditedDocument")}


def test_unknown_credited_document_is_refused(customer: Api) -> None:
    body = document_body("100235", document_type="CREDITNOTE", creditedDocumentNo="999")
    assert refused(customer, body) == {("/document/creditedDocumentNo", "creditedDocument")}


# --- other 422 rules ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"customer_no": "999999"}, ("/document/customerNo", "notFound")),
        ({"dueDate": "2026-03-11"}, ("/document/dueDate", "dueDate")),
        ({"currency": "SEK"}, ("/document/currency", "currency")),
        ({"amountInclVat": 1250.01}, ("/document/amountInclVat", "totals")),
        ({"vatAmount": 249.99}, ("/document/vatAmount", "totals")),
        ({"lines": [line(1, 10), line(1, 20)]}, ("/document/lines/1/lineNo", "duplicate")),
        ({"lines": [line(1, 10), line(2, -20)]}, ("/document/lines", "amount")),
        ({"lines": [line(1, 999999999999.99, quantity=2)]}, ("/document/lines/0", "amount")),
        ({"document_type": "INTERESTNOTE"}, ("/document/lines/0/vatRate", "vatRate")),
        ({"distribution": {"type": "XYZ"}}, ("/document/distribution/type", "distribution")),
    ],
    ids=[
        "unknown customer", "due before date", "currency", "check total", "vat check total",
        "repeated lineNo", "total not above zero", "amount too large", "interest note with VAT",
        "distribution type",
    ],
)  # fmt: skip
def test_rule_is_answered_with_422(customer: Api, fields: dict[str, Any], expected: tuple[str, str]) -> None:
    assert expected in refused(customer, document_body("100234", **fields))


def test_used_document_number_is_refused_whatever_its_case_and_type(customer: Api) -> None:
    create_document(customer, "F-100")
    body = document_body("f-100", document_type="REMINDER", lines=[line(1, 35, vat_rate=0)])
    assert refused(customer, body) == {("/document/documentNo", "duplicate")}


def test_document_number_batches_is_reserved(customer: Api) -> None:
    assert refused(customer, document_body("Batches")) == {("/document/documentNo", "duplicate")}


@pytest.mark.parametrize(
    "fields",
    [
        {"document_type": "CREDITNOTE", "creditedDocumentNo": "100234", "kid": "12"},
        {"bundleKey": "B", "distribution": {"type": "P"}},
        {"customer_no": "999999"},
    ],
    ids=["credit note with a bad KID", "bundle of another distribution", "unknown customer"],
)
def test_refused_document_changes_nothing(customer: Api, fields: dict[str, Any]) -> None:
    create_document(customer, "100234", bundleKey="B")
    before = table_counts(customer)
    refused(customer, document_body("100235", **fields))
    assert table_counts(customer) == before


# --- reads and lists -----------------------------------------------------------------------------------
def test_unknown_document_answers_404(customer: Api) -> None:
    assert customer.get(f"{DOCS}/nope").status_code == 404


def test_document_number_is_read_case_insensitively(customer: Api) -> None:
    create_document(customer, "F-100")
    assert get_document(customer, "f-100")["documentNo"] == "F-100"


def test_unknown_expansion_answers_400(customer: Api) -> None:
    create_document(customer, "100234")
    assert customer.get(f"{DOCS}/100234?expand=lines").status_code == 400


def test_document_without_expand_has_no_embedded_records(customer: Api) -> None:
    create_document(customer, "100234")
    assert {"arItem", "glItems"} & set(get_document(customer, "100234")) == set()


def list_numbers(api: Api, query: str = "") -> list[str]:
    response = api.get(f"{DOCS}{query}")
    assert response.status_code == 200, response.text
    return [d["documentNo"] for d in response.json()["documents"]]


@pytest.fixture
def listed(customer: Api) -> Api:
    create_customer(customer, "543211")
    create_document(customer, "3", documentDate="2026-03-14")
    create_document(customer, "2", documentDate="2026-03-12", kid="0000123455")
    create_document(customer, "1", documentDate="2026-03-14", customer_no="543211", bundleKey="B")
    create_document(
        customer, "4", documentDate="2026-02-01", document_type="REMINDER", lines=[line(1, 35, vat_rate=0)]
    )
    return customer


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["4", "2", "1", "3"]),
        ("?customerno=543211", ["1"]),
        ("?documenttype=REMINDER", ["4"]),
        ("?fromdate=2026-03-12&todate=2026-03-13", ["2"]),
        ("?kid=0000123455", ["2"]),
        ("?customerno=nobody", []),
    ],
    ids=["order", "customer", "type", "dates", "kid", "no match"],
)
def test_list_filters_and_order(listed: Api, query: str, expected: list[str]) -> None:
    assert list_numbers(listed, query) == expected


def test_list_filters_by_bundle(listed: Api) -> None:
    bundle = get_document(listed, "1")["documentBundleId"]
    assert list_numbers(listed, f"?documentbundleid={bundle}") == ["1"]


def test_list_leaves_out_the_lines(listed: Api) -> None:
    assert "lines" not in listed.get(DOCS).json()["documents"][0]


def test_list_with_fromdate_after_todate_answers_422(customer: Api) -> None:
    assert customer.get(f"{DOCS}?fromdate=2026-03-02&todate=2026-03-01").status_code == 422


# --- batches -------------------------------------------------------------------------------------------
def test_batch_is_queued_with_location_and_one_log_item(customer: Api) -> None:
    before = table_counts(customer)["log_items"]
    response = customer.post(f"{DOCS}/batches", json=document_batch([document("100234")]))
    body = response.json()
    assert (
        response.status_code,
        urlsplit(response.headers["location"]).path,
        table_counts(customer)["log_items"],
    ) == (
        202,
        f"/arm/v1/clients/{CLIENTNO}/batches/{body['batchUuid']}",
        before + 1,
    )


def run_batch(api: Api, items: list[dict[str, Any]]) -> dict[str, Any]:
    response = api.post(f"{DOCS}/batches", json=document_batch(items))
    assert response.status_code == 202, response.text
    done = api.wait_for_batch(response.json()["batchUuid"])
    result: dict[str, Any] = {**done.json(), "http": done.status_code}
    return result


def test_batch_rejects_broken_documents_and_creates_the_others(customer: Api) -> None:
    result = run_batch(customer, [document("1"), document("2", customer_no="nobody"), document("3")])
    assert (result["http"], [i["resultType"] for i in result["items"]], result["items"][1]["errors"]) == (
        206,
        ["ACCEPTED", "REJECTED", "ACCEPTED"],
        [
            {
                "pointer": "/documents/1/customerNo",
                "message": "Customer nobody does not exist",
                "code": "notFound",
            }
        ],
    )
    assert list_numbers(customer) == ["1", "3"]


def test_a_batch_item_with_more_errors_than_the_contract_lists_is_summarised(customer: Api) -> None:
    """1000 lines, each repeating lineNo 1 and with VAT on an interest note: 1999 errors of one item."""
    lines = [line(1, 10, vat_rate=25) for _ in range(1000)]
    result = run_batch(customer, [document("1", document_type="INTERESTNOTE", lines=lines)])
    errors = result["items"][0]["errors"]
    assert (result["http"], len(errors), errors[-1]) == (
        206,
        1000,
        {
            "pointer": "",
            "message": "1000 more errors are not listed (at most 1000 are)",
            "code": "moreErrors",
        },
    )
    assert errors[0]["pointer"] == "/documents/0/lines/0/vatRate"


def test_batch_rejects_a_repeated_document_number(customer: Api) -> None:
    result = run_batch(customer, [document("1"), document("1")])
    assert [(i["resultType"], [e["code"] for e in i["errors"]]) for i in result["items"]] == [
        ("ACCEPTED", []),
        ("REJECTED", ["duplicate"]),
    ]


def test_batch_credit_note_may_name_a_document_earlier_in_the_batch(customer: Api) -> None:
    items = [
        document("1", lines=[line(1, 100, vat_rate=0)]),
        document("2", document_type="CREDITNOTE", creditedDocumentNo="1", lines=[line(1, 30, vat_rate=0)]),
        document("3", document_type="CREDITNOTE", creditedDocumentNo="1", lines=[line(1, 90, vat_rate=0)]),
    ]
    assert run_batch(customer, items)["http"] == 200
    amounts = [get_document(customer, n, "arItem")["arItem"]["remainingAmount"] for n in ("1", "2", "3")]
    assert amounts == [0, 0, -20]


def test_batch_documents_are_booked_as_create_document_books_them(customer: Api) -> None:
    run_batch(customer, [document("100234")])
    doc = get_document(customer, "100234", "arItem,glItems")
    assert (doc["kid"], doc["arItem"]["originalAmount"], gl_by_account(doc)) == (
        "0001002344",
        1250,
        {"1500": 1250, "3000": -1000, "2700": -250},
    )


def test_batch_of_2000_documents_processes_to_200_with_correct_totals(customer: Api) -> None:
    create_customer(customer, "543211")
    items = [
        document(str(500000 + n), customer_no=("543210", "543211")[n % 2], bundleKey=f"K{n % 3}",
                 lines=[line(1, 10 + n % 7, vat_rate=25), line(2, 1.5, vat_rate=15, quantity=n % 4 + 1)])
        for n in range(2000)
    ]  # fmt: skip
    result = run_batch(customer, items)
    expected = 0
    for item in items:
        expected += sum(compute_line(x).incl for x in item["lines"])
    response = customer.get(f"/clients/{CLIENTNO}/aritems?pagesize=1000&maximumcount=10000")
    pages = response.json()["summary"]["totalPages"]
    total = sum(round(i["originalAmount"] * 100) for i in response.json()["arItems"])
    for page in range(2, pages + 1):
        query = response.json()["summary"]["queryId"]
        more = customer.get(f"/clients/{CLIENTNO}/aritems?query={query}&pageno={page}").json()["arItems"]
        total += sum(round(i["originalAmount"] * 100) for i in more)
    assert (result["http"], result["acceptedCount"], total) == (200, 2000, expected)


def test_batch_documents_with_letters_get_consecutive_sequence_kids(customer: Api) -> None:
    run_batch(customer, [document("A"), document("B")])
    assert [get_document(customer, n)["kid"] for n in ("A", "B")] == ["0000000018", "0000000026"]


def test_batch_due_date_default_uses_the_customer(api: Api) -> None:
    create_customer(api, "543210", dueDays=3)
    run_batch(api, [document("1")])
    assert get_document(api, "1")["dueDate"] == (date(2026, 3, 12) + timedelta(days=3)).isoformat()
