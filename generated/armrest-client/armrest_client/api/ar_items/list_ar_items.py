import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import loads
from ...enums import refuse_unknown
from ...exceptions import RequestValidationError, ResponseValidationError
from ...models.ar_item_list import ArItemList
from ...models.ar_item_status import ArItemStatus
from ...models.ar_item_type import ArItemType
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "listArItems"


def _get_kwargs(
    client_no: int,
    *,
    customer_no: str | Unset = UNSET,
    status: ArItemStatus | Unset = UNSET,
    due_date_from: datetime.date | Unset = UNSET,
    due_date_to: datetime.date | Unset = UNSET,
    kid: str | Unset = UNSET,
    document_no: str | Unset = UNSET,
    document_type: ArItemType | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "customer_no": customer_no,
            "status": status,
            "due_date_from": due_date_from,
            "due_date_to": due_date_to,
            "kid": kid,
            "document_no": document_no,
            "document_type": document_type,
            "maximum_count": maximum_count,
            "page_size": page_size,
            "query": query,
            "page_no": page_no,
        }
    )
    if not isinstance(status, ArItemStatus | Unset):
        raise RequestValidationError("status", status)
    if not isinstance(document_type, ArItemType | Unset):
        raise RequestValidationError("document_type", document_type)

    params: dict[str, Any] = {}

    params["customerno"] = customer_no

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_due_date_from: str | Unset = UNSET
    if not isinstance(due_date_from, Unset):
        json_due_date_from = due_date_from.isoformat()
    params["duedatefrom"] = json_due_date_from

    json_due_date_to: str | Unset = UNSET
    if not isinstance(due_date_to, Unset):
        json_due_date_to = due_date_to.isoformat()
    params["duedateto"] = json_due_date_to

    params["kid"] = kid

    params["documentno"] = document_no

    json_document_type: str | Unset = UNSET
    if not isinstance(document_type, Unset):
        json_document_type = document_type.value

    params["documenttype"] = json_document_type

    params["maximumcount"] = maximum_count

    params["pagesize"] = page_size

    params["query"] = query

    params["pageno"] = page_no

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{client_no}/aritems".format(
            client_no=quote(str(client_no), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArItemList | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ArItemList | Problem:
    if response.status_code == 200:
        response_200 = ArItemList.from_dict(loads(response.content))

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
) -> Response[ArItemList | Problem]:
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
    customer_no: str | Unset = UNSET,
    status: ArItemStatus | Unset = UNSET,
    due_date_from: datetime.date | Unset = UNSET,
    due_date_to: datetime.date | Unset = UNSET,
    kid: str | Unset = UNSET,
    document_no: str | Unset = UNSET,
    document_type: ArItemType | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> Response[ArItemList | Problem]:
    """Get a list of AR items

     The client's AR items (accounts-receivable ledger) that match every filter given, in
    `dueDate` then `arItemId` order, without expansions.

    Every document creates one AR item; a payment auto posting with money left over creates one
    of `documentType` `PAYMENT` (no document: `documentNo`, `documentUuid` and usually `kid` are
    `null`). Amounts are signed: positive is a debit (invoice, interest note, reminder: the
    customer owes), negative a credit (credit note, unapplied payment: the client owes). An item is
    `OPEN` while `remainingAmount` is not zero and
    `CLOSED` once it is.

    Filters: `customerno`, `status`, `documentno`, `documenttype`, `kid` (the item's current
    KID), and `duedatefrom` / `duedateto` (inclusive bounds on `dueDate`). A `duedatefrom` after
    `duedateto` answers 422 (`dateRange`). A filter that matches nothing (an unknown customer, say)
    answers an
    empty page, not 404.

    Paging: `maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000 (below 5
    falls back to 10). The first call freezes the result under `summary.queryId`; later pages are
    read with `query` and `pageno`. An unknown or expired `query` answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str | Unset): The client's number of the customer; compared case-
            insensitively.
        status (ArItemStatus | Unset): `OPEN` while `remainingAmount` is not zero; `CLOSED` once
            it is (settled by payments, credit notes or write-offs). A closed item is never reopened.
        due_date_from (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        due_date_to (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        kid (str | Unset): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11
            check digit, as the client's `kidAlgorithm` and `kidLength` configuration say. A wrong
            check digit answers 422.
        document_no (str | Unset): The client's number of the document; compared case-
            insensitively.
        document_type (ArItemType | Unset): What created the item: a document of that type
            (`INVOICE`, `CREDITNOTE`, `INTERESTNOTE`, `REMINDER`), or `PAYMENT`, money received that
            an auto posting could not apply to a debit item (an unapplied payment, a credit of the
            customer), which has no document.
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArItemList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        customer_no=customer_no,
        status=status,
        due_date_from=due_date_from,
        due_date_to=due_date_to,
        kid=kid,
        document_no=document_no,
        document_type=document_type,
        maximum_count=maximum_count,
        page_size=page_size,
        query=query,
        page_no=page_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    customer_no: str | Unset = UNSET,
    status: ArItemStatus | Unset = UNSET,
    due_date_from: datetime.date | Unset = UNSET,
    due_date_to: datetime.date | Unset = UNSET,
    kid: str | Unset = UNSET,
    document_no: str | Unset = UNSET,
    document_type: ArItemType | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> ArItemList | Problem | None:
    """Get a list of AR items

     The client's AR items (accounts-receivable ledger) that match every filter given, in
    `dueDate` then `arItemId` order, without expansions.

    Every document creates one AR item; a payment auto posting with money left over creates one
    of `documentType` `PAYMENT` (no document: `documentNo`, `documentUuid` and usually `kid` are
    `null`). Amounts are signed: positive is a debit (invoice, interest note, reminder: the
    customer owes), negative a credit (credit note, unapplied payment: the client owes). An item is
    `OPEN` while `remainingAmount` is not zero and
    `CLOSED` once it is.

    Filters: `customerno`, `status`, `documentno`, `documenttype`, `kid` (the item's current
    KID), and `duedatefrom` / `duedateto` (inclusive bounds on `dueDate`). A `duedatefrom` after
    `duedateto` answers 422 (`dateRange`). A filter that matches nothing (an unknown customer, say)
    answers an
    empty page, not 404.

    Paging: `maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000 (below 5
    falls back to 10). The first call freezes the result under `summary.queryId`; later pages are
    read with `query` and `pageno`. An unknown or expired `query` answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str | Unset): The client's number of the customer; compared case-
            insensitively.
        status (ArItemStatus | Unset): `OPEN` while `remainingAmount` is not zero; `CLOSED` once
            it is (settled by payments, credit notes or write-offs). A closed item is never reopened.
        due_date_from (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        due_date_to (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        kid (str | Unset): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11
            check digit, as the client's `kidAlgorithm` and `kidLength` configuration say. A wrong
            check digit answers 422.
        document_no (str | Unset): The client's number of the document; compared case-
            insensitively.
        document_type (ArItemType | Unset): What created the item: a document of that type
            (`INVOICE`, `CREDITNOTE`, `INTERESTNOTE`, `REMINDER`), or `PAYMENT`, money received that
            an auto posting could not apply to a debit item (an unapplied payment, a credit of the
            customer), which has no document.
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArItemList | Problem
    """

    return sync_detailed(
        client_no=client_no,
        client=client,
        customer_no=customer_no,
        status=status,
        due_date_from=due_date_from,
        due_date_to=due_date_to,
        kid=kid,
        document_no=document_no,
        document_type=document_type,
        maximum_count=maximum_count,
        page_size=page_size,
        query=query,
        page_no=page_no,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    customer_no: str | Unset = UNSET,
    status: ArItemStatus | Unset = UNSET,
    due_date_from: datetime.date | Unset = UNSET,
    due_date_to: datetime.date | Unset = UNSET,
    kid: str | Unset = UNSET,
    document_no: str | Unset = UNSET,
    document_type: ArItemType | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> Response[ArItemList | Problem]:
    """Get a list of AR items

     The client's AR items (accounts-receivable ledger) that match every filter given, in
    `dueDate` then `arItemId` order, without expansions.

    Every document creates one AR item; a payment auto posting with money left over creates one
    of `documentType` `PAYMENT` (no document: `documentNo`, `documentUuid` and usually `kid` are
    `null`). Amounts are signed: positive is a debit (invoice, interest note, reminder: the
    customer owes), negative a credit (credit note, unapplied payment: the client owes). An item is
    `OPEN` while `remainingAmount` is not zero and
    `CLOSED` once it is.

    Filters: `customerno`, `status`, `documentno`, `documenttype`, `kid` (the item's current
    KID), and `duedatefrom` / `duedateto` (inclusive bounds on `dueDate`). A `duedatefrom` after
    `duedateto` answers 422 (`dateRange`). A filter that matches nothing (an unknown customer, say)
    answers an
    empty page, not 404.

    Paging: `maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000 (below 5
    falls back to 10). The first call freezes the result under `summary.queryId`; later pages are
    read with `query` and `pageno`. An unknown or expired `query` answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str | Unset): The client's number of the customer; compared case-
            insensitively.
        status (ArItemStatus | Unset): `OPEN` while `remainingAmount` is not zero; `CLOSED` once
            it is (settled by payments, credit notes or write-offs). A closed item is never reopened.
        due_date_from (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        due_date_to (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        kid (str | Unset): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11
            check digit, as the client's `kidAlgorithm` and `kidLength` configuration say. A wrong
            check digit answers 422.
        document_no (str | Unset): The client's number of the document; compared case-
            insensitively.
        document_type (ArItemType | Unset): What created the item: a document of that type
            (`INVOICE`, `CREDITNOTE`, `INTERESTNOTE`, `REMINDER`), or `PAYMENT`, money received that
            an auto posting could not apply to a debit item (an unapplied payment, a credit of the
            customer), which has no document.
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArItemList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        customer_no=customer_no,
        status=status,
        due_date_from=due_date_from,
        due_date_to=due_date_to,
        kid=kid,
        document_no=document_no,
        document_type=document_type,
        maximum_count=maximum_count,
        page_size=page_size,
        query=query,
        page_no=page_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    customer_no: str | Unset = UNSET,
    status: ArItemStatus | Unset = UNSET,
    due_date_from: datetime.date | Unset = UNSET,
    due_date_to: datetime.date | Unset = UNSET,
    kid: str | Unset = UNSET,
    document_no: str | Unset = UNSET,
    document_type: ArItemType | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> ArItemList | Problem | None:
    """Get a list of AR items

     The client's AR items (accounts-receivable ledger) that match every filter given, in
    `dueDate` then `arItemId` order, without expansions.

    Every document creates one AR item; a payment auto posting with money left over creates one
    of `documentType` `PAYMENT` (no document: `documentNo`, `documentUuid` and usually `kid` are
    `null`). Amounts are signed: positive is a debit (invoice, interest note, reminder: the
    customer owes), negative a credit (credit note, unapplied payment: the client owes). An item is
    `OPEN` while `remainingAmount` is not zero and
    `CLOSED` once it is.

    Filters: `customerno`, `status`, `documentno`, `documenttype`, `kid` (the item's current
    KID), and `duedatefrom` / `duedateto` (inclusive bounds on `dueDate`). A `duedatefrom` after
    `duedateto` answers 422 (`dateRange`). A filter that matches nothing (an unknown customer, say)
    answers an
    empty page, not 404.

    Paging: `maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000 (below 5
    falls back to 10). The first call freezes the result under `summary.queryId`; later pages are
    read with `query` and `pageno`. An unknown or expired `query` answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str | Unset): The client's number of the customer; compared case-
            insensitively.
        status (ArItemStatus | Unset): `OPEN` while `remainingAmount` is not zero; `CLOSED` once
            it is (settled by payments, credit notes or write-offs). A closed item is never reopened.
        due_date_from (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        due_date_to (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        kid (str | Unset): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11
            check digit, as the client's `kidAlgorithm` and `kidLength` configuration say. A wrong
            check digit answers 422.
        document_no (str | Unset): The client's number of the document; compared case-
            insensitively.
        document_type (ArItemType | Unset): What created the item: a document of that type
            (`INVOICE`, `CREDITNOTE`, `INTERESTNOTE`, `REMINDER`), or `PAYMENT`, money received that
            an auto posting could not apply to a debit item (an unapplied payment, a credit of the
            customer), which has no document.
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArItemList | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            client=client,
            customer_no=customer_no,
            status=status,
            due_date_from=due_date_from,
            due_date_to=due_date_to,
            kid=kid,
            document_no=document_no,
            document_type=document_type,
            maximum_count=maximum_count,
            page_size=page_size,
            query=query,
            page_no=page_no,
        )
    ).parsed
