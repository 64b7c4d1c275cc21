"""Compiles the bundled contract into operations: routes, parameter coercers, body and response validators.

Everything the server knows about the API's shape comes from here; nothing is declared twice.
A contract feature this layer does not support raises `SpecError` at start-up, never later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema_rs
import orjson

from armrest_server.http.compiler import Compiler, SpecError
from armrest_server.http.params import Param, compile_param

METHODS = ("get", "put", "post", "delete", "patch")
JSON = "application/json"
PROBLEM_JSON = "application/problem+json"
PACKAGE_SPEC = Path(__file__).resolve().parents[1] / "spec"
REPO_SPEC = Path(__file__).resolve().parents[3] / "generated" / "openapi"
SERVERS_BLOCK = re.compile(r"^servers:\n(?:[ -].*\n)*", re.MULTILINE)


@dataclass(frozen=True)
class Link:
    """A response link to a GET operation: where `Location` points (the first link that resolves)."""

    template: str  # the target operation's path template
    path: dict[str, str]  # path parameter -> runtime expression (`$request.path.x`, `$response.body#/p`)
    query: dict[str, str]


@dataclass(frozen=True)
class Response:
    status: int | None  # None: the `default` response
    media_types: dict[str, jsonschema_rs.Validator | None]
    headers: frozenset[str]
    required_headers: frozenset[str] = frozenset()
    links: tuple[Link, ...] = ()
    # The declared schema of each media type (http/stored_records.py matches stored wire forms against it).
    schemas: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass
class Operation:
    operation_id: str
    method: str
    template: str
    tag: str
    secured: bool
    params: list[Param]
    body: jsonschema_rs.Validator | None
    body_required: bool
    responses: dict[int, Response]
    raw: dict[str, Any] = field(repr=False)
    default: Response | None = None

    def response(self, status: int) -> Response | None:
        """The declared answer for `status`: its own; `default` only covers a 5xx the server did not
        mean to answer (a status answered on purpose must be declared by number, or it is drift)."""
        declared = self.responses.get(status)
        return declared if declared is not None or status < 500 else self.default


@dataclass(frozen=True)
class Spec:
    document: dict[str, Any]
    json_bytes: bytes
    yaml_bytes: bytes
    operations: list[Operation]
    # The compiler the operations were compiled with: its validators and registry, shared.
    compiler: Compiler | None = field(default=None, repr=False, compare=False)

    @property
    def version(self) -> str:
        return str(self.document["info"]["version"])

    @property
    def prefix(self) -> str:
        """The path every operation is served below: that of the bundle's servers (`/arm/v1`; none
        listed is one server at `/`, as OpenAPI says)."""
        servers = self.document.get("servers") or [{"url": "/"}]
        paths = {urlsplit(str(server["url"])).path.rstrip("/") for server in servers}
        if len(paths) != 1:
            raise SpecError(f"the bundle's servers differ in their path: {sorted(paths)}")
        return paths.pop()


def locate(explicit: str | None = None) -> Path:
    """The bundle: an explicit path, else the copy shipped in the package, else the repository's."""
    for candidate in (Path(explicit) if explicit else None, PACKAGE_SPEC, REPO_SPEC):
        if candidate is not None and (candidate / "armrest.json").exists():
            return candidate
        if candidate is not None and candidate.suffix == ".json" and candidate.exists():
            return candidate.parent
    raise SpecError("generated/openapi/armrest.json not found: run `python3 tools/bootstrap.py -s bundle`")


def load(directory: Path) -> Spec:
    json_bytes = (directory / "armrest.json").read_bytes()
    yaml_bytes = (directory / "armrest.yaml").read_bytes()
    document = orjson.loads(json_bytes)
    compiler = Compiler(document)
    return Spec(document, json_bytes, yaml_bytes, compile_operations(document, compiler), compiler)


def compile_operations(document: dict[str, Any], compiler: Compiler | None = None) -> list[Operation]:
    compiler = compiler or Compiler(document)
    root_security = document.get("security", [])
    schemes = document.get("components", {}).get("securitySchemes", {})
    for name, scheme in schemes.items():
        if scheme.get("type") not in ("http", "oauth2") or (
            scheme["type"] == "http" and scheme.get("scheme") != "bearer"
        ):
            raise SpecError(f"security scheme {name} is neither bearer nor oauth2")
    operations = []
    for template, item in document["paths"].items():
        item = compiler.resolve(item)
        unknown = set(item) - {*METHODS, "parameters", "summary", "description", "servers"}
        if unknown - {"$ref"}:
            raise SpecError(f"{template}: unsupported path item keys {sorted(unknown)}")
        shared = [compiler.resolve(p) for p in item.get("parameters", [])]
        for method in METHODS:
            if method in item:
                operations.append(_operation(compiler, template, method, item[method], shared, root_security))
    return operations


def _operation(
    compiler: Compiler,
    template: str,
    method: str,
    op: dict[str, Any],
    shared: list[dict[str, Any]],
    root_security: list[Any],
) -> Operation:
    raw_params = {(p["in"], p["name"]): p for p in shared}
    raw_params |= {(p["in"], p["name"]): p for p in map(compiler.resolve, op.get("parameters", []))}
    params = [compile_param(compiler, p) for p in raw_params.values()]
    declared = {p.name for p in params if p.location == "path"}
    if declared != set(re.findall(r"{([^}]+)}", template)):
        raise SpecError(f"{op['operationId']}: path parameters {sorted(declared)} do not match {template}")
    body, body_required = None, False
    if "requestBody" in op:
        request = compiler.resolve(op["requestBody"])
        if set(request["content"]) != {JSON}:
            raise SpecError(f"{op['operationId']}: request bodies must be {JSON} only")
        body = compiler.validator(request["content"][JSON]["schema"], proposed=True)
        body_required = bool(request.get("required", False))
    responses: dict[int, Response] = {}
    default: Response | None = None
    for status, response in op["responses"].items():
        if not status.isdigit() and status != "default":
            raise SpecError(f"{op['operationId']}: response {status} is neither a status code nor default")
        answer = _response(
            compiler, op["operationId"], None if status == "default" else int(status), response
        )
        if answer.status is None:
            default = answer
        else:
            responses[answer.status] = answer
    security = op.get("security", root_security)
    return Operation(
        operation_id=op["operationId"],
        method=method.upper(),
        template=template,
        tag=op["tags"][0],
        secured=any(requirement for requirement in security),
        params=params,
        body=body,
        body_required=body_required,
        responses=responses,
        raw=op,
        default=default,
    )


def _response(compiler: Compiler, operation_id: str, status: int | None, raw: dict[str, Any]) -> Response:
    response = compiler.resolve(raw)
    media = {}
    schemas = {}
    for media_type, content in response.get("content", {}).items():
        if media_type not in (JSON, PROBLEM_JSON):
            raise SpecError(f"{operation_id}: response media type {media_type}")
        media[media_type] = compiler.validator(content["schema"]) if "schema" in content else None
        if "schema" in content:
            schemas[media_type] = content["schema"]
    headers = {name.lower(): compiler.resolve(h) for name, h in response.get("headers", {}).items()}
    return Response(
        status,
        media,
        frozenset(headers),
        frozenset(name for name, h in headers.items() if h.get("required")),
        tuple(_link(compiler, operation_id, link) for link in response.get("links", {}).values()),
        schemas,
    )


def _link(compiler: Compiler, operation_id: str, raw: dict[str, Any]) -> Link:
    link = compiler.resolve(raw)
    target = _find_operation(compiler, link.get("operationId", ""))
    if target is None:
        raise SpecError(
            f"{operation_id}: a link names operation {link.get('operationId')} that does not exist"
        )
    template, params = target
    path: dict[str, str] = {}
    query: dict[str, str] = {}
    for name, expression in link.get("parameters", {}).items():
        (path if params.get(name) == "path" else query)[name] = str(expression)
    return Link(template, path, query)


def _find_operation(compiler: Compiler, operation_id: str) -> tuple[str, dict[str, str]] | None:
    """The path template of a GET operation and where each of its parameters goes."""
    for template, item in compiler.document["paths"].items():
        item = compiler.resolve(item)
        op = item.get("get")
        if op is not None and op.get("operationId") == operation_id:
            params = [compiler.resolve(p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
            return template, {p["name"]: p["in"] for p in params}
    return None


def served(
    spec: Spec, url: str, description: str, document: dict[str, Any] | None = None
) -> tuple[bytes, bytes]:
    """The bundle as this server serves it (JSON, YAML): `servers` names this server's address only,
    so a tool pointed at the served document talks to the server it came from. `document` is the
    bundle's document as published (http/published.py: without what the server does not serve);
    when it is the bundle's own, the YAML keeps the bundler's text but for its top-level `servers`
    block, else it is that document written as YAML."""
    server = {"url": url, "description": description, "x-internal": False}
    published = spec.document if document is None else document
    json_bytes = orjson.dumps(published | {"servers": [server]})
    if published is not spec.document:
        import yaml  # here, not above: only a document other than the bundle's is written anew

        # LibYAML's dumper where PyYAML was built with it (a whole bundle in well under a second).
        dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
        written = published | {"servers": [server]}
        text = yaml.dump(written, Dumper=dumper, sort_keys=False, allow_unicode=True)
        return json_bytes, text.encode()
    block = "servers:\n" + "".join(
        f"    {key}: {orjson.dumps(value).decode()}\n"
        if n
        else f"  - {key}: {orjson.dumps(value).decode()}\n"
        for n, (key, value) in enumerate(server.items())
    )
    text, found = SERVERS_BLOCK.subn(block, spec.yaml_bytes.decode(), count=1)
    if found != 1:
        raise SpecError("the bundled YAML has no top-level servers block")
    return json_bytes, text.encode()
