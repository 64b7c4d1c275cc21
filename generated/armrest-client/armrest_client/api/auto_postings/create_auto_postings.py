from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decimals import dumps, loads
from ...enums import refuse_unknown
from ...exceptions import RequestValidationError, ResponseValidationError
from ...models.auto_posting_method import AutoPostingMethod
from ...models.auto_posting_problem import AutoPostingProblem
from ...models.auto_posting_request import AutoPostingRequest
from ...models.auto_posting_response import AutoPostingResponse
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

OPERATION_ID = "createAutoPostings"


def _get_kwargs(
    client_no: int,
    auto_posting_method: AutoPostingMethod,
    *,
    body: AutoPostingRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    refuse_unknown(
        {
            "client_no": client_no,
            "auto_posting_method": auto_posting_method,
            "idempotency_key": idempotency_key,
            "body": body,
        }
    )
    if not isinstance(auto_posting_method, AutoPostingMethod):
        raise RequestValidationError("auto_posting_method", auto_posting_method)
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/clients/{client_no}/autopostings/{auto_posting_method}".format(
            client_no=quote(str(client_no), safe=""),
            auto_posting_method=quote(str(auto_posting_method), safe=""),
        ),
    }

    _kwargs["content"] = dumps(body.to_dict())
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoPostingProblem | AutoPostingResponse | Problem:
    try:
        return _parse(client=client, response=response)
    except ResponseValidationError as error:
        raise error.during(OPERATION_ID, response)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError.of(error).during(OPERATION_ID, response) from error


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoPostingProblem | AutoPostingResponse | Problem:
    if response.status_code == 200:
        response_200 = AutoPostingResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = AutoPostingResponse.from_dict(loads(response.content))

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
        response_422 = AutoPostingProblem.from_dict(loads(response.content))

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
) -> Response[AutoPostingProblem | AutoPostingResponse | Problem]:
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
    auto_posting_method: AutoPostingMethod,
    *,
    client: AuthenticatedClient | Client,
    body: AutoPostingRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[AutoPostingProblem | AutoPostingResponse | Problem]:
    """Create one or more auto postings

     Turns each posting (one business event) into one balanced GL voucher and the matching AR
    applications. All postings of a request use the method of the path, are processed in
    order (each sees the effect of the ones before it) and are applied at once.

    ### All or nothing
    If one posting fails, nothing is written: the answer is 422 (`AutoPostingProblem`) listing
    every posting, the failing ones `FAILED` with `errors` and the others `BATCH-REJECTED`.
    `validateOnly: true` on any posting makes the whole request a dry run: every check is made,
    nothing is written, and the answer is 200 with `status` and `result` `VALIDATED` and each
    posting `VALIDATED` (with the applications it would make), or the same 422. Otherwise
    success answers 201 with `status` `PROCESSED`, `result` `CREATED` and each posting `POSTED`.

    ### Rules for every method
    - `postingRef` is unique in the request.
    - `postingDate` must not be after today. A posting dated in a closed GL period is posted on
      the first day of the first open period.
    - A referenced AR item, document, KID or customer that does not exist fails the posting
      (`notFound`). When several identifiers are given they must name the same item and
      customer (`mismatch`). A posting that names no item, document, KID or customer fails
      (`required`). A `kid` that is no document's KID names the customer whose customer KID
      it is (the customer's `accountNo` followed by its check digit, see
      `createPaymentReservation`); one with a wrong check digit fails (`checkDigit`), one that
      several AR items carry fails (`ambiguous`).
    - An item is never applied beyond its remaining amount; applications are always positive
      amounts that move the item's remaining amount towards zero, and an item reaching zero
      becomes `CLOSED` (`closedDate` = the posting date).
    - Only items open at the posting date are settled: an item dated after `postingDate`
      is not open yet (named: `notOpen`; of a customer named: left out), so the AR ledger and
      GL account 1500 agree at every date.
    - Other field error codes: `duplicate` (a repeated `postingRef`), `futureDate` (a
      `postingDate` after today), `notAllowed` (a field the method does not take), `notOpen`
      (a closed item, or one dated after `postingDate`), `notDebit` / `notCredit` (an item of
      the wrong sign for the method),
      `exceedsRemaining` (an amount beyond what is open), `conflict` (a used `paymentId`),
      `mismatch` (a payment that does not pay what its `paymentId`'s reservation reserved).
    - Two requests settling the same items at once are applied one after the other, each
      seeing the other's effect; 409 answers the rare request that lost such a race five
      times in a row (nothing of it was written: send it again).

    ### `payment` (GL: debit 1920 Bank, credit 1500 Accounts receivable, the full amount)
    The payment is matched by the first identifier given in this order: `arItemId`, `kid`,
    `documentNo`, then `customerNo`.
    - An item named (by `arItemId`, a document KID or `documentNo`) must be an `OPEN` debit
      item; the payment is applied to it up to its remaining amount.
    - A customer named only (by a customer KID or `customerNo`): the payment is applied to the
      customer's open debit items in the customer's currency, oldest due date first (ties by
      `arItemId`), each up to its remaining amount.
    - Money left over becomes a new unapplied credit AR item of the customer (negative amount,
      no document), given in `unappliedArItemId`.
    - `paymentId`, when given, must not be used by an earlier payment of the client or another
      posting of the request (`conflict`); an active payment reservation with the same
      `paymentId` is fulfilled and stops holding reminders and debt collection. The payment
      must then pay what was reserved: the reserved item (for a reservation of a customer, an
      item or the account of that customer) and the reserved `amount`; otherwise the posting
      fails (`mismatch`, on the identifier or on `amount`) and the reservation stays.
    - `bankAccountNo`, the payer's account, must have a valid MOD11 check digit.

    ### `writeoff` (GL: debit 7830 Bad debt loss, credit 1500 Accounts receivable)
    Names one `OPEN` debit item by `arItemId`, document KID or `documentNo` (a customer alone is
    not enough); `amount` must not exceed its remaining amount. `paymentId` and
    `bankAccountNo` are not allowed.

    ### `refund` (GL: debit 1500 Accounts receivable, credit 1920 Bank)
    Pays back an open credit item named by `arItemId` (or a credit note's `documentNo`), or,
    with `customerNo` (or a customer KID) alone, the customer's open credit items (unapplied
    payments and credit notes), oldest first (by `arItemId`). `amount` must not exceed the
    remaining credit of the item, resp. the sum over the customer's open credit items.
    `bankAccountNo` is the account paid to (default the customer's `bankAccountNo`; the
    posting fails when neither exists). `paymentId` is not allowed.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        auto_posting_method (AutoPostingMethod): The kind of business event. `payment`: money
            received (GL debit 1920 Bank, credit 1500 Accounts receivable); `writeoff`: a loss on an
            open debit item (debit 7830 Bad debt loss, credit 1500); `refund`: money paid back against
            an open credit item (debit 1500, credit 1920).
        idempotency_key (str | Unset):
        body (AutoPostingRequest): One or more auto postings of the same method; all-or-nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoPostingProblem | AutoPostingResponse | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        auto_posting_method=auto_posting_method,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_no: int,
    auto_posting_method: AutoPostingMethod,
    *,
    client: AuthenticatedClient | Client,
    body: AutoPostingRequest,
    idempotency_key: str | Unset = UNSET,
) -> AutoPostingProblem | AutoPostingResponse | Problem | None:
    """Create one or more auto postings

     Turns each posting (one business event) into one balanced GL voucher and the matching AR
    applications. All postings of a request use the method of the path, are processed in
    order (each sees the effect of the ones before it) and are applied at once.

    ### All or nothing
    If one posting fails, nothing is written: the answer is 422 (`AutoPostingProblem`) listing
    every posting, the failing ones `FAILED` with `errors` and the others `BATCH-REJECTED`.
    `validateOnly: true` on any posting makes the whole request a dry run: every check is made,
    nothing is written, and the answer is 200 with `status` and `result` `VALIDATED` and each
    posting `VALIDATED` (with the applications it would make), or the same 422. Otherwise
    success answers 201 with `status` `PROCESSED`, `result` `CREATED` and each posting `POSTED`.

    ### Rules for every method
    - `postingRef` is unique in the request.
    - `postingDate` must not be after today. A posting dated in a closed GL period is posted on
      the first day of the first open period.
    - A referenced AR item, document, KID or customer that does not exist fails the posting
      (`notFound`). When several identifiers are given they must name the same item and
      customer (`mismatch`). A posting that names no item, document, KID or customer fails
      (`required`). A `kid` that is no document's KID names the customer whose customer KID
      it is (the customer's `accountNo` followed by its check digit, see
      `createPaymentReservation`); one with a wrong check digit fails (`checkDigit`), one that
      several AR items carry fails (`ambiguous`).
    - An item is never applied beyond its remaining amount; applications are always positive
      amounts that move the item's remaining amount towards zero, and an item reaching zero
      becomes `CLOSED` (`closedDate` = the posting date).
    - Only items open at the posting date are settled: an item dated after `postingDate`
      is not open yet (named: `notOpen`; of a customer named: left out), so the AR ledger and
      GL account 1500 agree at every date.
    - Other field error codes: `duplicate` (a repeated `postingRef`), `futureDate` (a
      `postingDate` after today), `notAllowed` (a field the method does not take), `notOpen`
      (a closed item, or one dated after `postingDate`), `notDebit` / `notCredit` (an item of
      the wrong sign for the method),
      `exceedsRemaining` (an amount beyond what is open), `conflict` (a used `paymentId`),
      `mismatch` (a payment that does not pay what its `paymentId`'s reservation reserved).
    - Two requests settling the same items at once are applied one after the other, each
      seeing the other's effect; 409 answers the rare request that lost such a race five
      times in a row (nothing of it was written: send it again).

    ### `payment` (GL: debit 1920 Bank, credit 1500 Accounts receivable, the full amount)
    The payment is matched by the first identifier given in this order: `arItemId`, `kid`,
    `documentNo`, then `customerNo`.
    - An item named (by `arItemId`, a document KID or `documentNo`) must be an `OPEN` debit
      item; the payment is applied to it up to its remaining amount.
    - A customer named only (by a customer KID or `customerNo`): the payment is applied to the
      customer's open debit items in the customer's currency, oldest due date first (ties by
      `arItemId`), each up to its remaining amount.
    - Money left over becomes a new unapplied credit AR item of the customer (negative amount,
      no document), given in `unappliedArItemId`.
    - `paymentId`, when given, must not be used by an earlier payment of the client or another
      posting of the request (`conflict`); an active payment reservation with the same
      `paymentId` is fulfilled and stops holding reminders and debt collection. The payment
      must then pay what was reserved: the reserved item (for a reservation of a customer, an
      item or the account of that customer) and the reserved `amount`; otherwise the posting
      fails (`mismatch`, on the identifier or on `amount`) and the reservation stays.
    - `bankAccountNo`, the payer's account, must have a valid MOD11 check digit.

    ### `writeoff` (GL: debit 7830 Bad debt loss, credit 1500 Accounts receivable)
    Names one `OPEN` debit item by `arItemId`, document KID or `documentNo` (a customer alone is
    not enough); `amount` must not exceed its remaining amount. `paymentId` and
    `bankAccountNo` are not allowed.

    ### `refund` (GL: debit 1500 Accounts receivable, credit 1920 Bank)
    Pays back an open credit item named by `arItemId` (or a credit note's `documentNo`), or,
    with `customerNo` (or a customer KID) alone, the customer's open credit items (unapplied
    payments and credit notes), oldest first (by `arItemId`). `amount` must not exceed the
    remaining credit of the item, resp. the sum over the customer's open credit items.
    `bankAccountNo` is the account paid to (default the customer's `bankAccountNo`; the
    posting fails when neither exists). `paymentId` is not allowed.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        auto_posting_method (AutoPostingMethod): The kind of business event. `payment`: money
            received (GL debit 1920 Bank, credit 1500 Accounts receivable); `writeoff`: a loss on an
            open debit item (debit 7830 Bad debt loss, credit 1500); `refund`: money paid back against
            an open credit item (debit 1500, credit 1920).
        idempotency_key (str | Unset):
        body (AutoPostingRequest): One or more auto postings of the same method; all-or-nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoPostingProblem | AutoPostingResponse | Problem
    """

    return sync_detailed(
        client_no=client_no,
        auto_posting_method=auto_posting_method,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    client_no: int,
    auto_posting_method: AutoPostingMethod,
    *,
    client: AuthenticatedClient | Client,
    body: AutoPostingRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[AutoPostingProblem | AutoPostingResponse | Problem]:
    """Create one or more auto postings

     Turns each posting (one business event) into one balanced GL voucher and the matching AR
    applications. All postings of a request use the method of the path, are processed in
    order (each sees the effect of the ones before it) and are applied at once.

    ### All or nothing
    If one posting fails, nothing is written: the answer is 422 (`AutoPostingProblem`) listing
    every posting, the failing ones `FAILED` with `errors` and the others `BATCH-REJECTED`.
    `validateOnly: true` on any posting makes the whole request a dry run: every check is made,
    nothing is written, and the answer is 200 with `status` and `result` `VALIDATED` and each
    posting `VALIDATED` (with the applications it would make), or the same 422. Otherwise
    success answers 201 with `status` `PROCESSED`, `result` `CREATED` and each posting `POSTED`.

    ### Rules for every method
    - `postingRef` is unique in the request.
    - `postingDate` must not be after today. A posting dated in a closed GL period is posted on
      the first day of the first open period.
    - A referenced AR item, document, KID or customer that does not exist fails the posting
      (`notFound`). When several identifiers are given they must name the same item and
      customer (`mismatch`). A posting that names no item, document, KID or customer fails
      (`required`). A `kid` that is no document's KID names the customer whose customer KID
      it is (the customer's `accountNo` followed by its check digit, see
      `createPaymentReservation`); one with a wrong check digit fails (`checkDigit`), one that
      several AR items carry fails (`ambiguous`).
    - An item is never applied beyond its remaining amount; applications are always positive
      amounts that move the item's remaining amount towards zero, and an item reaching zero
      becomes `CLOSED` (`closedDate` = the posting date).
    - Only items open at the posting date are settled: an item dated after `postingDate`
      is not open yet (named: `notOpen`; of a customer named: left out), so the AR ledger and
      GL account 1500 agree at every date.
    - Other field error codes: `duplicate` (a repeated `postingRef`), `futureDate` (a
      `postingDate` after today), `notAllowed` (a field the method does not take), `notOpen`
      (a closed item, or one dated after `postingDate`), `notDebit` / `notCredit` (an item of
      the wrong sign for the method),
      `exceedsRemaining` (an amount beyond what is open), `conflict` (a used `paymentId`),
      `mismatch` (a payment that does not pay what its `paymentId`'s reservation reserved).
    - Two requests settling the same items at once are applied one after the other, each
      seeing the other's effect; 409 answers the rare request that lost such a race five
      times in a row (nothing of it was written: send it again).

    ### `payment` (GL: debit 1920 Bank, credit 1500 Accounts receivable, the full amount)
    The payment is matched by the first identifier given in this order: `arItemId`, `kid`,
    `documentNo`, then `customerNo`.
    - An item named (by `arItemId`, a document KID or `documentNo`) must be an `OPEN` debit
      item; the payment is applied to it up to its remaining amount.
    - A customer named only (by a customer KID or `customerNo`): the payment is applied to the
      customer's open debit items in the customer's currency, oldest due date first (ties by
      `arItemId`), each up to its remaining amount.
    - Money left over becomes a new unapplied credit AR item of the customer (negative amount,
      no document), given in `unappliedArItemId`.
    - `paymentId`, when given, must not be used by an earlier payment of the client or another
      posting of the request (`conflict`); an active payment reservation with the same
      `paymentId` is fulfilled and stops holding reminders and debt collection. The payment
      must then pay what was reserved: the reserved item (for a reservation of a customer, an
      item or the account of that customer) and the reserved `amount`; otherwise the posting
      fails (`mismatch`, on the identifier or on `amount`) and the reservation stays.
    - `bankAccountNo`, the payer's account, must have a valid MOD11 check digit.

    ### `writeoff` (GL: debit 7830 Bad debt loss, credit 1500 Accounts receivable)
    Names one `OPEN` debit item by `arItemId`, document KID or `documentNo` (a customer alone is
    not enough); `amount` must not exceed its remaining amount. `paymentId` and
    `bankAccountNo` are not allowed.

    ### `refund` (GL: debit 1500 Accounts receivable, credit 1920 Bank)
    Pays back an open credit item named by `arItemId` (or a credit note's `documentNo`), or,
    with `customerNo` (or a customer KID) alone, the customer's open credit items (unapplied
    payments and credit notes), oldest first (by `arItemId`). `amount` must not exceed the
    remaining credit of the item, resp. the sum over the customer's open credit items.
    `bankAccountNo` is the account paid to (default the customer's `bankAccountNo`; the
    posting fails when neither exists). `paymentId` is not allowed.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        auto_posting_method (AutoPostingMethod): The kind of business event. `payment`: money
            received (GL debit 1920 Bank, credit 1500 Accounts receivable); `writeoff`: a loss on an
            open debit item (debit 7830 Bad debt loss, credit 1500); `refund`: money paid back against
            an open credit item (debit 1500, credit 1920).
        idempotency_key (str | Unset):
        body (AutoPostingRequest): One or more auto postings of the same method; all-or-nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoPostingProblem | AutoPostingResponse | Problem]
    """

    kwargs = _get_kwargs(
        client_no=client_no,
        auto_posting_method=auto_posting_method,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_no: int,
    auto_posting_method: AutoPostingMethod,
    *,
    client: AuthenticatedClient | Client,
    body: AutoPostingRequest,
    idempotency_key: str | Unset = UNSET,
) -> AutoPostingProblem | AutoPostingResponse | Problem | None:
    """Create one or more auto postings

     Turns each posting (one business event) into one balanced GL voucher and the matching AR
    applications. All postings of a request use the method of the path, are processed in
    order (each sees the effect of the ones before it) and are applied at once.

    ### All or nothing
    If one posting fails, nothing is written: the answer is 422 (`AutoPostingProblem`) listing
    every posting, the failing ones `FAILED` with `errors` and the others `BATCH-REJECTED`.
    `validateOnly: true` on any posting makes the whole request a dry run: every check is made,
    nothing is written, and the answer is 200 with `status` and `result` `VALIDATED` and each
    posting `VALIDATED` (with the applications it would make), or the same 422. Otherwise
    success answers 201 with `status` `PROCESSED`, `result` `CREATED` and each posting `POSTED`.

    ### Rules for every method
    - `postingRef` is unique in the request.
    - `postingDate` must not be after today. A posting dated in a closed GL period is posted on
      the first day of the first open period.
    - A referenced AR item, document, KID or customer that does not exist fails the posting
      (`notFound`). When several identifiers are given they must name the same item and
      customer (`mismatch`). A posting that names no item, document, KID or customer fails
      (`required`). A `kid` that is no document's KID names the customer whose customer KID
      it is (the customer's `accountNo` followed by its check digit, see
      `createPaymentReservation`); one with a wrong check digit fails (`checkDigit`), one that
      several AR items carry fails (`ambiguous`).
    - An item is never applied beyond its remaining amount; applications are always positive
      amounts that move the item's remaining amount towards zero, and an item reaching zero
      becomes `CLOSED` (`closedDate` = the posting date).
    - Only items open at the posting date are settled: an item dated after `postingDate`
      is not open yet (named: `notOpen`; of a customer named: left out), so the AR ledger and
      GL account 1500 agree at every date.
    - Other field error codes: `duplicate` (a repeated `postingRef`), `futureDate` (a
      `postingDate` after today), `notAllowed` (a field the method does not take), `notOpen`
      (a closed item, or one dated after `postingDate`), `notDebit` / `notCredit` (an item of
      the wrong sign for the method),
      `exceedsRemaining` (an amount beyond what is open), `conflict` (a used `paymentId`),
      `mismatch` (a payment that does not pay what its `paymentId`'s reservation reserved).
    - Two requests settling the same items at once are applied one after the other, each
      seeing the other's effect; 409 answers the rare request that lost such a race five
      times in a row (nothing of it was written: send it again).

    ### `payment` (GL: debit 1920 Bank, credit 1500 Accounts receivable, the full amount)
    The payment is matched by the first identifier given in this order: `arItemId`, `kid`,
    `documentNo`, then `customerNo`.
    - An item named (by `arItemId`, a document KID or `documentNo`) must be an `OPEN` debit
      item; the payment is applied to it up to its remaining amount.
    - A customer named only (by a customer KID or `customerNo`): the payment is applied to the
      customer's open debit items in the customer's currency, oldest due date first (ties by
      `arItemId`), each up to its remaining amount.
    - Money left over becomes a new unapplied credit AR item of the customer (negative amount,
      no document), given in `unappliedArItemId`.
    - `paymentId`, when given, must not be used by an earlier payment of the client or another
      posting of the request (`conflict`); an active payment reservation with the same
      `paymentId` is fulfilled and stops holding reminders and debt collection. The payment
      must then pay what was reserved: the reserved item (for a reservation of a customer, an
      item or the account of that customer) and the reserved `amount`; otherwise the posting
      fails (`mismatch`, on the identifier or on `amount`) and the reservation stays.
    - `bankAccountNo`, the payer's account, must have a valid MOD11 check digit.

    ### `writeoff` (GL: debit 7830 Bad debt loss, credit 1500 Accounts receivable)
    Names one `OPEN` debit item by `arItemId`, document KID or `documentNo` (a customer alone is
    not enough); `amount` must not exceed its remaining amount. `paymentId` and
    `bankAccountNo` are not allowed.

    ### `refund` (GL: debit 1500 Accounts receivable, credit 1920 Bank)
    Pays back an open credit item named by `arItemId` (or a credit note's `documentNo`), or,
    with `customerNo` (or a customer KID) alone, the customer's open credit items (unapplied
    payments and credit notes), oldest first (by `arItemId`). `amount` must not exceed the
    remaining credit of the item, resp. the sum over the customer's open credit items.
    `bankAccountNo` is the account paid to (default the customer's `bankAccountNo`; the
    posting fails when neither exists). `paymentId` is not allowed.

    Args:
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        auto_posting_method (AutoPostingMethod): The kind of business event. `payment`: money
            received (GL debit 1920 Bank, credit 1500 Accounts receivable); `writeoff`: a loss on an
            open debit item (debit 7830 Bad debt loss, credit 1500); `refund`: money paid back against
            an open credit item (debit 1500, credit 1920).
        idempotency_key (str | Unset):
        body (AutoPostingRequest): One or more auto postings of the same method; all-or-nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoPostingProblem | AutoPostingResponse | Problem
    """

    return (
        await asyncio_detailed(
            client_no=client_no,
            auto_posting_method=auto_posting_method,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
