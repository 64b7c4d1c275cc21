from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import loads
from ...exceptions import ResponseValidationError
from ...models.health import Health
from ...models.problem import Problem
from ...types import Response

OPERATION_ID = "getHealth"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/health",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Health | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Health | Problem:
    if response.status_code == 200:
        response_200 = Health.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_400 = Problem.from_dict(loads(response.content))

        return response_400

    if response.status_code == 406:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_406 = Problem.from_dict(loads(response.content))

        return response_406

    if response.status_code == 429:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_429 = Problem.from_dict(loads(response.content))

        return response_429

    if response.status_code == 503:
        if "json" not in response.headers.get("content-type", ""):
            raise errors.UnexpectedStatus(response.status_code, response.content)
        response_503 = Health.from_dict(loads(response.content))

        return response_503

    if "json" not in response.headers.get("content-type", ""):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_default = Problem.from_dict(loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Health | Problem]:
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
    *,
    client: AuthenticatedClient | Client,
) -> Response[Health | Problem]:
    """Check API health

     Whether the service can do its work, for load balancers and monitoring. No token is needed
    (`security: []`) and no client is named. The answer is never cached (`Cache-Control:
    no-store`).

    Rules:
    - `database` is checked with one trivial query (2-second timeout); `worker` by its heartbeat
      (down when the last one is more than 60 seconds old).
    - 200 with `status` `UP` when both are up, `DEGRADED` when the database is up and the worker
      down (reads and one-item writes work; batches and report jobs wait), or when a batch is
      stuck (`worker.stuck`: no item committed for two batch leases, or claims that ran out more
      than once in a row) or ended `FAILED` in the last hour (`worker.failed`).
    - 503 with `status` `DOWN` when the database is down; the body has the same shape, with
      `database.latencyMs` and `worker.lastHeartbeat` `null`, `worker.status` `DOWN` (its
      heartbeat is kept in the database) and `worker.queued`, `stuck` and `failed` 0.
    - `version` is the version of this contract the server implements.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Health | Problem]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Health | Problem | None:
    """Check API health

     Whether the service can do its work, for load balancers and monitoring. No token is needed
    (`security: []`) and no client is named. The answer is never cached (`Cache-Control:
    no-store`).

    Rules:
    - `database` is checked with one trivial query (2-second timeout); `worker` by its heartbeat
      (down when the last one is more than 60 seconds old).
    - 200 with `status` `UP` when both are up, `DEGRADED` when the database is up and the worker
      down (reads and one-item writes work; batches and report jobs wait), or when a batch is
      stuck (`worker.stuck`: no item committed for two batch leases, or claims that ran out more
      than once in a row) or ended `FAILED` in the last hour (`worker.failed`).
    - 503 with `status` `DOWN` when the database is down; the body has the same shape, with
      `database.latencyMs` and `worker.lastHeartbeat` `null`, `worker.status` `DOWN` (its
      heartbeat is kept in the database) and `worker.queued`, `stuck` and `failed` 0.
    - `version` is the version of this contract the server implements.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Health | Problem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Health | Problem]:
    """Check API health

     Whether the service can do its work, for load balancers and monitoring. No token is needed
    (`security: []`) and no client is named. The answer is never cached (`Cache-Control:
    no-store`).

    Rules:
    - `database` is checked with one trivial query (2-second timeout); `worker` by its heartbeat
      (down when the last one is more than 60 seconds old).
    - 200 with `status` `UP` when both are up, `DEGRADED` when the database is up and the worker
      down (reads and one-item writes work; batches and report jobs wait), or when a batch is
      stuck (`worker.stuck`: no item committed for two batch leases, or claims that ran out more
      than once in a row) or ended `FAILED` in the last hour (`worker.failed`).
    - 503 with `status` `DOWN` when the database is down; the body has the same shape, with
      `database.latencyMs` and `worker.lastHeartbeat` `null`, `worker.status` `DOWN` (its
      heartbeat is kept in the database) and `worker.queued`, `stuck` and `failed` 0.
    - `version` is the version of this contract the server implements.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Health | Problem]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Health | Problem | None:
    """Check API health

     Whether the service can do its work, for load balancers and monitoring. No token is needed
    (`security: []`) and no client is named. The answer is never cached (`Cache-Control:
    no-store`).

    Rules:
    - `database` is checked with one trivial query (2-second timeout); `worker` by its heartbeat
      (down when the last one is more than 60 seconds old).
    - 200 with `status` `UP` when both are up, `DEGRADED` when the database is up and the worker
      down (reads and one-item writes work; batches and report jobs wait), or when a batch is
      stuck (`worker.stuck`: no item committed for two batch leases, or claims that ran out more
      than once in a row) or ended `FAILED` in the last hour (`worker.failed`).
    - 503 with `status` `DOWN` when the database is down; the body has the same shape, with
      `database.latencyMs` and `worker.lastHeartbeat` `null`, `worker.status` `DOWN` (its
      heartbeat is kept in the database) and `worker.queued`, `stuck` and `failed` 0.
    - `version` is the version of this contract the server implements.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Health | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
