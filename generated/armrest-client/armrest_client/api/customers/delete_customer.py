from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import loads
from ...enums import refuse_unknown
from ...exceptions import ResponseValidationError
from ...models.customer_write_result import CustomerWriteResult
from ...models.problem import Problem
from ...types import Response

OPERATION_ID = "deleteCustomer"


def _get_kwargs(
    client_no: int,
    customer_no: str,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "customer_no": customer_no,
        }
    )

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/clients/{client_no}/customers/{customer_no}".format(
            client_no=quote(str(client_no), safe=""),
            customer_no=quote(str(customer_no), safe=""),
        ),
    }

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
    customer_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomerWriteResult | Problem]:
    """Delete a customer

     Deletes a customer that was never used. Refused with 422 (code `inUse`) while any document or AR
    item, open or closed, belongs to the customer (or anything else of the ledger refers to it: a
    payment reservation, a document bundle, a GL item): such a customer stays, and can be marked
    passive instead (`activeStatusWeb`). The `accountNo` of a deleted customer is never given to
    another.

    Answers 200 with `result` `DELETED`, `customerNo` and `accountNo`. An unknown customer number
    answers 404, also when a delete is repeated. The delete leaves a log item.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str): The client's number of the customer; compared case-insensitively.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerWriteResult | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        customer_no=customer_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_no: int,
    customer_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> CustomerWriteResult | Problem | None:
    """Delete a customer

     Deletes a customer that was never used. Refused with 422 (code `inUse`) while any document or AR
    item, open or closed, belongs to the customer (or anything else of the ledger refers to it: a
    payment reservation, a document bundle, a GL item): such a customer stays, and can be marked
    passive instead (`activeStatusWeb`). The `accountNo` of a deleted customer is never given to
    another.

    Answers 200 with `result` `DELETED`, `customerNo` and `accountNo`. An unknown customer number
    answers 404, also when a delete is repeated. The delete leaves a log item.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str): The client's number of the customer; compared case-insensitively.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerWriteResult | Problem
    """

    return sync_detailed(
        client_no=client_no,
        customer_no=customer_no,
        client=client,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    customer_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomerWriteResult | Problem]:
    """Delete a customer

     Deletes a customer that was never used. Refused with 422 (code `inUse`) while any document or AR
    item, open or closed, belongs to the customer (or anything else of the ledger refers to it: a
    payment reservation, a document bundle, a GL item): such a customer stays, and can be marked
    passive instead (`activeStatusWeb`). The `accountNo` of a deleted customer is never given to
    another.

    Answers 200 with `result` `DELETED`, `customerNo` and `accountNo`. An unknown customer number
    answers 404, also when a delete is repeated. The delete leaves a log item.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str): The client's number of the customer; compared case-insensitively.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerWriteResult | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        customer_no=customer_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    customer_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> CustomerWriteResult | Problem | None:
    """Delete a customer

     Deletes a customer that was never used. Refused with 422 (code `inUse`) while any document or AR
    item, open or closed, belongs to the customer (or anything else of the ledger refers to it: a
    payment reservation, a document bundle, a GL item): such a customer stays, and can be marked
    passive instead (`activeStatusWeb`). The `accountNo` of a deleted customer is never given to
    another.

    Answers 200 with `result` `DELETED`, `customerNo` and `accountNo`. An unknown customer number
    answers 404, also when a delete is repeated. The delete leaves a log item.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str): The client's number of the customer; compared case-insensitively.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerWriteResult | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            customer_no=customer_no,
            client=client,
        )
    ).parsed
