"""What a handler receives and what it answers: plain data, no HTTP objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

from armrest_server.http.problems import type_base

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from armrest_server.auth import Authority, Principal
    from armrest_server.clock import Clock
    from armrest_server.http.spec import Operation
    from armrest_server.settings import Settings
    from armrest_server.store.stored_forms import Forms


class Services(Protocol):
    """What a handler reaches through `call.services` (armrest_server.services.Services is the one
    the app passes). Declared here as a protocol, its types imported for the type checker only, so
    that this layer imports nothing above it at run time while mypy checks every handler's use."""

    engine: Engine
    settings: Settings
    spec_version: str
    authority: Authority
    clock: Clock
    forms: Forms

    def now(self) -> datetime: ...

    def today(self) -> date: ...


# The contract's tenant (the path parameter a token's `clients` must grant) and the write bodies'
# envelope beside the payload (`metadata`, with `userId`): the names every handler reads through
# `Call`, pinned to the bundle by tests/spec/test_http_values.py.
TENANT = "clientno"
METADATA = "metadata"


@dataclass
class Call:
    operation: Operation
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: Any
    principal: Principal | None
    base_url: str  # scheme://host/arm/v1, for paging URLs
    services: Services

    @property
    def clientno(self) -> int:
        return int(self.path[TENANT])

    @property
    def problem_base(self) -> str:
        """Where this server names its problem types (what the dispatcher's own problems use)."""
        return type_base(self.base_url)

    @property
    def instance(self) -> str:
        """The request's path (for problem details)."""
        return urlsplit(self.base_url).path + self.operation.template.format(**self.path)

    @property
    def user_id(self) -> str:
        """The acting user from the body's metadata, else the token's subject."""
        if self.metadata:
            return str(self.metadata["userId"])
        return self.principal.subject if self.principal else "anonymous"

    @property
    def metadata(self) -> dict[str, Any]:
        if isinstance(self.body, dict) and isinstance(self.body.get(METADATA), dict):
            return dict(self.body[METADATA])
        return {}

    @property
    def language(self) -> str:
        """`en` or `no`, from Accept-Language (first listed language that we have)."""
        header = self.headers.get("accept-language") or ""
        for part in header.split(","):
            tag = part.split(";")[0].strip().lower()[:2]
            if tag == "en":
                return "en"
            if tag in ("no", "nb", "nn"):
                return "no"
        return "no"


@dataclass
class Reply:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
