import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import loads
from ...enums import refuse_unknown
from ...exceptions import ResponseValidationError
from ...models.gl_item_list import GlItemList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "listGlItems"


def _get_kwargs(
    client_no: int,
    *,
    gl_year: int | Unset = UNSET,
    gl_period: int | Unset = UNSET,
    account_no: str | Unset = UNSET,
    document_no: str | Unset = UNSET,
    ar_item_id: int | Unset = UNSET,
    voucher_no: int | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
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
            "document_no": document_no,
            "ar_item_id": ar_item_id,
            "voucher_no": voucher_no,
            "from_date": from_date,
            "to_date": to_date,
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

    params["documentno"] = document_no

    params["aritemid"] = ar_item_id

    params["voucherno"] = voucher_no

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat()
    params["fromdate"] = json_from_date

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["todate"] = json_to_date

    params["maximumcount"] = maximum_count

    params["pagesize"] = page_size

    params["query"] = query

    params["pageno"] = page_no

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{client_no}/glitems".format(
            client_no=quote(str(client_no), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GlItemList | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GlItemList | Problem:
    if response.status_code == 200:
        response_200 = GlItemList.from_dict(loads(response.content))

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
) -> Response[GlItemList | Problem]:
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
    document_no: str | Unset = UNSET,
    ar_item_id: int | Unset = UNSET,
    voucher_no: int | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> Response[GlItemList | Problem]:
    """Get a list of GL items

     The client's GL items that match every filter given, in `glItemId` order (the order they were
    posted). `accountName` and `text` follow `Accept-Language` as in getGlItem.

    Filters: `glyear` and `glperiod` (alone, `glperiod` matches that month of every year),
    `accountno`, `documentno`, `aritemid`, `voucherno` (every item of one voucher: they sum to
    zero), `fromdate` and `todate` (inclusive bounds on `postingDate`). A `fromdate` after
    `todate` answers 422 (`dateRange`).

    Paging: `maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000 (below 5
    falls back to 10). The first call freezes the result under `summary.queryId`; later pages are
    read with `query` and `pageno`. An unknown or expired `query` answers 404.

    GL items are never changed or deleted; every voucher balances to zero. See getGlItem for the
    period rule.

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
        document_no (str | Unset): The client's number of the document; compared case-
            insensitively.
        ar_item_id (int | Unset):
        voucher_no (int | Unset): Number of the voucher (bilag) the GL item belongs to. Every
            voucher is one business event (a document, an auto posting, a credit note); the amounts of
            its GL items sum to zero.
        from_date (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        to_date (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GlItemList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        gl_year=gl_year,
        gl_period=gl_period,
        account_no=account_no,
        document_no=document_no,
        ar_item_id=ar_item_id,
        voucher_no=voucher_no,
        from_date=from_date,
        to_date=to_date,
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
    document_no: str | Unset = UNSET,
    ar_item_id: int | Unset = UNSET,
    voucher_no: int | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> GlItemList | Problem | None:
    """Get a list of GL items

     The client's GL items that match every filter given, in `glItemId` order (the order they were
    posted). `accountName` and `text` follow `Accept-Language` as in getGlItem.

    Filters: `glyear` and `glperiod` (alone, `glperiod` matches that month of every year),
    `accountno`, `documentno`, `aritemid`, `voucherno` (every item of one voucher: they sum to
    zero), `fromdate` and `todate` (inclusive bounds on `postingDate`). A `fromdate` after
    `todate` answers 422 (`dateRange`).

    Paging: `maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000 (below 5
    falls back to 10). The first call freezes the result under `summary.queryId`; later pages are
    read with `query` and `pageno`. An unknown or expired `query` answers 404.

    GL items are never changed or deleted; every voucher balances to zero. See getGlItem for the
    period rule.

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
        document_no (str | Unset): The client's number of the document; compared case-
            insensitively.
        ar_item_id (int | Unset):
        voucher_no (int | Unset): Number of the voucher (bilag) the GL item belongs to. Every
            voucher is one business event (a document, an auto posting, a credit note); the amounts of
            its GL items sum to zero.
        from_date (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        to_date (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlItemList | Problem
    """

    return sync_detailed(
        client_no=client_no,
        client=client,
        gl_year=gl_year,
        gl_period=gl_period,
        account_no=account_no,
        document_no=document_no,
        ar_item_id=ar_item_id,
        voucher_no=voucher_no,
        from_date=from_date,
        to_date=to_date,
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
    document_no: str | Unset = UNSET,
    ar_item_id: int | Unset = UNSET,
    voucher_no: int | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> Response[GlItemList | Problem]:
    """Get a list of GL items

     The client's GL items that match every filter given, in `glItemId` order (the order they were
    posted). `accountName` and `text` follow `Accept-Language` as in getGlItem.

    Filters: `glyear` and `glperiod` (alone, `glperiod` matches that month of every year),
    `accountno`, `documentno`, `aritemid`, `voucherno` (every item of one voucher: they sum to
    zero), `fromdate` and `todate` (inclusive bounds on `postingDate`). A `fromdate` after
    `todate` answers 422 (`dateRange`).

    Paging: `maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000 (below 5
    falls back to 10). The first call freezes the result under `summary.queryId`; later pages are
    read with `query` and `pageno`. An unknown or expired `query` answers 404.

    GL items are never changed or deleted; every voucher balances to zero. See getGlItem for the
    period rule.

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
        document_no (str | Unset): The client's number of the document; compared case-
            insensitively.
        ar_item_id (int | Unset):
        voucher_no (int | Unset): Number of the voucher (bilag) the GL item belongs to. Every
            voucher is one business event (a document, an auto posting, a credit note); the amounts of
            its GL items sum to zero.
        from_date (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        to_date (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GlItemList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        gl_year=gl_year,
        gl_period=gl_period,
        account_no=account_no,
        document_no=document_no,
        ar_item_id=ar_item_id,
        voucher_no=voucher_no,
        from_date=from_date,
        to_date=to_date,
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
    document_no: str | Unset = UNSET,
    ar_item_id: int | Unset = UNSET,
    voucher_no: int | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
    accept_language: str | Unset = UNSET,
) -> GlItemList | Problem | None:
    """Get a list of GL items

     The client's GL items that match every filter given, in `glItemId` order (the order they were
    posted). `accountName` and `text` follow `Accept-Language` as in getGlItem.

    Filters: `glyear` and `glperiod` (alone, `glperiod` matches that month of every year),
    `accountno`, `documentno`, `aritemid`, `voucherno` (every item of one voucher: they sum to
    zero), `fromdate` and `todate` (inclusive bounds on `postingDate`). A `fromdate` after
    `todate` answers 422 (`dateRange`).

    Paging: `maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000 (below 5
    falls back to 10). The first call freezes the result under `summary.queryId`; later pages are
    read with `query` and `pageno`. An unknown or expired `query` answers 404.

    GL items are never changed or deleted; every voucher balances to zero. See getGlItem for the
    period rule.

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
        document_no (str | Unset): The client's number of the document; compared case-
            insensitively.
        ar_item_id (int | Unset):
        voucher_no (int | Unset): Number of the voucher (bilag) the GL item belongs to. Every
            voucher is one business event (a document, an auto posting, a credit note); the amounts of
            its GL items sum to zero.
        from_date (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        to_date (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlItemList | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            client=client,
            gl_year=gl_year,
            gl_period=gl_period,
            account_no=account_no,
            document_no=document_no,
            ar_item_id=ar_item_id,
            voucher_no=voucher_no,
            from_date=from_date,
            to_date=to_date,
            maximum_count=maximum_count,
            page_size=page_size,
            query=query,
            page_no=page_no,
            accept_language=accept_language,
        )
    ).parsed
