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
from ...models.log_entity_type import LogEntityType
from ...models.log_item_list import LogItemList
from ...models.log_operation_id import LogOperationId
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "listLogItems"


def _get_kwargs(
    client_no: int,
    *,
    user_id: str | Unset = UNSET,
    operation_id: LogOperationId | Unset = UNSET,
    entity_type: LogEntityType | Unset = UNSET,
    entity_key: str | Unset = UNSET,
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
            "user_id": user_id,
            "operation_id": operation_id,
            "entity_type": entity_type,
            "entity_key": entity_key,
            "from_date": from_date,
            "to_date": to_date,
            "maximum_count": maximum_count,
            "page_size": page_size,
            "query": query,
            "page_no": page_no,
        }
    )
    if not isinstance(operation_id, LogOperationId | Unset):
        raise RequestValidationError("operation_id", operation_id)
    if not isinstance(entity_type, LogEntityType | Unset):
        raise RequestValidationError("entity_type", entity_type)

    params: dict[str, Any] = {}

    params["userid"] = user_id

    json_operation_id: str | Unset = UNSET
    if not isinstance(operation_id, Unset):
        json_operation_id = operation_id.value

    params["operationid"] = json_operation_id

    json_entity_type: str | Unset = UNSET
    if not isinstance(entity_type, Unset):
        json_entity_type = entity_type.value

    params["entitytype"] = json_entity_type

    params["entitykey"] = entity_key

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
        "url": "/clients/{client_no}/logitems".format(
            client_no=quote(str(client_no), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LogItemList | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LogItemList | Problem:
    if response.status_code == 200:
        response_200 = LogItemList.from_dict(loads(response.content))

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
) -> Response[LogItemList | Problem]:
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
    user_id: str | Unset = UNSET,
    operation_id: LogOperationId | Unset = UNSET,
    entity_type: LogEntityType | Unset = UNSET,
    entity_key: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> Response[LogItemList | Problem]:
    """Get a list of log items

     The client's log items that match every filter given, in `logItemId` order (oldest first).

    Filters: `userid` (exact, case-insensitive), `operationid`, `entitytype`, `entitykey` (exact,
    case-insensitive; combine with `entitytype` to follow one record, e.g. `CUSTOMER` `543210`),
    `fromdate` and `todate` (inclusive bounds on the UTC date of `loggedAt`). A `fromdate` after
    `todate` answers 422 (`dateRange`).

    Paging as for every list (`maximumcount` default and cap 10000, `pagesize` default 100 and
    cap 1000, below 5 falls back to 10); an unknown or expired `query` answers 404.

    Every successful write request leaves exactly one log item and a refused one (4xx) none (see
    getLogItem); log items are never changed or deleted and never hold tokens or personal
    numbers.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        user_id (str | Unset):
        operation_id (LogOperationId | Unset): The `operationId` of the write that left the log
            item.
        entity_type (LogEntityType | Unset): The kind of record the write addressed, which also
            says what `entityKey` holds: `CUSTOMER` customerNo (createCustomer, updateCustomer,
            deleteCustomer); `DOCUMENT` documentNo (createDocument); `ARITEM` arItemId (updateArItem);
            `AUTOPOSTING` the `autopostingmethod` of the request (createAutoPostings);
            `PAYMENTRESERVATION` paymentId (createPaymentReservation); `ACTION` the `actiontype`
            (createAction); `REPORT` the `reporttype` (createReportAction); `FILE` the fileId of the
            first file stored (uploadFiles); `BATCH` batchUuid (createCustomerBatch,
            updateCustomerBatch, createDocumentBatch).
        entity_key (str | Unset):
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
        Response[LogItemList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        user_id=user_id,
        operation_id=operation_id,
        entity_type=entity_type,
        entity_key=entity_key,
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
    user_id: str | Unset = UNSET,
    operation_id: LogOperationId | Unset = UNSET,
    entity_type: LogEntityType | Unset = UNSET,
    entity_key: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> LogItemList | Problem | None:
    """Get a list of log items

     The client's log items that match every filter given, in `logItemId` order (oldest first).

    Filters: `userid` (exact, case-insensitive), `operationid`, `entitytype`, `entitykey` (exact,
    case-insensitive; combine with `entitytype` to follow one record, e.g. `CUSTOMER` `543210`),
    `fromdate` and `todate` (inclusive bounds on the UTC date of `loggedAt`). A `fromdate` after
    `todate` answers 422 (`dateRange`).

    Paging as for every list (`maximumcount` default and cap 10000, `pagesize` default 100 and
    cap 1000, below 5 falls back to 10); an unknown or expired `query` answers 404.

    Every successful write request leaves exactly one log item and a refused one (4xx) none (see
    getLogItem); log items are never changed or deleted and never hold tokens or personal
    numbers.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        user_id (str | Unset):
        operation_id (LogOperationId | Unset): The `operationId` of the write that left the log
            item.
        entity_type (LogEntityType | Unset): The kind of record the write addressed, which also
            says what `entityKey` holds: `CUSTOMER` customerNo (createCustomer, updateCustomer,
            deleteCustomer); `DOCUMENT` documentNo (createDocument); `ARITEM` arItemId (updateArItem);
            `AUTOPOSTING` the `autopostingmethod` of the request (createAutoPostings);
            `PAYMENTRESERVATION` paymentId (createPaymentReservation); `ACTION` the `actiontype`
            (createAction); `REPORT` the `reporttype` (createReportAction); `FILE` the fileId of the
            first file stored (uploadFiles); `BATCH` batchUuid (createCustomerBatch,
            updateCustomerBatch, createDocumentBatch).
        entity_key (str | Unset):
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
        LogItemList | Problem
    """

    return sync_detailed(
        client_no=client_no,
        client=client,
        user_id=user_id,
        operation_id=operation_id,
        entity_type=entity_type,
        entity_key=entity_key,
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
    user_id: str | Unset = UNSET,
    operation_id: LogOperationId | Unset = UNSET,
    entity_type: LogEntityType | Unset = UNSET,
    entity_key: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> Response[LogItemList | Problem]:
    """Get a list of log items

     The client's log items that match every filter given, in `logItemId` order (oldest first).

    Filters: `userid` (exact, case-insensitive), `operationid`, `entitytype`, `entitykey` (exact,
    case-insensitive; combine with `entitytype` to follow one record, e.g. `CUSTOMER` `543210`),
    `fromdate` and `todate` (inclusive bounds on the UTC date of `loggedAt`). A `fromdate` after
    `todate` answers 422 (`dateRange`).

    Paging as for every list (`maximumcount` default and cap 10000, `pagesize` default 100 and
    cap 1000, below 5 falls back to 10); an unknown or expired `query` answers 404.

    Every successful write request leaves exactly one log item and a refused one (4xx) none (see
    getLogItem); log items are never changed or deleted and never hold tokens or personal
    numbers.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        user_id (str | Unset):
        operation_id (LogOperationId | Unset): The `operationId` of the write that left the log
            item.
        entity_type (LogEntityType | Unset): The kind of record the write addressed, which also
            says what `entityKey` holds: `CUSTOMER` customerNo (createCustomer, updateCustomer,
            deleteCustomer); `DOCUMENT` documentNo (createDocument); `ARITEM` arItemId (updateArItem);
            `AUTOPOSTING` the `autopostingmethod` of the request (createAutoPostings);
            `PAYMENTRESERVATION` paymentId (createPaymentReservation); `ACTION` the `actiontype`
            (createAction); `REPORT` the `reporttype` (createReportAction); `FILE` the fileId of the
            first file stored (uploadFiles); `BATCH` batchUuid (createCustomerBatch,
            updateCustomerBatch, createDocumentBatch).
        entity_key (str | Unset):
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
        Response[LogItemList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        user_id=user_id,
        operation_id=operation_id,
        entity_type=entity_type,
        entity_key=entity_key,
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
    user_id: str | Unset = UNSET,
    operation_id: LogOperationId | Unset = UNSET,
    entity_type: LogEntityType | Unset = UNSET,
    entity_key: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> LogItemList | Problem | None:
    """Get a list of log items

     The client's log items that match every filter given, in `logItemId` order (oldest first).

    Filters: `userid` (exact, case-insensitive), `operationid`, `entitytype`, `entitykey` (exact,
    case-insensitive; combine with `entitytype` to follow one record, e.g. `CUSTOMER` `543210`),
    `fromdate` and `todate` (inclusive bounds on the UTC date of `loggedAt`). A `fromdate` after
    `todate` answers 422 (`dateRange`).

    Paging as for every list (`maximumcount` default and cap 10000, `pagesize` default 100 and
    cap 1000, below 5 falls back to 10); an unknown or expired `query` answers 404.

    Every successful write request leaves exactly one log item and a refused one (4xx) none (see
    getLogItem); log items are never changed or deleted and never hold tokens or personal
    numbers.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        user_id (str | Unset):
        operation_id (LogOperationId | Unset): The `operationId` of the write that left the log
            item.
        entity_type (LogEntityType | Unset): The kind of record the write addressed, which also
            says what `entityKey` holds: `CUSTOMER` customerNo (createCustomer, updateCustomer,
            deleteCustomer); `DOCUMENT` documentNo (createDocument); `ARITEM` arItemId (updateArItem);
            `AUTOPOSTING` the `autopostingmethod` of the request (createAutoPostings);
            `PAYMENTRESERVATION` paymentId (createPaymentReservation); `ACTION` the `actiontype`
            (createAction); `REPORT` the `reporttype` (createReportAction); `FILE` the fileId of the
            first file stored (uploadFiles); `BATCH` batchUuid (createCustomerBatch,
            updateCustomerBatch, createDocumentBatch).
        entity_key (str | Unset):
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
        LogItemList | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            client=client,
            user_id=user_id,
            operation_id=operation_id,
            entity_type=entity_type,
            entity_key=entity_key,
            from_date=from_date,
            to_date=to_date,
            maximum_count=maximum_count,
            page_size=page_size,
            query=query,
            page_no=page_no,
        )
    ).parsed
