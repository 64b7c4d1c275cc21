from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import dumps, loads
from ...enums import refuse_unknown
from ...exceptions import ResponseValidationError
from ...models.ar_item_update_request import ArItemUpdateRequest
from ...models.ar_item_write_result import ArItemWriteResult
from ...models.problem import Problem
from ...types import Response

OPERATION_ID = "updateArItem"


def _get_kwargs(
    client_no: int,
    *,
    body: ArItemUpdateRequest,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/clients/{client_no}/aritems".format(
            client_no=quote(str(client_no), safe=""),
        ),
    }

    _kwargs["content"] = dumps(body.to_dict())
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArItemWriteResult | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ArItemWriteResult | Problem:
    if response.status_code == 200:
        response_200 = ArItemWriteResult.from_dict(loads(response.content))

        return response_200

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

    if response.status_code == 404:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_404 = Problem.from_dict(loads(response.content))

        return response_404

    if response.status_code == 406:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_406 = Problem.from_dict(loads(response.content))

        return response_406

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
) -> Response[ArItemWriteResult | Problem]:
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
    body: ArItemUpdateRequest,
) -> Response[ArItemWriteResult | Problem]:
    """Update AR item details

     Changes one AR item, named in the body by `arItem.arItemId` (an unknown id answers 404), and
    can create a credit note for it. Everything the request asks for is done in one
    transaction: all of it or nothing.

    **Changes.** A key left out keeps its value. `dueDate` moves the due date. The stop dates
    hold reminders (`stopReminderUntil`), debt collection (`stopDebtCollectionUntil`) and
    late-payment interest (`stopInterestCalcUntil`) to and including the date given; `null`
    clears one. `kid` changes the KID payments are matched with; the document keeps the KID it
    was issued with. A KID another AR item has, or that is a customer's KID, answers 422
    (`duplicate`): payments by it would no longer find one item.

    **Credit note.** `creditNote` creates a `CREDITNOTE` document for the item's document (an
    `INVOICE` or `INTERESTNOTE`) and applies it to the item at once:
    - The credit note has the given `documentNo`, `documentDate` (default today in Norway), `dueDate` =
      `documentDate`, the item's customer and currency, `creditedDocumentNo` = the item's
      document, the customer's references and distribution, a bundle of its own and a KID made
      as createDocument makes one.
    - Its lines, numbered from 1: one per VAT rate used on the credited document, in ascending
      rate order, all with `quantity` 1, no `productCode` and `description` = `text` (default
      `Kreditnota for <documentNo of the item>`). Each rate's share of `amount` is `amount` ×
      (the document's `amountInclVat` at that rate) / (the document's `amountInclVat`), rounded
      half-up to øre, the last line taking the rounding difference; the line's `amountExclVat`
      (= `unitPrice`) is share × 100 / (100 + rate) rounded half-up and its `vatAmount` is share −
      `amountExclVat`. The credit note's `amountInclVat` is exactly `amount`.
    - It is booked as createDocument books a credit note (AR item − `amount`; GL 1500 −
      `amountInclVat`, the revenue account of the credited document + `amountExclVat`, 2700 +
      `vatAmount`), except that its GL items have `source` `CREDITNOTE`.
    - It is applied to this item in full (`source` `CREDITNOTE`, `appliedDate` = its
      `documentDate`): its own AR item is `CLOSED` at once, and this item is `CLOSED` when its
      remaining amount reaches zero.

    **Rules answered with 422** (the `code` of each field error in brackets):
    - the item is `CLOSED`: a closed item cannot be changed (`closed`).
    - `dueDate` is before the item's `documentDate` (`dueDate`).
    - `kid` does not have the client's `kidLength` digits (`kidLength`) or its check digit is wrong
      by the client's `kidAlgorithm` (`checkDigit`).
    - `creditNote` on an item that is not an `INVOICE` or `INTERESTNOTE` item (`PAYMENT`
      included) (`documentType`); `creditNote.amount` above the item's `remainingAmount` (`amount`);
      `creditNote.documentNo` already used by a document of the client or `batches`
      (`duplicate`); `creditNote.documentDate` before the item's `documentDate` (`documentDate`).

    The answer's `result` is `UPDATED` when anything changed (a credit note always changes the
    item) and `UNCHANGED` when every value sent equals the stored one; `remainingAmount` is the
    item's remaining amount after the request.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        body (ArItemUpdateRequest): The body of updateArItem.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArItemWriteResult | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    body: ArItemUpdateRequest,
) -> ArItemWriteResult | Problem | None:
    """Update AR item details

     Changes one AR item, named in the body by `arItem.arItemId` (an unknown id answers 404), and
    can create a credit note for it. Everything the request asks for is done in one
    transaction: all of it or nothing.

    **Changes.** A key left out keeps its value. `dueDate` moves the due date. The stop dates
    hold reminders (`stopReminderUntil`), debt collection (`stopDebtCollectionUntil`) and
    late-payment interest (`stopInterestCalcUntil`) to and including the date given; `null`
    clears one. `kid` changes the KID payments are matched with; the document keeps the KID it
    was issued with. A KID another AR item has, or that is a customer's KID, answers 422
    (`duplicate`): payments by it would no longer find one item.

    **Credit note.** `creditNote` creates a `CREDITNOTE` document for the item's document (an
    `INVOICE` or `INTERESTNOTE`) and applies it to the item at once:
    - The credit note has the given `documentNo`, `documentDate` (default today in Norway), `dueDate` =
      `documentDate`, the item's customer and currency, `creditedDocumentNo` = the item's
      document, the customer's references and distribution, a bundle of its own and a KID made
      as createDocument makes one.
    - Its lines, numbered from 1: one per VAT rate used on the credited document, in ascending
      rate order, all with `quantity` 1, no `productCode` and `description` = `text` (default
      `Kreditnota for <documentNo of the item>`). Each rate's share of `amount` is `amount` ×
      (the document's `amountInclVat` at that rate) / (the document's `amountInclVat`), rounded
      half-up to øre, the last line taking the rounding difference; the line's `amountExclVat`
      (= `unitPrice`) is share × 100 / (100 + rate) rounded half-up and its `vatAmount` is share −
      `amountExclVat`. The credit note's `amountInclVat` is exactly `amount`.
    - It is booked as createDocument books a credit note (AR item − `amount`; GL 1500 −
      `amountInclVat`, the revenue account of the credited document + `amountExclVat`, 2700 +
      `vatAmount`), except that its GL items have `source` `CREDITNOTE`.
    - It is applied to this item in full (`source` `CREDITNOTE`, `appliedDate` = its
      `documentDate`): its own AR item is `CLOSED` at once, and this item is `CLOSED` when its
      remaining amount reaches zero.

    **Rules answered with 422** (the `code` of each field error in brackets):
    - the item is `CLOSED`: a closed item cannot be changed (`closed`).
    - `dueDate` is before the item's `documentDate` (`dueDate`).
    - `kid` does not have the client's `kidLength` digits (`kidLength`) or its check digit is wrong
      by the client's `kidAlgorithm` (`checkDigit`).
    - `creditNote` on an item that is not an `INVOICE` or `INTERESTNOTE` item (`PAYMENT`
      included) (`documentType`); `creditNote.amount` above the item's `remainingAmount` (`amount`);
      `creditNote.documentNo` already used by a document of the client or `batches`
      (`duplicate`); `creditNote.documentDate` before the item's `documentDate` (`documentDate`).

    The answer's `result` is `UPDATED` when anything changed (a credit note always changes the
    item) and `UNCHANGED` when every value sent equals the stored one; `remainingAmount` is the
    item's remaining amount after the request.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        body (ArItemUpdateRequest): The body of updateArItem.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArItemWriteResult | Problem
    """

    return sync_detailed(
        client_no=client_no,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    body: ArItemUpdateRequest,
) -> Response[ArItemWriteResult | Problem]:
    """Update AR item details

     Changes one AR item, named in the body by `arItem.arItemId` (an unknown id answers 404), and
    can create a credit note for it. Everything the request asks for is done in one
    transaction: all of it or nothing.

    **Changes.** A key left out keeps its value. `dueDate` moves the due date. The stop dates
    hold reminders (`stopReminderUntil`), debt collection (`stopDebtCollectionUntil`) and
    late-payment interest (`stopInterestCalcUntil`) to and including the date given; `null`
    clears one. `kid` changes the KID payments are matched with; the document keeps the KID it
    was issued with. A KID another AR item has, or that is a customer's KID, answers 422
    (`duplicate`): payments by it would no longer find one item.

    **Credit note.** `creditNote` creates a `CREDITNOTE` document for the item's document (an
    `INVOICE` or `INTERESTNOTE`) and applies it to the item at once:
    - The credit note has the given `documentNo`, `documentDate` (default today in Norway), `dueDate` =
      `documentDate`, the item's customer and currency, `creditedDocumentNo` = the item's
      document, the customer's references and distribution, a bundle of its own and a KID made
      as createDocument makes one.
    - Its lines, numbered from 1: one per VAT rate used on the credited document, in ascending
      rate order, all with `quantity` 1, no `productCode` and `description` = `text` (default
      `Kreditnota for <documentNo of the item>`). Each rate's share of `amount` is `amount` ×
      (the document's `amountInclVat` at that rate) / (the document's `amountInclVat`), rounded
      half-up to øre, the last line taking the rounding difference; the line's `amountExclVat`
      (= `unitPrice`) is share × 100 / (100 + rate) rounded half-up and its `vatAmount` is share −
      `amountExclVat`. The credit note's `amountInclVat` is exactly `amount`.
    - It is booked as createDocument books a credit note (AR item − `amount`; GL 1500 −
      `amountInclVat`, the revenue account of the credited document + `amountExclVat`, 2700 +
      `vatAmount`), except that its GL items have `source` `CREDITNOTE`.
    - It is applied to this item in full (`source` `CREDITNOTE`, `appliedDate` = its
      `documentDate`): its own AR item is `CLOSED` at once, and this item is `CLOSED` when its
      remaining amount reaches zero.

    **Rules answered with 422** (the `code` of each field error in brackets):
    - the item is `CLOSED`: a closed item cannot be changed (`closed`).
    - `dueDate` is before the item's `documentDate` (`dueDate`).
    - `kid` does not have the client's `kidLength` digits (`kidLength`) or its check digit is wrong
      by the client's `kidAlgorithm` (`checkDigit`).
    - `creditNote` on an item that is not an `INVOICE` or `INTERESTNOTE` item (`PAYMENT`
      included) (`documentType`); `creditNote.amount` above the item's `remainingAmount` (`amount`);
      `creditNote.documentNo` already used by a document of the client or `batches`
      (`duplicate`); `creditNote.documentDate` before the item's `documentDate` (`documentDate`).

    The answer's `result` is `UPDATED` when anything changed (a credit note always changes the
    item) and `UNCHANGED` when every value sent equals the stored one; `remainingAmount` is the
    item's remaining amount after the request.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        body (ArItemUpdateRequest): The body of updateArItem.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArItemWriteResult | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    body: ArItemUpdateRequest,
) -> ArItemWriteResult | Problem | None:
    """Update AR item details

     Changes one AR item, named in the body by `arItem.arItemId` (an unknown id answers 404), and
    can create a credit note for it. Everything the request asks for is done in one
    transaction: all of it or nothing.

    **Changes.** A key left out keeps its value. `dueDate` moves the due date. The stop dates
    hold reminders (`stopReminderUntil`), debt collection (`stopDebtCollectionUntil`) and
    late-payment interest (`stopInterestCalcUntil`) to and including the date given; `null`
    clears one. `kid` changes the KID payments are matched with; the document keeps the KID it
    was issued with. A KID another AR item has, or that is a customer's KID, answers 422
    (`duplicate`): payments by it would no longer find one item.

    **Credit note.** `creditNote` creates a `CREDITNOTE` document for the item's document (an
    `INVOICE` or `INTERESTNOTE`) and applies it to the item at once:
    - The credit note has the given `documentNo`, `documentDate` (default today in Norway), `dueDate` =
      `documentDate`, the item's customer and currency, `creditedDocumentNo` = the item's
      document, the customer's references and distribution, a bundle of its own and a KID made
      as createDocument makes one.
    - Its lines, numbered from 1: one per VAT rate used on the credited document, in ascending
      rate order, all with `quantity` 1, no `productCode` and `description` = `text` (default
      `Kreditnota for <documentNo of the item>`). Each rate's share of `amount` is `amount` ×
      (the document's `amountInclVat` at that rate) / (the document's `amountInclVat`), rounded
      half-up to øre, the last line taking the rounding difference; the line's `amountExclVat`
      (= `unitPrice`) is share × 100 / (100 + rate) rounded half-up and its `vatAmount` is share −
      `amountExclVat`. The credit note's `amountInclVat` is exactly `amount`.
    - It is booked as createDocument books a credit note (AR item − `amount`; GL 1500 −
      `amountInclVat`, the revenue account of the credited document + `amountExclVat`, 2700 +
      `vatAmount`), except that its GL items have `source` `CREDITNOTE`.
    - It is applied to this item in full (`source` `CREDITNOTE`, `appliedDate` = its
      `documentDate`): its own AR item is `CLOSED` at once, and this item is `CLOSED` when its
      remaining amount reaches zero.

    **Rules answered with 422** (the `code` of each field error in brackets):
    - the item is `CLOSED`: a closed item cannot be changed (`closed`).
    - `dueDate` is before the item's `documentDate` (`dueDate`).
    - `kid` does not have the client's `kidLength` digits (`kidLength`) or its check digit is wrong
      by the client's `kidAlgorithm` (`checkDigit`).
    - `creditNote` on an item that is not an `INVOICE` or `INTERESTNOTE` item (`PAYMENT`
      included) (`documentType`); `creditNote.amount` above the item's `remainingAmount` (`amount`);
      `creditNote.documentNo` already used by a document of the client or `batches`
      (`duplicate`); `creditNote.documentDate` before the item's `documentDate` (`documentDate`).

    The answer's `result` is `UPDATED` when anything changed (a credit note always changes the
    item) and `UNCHANGED` when every value sent equals the stored one; `remainingAmount` is the
    item's remaining amount after the request.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        body (ArItemUpdateRequest): The body of updateArItem.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArItemWriteResult | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            client=client,
            body=body,
        )
    ).parsed
