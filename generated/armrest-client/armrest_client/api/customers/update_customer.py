from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import dumps, loads
from ...enums import refuse_unknown
from ...exceptions import ResponseValidationError
from ...models.customer_update_request import CustomerUpdateRequest
from ...models.customer_write_result import CustomerWriteResult
from ...models.problem import Problem
from ...types import Response

OPERATION_ID = "updateCustomer"


def _get_kwargs(
    client_no: int,
    *,
    body: CustomerUpdateRequest,
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
    body: CustomerUpdateRequest,
) -> Response[CustomerWriteResult | Problem]:
    """Update one customer

     Updates one customer, named in the body by `customerNo` (compared case-insensitively); an unknown
    number answers 404. Only what is sent changes:
    - A key that is missing or `null` leaves the stored value unchanged. Numbers cannot be set back to
      `null`.
    - The empty string is a valid value: it clears a text field or a date.
    - Lists (`emailAddressDocument`, `secondaryEmailAddress`, `efakturaBlockIds`, `peppolBlockIds`,
      `digipostBlockIds`) are replaced as a whole; `[]` empties one.
    - `distribution` keys change one by one, like the top-level keys.
    - The postal address group (`postalAddress`: `addressLine1`, `addressLine2`, `addressLine3`,
      `postalCode`, `cityName`, `countryText`, `countryCode`) changes as a whole: sending any one of
      its fields replaces all of them, and the ones not sent become empty strings. When the stored
      group changes, `postalAddressChanged` becomes today's date (Europe/Oslo).
    - `customerNo`, `accountNo`, `clientNo`, `createdAt` and `postalAddressChanged` cannot be changed.

    Answers 200 with `result` `UPDATED`, or `UNCHANGED` when every value sent equals the stored one
    (nothing is written; the request is still logged).

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

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        body (CustomerUpdateRequest): Body of `updateCustomer`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerWriteResult | Problem]
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
    body: CustomerUpdateRequest,
) -> CustomerWriteResult | Problem | None:
    """Update one customer

     Updates one customer, named in the body by `customerNo` (compared case-insensitively); an unknown
    number answers 404. Only what is sent changes:
    - A key that is missing or `null` leaves the stored value unchanged. Numbers cannot be set back to
      `null`.
    - The empty string is a valid value: it clears a text field or a date.
    - Lists (`emailAddressDocument`, `secondaryEmailAddress`, `efakturaBlockIds`, `peppolBlockIds`,
      `digipostBlockIds`) are replaced as a whole; `[]` empties one.
    - `distribution` keys change one by one, like the top-level keys.
    - The postal address group (`postalAddress`: `addressLine1`, `addressLine2`, `addressLine3`,
      `postalCode`, `cityName`, `countryText`, `countryCode`) changes as a whole: sending any one of
      its fields replaces all of them, and the ones not sent become empty strings. When the stored
      group changes, `postalAddressChanged` becomes today's date (Europe/Oslo).
    - `customerNo`, `accountNo`, `clientNo`, `createdAt` and `postalAddressChanged` cannot be changed.

    Answers 200 with `result` `UPDATED`, or `UNCHANGED` when every value sent equals the stored one
    (nothing is written; the request is still logged).

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

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        body (CustomerUpdateRequest): Body of `updateCustomer`.

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
    ).parsed


async def asyncio_detailed(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerUpdateRequest,
) -> Response[CustomerWriteResult | Problem]:
    """Update one customer

     Updates one customer, named in the body by `customerNo` (compared case-insensitively); an unknown
    number answers 404. Only what is sent changes:
    - A key that is missing or `null` leaves the stored value unchanged. Numbers cannot be set back to
      `null`.
    - The empty string is a valid value: it clears a text field or a date.
    - Lists (`emailAddressDocument`, `secondaryEmailAddress`, `efakturaBlockIds`, `peppolBlockIds`,
      `digipostBlockIds`) are replaced as a whole; `[]` empties one.
    - `distribution` keys change one by one, like the top-level keys.
    - The postal address group (`postalAddress`: `addressLine1`, `addressLine2`, `addressLine3`,
      `postalCode`, `cityName`, `countryText`, `countryCode`) changes as a whole: sending any one of
      its fields replaces all of them, and the ones not sent become empty strings. When the stored
      group changes, `postalAddressChanged` becomes today's date (Europe/Oslo).
    - `customerNo`, `accountNo`, `clientNo`, `createdAt` and `postalAddressChanged` cannot be changed.

    Answers 200 with `result` `UPDATED`, or `UNCHANGED` when every value sent equals the stored one
    (nothing is written; the request is still logged).

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

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        body (CustomerUpdateRequest): Body of `updateCustomer`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerWriteResult | Problem]
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
    body: CustomerUpdateRequest,
) -> CustomerWriteResult | Problem | None:
    """Update one customer

     Updates one customer, named in the body by `customerNo` (compared case-insensitively); an unknown
    number answers 404. Only what is sent changes:
    - A key that is missing or `null` leaves the stored value unchanged. Numbers cannot be set back to
      `null`.
    - The empty string is a valid value: it clears a text field or a date.
    - Lists (`emailAddressDocument`, `secondaryEmailAddress`, `efakturaBlockIds`, `peppolBlockIds`,
      `digipostBlockIds`) are replaced as a whole; `[]` empties one.
    - `distribution` keys change one by one, like the top-level keys.
    - The postal address group (`postalAddress`: `addressLine1`, `addressLine2`, `addressLine3`,
      `postalCode`, `cityName`, `countryText`, `countryCode`) changes as a whole: sending any one of
      its fields replaces all of them, and the ones not sent become empty strings. When the stored
      group changes, `postalAddressChanged` becomes today's date (Europe/Oslo).
    - `customerNo`, `accountNo`, `clientNo`, `createdAt` and `postalAddressChanged` cannot be changed.

    Answers 200 with `result` `UPDATED`, or `UNCHANGED` when every value sent equals the stored one
    (nothing is written; the request is still logged).

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

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        body (CustomerUpdateRequest): Body of `updateCustomer`.

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
        )
    ).parsed
