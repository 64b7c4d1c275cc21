from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import dumps, loads
from ...enums import refuse_unknown
from ...exceptions import RequestValidationError, ResponseValidationError
from ...models.action_request import ActionRequest
from ...models.action_result import ActionResult
from ...models.action_type import ActionType
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "createAction"


def _get_kwargs(
    client_no: int,
    action_type: ActionType,
    *,
    body: ActionRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "action_type": action_type,
            "idempotency_key": idempotency_key,
            "body": body,
        }
    )
    if not isinstance(action_type, ActionType):
        raise RequestValidationError("action_type", action_type)
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/clients/{client_no}/actions/{action_type}".format(
            client_no=quote(str(client_no), safe=""),
            action_type=quote(str(action_type), safe=""),
        ),
    }

    _kwargs["content"] = dumps(body.to_dict())
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActionResult | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActionResult | Problem:
    if response.status_code == 200:
        response_200 = ActionResult.from_dict(loads(response.content))

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
) -> Response[ActionResult | Problem]:
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
    action_type: ActionType,
    *,
    client: AuthenticatedClient | Client,
    body: ActionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ActionResult | Problem]:
    """Create an action

     Performs one action on the AR ledger at once and records it on a log item
    (`logItemId`, readable with `getLogItem`). The body names exactly one target: `arItemId`,
    `documentNo` (the AR item of that document) or `customerNo` (every open item of the
    customer). A referenced AR item, document or customer that does not exist answers 422
    (`notFound`), not 404.

    ### `stopreminders` and `stopdebtcollection`
    Require `until` and one target; `channel` is not allowed. Set `stopReminderUntil`
    (resp. `stopDebtCollectionUntil`) to `until` on the named AR item, or on every item of the
    customer that is `OPEN` now (items created later are not affected; the customer's own
    stop dates cover those). No reminder (resp. no transfer to debt collection) is made for an
    item while today is on or before its stop date. A date before today lifts the stop (the
    field becomes `null`). The named item must be `OPEN` (422 otherwise). A customer with more
    than 10000 open items answers 422.

    ### `debtcollection`
    Requires `arItemId` or `documentNo`; `customerNo`, `until` and `channel` are not allowed.
    Sends the item to debt collection and sets its `inDebtCollection`. Answers 422 when the item:
    is `CLOSED`; is a credit item (negative remaining amount); is not overdue (its `dueDate` is
    today or later); is already in debt collection; is held by an active payment reservation
    (`expiresOn` today or later); or has a stop date in force (`stopDebtCollectionUntil` of the
    item or of its customer today or later).

    ### `resenddocument`
    Requires `documentNo` or `arItemId` (the AR item of a document); `customerNo` and `until`
    are not allowed; `channel` is optional (default: the document's own distribution channel).
    Sends the document again; the AR item is unchanged. Answers 422 (`channel`) when the
    customer lacks what the channel needs: `EMAIL` an `emailAddressDocument`, `EHF` an
    `organizationNo` (and not blocked in `peppolBlockIds`), `EFAKTURA` an `ssn` (and not
    blocked in `efakturaBlockIds`), `DIGIPOST` an `ssn` (and not blocked in
    `digipostBlockIds`), `PRINT` a postal address with `postalCode` and `cityName`. A channel
    is blocked when its block list holds the identifier it sends to (the `organizationNo`,
    also as `0192:<organizationNo>`, or the `ssn`) or the document's number, compared
    case-insensitively. An AR item without a document (an unapplied payment) answers 422
    (`noDocument`).

    ### Field error codes
    `notFound` (target), `notAllowed` (a field the action type does not take), `required`
    (`until` missing), `notOpen`, `notDebit`, `notOverdue`, `inDebtCollection`, `reserved`
    (an active payment reservation), `stopped` (a stop date in force), `tooMany` (more than
    10000 open items), `channel`, `noDocument`.

    ### Answer
    200 with `result` `UPDATED` when at least one item changed (`resenddocument`: the document
    was sent), `UNCHANGED` when every targeted item already had the requested value (or the
    customer has no open items). `arItemIds` lists every targeted item, `affectedCount` the
    ones changed. The answer is 200, not 201, because an action changes existing records;
    the log item it creates is linked.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        action_type (ActionType): The action to perform. `stopreminders`: set `stopReminderUntil`;
            `stopdebtcollection`: set `stopDebtCollectionUntil` (both on one AR item or on every open
            item of a customer); `debtcollection`: send one open, overdue AR item to debt collection;
            `resenddocument`: send a document again through its distribution channel or the one given.
        idempotency_key (str | Unset):
        body (ActionRequest): An action to perform; which fields of `action` apply depends on the
            action type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        action_type=action_type,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_no: int,
    action_type: ActionType,
    *,
    client: AuthenticatedClient | Client,
    body: ActionRequest,
    idempotency_key: str | Unset = UNSET,
) -> ActionResult | Problem | None:
    """Create an action

     Performs one action on the AR ledger at once and records it on a log item
    (`logItemId`, readable with `getLogItem`). The body names exactly one target: `arItemId`,
    `documentNo` (the AR item of that document) or `customerNo` (every open item of the
    customer). A referenced AR item, document or customer that does not exist answers 422
    (`notFound`), not 404.

    ### `stopreminders` and `stopdebtcollection`
    Require `until` and one target; `channel` is not allowed. Set `stopReminderUntil`
    (resp. `stopDebtCollectionUntil`) to `until` on the named AR item, or on every item of the
    customer that is `OPEN` now (items created later are not affected; the customer's own
    stop dates cover those). No reminder (resp. no transfer to debt collection) is made for an
    item while today is on or before its stop date. A date before today lifts the stop (the
    field becomes `null`). The named item must be `OPEN` (422 otherwise). A customer with more
    than 10000 open items answers 422.

    ### `debtcollection`
    Requires `arItemId` or `documentNo`; `customerNo`, `until` and `channel` are not allowed.
    Sends the item to debt collection and sets its `inDebtCollection`. Answers 422 when the item:
    is `CLOSED`; is a credit item (negative remaining amount); is not overdue (its `dueDate` is
    today or later); is already in debt collection; is held by an active payment reservation
    (`expiresOn` today or later); or has a stop date in force (`stopDebtCollectionUntil` of the
    item or of its customer today or later).

    ### `resenddocument`
    Requires `documentNo` or `arItemId` (the AR item of a document); `customerNo` and `until`
    are not allowed; `channel` is optional (default: the document's own distribution channel).
    Sends the document again; the AR item is unchanged. Answers 422 (`channel`) when the
    customer lacks what the channel needs: `EMAIL` an `emailAddressDocument`, `EHF` an
    `organizationNo` (and not blocked in `peppolBlockIds`), `EFAKTURA` an `ssn` (and not
    blocked in `efakturaBlockIds`), `DIGIPOST` an `ssn` (and not blocked in
    `digipostBlockIds`), `PRINT` a postal address with `postalCode` and `cityName`. A channel
    is blocked when its block list holds the identifier it sends to (the `organizationNo`,
    also as `0192:<organizationNo>`, or the `ssn`) or the document's number, compared
    case-insensitively. An AR item without a document (an unapplied payment) answers 422
    (`noDocument`).

    ### Field error codes
    `notFound` (target), `notAllowed` (a field the action type does not take), `required`
    (`until` missing), `notOpen`, `notDebit`, `notOverdue`, `inDebtCollection`, `reserved`
    (an active payment reservation), `stopped` (a stop date in force), `tooMany` (more than
    10000 open items), `channel`, `noDocument`.

    ### Answer
    200 with `result` `UPDATED` when at least one item changed (`resenddocument`: the document
    was sent), `UNCHANGED` when every targeted item already had the requested value (or the
    customer has no open items). `arItemIds` lists every targeted item, `affectedCount` the
    ones changed. The answer is 200, not 201, because an action changes existing records;
    the log item it creates is linked.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        action_type (ActionType): The action to perform. `stopreminders`: set `stopReminderUntil`;
            `stopdebtcollection`: set `stopDebtCollectionUntil` (both on one AR item or on every open
            item of a customer); `debtcollection`: send one open, overdue AR item to debt collection;
            `resenddocument`: send a document again through its distribution channel or the one given.
        idempotency_key (str | Unset):
        body (ActionRequest): An action to perform; which fields of `action` apply depends on the
            action type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | Problem
    """

    return sync_detailed(
        client_no=client_no,
        action_type=action_type,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    action_type: ActionType,
    *,
    client: AuthenticatedClient | Client,
    body: ActionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ActionResult | Problem]:
    """Create an action

     Performs one action on the AR ledger at once and records it on a log item
    (`logItemId`, readable with `getLogItem`). The body names exactly one target: `arItemId`,
    `documentNo` (the AR item of that document) or `customerNo` (every open item of the
    customer). A referenced AR item, document or customer that does not exist answers 422
    (`notFound`), not 404.

    ### `stopreminders` and `stopdebtcollection`
    Require `until` and one target; `channel` is not allowed. Set `stopReminderUntil`
    (resp. `stopDebtCollectionUntil`) to `until` on the named AR item, or on every item of the
    customer that is `OPEN` now (items created later are not affected; the customer's own
    stop dates cover those). No reminder (resp. no transfer to debt collection) is made for an
    item while today is on or before its stop date. A date before today lifts the stop (the
    field becomes `null`). The named item must be `OPEN` (422 otherwise). A customer with more
    than 10000 open items answers 422.

    ### `debtcollection`
    Requires `arItemId` or `documentNo`; `customerNo`, `until` and `channel` are not allowed.
    Sends the item to debt collection and sets its `inDebtCollection`. Answers 422 when the item:
    is `CLOSED`; is a credit item (negative remaining amount); is not overdue (its `dueDate` is
    today or later); is already in debt collection; is held by an active payment reservation
    (`expiresOn` today or later); or has a stop date in force (`stopDebtCollectionUntil` of the
    item or of its customer today or later).

    ### `resenddocument`
    Requires `documentNo` or `arItemId` (the AR item of a document); `customerNo` and `until`
    are not allowed; `channel` is optional (default: the document's own distribution channel).
    Sends the document again; the AR item is unchanged. Answers 422 (`channel`) when the
    customer lacks what the channel needs: `EMAIL` an `emailAddressDocument`, `EHF` an
    `organizationNo` (and not blocked in `peppolBlockIds`), `EFAKTURA` an `ssn` (and not
    blocked in `efakturaBlockIds`), `DIGIPOST` an `ssn` (and not blocked in
    `digipostBlockIds`), `PRINT` a postal address with `postalCode` and `cityName`. A channel
    is blocked when its block list holds the identifier it sends to (the `organizationNo`,
    also as `0192:<organizationNo>`, or the `ssn`) or the document's number, compared
    case-insensitively. An AR item without a document (an unapplied payment) answers 422
    (`noDocument`).

    ### Field error codes
    `notFound` (target), `notAllowed` (a field the action type does not take), `required`
    (`until` missing), `notOpen`, `notDebit`, `notOverdue`, `inDebtCollection`, `reserved`
    (an active payment reservation), `stopped` (a stop date in force), `tooMany` (more than
    10000 open items), `channel`, `noDocument`.

    ### Answer
    200 with `result` `UPDATED` when at least one item changed (`resenddocument`: the document
    was sent), `UNCHANGED` when every targeted item already had the requested value (or the
    customer has no open items). `arItemIds` lists every targeted item, `affectedCount` the
    ones changed. The answer is 200, not 201, because an action changes existing records;
    the log item it creates is linked.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        action_type (ActionType): The action to perform. `stopreminders`: set `stopReminderUntil`;
            `stopdebtcollection`: set `stopDebtCollectionUntil` (both on one AR item or on every open
            item of a customer); `debtcollection`: send one open, overdue AR item to debt collection;
            `resenddocument`: send a document again through its distribution channel or the one given.
        idempotency_key (str | Unset):
        body (ActionRequest): An action to perform; which fields of `action` apply depends on the
            action type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        action_type=action_type,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    action_type: ActionType,
    *,
    client: AuthenticatedClient | Client,
    body: ActionRequest,
    idempotency_key: str | Unset = UNSET,
) -> ActionResult | Problem | None:
    """Create an action

     Performs one action on the AR ledger at once and records it on a log item
    (`logItemId`, readable with `getLogItem`). The body names exactly one target: `arItemId`,
    `documentNo` (the AR item of that document) or `customerNo` (every open item of the
    customer). A referenced AR item, document or customer that does not exist answers 422
    (`notFound`), not 404.

    ### `stopreminders` and `stopdebtcollection`
    Require `until` and one target; `channel` is not allowed. Set `stopReminderUntil`
    (resp. `stopDebtCollectionUntil`) to `until` on the named AR item, or on every item of the
    customer that is `OPEN` now (items created later are not affected; the customer's own
    stop dates cover those). No reminder (resp. no transfer to debt collection) is made for an
    item while today is on or before its stop date. A date before today lifts the stop (the
    field becomes `null`). The named item must be `OPEN` (422 otherwise). A customer with more
    than 10000 open items answers 422.

    ### `debtcollection`
    Requires `arItemId` or `documentNo`; `customerNo`, `until` and `channel` are not allowed.
    Sends the item to debt collection and sets its `inDebtCollection`. Answers 422 when the item:
    is `CLOSED`; is a credit item (negative remaining amount); is not overdue (its `dueDate` is
    today or later); is already in debt collection; is held by an active payment reservation
    (`expiresOn` today or later); or has a stop date in force (`stopDebtCollectionUntil` of the
    item or of its customer today or later).

    ### `resenddocument`
    Requires `documentNo` or `arItemId` (the AR item of a document); `customerNo` and `until`
    are not allowed; `channel` is optional (default: the document's own distribution channel).
    Sends the document again; the AR item is unchanged. Answers 422 (`channel`) when the
    customer lacks what the channel needs: `EMAIL` an `emailAddressDocument`, `EHF` an
    `organizationNo` (and not blocked in `peppolBlockIds`), `EFAKTURA` an `ssn` (and not
    blocked in `efakturaBlockIds`), `DIGIPOST` an `ssn` (and not blocked in
    `digipostBlockIds`), `PRINT` a postal address with `postalCode` and `cityName`. A channel
    is blocked when its block list holds the identifier it sends to (the `organizationNo`,
    also as `0192:<organizationNo>`, or the `ssn`) or the document's number, compared
    case-insensitively. An AR item without a document (an unapplied payment) answers 422
    (`noDocument`).

    ### Field error codes
    `notFound` (target), `notAllowed` (a field the action type does not take), `required`
    (`until` missing), `notOpen`, `notDebit`, `notOverdue`, `inDebtCollection`, `reserved`
    (an active payment reservation), `stopped` (a stop date in force), `tooMany` (more than
    10000 open items), `channel`, `noDocument`.

    ### Answer
    200 with `result` `UPDATED` when at least one item changed (`resenddocument`: the document
    was sent), `UNCHANGED` when every targeted item already had the requested value (or the
    customer has no open items). `arItemIds` lists every targeted item, `affectedCount` the
    ones changed. The answer is 200, not 201, because an action changes existing records;
    the log item it creates is linked.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        action_type (ActionType): The action to perform. `stopreminders`: set `stopReminderUntil`;
            `stopdebtcollection`: set `stopDebtCollectionUntil` (both on one AR item or on every open
            item of a customer); `debtcollection`: send one open, overdue AR item to debt collection;
            `resenddocument`: send a document again through its distribution channel or the one given.
        idempotency_key (str | Unset):
        body (ActionRequest): An action to perform; which fields of `action` apply depends on the
            action type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            action_type=action_type,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
