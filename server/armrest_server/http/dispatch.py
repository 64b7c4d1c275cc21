"""The request pipeline of every contract operation.

route -> auth (401) -> parameters (400) -> client grant (403) -> accept (406) -> body (415/413/400,
422 for a rule keyword or a U+0000) -> handler -> response: `X-Request-Id`, `Location` from the
declared link, and validation of every answer of a routed operation against its declared responses
(strict mode turns a breach into a 500).

The dispatcher is a plain ASGI callable (http/front.py hands it every path below the prefix). A
handler makes blocking database calls, so it runs in a handler thread, except the operations named
`on_the_loop`, which run on the event loop itself: app.py names there the reads that are one indexed
statement of stored answers on SQLite, where the hop to a thread and back (and the threads' contention
for the GIL) cost more than the read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote, unquote

import orjson
from anyio import to_thread
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from armrest_server.auth import Principal
from armrest_server.http import casefold, numbers, stored_records
from armrest_server.http.call import TENANT, Call, Reply, Services
from armrest_server.http.compiler import Compiler
from armrest_server.http.links import location
from armrest_server.http.problems import FieldError, Problem, body_problem, schema_errors, type_base
from armrest_server.http.request_ids import REQUEST_ID, request_id
from armrest_server.http.router import Route, Router, below
from armrest_server.http.sandbox_controls import Sandbox
from armrest_server.http.spec import JSON, PROBLEM_JSON, Operation, Spec

log = logging.getLogger("armrest.http")
Handler = Callable[[Call], Reply]
Authenticator = Callable[[str | None], Principal]
# Wraps a handler call: a write's (`around`) retries lost races and replays or records answers by
# their Idempotency-Key, a read's (`reads`) answers an outage; app.py composes both.
Around = Callable[[Call, Handler], Reply]


@dataclass(frozen=True)
class Limits:
    max_body: int = 8 * 1024 * 1024
    validate_responses: bool = True
    strict: bool = False  # a response that breaks the contract becomes a 500 (tests)


class Answered(Exception):
    """An answer decided before any operation runs (OPTIONS)."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.status)
        self.reply = reply


def _json_response(status: int, body: Any, headers: dict[str, str], media_type: str) -> Response:
    content = b"" if body is None else stored_records.dumps(body)  # stored records spliced in unparsed
    return Response(
        content, status_code=status, headers=headers, media_type=media_type if body is not None else None
    )


class Dispatcher:
    def __init__(
        self,
        spec: Spec,
        handlers: dict[str, Handler],
        authenticate: Authenticator,
        services: Services,
        limits: Limits,
        around: Around | None = None,
        reads: Around | None = None,
        prefix: str | None = None,
        public_url: str | None = None,
        sandbox: Sandbox | None = None,
        on_the_loop: frozenset[str] = frozenset(),
    ) -> None:
        self.spec = spec
        self.schemas = stored_records.Schemas(spec.compiler or Compiler(spec.document))
        # Sandbox-only operations are routed only when sandbox controls are on (else: unknown paths).
        self.sandbox = sandbox
        self.router = Router(sandbox.routed(spec.operations) if sandbox else spec.operations)
        self.handlers = handlers
        self.authenticate = authenticate
        self.services = services
        self.limits = limits
        self.around = around  # every operation but GET (and HEAD)
        self.reads = reads  # GET and HEAD
        self.on_the_loop = on_the_loop  # operation ids whose handler runs on the event loop
        self.prefix = spec.prefix if prefix is None else prefix  # the bundle's servers' path
        # Absolute links (paging) start here: configured, never read from the request's Host header.
        self.base_url = f"{(public_url or '').rstrip('/')}{self.prefix}"
        # Problem types name this server: below its public URL, else relative to the request's URL.
        self.problem_base = type_base(self.base_url)
        missing = [op.operation_id for op in spec.operations if op.operation_id not in handlers]
        if missing:
            raise LookupError(f"no handler for operations {missing}")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            response = await self.handle(Request(scope, receive))
        except Exception:
            # Outside an operation's own answers (which handle() makes, a 500 included): a bug here.
            log.exception("unhandled error in the dispatcher")
            instance = scope.get("path", "")
            body = Problem(500, "The server failed; this is a bug").body(instance, self.problem_base)
            response = _json_response(500, body, {}, PROBLEM_JSON)
        await response(scope, receive, send)

    async def handle(self, request: Request) -> Response:
        # Routed on the raw path, so each segment is percent-decoded exactly once (the ASGI `path` is
        # decoded already: a `%2F` in it reads as a slash, a `%2531` would be decoded twice).
        raw = request.scope.get("raw_path") or quote(request.scope["path"]).encode()
        path = below(raw.decode("latin-1"), self.prefix)
        instance = self.prefix + unquote(path or "/")
        op: Operation | None = None
        call: Call | None = None
        try:
            # Routed first, so every later answer (401, 400, 403, 406, 413, 415, 422) is checked
            # against the operation's declared responses like the handler's own.
            op, raw_path = self._route(request, path)
            call = await self._prepare(request, op, raw_path)
            handler = self.handlers[op.operation_id]
            forced = self._forced(request, op, instance)
            if forced is not None:
                reply = forced  # a sandbox's forced answer: the handler does not run, nothing is touched
            elif op.operation_id in self.on_the_loop:
                reply = self._run(call, handler)
            else:
                reply = await to_thread.run_sync(self._run, call, handler)
        except Answered as answered:
            reply = answered.reply
        except Problem as problem:
            reply = Reply(problem.status, problem.body(instance, self.problem_base), problem.headers)
        except Exception:
            log.exception("unhandled error", extra={"operation": op.operation_id if op else None})
            failure = Problem(500, "The server failed; this is a bug")
            reply = Reply(500, failure.body(instance, self.problem_base))
        response = self._respond(op, call, reply, instance, request_id(request))
        if request.method == "HEAD":
            # The GET's status and headers (Content-Length included), without its body (RFC 9110 9.3.2).
            response.body = b""
        return response

    def _run(self, call: Call, handler: Handler) -> Reply:
        around = self.reads if call.operation.method == "GET" else self.around
        return handler(call) if around is None else around(call, handler)

    def _forced(self, request: Request, op: Operation, instance: str) -> Reply | None:
        if self.sandbox is None or self.sandbox.header is None:
            return None
        value = request.headers.get(self.sandbox.header)
        return self.sandbox.forced(op, value, instance, self.problem_base)

    def _route(self, request: Request, path: str | None) -> tuple[Operation, dict[str, str]]:
        found = self.router.match(path) if path is not None else None
        if found is None:
            raise Problem(404, f"No operation at {self.prefix}{path or ''}")
        route, raw_path = found
        if request.method == "OPTIONS":
            # Answered without a token: it tells only what the public contract says about the path.
            raise Answered(Reply(204, None, {"Allow": _allow(route)}))
        # HEAD runs the GET operation (auth, parameters, handler) and drops the body.
        op = route.operations.get("GET" if request.method == "HEAD" else request.method)
        if op is None:
            raise Problem(405, f"{request.method} is not allowed here", headers={"Allow": _allow(route)})
        return op, raw_path

    def _respond(
        self, op: Operation | None, call: Call | None, reply: Reply, instance: str, rid: str
    ) -> Response:
        media_type = PROBLEM_JSON if reply.status >= 400 else JSON
        declared = op.response(reply.status) if op is not None else None
        if declared is not None and len(declared.media_types) == 1 and media_type not in declared.media_types:
            # An error status whose answer is not a problem (health's 503 is a Health body).
            media_type = next(iter(declared.media_types))
        headers = dict(reply.headers)
        headers[REQUEST_ID] = rid
        if declared is not None and call is not None and "location" in declared.headers:
            headers.setdefault("Location", location(declared, call, reply.body) or "")
            if not headers["Location"]:
                del headers["Location"]
        reply = Reply(reply.status, reply.body, headers)
        if op is not None and self.limits.validate_responses:
            broken = self._check_response(op, reply, media_type)
            if broken:
                log.error(
                    "response breaks the contract",
                    extra={"operation": op.operation_id, "status": reply.status, "errors": broken},
                )
                if self.limits.strict:
                    body = Problem(
                        500, f"Response {reply.status} breaks the contract: {'; '.join(broken[:5])}"
                    )
                    reply = Reply(500, body.body(instance, self.problem_base), {REQUEST_ID: rid})
                    media_type = PROBLEM_JSON
        return _json_response(reply.status, reply.body, reply.headers, media_type)

    def _check_response(self, op: Operation, reply: Reply, media_type: str) -> list[str]:
        """How the answer breaks the operation's declared responses: status, headers, media type, body."""
        declared = op.response(reply.status)
        if declared is None:
            return [f"status {reply.status} is not declared"]
        sent = {name.lower() for name in reply.headers}
        broken = [f"header {name} is missing" for name in sorted(declared.required_headers - sent)]
        if reply.body is None:
            return broken + ([] if not declared.media_types else ["the body is missing"])
        if media_type not in declared.media_types:
            return [*broken, f"{media_type} is not declared for {reply.status}"]
        validator = declared.media_types[media_type]
        if validator is None:
            return broken
        # Stored records are judged by the fingerprint they were validated against (http/stored_records.py).
        errors = self.schemas.errors(
            validator, declared.schemas.get(media_type), reply.body, strict=self.limits.strict
        )
        return broken + [f"{e.pointer}: {e.message}" for e in errors]

    async def _prepare(self, request: Request, op: Operation, raw_path: dict[str, str]) -> Call:
        principal = self.authenticate(request.headers.get("authorization")) if op.secured else None
        values, errors = self._parameters(op, request, raw_path)
        if errors:
            raise Problem(400, f"{len(errors)} parameter(s) invalid", errors)
        clientno = values["path"].get(TENANT)
        if principal is not None and clientno is not None and clientno not in principal.clients:
            raise Problem(
                403,
                f"The token does not grant client {clientno}",
                [
                    FieldError(
                        f"#/path/{TENANT}", f"client {clientno} is not granted by the token", "forbidden"
                    )
                ],
            )
        self._check_accept(request)
        body = await self._body(op, request) if op.body is not None else None
        # Pointers are made only for a request that holds a NUL (making them was 5 % of a page).
        nul = _nul_characters(values, "#") + _nul_characters(body, "") if _holds_nul([values, body]) else []
        if nul:
            raise Problem(422, f"{len(nul)} field(s) hold U+0000", nul[:100])
        call = Call(
            op,
            values["path"],
            values["query"],
            values["header"],
            body,
            principal,
            self.base_url,
            self.services,
        )
        return call

    def _parameters(
        self, op: Operation, request: Request, raw_path: dict[str, str]
    ) -> tuple[dict[str, dict[str, Any]], list[FieldError]]:
        values: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
        errors: list[FieldError] = []
        # Each name's values, gathered in one pass when an operation first asks for a query or a
        # header parameter: asking Starlette's lists for each parameter walked the whole query and
        # every header again. The query is read as Starlette's QueryParams reads it, without the
        # two dicts that object builds besides.
        given: dict[str, dict[str, list[str]]] = {}
        for param in op.params:
            if param.location == "path":
                raw = [raw_path[param.name]]
            else:
                if param.location not in given:
                    given[param.location] = _gathered(_pairs(request, param.location))
                raw = given[param.location].get(param.name, [])
            value, problems = param.parse(raw)
            values[param.location][param.name] = value
            errors.extend(problems)
        return values, errors

    @staticmethod
    def _check_accept(request: Request) -> None:
        accept = request.headers.get("accept")
        if not accept:
            return
        ranges = {part.split(";")[0].strip().lower() for part in accept.split(",")}
        if not ranges & {"*/*", "application/*", JSON, PROBLEM_JSON, "application/json; charset=utf-8"}:
            raise Problem(
                406,
                "This operation answers application/json",
                [FieldError("#/header/Accept", f"cannot answer {accept}", "notAcceptable")],
            )

    async def _body(self, op: Operation, request: Request) -> Any:
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > self.limits.max_body:
            raise Problem(413, f"The body exceeds {self.limits.max_body} bytes")
        chunks, size = [], 0
        try:
            async for chunk in request.stream():
                size += len(chunk)
                if size > self.limits.max_body:
                    raise Problem(413, f"The body exceeds {self.limits.max_body} bytes")
                chunks.append(chunk)
        except ClientDisconnect:
            # The client went away, or took longer than the body time-out (protocol.py closed it):
            # no one hears this answer, but it is not a server fault to log as one.
            raise Problem(
                400, "The body did not arrive", [FieldError("", "the body ended early", "incompleteBody")]
            ) from None
        raw = b"".join(chunks)
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if not raw and not op.body_required:
            return None
        if content_type != JSON:
            raise Problem(
                415,
                "Send the body as application/json",
                [
                    FieldError(
                        "#/header/Content-Type",
                        f"{content_type or 'no type'} is not {JSON}",
                        "unsupportedMediaType",
                    )
                ],
            )
        if not raw:
            raise Problem(
                400, "The body is required", [FieldError("", "a JSON body is required", "required")]
            )
        try:
            body = orjson.loads(raw)
        except orjson.JSONDecodeError as error:
            raise Problem(
                400,
                "The body is not valid JSON",
                [FieldError("", f"malformed JSON: {error}", "malformedJson")],
            ) from None
        assert op.body is not None
        parsed, body = body, casefold.body(self.spec.document, op.operation_id, op.raw, body)
        written = numbers.exact(raw, parsed)  # judged with its decimals as written
        judged = (
            body if written is parsed else casefold.body(self.spec.document, op.operation_id, op.raw, written)
        )
        errors = schema_errors(op.body, judged)
        if errors:
            raise body_problem(errors)
        return body


def _allow(route: Route) -> str:
    """The methods a path answers: its operations, HEAD wherever GET is, and OPTIONS."""
    methods = set(route.operations) | {"OPTIONS"} | ({"HEAD"} if "GET" in route.operations else set())
    return ", ".join(sorted(methods))


def _holds_nul(value: Any) -> bool:
    """Whether a string (or key) in `value` may hold U+0000: JSON writes it as the escape \\u0000 and
    nothing else, so one encoding is searched instead of every string walked (a string holding a
    backslash before `u0000` also matches, and _nul_characters then finds nothing)."""
    try:
        return b"\\u0000" in orjson.dumps(value, default=str, option=orjson.OPT_NON_STR_KEYS)
    except TypeError:  # a value JSON cannot hold (an integer beyond 64 bits): the walk decides
        return True


def _nul_characters(value: Any, pointer: str) -> list[FieldError]:
    """Every string (or key) holding U+0000: valid JSON and schema-valid, but no database text can keep it,
    so it is refused the same on SQLite and PostgreSQL (422) instead of failing on one of them."""
    if isinstance(value, str):
        held = "\x00" in value
        return [FieldError(pointer, "text may not contain U+0000 (NUL)", "nulCharacter")] if held else []
    found: list[FieldError] = []
    if isinstance(value, dict):
        for key, item in value.items():
            child = f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
            found += _nul_characters(key, child) + _nul_characters(item, child)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _nul_characters(item, f"{pointer}/{index}")
    return found


def _pairs(request: Request, location: str) -> Iterable[tuple[str, str]]:
    """The request's (name, value) pairs of a `location`: its query or its headers."""
    if location == "query":
        return parse_qsl(request.scope["query_string"].decode("latin-1"), keep_blank_values=True)
    return request.headers.items()


def _gathered(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Each name's values, in the order given (Starlette's header names are lower-case already)."""
    gathered: dict[str, list[str]] = {}
    for name, value in pairs:
        gathered.setdefault(name, []).append(value)
    return gathered
