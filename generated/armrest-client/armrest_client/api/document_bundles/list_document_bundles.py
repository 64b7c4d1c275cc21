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
from ...models.document_bundle_list import DocumentBundleList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "listDocumentBundles"


def _get_kwargs(
    client_no: int,
    *,
    customer_no: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "customer_no": customer_no,
            "from_date": from_date,
            "to_date": to_date,
            "maximum_count": maximum_count,
            "page_size": page_size,
            "query": query,
            "page_no": page_no,
        }
    )

    params: dict[str, Any] = {}

    params["customerno"] = customer_no

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
        "url": "/clients/{client_no}/documentbundles".format(
            client_no=quote(str(client_no), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocumentBundleList | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DocumentBundleList | Problem:
    if response.status_code == 200:
        response_200 = DocumentBundleList.from_dict(loads(response.content))

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
) -> Response[DocumentBundleList | Problem]:
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
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> Response[DocumentBundleList | Problem]:
    """Get a list of document bundles

     The client's document bundles that match every filter given, in `createdAt` then
    `documentBundleId` order, each with the list of its documents.

    A bundle groups the documents of one customer that are distributed together: documents
    created with the same `customerNo` and `bundleKey` share one bundle, created with the first
    of them; a document without `bundleKey` gets a bundle of its own. Documents are distributed
    when they are created, so every bundle is `DISTRIBUTED` (`OPEN` is reserved for deferred
    distribution and is not answered today). Bundles are written only by createDocument and
    createDocumentBatch and are never deleted.

    Filters: `customerno`, and `fromdate` / `todate` (inclusive bounds on the UTC date of
    `createdAt`). A `fromdate` after `todate` answers 422 (`dateRange`). A filter that matches nothing
    answers
    an empty page, not 404.

    Paging: `maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000 (below 5
    falls back to 10). The first call freezes the result under `summary.queryId`; later pages are
    read with `query` and `pageno`. An unknown or expired `query` answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str | Unset): The client's number of the customer; compared case-
            insensitively.
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentBundleList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        customer_no=customer_no,
        from_date=from_date,
        to_date=to_date,
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
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> DocumentBundleList | Problem | None:
    """Get a list of document bundles

     The client's document bundles that match every filter given, in `createdAt` then
    `documentBundleId` order, each with the list of its documents.

    A bundle groups the documents of one customer that are distributed together: documents
    created with the same `customerNo` and `bundleKey` share one bundle, created with the first
    of them; a document without `bundleKey` gets a bundle of its own. Documents are distributed
    when they are created, so every bundle is `DISTRIBUTED` (`OPEN` is reserved for deferred
    distribution and is not answered today). Bundles are written only by createDocument and
    createDocumentBatch and are never deleted.

    Filters: `customerno`, and `fromdate` / `todate` (inclusive bounds on the UTC date of
    `createdAt`). A `fromdate` after `todate` answers 422 (`dateRange`). A filter that matches nothing
    answers
    an empty page, not 404.

    Paging: `maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000 (below 5
    falls back to 10). The first call freezes the result under `summary.queryId`; later pages are
    read with `query` and `pageno`. An unknown or expired `query` answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str | Unset): The client's number of the customer; compared case-
            insensitively.
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentBundleList | Problem
    """

    return sync_detailed(
        client_no=client_no,
        client=client,
        customer_no=customer_no,
        from_date=from_date,
        to_date=to_date,
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
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> Response[DocumentBundleList | Problem]:
    """Get a list of document bundles

     The client's document bundles that match every filter given, in `createdAt` then
    `documentBundleId` order, each with the list of its documents.

    A bundle groups the documents of one customer that are distributed together: documents
    created with the same `customerNo` and `bundleKey` share one bundle, created with the first
    of them; a document without `bundleKey` gets a bundle of its own. Documents are distributed
    when they are created, so every bundle is `DISTRIBUTED` (`OPEN` is reserved for deferred
    distribution and is not answered today). Bundles are written only by createDocument and
    createDocumentBatch and are never deleted.

    Filters: `customerno`, and `fromdate` / `todate` (inclusive bounds on the UTC date of
    `createdAt`). A `fromdate` after `todate` answers 422 (`dateRange`). A filter that matches nothing
    answers
    an empty page, not 404.

    Paging: `maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000 (below 5
    falls back to 10). The first call freezes the result under `summary.queryId`; later pages are
    read with `query` and `pageno`. An unknown or expired `query` answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str | Unset): The client's number of the customer; compared case-
            insensitively.
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentBundleList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        customer_no=customer_no,
        from_date=from_date,
        to_date=to_date,
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
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> DocumentBundleList | Problem | None:
    """Get a list of document bundles

     The client's document bundles that match every filter given, in `createdAt` then
    `documentBundleId` order, each with the list of its documents.

    A bundle groups the documents of one customer that are distributed together: documents
    created with the same `customerNo` and `bundleKey` share one bundle, created with the first
    of them; a document without `bundleKey` gets a bundle of its own. Documents are distributed
    when they are created, so every bundle is `DISTRIBUTED` (`OPEN` is reserved for deferred
    distribution and is not answered today). Bundles are written only by createDocument and
    createDocumentBatch and are never deleted.

    Filters: `customerno`, and `fromdate` / `todate` (inclusive bounds on the UTC date of
    `createdAt`). A `fromdate` after `todate` answers 422 (`dateRange`). A filter that matches nothing
    answers
    an empty page, not 404.

    Paging: `maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000 (below 5
    falls back to 10). The first call freezes the result under `summary.queryId`; later pages are
    read with `query` and `pageno`. An unknown or expired `query` answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str | Unset): The client's number of the customer; compared case-
            insensitively.
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentBundleList | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            client=client,
            customer_no=customer_no,
            from_date=from_date,
            to_date=to_date,
            maximum_count=maximum_count,
            page_size=page_size,
            query=query,
            page_no=page_no,
        )
    ).parsed
