import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import loads
from ...enums import refuse_unknown
from ...exceptions import RequestValidationError, ResponseValidationError
from ...models.file_list import FileList
from ...models.file_source import FileSource
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "listFiles"


def _get_kwargs(
    client_no: int,
    *,
    file_id: list[UUID] | Unset = UNSET,
    file_type: str | Unset = UNSET,
    source: FileSource | Unset = UNSET,
    document_no: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    include_content: bool | Unset = False,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "file_id": file_id,
            "file_type": file_type,
            "source": source,
            "document_no": document_no,
            "from_date": from_date,
            "to_date": to_date,
            "include_content": include_content,
            "maximum_count": maximum_count,
            "page_size": page_size,
            "query": query,
            "page_no": page_no,
        }
    )
    if not isinstance(source, FileSource | Unset):
        raise RequestValidationError("source", source)

    params: dict[str, Any] = {}

    json_file_id: list[str] | Unset = UNSET
    if not isinstance(file_id, Unset):
        json_file_id = []
        for fileid_item_data in file_id:
            fileid_item = str(fileid_item_data)
            json_file_id.append(fileid_item)

    params["fileid"] = json_file_id

    params["filetype"] = file_type

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    params["documentno"] = document_no

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat()
    params["fromdate"] = json_from_date

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["todate"] = json_to_date

    params["includecontent"] = include_content

    params["maximumcount"] = maximum_count

    params["pagesize"] = page_size

    params["query"] = query

    params["pageno"] = page_no

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{client_no}/files".format(
            client_no=quote(str(client_no), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FileList | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FileList | Problem:
    if response.status_code == 200:
        response_200 = FileList.from_dict(loads(response.content))

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
) -> Response[FileList | Problem]:
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
    file_id: list[UUID] | Unset = UNSET,
    file_type: str | Unset = UNSET,
    source: FileSource | Unset = UNSET,
    document_no: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    include_content: bool | Unset = False,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> Response[FileList | Problem]:
    """Get one or more files (metadata and content)

     The client's files (uploaded ones and report files) that match every filter given, in
    `createdAt` order (oldest first). Fetch several known files at once with `fileid`
    (`?fileid=<uuid>&fileid=<uuid>`, 1 to 100 ids); ids that name no file of the client are simply
    absent from the answer.

    Filters: `fileid`, `filetype`, `source` (`UPLOAD` or `REPORT`), `documentno` (files attached to
    that document), `fromdate` and `todate` (inclusive bounds on the UTC date of `createdAt`). A
    `fromdate` after `todate` answers 422 (`dateRange`).

    Content: only with `includecontent=true` does each file carry `content` (base64). Then a page
    holds at most 20 files: a larger or absent `pagesize` falls to 20, and `summary.pageSizeLimit`
    says so. `includecontent` is part of the query frozen under `summary.queryId`.

    Paging as for every list (`maximumcount` default and cap 10000, `pagesize` default 100 and cap
    1000, below 5 falls back to 10); an unknown or expired `query` answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        file_id (list[UUID] | Unset):
        file_type (str | Unset): The file's type code (`PDF`, `CSV`, `XML`, ...). Which types a
            client may upload is the client config `allowedFileTypes`; the codes are listed by the
            Codes resource (`fileType`).
        source (FileSource | Unset): `UPLOAD`: uploaded with uploadFiles; `REPORT`: produced by a
            report job (createReportAction).
        document_no (str | Unset): The client's number of the document; compared case-
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
        include_content (bool | Unset):  Default: False.
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        file_id=file_id,
        file_type=file_type,
        source=source,
        document_no=document_no,
        from_date=from_date,
        to_date=to_date,
        include_content=include_content,
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
    file_id: list[UUID] | Unset = UNSET,
    file_type: str | Unset = UNSET,
    source: FileSource | Unset = UNSET,
    document_no: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    include_content: bool | Unset = False,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> FileList | Problem | None:
    """Get one or more files (metadata and content)

     The client's files (uploaded ones and report files) that match every filter given, in
    `createdAt` order (oldest first). Fetch several known files at once with `fileid`
    (`?fileid=<uuid>&fileid=<uuid>`, 1 to 100 ids); ids that name no file of the client are simply
    absent from the answer.

    Filters: `fileid`, `filetype`, `source` (`UPLOAD` or `REPORT`), `documentno` (files attached to
    that document), `fromdate` and `todate` (inclusive bounds on the UTC date of `createdAt`). A
    `fromdate` after `todate` answers 422 (`dateRange`).

    Content: only with `includecontent=true` does each file carry `content` (base64). Then a page
    holds at most 20 files: a larger or absent `pagesize` falls to 20, and `summary.pageSizeLimit`
    says so. `includecontent` is part of the query frozen under `summary.queryId`.

    Paging as for every list (`maximumcount` default and cap 10000, `pagesize` default 100 and cap
    1000, below 5 falls back to 10); an unknown or expired `query` answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        file_id (list[UUID] | Unset):
        file_type (str | Unset): The file's type code (`PDF`, `CSV`, `XML`, ...). Which types a
            client may upload is the client config `allowedFileTypes`; the codes are listed by the
            Codes resource (`fileType`).
        source (FileSource | Unset): `UPLOAD`: uploaded with uploadFiles; `REPORT`: produced by a
            report job (createReportAction).
        document_no (str | Unset): The client's number of the document; compared case-
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
        include_content (bool | Unset):  Default: False.
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileList | Problem
    """

    return sync_detailed(
        client_no=client_no,
        client=client,
        file_id=file_id,
        file_type=file_type,
        source=source,
        document_no=document_no,
        from_date=from_date,
        to_date=to_date,
        include_content=include_content,
        maximum_count=maximum_count,
        page_size=page_size,
        query=query,
        page_no=page_no,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    file_id: list[UUID] | Unset = UNSET,
    file_type: str | Unset = UNSET,
    source: FileSource | Unset = UNSET,
    document_no: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    include_content: bool | Unset = False,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> Response[FileList | Problem]:
    """Get one or more files (metadata and content)

     The client's files (uploaded ones and report files) that match every filter given, in
    `createdAt` order (oldest first). Fetch several known files at once with `fileid`
    (`?fileid=<uuid>&fileid=<uuid>`, 1 to 100 ids); ids that name no file of the client are simply
    absent from the answer.

    Filters: `fileid`, `filetype`, `source` (`UPLOAD` or `REPORT`), `documentno` (files attached to
    that document), `fromdate` and `todate` (inclusive bounds on the UTC date of `createdAt`). A
    `fromdate` after `todate` answers 422 (`dateRange`).

    Content: only with `includecontent=true` does each file carry `content` (base64). Then a page
    holds at most 20 files: a larger or absent `pagesize` falls to 20, and `summary.pageSizeLimit`
    says so. `includecontent` is part of the query frozen under `summary.queryId`.

    Paging as for every list (`maximumcount` default and cap 10000, `pagesize` default 100 and cap
    1000, below 5 falls back to 10); an unknown or expired `query` answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        file_id (list[UUID] | Unset):
        file_type (str | Unset): The file's type code (`PDF`, `CSV`, `XML`, ...). Which types a
            client may upload is the client config `allowedFileTypes`; the codes are listed by the
            Codes resource (`fileType`).
        source (FileSource | Unset): `UPLOAD`: uploaded with uploadFiles; `REPORT`: produced by a
            report job (createReportAction).
        document_no (str | Unset): The client's number of the document; compared case-
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
        include_content (bool | Unset):  Default: False.
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileList | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        file_id=file_id,
        file_type=file_type,
        source=source,
        document_no=document_no,
        from_date=from_date,
        to_date=to_date,
        include_content=include_content,
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
    file_id: list[UUID] | Unset = UNSET,
    file_type: str | Unset = UNSET,
    source: FileSource | Unset = UNSET,
    document_no: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    include_content: bool | Unset = False,
    maximum_count: int | Unset = 10000,
    page_size: int | Unset = 100,
    query: str | Unset = UNSET,
    page_no: int | Unset = 1,
) -> FileList | Problem | None:
    """Get one or more files (metadata and content)

     The client's files (uploaded ones and report files) that match every filter given, in
    `createdAt` order (oldest first). Fetch several known files at once with `fileid`
    (`?fileid=<uuid>&fileid=<uuid>`, 1 to 100 ids); ids that name no file of the client are simply
    absent from the answer.

    Filters: `fileid`, `filetype`, `source` (`UPLOAD` or `REPORT`), `documentno` (files attached to
    that document), `fromdate` and `todate` (inclusive bounds on the UTC date of `createdAt`). A
    `fromdate` after `todate` answers 422 (`dateRange`).

    Content: only with `includecontent=true` does each file carry `content` (base64). Then a page
    holds at most 20 files: a larger or absent `pagesize` falls to 20, and `summary.pageSizeLimit`
    says so. `includecontent` is part of the query frozen under `summary.queryId`.

    Paging as for every list (`maximumcount` default and cap 10000, `pagesize` default 100 and cap
    1000, below 5 falls back to 10); an unknown or expired `query` answers 404.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        file_id (list[UUID] | Unset):
        file_type (str | Unset): The file's type code (`PDF`, `CSV`, `XML`, ...). Which types a
            client may upload is the client config `allowedFileTypes`; the codes are listed by the
            Codes resource (`fileType`).
        source (FileSource | Unset): `UPLOAD`: uploaded with uploadFiles; `REPORT`: produced by a
            report job (createReportAction).
        document_no (str | Unset): The client's number of the document; compared case-
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
        include_content (bool | Unset):  Default: False.
        maximum_count (int | Unset):  Default: 10000.
        page_size (int | Unset):  Default: 100.
        query (str | Unset):
        page_no (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileList | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            client=client,
            file_id=file_id,
            file_type=file_type,
            source=source,
            document_no=document_no,
            from_date=from_date,
            to_date=to_date,
            include_content=include_content,
            maximum_count=maximum_count,
            page_size=page_size,
            query=query,
            page_no=page_no,
        )
    ).parsed
