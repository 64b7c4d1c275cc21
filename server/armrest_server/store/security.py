"""Signing keys and API clients (the client-credentials flow)."""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import Engine, insert, select

from armrest_server.store.db import clock_of, reading, writing
from armrest_server.store.tables import api_clients, signing_keys


def signing_key(engine: Engine) -> str:
    """The database's signing key, made on first use (every process on the database shares it)."""
    with reading(engine) as conn:
        key = conn.execute(select(signing_keys.c.secret).order_by(signing_keys.c.created_at)).scalar()
    if key is not None:
        return str(key)
    with writing(engine) as conn:
        key = conn.execute(select(signing_keys.c.secret).order_by(signing_keys.c.created_at)).scalar()
        if key is None:
            key = secrets.token_urlsafe(48)
            conn.execute(
                insert(signing_keys).values(kid="default", secret=key, created_at=clock_of(conn).now())
            )
    return str(key)


def add_api_client(engine: Engine, client_id: str, secret_hash: str, clients: list[int]) -> None:
    with writing(engine) as conn:
        conn.execute(api_clients.delete().where(api_clients.c.client_id == client_id))
        conn.execute(
            insert(api_clients).values(
                client_id=client_id, secret_hash=secret_hash, clients=clients, created_at=clock_of(conn).now()
            )
        )


def api_client(engine: Engine, client_id: str) -> dict[str, Any] | None:
    with reading(engine) as conn:
        row = conn.execute(select(api_clients).where(api_clients.c.client_id == client_id)).mappings().first()
    return dict(row) if row else None
