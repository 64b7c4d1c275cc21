"""The root of every error the client raises.

Hand-written (overrides/armrest_client/exceptions.py), copied into the generated package.

    ArmrestError
     ├── problems.ProblemError           an answer that is an RFC 9457 problem (one subclass per status)
     └── ResponseValidationError         an answer whose body does not fit the contract's model

Catch `ArmrestError` to catch everything of the client.
"""

from __future__ import annotations

__all__ = ["ArmrestError", "ResponseValidationError"]


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
