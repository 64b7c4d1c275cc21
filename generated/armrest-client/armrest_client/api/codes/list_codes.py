from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import loads
from ...enums import refuse_unknown
from ...exceptions import RequestValidationError, ResponseValidationError
from ...models.code_table import CodeTable
from ...models.code_type import CodeType
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "listCodes"


def _get_kwargs(
    code_type: CodeType,
    *,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "code_type": code_type,
            "accept_language": accept_language,
        }
    )
    if not isinstance(code_type, CodeType):
        raise RequestValidationError("code_type", code_type)
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/codes/{code_type}".format(
            code_type=quote(str(code_type), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CodeTable | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CodeTable | Problem:
    if response.status_code == 200:
        response_200 = CodeTable.from_dict(loads(response.content))

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
) -> Response[CodeTable | Problem]:
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
    code_type: CodeType,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Response[CodeTable | Problem]:
    """List ARM system code values

     Lists every value of one ARM code table: the values coded fields accept (a value not in its table
    answers 422 where it is written), with texts in the language of `Accept-Language` (`no` or `en`;
    Norwegian by default). The tables are small and not paged. The code tables are the same for every
    client, so the path has no `clientno`; any valid token may read them. A code type not in the list
    breaks the path parameter's enum and answers 400.

    Args:
        code_type (CodeType): A code table:
            - `customercategory`: `Customer.customerCategory`.
            - `distributiontype`: `Customer.distribution.type` and document distribution types.
            - `documenttype`: `documentType` of documents and AR items.
            - `aritemstatus`: `status` of AR items.
            - `autopostingmethod`: the `autopostingmethod` path parameter of `createAutoPostings`.
            - `postingresulttype`: `resultType` of auto postings.
            - `actiontype`: the `actiontype` path parameter of `createAction`.
            - `reporttype`: the `reporttype` path parameter of `createReportAction`.
            - `batchtype`: `Batch.batchType`.
            - `batchstatus`: `Batch.status`.
            - `registrationstatus`: `Customer.registrationStatusCode`.
            - `activestatusweb`: `Customer.activeStatusWeb`.
            - `filetype`: file types (`allowedFileTypes`).
            - `currency`: currency codes.
            - `language`: language codes (`Customer.language`).
            - `glaccount`: GL account numbers and names.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeTable | Problem]
    """

    kwargs = _get_kwargs(
        code_type=code_type,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code_type: CodeType,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> CodeTable | Problem | None:
    """List ARM system code values

     Lists every value of one ARM code table: the values coded fields accept (a value not in its table
    answers 422 where it is written), with texts in the language of `Accept-Language` (`no` or `en`;
    Norwegian by default). The tables are small and not paged. The code tables are the same for every
    client, so the path has no `clientno`; any valid token may read them. A code type not in the list
    breaks the path parameter's enum and answers 400.

    Args:
        code_type (CodeType): A code table:
            - `customercategory`: `Customer.customerCategory`.
            - `distributiontype`: `Customer.distribution.type` and document distribution types.
            - `documenttype`: `documentType` of documents and AR items.
            - `aritemstatus`: `status` of AR items.
            - `autopostingmethod`: the `autopostingmethod` path parameter of `createAutoPostings`.
            - `postingresulttype`: `resultType` of auto postings.
            - `actiontype`: the `actiontype` path parameter of `createAction`.
            - `reporttype`: the `reporttype` path parameter of `createReportAction`.
            - `batchtype`: `Batch.batchType`.
            - `batchstatus`: `Batch.status`.
            - `registrationstatus`: `Customer.registrationStatusCode`.
            - `activestatusweb`: `Customer.activeStatusWeb`.
            - `filetype`: file types (`allowedFileTypes`).
            - `currency`: currency codes.
            - `language`: language codes (`Customer.language`).
            - `glaccount`: GL account numbers and names.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeTable | Problem
    """

    return sync_detailed(
        code_type=code_type,
        client=client,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    code_type: CodeType,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Response[CodeTable | Problem]:
    """List ARM system code values

     Lists every value of one ARM code table: the values coded fields accept (a value not in its table
    answers 422 where it is written), with texts in the language of `Accept-Language` (`no` or `en`;
    Norwegian by default). The tables are small and not paged. The code tables are the same for every
    client, so the path has no `clientno`; any valid token may read them. A code type not in the list
    breaks the path parameter's enum and answers 400.

    Args:
        code_type (CodeType): A code table:
            - `customercategory`: `Customer.customerCategory`.
            - `distributiontype`: `Customer.distribution.type` and document distribution types.
            - `documenttype`: `documentType` of documents and AR items.
            - `aritemstatus`: `status` of AR items.
            - `autopostingmethod`: the `autopostingmethod` path parameter of `createAutoPostings`.
            - `postingresulttype`: `resultType` of auto postings.
            - `actiontype`: the `actiontype` path parameter of `createAction`.
            - `reporttype`: the `reporttype` path parameter of `createReportAction`.
            - `batchtype`: `Batch.batchType`.
            - `batchstatus`: `Batch.status`.
            - `registrationstatus`: `Customer.registrationStatusCode`.
            - `activestatusweb`: `Customer.activeStatusWeb`.
            - `filetype`: file types (`allowedFileTypes`).
            - `currency`: currency codes.
            - `language`: language codes (`Customer.language`).
            - `glaccount`: GL account numbers and names.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeTable | Problem]
    """

    kwargs = _get_kwargs(
        code_type=code_type,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code_type: CodeType,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> CodeTable | Problem | None:
    """List ARM system code values

     Lists every value of one ARM code table: the values coded fields accept (a value not in its table
    answers 422 where it is written), with texts in the language of `Accept-Language` (`no` or `en`;
    Norwegian by default). The tables are small and not paged. The code tables are the same for every
    client, so the path has no `clientno`; any valid token may read them. A code type not in the list
    breaks the path parameter's enum and answers 400.

    Args:
        code_type (CodeType): A code table:
            - `customercategory`: `Customer.customerCategory`.
            - `distributiontype`: `Customer.distribution.type` and document distribution types.
            - `documenttype`: `documentType` of documents and AR items.
            - `aritemstatus`: `status` of AR items.
            - `autopostingmethod`: the `autopostingmethod` path parameter of `createAutoPostings`.
            - `postingresulttype`: `resultType` of auto postings.
            - `actiontype`: the `actiontype` path parameter of `createAction`.
            - `reporttype`: the `reporttype` path parameter of `createReportAction`.
            - `batchtype`: `Batch.batchType`.
            - `batchstatus`: `Batch.status`.
            - `registrationstatus`: `Customer.registrationStatusCode`.
            - `activestatusweb`: `Customer.activeStatusWeb`.
            - `filetype`: file types (`allowedFileTypes`).
            - `currency`: currency codes.
            - `language`: language codes (`Customer.language`).
            - `glaccount`: GL account numbers and names.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeTable | Problem
    """

    return (
        await asyncio_detailed(
            code_type=code_type,
            client=client,
            accept_language=accept_language,
        )
    ).parsed
