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
from ...models.adb_interval_list import AdbIntervalList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "listAdbIntervals"


def _get_kwargs(
    client_no: int,
    *,
    as_of_date: datetime.date | Unset = UNSET,
    interval_length: list[int] | Unset = UNSET,
    debt_collection: bool | Unset = False,
    customer_no: str | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "as_of_date": as_of_date,
            "interval_length": interval_length,
            "debt_collection": debt_collection,
            "customer_no": customer_no,
            "currency": currency,
        }
    )

    params: dict[str, Any] = {}

    json_as_of_date: str | Unset = UNSET
    if not isinstance(as_of_date, Unset):
        json_as_of_date = as_of_date.isoformat()
    params["asofdate"] = json_as_of_date

    json_interval_length: list[int] | Unset = UNSET
    if not isinstance(interval_length, Unset):
        json_interval_length = interval_length

    params["intervallength"] = json_interval_length

    params["debtcollection"] = debt_collection

    params["customerno"] = customer_no

    params["currency"] = currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{client_no}/insights/adbintervals".format(
            client_no=quote(str(client_no), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdbIntervalList | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdbIntervalList | Problem:
    if response.status_code == 200:
        response_200 = AdbIntervalList.from_dict(loads(response.content))

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
) -> Response[AdbIntervalList | Problem]:
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
    as_of_date: datetime.date | Unset = UNSET,
    interval_length: list[int] | Unset = UNSET,
    debt_collection: bool | Unset = False,
    customer_no: str | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> Response[AdbIntervalList | Problem]:
    """List ADB intervals

     The age distributed balance (ADB, Norwegian "aldersfordelt saldo") of the open AR items:
    the open amount not yet due and per overdue interval, at `asofdate`, for the whole ledger
    or one customer.

    ### Rules
    - An item counts when its `documentDate` is on or before `asofdate` and its remaining
      amount at `asofdate` (original amount less the applications dated on or before
      `asofdate`) is not zero. Only items in `currency` count; amounts are signed (credit items,
      such as unapplied payments, count negative).
    - Age = `asofdate` - `dueDate`, in days. Age 0 or less: `notDue`. With interval lengths
      L1..Ln: interval 1 covers ages 1..L1, interval 2 L1+1..L1+L2, ..., interval n up to
      L1+..+Ln, and interval n+1 (`toDays` `null`) every older item.
    - With `debtcollection=true`, items in debt collection (their current `inDebtCollection`
      flag) are counted in `debtCollection` only, whatever their age; otherwise
      `debtCollection` is `null` and they count by age.
    - `notDue.amount` + the sum of `intervals[].amount` + `debtCollection.amount` equals
      `totalOpenAmount` exactly, and the item counts add up to `totalItemCount` likewise.
    - `asofdate` after today answers 422. An unknown `customerno` answers 404.

    ### No paging
    The answer is one aggregate of at most 22 buckets (not due, up to 21 intervals, debt
    collection), not a list of records, so it takes no paging parameters and has no `summary`.
    The items behind a bucket are listed with `listArItems`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        as_of_date (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        interval_length (list[int] | Unset):
        debt_collection (bool | Unset):  Default: False.
        customer_no (str | Unset): The client's number of the customer; compared case-
            insensitively.
        currency (str | Unset): ISO 4217 currency code. Values are listed by the Codes resource
            (`currency`). Accepted in any case and read in capitals (`x-armrest-case`), as every data
            value is case-insensitive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdbIntervalList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        as_of_date=as_of_date,
        interval_length=interval_length,
        debt_collection=debt_collection,
        customer_no=customer_no,
        currency=currency,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    as_of_date: datetime.date | Unset = UNSET,
    interval_length: list[int] | Unset = UNSET,
    debt_collection: bool | Unset = False,
    customer_no: str | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> AdbIntervalList | Problem | None:
    """List ADB intervals

     The age distributed balance (ADB, Norwegian "aldersfordelt saldo") of the open AR items:
    the open amount not yet due and per overdue interval, at `asofdate`, for the whole ledger
    or one customer.

    ### Rules
    - An item counts when its `documentDate` is on or before `asofdate` and its remaining
      amount at `asofdate` (original amount less the applications dated on or before
      `asofdate`) is not zero. Only items in `currency` count; amounts are signed (credit items,
      such as unapplied payments, count negative).
    - Age = `asofdate` - `dueDate`, in days. Age 0 or less: `notDue`. With interval lengths
      L1..Ln: interval 1 covers ages 1..L1, interval 2 L1+1..L1+L2, ..., interval n up to
      L1+..+Ln, and interval n+1 (`toDays` `null`) every older item.
    - With `debtcollection=true`, items in debt collection (their current `inDebtCollection`
      flag) are counted in `debtCollection` only, whatever their age; otherwise
      `debtCollection` is `null` and they count by age.
    - `notDue.amount` + the sum of `intervals[].amount` + `debtCollection.amount` equals
      `totalOpenAmount` exactly, and the item counts add up to `totalItemCount` likewise.
    - `asofdate` after today answers 422. An unknown `customerno` answers 404.

    ### No paging
    The answer is one aggregate of at most 22 buckets (not due, up to 21 intervals, debt
    collection), not a list of records, so it takes no paging parameters and has no `summary`.
    The items behind a bucket are listed with `listArItems`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        as_of_date (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        interval_length (list[int] | Unset):
        debt_collection (bool | Unset):  Default: False.
        customer_no (str | Unset): The client's number of the customer; compared case-
            insensitively.
        currency (str | Unset): ISO 4217 currency code. Values are listed by the Codes resource
            (`currency`). Accepted in any case and read in capitals (`x-armrest-case`), as every data
            value is case-insensitive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdbIntervalList | Problem
    """

    return sync_detailed(
        client_no=client_no,
        client=client,
        as_of_date=as_of_date,
        interval_length=interval_length,
        debt_collection=debt_collection,
        customer_no=customer_no,
        currency=currency,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    as_of_date: datetime.date | Unset = UNSET,
    interval_length: list[int] | Unset = UNSET,
    debt_collection: bool | Unset = False,
    customer_no: str | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> Response[AdbIntervalList | Problem]:
    """List ADB intervals

     The age distributed balance (ADB, Norwegian "aldersfordelt saldo") of the open AR items:
    the open amount not yet due and per overdue interval, at `asofdate`, for the whole ledger
    or one customer.

    ### Rules
    - An item counts when its `documentDate` is on or before `asofdate` and its remaining
      amount at `asofdate` (original amount less the applications dated on or before
      `asofdate`) is not zero. Only items in `currency` count; amounts are signed (credit items,
      such as unapplied payments, count negative).
    - Age = `asofdate` - `dueDate`, in days. Age 0 or less: `notDue`. With interval lengths
      L1..Ln: interval 1 covers ages 1..L1, interval 2 L1+1..L1+L2, ..., interval n up to
      L1+..+Ln, and interval n+1 (`toDays` `null`) every older item.
    - With `debtcollection=true`, items in debt collection (their current `inDebtCollection`
      flag) are counted in `debtCollection` only, whatever their age; otherwise
      `debtCollection` is `null` and they count by age.
    - `notDue.amount` + the sum of `intervals[].amount` + `debtCollection.amount` equals
      `totalOpenAmount` exactly, and the item counts add up to `totalItemCount` likewise.
    - `asofdate` after today answers 422. An unknown `customerno` answers 404.

    ### No paging
    The answer is one aggregate of at most 22 buckets (not due, up to 21 intervals, debt
    collection), not a list of records, so it takes no paging parameters and has no `summary`.
    The items behind a bucket are listed with `listArItems`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        as_of_date (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        interval_length (list[int] | Unset):
        debt_collection (bool | Unset):  Default: False.
        customer_no (str | Unset): The client's number of the customer; compared case-
            insensitively.
        currency (str | Unset): ISO 4217 currency code. Values are listed by the Codes resource
            (`currency`). Accepted in any case and read in capitals (`x-armrest-case`), as every data
            value is case-insensitive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdbIntervalList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        as_of_date=as_of_date,
        interval_length=interval_length,
        debt_collection=debt_collection,
        customer_no=customer_no,
        currency=currency,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    as_of_date: datetime.date | Unset = UNSET,
    interval_length: list[int] | Unset = UNSET,
    debt_collection: bool | Unset = False,
    customer_no: str | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> AdbIntervalList | Problem | None:
    """List ADB intervals

     The age distributed balance (ADB, Norwegian "aldersfordelt saldo") of the open AR items:
    the open amount not yet due and per overdue interval, at `asofdate`, for the whole ledger
    or one customer.

    ### Rules
    - An item counts when its `documentDate` is on or before `asofdate` and its remaining
      amount at `asofdate` (original amount less the applications dated on or before
      `asofdate`) is not zero. Only items in `currency` count; amounts are signed (credit items,
      such as unapplied payments, count negative).
    - Age = `asofdate` - `dueDate`, in days. Age 0 or less: `notDue`. With interval lengths
      L1..Ln: interval 1 covers ages 1..L1, interval 2 L1+1..L1+L2, ..., interval n up to
      L1+..+Ln, and interval n+1 (`toDays` `null`) every older item.
    - With `debtcollection=true`, items in debt collection (their current `inDebtCollection`
      flag) are counted in `debtCollection` only, whatever their age; otherwise
      `debtCollection` is `null` and they count by age.
    - `notDue.amount` + the sum of `intervals[].amount` + `debtCollection.amount` equals
      `totalOpenAmount` exactly, and the item counts add up to `totalItemCount` likewise.
    - `asofdate` after today answers 422. An unknown `customerno` answers 404.

    ### No paging
    The answer is one aggregate of at most 22 buckets (not due, up to 21 intervals, debt
    collection), not a list of records, so it takes no paging parameters and has no `summary`.
    The items behind a bucket are listed with `listArItems`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        as_of_date (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        interval_length (list[int] | Unset):
        debt_collection (bool | Unset):  Default: False.
        customer_no (str | Unset): The client's number of the customer; compared case-
            insensitively.
        currency (str | Unset): ISO 4217 currency code. Values are listed by the Codes resource
            (`currency`). Accepted in any case and read in capitals (`x-armrest-case`), as every data
            value is case-insensitive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdbIntervalList | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            client=client,
            as_of_date=as_of_date,
            interval_length=interval_length,
            debt_collection=debt_collection,
            customer_no=customer_no,
            currency=currency,
        )
    ).parsed
