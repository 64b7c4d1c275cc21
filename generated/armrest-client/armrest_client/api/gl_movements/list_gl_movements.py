from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import loads
from ...enums import refuse_unknown
from ...exceptions import ResponseValidationError
from ...models.gl_movement_list import GlMovementList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "listGlMovements"


def _get_kwargs(
    client_no: int,
    *,
    gl_year: int | Unset = UNSET,
    gl_period: int | Unset = UNSET,
    account_no: str | Unset = UNSET,
    closed: bool | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "gl_year": gl_year,
            "gl_period": gl_period,
            "account_no": account_no,
            "closed": closed,
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

    params["glyear"] = gl_year

    params["glperiod"] = gl_period

    params["accountno"] = account_no

    params["closed"] = closed

    params["maximumcount"] = maximum_count

    params["pagesize"] = page_size

    params["query"] = query

    params["pageno"] = page_no

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{client_no}/glmovements".format(
            client_no=quote(str(client_no), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GlMovementList | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlMovementList | Problem:
    if response.status_code == 200:
        response_200 = GlMovementList.from_dict(loads(response.content))

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
) -> Response[GlMovementList | Problem]:
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
    gl_year: int | Unset = UNSET,
    gl_period: int | Unset = UNSET,
    account_no: str | Unset = UNSET,
    closed: bool | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> Response[GlMovementList | Problem]:
    """Get a list of GL movements/balances

     Movement and balance per GL account and GL period, one entry per account and period, ordered
    by `glYear`, `glPeriod`, `accountNo`.

    Which rows exist: every period from the period of the client's first GL item up to the later
    of the current period (today's month) and the period of the latest `postingDate`; in each,
    every account that has any GL item posted up to the period's last day. A period without
    postings therefore still lists its accounts with `debit` and `credit` 0.

    Filters (all optional, combined with AND): `glyear`, `glperiod` (alone it matches that month
    of every year), `accountno`, `closed` (`true`: closed periods only; `false`: open periods
    only, whose figures are provisional and grow as events are posted). Paging as for every list
    (`maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000); an unknown or
    expired `query` answers 404.

    Rules: figures are derived from the GL items on every read and never stored a second time;
    `movement` = `debit` - `credit`; `closingBalance` = `openingBalance` + `movement`; the opening
    balance of a period is the closing balance of the period before, and that of period 1 the
    closing balance of period 12 of the year before. Designed: no year-end closing is made, so
    result accounts (3000-8999) carry their balance into the next year. The period rule
    (`glPeriodLockDays`, `closedOn`) is described under getLatestGlMovement.

    `accountName` follows `Accept-Language` (Norwegian by default, `en` for English).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        gl_year (int | Unset): GL year (the calendar year of the posting date). Its bounds are
            those of every date the API takes (`CalendarDate`, 2000-01-01 to 2100-12-31), so every
            document and posting falls in a GL year.
        gl_period (int | Unset): GL period, the calendar month of the posting date (1 = January).
        account_no (str | Unset): GL account number (Norwegian standard chart of accounts, NS
            4102). Accounts in use: 1500 Kundefordringer / Accounts receivable, 1920 Bank, 2700
            Utgående merverdiavgift / Output VAT, 3000 Salgsinntekt / Sales revenue, 3900 Gebyrinntekt
            / Fee income, 7830 Tap på fordringer / Bad debt loss, 8050 Renteinntekt / Interest income.
        closed (bool | Unset):
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GlMovementList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        gl_year=gl_year,
        gl_period=gl_period,
        account_no=account_no,
        closed=closed,
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
    gl_year: int | Unset = UNSET,
    gl_period: int | Unset = UNSET,
    account_no: str | Unset = UNSET,
    closed: bool | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> GlMovementList | Problem | None:
    """Get a list of GL movements/balances

     Movement and balance per GL account and GL period, one entry per account and period, ordered
    by `glYear`, `glPeriod`, `accountNo`.

    Which rows exist: every period from the period of the client's first GL item up to the later
    of the current period (today's month) and the period of the latest `postingDate`; in each,
    every account that has any GL item posted up to the period's last day. A period without
    postings therefore still lists its accounts with `debit` and `credit` 0.

    Filters (all optional, combined with AND): `glyear`, `glperiod` (alone it matches that month
    of every year), `accountno`, `closed` (`true`: closed periods only; `false`: open periods
    only, whose figures are provisional and grow as events are posted). Paging as for every list
    (`maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000); an unknown or
    expired `query` answers 404.

    Rules: figures are derived from the GL items on every read and never stored a second time;
    `movement` = `debit` - `credit`; `closingBalance` = `openingBalance` + `movement`; the opening
    balance of a period is the closing balance of the period before, and that of period 1 the
    closing balance of period 12 of the year before. Designed: no year-end closing is made, so
    result accounts (3000-8999) carry their balance into the next year. The period rule
    (`glPeriodLockDays`, `closedOn`) is described under getLatestGlMovement.

    `accountName` follows `Accept-Language` (Norwegian by default, `en` for English).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        gl_year (int | Unset): GL year (the calendar year of the posting date). Its bounds are
            those of every date the API takes (`CalendarDate`, 2000-01-01 to 2100-12-31), so every
            document and posting falls in a GL year.
        gl_period (int | Unset): GL period, the calendar month of the posting date (1 = January).
        account_no (str | Unset): GL account number (Norwegian standard chart of accounts, NS
            4102). Accounts in use: 1500 Kundefordringer / Accounts receivable, 1920 Bank, 2700
            Utgående merverdiavgift / Output VAT, 3000 Salgsinntekt / Sales revenue, 3900 Gebyrinntekt
            / Fee income, 7830 Tap på fordringer / Bad debt loss, 8050 Renteinntekt / Interest income.
        closed (bool | Unset):
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlMovementList | Problem
    """

    return sync_detailed(
        client_no=client_no,
        client=client,
        gl_year=gl_year,
        gl_period=gl_period,
        account_no=account_no,
        closed=closed,
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
    gl_year: int | Unset = UNSET,
    gl_period: int | Unset = UNSET,
    account_no: str | Unset = UNSET,
    closed: bool | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> Response[GlMovementList | Problem]:
    """Get a list of GL movements/balances

     Movement and balance per GL account and GL period, one entry per account and period, ordered
    by `glYear`, `glPeriod`, `accountNo`.

    Which rows exist: every period from the period of the client's first GL item up to the later
    of the current period (today's month) and the period of the latest `postingDate`; in each,
    every account that has any GL item posted up to the period's last day. A period without
    postings therefore still lists its accounts with `debit` and `credit` 0.

    Filters (all optional, combined with AND): `glyear`, `glperiod` (alone it matches that month
    of every year), `accountno`, `closed` (`true`: closed periods only; `false`: open periods
    only, whose figures are provisional and grow as events are posted). Paging as for every list
    (`maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000); an unknown or
    expired `query` answers 404.

    Rules: figures are derived from the GL items on every read and never stored a second time;
    `movement` = `debit` - `credit`; `closingBalance` = `openingBalance` + `movement`; the opening
    balance of a period is the closing balance of the period before, and that of period 1 the
    closing balance of period 12 of the year before. Designed: no year-end closing is made, so
    result accounts (3000-8999) carry their balance into the next year. The period rule
    (`glPeriodLockDays`, `closedOn`) is described under getLatestGlMovement.

    `accountName` follows `Accept-Language` (Norwegian by default, `en` for English).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        gl_year (int | Unset): GL year (the calendar year of the posting date). Its bounds are
            those of every date the API takes (`CalendarDate`, 2000-01-01 to 2100-12-31), so every
            document and posting falls in a GL year.
        gl_period (int | Unset): GL period, the calendar month of the posting date (1 = January).
        account_no (str | Unset): GL account number (Norwegian standard chart of accounts, NS
            4102). Accounts in use: 1500 Kundefordringer / Accounts receivable, 1920 Bank, 2700
            Utgående merverdiavgift / Output VAT, 3000 Salgsinntekt / Sales revenue, 3900 Gebyrinntekt
            / Fee income, 7830 Tap på fordringer / Bad debt loss, 8050 Renteinntekt / Interest income.
        closed (bool | Unset):
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GlMovementList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        gl_year=gl_year,
        gl_period=gl_period,
        account_no=account_no,
        closed=closed,
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
    gl_year: int | Unset = UNSET,
    gl_period: int | Unset = UNSET,
    account_no: str | Unset = UNSET,
    closed: bool | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> GlMovementList | Problem | None:
    """Get a list of GL movements/balances

     Movement and balance per GL account and GL period, one entry per account and period, ordered
    by `glYear`, `glPeriod`, `accountNo`.

    Which rows exist: every period from the period of the client's first GL item up to the later
    of the current period (today's month) and the period of the latest `postingDate`; in each,
    every account that has any GL item posted up to the period's last day. A period without
    postings therefore still lists its accounts with `debit` and `credit` 0.

    Filters (all optional, combined with AND): `glyear`, `glperiod` (alone it matches that month
    of every year), `accountno`, `closed` (`true`: closed periods only; `false`: open periods
    only, whose figures are provisional and grow as events are posted). Paging as for every list
    (`maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000); an unknown or
    expired `query` answers 404.

    Rules: figures are derived from the GL items on every read and never stored a second time;
    `movement` = `debit` - `credit`; `closingBalance` = `openingBalance` + `movement`; the opening
    balance of a period is the closing balance of the period before, and that of period 1 the
    closing balance of period 12 of the year before. Designed: no year-end closing is made, so
    result accounts (3000-8999) carry their balance into the next year. The period rule
    (`glPeriodLockDays`, `closedOn`) is described under getLatestGlMovement.

    `accountName` follows `Accept-Language` (Norwegian by default, `en` for English).

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        gl_year (int | Unset): GL year (the calendar year of the posting date). Its bounds are
            those of every date the API takes (`CalendarDate`, 2000-01-01 to 2100-12-31), so every
            document and posting falls in a GL year.
        gl_period (int | Unset): GL period, the calendar month of the posting date (1 = January).
        account_no (str | Unset): GL account number (Norwegian standard chart of accounts, NS
            4102). Accounts in use: 1500 Kundefordringer / Accounts receivable, 1920 Bank, 2700
            Utgående merverdiavgift / Output VAT, 3000 Salgsinntekt / Sales revenue, 3900 Gebyrinntekt
            / Fee income, 7830 Tap på fordringer / Bad debt loss, 8050 Renteinntekt / Interest income.
        closed (bool | Unset):
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlMovementList | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            client=client,
            gl_year=gl_year,
            gl_period=gl_period,
            account_no=account_no,
            closed=closed,
            maximum_count=maximum_count,
            page_size=page_size,
            query=query,
            page_no=page_no,
            accept_language=accept_language,
        )
    ).parsed
