from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import loads
from ...enums import refuse_unknown
from ...exceptions import ResponseValidationError
from ...models.customer import Customer
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "getCustomer"


def _get_kwargs(
    client_no: int,
    customer_no: str,
    *,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "customer_no": customer_no,
            "accept_language": accept_language,
        }
    )
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{client_no}/customers/{customer_no}".format(
            client_no=quote(str(client_no), safe=""),
            customer_no=quote(str(customer_no), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Customer | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Customer | Problem:
    if response.status_code == 200:
        response_200 = Customer.from_dict(loads(response.content))

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
) -> Response[Customer | Problem]:
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
    accept_language: str | Unset = UNSET,
) -> Response[Customer | Problem]:
    """Get one customer

     Reads one customer with every field (see `Customer`: text fields never `null`, unset numbers and
    dates `null`, unset lists `[]`). An unknown customer number answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str): The client's number of the customer; compared case-insensitively.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        customer_no=customer_no,
        accept_language=accept_language,
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
    accept_language: str | Unset = UNSET,
) -> Customer | Problem | None:
    """Get one customer

     Reads one customer with every field (see `Customer`: text fields never `null`, unset numbers and
    dates `null`, unset lists `[]`). An unknown customer number answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str): The client's number of the customer; compared case-insensitively.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | Problem
    """

    return sync_detailed(
        client_no=client_no,
        customer_no=customer_no,
        client=client,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    customer_no: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Response[Customer | Problem]:
    """Get one customer

     Reads one customer with every field (see `Customer`: text fields never `null`, unset numbers and
    dates `null`, unset lists `[]`). An unknown customer number answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str): The client's number of the customer; compared case-insensitively.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        customer_no=customer_no,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    customer_no: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Customer | Problem | None:
    """Get one customer

     Reads one customer with every field (see `Customer`: text fields never `null`, unset numbers and
    dates `null`, unset lists `[]`). An unknown customer number answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str): The client's number of the customer; compared case-insensitively.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            customer_no=customer_no,
            client=client,
            accept_language=accept_language,
        )
    ).parsed
