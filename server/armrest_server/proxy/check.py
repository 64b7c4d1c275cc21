"""One exchange judged against the contract, with the server's own compiled operations.

Routing (`http/router.py`), parameter coercion (`http/params.py`), request canonicalisation
(`http/casefold.py`), the body and response validators and their JSON-pointer errors
(`http/spec.py`, `http/problems.py`) are the ones the reference server runs: what the proxy calls
a violation is what the server would refuse or, in strict mode, fail on. The kinds:

request: `requestCredentials` (no Authorization on a secured operation), `requestParameter`,
`requestContentType`, `requestBodyMissing`, `requestBodyMalformed`, `requestBody` (schema),
`requestBodyUndeclared` (a body where the operation takes none);
response: `undeclaredStatus`, `missingHeader`, `wrongLocation` (not a URL of the operation the
response links to), `contentType` (a body of a media type the status does not
declare, or a body where it declares none), `missingBody`, `malformedBody`, `body` (schema).

An answer that keeps to the contract but breaks one of our proposals (`x-armrest-proposed`: a bound,
length or pattern Amili does not document) is no violation: it is a `proposal` note, a hint that the
proposal may be wrong. (Requests are judged with proposals lifted, as the sandbox judges them.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import orjson
from starlette.datastructures import Headers, QueryParams

from armrest_server.http import casefold
from armrest_server.http.compiler import Compiler
from armrest_server.http.problems import schema_errors
from armrest_server.http.router import Router, below
from armrest_server.http.spec import JSON, Operation, Spec
from armrest_server.logs import MASK, sensitive
from armrest_server.proxy.fields import undeclared


@dataclass(frozen=True)
class Finding:
    kind: str
    where: str  # "request", or the response's status
    at: str  # a JSON pointer (`#/query/x` for a parameter), a header name or a media type
    message: str

    @property
    def key(self) -> str:
        return f"{self.where} {self.at}".strip()


@dataclass
class Verdict:
    operation: str | None  # None: no operation of the contract (see `unrouted`)
    unrouted: str | None = None  # `METHOD path` of a request no operation answers
    violations: list[Finding] = field(default_factory=list)
    undeclared_fields: list[str] = field(default_factory=list)  # `request /x`, `200 /items/*/y`
    notes: list[Finding] = field(default_factory=list)  # answers breaking only a proposal


@dataclass(frozen=True)
class Routed:
    operation: Operation
    path: dict[str, str]  # raw path parameters, decoded once as the server decodes them


def media_type(headers: Headers) -> str:
    return headers.get("content-type", "").split(";")[0].strip().lower()


class Checker:
    def __init__(self, *, spec: Spec, prefix: str) -> None:
        self.spec = spec
        self.prefix = prefix
        self.router = Router(spec.operations)
        self.compiler = spec.compiler or Compiler(spec.document)
        self.resolve = self.compiler.resolve

    def route(self, method: str, raw_path: str) -> Routed | str:
        """The operation of a request, or the `METHOD path` label of one the contract does not have."""
        inner = below(raw_path, self.prefix)
        found = self.router.match(inner) if inner is not None else None
        if found is None:
            return f"{method} {raw_path}"
        route, params = found
        op = route.operations.get("GET" if method == "HEAD" else method)
        return Routed(op, params) if op is not None else f"{method} {self.prefix}{route.template}"

    def request(self, routed: Routed, query: bytes, headers: Headers, body: bytes | None) -> Verdict:
        """`body` None: it was larger than the proxy keeps, so it is forwarded unchecked."""
        op = routed.operation
        verdict = Verdict(op.operation_id)
        found = verdict.violations
        params = QueryParams(query.decode("latin-1"))
        for param in op.params:
            if param.location == "path":
                raw = [routed.path[param.name]]
            elif param.location == "query":
                raw = params.getlist(param.name)
            else:
                raw = headers.getlist(param.name)
            for error in param.parse(raw)[1]:
                found.append(Finding("requestParameter", "request", error.pointer, error.message))
        known = {p.name for p in op.params if p.location == "query"}
        verdict.undeclared_fields += [f"request #/query/{name}" for name in sorted(set(params) - known)]
        if op.secured and "authorization" not in headers:
            found.append(
                Finding("requestCredentials", "request", "#/header/Authorization", "no bearer token")
            )
        if body is None:
            return verdict
        if op.body is None:
            if body:
                found.append(Finding("requestBodyUndeclared", "request", "", "the operation takes no body"))
            return verdict
        kind = media_type(headers)
        if not body:
            if op.body_required:
                found.append(Finding("requestBodyMissing", "request", "", "a JSON body is required"))
        elif kind != JSON:
            message = f"{kind or 'no type'} is not {JSON}"
            found.append(Finding("requestContentType", "request", "#/header/Content-Type", message))
        else:
            try:
                value = orjson.loads(body)
            except orjson.JSONDecodeError as error:
                found.append(Finding("requestBodyMalformed", "request", "", f"malformed JSON: {error}"))
                return verdict
            value = casefold.body(self.spec.document, op.operation_id, op.raw, value)
            for e in schema_errors(op.body, value):
                message = _unquoted(e.pointer, e.message, value)
                found.append(Finding("requestBody", "request", _generic(e.pointer, value), message))
            schema = self.resolve(op.raw["requestBody"])["content"][JSON]["schema"]
            verdict.undeclared_fields += [f"request {p}" for p in undeclared(self.resolve, schema, value)]
        return verdict

    def response(
        self, op: Operation, method: str, status: int, headers: Headers, body: bytes | None, verdict: Verdict
    ) -> None:
        """Adds the answer's breaches to `verdict`; `body` None: too large to check, or to a HEAD."""
        where = str(status)
        found = verdict.violations
        declared = op.response(status)
        if declared is None:
            found.append(Finding("undeclaredStatus", where, "", f"{op.operation_id} declares no {status}"))
            return
        for name in sorted(declared.required_headers - {k.lower() for k in headers}):
            found.append(Finding("missingHeader", where, name, f"header {name} is missing"))
        if "location" in headers and declared.links:
            # The response's links say which operation `Location` leads to (the record made, the batch).
            target = self.route("GET", urlsplit(headers["location"]).path)
            wanted = {self.prefix + link.template for link in declared.links}
            if not isinstance(target, Routed) or self.prefix + target.operation.template not in wanted:
                message = f"{headers['location']} is not a URL of {' or '.join(sorted(wanted))}"
                found.append(Finding("wrongLocation", where, "location", message))
        if body is None or method == "HEAD":
            return
        kind = media_type(headers)
        if not body:
            if declared.media_types:
                found.append(Finding("missingBody", where, "", "the body is missing"))
            return
        if kind not in declared.media_types:
            listed = ", ".join(sorted(declared.media_types)) or "no body"
            message = f"{kind or 'no type'} is not declared for {status} (declared: {listed})"
            found.append(Finding("contentType", where, kind or "none", message))
            return
        try:
            value = orjson.loads(body)
        except orjson.JSONDecodeError as error:
            found.append(Finding("malformedBody", where, "", f"malformed JSON: {error}"))
            return
        validator = declared.media_types[kind]
        if validator is not None:
            for e in schema_errors(validator, value):
                message = _unquoted(e.pointer, e.message, value)
                found.append(Finding("body", where, _generic(e.pointer, value), message))
            if validator.is_valid(value):
                proposed = self.compiler.validator(declared.schemas[kind], proposed=True)
                for e in schema_errors(proposed, value):
                    message = _unquoted(e.pointer, e.message, value)
                    verdict.notes.append(Finding("proposal", where, _generic(e.pointer, value), message))
        key = where if where in op.raw["responses"] else "default"
        schema = self.resolve(op.raw["responses"][key])["content"][kind].get("schema")
        if schema is not None:
            verdict.undeclared_fields += [f"{where} {p}" for p in undeclared(self.resolve, schema, value)]


def _unquoted(pointer: str, message: str, value: Any) -> str:
    """The message without the value it quotes when the value is a sensitive field's (`ssn`,
    `organizationNo`, ...): a birth number one digit too long is no less personal, and no pattern of
    the log masking knows it."""
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
    if not any(sensitive(part) for part in parts):
        return message
    node = value
    for part in parts:
        node = node[int(part)] if isinstance(node, list) and part.isdigit() else node.get(part)
    if not isinstance(node, str | int | float) or isinstance(node, bool):
        return message
    for written in {orjson.dumps(node).decode(), repr(node), str(node)}:
        message = message.replace(written, MASK)
    return message


def _generic(pointer: str, value: Any) -> str:
    """The pointer with each array index written `*`, so one field breaking in every item is one entry."""
    if not pointer.startswith("/"):
        return pointer
    parts, node = [], value
    for part in pointer[1:].split("/"):
        if isinstance(node, list):
            parts.append("*")
            node = node[int(part)] if part.isdigit() and int(part) < len(node) else None
        else:
            parts.append(part)
            key = part.replace("~1", "/").replace("~0", "~")
            node = node.get(key) if isinstance(node, dict) else None
    return "/" + "/".join(parts)
