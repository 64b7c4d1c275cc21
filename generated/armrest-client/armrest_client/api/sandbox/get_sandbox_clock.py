from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import loads
from ...exceptions import ResponseValidationError
from ...models.problem import Problem
from ...models.sandbox_clock import SandboxClock
from ...types import Response

OPERATION_ID = "getSandboxClock"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sandbox/clock",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SandboxClock:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SandboxClock:
    if response.status_code == 200:
        response_200 = SandboxClock.from_dict(loads(response.content))

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
) -> Response[Problem | SandboxClock]:
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
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | SandboxClock]:
    """Read the sandbox's clock

     Sandbox only, not part of Amili's API: the instant and the ledger date (Europe/Oslo) the
    sandbox runs on, and how far it is ahead of the system clock. Every rule that reads time
    (due dates, ADB intervals, GL periods, reservation expiry, the 24 hours of an
    `Idempotency-Key` and of a `queryId`, the batch worker) reads this clock.

    A server started without `--sandbox-controls` answers 404 here, as for any unknown path,
    and leaves this operation out of the contract it serves.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SandboxClock]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Problem | SandboxClock | None:
    """Read the sandbox's clock

     Sandbox only, not part of Amili's API: the instant and the ledger date (Europe/Oslo) the
    sandbox runs on, and how far it is ahead of the system clock. Every rule that reads time
    (due dates, ADB intervals, GL periods, reservation expiry, the 24 hours of an
    `Idempotency-Key` and of a `queryId`, the batch worker) reads this clock.

    A server started without `--sandbox-controls` answers 404 here, as for any unknown path,
    and leaves this operation out of the contract it serves.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SandboxClock
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | SandboxClock]:
    """Read the sandbox's clock

     Sandbox only, not part of Amili's API: the instant and the ledger date (Europe/Oslo) the
    sandbox runs on, and how far it is ahead of the system clock. Every rule that reads time
    (due dates, ADB intervals, GL periods, reservation expiry, the 24 hours of an
    `Idempotency-Key` and of a `queryId`, the batch worker) reads this clock.

    A server started without `--sandbox-controls` answers 404 here, as for any unknown path,
    and leaves this operation out of the contract it serves.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SandboxClock]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Problem | SandboxClock | None:
    """Read the sandbox's clock

     Sandbox only, not part of Amili's API: the instant and the ledger date (Europe/Oslo) the
    sandbox runs on, and how far it is ahead of the system clock. Every rule that reads time
    (due dates, ADB intervals, GL periods, reservation expiry, the 24 hours of an
    `Idempotency-Key` and of a `queryId`, the batch worker) reads this clock.

    A server started without `--sandbox-controls` answers 404 here, as for any unknown path,
    and leaves this operation out of the contract it serves.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SandboxClock
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
