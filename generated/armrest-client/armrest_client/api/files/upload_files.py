from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import dumps, loads
from ...enums import refuse_unknown
from ...exceptions import ResponseValidationError
from ...models.file_upload_request import FileUploadRequest
from ...models.file_upload_result import FileUploadResult
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "uploadFiles"


def _get_kwargs(
    client_no: int,
    *,
    body: FileUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "idempotency_key": idempotency_key,
            "body": body,
        }
    )
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/clients/{client_no}/files".format(
            client_no=quote(str(client_no), safe=""),
        ),
    }

    _kwargs["content"] = dumps(body.to_dict())
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FileUploadResult | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FileUploadResult | Problem:
    if response.status_code == 200:
        response_200 = FileUploadResult.from_dict(loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = FileUploadResult.from_dict(loads(response.content))

        return response_201

    if response.status_code == 207:
        response_207 = FileUploadResult.from_dict(loads(response.content))

        return response_207

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
) -> Response[FileUploadResult | Problem]:
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
    body: FileUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[FileUploadResult | Problem]:
    """Upload one or more files

     Stores 1 to 20 files sent as JSON (not multipart): each with `fileName`, `fileType`,
    `mediaType`, the bytes base64-encoded in `content` (at most 5 MiB decoded), and optionally the
    `documentNo` of a document to attach it to. The whole body is at most 8 MiB (else 413).

    Each file is checked on its own; a file that breaks a rule is rejected (`resultType`
    `REJECTED`, with `errors`) and the others are still stored:
    - `fileType` must be one of the client's `allowedFileTypes` (client config), else
      `fileTypeNotAllowed`;
    - the decoded `content` must not be larger than the client's `maxFileSize` (client config,
      bytes), else `maxFileSize`;
    - `content` must be canonical base64: the one encoding of its bytes (padding bits zero),
      else `contentEncoding`;
    - `documentNo`, when given, must name a document of the client, else `notFound`;
    - the name must have 1 to 255 characters after sanitising, else `fileName`.
    A rejected file's `errors` list every rule it breaks.

    Names are sanitised before they are stored: Unicode NFC normalisation; surrounding white
    space trimmed; each of `< > : " | ? *` replaced by `_`; a leading `.` left after trimming
    replaced by `_`. The stored name is answered in `files[].fileName`.

    A file identical to one already stored (same content SHA-256, sanitised name, `fileType` and
    `documentNo`) is not stored again: it is answered `STORED` with the existing `fileId`.

    Answers:
    - 201 `CREATED`: every file is stored and at least one is new; link to getFile for the first.
    - 200 `UNCHANGED`: every file is stored and each was already stored.
    - 207 (multi-status): some files are stored, some rejected; `result` is `CREATED` when a new
      file was stored, else `UNCHANGED`.
    - 422: every file is rejected (the problem's `errors` name each file, `/files/<index>/...`),
      or the `Idempotency-Key` was used with another body.
    - 400 when the body breaks the schema (nothing is stored).
    - 404 is declared for a client that is not set up in ARM; every client a token grants is set
      up (from its first write on), so a granted client is never answered 404 here.
    A stored upload (200, 201, 207) leaves one log item (`entityType` `FILE`, the first stored
    file's `fileId`); a refused one (4xx) stores nothing and leaves none.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (FileUploadRequest): The body of uploadFiles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileUploadResult | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> FileUploadResult | Problem | None:
    """Upload one or more files

     Stores 1 to 20 files sent as JSON (not multipart): each with `fileName`, `fileType`,
    `mediaType`, the bytes base64-encoded in `content` (at most 5 MiB decoded), and optionally the
    `documentNo` of a document to attach it to. The whole body is at most 8 MiB (else 413).

    Each file is checked on its own; a file that breaks a rule is rejected (`resultType`
    `REJECTED`, with `errors`) and the others are still stored:
    - `fileType` must be one of the client's `allowedFileTypes` (client config), else
      `fileTypeNotAllowed`;
    - the decoded `content` must not be larger than the client's `maxFileSize` (client config,
      bytes), else `maxFileSize`;
    - `content` must be canonical base64: the one encoding of its bytes (padding bits zero),
      else `contentEncoding`;
    - `documentNo`, when given, must name a document of the client, else `notFound`;
    - the name must have 1 to 255 characters after sanitising, else `fileName`.
    A rejected file's `errors` list every rule it breaks.

    Names are sanitised before they are stored: Unicode NFC normalisation; surrounding white
    space trimmed; each of `< > : " | ? *` replaced by `_`; a leading `.` left after trimming
    replaced by `_`. The stored name is answered in `files[].fileName`.

    A file identical to one already stored (same content SHA-256, sanitised name, `fileType` and
    `documentNo`) is not stored again: it is answered `STORED` with the existing `fileId`.

    Answers:
    - 201 `CREATED`: every file is stored and at least one is new; link to getFile for the first.
    - 200 `UNCHANGED`: every file is stored and each was already stored.
    - 207 (multi-status): some files are stored, some rejected; `result` is `CREATED` when a new
      file was stored, else `UNCHANGED`.
    - 422: every file is rejected (the problem's `errors` name each file, `/files/<index>/...`),
      or the `Idempotency-Key` was used with another body.
    - 400 when the body breaks the schema (nothing is stored).
    - 404 is declared for a client that is not set up in ARM; every client a token grants is set
      up (from its first write on), so a granted client is never answered 404 here.
    A stored upload (200, 201, 207) leaves one log item (`entityType` `FILE`, the first stored
    file's `fileId`); a refused one (4xx) stores nothing and leaves none.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (FileUploadRequest): The body of uploadFiles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileUploadResult | Problem
    """

    return sync_detailed(
        client_no=client_no,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[FileUploadResult | Problem]:
    """Upload one or more files

     Stores 1 to 20 files sent as JSON (not multipart): each with `fileName`, `fileType`,
    `mediaType`, the bytes base64-encoded in `content` (at most 5 MiB decoded), and optionally the
    `documentNo` of a document to attach it to. The whole body is at most 8 MiB (else 413).

    Each file is checked on its own; a file that breaks a rule is rejected (`resultType`
    `REJECTED`, with `errors`) and the others are still stored:
    - `fileType` must be one of the client's `allowedFileTypes` (client config), else
      `fileTypeNotAllowed`;
    - the decoded `content` must not be larger than the client's `maxFileSize` (client config,
      bytes), else `maxFileSize`;
    - `content` must be canonical base64: the one encoding of its bytes (padding bits zero),
      else `contentEncoding`;
    - `documentNo`, when given, must name a document of the client, else `notFound`;
    - the name must have 1 to 255 characters after sanitising, else `fileName`.
    A rejected file's `errors` list every rule it breaks.

    Names are sanitised before they are stored: Unicode NFC normalisation; surrounding white
    space trimmed; each of `< > : " | ? *` replaced by `_`; a leading `.` left after trimming
    replaced by `_`. The stored name is answered in `files[].fileName`.

    A file identical to one already stored (same content SHA-256, sanitised name, `fileType` and
    `documentNo`) is not stored again: it is answered `STORED` with the existing `fileId`.

    Answers:
    - 201 `CREATED`: every file is stored and at least one is new; link to getFile for the first.
    - 200 `UNCHANGED`: every file is stored and each was already stored.
    - 207 (multi-status): some files are stored, some rejected; `result` is `CREATED` when a new
      file was stored, else `UNCHANGED`.
    - 422: every file is rejected (the problem's `errors` name each file, `/files/<index>/...`),
      or the `Idempotency-Key` was used with another body.
    - 400 when the body breaks the schema (nothing is stored).
    - 404 is declared for a client that is not set up in ARM; every client a token grants is set
      up (from its first write on), so a granted client is never answered 404 here.
    A stored upload (200, 201, 207) leaves one log item (`entityType` `FILE`, the first stored
    file's `fileId`); a refused one (4xx) stores nothing and leaves none.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (FileUploadRequest): The body of uploadFiles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileUploadResult | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> FileUploadResult | Problem | None:
    """Upload one or more files

     Stores 1 to 20 files sent as JSON (not multipart): each with `fileName`, `fileType`,
    `mediaType`, the bytes base64-encoded in `content` (at most 5 MiB decoded), and optionally the
    `documentNo` of a document to attach it to. The whole body is at most 8 MiB (else 413).

    Each file is checked on its own; a file that breaks a rule is rejected (`resultType`
    `REJECTED`, with `errors`) and the others are still stored:
    - `fileType` must be one of the client's `allowedFileTypes` (client config), else
      `fileTypeNotAllowed`;
    - the decoded `content` must not be larger than the client's `maxFileSize` (client config,
      bytes), else `maxFileSize`;
    - `content` must be canonical base64: the one encoding of its bytes (padding bits zero),
      else `contentEncoding`;
    - `documentNo`, when given, must name a document of the client, else `notFound`;
    - the name must have 1 to 255 characters after sanitising, else `fileName`.
    A rejected file's `errors` list every rule it breaks.

    Names are sanitised before they are stored: Unicode NFC normalisation; surrounding white
    space trimmed; each of `< > : " | ? *` replaced by `_`; a leading `.` left after trimming
    replaced by `_`. The stored name is answered in `files[].fileName`.

    A file identical to one already stored (same content SHA-256, sanitised name, `fileType` and
    `documentNo`) is not stored again: it is answered `STORED` with the existing `fileId`.

    Answers:
    - 201 `CREATED`: every file is stored and at least one is new; link to getFile for the first.
    - 200 `UNCHANGED`: every file is stored and each was already stored.
    - 207 (multi-status): some files are stored, some rejected; `result` is `CREATED` when a new
      file was stored, else `UNCHANGED`.
    - 422: every file is rejected (the problem's `errors` name each file, `/files/<index>/...`),
      or the `Idempotency-Key` was used with another body.
    - 400 when the body breaks the schema (nothing is stored).
    - 404 is declared for a client that is not set up in ARM; every client a token grants is set
      up (from its first write on), so a granted client is never answered 404 here.
    A stored upload (200, 201, 207) leaves one log item (`entityType` `FILE`, the first stored
    file's `fileId`); a refused one (4xx) stores nothing and leaves none.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        idempotency_key (str | Unset):
        body (FileUploadRequest): The body of uploadFiles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileUploadResult | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
