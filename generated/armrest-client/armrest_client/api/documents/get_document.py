from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document import Document
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    clientno: int,
    documentno: str,
    *,
    expand: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{clientno}/documents/{documentno}".format(
            clientno=quote(str(clientno), safe=""),
            documentno=quote(str(documentno), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Document | Problem | None:
    if response.status_code == 200:
        response_200 = Document.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Document | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    clientno: int,
    documentno: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Document | Problem]:
    """Get one document

     One document with its lines, in `lineNo` order. Amounts are as printed on the document (the
    totals are positive for every type; the AR item carries the sign).

    `expand` embeds related records: `arItem` the AR item the document created (as getArItem
    answers it without expansions), `glItems` the GL items of the document's voucher in
    `glItemId` order (their `accountName` and `text` follow `Accept-Language`). Give one or both,
    comma-separated (`expand=arItem,glItems`); an unknown name answers 400. The GL items of later
    events (payments, credit notes) are not included: list them with listGlItems by `aritemid`.

    Args:
        clientno (int): Amili's number of the client (the creditor whose ledger this is).
        documentno (str): The client's number of the document; compared case-insensitively.
        expand (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Document | Problem]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        documentno=documentno,
        expand=expand,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clientno: int,
    documentno: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Document | Problem | None:
    """Get one document

     One document with its lines, in `lineNo` order. Amounts are as printed on the document (the
    totals are positive for every type; the AR item carries the sign).

    `expand` embeds related records: `arItem` the AR item the document created (as getArItem
    answers it without expansions), `glItems` the GL items of the document's voucher in
    `glItemId` order (their `accountName` and `text` follow `Accept-Language`). Give one or both,
    comma-separated (`expand=arItem,glItems`); an unknown name answers 400. The GL items of later
    events (payments, credit notes) are not included: list them with listGlItems by `aritemid`.

    Args:
        clientno (int): Amili's number of the client (the creditor whose ledger this is).
        documentno (str): The client's number of the document; compared case-insensitively.
        expand (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Document | Problem
    """

    return sync_detailed(
        clientno=clientno,
        documentno=documentno,
        client=client,
        expand=expand,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    clientno: int,
    documentno: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Document | Problem]:
    """Get one document

     One document with its lines, in `lineNo` order. Amounts are as printed on the document (the
    totals are positive for every type; the AR item carries the sign).

    `expand` embeds related records: `arItem` the AR item the document created (as getArItem
    answers it without expansions), `glItems` the GL items of the document's voucher in
    `glItemId` order (their `accountName` and `text` follow `Accept-Language`). Give one or both,
    comma-separated (`expand=arItem,glItems`); an unknown name answers 400. The GL items of later
    events (payments, credit notes) are not included: list them with listGlItems by `aritemid`.

    Args:
        clientno (int): Amili's number of the client (the creditor whose ledger this is).
        documentno (str): The client's number of the document; compared case-insensitively.
        expand (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Document | Problem]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        documentno=documentno,
        expand=expand,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clientno: int,
    documentno: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Document | Problem | None:
    """Get one document

     One document with its lines, in `lineNo` order. Amounts are as printed on the document (the
    totals are positive for every type; the AR item carries the sign).

    `expand` embeds related records: `arItem` the AR item the document created (as getArItem
    answers it without expansions), `glItems` the GL items of the document's voucher in
    `glItemId` order (their `accountName` and `text` follow `Accept-Language`). Give one or both,
    comma-separated (`expand=arItem,glItems`); an unknown name answers 400. The GL items of later
    events (payments, credit notes) are not included: list them with listGlItems by `aritemid`.

    Args:
        clientno (int): Amili's number of the client (the creditor whose ledger this is).
        documentno (str): The client's number of the document; compared case-insensitively.
        expand (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Document | Problem
    """

    return (
        await asyncio_detailed(
            clientno=clientno,
            documentno=documentno,
            client=client,
            expand=expand,
            accept_language=accept_language,
        )
    ).parsed
