"""Idempotency-Key on POST: a replay answers the stored answer and writes nothing.

The key is claimed, the handler runs, and its answer is stored, all in one write transaction: the
handler's own `writing` blocks join it as savepoints (store/db.py). So a key is either absent
(nothing was written: a crash, or an answer that is not stored) or DONE with the answer that its
write produced, never in between, and a crash at any point cannot make a resend write twice.

Which answers are stored (replayed for 24 h to the same key and body):
- 2xx, and 4xx that the same request would get again (a 422 rule violation, a 404): the write, if
  any, commits with them.
- Never: 409 (a lost race, "the ledger changed, send it again", or a key in flight), 408, 423, 425,
  429 and every 5xx (503 included). The transaction is rolled back whole, the key stays absent, and
  a resend with the same key runs afresh.

Same key, another body (or operation) -> 422 `idempotencyMismatch`. A second request with a key
whose first request still runs waits for it (PostgreSQL: on the key's unique index, at most the lock
time-out) and then replays its answer; beyond that wait it answers 409 with `Retry-After`. Bodies are
compared by a digest of their canonical JSON, in which numbers are compared by value (`1` = `1.0`),
as the contract's number and integer types do.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

from armrest_server import faults
from armrest_server.http.call import Call, Reply
from armrest_server.http.dispatch import Handler
from armrest_server.http.problems import Problem, rule, send_again
from armrest_server.store import idempotency
from armrest_server.store.db import writing

_NOT_STORED = frozenset({408, 409, 423, 425, 429})


def stored(status: int) -> bool:
    """Whether an answer is final for its key (see the module docstring)."""
    return 200 <= status < 300 or (400 <= status < 500 and status not in _NOT_STORED)


class _Discard(Exception):
    """Leaves the transaction so that it rolls back, carrying the answer that is not stored."""

    def __init__(self, reply: Reply) -> None:
        self.reply = reply


def around(call: Call, handler: Handler) -> Reply:
    key = call.headers.get("idempotency-key")
    if call.operation.method != "POST" or not key:
        return handler(call)
    digest = request_digest(call)
    try:
        with writing(call.services.engine, forms=call.services.forms) as conn:
            try:
                known = idempotency.claim(
                    conn, call.clientno, key, call.operation.operation_id, digest, call.services.now()
                )
            except idempotency.InFlight:
                known = {"request_hash": digest, "state": "RUNNING"}
            if known is not None:
                return _replay(known, digest)
            faults.reach("key-claimed")
            try:
                reply = handler(call)
            except Problem as problem:
                reply = Reply(problem.status, problem.body(call.instance, call.problem_base), problem.headers)
            faults.reach("handler-done")
            if not stored(reply.status):
                raise _Discard(reply)
            idempotency.complete(conn, call.clientno, key, reply.status, reply.body, reply.headers)
            faults.reach("answer-stored")
    except _Discard as discarded:
        return discarded.reply
    faults.reach("before-answer")
    return reply


def _replay(known: dict[str, Any], digest: str) -> Reply:
    if known["request_hash"] != digest:
        raise rule(
            422,
            "#/header/Idempotency-Key",
            "This Idempotency-Key was used with another request",
            "idempotencyMismatch",
        )
    if known["state"] != "DONE":
        raise send_again("A request with this Idempotency-Key is still in progress; send it again later")
    headers = dict(known["headers"] or {})
    return Reply(known["status"], known["body"], headers | {"Idempotent-Replayed": "true"})


def request_digest(call: Call) -> str:
    """SHA-256 of the operation, path, query and body as canonical JSON (sorted keys, numbers by value)."""
    request = [call.operation.operation_id, call.path, call.query, call.body]
    return hashlib.sha256(orjson.dumps(_canonical(request), option=orjson.OPT_SORT_KEYS)).hexdigest()


def _canonical(value: Any) -> Any:
    """`value` with every integral float written as an integer: JSON `1.0` and `1` are one number."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**63:
        return int(value)
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return value
