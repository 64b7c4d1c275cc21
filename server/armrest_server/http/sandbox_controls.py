"""Sandbox-only parts of a contract: operations that exist only when enabled, and a forced-answer header.

Both are found in the bundle by a mark (an extension such as `x-armrest-sandbox: true`, which the
app names): marked operations are left out of the routes unless sandbox controls are enabled (their
paths then answer 404 like any unknown path); the header is the parameter component carrying the
mark (`in: header`, declared on no operation). With controls enabled, a request naming one of the
operation's declared error statuses in that header gets that status instead of the handler's answer,
built from the contract's own example for it, after authentication and validation and before
anything is read or written. Without them the header is ignored, as a server without it would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from armrest_server.http.call import Reply
from armrest_server.http.compiler import Compiler, SpecError
from armrest_server.http.problems import FieldError, Problem, schema_errors
from armrest_server.http.spec import JSON, PROBLEM_JSON, Operation, Spec

RETRY_AFTER = "retry-after"
DEFAULT_RETRY_AFTER = 1  # seconds, when the header names none
RETRY_TEXT = re.compile(r"retry after \d+ seconds?", re.IGNORECASE)
VALUE = re.compile(r"^(?P<status>[0-9]{3})(?:; ?retry-after=(?P<seconds>[0-9]+))?$")


@dataclass(frozen=True)
class Forced:
    """A forced answer's status and its Retry-After (for the statuses that declare one)."""

    status: int
    retry_after: int


class Sandbox:
    def __init__(self, spec: Spec, *, mark: str, enabled: bool) -> None:
        self.mark = mark
        self.enabled = enabled
        self.compiler = Compiler(spec.document)
        headers = [
            p
            for p in map(
                self.compiler.resolve, spec.document.get("components", {}).get("parameters", {}).values()
            )
            if p.get(mark) is True
        ]
        if len(headers) > 1 or any(p.get("in") != "header" for p in headers):
            raise SpecError(f"parameters marked {mark}: one at most, a header")
        self.header: str | None = headers[0]["name"] if headers else None
        self.validator = self.compiler.validator(headers[0]["schema"], proposed=True) if headers else None

    def is_sandbox(self, op: Operation) -> bool:
        return op.raw.get(self.mark) is True

    def routed(self, operations: list[Operation]) -> list[Operation]:
        """The operations a server routes: the marked ones only with sandbox controls enabled."""
        return [op for op in operations if self.enabled or not self.is_sandbox(op)]

    def forced(self, op: Operation, value: str | None, instance: str, problem_base: str) -> Reply | None:
        """The answer the header forces for `op`, or None (no header, or controls disabled).

        Raises a 400 Problem naming the header when its value is malformed or names a status `op`
        does not declare by number as an error."""
        if not self.enabled or self.header is None or value is None:
            return None
        pointer = f"#/header/{self.header}"
        assert self.validator is not None
        errors = schema_errors(self.validator, value, prefix=pointer)
        match = VALUE.match(value)
        if errors or match is None:
            raise Problem(
                400, f"{self.header} is malformed", errors or [FieldError(pointer, "malformed", "pattern")]
            )
        status = int(match["status"])
        if status < 400 or status not in op.responses:
            declared = ", ".join(str(s) for s in sorted(op.responses) if s >= 400)
            raise Problem(
                400,
                f"{op.operation_id} declares no {status} answer",
                [
                    FieldError(
                        pointer, f"{status} is not an error status of {op.operation_id} ({declared})", "enum"
                    )
                ],
            )
        seconds = int(match["seconds"]) if match["seconds"] is not None else DEFAULT_RETRY_AFTER
        return self._answer(op, Forced(status, seconds), instance, problem_base)

    def _answer(self, op: Operation, forced: Forced, instance: str, problem_base: str) -> Reply:
        raw = self.compiler.resolve(op.raw["responses"][str(forced.status)])
        headers: dict[str, str] = {}
        for name, header in raw.get("headers", {}).items():
            header = self.compiler.resolve(header)
            if name.lower() == RETRY_AFTER:
                headers[name] = str(forced.retry_after)
            elif header.get("required") and "example" in header and name.lower() != "x-request-id":
                headers[name] = str(header["example"])
        content = raw.get("content", {})
        media = content.get(PROBLEM_JSON) or content.get(JSON) or {}
        sample = _example(self.compiler, media)
        if PROBLEM_JSON not in content:
            return Reply(forced.status, sample, headers)  # an answer that is not a problem (health's 503)
        errors = [FieldError(e["pointer"], e["message"], e["code"]) for e in (sample or {}).get("errors", [])]
        text = str((sample or {}).get("detail", "a sample answer"))
        if any(name.lower() == RETRY_AFTER for name in headers):
            text = _retry_text(text, forced.retry_after)
        detail = f"Forced by {self.header}: {text}"
        return Reply(
            forced.status, Problem(forced.status, detail, errors).body(instance, problem_base), headers
        )


def _retry_text(text: str, seconds: int) -> str:
    """The example's text saying the wait the answer's Retry-After gives (the example's own may name
    another): its "retry after N seconds" replaced, else one added."""
    wait = f"retry after {seconds} second{'' if seconds == 1 else 's'}"
    said, count = RETRY_TEXT.subn(wait, text)
    return said if count else f"{text.rstrip('. ')}; {wait}"


def _example(compiler: Compiler, media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    for example in media.get("examples", {}).values():
        return compiler.resolve(example).get("value")
    return None
