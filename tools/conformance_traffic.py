"""Recorded exchanges judged by openapi-core and AJV, independently of the server's own validators.

An exchange is one JSON object: `method`, `path` (below the host, with the /arm/v1 prefix), `query`
(list of [name, value]), `request_headers`, `request_body` (text or null), `status`, `headers`,
`body` (text). Findings: a status its operation does not declare by number (`default` covers only
what nobody meant: a 5xx, itself a finding), a response openapi-core or AJV finds invalid, and a
request openapi-core finds invalid although it was accepted (answered 2xx). HEAD is judged by the
declared statuses of its GET; exchanges outside the operations (a path or method the contract does
not have: 404, 405, OPTIONS; `/token`) are left out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from tools.schema_judges import BUNDLE, Judges, load, pointer, resolve

PREFIX = "/arm/v1"


@dataclass(frozen=True)
class Route:
    template: str
    method: str
    pattern: re.Pattern[str]
    literal: int  # literal segments: `/customers/batches` wins over `/customers/{customerno}`


def routes(document: dict[str, Any]) -> list[Route]:
    found = []
    for template, item in document["paths"].items():
        regex = "^" + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(template)) + "$"
        literal = sum(1 for part in template.split("/") if part and not part.startswith("{"))
        for method in item:
            if method in ("get", "put", "post", "delete", "patch"):
                found.append(Route(template, method, re.compile(regex), literal))
    return sorted(found, key=lambda r: -r.literal)


def match(table: list[Route], method: str, path: str) -> Route | None:
    """The operation as the server routes: the path first (a literal segment wins over a
    parameter), then the method; None when that path has no such method (answered 405)."""
    if not path.startswith(PREFIX + "/"):
        return None
    # Raw segments: a `%2F` inside a parameter stays inside its segment, as the server reads it.
    below = path.removeprefix(PREFIX)
    template = next((r.template for r in table if r.pattern.match(below)), None)
    return next((r for r in table if r.template == template and r.method == method.lower()), None)


def findings(exchanges: list[dict[str, Any]], bundle: Path = BUNDLE) -> list[str]:
    document = load(bundle)
    judges, table = Judges(document, bundle), routes(document)
    # openapi-core parses only media types it knows; a problem is JSON too.
    config = Config(extra_media_type_deserializers={"application/problem+json": json.loads})
    openapi = OpenAPI.from_dict(document, config=config)
    host = document["servers"][0]["url"].removesuffix(PREFIX)
    found: list[str] = []
    jobs: list[tuple[str, Any, str]] = []
    for n, ex in enumerate(exchanges):
        name = f"#{n} {ex['method']} {ex['path']} -> {ex['status']}"
        head = ex["method"] == "HEAD"  # the GET operation, answered without its body
        route = match(table, "GET" if head else ex["method"], ex["path"])
        if route is None:
            # No operation: a path or method outside the contract (404, 405, OPTIONS), or /token.
            continue
        op = document["paths"][route.template][route.method]
        if str(ex["status"]) not in op["responses"]:
            # `default` is not a declaration of a status the server answers on purpose.
            found.append(f"{name}: status {ex['status']} is not declared by {op['operationId']}")
            if ex["status"] >= 500:
                found.append(f"{name}: a failure of the server ({ex['body'][:300]})")
            continue
        if head or any(part in (".", "..") for part in ex["path"].split("/")):
            # HEAD has no body to judge; openapi-core removes dot segments before it finds the path.
            continue
        request, response = _mocks(host, route, ex)
        found += [
            f"{name}: openapi-core: {_explain(e)}" for e in openapi.iter_response_errors(request, response)
        ]
        if 200 <= ex["status"] < 300:
            found += [
                f"{name}: openapi-core (request): {_explain(e)}" for e in openapi.iter_request_errors(request)
            ]
        declared, at = resolve(
            document,
            op["responses"][str(ex["status"])],
            pointer("paths", route.template, route.method, "responses", str(ex["status"])),
        )
        media = ex["headers"].get("content-type", "").split(";")[0].strip()
        if ex["body"] and media in declared.get("content", {}):
            jobs.append((at + pointer("content", media, "schema"), json.loads(ex["body"]), name))
    verdicts = judges.ajv([(where, instance) for where, instance, _ in jobs])
    for (_, _, name), errors in zip(jobs, verdicts, strict=True):
        found += [f"{name}: AJV: {e}" for e in errors]
    return found


def _mocks(host: str, route: Route, ex: dict[str, Any]) -> tuple[MockRequest, MockResponse]:
    args: dict[str, Any] = {}
    for key, value in ex["query"]:
        args.setdefault(key, value)
    request_type = ex["request_headers"].get("content-type", "application/json").split(";")[0]
    request = MockRequest(
        host,
        ex["method"].lower(),
        ex["path"],
        args=args,
        headers=ex["request_headers"],
        data=(ex["request_body"] or "").encode() or None,
        content_type=request_type,
    )
    response_type = ex["headers"].get("content-type", "application/json").split(";")[0]
    response = MockResponse(ex["body"].encode(), ex["status"], ex["headers"], response_type)
    return request, response


def _explain(error: Exception) -> str:
    """openapi-core wraps schema errors; the cause names the field."""
    text = str(error)
    cause = error.__cause__
    details = getattr(cause, "schema_errors", None) or getattr(error, "schema_errors", None)
    if details:
        text += ": " + "; ".join(f"{'/'.join(map(str, e.path))} {e.message}"[:300] for e in details[:3])
    elif cause is not None:
        text += f": {cause}"[:300]
    return text


def read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
