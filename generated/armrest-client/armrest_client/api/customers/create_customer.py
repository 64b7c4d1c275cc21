from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import dumps, loads
from ...enums import refuse_unknown
from ...exceptions import ResponseValidationError
from ...models.customer_create_request import CustomerCreateRequest
from ...models.customer_write_result import CustomerWriteResult
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "createCustomer"


def _get_kwargs(
    client_no: int,
    *,
    body: CustomerCreateRequest,
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
        "url": "/clients/{client_no}/customers".format(
            client_no=quote(str(client_no), safe=""),
        ),
    }

    _kwargs["content"] = dumps(body.to_dict())
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerWriteResult | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerWriteResult | Problem:
    if response.status_code == 200:
        response_200 = CustomerWriteResult.from_dict(loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = CustomerWriteResult.from_dict(loads(response.content))

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
) -> Response[CustomerWriteResult | Problem]:
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
    body: CustomerCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[CustomerWriteResult | Problem]:
    """Create (or update) one customer

     Creates one customer, or updates it when the client already has a customer with this `customerNo`
    (compared case-insensitively): an upsert, the update following exactly the rules of
    `updateCustomer`. `customerNo` and `name` are required.

    On create the server assigns `accountNo`, the customer's AR account number: the client's next free
    number from 500000 up, never reused (not even after a delete). Keys not sent take their defaults:
    text fields the empty string, numbers and dates `null`, lists `[]`, `vatLiable` false, the postal
    address seven empty strings.

    Answers 201 with `result` `CREATED` and a `Location` header naming the new customer; 200 with
    `UPDATED` when a stored value changed, or `UNCHANGED` when every value sent equals the stored one.
    Every write leaves a log item.

    Rules answered with 422 (`errors` names each field and rule; nothing is written):
    - `organizationNo` must carry a valid MOD11 check digit (weights 3,2,7,6,5,4,3,2), `bankAccountNo`
      a valid MOD11 check digit (weights 5,4,3,2,7,6,5,4,3,2) and `ssn` two valid birth-number check
      digits (code `checkDigit`).
    - Coded values must exist in their code table (`listCodes`), compared case-insensitively
      (code `unknownCode`): `customerCategory` (`customercategory`), `distribution.type`
      (`distributiontype`), `language` (`language`), `currency` (`currency`), `activeStatusWeb`
      (`activestatusweb`), `registrationStatusCode` (`registrationstatus`). The empty string is
      always accepted.
    - `dateOfBirth` may not be after today (Europe/Oslo; code `futureDate`); when the customer has both
      `dateOfBirth` and `yearOfBirth` after the write, they name the same year (code
    `yearOfBirthMismatch`).
    - `customerNo` `batches` is reserved: `/customers/batches` names the batch operations
      (code `reserved`).
    - An `Idempotency-Key` reused with another body.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (CustomerCreateRequest): Body of `createCustomer`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerWriteResult | Problem]
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
    body: CustomerCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> CustomerWriteResult | Problem | None:
    """Create (or update) one customer

     Creates one customer, or updates it when the client already has a customer with this `customerNo`
    (compared case-insensitively): an upsert, the update following exactly the rules of
    `updateCustomer`. `customerNo` and `name` are required.

    On create the server assigns `accountNo`, the customer's AR account number: the client's next free
    number from 500000 up, never reused (not even after a delete). Keys not sent take their defaults:
    text fields the empty string, numbers and dates `null`, lists `[]`, `vatLiable` false, the postal
    address seven empty strings.

    Answers 201 with `result` `CREATED` and a `Location` header naming the new customer; 200 with
    `UPDATED` when a stored value changed, or `UNCHANGED` when every value sent equals the stored one.
    Every write leaves a log item.

    Rules answered with 422 (`errors` names each field and rule; nothing is written):
    - `organizationNo` must carry a valid MOD11 check digit (weights 3,2,7,6,5,4,3,2), `bankAccountNo`
      a valid MOD11 check digit (weights 5,4,3,2,7,6,5,4,3,2) and `ssn` two valid birth-number check
      digits (code `checkDigit`).
    - Coded values must exist in their code table (`listCodes`), compared case-insensitively
      (code `unknownCode`): `customerCategory` (`customercategory`), `distribution.type`
      (`distributiontype`), `language` (`language`), `currency` (`currency`), `activeStatusWeb`
      (`activestatusweb`), `registrationStatusCode` (`registrationstatus`). The empty string is
      always accepted.
    - `dateOfBirth` may not be after today (Europe/Oslo; code `futureDate`); when the customer has both
      `dateOfBirth` and `yearOfBirth` after the write, they name the same year (code
    `yearOfBirthMismatch`).
    - `customerNo` `batches` is reserved: `/customers/batches` names the batch operations
      (code `reserved`).
    - An `Idempotency-Key` reused with another body.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (CustomerCreateRequest): Body of `createCustomer`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerWriteResult | Problem
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
    body: CustomerCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[CustomerWriteResult | Problem]:
    """Create (or update) one customer

     Creates one customer, or updates it when the client already has a customer with this `customerNo`
    (compared case-insensitively): an upsert, the update following exactly the rules of
    `updateCustomer`. `customerNo` and `name` are required.

    On create the server assigns `accountNo`, the customer's AR account number: the client's next free
    number from 500000 up, never reused (not even after a delete). Keys not sent take their defaults:
    text fields the empty string, numbers and dates `null`, lists `[]`, `vatLiable` false, the postal
    address seven empty strings.

    Answers 201 with `result` `CREATED` and a `Location` header naming the new customer; 200 with
    `UPDATED` when a stored value changed, or `UNCHANGED` when every value sent equals the stored one.
    Every write leaves a log item.

    Rules answered with 422 (`errors` names each field and rule; nothing is written):
    - `organizationNo` must carry a valid MOD11 check digit (weights 3,2,7,6,5,4,3,2), `bankAccountNo`
      a valid MOD11 check digit (weights 5,4,3,2,7,6,5,4,3,2) and `ssn` two valid birth-number check
      digits (code `checkDigit`).
    - Coded values must exist in their code table (`listCodes`), compared case-insensitively
      (code `unknownCode`): `customerCategory` (`customercategory`), `distribution.type`
      (`distributiontype`), `language` (`language`), `currency` (`currency`), `activeStatusWeb`
      (`activestatusweb`), `registrationStatusCode` (`registrationstatus`). The empty string is
      always accepted.
    - `dateOfBirth` may not be after today (Europe/Oslo; code `futureDate`); when the customer has both
      `dateOfBirth` and `yearOfBirth` after the write, they name the same year (code
    `yearOfBirthMismatch`).
    - `customerNo` `batches` is reserved: `/customers/batches` names the batch operations
      (code `reserved`).
    - An `Idempotency-Key` reused with another body.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (CustomerCreateRequest): Body of `createCustomer`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerWriteResult | Problem]
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
    body: CustomerCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> CustomerWriteResult | Problem | None:
    """Create (or update) one customer

     Creates one customer, or updates it when the client already has a customer with this `customerNo`
    (compared case-insensitively): an upsert, the update following exactly the rules of
    `updateCustomer`. `customerNo` and `name` are required.

    On create the server assigns `accountNo`, the customer's AR account number: the client's next free
    number from 500000 up, never reused (not even after a delete). Keys not sent take their defaults:
    text fields the empty string, numbers and dates `null`, lists `[]`, `vatLiable` false, the postal
    address seven empty strings.

    Answers 201 with `result` `CREATED` and a `Location` header naming the new customer; 200 with
    `UPDATED` when a stored value changed, or `UNCHANGED` when every value sent equals the stored one.
    Every write leaves a log item.

    Rules answered with 422 (`errors` names each field and rule; nothing is written):
    - `organizationNo` must carry a valid MOD11 check digit (weights 3,2,7,6,5,4,3,2), `bankAccountNo`
      a valid MOD11 check digit (weights 5,4,3,2,7,6,5,4,3,2) and `ssn` two valid birth-number check
      digits (code `checkDigit`).
    - Coded values must exist in their code table (`listCodes`), compared case-insensitively
      (code `unknownCode`): `customerCategory` (`customercategory`), `distribution.type`
      (`distributiontype`), `language` (`language`), `currency` (`currency`), `activeStatusWeb`
      (`activestatusweb`), `registrationStatusCode` (`registrationstatus`). The empty string is
      always accepted.
    - `dateOfBirth` may not be after today (Europe/Oslo; code `futureDate`); when the customer has both
      `dateOfBirth` and `yearOfBirth` after the write, they name the same year (code
    `yearOfBirthMismatch`).
    - `customerNo` `batches` is reserved: `/customers/batches` names the batch operations
      (code `reserved`).
    - An `Idempotency-Key` reused with another body.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (CustomerCreateRequest): Body of `createCustomer`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerWriteResult | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
