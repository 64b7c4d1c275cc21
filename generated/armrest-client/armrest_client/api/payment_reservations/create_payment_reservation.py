from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import dumps, loads
from ...enums import refuse_unknown
from ...exceptions import ResponseValidationError
from ...models.payment_reservation_request import PaymentReservationRequest
from ...models.payment_reservation_result import PaymentReservationResult
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "createPaymentReservation"


def _get_kwargs(
    client_no: int,
    *,
    body: PaymentReservationRequest,
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
        "url": "/clients/{client_no}/paymentreservations".format(
            client_no=quote(str(client_no), safe=""),
        ),
    }

    _kwargs["content"] = dumps(body.to_dict())
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentReservationResult | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentReservationResult | Problem:
    if response.status_code == 201:
        response_201 = PaymentReservationResult.from_dict(loads(response.content))

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
) -> Response[PaymentReservationResult | Problem]:
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
    body: PaymentReservationRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[PaymentReservationResult | Problem]:
    """Create a new payment reservation

     Records an announced payment so that no reminder is made and nothing is sent to debt
    collection for what it pays until the payment arrives or the reservation expires.

    ### Target
    The reservation attaches to an existing document's AR item, named by `arItemId`,
    `documentNo`, `documentUuid`, `referenceNo` or the document `kid`, or to a customer, named
    by `accountNo`, `customerNo` or `customerKid`. At least one identifier is required
    (schema). Every identifier given must resolve to exactly one record, and all must agree:
    document identifiers the same AR item, customer identifiers that item's customer (or the
    same customer). An identifier that matches nothing answers 422 (`notFound`), a
    `referenceNo` that matches several documents 422 (`ambiguous`), identifiers that disagree
    422 (`mismatch`).
    - Document target: its AR item must be an `OPEN` debit item, not in debt collection and
      not under another active reservation (422). `arItemId` in the answer names it.
    - Customer target (no document identifier given): the reservation covers the customer's
      open debit items that are not in debt collection and not under another active
      reservation, as of now (at least one, else 422); `arItemId` in the answer is `null`.
      Items created after the reservation are not covered.

    ### Rules
    - `paymentId` is unique per client among reservations and the payments posted with a
      `paymentId`: a repeat answers 422 (`conflict`).
    - `amount` must not exceed the open amount of the target (the item's remaining amount, or
      the sum over the customer's covered items) (422, `exceedsRemaining`).
    - `paymentDate` defaults to today. `expiresOn` defaults to `paymentDate` plus the client's
      configuration `reservationDays`; it must be today or later (422, `pastDate`) and not
      before `paymentDate` (422, `dateRange`).
    - A KID (`kid`, `customerKid`) with a wrong check digit answers 422 (`checkDigit`). The
      customer KID is the customer's `accountNo` followed by its check digit (see
      `customerKid`).
    - Refusals of the target: a closed item (`notOpen`), a credit item (`notDebit`), an item in
      debt collection (`inDebtCollection`), an item under another active reservation
      (`reserved`), a customer without any item to cover (`nothingOpen`).
    - While the reservation is active (today on or before `expiresOn`), the covered items get
      no reminders and are not sent to debt collection (`createAction` `debtcollection`
      answers 422 for them); each covered AR item shows it in `paymentReservation`.
    - It ends when a `payment` auto posting with the same `paymentId` is posted (fulfilled),
      or after `expiresOn` (expired).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (PaymentReservationRequest): A payment reservation to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentReservationResult | Problem]
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
    body: PaymentReservationRequest,
    idempotency_key: str | Unset = UNSET,
) -> PaymentReservationResult | Problem | None:
    """Create a new payment reservation

     Records an announced payment so that no reminder is made and nothing is sent to debt
    collection for what it pays until the payment arrives or the reservation expires.

    ### Target
    The reservation attaches to an existing document's AR item, named by `arItemId`,
    `documentNo`, `documentUuid`, `referenceNo` or the document `kid`, or to a customer, named
    by `accountNo`, `customerNo` or `customerKid`. At least one identifier is required
    (schema). Every identifier given must resolve to exactly one record, and all must agree:
    document identifiers the same AR item, customer identifiers that item's customer (or the
    same customer). An identifier that matches nothing answers 422 (`notFound`), a
    `referenceNo` that matches several documents 422 (`ambiguous`), identifiers that disagree
    422 (`mismatch`).
    - Document target: its AR item must be an `OPEN` debit item, not in debt collection and
      not under another active reservation (422). `arItemId` in the answer names it.
    - Customer target (no document identifier given): the reservation covers the customer's
      open debit items that are not in debt collection and not under another active
      reservation, as of now (at least one, else 422); `arItemId` in the answer is `null`.
      Items created after the reservation are not covered.

    ### Rules
    - `paymentId` is unique per client among reservations and the payments posted with a
      `paymentId`: a repeat answers 422 (`conflict`).
    - `amount` must not exceed the open amount of the target (the item's remaining amount, or
      the sum over the customer's covered items) (422, `exceedsRemaining`).
    - `paymentDate` defaults to today. `expiresOn` defaults to `paymentDate` plus the client's
      configuration `reservationDays`; it must be today or later (422, `pastDate`) and not
      before `paymentDate` (422, `dateRange`).
    - A KID (`kid`, `customerKid`) with a wrong check digit answers 422 (`checkDigit`). The
      customer KID is the customer's `accountNo` followed by its check digit (see
      `customerKid`).
    - Refusals of the target: a closed item (`notOpen`), a credit item (`notDebit`), an item in
      debt collection (`inDebtCollection`), an item under another active reservation
      (`reserved`), a customer without any item to cover (`nothingOpen`).
    - While the reservation is active (today on or before `expiresOn`), the covered items get
      no reminders and are not sent to debt collection (`createAction` `debtcollection`
      answers 422 for them); each covered AR item shows it in `paymentReservation`.
    - It ends when a `payment` auto posting with the same `paymentId` is posted (fulfilled),
      or after `expiresOn` (expired).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (PaymentReservationRequest): A payment reservation to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentReservationResult | Problem
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
    body: PaymentReservationRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[PaymentReservationResult | Problem]:
    """Create a new payment reservation

     Records an announced payment so that no reminder is made and nothing is sent to debt
    collection for what it pays until the payment arrives or the reservation expires.

    ### Target
    The reservation attaches to an existing document's AR item, named by `arItemId`,
    `documentNo`, `documentUuid`, `referenceNo` or the document `kid`, or to a customer, named
    by `accountNo`, `customerNo` or `customerKid`. At least one identifier is required
    (schema). Every identifier given must resolve to exactly one record, and all must agree:
    document identifiers the same AR item, customer identifiers that item's customer (or the
    same customer). An identifier that matches nothing answers 422 (`notFound`), a
    `referenceNo` that matches several documents 422 (`ambiguous`), identifiers that disagree
    422 (`mismatch`).
    - Document target: its AR item must be an `OPEN` debit item, not in debt collection and
      not under another active reservation (422). `arItemId` in the answer names it.
    - Customer target (no document identifier given): the reservation covers the customer's
      open debit items that are not in debt collection and not under another active
      reservation, as of now (at least one, else 422); `arItemId` in the answer is `null`.
      Items created after the reservation are not covered.

    ### Rules
    - `paymentId` is unique per client among reservations and the payments posted with a
      `paymentId`: a repeat answers 422 (`conflict`).
    - `amount` must not exceed the open amount of the target (the item's remaining amount, or
      the sum over the customer's covered items) (422, `exceedsRemaining`).
    - `paymentDate` defaults to today. `expiresOn` defaults to `paymentDate` plus the client's
      configuration `reservationDays`; it must be today or later (422, `pastDate`) and not
      before `paymentDate` (422, `dateRange`).
    - A KID (`kid`, `customerKid`) with a wrong check digit answers 422 (`checkDigit`). The
      customer KID is the customer's `accountNo` followed by its check digit (see
      `customerKid`).
    - Refusals of the target: a closed item (`notOpen`), a credit item (`notDebit`), an item in
      debt collection (`inDebtCollection`), an item under another active reservation
      (`reserved`), a customer without any item to cover (`nothingOpen`).
    - While the reservation is active (today on or before `expiresOn`), the covered items get
      no reminders and are not sent to debt collection (`createAction` `debtcollection`
      answers 422 for them); each covered AR item shows it in `paymentReservation`.
    - It ends when a `payment` auto posting with the same `paymentId` is posted (fulfilled),
      or after `expiresOn` (expired).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (PaymentReservationRequest): A payment reservation to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentReservationResult | Problem]
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
    body: PaymentReservationRequest,
    idempotency_key: str | Unset = UNSET,
) -> PaymentReservationResult | Problem | None:
    """Create a new payment reservation

     Records an announced payment so that no reminder is made and nothing is sent to debt
    collection for what it pays until the payment arrives or the reservation expires.

    ### Target
    The reservation attaches to an existing document's AR item, named by `arItemId`,
    `documentNo`, `documentUuid`, `referenceNo` or the document `kid`, or to a customer, named
    by `accountNo`, `customerNo` or `customerKid`. At least one identifier is required
    (schema). Every identifier given must resolve to exactly one record, and all must agree:
    document identifiers the same AR item, customer identifiers that item's customer (or the
    same customer). An identifier that matches nothing answers 422 (`notFound`), a
    `referenceNo` that matches several documents 422 (`ambiguous`), identifiers that disagree
    422 (`mismatch`).
    - Document target: its AR item must be an `OPEN` debit item, not in debt collection and
      not under another active reservation (422). `arItemId` in the answer names it.
    - Customer target (no document identifier given): the reservation covers the customer's
      open debit items that are not in debt collection and not under another active
      reservation, as of now (at least one, else 422); `arItemId` in the answer is `null`.
      Items created after the reservation are not covered.

    ### Rules
    - `paymentId` is unique per client among reservations and the payments posted with a
      `paymentId`: a repeat answers 422 (`conflict`).
    - `amount` must not exceed the open amount of the target (the item's remaining amount, or
      the sum over the customer's covered items) (422, `exceedsRemaining`).
    - `paymentDate` defaults to today. `expiresOn` defaults to `paymentDate` plus the client's
      configuration `reservationDays`; it must be today or later (422, `pastDate`) and not
      before `paymentDate` (422, `dateRange`).
    - A KID (`kid`, `customerKid`) with a wrong check digit answers 422 (`checkDigit`). The
      customer KID is the customer's `accountNo` followed by its check digit (see
      `customerKid`).
    - Refusals of the target: a closed item (`notOpen`), a credit item (`notDebit`), an item in
      debt collection (`inDebtCollection`), an item under another active reservation
      (`reserved`), a customer without any item to cover (`nothingOpen`).
    - While the reservation is active (today on or before `expiresOn`), the covered items get
      no reminders and are not sent to debt collection (`createAction` `debtcollection`
      answers 422 for them); each covered AR item shows it in `paymentReservation`.
    - It ends when a `payment` auto posting with the same `paymentId` is posted (fulfilled),
      or after `expiresOn` (expired).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (PaymentReservationRequest): A payment reservation to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentReservationResult | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
