"""RFC 9457 problem answers (`application/problem+json`) as typed exceptions.

Hand-written (overrides/armrest_client/problems.py), copied into the generated package.

Every error of the API is a problem with `type`, `title`, `status`, `detail`, `instance` and a list of field
errors (`pointer`, `message`, `code`). `ProblemError.from_response` turns such an answer into the exception
class of its status (`NotFound`, `UnprocessableContent`, ...; any other status gets the plain
`ProblemError`, or `ServerError` for 5xx). `ArmrestClient` raises them for every problem answer, so the
generated endpoint functions return only success bodies there; `unwrap` does the same for a result of the
plain generated `Client`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

import httpx

from .errors import UnexpectedStatus
from .exceptions import ArmrestError
from .models.field_error import FieldError
from .models.problem import Problem
from .retries import parse_retry_after
from .types import Response

__all__ = [
    "AuthenticationError",
    "BadRequest",
    "Conflict",
    "Forbidden",
    "NotAcceptable",
    "NotFound",
    "PayloadTooLarge",
    "ProblemError",
    "ServerError",
    "ServiceUnavailable",
    "TooManyRequests",
    "Unauthorized",
    "UnprocessableContent",
    "UnsupportedMediaType",
    "failure",
    "is_problem",
    "unwrap",
]

PROBLEM_JSON = "application/problem+json"

T = TypeVar("T")


class ProblemError(ArmrestError):
    """An answer of the API that is an RFC 9457 problem.

    Attributes:
        status: the HTTP status code.
        title: short summary of the kind of problem.
        detail: what went wrong with this request (`None` when the server said nothing more).
        type: URI reference naming the kind of problem (`about:blank` when only the status says it).
        instance: the request path the problem belongs to, if given.
        errors: the field errors (`pointer`, `message`, `code`), empty when there are none.
        problem: the whole problem as the generated `Problem` model (extra members, such as the
            `autoPostings` of an auto-posting problem, are in `problem.additional_properties`).
        response: the HTTP answer, when the problem came from one.
    """

    status: int
    title: str
    detail: str | None
    type: str
    instance: str | None
    errors: list[FieldError]
    problem: Problem
    response: httpx.Response | None

    def __init__(self, problem: Problem, response: httpx.Response | None = None) -> None:
        self.problem = problem
        self.response = response
        self.status = problem.status
        self.title = problem.title
        self.detail = problem.detail if isinstance(problem.detail, str) else None
        self.type = problem.type_
        self.instance = problem.instance if isinstance(problem.instance, str) else None
        self.errors = list(problem.errors) if isinstance(problem.errors, list) else []
        super().__init__(self._message())

    def _message(self) -> str:
        text = f"{self.status} {self.title}"
        if self.detail:
            text += f": {self.detail}"
        for error in self.errors:
            text += f"\n  {error.pointer}: {error.message} ({error.code})"
        return text

    @property
    def retry_after(self) -> float | None:
        """The `Retry-After` of the answer in seconds, if it said one (429, 503)."""
        if self.response is None:
            return None
        return parse_retry_after(self.response.headers.get("Retry-After"))

    @staticmethod
    def from_problem(problem: Problem, response: httpx.Response | None = None) -> ProblemError:
        """The exception of the problem's status (its class picked from the status)."""
        cls = _BY_STATUS.get(problem.status) or (ServerError if problem.status >= 500 else ProblemError)
        return cls(problem, response)

    @staticmethod
    def from_response(response: httpx.Response) -> ProblemError:
        """The exception for an error answer (its body must have been read).

        A body that is not a problem (a proxy's HTML page, an OAuth error) still gives the exception of
        its status, with the reason phrase as title and what can be read of the body as detail.
        """
        return ProblemError.from_problem(_problem_of(response), response)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.problem, None))


class BadRequest(ProblemError):
    """400: malformed or schema-invalid input; `errors` names each field."""


class Unauthorized(ProblemError):
    """401: the bearer token is missing, expired or invalid."""


class AuthenticationError(Unauthorized):
    """The token URL refused the client id and secret (or answered something that is not a token)."""


class Forbidden(ProblemError):
    """403: the token does not grant the client."""


class NotFound(ProblemError):
    """404: unknown resource (or an expired paging query)."""


class NotAcceptable(ProblemError):
    """406: no media type of the `Accept` header can be answered."""


class Conflict(ProblemError):
    """409: a request with the same `Idempotency-Key` is still being processed."""


class PayloadTooLarge(ProblemError):
    """413: the body is larger than the server accepts."""


class UnsupportedMediaType(ProblemError):
    """415: the body is not `application/json`."""


class UnprocessableContent(ProblemError):
    """422: a business rule the schema cannot express (check digits, references, state)."""


class TooManyRequests(ProblemError):
    """429: rate limited (raised once the retries are spent); see `retry_after`."""


class ServerError(ProblemError):
    """5xx: the server failed."""


class ServiceUnavailable(ServerError):
    """503: the service is unavailable (raised once the retries are spent); see `retry_after`."""


_BY_STATUS: dict[int, type[ProblemError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    406: NotAcceptable,
    409: Conflict,
    413: PayloadTooLarge,
    415: UnsupportedMediaType,
    422: UnprocessableContent,
    429: TooManyRequests,
    503: ServiceUnavailable,
}


def is_problem(response: httpx.Response) -> bool:
    """Whether the answer is an error answered as `application/problem+json`."""
    media_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    return response.status_code >= 400 and media_type == PROBLEM_JSON


def unwrap(result: T | Problem | None) -> T:
    """The success body of a generated `sync`/`asyncio` call, or the problem raised as `ProblemError`.

    For the plain generated `Client` (which returns problems as `Problem` values); with `ArmrestClient`
    problems are already raised, and `unwrap` only narrows the type.
    """
    if isinstance(result, Problem):
        raise ProblemError.from_problem(result)
    if result is None:
        raise ValueError("the operation answered a status its contract does not declare")
    return result


def failure(response: Response[Any]) -> Exception:
    """What to raise for an answer that is not a success: its problem (the plain generated `Client` returns
    problems as values) or `errors.UnexpectedStatus`."""
    if isinstance(response.parsed, Problem):
        return ProblemError.from_problem(response.parsed)
    return UnexpectedStatus(response.status_code, response.content)


def _problem_of(response: httpx.Response) -> Problem:
    body: Any = None
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError, httpx.ResponseNotRead):
        body = None
    if (
        isinstance(body, Mapping)
        and isinstance(body.get("title"), str)
        and isinstance(body.get("status"), int)
    ):
        members = dict(body)
        members.setdefault("type", "about:blank")
        try:
            return Problem.from_dict(members)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    title = response.reason_phrase or "Error"
    detail: str | None = None
    if isinstance(body, Mapping) and isinstance(body.get("error"), str):  # an OAuth 2 error (RFC 6749 5.2)
        title = body["error"]
        description = body.get("error_description")
        detail = description if isinstance(description, str) else None
    else:
        try:
            text = response.text.strip()
        except (httpx.ResponseNotRead, UnicodeDecodeError):
            text = ""
        detail = text[:500] or None
    problem = Problem(type_="about:blank", title=title, status=response.status_code)
    if detail is not None:
        problem.detail = detail
    return problem
