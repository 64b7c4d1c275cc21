"""RFC 9457 problem details: the one way every error leaves the server."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import jsonschema_rs

from armrest_server.bounds import LIMITS, MORE_ERRORS, at_most
from armrest_server.http.compiler import DECIMALS

# Problem `type`s name this server: relative (resolved against the request's URL, RFC 9457 3.1.1)
# unless the dispatcher knows the public base URL, when they are absolute below it.
PROBLEM_BASE = "/arm/v1/problems/"


def type_base(base_url: str) -> str:
    """Where a server names its problem types: below its base URL (public URL and path), so every
    answer of one server, from the dispatcher, a stored idempotent answer or the app's fallbacks,
    names a type alike."""
    return f"{base_url.rstrip('/')}/problems/"


TITLES = {
    400: ("validation", "Request is invalid"),
    401: ("unauthorized", "Unauthorized"),
    403: ("forbidden", "Forbidden"),
    404: ("not-found", "Not found"),
    405: ("method-not-allowed", "Method not allowed"),
    406: ("not-acceptable", "Not acceptable"),
    409: ("conflict", "Conflict"),
    413: ("payload-too-large", "Payload too large"),
    415: ("unsupported-media-type", "Unsupported media type"),
    422: ("business-rule", "Business rule violated"),
    429: ("too-many-requests", "Too many requests"),
    500: ("internal", "Internal server error"),
    503: ("unavailable", "Service unavailable"),
}


@dataclass(frozen=True)
class FieldError:
    pointer: str
    message: str
    code: str

    def as_dict(self) -> dict[str, str]:
        # A fuzzed property name can be any length; the contract bounds both strings.
        return {
            "pointer": _clip(self.pointer, LIMITS["pointer"]),
            "message": _clip(self.message, LIMITS["message"]),
            "code": self.code,
        }


@dataclass
class Problem(Exception):
    """Raise anywhere below the HTTP layer to answer a problem; nothing has been written then."""

    status: int
    detail: str
    errors: list[FieldError] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def body(self, instance: str, type_base: str = PROBLEM_BASE) -> dict[str, Any]:
        slug, title = TITLES.get(self.status, ("error", "Error"))
        body: dict[str, Any] = {
            "type": type_base + slug,
            "title": title,
            "status": self.status,
            "detail": _clip(self.detail, LIMITS["detail"]),
            "instance": uri_reference(instance),
        }
        if self.errors:
            shown = [e.as_dict() for e in self.errors[: LIMITS["errors"]]]
            body["errors"] = listed(shown, len(self.errors))
        return body | self.extra


# The contract's bound on the errors of one auto posting or one uploaded file (maxItems).
RESULT_ERRORS = 100


def listed(
    errors: Sequence[dict[str, str]], count: int | None = None, *, limit: int = LIMITS["errors"]
) -> list[dict[str, str]]:
    """Field errors as the contract lists them: at most `limit` (a problem's and a batch item's 1000,
    for a document's 1000 lines can break several rules each; a posting's or a file's 100). Beyond,
    the first `limit - 1` and one error saying how many of the `count` (default: all given) are not
    listed."""
    return at_most(errors, limit, lambda message: FieldError("", message, MORE_ERRORS).as_dict(), count)


def uri_reference(path: str) -> str:
    """A decoded request path as the URI reference `instance` must be: a fuzzed path holds any character."""
    quoted = quote(path, safe="/!$&'()*+,;=:@~", errors="surrogatepass")
    if len(quoted) <= LIMITS["instance"]:
        return quoted
    cut = quoted[: LIMITS["instance"]]
    escape = cut.find("%", len(cut) - 2)  # never end inside a %XX escape
    return cut if escape == -1 else cut[:escape]


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def rule(status: int, pointer: str, message: str, code: str) -> Problem:
    """A problem with one field error: the common case of a broken business rule."""
    return Problem(status, message, [FieldError(pointer, message, code)])


def unprocessable(pointer: str, message: str, code: str) -> Problem:
    return rule(422, pointer, message, code)


# Seconds a 409 asks to wait: the concurrent write it lost to (or waits for) ends within moments.
CONFLICT_RETRY_AFTER = 1


def send_again(detail: str) -> Problem:
    """409: nothing was done because a concurrent write got in the way; the same request may be sent
    again after `Retry-After` (it is never stored as the answer of an Idempotency-Key)."""
    return Problem(409, detail, headers={"Retry-After": str(CONFLICT_RETRY_AFTER)})


def not_found(what: str, pointer: str = "") -> Problem:
    errors = [FieldError(pointer, f"{what} does not exist", "notFound")] if pointer else []
    return Problem(404, f"{what} does not exist", errors)


MESSAGE_LIMIT = 300
# Contract keywords that state a business rule: breaking one is a 422 with this code, not a 400.
RULE_KEYWORDS = {DECIMALS: "decimals"}


def body_problem(errors: list[FieldError]) -> Problem:
    """A body that breaks its schema: 400, unless only rule keywords are broken (422, their code)."""
    rules = set(RULE_KEYWORDS.values())
    if all(e.code in rules for e in errors):
        return Problem(422, f"{len(errors)} rule(s) broken", errors)
    return Problem(400, f"{len(errors)} field(s) invalid", errors)


def _message(text: str) -> str:
    """Validator messages quote the offending value; a 10,000-item array must not come back whole."""
    return (
        text
        if len(text) <= MESSAGE_LIMIT
        else f"{text[: MESSAGE_LIMIT // 2]} ... {text[-MESSAGE_LIMIT // 2 :]}"
    )


def _pointer(parts: list[str | int]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def schema_errors(
    validator: jsonschema_rs.Validator, instance: Any, prefix: str = "", limit: int = 100
) -> list[FieldError]:
    """Every way `instance` breaks the schema, each pointing at the field concerned."""
    found: list[FieldError] = []
    for error in validator.iter_errors(instance):
        kind = error.kind
        code = type(kind).__name__
        code = code[0].lower() + code[1:]
        path = list(error.instance_path)
        if isinstance(kind, jsonschema_rs.ValidationErrorKind.Required):
            found.append(FieldError(prefix + _pointer([*path, kind.property]), _message(error.message), code))
        elif isinstance(kind, jsonschema_rs.ValidationErrorKind.AdditionalProperties):
            for key in kind.unexpected:
                found.append(
                    FieldError(prefix + _pointer([*path, key]), f"'{key}' is not allowed here", code)
                )
        elif isinstance(kind, jsonschema_rs.ValidationErrorKind.Custom):
            keyword = str(list(error.schema_path)[-1])
            code = RULE_KEYWORDS.get(keyword, "custom")
            found.append(FieldError(prefix + _pointer(path), _message(error.message), code))
        elif (broken := _rules_of_closest_branch(error)) is not None:
            # A value one branch of a oneOf/anyOf refuses only by a rule keyword (a nullable amount
            # with three decimals) breaks that rule: 422 with its code, not a 400 `oneOfNotValid`.
            found.extend(
                FieldError(prefix + _pointer(list(e.instance_path)), _message(e.message), c)
                for e, c in broken
            )
        else:
            found.append(FieldError(prefix + _pointer(path), _message(error.message), code))
        if len(found) >= limit:
            break
    return found


def _rules_of_closest_branch(
    error: jsonschema_rs.ValidationError,
) -> list[tuple[jsonschema_rs.ValidationError, str]] | None:
    """The rule-keyword errors of a oneOf/anyOf branch that fails by rule keywords alone, if one does."""
    kind = error.kind
    if not isinstance(
        kind, jsonschema_rs.ValidationErrorKind.OneOfNotValid | jsonschema_rs.ValidationErrorKind.AnyOf
    ):
        return None
    for branch in kind.context:
        rules: list[tuple[jsonschema_rs.ValidationError, str]] = []
        for sub in branch:
            code = None
            if isinstance(sub.kind, jsonschema_rs.ValidationErrorKind.Custom):
                code = RULE_KEYWORDS.get(str(list(sub.schema_path)[-1]))
            if code is None:
                nested = _rules_of_closest_branch(sub)
                if nested is None:
                    break
                rules.extend(nested)
            else:
                rules.append((sub, code))
        else:
            if rules:
                return rules
    return None
