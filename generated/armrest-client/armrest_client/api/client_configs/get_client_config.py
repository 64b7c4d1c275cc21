from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import loads
from ...enums import refuse_unknown
from ...exceptions import ResponseValidationError
from ...models.client_config import ClientConfig
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "getClientConfig"


def _get_kwargs(
    client_no: int,
    config_key: str,
    *,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "config_key": config_key,
            "accept_language": accept_language,
        }
    )
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{client_no}/clientconfigs/{config_key}".format(
            client_no=quote(str(client_no), safe=""),
            config_key=quote(str(config_key), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientConfig | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClientConfig | Problem:
    if response.status_code == 200:
        response_200 = ClientConfig.from_dict(loads(response.content))

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
) -> Response[ClientConfig | Problem]:
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
    config_key: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Response[ClientConfig | Problem]:
    """Get one client config value

     Reads one configuration value of the client: the effective `value` (the client's own setting, or
    the default when `changedAt` is `null`) and the `defaultValue`. See `ClientConfig` for the keys
    the server reads. A key the server does not know answers 404. Texts follow `Accept-Language`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        config_key (str): Name of a configuration value (camelCase, case-sensitive).
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientConfig | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        config_key=config_key,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_no: int,
    config_key: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> ClientConfig | Problem | None:
    """Get one client config value

     Reads one configuration value of the client: the effective `value` (the client's own setting, or
    the default when `changedAt` is `null`) and the `defaultValue`. See `ClientConfig` for the keys
    the server reads. A key the server does not know answers 404. Texts follow `Accept-Language`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        config_key (str): Name of a configuration value (camelCase, case-sensitive).
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientConfig | Problem
    """

    return sync_detailed(
        client_no=client_no,
        config_key=config_key,
        client=client,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    config_key: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Response[ClientConfig | Problem]:
    """Get one client config value

     Reads one configuration value of the client: the effective `value` (the client's own setting, or
    the default when `changedAt` is `null`) and the `defaultValue`. See `ClientConfig` for the keys
    the server reads. A key the server does not know answers 404. Texts follow `Accept-Language`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        config_key (str): Name of a configuration value (camelCase, case-sensitive).
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientConfig | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        config_key=config_key,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    config_key: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> ClientConfig | Problem | None:
    """Get one client config value

     Reads one configuration value of the client: the effective `value` (the client's own setting, or
    the default when `changedAt` is `null`) and the `defaultValue`. See `ClientConfig` for the keys
    the server reads. A key the server does not know answers 404. Texts follow `Accept-Language`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        config_key (str): Name of a configuration value (camelCase, case-sensitive).
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientConfig | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            config_key=config_key,
            client=client,
            accept_language=accept_language,
        )
    ).parsed
