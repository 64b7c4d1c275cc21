"""A real server for tests: the ASGI app in-process (with its batch workers), on a fresh database,
every statement of which is watched for an UPDATE that leaves a stored wire form stale."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import httpx2 as httpx  # what Starlette's TestClient runs on, and answers
from starlette.testclient import TestClient

from armrest_server.app import build
from armrest_server.clock import Clock, SettableClock
from armrest_server.http.spec import Spec, load, locate
from armrest_server.settings import Settings
from tests.support import templates, traffic
from tests.support.forms_audit import stale_forms

CLIENTNO = 2218
OTHER_CLIENTNO = 2219
_SPEC: Spec | None = None


def spec() -> Spec:
    """The compiled bundle, once per test run (compiling every validator takes a second or two)."""
    global _SPEC
    if _SPEC is None:
        _SPEC = load(locate())
    return _SPEC


@contextmanager
def running(database_url: str, *, clock: Clock | None = None, **settings: Any) -> Iterator[Api]:
    """The app on `database_url` with test settings; `clock` is its one clock (default: the system's)."""
    options: dict[str, Any] = {
        "database_url": database_url,
        "strict": True,
        "worker_poll": 0.02,
        "log_level": "WARNING",
        "public_url": "http://testserver",  # the TestClient's base URL: links lead back to this app
    } | settings
    templates.migrated_unless_there(database_url)  # a copy of a migrated one, not a second of migrating
    app = build(Settings(**options), spec(), clock=clock)
    with (
        TestClient(app, base_url="http://testserver") as client,
        stale_forms(app.state.services.engine) as stale,
    ):
        recorder = traffic.to_file_from_environment()
        if recorder is not None:
            client.event_hooks["response"].append(recorder)
        yield Api(client, app.state.services)
    assert stale == [], f"UPDATEs that leave a stored wire form stale (tests/support/forms_audit.py): {stale}"


class Api:
    """An HTTP client for the API under /arm/v1, with a token for client 2218 by default."""

    def __init__(self, client: TestClient, services: Any) -> None:
        self.client = client
        self.services = services
        self.token = services.authority.issue("tester", [CLIENTNO]).access_token

    def headers(self, token: str | None = None, **extra: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token or self.token}", **extra}

    def request(
        self,
        method: str,
        path: str,
        *,
        token: str | None = None,
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        url = path if path.startswith("/") and not path.startswith("/clients") else f"/arm/v1{path}"
        if path.startswith("/codes") or path.startswith("/health"):
            url = f"/arm/v1{path}"
        return self.client.request(method, url, headers=self.headers(token) | (headers or {}), **kwargs)

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, json: Any = None, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, json=json, **kwargs)

    def put(self, path: str, json: Any = None, **kwargs: Any) -> httpx.Response:
        return self.request("PUT", path, json=json, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", path, **kwargs)

    def wait_for_batch(self, batch_uuid: str, timeout: float = 60) -> httpx.Response:
        """Poll getBatch until it is no longer 202."""
        deadline = time.monotonic() + timeout
        while True:
            response = self.get(f"/clients/{CLIENTNO}/batches/{batch_uuid}")
            if response.status_code != 202 or time.monotonic() > deadline:
                return response
            time.sleep(0.02)


def advance(api: Api, clock: SettableClock, by: timedelta) -> None:
    """Move the server's clock (tests/server/conftest.py `clocked_api`) and take a token valid then."""
    clock.advance(by)
    api.token = api.services.authority.issue("tester", [CLIENTNO]).access_token


def seed_demo(engine: Any) -> None:
    """Make an empty database the one `armrest serve --demo-data` starts on: migrated, then seeded
    with the demo ledger (armrest_server/demo: seconds of writes, so tests copy it once made)."""
    from armrest_server import demo
    from armrest_server.store.db import migrate

    migrate(engine)
    demo.seed(engine)


def metadata(user: str = "tester") -> dict[str, str]:
    return {"userId": user}


def table_counts(api: Api) -> dict[str, int]:
    """Rows per table: a 4xx must leave every count as it was."""
    from sqlalchemy import func, select

    from armrest_server.store.tables import metadata as tables

    with api.services.engine.connect() as conn:
        return {
            name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for name, t in tables.tables.items()
            if name not in ("query_snapshots", "worker_heartbeats", "signing_keys")
        }


Unchanged = Callable[[], None]
