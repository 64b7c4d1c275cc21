from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import loads
from ...enums import refuse_unknown
from ...exceptions import ResponseValidationError
from ...models.client_config_list import ClientConfigList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "listClientConfigs"


def _get_kwargs(
    client_no: int,
    *,
    config_key: str | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "config_key": config_key,
            "maximum_count": maximum_count,
            "page_size": page_size,
            "query": query,
            "page_no": page_no,
            "accept_language": accept_language,
        }
    )
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["configkey"] = config_key

    params["maximumcount"] = maximum_count

    params["pagesize"] = page_size

    params["query"] = query

    params["pageno"] = page_no

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{client_no}/clientconfigs".format(
            client_no=quote(str(client_no), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientConfigList | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClientConfigList | Problem:
    if response.status_code == 200:
        response_200 = ClientConfigList.from_dict(loads(response.content))

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
) -> Response[ClientConfigList | Problem]:
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
    config_key: str | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> Response[ClientConfigList | Problem]:
    """List client config values

     Lists the client's configuration values, ordered by `configKey`: every key the server reads, with
    its effective `value` (the client's own setting, or the default) and `defaultValue`. See
    `ClientConfig` for the keys, their types and defaults. `configkey` narrows the list to keys
    starting with the given text. Texts follow `Accept-Language`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        config_key (str | Unset):
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientConfigList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        config_key=config_key,
        maximum_count=maximum_count,
        page_size=page_size,
        query=query,
        page_no=page_no,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    config_key: str | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> ClientConfigList | Problem | None:
    """List client config values

     Lists the client's configuration values, ordered by `configKey`: every key the server reads, with
    its effective `value` (the client's own setting, or the default) and `defaultValue`. See
    `ClientConfig` for the keys, their types and defaults. `configkey` narrows the list to keys
    starting with the given text. Texts follow `Accept-Language`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        config_key (str | Unset):
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientConfigList | Problem
    """

    return sync_detailed(
        client_no=client_no,
        client=client,
        config_key=config_key,
        maximum_count=maximum_count,
        page_size=page_size,
        query=query,
        page_no=page_no,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    config_key: str | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> Response[ClientConfigList | Problem]:
    """List client config values

     Lists the client's configuration values, ordered by `configKey`: every key the server reads, with
    its effective `value` (the client's own setting, or the default) and `defaultValue`. See
    `ClientConfig` for the keys, their types and defaults. `configkey` narrows the list to keys
    starting with the given text. Texts follow `Accept-Language`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        config_key (str | Unset):
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientConfigList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        config_key=config_key,
        maximum_count=maximum_count,
        page_size=page_size,
        query=query,
        page_no=page_no,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    config_key: str | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> ClientConfigList | Problem | None:
    """List client config values

     Lists the client's configuration values, ordered by `configKey`: every key the server reads, with
    its effective `value` (the client's own setting, or the default) and `defaultValue`. See
    `ClientConfig` for the keys, their types and defaults. `configkey` narrows the list to keys
    starting with the given text. Texts follow `Accept-Language`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        config_key (str | Unset):
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientConfigList | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            client=client,
            config_key=config_key,
            maximum_count=maximum_count,
            page_size=page_size,
            query=query,
            page_no=page_no,
            accept_language=accept_language,
        )
    ).parsed
