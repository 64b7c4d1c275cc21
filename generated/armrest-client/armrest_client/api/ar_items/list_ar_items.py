import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ar_item_list import ArItemList
from ...models.ar_item_status import ArItemStatus
from ...models.ar_item_type import ArItemType
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    clientno: int,
    *,
    customerno: str | Unset = UNSET,
    status: ArItemStatus | Unset = UNSET,
    duedatefrom: datetime.date | Unset = UNSET,
    duedateto: datetime.date | Unset = UNSET,
    kid: str | Unset = UNSET,
    documentno: str | Unset = UNSET,
    documenttype: ArItemType | Unset = UNSET,
    maximumcount: int | Unset = 10000,
    pagesize: int | Unset = 100,
    query: str | Unset = UNSET,
    pageno: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["customerno"] = customerno

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_duedatefrom: str | Unset = UNSET
    if not isinstance(duedatefrom, Unset):
        json_duedatefrom = duedatefrom.isoformat()
    params["duedatefrom"] = json_duedatefrom

    json_duedateto: str | Unset = UNSET
    if not isinstance(duedateto, Unset):
        json_duedateto = duedateto.isoformat()
    params["duedateto"] = json_duedateto

    params["kid"] = kid

    params["documentno"] = documentno

    json_documenttype: str | Unset = UNSET
    if not isinstance(documenttype, Unset):
        json_documenttype = documenttype.value

    params["documenttype"] = json_documenttype

    params["maximumcount"] = maximumcount

    params["pagesize"] = pagesize

    params["query"] = query

    params["pageno"] = pageno

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{clientno}/aritems".format(
            clientno=quote(str(clientno), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArItemList | Problem:
    if response.status_code == 200:
        response_200 = ArItemList.from_dict(response.json())

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
) -> Response[ArItemList | Problem]:
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
    customerno: str | Unset = UNSET,
    status: ArItemStatus | Unset = UNSET,
    duedatefrom: datetime.date | Unset = UNSET,
    duedateto: datetime.date | Unset = UNSET,
    kid: str | Unset = UNSET,
    documentno: str | Unset = UNSET,
    documenttype: ArItemType | Unset = UNSET,
    maximumcount: int | Unset = 10000,
    pagesize: int | Unset = 100,
    query: str | Unset = UNSET,
    pageno: int | Unset = 1,
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
        clientno (int): Amili's number of the client (the creditor whose ledger this is).
        customerno (str | Unset): The client's number of the customer; compared case-
            insensitively.
        status (ArItemStatus | Unset): `OPEN` while `remainingAmount` is not zero; `CLOSED` once
            it is (settled by payments, credit notes or write-offs). A closed item is never reopened.
        duedatefrom (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        duedateto (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        kid (str | Unset): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11
            check digit, as the client's `kidAlgorithm` and `kidLength` configuration say. A wrong
            check digit answers 422.
        documentno (str | Unset): The client's number of the document; compared case-
            insensitively.
        documenttype (ArItemType | Unset): What created the item: a document of that type
            (`INVOICE`, `CREDITNOTE`, `INTERESTNOTE`, `REMINDER`), or `PAYMENT`, money received that
            an auto posting could not apply to a debit item (an unapplied payment, a credit of the
            customer), which has no document.
        maximumcount (int | Unset):  Default: 10000.
        pagesize (int | Unset):  Default: 100.
        query (str | Unset):
        pageno (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArItemList | Problem]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        customerno=customerno,
        status=status,
        duedatefrom=duedatefrom,
        duedateto=duedateto,
        kid=kid,
        documentno=documentno,
        documenttype=documenttype,
        maximumcount=maximumcount,
        pagesize=pagesize,
        query=query,
        pageno=pageno,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    customerno: str | Unset = UNSET,
    status: ArItemStatus | Unset = UNSET,
    duedatefrom: datetime.date | Unset = UNSET,
    duedateto: datetime.date | Unset = UNSET,
    kid: str | Unset = UNSET,
    documentno: str | Unset = UNSET,
    documenttype: ArItemType | Unset = UNSET,
    maximumcount: int | Unset = 10000,
    pagesize: int | Unset = 100,
    query: str | Unset = UNSET,
    pageno: int | Unset = 1,
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
        clientno (int): Amili's number of the client (the creditor whose ledger this is).
        customerno (str | Unset): The client's number of the customer; compared case-
            insensitively.
        status (ArItemStatus | Unset): `OPEN` while `remainingAmount` is not zero; `CLOSED` once
            it is (settled by payments, credit notes or write-offs). A closed item is never reopened.
        duedatefrom (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        duedateto (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        kid (str | Unset): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11
            check digit, as the client's `kidAlgorithm` and `kidLength` configuration say. A wrong
            check digit answers 422.
        documentno (str | Unset): The client's number of the document; compared case-
            insensitively.
        documenttype (ArItemType | Unset): What created the item: a document of that type
            (`INVOICE`, `CREDITNOTE`, `INTERESTNOTE`, `REMINDER`), or `PAYMENT`, money received that
            an auto posting could not apply to a debit item (an unapplied payment, a credit of the
            customer), which has no document.
        maximumcount (int | Unset):  Default: 10000.
        pagesize (int | Unset):  Default: 100.
        query (str | Unset):
        pageno (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArItemList | Problem
    """

    return sync_detailed(
        clientno=clientno,
        client=client,
        customerno=customerno,
        status=status,
        duedatefrom=duedatefrom,
        duedateto=duedateto,
        kid=kid,
        documentno=documentno,
        documenttype=documenttype,
        maximumcount=maximumcount,
        pagesize=pagesize,
        query=query,
        pageno=pageno,
    ).parsed


async def asyncio_detailed(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    customerno: str | Unset = UNSET,
    status: ArItemStatus | Unset = UNSET,
    duedatefrom: datetime.date | Unset = UNSET,
    duedateto: datetime.date | Unset = UNSET,
    kid: str | Unset = UNSET,
    documentno: str | Unset = UNSET,
    documenttype: ArItemType | Unset = UNSET,
    maximumcount: int | Unset = 10000,
    pagesize: int | Unset = 100,
    query: str | Unset = UNSET,
    pageno: int | Unset = 1,
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
        clientno (int): Amili's number of the client (the creditor whose ledger this is).
        customerno (str | Unset): The client's number of the customer; compared case-
            insensitively.
        status (ArItemStatus | Unset): `OPEN` while `remainingAmount` is not zero; `CLOSED` once
            it is (settled by payments, credit notes or write-offs). A closed item is never reopened.
        duedatefrom (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        duedateto (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        kid (str | Unset): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11
            check digit, as the client's `kidAlgorithm` and `kidLength` configuration say. A wrong
            check digit answers 422.
        documentno (str | Unset): The client's number of the document; compared case-
            insensitively.
        documenttype (ArItemType | Unset): What created the item: a document of that type
            (`INVOICE`, `CREDITNOTE`, `INTERESTNOTE`, `REMINDER`), or `PAYMENT`, money received that
            an auto posting could not apply to a debit item (an unapplied payment, a credit of the
            customer), which has no document.
        maximumcount (int | Unset):  Default: 10000.
        pagesize (int | Unset):  Default: 100.
        query (str | Unset):
        pageno (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArItemList | Problem]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        customerno=customerno,
        status=status,
        duedatefrom=duedatefrom,
        duedateto=duedateto,
        kid=kid,
        documentno=documentno,
        documenttype=documenttype,
        maximumcount=maximumcount,
        pagesize=pagesize,
        query=query,
        pageno=pageno,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    customerno: str | Unset = UNSET,
    status: ArItemStatus | Unset = UNSET,
    duedatefrom: datetime.date | Unset = UNSET,
    duedateto: datetime.date | Unset = UNSET,
    kid: str | Unset = UNSET,
    documentno: str | Unset = UNSET,
    documenttype: ArItemType | Unset = UNSET,
    maximumcount: int | Unset = 10000,
    pagesize: int | Unset = 100,
    query: str | Unset = UNSET,
    pageno: int | Unset = 1,
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
        clientno (int): Amili's number of the client (the creditor whose ledger this is).
        customerno (str | Unset): The client's number of the customer; compared case-
            insensitively.
        status (ArItemStatus | Unset): `OPEN` while `remainingAmount` is not zero; `CLOSED` once
            it is (settled by payments, credit notes or write-offs). A closed item is never reopened.
        duedatefrom (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        duedateto (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to
            2100-12-31: the GL years (`GlYear`), so that every document, posting and other ledger
            event falls in a GL period. A date outside the range answers 400; a date the server
            derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        kid (str | Unset): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11
            check digit, as the client's `kidAlgorithm` and `kidLength` configuration say. A wrong
            check digit answers 422.
        documentno (str | Unset): The client's number of the document; compared case-
            insensitively.
        documenttype (ArItemType | Unset): What created the item: a document of that type
            (`INVOICE`, `CREDITNOTE`, `INTERESTNOTE`, `REMINDER`), or `PAYMENT`, money received that
            an auto posting could not apply to a debit item (an unapplied payment, a credit of the
            customer), which has no document.
        maximumcount (int | Unset):  Default: 10000.
        pagesize (int | Unset):  Default: 100.
        query (str | Unset):
        pageno (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArItemList | Problem
    """

    return (
        await asyncio_detailed(
            clientno=clientno,
            client=client,
            customerno=customerno,
            status=status,
            duedatefrom=duedatefrom,
            duedateto=duedateto,
            kid=kid,
            documentno=documentno,
            documenttype=documenttype,
            maximumcount=maximumcount,
            pagesize=pagesize,
            query=query,
            pageno=pageno,
        )
    ).parsed
