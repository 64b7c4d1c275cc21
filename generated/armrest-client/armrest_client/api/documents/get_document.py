from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import loads
from ...enums import refuse_unknown
from ...exceptions import RequestValidationError, ResponseValidationError
from ...models.document_detail import DocumentDetail
from ...models.get_document_expand import GetDocumentExpand
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "getDocument"


def _get_kwargs(
    client_no: int,
    document_no: str,
    *,
    expand: GetDocumentExpand | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "document_no": document_no,
            "expand": expand,
            "accept_language": accept_language,
        }
    )
    if not isinstance(expand, GetDocumentExpand | Unset):
        raise RequestValidationError("expand", expand)
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    json_expand: str | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand.value

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{client_no}/documents/{document_no}".format(
            client_no=quote(str(client_no), safe=""),
            document_no=quote(str(document_no), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocumentDetail | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DocumentDetail | Problem:
    if response.status_code == 200:
        response_200 = DocumentDetail.from_dict(loads(response.content))

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
) -> Response[DocumentDetail | Problem]:
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
    document_no: str,
    *,
    client: AuthenticatedClient | Client,
    expand: GetDocumentExpand | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[DocumentDetail | Problem]:
    """Get one document

     One document with its lines, in `lineNo` order. Amounts are as printed on the document (the
    totals are positive for every type; the AR item carries the sign).

    `expand` embeds related records: `arItem` the AR item the document created (as getArItem
    answers it without expansions), `glItems` the GL items of the document's voucher in
    `glItemId` order (their `accountName` and `text` follow `Accept-Language`). Give one or both,
    comma-separated (`expand=arItem,glItems`); an unknown name answers 400. The GL items of later
    events (payments, credit notes) are not included: list them with listGlItems by `aritemid`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        document_no (str): The client's number of the document; compared case-insensitively.
        expand (GetDocumentExpand | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentDetail | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        document_no=document_no,
        expand=expand,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_no: int,
    document_no: str,
    *,
    client: AuthenticatedClient | Client,
    expand: GetDocumentExpand | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> DocumentDetail | Problem | None:
    """Get one document

     One document with its lines, in `lineNo` order. Amounts are as printed on the document (the
    totals are positive for every type; the AR item carries the sign).

    `expand` embeds related records: `arItem` the AR item the document created (as getArItem
    answers it without expansions), `glItems` the GL items of the document's voucher in
    `glItemId` order (their `accountName` and `text` follow `Accept-Language`). Give one or both,
    comma-separated (`expand=arItem,glItems`); an unknown name answers 400. The GL items of later
    events (payments, credit notes) are not included: list them with listGlItems by `aritemid`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        document_no (str): The client's number of the document; compared case-insensitively.
        expand (GetDocumentExpand | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentDetail | Problem
    """

    return sync_detailed(
        client_no=client_no,
        document_no=document_no,
        client=client,
        expand=expand,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    document_no: str,
    *,
    client: AuthenticatedClient | Client,
    expand: GetDocumentExpand | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[DocumentDetail | Problem]:
    """Get one document

     One document with its lines, in `lineNo` order. Amounts are as printed on the document (the
    totals are positive for every type; the AR item carries the sign).

    `expand` embeds related records: `arItem` the AR item the document created (as getArItem
    answers it without expansions), `glItems` the GL items of the document's voucher in
    `glItemId` order (their `accountName` and `text` follow `Accept-Language`). Give one or both,
    comma-separated (`expand=arItem,glItems`); an unknown name answers 400. The GL items of later
    events (payments, credit notes) are not included: list them with listGlItems by `aritemid`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        document_no (str): The client's number of the document; compared case-insensitively.
        expand (GetDocumentExpand | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentDetail | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        document_no=document_no,
        expand=expand,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    document_no: str,
    *,
    client: AuthenticatedClient | Client,
    expand: GetDocumentExpand | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> DocumentDetail | Problem | None:
    """Get one document

     One document with its lines, in `lineNo` order. Amounts are as printed on the document (the
    totals are positive for every type; the AR item carries the sign).

    `expand` embeds related records: `arItem` the AR item the document created (as getArItem
    answers it without expansions), `glItems` the GL items of the document's voucher in
    `glItemId` order (their `accountName` and `text` follow `Accept-Language`). Give one or both,
    comma-separated (`expand=arItem,glItems`); an unknown name answers 400. The GL items of later
    events (payments, credit notes) are not included: list them with listGlItems by `aritemid`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        document_no (str): The client's number of the document; compared case-insensitively.
        expand (GetDocumentExpand | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentDetail | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            document_no=document_no,
            client=client,
            expand=expand,
            accept_language=accept_language,
        )
    ).parsed
