"""Signing keys and API clients (the client-credentials flow)."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, update

from armrest_server.store.db import clock_of, reading, writing
from armrest_server.store.tables import api_clients, revocations, signing_keys


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


def remove_api_client(engine: Engine, client_id: str, at: datetime) -> bool:
    """Delete the API client and revoke the tokens issued to it up to `at`; whether it existed.
    A subject that holds tokens without being stored (`armrest token --subject`) is revoked too."""
    with writing(engine) as conn:
        existed = conn.execute(delete(api_clients).where(api_clients.c.client_id == client_id)).rowcount > 0
        moved = conn.execute(
            update(revocations).where(revocations.c.subject == client_id).values(revoked_at=at)
        ).rowcount
        if not moved:
            conn.execute(insert(revocations).values(subject=client_id, revoked_at=at))
    return bool(existed)


# One cheap statement, read by every process every few seconds: it changes whenever a client is
# revoked (a row added, or a revocation moved later), so the whole table is read again only then.
_VERSION = select(func.count(), func.max(revocations.c.revoked_at))


def revocation_version(engine: Engine) -> tuple[int, datetime | None]:
    with reading(engine, one_statement=True) as conn:
        count, latest = conn.execute(_VERSION).one()
    return int(count), latest


def revoked(engine: Engine) -> dict[str, datetime]:
    """Every revoked subject and the moment up to which its tokens are refused."""
    with reading(engine, one_statement=True) as conn:
        return {row.subject: row.revoked_at for row in conn.execute(select(revocations))}
