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
from ...models.problem import Problem
from ...models.stored_file_with_content import StoredFileWithContent
from ...types import UNSET, Response, Unset

OPERATION_ID = "getFile"


def _get_kwargs(
    client_no: int,
    file_id: UUID,
    *,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "file_id": file_id,
            "accept_language": accept_language,
        }
    )
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{client_no}/files/{file_id}".format(
            client_no=quote(str(client_no), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | StoredFileWithContent:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | StoredFileWithContent:
    if response.status_code == 200:
        response_200 = StoredFileWithContent.from_dict(loads(response.content))

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
) -> Response[Problem | StoredFileWithContent]:
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
    file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Response[Problem | StoredFileWithContent]:
    """Get one file

     One file of the client, uploaded (`source` `UPLOAD`) or produced by a report job (`REPORT`,
    with its `jobQueueId`): its metadata and its `content` (base64), always included here.

    Files are never changed. `fileName` is the name sanitised at upload (see uploadFiles);
    `sha256` lets the caller check the decoded content. `Accept-Language` is accepted as on every
    get-one operation; a file has no language-dependent text.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        file_id (UUID): A lower-case UUID.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StoredFileWithContent]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        file_id=file_id,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_no: int,
    file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Problem | StoredFileWithContent | None:
    """Get one file

     One file of the client, uploaded (`source` `UPLOAD`) or produced by a report job (`REPORT`,
    with its `jobQueueId`): its metadata and its `content` (base64), always included here.

    Files are never changed. `fileName` is the name sanitised at upload (see uploadFiles);
    `sha256` lets the caller check the decoded content. `Accept-Language` is accepted as on every
    get-one operation; a file has no language-dependent text.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        file_id (UUID): A lower-case UUID.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StoredFileWithContent
    """

    return sync_detailed(
        client_no=client_no,
        file_id=file_id,
        client=client,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Response[Problem | StoredFileWithContent]:
    """Get one file

     One file of the client, uploaded (`source` `UPLOAD`) or produced by a report job (`REPORT`,
    with its `jobQueueId`): its metadata and its `content` (base64), always included here.

    Files are never changed. `fileName` is the name sanitised at upload (see uploadFiles);
    `sha256` lets the caller check the decoded content. `Accept-Language` is accepted as on every
    get-one operation; a file has no language-dependent text.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        file_id (UUID): A lower-case UUID.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StoredFileWithContent]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        file_id=file_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Problem | StoredFileWithContent | None:
    """Get one file

     One file of the client, uploaded (`source` `UPLOAD`) or produced by a report job (`REPORT`,
    with its `jobQueueId`): its metadata and its `content` (base64), always included here.

    Files are never changed. `fileName` is the name sanitised at upload (see uploadFiles);
    `sha256` lets the caller check the decoded content. `Accept-Language` is accepted as on every
    get-one operation; a file has no language-dependent text.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        file_id (UUID): A lower-case UUID.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StoredFileWithContent
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            file_id=file_id,
            client=client,
            accept_language=accept_language,
        )
    ).parsed
