from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import loads
from ...enums import refuse_unknown
from ...exceptions import ResponseValidationError
from ...models.log_item import LogItem
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "getLogItem"


def _get_kwargs(
    client_no: int,
    log_item_id: int,
    *,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "log_item_id": log_item_id,
            "accept_language": accept_language,
        }
    )
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{client_no}/logitems/{log_item_id}".format(
            client_no=quote(str(client_no), safe=""),
            log_item_id=quote(str(log_item_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LogItem | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LogItem | Problem:
    if response.status_code == 200:
        response_200 = LogItem.from_dict(loads(response.content))

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
) -> Response[LogItem | Problem]:
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
    log_item_id: int,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Response[LogItem | Problem]:
    """Get one log item

     One entry of the client's audit trail.

    Rules:
    - Every successful write request (POST, PUT, DELETE answered 2xx) leaves exactly one log item,
      written in the write's own transaction: the log item exists exactly when the write does. A
      refused request (any 4xx: 400, 401, 403, 404, 409, 413, 415, 422) leaves none, since bad
      input changes nothing; a request that fails with 5xx is rolled back and leaves none either.
      A replay answered from the `Idempotency-Key` store writes nothing and leaves none.
      Batch writes leave one log item for the request (`entityType` `BATCH`); the per-item
      outcomes are in the batch (getBatch).
    - `userId`, `source` and `correlationId` come from the request's `metadata`.
    - Log items are never changed or deleted, and never hold tokens, secrets or personal numbers
      (birth numbers, bank account numbers are masked in messages).
    - `entityType` says which key `entityKey` holds (see LogEntityType).

    createAction answers the `logItemId` of its log item; this is how an action is read back.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        log_item_id (int): The server's id of the log item; ids grow with time.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LogItem | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        log_item_id=log_item_id,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_no: int,
    log_item_id: int,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> LogItem | Problem | None:
    """Get one log item

     One entry of the client's audit trail.

    Rules:
    - Every successful write request (POST, PUT, DELETE answered 2xx) leaves exactly one log item,
      written in the write's own transaction: the log item exists exactly when the write does. A
      refused request (any 4xx: 400, 401, 403, 404, 409, 413, 415, 422) leaves none, since bad
      input changes nothing; a request that fails with 5xx is rolled back and leaves none either.
      A replay answered from the `Idempotency-Key` store writes nothing and leaves none.
      Batch writes leave one log item for the request (`entityType` `BATCH`); the per-item
      outcomes are in the batch (getBatch).
    - `userId`, `source` and `correlationId` come from the request's `metadata`.
    - Log items are never changed or deleted, and never hold tokens, secrets or personal numbers
      (birth numbers, bank account numbers are masked in messages).
    - `entityType` says which key `entityKey` holds (see LogEntityType).

    createAction answers the `logItemId` of its log item; this is how an action is read back.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        log_item_id (int): The server's id of the log item; ids grow with time.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LogItem | Problem
    """

    return sync_detailed(
        client_no=client_no,
        log_item_id=log_item_id,
        client=client,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    log_item_id: int,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Response[LogItem | Problem]:
    """Get one log item

     One entry of the client's audit trail.

    Rules:
    - Every successful write request (POST, PUT, DELETE answered 2xx) leaves exactly one log item,
      written in the write's own transaction: the log item exists exactly when the write does. A
      refused request (any 4xx: 400, 401, 403, 404, 409, 413, 415, 422) leaves none, since bad
      input changes nothing; a request that fails with 5xx is rolled back and leaves none either.
      A replay answered from the `Idempotency-Key` store writes nothing and leaves none.
      Batch writes leave one log item for the request (`entityType` `BATCH`); the per-item
      outcomes are in the batch (getBatch).
    - `userId`, `source` and `correlationId` come from the request's `metadata`.
    - Log items are never changed or deleted, and never hold tokens, secrets or personal numbers
      (birth numbers, bank account numbers are masked in messages).
    - `entityType` says which key `entityKey` holds (see LogEntityType).

    createAction answers the `logItemId` of its log item; this is how an action is read back.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        log_item_id (int): The server's id of the log item; ids grow with time.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LogItem | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        log_item_id=log_item_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    log_item_id: int,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> LogItem | Problem | None:
    """Get one log item

     One entry of the client's audit trail.

    Rules:
    - Every successful write request (POST, PUT, DELETE answered 2xx) leaves exactly one log item,
      written in the write's own transaction: the log item exists exactly when the write does. A
      refused request (any 4xx: 400, 401, 403, 404, 409, 413, 415, 422) leaves none, since bad
      input changes nothing; a request that fails with 5xx is rolled back and leaves none either.
      A replay answered from the `Idempotency-Key` store writes nothing and leaves none.
      Batch writes leave one log item for the request (`entityType` `BATCH`); the per-item
      outcomes are in the batch (getBatch).
    - `userId`, `source` and `correlationId` come from the request's `metadata`.
    - Log items are never changed or deleted, and never hold tokens, secrets or personal numbers
      (birth numbers, bank account numbers are masked in messages).
    - `entityType` says which key `entityKey` holds (see LogEntityType).

    createAction answers the `logItemId` of its log item; this is how an action is read back.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        log_item_id (int): The server's id of the log item; ids grow with time.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LogItem | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            log_item_id=log_item_id,
            client=client,
            accept_language=accept_language,
        )
    ).parsed
