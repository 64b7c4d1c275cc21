"""How many request handlers a process runs at once: few on SQLite (they would only contend for the
GIL), as many as the connection pool serves on PostgreSQL, or what --handler-threads says."""

from __future__ import annotations

from anyio import to_thread

from armrest_server.app import SQLITE_HANDLERS
from armrest_server.store.db import CONNECTIONS
from tests.support.app import Api, running


def _handler_threads(api: Api) -> int:
    portal = api.client.portal
    assert portal is not None
    return int(portal.call(lambda: to_thread.current_default_thread_limiter().total_tokens))


def test_the_default_follows_the_database(migrated_url: str) -> None:
    with running(migrated_url) as api:
        expected = SQLITE_HANDLERS if migrated_url.startswith("sqlite") else CONNECTIONS - 1 - 1
        assert _handler_threads(api) == expected
        assert api.get("/health").status_code == 200


def test_handler_threads_caps_them(migrated_url: str) -> None:
    with running(migrated_url, handler_threads=2) as api:
        assert _handler_threads(api) == 2
        assert api.get("/health").status_code == 200
