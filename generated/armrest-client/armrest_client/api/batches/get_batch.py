from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import loads
from ...enums import refuse_unknown
from ...exceptions import ResponseValidationError
from ...models.batch import Batch
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "getBatch"


def _get_kwargs(
    client_no: int,
    batch_uuid: UUID,
    *,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "batch_uuid": batch_uuid,
            "accept_language": accept_language,
        }
    )
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{client_no}/batches/{batch_uuid}".format(
            client_no=quote(str(client_no), safe=""),
            batch_uuid=quote(str(batch_uuid), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Batch | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Batch | Problem:
    if response.status_code == 200:
        response_200 = Batch.from_dict(loads(response.content))

        return response_200

    if response.status_code == 202:
        response_202 = Batch.from_dict(loads(response.content))

        return response_202

    if response.status_code == 206:
        response_206 = Batch.from_dict(loads(response.content))

        return response_206

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
) -> Response[Batch | Problem]:
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
    batch_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Response[Batch | Problem]:
    """Get one batch

     Reads one batch: a batch write queued by `createCustomerBatch`, `updateCustomerBatch` or
    `createDocumentBatch`, or a report job queued by `createReportAction`. The status code says where
    the batch is:
    - 202 while it is `QUEUED` or `PROCESSING`, with a `Retry-After` header (seconds to wait before
      polling again); `items` lists the items processed so far.
    - 200 when it is `COMPLETED`: every item was accepted.
    - 206 when it is `COMPLETED_WITH_ERRORS`: at least one item was rejected; each rejected item
      lists its errors, with pointers into the request body that queued the batch.
    - 206 when it is `FAILED` too: the server gave up on it (see `status`); `message` says why,
      `items` lists the items processed before (they were written) and the others were not.

    An item whose processing fails inside the server (a rule the schema lets through but the
    server cannot apply) is rejected alone with code `processingFailed`, pointing at the item;
    the other items are processed. Every batch ends: `COMPLETED`, `COMPLETED_WITH_ERRORS` or
    `FAILED`.

    A report job has one item, keyed by the report type; when it completes, `fileId` names the file
    produced (`getFile`). A batch of another client, or an unknown `batchuuid`, answers 404. 406 when
    the `Accept` header excludes `application/json`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        batch_uuid (UUID): A lower-case UUID.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Batch | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        batch_uuid=batch_uuid,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_no: int,
    batch_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Batch | Problem | None:
    """Get one batch

     Reads one batch: a batch write queued by `createCustomerBatch`, `updateCustomerBatch` or
    `createDocumentBatch`, or a report job queued by `createReportAction`. The status code says where
    the batch is:
    - 202 while it is `QUEUED` or `PROCESSING`, with a `Retry-After` header (seconds to wait before
      polling again); `items` lists the items processed so far.
    - 200 when it is `COMPLETED`: every item was accepted.
    - 206 when it is `COMPLETED_WITH_ERRORS`: at least one item was rejected; each rejected item
      lists its errors, with pointers into the request body that queued the batch.
    - 206 when it is `FAILED` too: the server gave up on it (see `status`); `message` says why,
      `items` lists the items processed before (they were written) and the others were not.

    An item whose processing fails inside the server (a rule the schema lets through but the
    server cannot apply) is rejected alone with code `processingFailed`, pointing at the item;
    the other items are processed. Every batch ends: `COMPLETED`, `COMPLETED_WITH_ERRORS` or
    `FAILED`.

    A report job has one item, keyed by the report type; when it completes, `fileId` names the file
    produced (`getFile`). A batch of another client, or an unknown `batchuuid`, answers 404. 406 when
    the `Accept` header excludes `application/json`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        batch_uuid (UUID): A lower-case UUID.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Batch | Problem
    """

    return sync_detailed(
        client_no=client_no,
        batch_uuid=batch_uuid,
        client=client,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    batch_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Response[Batch | Problem]:
    """Get one batch

     Reads one batch: a batch write queued by `createCustomerBatch`, `updateCustomerBatch` or
    `createDocumentBatch`, or a report job queued by `createReportAction`. The status code says where
    the batch is:
    - 202 while it is `QUEUED` or `PROCESSING`, with a `Retry-After` header (seconds to wait before
      polling again); `items` lists the items processed so far.
    - 200 when it is `COMPLETED`: every item was accepted.
    - 206 when it is `COMPLETED_WITH_ERRORS`: at least one item was rejected; each rejected item
      lists its errors, with pointers into the request body that queued the batch.
    - 206 when it is `FAILED` too: the server gave up on it (see `status`); `message` says why,
      `items` lists the items processed before (they were written) and the others were not.

    An item whose processing fails inside the server (a rule the schema lets through but the
    server cannot apply) is rejected alone with code `processingFailed`, pointing at the item;
    the other items are processed. Every batch ends: `COMPLETED`, `COMPLETED_WITH_ERRORS` or
    `FAILED`.

    A report job has one item, keyed by the report type; when it completes, `fileId` names the file
    produced (`getFile`). A batch of another client, or an unknown `batchuuid`, answers 404. 406 when
    the `Accept` header excludes `application/json`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        batch_uuid (UUID): A lower-case UUID.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Batch | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        batch_uuid=batch_uuid,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    batch_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Batch | Problem | None:
    """Get one batch

     Reads one batch: a batch write queued by `createCustomerBatch`, `updateCustomerBatch` or
    `createDocumentBatch`, or a report job queued by `createReportAction`. The status code says where
    the batch is:
    - 202 while it is `QUEUED` or `PROCESSING`, with a `Retry-After` header (seconds to wait before
      polling again); `items` lists the items processed so far.
    - 200 when it is `COMPLETED`: every item was accepted.
    - 206 when it is `COMPLETED_WITH_ERRORS`: at least one item was rejected; each rejected item
      lists its errors, with pointers into the request body that queued the batch.
    - 206 when it is `FAILED` too: the server gave up on it (see `status`); `message` says why,
      `items` lists the items processed before (they were written) and the others were not.

    An item whose processing fails inside the server (a rule the schema lets through but the
    server cannot apply) is rejected alone with code `processingFailed`, pointing at the item;
    the other items are processed. Every batch ends: `COMPLETED`, `COMPLETED_WITH_ERRORS` or
    `FAILED`.

    A report job has one item, keyed by the report type; when it completes, `fileId` names the file
    produced (`getFile`). A batch of another client, or an unknown `batchuuid`, answers 404. 406 when
    the `Accept` header excludes `application/json`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        batch_uuid (UUID): A lower-case UUID.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Batch | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            batch_uuid=batch_uuid,
            client=client,
            accept_language=accept_language,
        )
    ).parsed
