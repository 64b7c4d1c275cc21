"""Every write leaves a log item, in the write's own transaction: who, what, when, which, how it went."""

from __future__ import annotations

from sqlalchemy import Connection

from armrest_server.http.call import Call
from armrest_server.store import logitems


def record(
    conn: Connection,
    call: Call,
    entity_type: str,
    entity_key: str,
    status: int,
    result: str | None,
    message: str,
) -> int:
    """Answers the log item's id. Messages name records by number, never by personal data.
    (The item's id makes sure of its client: store/clients.py next_numbers.)"""
    meta = call.metadata
    return logitems.insert_item(
        conn,
        clientno=call.clientno,
        user_id=call.user_id[:100],
        source=meta.get("source"),
        correlation_id=meta.get("correlationId"),
        operation_id=call.operation.operation_id,
        method=call.operation.method,
        path=call.operation.template.format(**call.path)[:500],  # below the base URL, as the contract says
        entity_type=entity_type,
        entity_key=entity_key[:100],
        status=status,
        result=result,
        message=message[:1000],
    )
