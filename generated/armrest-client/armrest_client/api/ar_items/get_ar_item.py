from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import loads
from ...enums import refuse_unknown
from ...exceptions import RequestValidationError, ResponseValidationError
from ...models.ar_item import ArItem
from ...models.get_ar_item_expand import GetArItemExpand
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "getArItem"


def _get_kwargs(
    client_no: int,
    ar_item_id: int,
    *,
    expand: GetArItemExpand | Unset = UNSET,
    user_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "ar_item_id": ar_item_id,
            "expand": expand,
            "user_id": user_id,
            "accept_language": accept_language,
        }
    )
    if not isinstance(expand, GetArItemExpand | Unset):
        raise RequestValidationError("expand", expand)
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    json_expand: str | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand.value

    params["expand"] = json_expand

    params["userid"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{client_no}/aritems/{ar_item_id}".format(
            client_no=quote(str(client_no), safe=""),
            ar_item_id=quote(str(ar_item_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ArItem | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ArItem | Problem:
    if response.status_code == 200:
        response_200 = ArItem.from_dict(loads(response.content))

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
) -> Response[ArItem | Problem]:
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
    ar_item_id: int,
    *,
    client: AuthenticatedClient | Client,
    expand: GetArItemExpand | Unset = UNSET,
    user_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[ArItem | Problem]:
    """Get one AR item

     One AR item of the accounts-receivable ledger. Amounts are signed: positive is a debit, negative
    a credit; `remainingAmount` has the sign of `originalAmount` (or is zero) and is zero exactly
    when the item is `CLOSED`.

    `expand` embeds related records: `document` the document that created the item, with its
    lines (as getDocument answers it without expansions; absent for an unapplied payment, which
    has no document), `applications` every settlement of the
    item (payments and write-offs from auto postings, credit notes), in `appliedDate` then
    `applicationId` order. Give one or both, comma-separated (`expand=document,applications`); an
    unknown name answers 400.

    `userid` names the person or system on whose behalf the item is read (for example a case
    handler in the client's own system). It does not change the answer; it is recorded with the
    request for audit.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        ar_item_id (int): The server's id of the AR item.
        expand (GetArItemExpand | Unset):
        user_id (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArItem | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        ar_item_id=ar_item_id,
        expand=expand,
        user_id=user_id,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_no: int,
    ar_item_id: int,
    *,
    client: AuthenticatedClient | Client,
    expand: GetArItemExpand | Unset = UNSET,
    user_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> ArItem | Problem | None:
    """Get one AR item

     One AR item of the accounts-receivable ledger. Amounts are signed: positive is a debit, negative
    a credit; `remainingAmount` has the sign of `originalAmount` (or is zero) and is zero exactly
    when the item is `CLOSED`.

    `expand` embeds related records: `document` the document that created the item, with its
    lines (as getDocument answers it without expansions; absent for an unapplied payment, which
    has no document), `applications` every settlement of the
    item (payments and write-offs from auto postings, credit notes), in `appliedDate` then
    `applicationId` order. Give one or both, comma-separated (`expand=document,applications`); an
    unknown name answers 400.

    `userid` names the person or system on whose behalf the item is read (for example a case
    handler in the client's own system). It does not change the answer; it is recorded with the
    request for audit.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        ar_item_id (int): The server's id of the AR item.
        expand (GetArItemExpand | Unset):
        user_id (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArItem | Problem
    """

    return sync_detailed(
        client_no=client_no,
        ar_item_id=ar_item_id,
        client=client,
        expand=expand,
        user_id=user_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    ar_item_id: int,
    *,
    client: AuthenticatedClient | Client,
    expand: GetArItemExpand | Unset = UNSET,
    user_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[ArItem | Problem]:
    """Get one AR item

     One AR item of the accounts-receivable ledger. Amounts are signed: positive is a debit, negative
    a credit; `remainingAmount` has the sign of `originalAmount` (or is zero) and is zero exactly
    when the item is `CLOSED`.

    `expand` embeds related records: `document` the document that created the item, with its
    lines (as getDocument answers it without expansions; absent for an unapplied payment, which
    has no document), `applications` every settlement of the
    item (payments and write-offs from auto postings, credit notes), in `appliedDate` then
    `applicationId` order. Give one or both, comma-separated (`expand=document,applications`); an
    unknown name answers 400.

    `userid` names the person or system on whose behalf the item is read (for example a case
    handler in the client's own system). It does not change the answer; it is recorded with the
    request for audit.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        ar_item_id (int): The server's id of the AR item.
        expand (GetArItemExpand | Unset):
        user_id (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArItem | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        ar_item_id=ar_item_id,
        expand=expand,
        user_id=user_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    ar_item_id: int,
    *,
    client: AuthenticatedClient | Client,
    expand: GetArItemExpand | Unset = UNSET,
    user_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> ArItem | Problem | None:
    """Get one AR item

     One AR item of the accounts-receivable ledger. Amounts are signed: positive is a debit, negative
    a credit; `remainingAmount` has the sign of `originalAmount` (or is zero) and is zero exactly
    when the item is `CLOSED`.

    `expand` embeds related records: `document` the document that created the item, with its
    lines (as getDocument answers it without expansions; absent for an unapplied payment, which
    has no document), `applications` every settlement of the
    item (payments and write-offs from auto postings, credit notes), in `appliedDate` then
    `applicationId` order. Give one or both, comma-separated (`expand=document,applications`); an
    unknown name answers 400.

    `userid` names the person or system on whose behalf the item is read (for example a case
    handler in the client's own system). It does not change the answer; it is recorded with the
    request for audit.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        ar_item_id (int): The server's id of the AR item.
        expand (GetArItemExpand | Unset):
        user_id (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArItem | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            ar_item_id=ar_item_id,
            client=client,
            expand=expand,
            user_id=user_id,
            accept_language=accept_language,
        )
    ).parsed
