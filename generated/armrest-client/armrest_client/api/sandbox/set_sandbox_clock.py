from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import dumps, loads
from ...enums import refuse_unknown
from ...exceptions import ResponseValidationError
from ...models.problem import Problem
from ...models.sandbox_clock import SandboxClock
from ...models.sandbox_clock_change import SandboxClockChange
from ...types import Response

OPERATION_ID = "setSandboxClock"


def _get_kwargs(
    *,
    body: SandboxClockChange,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sandbox/clock",
    }

    _kwargs["content"] = dumps(body.to_dict())
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: SandboxClockChange,
) -> Response[Problem | SandboxClock]:
    """Move the sandbox's clock forward

     Sandbox only, not part of Amili's API: moves the clock every process of the sandbox reads
    (the offset is kept in the database, so all `--workers` agree from their next request on)
    to the instant `now`, or `advanceSeconds` ahead of where it is. The clock keeps running from
    there at the system clock's pace.

    ### Rules
    - Time only moves forward: an instant before the clock's answers 422 `clockBackwards`.
      Records already carry the times they were written at (log items, frozen lists,
      idempotency keys, batch leases); a clock moved back would put them in its future. To
      start over, start the sandbox on a fresh database.
    - The ledger date of the new instant must be on or before 2100-12-31 (the contract's date
      range, `CalendarDate`), else 422 `dateRange`. A running clock that reaches the end of
      that day (Oslo) stands still there.
    - A leap second (`23:59:60Z`) is the instant after `23:59:59Z`, as POSIX time counts it.
    - Nothing else changes: items become overdue, reservations expire and keys age when they
      are next read, as they would with the time passing.
    - It leaves no log item: log items belong to a client, the clock to the whole sandbox.
    - Tokens keep to the system clock: moving the clock does not expire the token in use.

    A server started without `--sandbox-controls` answers 404 here, as for any unknown path,
    and leaves this operation out of the contract it serves.

    Args:
        body (SandboxClockChange): Where to move the clock: to the instant `now` (on or after the
            clock's), or `advanceSeconds` ahead (86400 a day). Exactly one of the two.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SandboxClock]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SandboxClockChange,
) -> Problem | SandboxClock | None:
    """Move the sandbox's clock forward

     Sandbox only, not part of Amili's API: moves the clock every process of the sandbox reads
    (the offset is kept in the database, so all `--workers` agree from their next request on)
    to the instant `now`, or `advanceSeconds` ahead of where it is. The clock keeps running from
    there at the system clock's pace.

    ### Rules
    - Time only moves forward: an instant before the clock's answers 422 `clockBackwards`.
      Records already carry the times they were written at (log items, frozen lists,
      idempotency keys, batch leases); a clock moved back would put them in its future. To
      start over, start the sandbox on a fresh database.
    - The ledger date of the new instant must be on or before 2100-12-31 (the contract's date
      range, `CalendarDate`), else 422 `dateRange`. A running clock that reaches the end of
      that day (Oslo) stands still there.
    - A leap second (`23:59:60Z`) is the instant after `23:59:59Z`, as POSIX time counts it.
    - Nothing else changes: items become overdue, reservations expire and keys age when they
      are next read, as they would with the time passing.
    - It leaves no log item: log items belong to a client, the clock to the whole sandbox.
    - Tokens keep to the system clock: moving the clock does not expire the token in use.

    A server started without `--sandbox-controls` answers 404 here, as for any unknown path,
    and leaves this operation out of the contract it serves.

    Args:
        body (SandboxClockChange): Where to move the clock: to the instant `now` (on or after the
            clock's), or `advanceSeconds` ahead (86400 a day). Exactly one of the two.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SandboxClock
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SandboxClockChange,
) -> Response[Problem | SandboxClock]:
    """Move the sandbox's clock forward

     Sandbox only, not part of Amili's API: moves the clock every process of the sandbox reads
    (the offset is kept in the database, so all `--workers` agree from their next request on)
    to the instant `now`, or `advanceSeconds` ahead of where it is. The clock keeps running from
    there at the system clock's pace.

    ### Rules
    - Time only moves forward: an instant before the clock's answers 422 `clockBackwards`.
      Records already carry the times they were written at (log items, frozen lists,
      idempotency keys, batch leases); a clock moved back would put them in its future. To
      start over, start the sandbox on a fresh database.
    - The ledger date of the new instant must be on or before 2100-12-31 (the contract's date
      range, `CalendarDate`), else 422 `dateRange`. A running clock that reaches the end of
      that day (Oslo) stands still there.
    - A leap second (`23:59:60Z`) is the instant after `23:59:59Z`, as POSIX time counts it.
    - Nothing else changes: items become overdue, reservations expire and keys age when they
      are next read, as they would with the time passing.
    - It leaves no log item: log items belong to a client, the clock to the whole sandbox.
    - Tokens keep to the system clock: moving the clock does not expire the token in use.

    A server started without `--sandbox-controls` answers 404 here, as for any unknown path,
    and leaves this operation out of the contract it serves.

    Args:
        body (SandboxClockChange): Where to move the clock: to the instant `now` (on or after the
            clock's), or `advanceSeconds` ahead (86400 a day). Exactly one of the two.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SandboxClock]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SandboxClockChange,
) -> Problem | SandboxClock | None:
    """Move the sandbox's clock forward

     Sandbox only, not part of Amili's API: moves the clock every process of the sandbox reads
    (the offset is kept in the database, so all `--workers` agree from their next request on)
    to the instant `now`, or `advanceSeconds` ahead of where it is. The clock keeps running from
    there at the system clock's pace.

    ### Rules
    - Time only moves forward: an instant before the clock's answers 422 `clockBackwards`.
      Records already carry the times they were written at (log items, frozen lists,
      idempotency keys, batch leases); a clock moved back would put them in its future. To
      start over, start the sandbox on a fresh database.
    - The ledger date of the new instant must be on or before 2100-12-31 (the contract's date
      range, `CalendarDate`), else 422 `dateRange`. A running clock that reaches the end of
      that day (Oslo) stands still there.
    - A leap second (`23:59:60Z`) is the instant after `23:59:59Z`, as POSIX time counts it.
    - Nothing else changes: items become overdue, reservations expire and keys age when they
      are next read, as they would with the time passing.
    - It leaves no log item: log items belong to a client, the clock to the whole sandbox.
    - Tokens keep to the system clock: moving the clock does not expire the token in use.

    A server started without `--sandbox-controls` answers 404 here, as for any unknown path,
    and leaves this operation out of the contract it serves.

    Args:
        body (SandboxClockChange): Where to move the clock: to the instant `now` (on or after the
            clock's), or `advanceSeconds` ahead (86400 a day). Exactly one of the two.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SandboxClock
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
