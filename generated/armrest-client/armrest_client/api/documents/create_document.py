from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import dumps, loads
from ...enums import refuse_unknown
from ...exceptions import ResponseValidationError
from ...models.document_create_request import DocumentCreateRequest
from ...models.document_write_result import DocumentWriteResult
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "createDocument"


def _get_kwargs(
    client_no: int,
    *,
    body: DocumentCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "idempotency_key": idempotency_key,
            "body": body,
        }
    )
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/clients/{client_no}/documents".format(
            client_no=quote(str(client_no), safe=""),
        ),
    }

    _kwargs["content"] = dumps(body.to_dict())
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocumentWriteResult | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocumentWriteResult | Problem:
    if response.status_code == 201:
        response_201 = DocumentWriteResult.from_dict(loads(response.content))

        return response_201

    if response.status_code == 400:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_400 = Problem.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_401 = Problem.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_403 = Problem.from_dict(loads(response.content))

        return response_403

    if response.status_code == 406:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_406 = Problem.from_dict(loads(response.content))

        return response_406

    if response.status_code == 409:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_409 = Problem.from_dict(loads(response.content))

        return response_409

    if response.status_code == 413:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_413 = Problem.from_dict(loads(response.content))

        return response_413

    if response.status_code == 415:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_415 = Problem.from_dict(loads(response.content))

        return response_415

    if response.status_code == 422:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_422 = Problem.from_dict(loads(response.content))

        return response_422

    if response.status_code == 429:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_429 = Problem.from_dict(loads(response.content))

        return response_429

    if response.status_code == 503:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_503 = Problem.from_dict(loads(response.content))

        return response_503

    if "json" not in response.headers.get("content-type", ""):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_default = Problem.from_dict(loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DocumentWriteResult | Problem]:
    try:
        status = HTTPStatus(response.status_code)
    except ValueError:
        raise errors.UnexpectedStatus(response.status_code, response.content) from None
    return Response(
        status_code=status,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[DocumentWriteResult | Problem]:
    """Create one document

     Creates one invoice, credit note, interest note or reminder and books it. The document, its
    AR item and its GL voucher are written in one transaction: all of them or none.

    **Amounts.** The server computes every line's amounts: `amountExclVat` = `quantity` ×
    `unitPrice` and `vatAmount` = `amountExclVat` × `vatRate` / 100, each rounded half-up (halves
    away from zero) to øre (0.01), and `amountInclVat` = `amountExclVat` + `vatAmount`. The
    document's totals are the sums of its lines. Totals sent in the request are check totals:
    each must equal the computed one. A document is written as printed, whatever its type (a
    credit note's lines are not negated): the document type decides whether the customer is
    debited or credited. The document's `amountInclVat` must be above zero. The lines of an
    `INTERESTNOTE` or a `REMINDER` have `vatRate` 0 (interest and reminder
    fees are outside the scope of VAT).

    **Ledger effects.** Amounts on the AR item and the GL are signed: positive is debit, negative
    is credit.

    | documentType | AR item `originalAmount` | GL voucher |
    |---|---|---|
    | `INVOICE` | + `amountInclVat` | 1500 + `amountInclVat`; 3000 − `amountExclVat`; 2700 − `vatAmount`
    |
    | `INTERESTNOTE` | + `amountInclVat` | 1500 + `amountInclVat`; 8050 − `amountExclVat` (no VAT) |
    | `REMINDER` | + `amountInclVat` | 1500 + `amountInclVat`; 3900 − `amountExclVat` (no VAT) |
    | `CREDITNOTE` | − `amountInclVat` | 1500 − `amountInclVat`; revenue account of the credited
    document (3000 when none is named) + `amountExclVat`; 2700 + `vatAmount` |

    The VAT entry is left out when `vatAmount` is 0. Every GL item of the voucher has `source`
    `DOCUMENT` (credit notes included), the document's `documentNo`, `arItemId` and `customerNo`,
    and the text `Faktura` / `Kreditnota` / `Rentenota` / `Purring` (English `Invoice` /
    `Credit note` / `Interest note` / `Reminder`) followed by the document number. The
    posting date is `documentDate`; when that date lies in a closed GL period (the calendar month
    closes `glPeriodLockDays` days after its last day), the voucher is posted on the first day of
    the first open period (`documentDate` is kept).

    **Credit notes.** A credit note that names `creditedDocumentNo` is applied at once to that
    document's AR item: the amount applied is the smaller of the credit note's `amountInclVat`
    and the credited item's `remainingAmount` (nothing when that item is closed). What is not
    applied stays on the credit note's item as an open credit. The application is listed on
    both items (`source` `CREDITNOTE`, `appliedDate` = the credit note's `documentDate`); an item
    whose remaining amount reaches zero is `CLOSED` with that date as `closedDate`. A credit note
    without `creditedDocumentNo` stays an open credit on the customer.

    **Defaults.** `dueDate`: `documentDate` + the customer's `dueDays` (the client's `dueDays`
    configuration when the customer has none); `documentDate` for a credit note. `currency`:
    `NOK`. `buyerReference`, `sellerReference` and `distribution`: the customer's values.
    `kid`: when absent the server makes one of the client's `kidLength` digits: the document
    number when it is all digits and fits in `kidLength` − 1 digits, otherwise a per-client
    sequence number, left-padded with zeros to `kidLength` − 1 digits and followed by the check
    digit of the client's `kidAlgorithm` (MOD10 or MOD11); with MOD10 and length 10 document
    `100234` gets `0001002344`.

    **Bundles.** Every document belongs to a document bundle (`documentBundleId`). Documents of
    one customer with the same `bundleKey` share one bundle, created with the first of them; a
    document without `bundleKey` gets a bundle of its own. A bundle has one distribution type
    and at most 10000 documents. Documents are distributed when they are created.

    **Rules answered with 422** (the `code` of each field error in brackets):
    - `customerNo` names no customer of the client (`notFound`).
    - `documentNo` is already used by a document of the client, of any type, compared
      case-insensitively, or is `batches` (`duplicate`).
    - `dueDate` is before `documentDate` (`dueDate`).
    - `currency` is not `NOK` (`currency`).
    - `kid` does not have the client's `kidLength` digits (`kidLength`) or its check digit is wrong
      by the client's `kidAlgorithm` (`checkDigit`).
    - `creditedDocumentNo` is given on a document that is not a `CREDITNOTE`, or names no
      document of the client, or one that is not an `INVOICE` or `INTERESTNOTE`, or one of
      another customer (`creditedDocument`).
    - a line of an `INTERESTNOTE` or `REMINDER` has a `vatRate` other than 0 (`vatRate`).
    - two lines have the same `lineNo` (`duplicate`).
    - a check total differs from the computed one (`totals`); a computed amount is beyond
      ±999999999999.99, or the document's `amountInclVat` is not above zero (`amount`).
    - `distribution.type` is not a known code (`distribution`).
    - the document's distribution type (sent or taken from the customer) differs from that of the
      bundle its `bundleKey` names, or that bundle already has 10000 documents (`bundle`).
    - the `Idempotency-Key` was used with another body (`idempotencyMismatch`).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (DocumentCreateRequest): The body of createDocument.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentWriteResult | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> DocumentWriteResult | Problem | None:
    """Create one document

     Creates one invoice, credit note, interest note or reminder and books it. The document, its
    AR item and its GL voucher are written in one transaction: all of them or none.

    **Amounts.** The server computes every line's amounts: `amountExclVat` = `quantity` ×
    `unitPrice` and `vatAmount` = `amountExclVat` × `vatRate` / 100, each rounded half-up (halves
    away from zero) to øre (0.01), and `amountInclVat` = `amountExclVat` + `vatAmount`. The
    document's totals are the sums of its lines. Totals sent in the request are check totals:
    each must equal the computed one. A document is written as printed, whatever its type (a
    credit note's lines are not negated): the document type decides whether the customer is
    debited or credited. The document's `amountInclVat` must be above zero. The lines of an
    `INTERESTNOTE` or a `REMINDER` have `vatRate` 0 (interest and reminder
    fees are outside the scope of VAT).

    **Ledger effects.** Amounts on the AR item and the GL are signed: positive is debit, negative
    is credit.

    | documentType | AR item `originalAmount` | GL voucher |
    |---|---|---|
    | `INVOICE` | + `amountInclVat` | 1500 + `amountInclVat`; 3000 − `amountExclVat`; 2700 − `vatAmount`
    |
    | `INTERESTNOTE` | + `amountInclVat` | 1500 + `amountInclVat`; 8050 − `amountExclVat` (no VAT) |
    | `REMINDER` | + `amountInclVat` | 1500 + `amountInclVat`; 3900 − `amountExclVat` (no VAT) |
    | `CREDITNOTE` | − `amountInclVat` | 1500 − `amountInclVat`; revenue account of the credited
    document (3000 when none is named) + `amountExclVat`; 2700 + `vatAmount` |

    The VAT entry is left out when `vatAmount` is 0. Every GL item of the voucher has `source`
    `DOCUMENT` (credit notes included), the document's `documentNo`, `arItemId` and `customerNo`,
    and the text `Faktura` / `Kreditnota` / `Rentenota` / `Purring` (English `Invoice` /
    `Credit note` / `Interest note` / `Reminder`) followed by the document number. The
    posting date is `documentDate`; when that date lies in a closed GL period (the calendar month
    closes `glPeriodLockDays` days after its last day), the voucher is posted on the first day of
    the first open period (`documentDate` is kept).

    **Credit notes.** A credit note that names `creditedDocumentNo` is applied at once to that
    document's AR item: the amount applied is the smaller of the credit note's `amountInclVat`
    and the credited item's `remainingAmount` (nothing when that item is closed). What is not
    applied stays on the credit note's item as an open credit. The application is listed on
    both items (`source` `CREDITNOTE`, `appliedDate` = the credit note's `documentDate`); an item
    whose remaining amount reaches zero is `CLOSED` with that date as `closedDate`. A credit note
    without `creditedDocumentNo` stays an open credit on the customer.

    **Defaults.** `dueDate`: `documentDate` + the customer's `dueDays` (the client's `dueDays`
    configuration when the customer has none); `documentDate` for a credit note. `currency`:
    `NOK`. `buyerReference`, `sellerReference` and `distribution`: the customer's values.
    `kid`: when absent the server makes one of the client's `kidLength` digits: the document
    number when it is all digits and fits in `kidLength` − 1 digits, otherwise a per-client
    sequence number, left-padded with zeros to `kidLength` − 1 digits and followed by the check
    digit of the client's `kidAlgorithm` (MOD10 or MOD11); with MOD10 and length 10 document
    `100234` gets `0001002344`.

    **Bundles.** Every document belongs to a document bundle (`documentBundleId`). Documents of
    one customer with the same `bundleKey` share one bundle, created with the first of them; a
    document without `bundleKey` gets a bundle of its own. A bundle has one distribution type
    and at most 10000 documents. Documents are distributed when they are created.

    **Rules answered with 422** (the `code` of each field error in brackets):
    - `customerNo` names no customer of the client (`notFound`).
    - `documentNo` is already used by a document of the client, of any type, compared
      case-insensitively, or is `batches` (`duplicate`).
    - `dueDate` is before `documentDate` (`dueDate`).
    - `currency` is not `NOK` (`currency`).
    - `kid` does not have the client's `kidLength` digits (`kidLength`) or its check digit is wrong
      by the client's `kidAlgorithm` (`checkDigit`).
    - `creditedDocumentNo` is given on a document that is not a `CREDITNOTE`, or names no
      document of the client, or one that is not an `INVOICE` or `INTERESTNOTE`, or one of
      another customer (`creditedDocument`).
    - a line of an `INTERESTNOTE` or `REMINDER` has a `vatRate` other than 0 (`vatRate`).
    - two lines have the same `lineNo` (`duplicate`).
    - a check total differs from the computed one (`totals`); a computed amount is beyond
      ±999999999999.99, or the document's `amountInclVat` is not above zero (`amount`).
    - `distribution.type` is not a known code (`distribution`).
    - the document's distribution type (sent or taken from the customer) differs from that of the
      bundle its `bundleKey` names, or that bundle already has 10000 documents (`bundle`).
    - the `Idempotency-Key` was used with another body (`idempotencyMismatch`).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (DocumentCreateRequest): The body of createDocument.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentWriteResult | Problem
    """

    return sync_detailed(
        client_no=client_no,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[DocumentWriteResult | Problem]:
    """Create one document

     Creates one invoice, credit note, interest note or reminder and books it. The document, its
    AR item and its GL voucher are written in one transaction: all of them or none.

    **Amounts.** The server computes every line's amounts: `amountExclVat` = `quantity` ×
    `unitPrice` and `vatAmount` = `amountExclVat` × `vatRate` / 100, each rounded half-up (halves
    away from zero) to øre (0.01), and `amountInclVat` = `amountExclVat` + `vatAmount`. The
    document's totals are the sums of its lines. Totals sent in the request are check totals:
    each must equal the computed one. A document is written as printed, whatever its type (a
    credit note's lines are not negated): the document type decides whether the customer is
    debited or credited. The document's `amountInclVat` must be above zero. The lines of an
    `INTERESTNOTE` or a `REMINDER` have `vatRate` 0 (interest and reminder
    fees are outside the scope of VAT).

    **Ledger effects.** Amounts on the AR item and the GL are signed: positive is debit, negative
    is credit.

    | documentType | AR item `originalAmount` | GL voucher |
    |---|---|---|
    | `INVOICE` | + `amountInclVat` | 1500 + `amountInclVat`; 3000 − `amountExclVat`; 2700 − `vatAmount`
    |
    | `INTERESTNOTE` | + `amountInclVat` | 1500 + `amountInclVat`; 8050 − `amountExclVat` (no VAT) |
    | `REMINDER` | + `amountInclVat` | 1500 + `amountInclVat`; 3900 − `amountExclVat` (no VAT) |
    | `CREDITNOTE` | − `amountInclVat` | 1500 − `amountInclVat`; revenue account of the credited
    document (3000 when none is named) + `amountExclVat`; 2700 + `vatAmount` |

    The VAT entry is left out when `vatAmount` is 0. Every GL item of the voucher has `source`
    `DOCUMENT` (credit notes included), the document's `documentNo`, `arItemId` and `customerNo`,
    and the text `Faktura` / `Kreditnota` / `Rentenota` / `Purring` (English `Invoice` /
    `Credit note` / `Interest note` / `Reminder`) followed by the document number. The
    posting date is `documentDate`; when that date lies in a closed GL period (the calendar month
    closes `glPeriodLockDays` days after its last day), the voucher is posted on the first day of
    the first open period (`documentDate` is kept).

    **Credit notes.** A credit note that names `creditedDocumentNo` is applied at once to that
    document's AR item: the amount applied is the smaller of the credit note's `amountInclVat`
    and the credited item's `remainingAmount` (nothing when that item is closed). What is not
    applied stays on the credit note's item as an open credit. The application is listed on
    both items (`source` `CREDITNOTE`, `appliedDate` = the credit note's `documentDate`); an item
    whose remaining amount reaches zero is `CLOSED` with that date as `closedDate`. A credit note
    without `creditedDocumentNo` stays an open credit on the customer.

    **Defaults.** `dueDate`: `documentDate` + the customer's `dueDays` (the client's `dueDays`
    configuration when the customer has none); `documentDate` for a credit note. `currency`:
    `NOK`. `buyerReference`, `sellerReference` and `distribution`: the customer's values.
    `kid`: when absent the server makes one of the client's `kidLength` digits: the document
    number when it is all digits and fits in `kidLength` − 1 digits, otherwise a per-client
    sequence number, left-padded with zeros to `kidLength` − 1 digits and followed by the check
    digit of the client's `kidAlgorithm` (MOD10 or MOD11); with MOD10 and length 10 document
    `100234` gets `0001002344`.

    **Bundles.** Every document belongs to a document bundle (`documentBundleId`). Documents of
    one customer with the same `bundleKey` share one bundle, created with the first of them; a
    document without `bundleKey` gets a bundle of its own. A bundle has one distribution type
    and at most 10000 documents. Documents are distributed when they are created.

    **Rules answered with 422** (the `code` of each field error in brackets):
    - `customerNo` names no customer of the client (`notFound`).
    - `documentNo` is already used by a document of the client, of any type, compared
      case-insensitively, or is `batches` (`duplicate`).
    - `dueDate` is before `documentDate` (`dueDate`).
    - `currency` is not `NOK` (`currency`).
    - `kid` does not have the client's `kidLength` digits (`kidLength`) or its check digit is wrong
      by the client's `kidAlgorithm` (`checkDigit`).
    - `creditedDocumentNo` is given on a document that is not a `CREDITNOTE`, or names no
      document of the client, or one that is not an `INVOICE` or `INTERESTNOTE`, or one of
      another customer (`creditedDocument`).
    - a line of an `INTERESTNOTE` or `REMINDER` has a `vatRate` other than 0 (`vatRate`).
    - two lines have the same `lineNo` (`duplicate`).
    - a check total differs from the computed one (`totals`); a computed amount is beyond
      ±999999999999.99, or the document's `amountInclVat` is not above zero (`amount`).
    - `distribution.type` is not a known code (`distribution`).
    - the document's distribution type (sent or taken from the customer) differs from that of the
      bundle its `bundleKey` names, or that bundle already has 10000 documents (`bundle`).
    - the `Idempotency-Key` was used with another body (`idempotencyMismatch`).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (DocumentCreateRequest): The body of createDocument.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentWriteResult | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> DocumentWriteResult | Problem | None:
    """Create one document

     Creates one invoice, credit note, interest note or reminder and books it. The document, its
    AR item and its GL voucher are written in one transaction: all of them or none.

    **Amounts.** The server computes every line's amounts: `amountExclVat` = `quantity` ×
    `unitPrice` and `vatAmount` = `amountExclVat` × `vatRate` / 100, each rounded half-up (halves
    away from zero) to øre (0.01), and `amountInclVat` = `amountExclVat` + `vatAmount`. The
    document's totals are the sums of its lines. Totals sent in the request are check totals:
    each must equal the computed one. A document is written as printed, whatever its type (a
    credit note's lines are not negated): the document type decides whether the customer is
    debited or credited. The document's `amountInclVat` must be above zero. The lines of an
    `INTERESTNOTE` or a `REMINDER` have `vatRate` 0 (interest and reminder
    fees are outside the scope of VAT).

    **Ledger effects.** Amounts on the AR item and the GL are signed: positive is debit, negative
    is credit.

    | documentType | AR item `originalAmount` | GL voucher |
    |---|---|---|
    | `INVOICE` | + `amountInclVat` | 1500 + `amountInclVat`; 3000 − `amountExclVat`; 2700 − `vatAmount`
    |
    | `INTERESTNOTE` | + `amountInclVat` | 1500 + `amountInclVat`; 8050 − `amountExclVat` (no VAT) |
    | `REMINDER` | + `amountInclVat` | 1500 + `amountInclVat`; 3900 − `amountExclVat` (no VAT) |
    | `CREDITNOTE` | − `amountInclVat` | 1500 − `amountInclVat`; revenue account of the credited
    document (3000 when none is named) + `amountExclVat`; 2700 + `vatAmount` |

    The VAT entry is left out when `vatAmount` is 0. Every GL item of the voucher has `source`
    `DOCUMENT` (credit notes included), the document's `documentNo`, `arItemId` and `customerNo`,
    and the text `Faktura` / `Kreditnota` / `Rentenota` / `Purring` (English `Invoice` /
    `Credit note` / `Interest note` / `Reminder`) followed by the document number. The
    posting date is `documentDate`; when that date lies in a closed GL period (the calendar month
    closes `glPeriodLockDays` days after its last day), the voucher is posted on the first day of
    the first open period (`documentDate` is kept).

    **Credit notes.** A credit note that names `creditedDocumentNo` is applied at once to that
    document's AR item: the amount applied is the smaller of the credit note's `amountInclVat`
    and the credited item's `remainingAmount` (nothing when that item is closed). What is not
    applied stays on the credit note's item as an open credit. The application is listed on
    both items (`source` `CREDITNOTE`, `appliedDate` = the credit note's `documentDate`); an item
    whose remaining amount reaches zero is `CLOSED` with that date as `closedDate`. A credit note
    without `creditedDocumentNo` stays an open credit on the customer.

    **Defaults.** `dueDate`: `documentDate` + the customer's `dueDays` (the client's `dueDays`
    configuration when the customer has none); `documentDate` for a credit note. `currency`:
    `NOK`. `buyerReference`, `sellerReference` and `distribution`: the customer's values.
    `kid`: when absent the server makes one of the client's `kidLength` digits: the document
    number when it is all digits and fits in `kidLength` − 1 digits, otherwise a per-client
    sequence number, left-padded with zeros to `kidLength` − 1 digits and followed by the check
    digit of the client's `kidAlgorithm` (MOD10 or MOD11); with MOD10 and length 10 document
    `100234` gets `0001002344`.

    **Bundles.** Every document belongs to a document bundle (`documentBundleId`). Documents of
    one customer with the same `bundleKey` share one bundle, created with the first of them; a
    document without `bundleKey` gets a bundle of its own. A bundle has one distribution type
    and at most 10000 documents. Documents are distributed when they are created.

    **Rules answered with 422** (the `code` of each field error in brackets):
    - `customerNo` names no customer of the client (`notFound`).
    - `documentNo` is already used by a document of the client, of any type, compared
      case-insensitively, or is `batches` (`duplicate`).
    - `dueDate` is before `documentDate` (`dueDate`).
    - `currency` is not `NOK` (`currency`).
    - `kid` does not have the client's `kidLength` digits (`kidLength`) or its check digit is wrong
      by the client's `kidAlgorithm` (`checkDigit`).
    - `creditedDocumentNo` is given on a document that is not a `CREDITNOTE`, or names no
      document of the client, or one that is not an `INVOICE` or `INTERESTNOTE`, or one of
      another customer (`creditedDocument`).
    - a line of an `INTERESTNOTE` or `REMINDER` has a `vatRate` other than 0 (`vatRate`).
    - two lines have the same `lineNo` (`duplicate`).
    - a check total differs from the computed one (`totals`); a computed amount is beyond
      ±999999999999.99, or the document's `amountInclVat` is not above zero (`amount`).
    - `distribution.type` is not a known code (`distribution`).
    - the document's distribution type (sent or taken from the customer) differs from that of the
      bundle its `bundleKey` names, or that bundle already has 10000 documents (`bundle`).
    - the `Idempotency-Key` was used with another body (`idempotencyMismatch`).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (DocumentCreateRequest): The body of createDocument.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentWriteResult | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
