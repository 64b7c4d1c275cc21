"""The root of every error the client raises.

Hand-written (overrides/armrest_client/exceptions.py), copied into the generated package.

    ArmrestError
     ├── problems.ProblemError           an answer that is an RFC 9457 problem (one subclass per status)
     │    ├── BadRequest, Unauthorized (AuthenticationError), Forbidden, NotFound, Conflict, ...
     │    └── ServerError (ServiceUnavailable)
     ├── errors.UnexpectedStatus         a status the contract does not declare, or an answer no problem
     ├── APIConnectionError              no answer: refused, reset, DNS, TLS, proxy (wraps the httpx error)
     │    └── APITimeoutError            no answer in time (connect, read, write or pool timeout)
     ├── ResponseValidationError         an answer whose body does not fit the contract's model
     ├── ConfigurationError              the client was set up wrongly (a base URL without /arm/v1, ...)
     └── polling.BatchTimeout            a batch still running when the wait ended (also a TimeoutError)

Catch `ArmrestError` to catch everything of the client; `ArmrestClient` raises the httpx transport errors
as `APIConnectionError` / `APITimeoutError` once its retries are spent (the original is `__cause__`).
"""

from __future__ import annotations

import httpx

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "ArmrestError",
    "ConfigurationError",
    "ResponseValidationError",
]


class ArmrestError(Exception):
    """The root of the client's errors."""


class ResponseValidationError(ArmrestError):
    """An answer whose body does not fit the contract's model (a missing required field, a wrong type).

    Attributes:
        operation: the operationId of the call.
        pointer: the JSON pointer of the offending place in the body ("" for the whole body).
        response: the raw `httpx.Response` (or `None` where none is at hand).
    """

    def __init__(self, message: str, *, operation: str = "", pointer: str = "", response: object = None):
        self.operation = operation
        self.pointer = pointer
        self.response = response
        super().__init__(f"{operation}: {pointer or '/'}: {message}" if operation else message)


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
