"""The root of every error the client raises.

Hand-written (overrides/armrest_client/exceptions.py), copied into the generated package.

    ArmrestError
     ├── problems.ProblemError           an answer that is an RFC 9457 problem (one subclass per status)
     │    ├── BadRequest, Unauthorized (AuthenticationError), Forbidden, NotFound, Conflict, ...
     │    └── ServerError (ServiceUnavailable)
     ├── errors.UnexpectedStatus         a status (or a body) the contract does not declare
     ├── APIConnectionError              no answer: refused, reset, DNS, TLS, proxy (wraps the httpx error)
     │    └── APITimeoutError            no answer in time (connect, read, write or pool timeout)
     ├── ResponseValidationError         an answer whose body does not fit the contract's model
     ├── RequestValidationError          a request the client refuses to send (an enum value the contract
     │                                   does not list, taken from an answer)
     ├── ConfigurationError              the client was set up wrongly (a base URL without /arm/v1, ...)
     └── polling.BatchTimeout            a batch still running when the wait ended (also a TimeoutError)

Catch `ArmrestError` to catch everything of the client; `ArmrestClient` raises the httpx transport errors
as `APIConnectionError` / `APITimeoutError` once its retries are spent (the original is `__cause__`). The
validation and configuration errors are also `ValueError`s, so code that caught the generator's bare
`ValueError` keeps working.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "ArmrestError",
    "ConfigurationError",
    "RequestValidationError",
    "ResponseValidationError",
    "pointer_token",
]


class ArmrestError(Exception):
    """The root of the client's errors."""


def pointer_token(place: str | int) -> str:
    """One reference token of a JSON pointer (RFC 6901: `~` as `~0`, `/` as `~1`)."""
    return str(place).replace("~", "~0").replace("/", "~1")


class ResponseValidationError(ArmrestError, ValueError):
    """An answer whose body does not fit the contract's model (a missing required field, a wrong type).

    What the client tolerates never raises it: unknown fields (kept in `additional_properties`), enum
    values the contract does not list (kept as unknown members), missing optional or nullable fields
    (`UNSET` / `None`).

    Attributes:
        reason: what is wrong at `pointer`.
        operation: the operationId of the call ("" while the body is parsed outside a call).
        pointer: the JSON pointer of the offending place in the body ("" for the whole body), e.g.
            `/items/3/status`.
        response: the raw `httpx.Response` (or `None` where none is at hand).
    """

    def __init__(self, reason: str, *, operation: str = "", pointer: str = "", response: Any = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.operation = operation
        self.pointer = pointer
        self.response = response

    def __str__(self) -> str:
        place = f"{self.pointer or '/'}: {self.reason}"
        return f"{self.operation}: {place}" if self.operation else place

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.reason, self.operation, self.pointer))

    @classmethod
    def of(cls, error: Exception) -> ResponseValidationError:
        """`error` (raised while a body was read) as a `ResponseValidationError` at the body's root."""
        if isinstance(error, ResponseValidationError):
            return error
        if isinstance(error, json.JSONDecodeError | UnicodeDecodeError):
            return cls(f"the body is not JSON ({error})")
        if isinstance(error, KeyError):
            found = f"the required field {error.args[0]!r} is missing" if error.args else "a field is missing"
            return cls(found)
        return cls(f"{type(error).__name__}: {error}")

    @classmethod
    def at(cls, error: Exception, place: str | int) -> ResponseValidationError:
        """`error`, raised while the member `place` was read, with `place` put in front of its pointer."""
        found = cls("the required field is missing") if isinstance(error, KeyError) else cls.of(error)
        found.pointer = f"/{pointer_token(place)}{found.pointer}"
        return found

    def during(self, operation: str, response: Any) -> ResponseValidationError:
        """This error, naming the call it happened in and carrying its answer."""
        self.operation = operation
        self.response = response
        return self


class RequestValidationError(ArmrestError, ValueError):
    """A request the client refuses to send: an enum value the contract does not list (an unknown member an
    answer carried), or a plain value where the contract has an enum. Requests stay strict: only listed
    members are sent.

    Attributes:
        argument: the argument at fault, with the place inside it (`body/items/0/status`).
        value: the value refused.
    """

    def __init__(self, argument: str, value: object) -> None:
        super().__init__(f"{argument}: {value!r} is not a member its enum lists; it is not sent")
        self.argument = argument
        self.value = value

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.argument, self.value))


def _rebuild(kind: type[ResponseValidationError], reason: str, operation: str, pointer: str) -> Any:
    return kind(reason, operation=operation, pointer=pointer)


class ConfigurationError(ArmrestError, ValueError):
    """The client was set up in a way that cannot work; the message says what to change."""


class APIConnectionError(ArmrestError):
    """No answer came: the connection was refused, reset or closed, or a name or certificate failed.

    Attributes:
        request: the request that got no answer (`None` once pickled and loaded elsewhere: kept as is).
        hint: what to check, when the cause suggests it (a server that is not running, a wrong port).
    """

    def __init__(
        self, message: str, *, request: httpx.Request | None = None, hint: str | None = None
    ) -> None:
        self.request = request
        self.hint = hint
        text = message if request is None else f"{request.method} {request.url}: {message}"
        super().__init__(f"{text} ({hint})" if hint else text)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), self.args, {"request": self.request, "hint": self.hint})

    @classmethod
    def of(cls, error: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
        """The client's error for an httpx transport error (timeouts become `APITimeoutError`)."""
        reason = str(error) or type(error).__name__
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(f"no answer in time ({type(error).__name__})", request=request)
        hint = None
        if isinstance(error, httpx.ConnectError):
            hint = (
                f"is the API served at {request.url.scheme}://{request.url.netloc.decode()}? check base_url"
            )
        return APIConnectionError(f"{type(error).__name__}: {reason}", request=request, hint=hint)


class APITimeoutError(APIConnectionError):
    """No answer in time (connect, read, write or pool timeout); see the `timeout` option."""
