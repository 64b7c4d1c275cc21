"""Small payload builders shared by the server tests. One builder per payload; add, never duplicate."""

from __future__ import annotations

from typing import Any

from tests.support.app import CLIENTNO, Api, metadata

# Valid check digits (public test numbers).
ORGANIZATION_NO = "923609016"
BANK_ACCOUNT_NO = "86011117947"
SSN = "01010050053"


# --- customers ------------------------------------------------------------------------------------
def customer(customer_no: str = "543210", **fields: Any) -> dict[str, Any]:
    """A customer object for createCustomer (customerNo and name, plus what the test sets)."""
    return {"customerNo": customer_no, "name": f"Kunde {customer_no}", **fields}


def customer_body(customer_no: str = "543210", **fields: Any) -> dict[str, Any]:
    """The body of createCustomer / updateCustomer."""
    return {"metadata": metadata(), "customer": customer(customer_no, **fields)}


def customer_changes(customer_no: str = "543210", **fields: Any) -> dict[str, Any]:
    """The body of updateCustomer naming only the fields given."""
    return {"metadata": metadata(), "customer": {"customerNo": customer_no, **fields}}


def customer_batch(items: list[dict[str, Any]]) -> dict[str, Any]:
    """The body of createCustomerBatch / updateCustomerBatch."""
    return {"metadata": metadata(), "customers": items}


def create_customer(api: Api, customer_no: str = "543210", **fields: Any) -> dict[str, Any]:
    """createCustomer through the API (for client 2218); answers the write result."""
    response = api.post(f"/clients/{CLIENTNO}/customers", json=customer_body(customer_no, **fields))
    assert response.status_code in (200, 201), response.text
    body: dict[str, Any] = response.json()
    return body


def read_customer(api: Api, customer_no: str = "543210") -> dict[str, Any]:
    """getCustomer through the API (for client 2218)."""
    response = api.get(f"/clients/{CLIENTNO}/customers/{customer_no}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def full_customer(customer_no: str = "543210") -> dict[str, Any]:
    """A customer with every writable field set."""
    return customer(
        customer_no,
        name="Ola Nordmann",
        informalName="Ola",
        customerCategory="CONS",
        customerGroupCode="PRIVAT",
        organizationNo=ORGANIZATION_NO,
        organizationNoScheme="0192",
        ssn=SSN,
        ssnCountry="NO",
        dateOfBirth="2000-01-01",
        yearOfBirth=2000,
        postalAddress={
            "addressLine1": "Storgata 1",
            "addressLine2": "Leilighet H0201",
            "addressLine3": "",
            "postalCode": "0155",
            "cityName": "OSLO",
            "countryText": "Norge",
            "countryCode": "NO",
        },
        postalReturnStatus=0,
        postalReturnDate="2025-11-20",
        phoneNo="+47 22 33 44 55",
        secondaryPhoneNo="+47 912 34 567",
        emailAddressDocument=["ola.nordmann@example.no"],
        secondaryEmailAddress=["ola@example.com"],
        distribution={"type": "H", "einvoiceCode": 90},
        efakturaBlockIds=["EF-100234"],
        peppolBlockIds=["0192:923609016"],
        digipostBlockIds=["DP-77812"],
        language="no",
        currency="NOK",
        dueDays=14,
        discountRate=2.5,
        limitAmount=50000,
        vatLiable=False,
        priceNetOrGross="B",
        sellerReference="Kari Selger",
        buyerReference="Ola Nordmann",
        bankAccountNo=BANK_ACCOUNT_NO,
        stopReminderUntil="2026-05-01",
        stopDebtCollectionUntil="2026-05-15",
        stopInterestCalcUntil="2026-05-01",
        activeStatusWeb="Passive",
        customerMessage="Takk for handelen!",
        registrationStatusCode="FICTITIOUS",
        registrationStatusDate="2026-01-10",
    )


def changed_customer(customer_no: str = "543210") -> dict[str, Any]:
    """A customer with every writable field set to a value other than full_customer's."""
    return customer(
        customer_no,
        name="Kari Fjellheim",
        informalName="Kari",
        customerCategory="COMP",
        customerGroupCode="BEDRIFT",
        organizationNo="974760673",
        organizationNoScheme="0088",
        ssn="17059012002",
        ssnCountry="SE",
        dateOfBirth="1990-05-17",
        yearOfBirth=1990,
        postalAddress={
            "addressLine1": "Bryggen 4",
            "addressLine2": "c/o Hansen",
            "addressLine3": "Postboks 12",
            "postalCode": "5003",
            "cityName": "BERGEN",
            "countryText": "Noreg",
            "countryCode": "SE",
        },
        postalReturnStatus=1,
        postalReturnDate="2025-10-02",
        phoneNo="+47 55 66 77 88",
        secondaryPhoneNo="+47 987 65 432",
        emailAddressDocument=["kari.fjellheim@example.no", "faktura@example.no"],
        secondaryEmailAddress=[],
        distribution={"type": "E", "einvoiceCode": 12},
        efakturaBlockIds=["EF-200345", "EF-200346"],
        peppolBlockIds=[],
        digipostBlockIds=["DP-88923"],
        language="en",
        currency="SEK",
        dueDays=30,
        discountRate=12.75,
        limitAmount=1250.5,
        vatLiable=True,
        priceNetOrGross="N",
        sellerReference="Per Selger",
        buyerReference="Kari Fjellheim",
        bankAccountNo="15032080003",
        stopReminderUntil="2026-06-01",
        stopDebtCollectionUntil="2026-06-15",
        stopInterestCalcUntil="2026-06-30",
        activeStatusWeb="Active",
        customerMessage="Velkommen tilbake!",
        registrationStatusCode="REGISTERED",
        registrationStatusDate="2025-12-01",
    )


# --- files ----------------------------------------------------------------------------------------
def file_upload(
    name: str = "faktura-100234.pdf", content: bytes = b"%PDF-1.7 test", file_type: str = "PDF", **fields: Any
) -> dict[str, Any]:
    """One file of uploadFiles (content base64-encoded here)."""
    import base64

    return {
        "fileName": name,
        "fileType": file_type,
        "mediaType": "application/pdf" if file_type == "PDF" else "text/plain",
        "content": base64.b64encode(content).decode(),
        **fields,
    }


def files_body(*files: dict[str, Any]) -> dict[str, Any]:
    """The body of uploadFiles."""
    return {"metadata": metadata(), "files": list(files) or [file_upload()]}


# --- ledger: auto postings, payment reservations, actions, reports --------------------------------
def posting(ref: str, posting_date: str, amount: float, **fields: Any) -> dict[str, Any]:
    """One auto posting (identifiers and options as keyword arguments, wire names)."""
    return {"postingRef": ref, "postingDate": posting_date, "amount": amount, **fields}


def postings_body(*postings: dict[str, Any]) -> dict[str, Any]:
    """The body of createAutoPostings."""
    return {"metadata": metadata(), "autoPostings": list(postings)}


def reservation_body(payment_id: str, amount: float, **fields: Any) -> dict[str, Any]:
    """The body of createPaymentReservation (target identifiers as keyword arguments)."""
    return {
        "metadata": metadata(),
        "paymentReservation": {"paymentId": payment_id, "amount": amount, **fields},
    }


def action_body(**fields: Any) -> dict[str, Any]:
    """The body of createAction (target, until, channel, comment as keyword arguments)."""
    return {"metadata": metadata(), "action": fields}


def report_body(include_sum: Any = "includeSum", **fields: Any) -> dict[str, Any]:
    """The body of createReportAction (asOfDate, adb as keyword arguments)."""
    return {"metadata": metadata(), "action": {"report": {"includeSum": include_sum, **fields}}}


# --- documents and AR items -----------------------------------------------------------------------
def line(
    line_no: int, unit_price: float, vat_rate: int = 25, quantity: float = 1, **fields: Any
) -> dict[str, Any]:
    """One document line (description made up from the number)."""
    return {
        "lineNo": line_no,
        "description": f"Linje {line_no}",
        "quantity": quantity,
        "unitPrice": unit_price,
        "vatRate": vat_rate,
        **fields,
    }


def invoice_lines() -> list[dict[str, Any]]:
    """The contract's invoice 100234: 699.00 + 3.5 x 86.00 at 25 % = 1000.00 + 250.00 VAT = 1250.00."""
    return [line(1, 699, productCode="BB-500"), line(2, 86, quantity=3.5, productCode="DATA-GB")]


def document(
    document_no: str = "100234",
    customer_no: str = "543210",
    document_type: str = "INVOICE",
    lines: list[dict[str, Any]] | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """A document for createDocument (default lines: invoice_lines, dated 2026-03-12)."""
    return {
        "documentNo": document_no,
        "documentType": document_type,
        "customerNo": customer_no,
        "documentDate": "2026-03-12",
        "lines": invoice_lines() if lines is None else lines,
        **fields,
    }


def document_body(document_no: str = "100234", **fields: Any) -> dict[str, Any]:
    """The body of createDocument (see document)."""
    return {"metadata": metadata(), "document": document(document_no, **fields)}


def create_document(api: Api, document_no: str = "100234", **fields: Any) -> dict[str, Any]:
    """createDocument through the API (see document); answers the write result."""
    response = api.post(f"/clients/{CLIENTNO}/documents", json=document_body(document_no, **fields))
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def document_batch(items: list[dict[str, Any]]) -> dict[str, Any]:
    """The body of createDocumentBatch."""
    return {"metadata": metadata(), "documents": items}


def ar_item_changes(ar_item_id: int, **fields: Any) -> dict[str, Any]:
    """The body of updateArItem naming only the fields given."""
    return {"metadata": metadata(), "arItem": {"arItemId": ar_item_id, **fields}}
