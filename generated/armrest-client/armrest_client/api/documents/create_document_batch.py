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
from ...models.document_batch_create import DocumentBatchCreate
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "createDocumentBatch"


def _get_kwargs(
    client_no: int,
    *,
    body: DocumentBatchCreate,
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
        "url": "/clients/{client_no}/documents/batches".format(
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
    body: DocumentBatchCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[BatchAccepted | Problem]:
    """Create a batch of documents

     Queues 1 to 10000 documents for asynchronous creation and answers 202 with the batch's
    `batchUuid` (also in `Location`). Follow the batch with getBatch: 202 while it runs, 200 when
    every document was created, 206 when some were rejected. The batch's `batchType` is
    `DOCUMENTS_CREATE` and each item's `key` is its `documentNo`.

    The whole body is checked against the schema before anything is queued: one invalid
    document answers 400 (pointers such as `/documents/3/lines/0/vatRate`) and nothing is
    queued. The business rules are checked while the batch runs: the documents are processed in
    array order, each exactly as createDocument would (same computations, defaults, ledger
    effects and rules) and as if in its own transaction (they are written set-based, a chunk of
    documents at a time), so a document that breaks a rule is rejected with the same field error
    codes (pointers into the batch body), writes nothing, and the others are still created. Consequences
    of the order: a credit note may name a document earlier in the same
    batch, a `documentNo` repeated in the batch rejects the later one (`duplicate`), and
    documents of one customer with the same `bundleKey` share a bundle.

    A 422 here only means the `Idempotency-Key` was used with another body.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (DocumentBatchCreate): The body of createDocumentBatch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchAccepted | Problem]
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
    body: DocumentBatchCreate,
    idempotency_key: str | Unset = UNSET,
) -> BatchAccepted | Problem | None:
    """Create a batch of documents

     Queues 1 to 10000 documents for asynchronous creation and answers 202 with the batch's
    `batchUuid` (also in `Location`). Follow the batch with getBatch: 202 while it runs, 200 when
    every document was created, 206 when some were rejected. The batch's `batchType` is
    `DOCUMENTS_CREATE` and each item's `key` is its `documentNo`.

    The whole body is checked against the schema before anything is queued: one invalid
    document answers 400 (pointers such as `/documents/3/lines/0/vatRate`) and nothing is
    queued. The business rules are checked while the batch runs: the documents are processed in
    array order, each exactly as createDocument would (same computations, defaults, ledger
    effects and rules) and as if in its own transaction (they are written set-based, a chunk of
    documents at a time), so a document that breaks a rule is rejected with the same field error
    codes (pointers into the batch body), writes nothing, and the others are still created. Consequences
    of the order: a credit note may name a document earlier in the same
    batch, a `documentNo` repeated in the batch rejects the later one (`duplicate`), and
    documents of one customer with the same `bundleKey` share a bundle.

    A 422 here only means the `Idempotency-Key` was used with another body.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (DocumentBatchCreate): The body of createDocumentBatch.

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
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentBatchCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[BatchAccepted | Problem]:
    """Create a batch of documents

     Queues 1 to 10000 documents for asynchronous creation and answers 202 with the batch's
    `batchUuid` (also in `Location`). Follow the batch with getBatch: 202 while it runs, 200 when
    every document was created, 206 when some were rejected. The batch's `batchType` is
    `DOCUMENTS_CREATE` and each item's `key` is its `documentNo`.

    The whole body is checked against the schema before anything is queued: one invalid
    document answers 400 (pointers such as `/documents/3/lines/0/vatRate`) and nothing is
    queued. The business rules are checked while the batch runs: the documents are processed in
    array order, each exactly as createDocument would (same computations, defaults, ledger
    effects and rules) and as if in its own transaction (they are written set-based, a chunk of
    documents at a time), so a document that breaks a rule is rejected with the same field error
    codes (pointers into the batch body), writes nothing, and the others are still created. Consequences
    of the order: a credit note may name a document earlier in the same
    batch, a `documentNo` repeated in the batch rejects the later one (`duplicate`), and
    documents of one customer with the same `bundleKey` share a bundle.

    A 422 here only means the `Idempotency-Key` was used with another body.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (DocumentBatchCreate): The body of createDocumentBatch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchAccepted | Problem]
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
    body: DocumentBatchCreate,
    idempotency_key: str | Unset = UNSET,
) -> BatchAccepted | Problem | None:
    """Create a batch of documents

     Queues 1 to 10000 documents for asynchronous creation and answers 202 with the batch's
    `batchUuid` (also in `Location`). Follow the batch with getBatch: 202 while it runs, 200 when
    every document was created, 206 when some were rejected. The batch's `batchType` is
    `DOCUMENTS_CREATE` and each item's `key` is its `documentNo`.

    The whole body is checked against the schema before anything is queued: one invalid
    document answers 400 (pointers such as `/documents/3/lines/0/vatRate`) and nothing is
    queued. The business rules are checked while the batch runs: the documents are processed in
    array order, each exactly as createDocument would (same computations, defaults, ledger
    effects and rules) and as if in its own transaction (they are written set-based, a chunk of
    documents at a time), so a document that breaks a rule is rejected with the same field error
    codes (pointers into the batch body), writes nothing, and the others are still created. Consequences
    of the order: a credit note may name a document earlier in the same
    batch, a `documentNo` repeated in the batch rejects the later one (`duplicate`), and
    documents of one customer with the same `bundleKey` share a bundle.

    A 422 here only means the `Idempotency-Key` was used with another body.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (DocumentBatchCreate): The body of createDocumentBatch.

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
            idempotency_key=idempotency_key,
        )
    ).parsed
