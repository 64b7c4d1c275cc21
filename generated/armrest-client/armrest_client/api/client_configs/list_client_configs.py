from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_config_list import ClientConfigList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    clientno: int,
    *,
    configkey: str | Unset = UNSET,
    maximumcount: int | Unset = 10000,
    pagesize: int | Unset = 100,
    query: str | Unset = UNSET,
    pageno: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["configkey"] = configkey

    params["maximumcount"] = maximumcount

    params["pagesize"] = pagesize

    params["query"] = query

    params["pageno"] = pageno

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{clientno}/clientconfigs".format(
            clientno=quote(str(clientno), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientConfigList | Problem:
    if response.status_code == 200:
        response_200 = ClientConfigList.from_dict(response.json())

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

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if "json" not in response.headers.get("content-type", ""):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_default = Problem.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClientConfigList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    configkey: str | Unset = UNSET,
    maximumcount: int | Unset = 10000,
    pagesize: int | Unset = 100,
    query: str | Unset = UNSET,
    pageno: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> Response[ClientConfigList | Problem]:
    """List client config values

     Lists the client's configuration values, ordered by `configKey`: every key the server reads, with
    its effective `value` (the client's own setting, or the default) and `defaultValue`. See
    `ClientConfig` for the keys, their types and defaults. `configkey` narrows the list to keys
    starting with the given text. Texts follow `Accept-Language`.

    Args:
        clientno (int): Amili's number of the client (the creditor whose ledger this is).
        configkey (str | Unset):
        maximumcount (int | Unset):  Default: 10000.
        pagesize (int | Unset):  Default: 100.
        query (str | Unset):
        pageno (int | Unset):  Default: 1.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientConfigList | Problem]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        configkey=configkey,
        maximumcount=maximumcount,
        pagesize=pagesize,
        query=query,
        pageno=pageno,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    configkey: str | Unset = UNSET,
    maximumcount: int | Unset = 10000,
    pagesize: int | Unset = 100,
    query: str | Unset = UNSET,
    pageno: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> ClientConfigList | Problem | None:
    """List client config values

     Lists the client's configuration values, ordered by `configKey`: every key the server reads, with
    its effective `value` (the client's own setting, or the default) and `defaultValue`. See
    `ClientConfig` for the keys, their types and defaults. `configkey` narrows the list to keys
    starting with the given text. Texts follow `Accept-Language`.

    Args:
        clientno (int): Amili's number of the client (the creditor whose ledger this is).
        configkey (str | Unset):
        maximumcount (int | Unset):  Default: 10000.
        pagesize (int | Unset):  Default: 100.
        query (str | Unset):
        pageno (int | Unset):  Default: 1.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientConfigList | Problem
    """

    return sync_detailed(
        clientno=clientno,
        client=client,
        configkey=configkey,
        maximumcount=maximumcount,
        pagesize=pagesize,
        query=query,
        pageno=pageno,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    configkey: str | Unset = UNSET,
    maximumcount: int | Unset = 10000,
    pagesize: int | Unset = 100,
    query: str | Unset = UNSET,
    pageno: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> Response[ClientConfigList | Problem]:
    """List client config values

     Lists the client's configuration values, ordered by `configKey`: every key the server reads, with
    its effective `value` (the client's own setting, or the default) and `defaultValue`. See
    `ClientConfig` for the keys, their types and defaults. `configkey` narrows the list to keys
    starting with the given text. Texts follow `Accept-Language`.

    Args:
        clientno (int): Amili's number of the client (the creditor whose ledger this is).
        configkey (str | Unset):
        maximumcount (int | Unset):  Default: 10000.
        pagesize (int | Unset):  Default: 100.
        query (str | Unset):
        pageno (int | Unset):  Default: 1.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientConfigList | Problem]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        configkey=configkey,
        maximumcount=maximumcount,
        pagesize=pagesize,
        query=query,
        pageno=pageno,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    configkey: str | Unset = UNSET,
    maximumcount: int | Unset = 10000,
    pagesize: int | Unset = 100,
    query: str | Unset = UNSET,
    pageno: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> ClientConfigList | Problem | None:
    """List client config values

     Lists the client's configuration values, ordered by `configKey`: every key the server reads, with
    its effective `value` (the client's own setting, or the default) and `defaultValue`. See
    `ClientConfig` for the keys, their types and defaults. `configkey` narrows the list to keys
    starting with the given text. Texts follow `Accept-Language`.

    Args:
        clientno (int): Amili's number of the client (the creditor whose ledger this is).
        configkey (str | Unset):
        maximumcount (int | Unset):  Default: 10000.
        pagesize (int | Unset):  Default: 100.
        query (str | Unset):
        pageno (int | Unset):  Default: 1.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientConfigList | Problem
    """

    return (
        await asyncio_detailed(
            clientno=clientno,
            client=client,
            configkey=configkey,
            maximumcount=maximumcount,
            pagesize=pagesize,
            query=query,
            pageno=pageno,
            accept_language=accept_language,
        )
    ).parsed
