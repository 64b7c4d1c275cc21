from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import dumps, loads
from ...enums import refuse_unknown
from ...exceptions import ResponseValidationError
from ...models.batch_accepted import BatchAccepted
from ...models.customer_batch_update_request import CustomerBatchUpdateRequest
from ...models.problem import Problem
from ...types import Response

OPERATION_ID = "updateCustomerBatch"


def _get_kwargs(
    client_no: int,
    *,
    body: CustomerBatchUpdateRequest,
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
        "url": "/clients/{client_no}/customers/batches".format(
            client_no=quote(str(client_no), safe=""),
        ),
    }

    _kwargs["content"] = dumps(body.to_dict())
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchAccepted | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BatchAccepted | Problem:
    if response.status_code == 202:
        response_202 = BatchAccepted.from_dict(loads(response.content))

        return response_202

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
) -> Response[BatchAccepted | Problem]:
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
    body: CustomerBatchUpdateRequest,
) -> Response[BatchAccepted | Problem]:
    """Update a batch of customers

     Queues 1 to 10000 customer changes for asynchronous processing (batch type `CUSTOMERS_UPDATE`).
    Each item is processed as `updateCustomer` would: a missing or `null` key leaves the stored value
    unchanged, and the postal address group changes as a whole. An unknown `customerNo` rejects that
    item (code `notFound`).

    The body is checked against the schema at once: any schema error, in any item, answers 400 with a
    pointer per error (`/customers/17/name`) and queues nothing. A `customerNo` may appear only once
    per batch (compared case-insensitively): a repeat answers 422 (code `duplicate`, one error per
    repeat)
    and queues nothing. The business
    rules of the single-customer operation (check digits, code values, date of birth) are checked per
    item while the batch is processed: a rejected item writes nothing of itself and does not stop the
    others. Items are processed in array order.

    Answers 202 with `batchUuid` and `itemCount`, and a `Location` header naming the batch. Follow the
    batch with `getBatch`: 202 while it is queued or processing, 200 when every item was accepted, 206
    when some were rejected (each rejected item lists its errors, with pointers into this body).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        body (CustomerBatchUpdateRequest): Body of `updateCustomerBatch`: each item is processed
            as `updateCustomer` would.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchAccepted | Problem]
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
    body: CustomerBatchUpdateRequest,
) -> BatchAccepted | Problem | None:
    """Update a batch of customers

     Queues 1 to 10000 customer changes for asynchronous processing (batch type `CUSTOMERS_UPDATE`).
    Each item is processed as `updateCustomer` would: a missing or `null` key leaves the stored value
    unchanged, and the postal address group changes as a whole. An unknown `customerNo` rejects that
    item (code `notFound`).

    The body is checked against the schema at once: any schema error, in any item, answers 400 with a
    pointer per error (`/customers/17/name`) and queues nothing. A `customerNo` may appear only once
    per batch (compared case-insensitively): a repeat answers 422 (code `duplicate`, one error per
    repeat)
    and queues nothing. The business
    rules of the single-customer operation (check digits, code values, date of birth) are checked per
    item while the batch is processed: a rejected item writes nothing of itself and does not stop the
    others. Items are processed in array order.

    Answers 202 with `batchUuid` and `itemCount`, and a `Location` header naming the batch. Follow the
    batch with `getBatch`: 202 while it is queued or processing, 200 when every item was accepted, 206
    when some were rejected (each rejected item lists its errors, with pointers into this body).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        body (CustomerBatchUpdateRequest): Body of `updateCustomerBatch`: each item is processed
            as `updateCustomer` would.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchAccepted | Problem
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
    body: CustomerBatchUpdateRequest,
) -> Response[BatchAccepted | Problem]:
    """Update a batch of customers

     Queues 1 to 10000 customer changes for asynchronous processing (batch type `CUSTOMERS_UPDATE`).
    Each item is processed as `updateCustomer` would: a missing or `null` key leaves the stored value
    unchanged, and the postal address group changes as a whole. An unknown `customerNo` rejects that
    item (code `notFound`).

    The body is checked against the schema at once: any schema error, in any item, answers 400 with a
    pointer per error (`/customers/17/name`) and queues nothing. A `customerNo` may appear only once
    per batch (compared case-insensitively): a repeat answers 422 (code `duplicate`, one error per
    repeat)
    and queues nothing. The business
    rules of the single-customer operation (check digits, code values, date of birth) are checked per
    item while the batch is processed: a rejected item writes nothing of itself and does not stop the
    others. Items are processed in array order.

    Answers 202 with `batchUuid` and `itemCount`, and a `Location` header naming the batch. Follow the
    batch with `getBatch`: 202 while it is queued or processing, 200 when every item was accepted, 206
    when some were rejected (each rejected item lists its errors, with pointers into this body).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        body (CustomerBatchUpdateRequest): Body of `updateCustomerBatch`: each item is processed
            as `updateCustomer` would.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchAccepted | Problem]
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
    body: CustomerBatchUpdateRequest,
) -> BatchAccepted | Problem | None:
    """Update a batch of customers

     Queues 1 to 10000 customer changes for asynchronous processing (batch type `CUSTOMERS_UPDATE`).
    Each item is processed as `updateCustomer` would: a missing or `null` key leaves the stored value
    unchanged, and the postal address group changes as a whole. An unknown `customerNo` rejects that
    item (code `notFound`).

    The body is checked against the schema at once: any schema error, in any item, answers 400 with a
    pointer per error (`/customers/17/name`) and queues nothing. A `customerNo` may appear only once
    per batch (compared case-insensitively): a repeat answers 422 (code `duplicate`, one error per
    repeat)
    and queues nothing. The business
    rules of the single-customer operation (check digits, code values, date of birth) are checked per
    item while the batch is processed: a rejected item writes nothing of itself and does not stop the
    others. Items are processed in array order.

    Answers 202 with `batchUuid` and `itemCount`, and a `Location` header naming the batch. Follow the
    batch with `getBatch`: 202 while it is queued or processing, 200 when every item was accepted, 206
    when some were rejected (each rejected item lists its errors, with pointers into this body).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        body (CustomerBatchUpdateRequest): Body of `updateCustomerBatch`: each item is processed
            as `updateCustomer` would.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchAccepted | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            client=client,
            body=body,
        )
    ).parsed
