from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import dumps, loads
from ...enums import refuse_unknown
from ...exceptions import RequestValidationError, ResponseValidationError
from ...models.problem import Problem
from ...models.report_action_request import ReportActionRequest
from ...models.report_action_result import ReportActionResult
from ...models.report_type import ReportType
from ...types import UNSET, Response, Unset

OPERATION_ID = "createReportAction"


def _get_kwargs(
    client_no: int,
    report_type: ReportType,
    *,
    body: ReportActionRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "report_type": report_type,
            "idempotency_key": idempotency_key,
            "body": body,
        }
    )
    if not isinstance(report_type, ReportType):
        raise RequestValidationError("report_type", report_type)
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/clients/{client_no}/actions/reports/{report_type}".format(
            client_no=quote(str(client_no), safe=""),
            report_type=quote(str(report_type), safe=""),
        ),
    }

    _kwargs["content"] = dumps(body.to_dict())
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ReportActionResult:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ReportActionResult:
    if response.status_code == 200:
        response_200 = ReportActionResult.from_dict(loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = ReportActionResult.from_dict(loads(response.content))

        return response_201

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

    if response.status_code == 406:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_406 = Problem.from_dict(loads(response.content))

        return response_406

    if response.status_code == 409:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_409 = Problem.from_dict(loads(response.content))

        return response_409

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
) -> Response[Problem | ReportActionResult]:
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
    report_type: ReportType,
    *,
    client: AuthenticatedClient | Client,
    body: ReportActionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | ReportActionResult]:
    """Create a reports action (generate a report)

     Creates one new reports action: a request to generate a report, queued for execution. The
    report job runs on the batch queue: follow it with `getBatch` (`batchUuid`, batch type
    `REPORT`; its single item has `key` = the report type). When the batch is `COMPLETED`, its
    `fileId` names the report, a CSV file (UTF-8, `;`-separated, header row) readable with
    `getFile`.

    ### Input per report type
    - `includeSum` is required for every type: `true`, `"true"` or `"includeSum"` add a sum
      row; `false` or `"false"` do not.
    - `asOfDate` (default today) is the date the report is made for; a date after today
      answers 422.
    - `adb` is only allowed for the `adb` report (422 otherwise). Without it the intervals come
      from the client's configuration `adbIntervals` and no debt-collection column is made.
      `intervals` (1 to 20) have unique `intervalNo` values (422 otherwise) and are ordered by
      `intervalNo`. With lengths L1..Ln the columns are: not due (age 0 or less), 1..L1 days
      overdue, L1+1..L1+L2, ..., and a last open-ended column for older items. With
      `debtCollectionColumn`, items in debt collection are shown in a column of their own.
      The figures follow the same rules as `listAdbIntervals`.
    - Refusals answer 422 with the codes `futureDate` (`asOfDate`), `notAllowed` (`adb` for
      another report) and `duplicate` (a repeated `intervalNo`).

    ### The report file
    Amounts have two decimals and a decimal point; the sum row starts with `SUM`.
    - `adb`: one row per customer with open items at `asOfDate` (in the client's ledger
      currency), by account number: `customerNo;accountNo;name;notDue;<from>-<to>;...;<from>-`
      (`;debtCollection` when asked for)`;total`.
    - `aritems`: one row per AR item with a remaining amount at `asOfDate`:
      `arItemId;customerNo;documentNo;documentType;kid;documentDate;dueDate;currency;originalAmount;rema
    iningAmount;inDebtCollection`
      (the sum row sums `remainingAmount`).
    - `glbalance`: one row per GL account posted on up to `asOfDate`:
      `accountNo;accountName;balance` (the sum row is 0.00: every voucher balances).

    ### Answer
    201 when a new report job is queued. 200 when an identical job (same report type and same
    parameters after defaults) for the client is still `QUEUED` or `PROCESSING`: that job is
    answered instead of queueing another one. Both answer `status` `PROCESSED` and `result`
    `CREATED` (the report action exists), with the job's `jobQueueId`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        report_type (ReportType): The report to generate. `adb`: age distributed balance per
            customer at `asOfDate` (not due, one column per interval, an open-ended column for older
            items and, if asked, a debt-collection column); `aritems`: every AR item open at
            `asOfDate` with its remaining amount; `glbalance`: balance per GL account at `asOfDate`.
        idempotency_key (str | Unset):
        body (ReportActionRequest): A request to generate a report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReportActionResult]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        report_type=report_type,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_no: int,
    report_type: ReportType,
    *,
    client: AuthenticatedClient | Client,
    body: ReportActionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Problem | ReportActionResult | None:
    """Create a reports action (generate a report)

     Creates one new reports action: a request to generate a report, queued for execution. The
    report job runs on the batch queue: follow it with `getBatch` (`batchUuid`, batch type
    `REPORT`; its single item has `key` = the report type). When the batch is `COMPLETED`, its
    `fileId` names the report, a CSV file (UTF-8, `;`-separated, header row) readable with
    `getFile`.

    ### Input per report type
    - `includeSum` is required for every type: `true`, `"true"` or `"includeSum"` add a sum
      row; `false` or `"false"` do not.
    - `asOfDate` (default today) is the date the report is made for; a date after today
      answers 422.
    - `adb` is only allowed for the `adb` report (422 otherwise). Without it the intervals come
      from the client's configuration `adbIntervals` and no debt-collection column is made.
      `intervals` (1 to 20) have unique `intervalNo` values (422 otherwise) and are ordered by
      `intervalNo`. With lengths L1..Ln the columns are: not due (age 0 or less), 1..L1 days
      overdue, L1+1..L1+L2, ..., and a last open-ended column for older items. With
      `debtCollectionColumn`, items in debt collection are shown in a column of their own.
      The figures follow the same rules as `listAdbIntervals`.
    - Refusals answer 422 with the codes `futureDate` (`asOfDate`), `notAllowed` (`adb` for
      another report) and `duplicate` (a repeated `intervalNo`).

    ### The report file
    Amounts have two decimals and a decimal point; the sum row starts with `SUM`.
    - `adb`: one row per customer with open items at `asOfDate` (in the client's ledger
      currency), by account number: `customerNo;accountNo;name;notDue;<from>-<to>;...;<from>-`
      (`;debtCollection` when asked for)`;total`.
    - `aritems`: one row per AR item with a remaining amount at `asOfDate`:
      `arItemId;customerNo;documentNo;documentType;kid;documentDate;dueDate;currency;originalAmount;rema
    iningAmount;inDebtCollection`
      (the sum row sums `remainingAmount`).
    - `glbalance`: one row per GL account posted on up to `asOfDate`:
      `accountNo;accountName;balance` (the sum row is 0.00: every voucher balances).

    ### Answer
    201 when a new report job is queued. 200 when an identical job (same report type and same
    parameters after defaults) for the client is still `QUEUED` or `PROCESSING`: that job is
    answered instead of queueing another one. Both answer `status` `PROCESSED` and `result`
    `CREATED` (the report action exists), with the job's `jobQueueId`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        report_type (ReportType): The report to generate. `adb`: age distributed balance per
            customer at `asOfDate` (not due, one column per interval, an open-ended column for older
            items and, if asked, a debt-collection column); `aritems`: every AR item open at
            `asOfDate` with its remaining amount; `glbalance`: balance per GL account at `asOfDate`.
        idempotency_key (str | Unset):
        body (ReportActionRequest): A request to generate a report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReportActionResult
    """

    return sync_detailed(
        client_no=client_no,
        report_type=report_type,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    report_type: ReportType,
    *,
    client: AuthenticatedClient | Client,
    body: ReportActionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | ReportActionResult]:
    """Create a reports action (generate a report)

     Creates one new reports action: a request to generate a report, queued for execution. The
    report job runs on the batch queue: follow it with `getBatch` (`batchUuid`, batch type
    `REPORT`; its single item has `key` = the report type). When the batch is `COMPLETED`, its
    `fileId` names the report, a CSV file (UTF-8, `;`-separated, header row) readable with
    `getFile`.

    ### Input per report type
    - `includeSum` is required for every type: `true`, `"true"` or `"includeSum"` add a sum
      row; `false` or `"false"` do not.
    - `asOfDate` (default today) is the date the report is made for; a date after today
      answers 422.
    - `adb` is only allowed for the `adb` report (422 otherwise). Without it the intervals come
      from the client's configuration `adbIntervals` and no debt-collection column is made.
      `intervals` (1 to 20) have unique `intervalNo` values (422 otherwise) and are ordered by
      `intervalNo`. With lengths L1..Ln the columns are: not due (age 0 or less), 1..L1 days
      overdue, L1+1..L1+L2, ..., and a last open-ended column for older items. With
      `debtCollectionColumn`, items in debt collection are shown in a column of their own.
      The figures follow the same rules as `listAdbIntervals`.
    - Refusals answer 422 with the codes `futureDate` (`asOfDate`), `notAllowed` (`adb` for
      another report) and `duplicate` (a repeated `intervalNo`).

    ### The report file
    Amounts have two decimals and a decimal point; the sum row starts with `SUM`.
    - `adb`: one row per customer with open items at `asOfDate` (in the client's ledger
      currency), by account number: `customerNo;accountNo;name;notDue;<from>-<to>;...;<from>-`
      (`;debtCollection` when asked for)`;total`.
    - `aritems`: one row per AR item with a remaining amount at `asOfDate`:
      `arItemId;customerNo;documentNo;documentType;kid;documentDate;dueDate;currency;originalAmount;rema
    iningAmount;inDebtCollection`
      (the sum row sums `remainingAmount`).
    - `glbalance`: one row per GL account posted on up to `asOfDate`:
      `accountNo;accountName;balance` (the sum row is 0.00: every voucher balances).

    ### Answer
    201 when a new report job is queued. 200 when an identical job (same report type and same
    parameters after defaults) for the client is still `QUEUED` or `PROCESSING`: that job is
    answered instead of queueing another one. Both answer `status` `PROCESSED` and `result`
    `CREATED` (the report action exists), with the job's `jobQueueId`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        report_type (ReportType): The report to generate. `adb`: age distributed balance per
            customer at `asOfDate` (not due, one column per interval, an open-ended column for older
            items and, if asked, a debt-collection column); `aritems`: every AR item open at
            `asOfDate` with its remaining amount; `glbalance`: balance per GL account at `asOfDate`.
        idempotency_key (str | Unset):
        body (ReportActionRequest): A request to generate a report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReportActionResult]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        report_type=report_type,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    report_type: ReportType,
    *,
    client: AuthenticatedClient | Client,
    body: ReportActionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Problem | ReportActionResult | None:
    """Create a reports action (generate a report)

     Creates one new reports action: a request to generate a report, queued for execution. The
    report job runs on the batch queue: follow it with `getBatch` (`batchUuid`, batch type
    `REPORT`; its single item has `key` = the report type). When the batch is `COMPLETED`, its
    `fileId` names the report, a CSV file (UTF-8, `;`-separated, header row) readable with
    `getFile`.

    ### Input per report type
    - `includeSum` is required for every type: `true`, `"true"` or `"includeSum"` add a sum
      row; `false` or `"false"` do not.
    - `asOfDate` (default today) is the date the report is made for; a date after today
      answers 422.
    - `adb` is only allowed for the `adb` report (422 otherwise). Without it the intervals come
      from the client's configuration `adbIntervals` and no debt-collection column is made.
      `intervals` (1 to 20) have unique `intervalNo` values (422 otherwise) and are ordered by
      `intervalNo`. With lengths L1..Ln the columns are: not due (age 0 or less), 1..L1 days
      overdue, L1+1..L1+L2, ..., and a last open-ended column for older items. With
      `debtCollectionColumn`, items in debt collection are shown in a column of their own.
      The figures follow the same rules as `listAdbIntervals`.
    - Refusals answer 422 with the codes `futureDate` (`asOfDate`), `notAllowed` (`adb` for
      another report) and `duplicate` (a repeated `intervalNo`).

    ### The report file
    Amounts have two decimals and a decimal point; the sum row starts with `SUM`.
    - `adb`: one row per customer with open items at `asOfDate` (in the client's ledger
      currency), by account number: `customerNo;accountNo;name;notDue;<from>-<to>;...;<from>-`
      (`;debtCollection` when asked for)`;total`.
    - `aritems`: one row per AR item with a remaining amount at `asOfDate`:
      `arItemId;customerNo;documentNo;documentType;kid;documentDate;dueDate;currency;originalAmount;rema
    iningAmount;inDebtCollection`
      (the sum row sums `remainingAmount`).
    - `glbalance`: one row per GL account posted on up to `asOfDate`:
      `accountNo;accountName;balance` (the sum row is 0.00: every voucher balances).

    ### Answer
    201 when a new report job is queued. 200 when an identical job (same report type and same
    parameters after defaults) for the client is still `QUEUED` or `PROCESSING`: that job is
    answered instead of queueing another one. Both answer `status` `PROCESSED` and `result`
    `CREATED` (the report action exists), with the job's `jobQueueId`.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        report_type (ReportType): The report to generate. `adb`: age distributed balance per
            customer at `asOfDate` (not due, one column per interval, an open-ended column for older
            items and, if asked, a debt-collection column); `aritems`: every AR item open at
            `asOfDate` with its remaining amount; `glbalance`: balance per GL account at `asOfDate`.
        idempotency_key (str | Unset):
        body (ReportActionRequest): A request to generate a report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReportActionResult
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            report_type=report_type,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
