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
from ...models.document_list import DocumentList
from ...models.document_type import DocumentType
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "listDocuments"


def _get_kwargs(
    client_no: int,
    *,
    customer_no: str | Unset = UNSET,
    document_type: DocumentType | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    kid: str | Unset = UNSET,
    document_bundle_id: int | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "customer_no": customer_no,
            "document_type": document_type,
            "from_date": from_date,
            "to_date": to_date,
            "kid": kid,
            "document_bundle_id": document_bundle_id,
            "maximum_count": maximum_count,
            "page_size": page_size,
            "query": query,
            "page_no": page_no,
        }
    )
    if not isinstance(document_type, DocumentType | Unset):
        raise RequestValidationError("document_type", document_type)

    params: dict[str, Any] = {}

    params["customerno"] = customer_no

    json_document_type: str | Unset = UNSET
    if not isinstance(document_type, Unset):
        json_document_type = document_type.value

    params["documenttype"] = json_document_type

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat()
    params["fromdate"] = json_from_date

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["todate"] = json_to_date

    params["kid"] = kid

    params["documentbundleid"] = document_bundle_id

    params["maximumcount"] = maximum_count

    params["pagesize"] = page_size

    params["query"] = query

    params["pageno"] = page_no

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{client_no}/documents".format(
            client_no=quote(str(client_no), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocumentList | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DocumentList | Problem:
    if response.status_code == 200:
        response_200 = DocumentList.from_dict(loads(response.content))

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
) -> Response[DocumentList | Problem]:
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
    document_type: DocumentType | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    kid: str | Unset = UNSET,
    document_bundle_id: int | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> Response[DocumentList | Problem]:
    """Get a list of documents

     The client's documents that match every filter given, without their lines (read one document
    for its lines), in `documentDate` then `documentNo` order.

    Filters: `customerno`, `documenttype`, `kid`, `documentbundleid`, and `fromdate` / `todate`
    (inclusive bounds on `documentDate`). A `fromdate` after `todate` answers 422 (`dateRange`). A
    filter that
    matches nothing (an unknown customer, say) answers an empty page, not 404.

    Paging: `maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000 (below 5
    falls back to 10). The first call freezes the result under `summary.queryId`; later pages are
    read with `query` and `pageno`. An unknown or expired `query` answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str | Unset): The client's number of the customer; compared case-
            insensitively.
        document_type (DocumentType | Unset): The kind of document. `INVOICE`, `INTERESTNOTE`
            (late-payment interest) and `REMINDER` (the reminder fee) debit the customer; `CREDITNOTE`
            credits the customer and may name the invoice or interest note it credits
            (`creditedDocumentNo`).
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
        kid (str | Unset): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11
            check digit, as the client's `kidAlgorithm` and `kidLength` configuration say. A wrong
            check digit answers 422.
        document_bundle_id (int | Unset): The server's id of the document bundle.
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        customer_no=customer_no,
        document_type=document_type,
        from_date=from_date,
        to_date=to_date,
        kid=kid,
        document_bundle_id=document_bundle_id,
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
    document_type: DocumentType | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    kid: str | Unset = UNSET,
    document_bundle_id: int | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> DocumentList | Problem | None:
    """Get a list of documents

     The client's documents that match every filter given, without their lines (read one document
    for its lines), in `documentDate` then `documentNo` order.

    Filters: `customerno`, `documenttype`, `kid`, `documentbundleid`, and `fromdate` / `todate`
    (inclusive bounds on `documentDate`). A `fromdate` after `todate` answers 422 (`dateRange`). A
    filter that
    matches nothing (an unknown customer, say) answers an empty page, not 404.

    Paging: `maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000 (below 5
    falls back to 10). The first call freezes the result under `summary.queryId`; later pages are
    read with `query` and `pageno`. An unknown or expired `query` answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str | Unset): The client's number of the customer; compared case-
            insensitively.
        document_type (DocumentType | Unset): The kind of document. `INVOICE`, `INTERESTNOTE`
            (late-payment interest) and `REMINDER` (the reminder fee) debit the customer; `CREDITNOTE`
            credits the customer and may name the invoice or interest note it credits
            (`creditedDocumentNo`).
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
        kid (str | Unset): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11
            check digit, as the client's `kidAlgorithm` and `kidLength` configuration say. A wrong
            check digit answers 422.
        document_bundle_id (int | Unset): The server's id of the document bundle.
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentList | Problem
    """

    return sync_detailed(
        client_no=client_no,
        client=client,
        customer_no=customer_no,
        document_type=document_type,
        from_date=from_date,
        to_date=to_date,
        kid=kid,
        document_bundle_id=document_bundle_id,
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
    document_type: DocumentType | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    kid: str | Unset = UNSET,
    document_bundle_id: int | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> Response[DocumentList | Problem]:
    """Get a list of documents

     The client's documents that match every filter given, without their lines (read one document
    for its lines), in `documentDate` then `documentNo` order.

    Filters: `customerno`, `documenttype`, `kid`, `documentbundleid`, and `fromdate` / `todate`
    (inclusive bounds on `documentDate`). A `fromdate` after `todate` answers 422 (`dateRange`). A
    filter that
    matches nothing (an unknown customer, say) answers an empty page, not 404.

    Paging: `maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000 (below 5
    falls back to 10). The first call freezes the result under `summary.queryId`; later pages are
    read with `query` and `pageno`. An unknown or expired `query` answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str | Unset): The client's number of the customer; compared case-
            insensitively.
        document_type (DocumentType | Unset): The kind of document. `INVOICE`, `INTERESTNOTE`
            (late-payment interest) and `REMINDER` (the reminder fee) debit the customer; `CREDITNOTE`
            credits the customer and may name the invoice or interest note it credits
            (`creditedDocumentNo`).
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
        kid (str | Unset): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11
            check digit, as the client's `kidAlgorithm` and `kidLength` configuration say. A wrong
            check digit answers 422.
        document_bundle_id (int | Unset): The server's id of the document bundle.
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        customer_no=customer_no,
        document_type=document_type,
        from_date=from_date,
        to_date=to_date,
        kid=kid,
        document_bundle_id=document_bundle_id,
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
    document_type: DocumentType | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    kid: str | Unset = UNSET,
    document_bundle_id: int | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> DocumentList | Problem | None:
    """Get a list of documents

     The client's documents that match every filter given, without their lines (read one document
    for its lines), in `documentDate` then `documentNo` order.

    Filters: `customerno`, `documenttype`, `kid`, `documentbundleid`, and `fromdate` / `todate`
    (inclusive bounds on `documentDate`). A `fromdate` after `todate` answers 422 (`dateRange`). A
    filter that
    matches nothing (an unknown customer, say) answers an empty page, not 404.

    Paging: `maximumcount` default and cap 10000, `pagesize` default 100 and cap 1000 (below 5
    falls back to 10). The first call freezes the result under `summary.queryId`; later pages are
    read with `query` and `pageno`. An unknown or expired `query` answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        customer_no (str | Unset): The client's number of the customer; compared case-
            insensitively.
        document_type (DocumentType | Unset): The kind of document. `INVOICE`, `INTERESTNOTE`
            (late-payment interest) and `REMINDER` (the reminder fee) debit the customer; `CREDITNOTE`
            credits the customer and may name the invoice or interest note it credits
            (`creditedDocumentNo`).
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
        kid (str | Unset): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11
            check digit, as the client's `kidAlgorithm` and `kidLength` configuration say. A wrong
            check digit answers 422.
        document_bundle_id (int | Unset): The server's id of the document bundle.
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentList | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            client=client,
            customer_no=customer_no,
            document_type=document_type,
            from_date=from_date,
            to_date=to_date,
            kid=kid,
            document_bundle_id=document_bundle_id,
            maximum_count=maximum_count,
            page_size=page_size,
            query=query,
            page_no=page_no,
        )
    ).parsed
