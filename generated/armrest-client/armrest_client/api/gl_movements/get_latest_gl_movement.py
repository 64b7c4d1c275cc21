from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import loads
from ...enums import refuse_unknown
from ...exceptions import ResponseValidationError
from ...models.gl_movement_period import GlMovementPeriod
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "getLatestGlMovement"


def _get_kwargs(
    client_no: int,
    *,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "accept_language": accept_language,
        }
    )
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{client_no}/glmovements/latest".format(
            client_no=quote(str(client_no), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GlMovementPeriod | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlMovementPeriod | Problem:
    if response.status_code == 200:
        response_200 = GlMovementPeriod.from_dict(loads(response.content))

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
) -> Response[GlMovementPeriod | Problem]:
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
    accept_language: str | Unset = UNSET,
) -> Response[GlMovementPeriod | Problem]:
    """Get movement/balance for the latest closed GL year/period

     Movement and balance per GL account for the latest closed GL year/period of the client.

    Period rule:
    - A GL period is a calendar month (`glPeriod` 1..12 of `glYear`); a GL item belongs to the
      period of its `postingDate`.
    - A period closes when the client's `glPeriodLockDays` (client config, default 10) full days
      have passed after its last day: it is closed from `closedOn` = last day +
      `glPeriodLockDays` + 1 day, in Europe/Oslo dates. With the default, March 2026 is open
      through 2026-04-10 and closed from 2026-04-11.
    - An event dated in a closed period is posted on the first day of the first open period
      (`postingDate` moves, the document date does not), so a closed period never changes.
    - The latest closed period is the one with the latest `closedOn` on or before today; it is
      found from the calendar, whether or not anything was posted in it.

    Answer: that period, with one entry per GL account that has any GL item posted up to the
    period's last day, in `accountNo` order. A period without postings is still answered: its
    accounts show their balances with `debit` and `credit` 0 (closing balances still apply). 404
    only when the client has no GL item posted up to the period's last day at all (a new client:
    there is no balance yet).

    Figures are derived from the GL items on every read, never stored a second time: `movement` =
    `debit` - `credit`, `closingBalance` = `openingBalance` + `movement`, and the opening balance
    of period 1 is the closing balance of period 12 of the year before. Designed: no year-end
    closing is made, so result accounts (3000-8999) carry their balance into the next year like
    balance accounts. Over all accounts, the movements and the balances sum to zero.

    `accountName` follows `Accept-Language` (Norwegian by default, `en` for English).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GlMovementPeriod | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
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
    accept_language: str | Unset = UNSET,
) -> GlMovementPeriod | Problem | None:
    """Get movement/balance for the latest closed GL year/period

     Movement and balance per GL account for the latest closed GL year/period of the client.

    Period rule:
    - A GL period is a calendar month (`glPeriod` 1..12 of `glYear`); a GL item belongs to the
      period of its `postingDate`.
    - A period closes when the client's `glPeriodLockDays` (client config, default 10) full days
      have passed after its last day: it is closed from `closedOn` = last day +
      `glPeriodLockDays` + 1 day, in Europe/Oslo dates. With the default, March 2026 is open
      through 2026-04-10 and closed from 2026-04-11.
    - An event dated in a closed period is posted on the first day of the first open period
      (`postingDate` moves, the document date does not), so a closed period never changes.
    - The latest closed period is the one with the latest `closedOn` on or before today; it is
      found from the calendar, whether or not anything was posted in it.

    Answer: that period, with one entry per GL account that has any GL item posted up to the
    period's last day, in `accountNo` order. A period without postings is still answered: its
    accounts show their balances with `debit` and `credit` 0 (closing balances still apply). 404
    only when the client has no GL item posted up to the period's last day at all (a new client:
    there is no balance yet).

    Figures are derived from the GL items on every read, never stored a second time: `movement` =
    `debit` - `credit`, `closingBalance` = `openingBalance` + `movement`, and the opening balance
    of period 1 is the closing balance of period 12 of the year before. Designed: no year-end
    closing is made, so result accounts (3000-8999) carry their balance into the next year like
    balance accounts. Over all accounts, the movements and the balances sum to zero.

    `accountName` follows `Accept-Language` (Norwegian by default, `en` for English).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlMovementPeriod | Problem
    """

    return sync_detailed(
        client_no=client_no,
        client=client,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Response[GlMovementPeriod | Problem]:
    """Get movement/balance for the latest closed GL year/period

     Movement and balance per GL account for the latest closed GL year/period of the client.

    Period rule:
    - A GL period is a calendar month (`glPeriod` 1..12 of `glYear`); a GL item belongs to the
      period of its `postingDate`.
    - A period closes when the client's `glPeriodLockDays` (client config, default 10) full days
      have passed after its last day: it is closed from `closedOn` = last day +
      `glPeriodLockDays` + 1 day, in Europe/Oslo dates. With the default, March 2026 is open
      through 2026-04-10 and closed from 2026-04-11.
    - An event dated in a closed period is posted on the first day of the first open period
      (`postingDate` moves, the document date does not), so a closed period never changes.
    - The latest closed period is the one with the latest `closedOn` on or before today; it is
      found from the calendar, whether or not anything was posted in it.

    Answer: that period, with one entry per GL account that has any GL item posted up to the
    period's last day, in `accountNo` order. A period without postings is still answered: its
    accounts show their balances with `debit` and `credit` 0 (closing balances still apply). 404
    only when the client has no GL item posted up to the period's last day at all (a new client:
    there is no balance yet).

    Figures are derived from the GL items on every read, never stored a second time: `movement` =
    `debit` - `credit`, `closingBalance` = `openingBalance` + `movement`, and the opening balance
    of period 1 is the closing balance of period 12 of the year before. Designed: no year-end
    closing is made, so result accounts (3000-8999) carry their balance into the next year like
    balance accounts. Over all accounts, the movements and the balances sum to zero.

    `accountName` follows `Accept-Language` (Norwegian by default, `en` for English).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GlMovementPeriod | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> GlMovementPeriod | Problem | None:
    """Get movement/balance for the latest closed GL year/period

     Movement and balance per GL account for the latest closed GL year/period of the client.

    Period rule:
    - A GL period is a calendar month (`glPeriod` 1..12 of `glYear`); a GL item belongs to the
      period of its `postingDate`.
    - A period closes when the client's `glPeriodLockDays` (client config, default 10) full days
      have passed after its last day: it is closed from `closedOn` = last day +
      `glPeriodLockDays` + 1 day, in Europe/Oslo dates. With the default, March 2026 is open
      through 2026-04-10 and closed from 2026-04-11.
    - An event dated in a closed period is posted on the first day of the first open period
      (`postingDate` moves, the document date does not), so a closed period never changes.
    - The latest closed period is the one with the latest `closedOn` on or before today; it is
      found from the calendar, whether or not anything was posted in it.

    Answer: that period, with one entry per GL account that has any GL item posted up to the
    period's last day, in `accountNo` order. A period without postings is still answered: its
    accounts show their balances with `debit` and `credit` 0 (closing balances still apply). 404
    only when the client has no GL item posted up to the period's last day at all (a new client:
    there is no balance yet).

    Figures are derived from the GL items on every read, never stored a second time: `movement` =
    `debit` - `credit`, `closingBalance` = `openingBalance` + `movement`, and the opening balance
    of period 1 is the closing balance of period 12 of the year before. Designed: no year-end
    closing is made, so result accounts (3000-8999) carry their balance into the next year like
    balance accounts. Over all accounts, the movements and the balances sum to zero.

    `accountName` follows `Accept-Language` (Norwegian by default, `en` for English).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlMovementPeriod | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            client=client,
            accept_language=accept_language,
        )
    ).parsed
