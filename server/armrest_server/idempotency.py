"""Idempotency-Key on POST: a replay answers the stored answer and writes nothing.

Same key and body within 24 h -> the stored answer; same key, other body -> 422; a replay while
the first request still runs -> 409. Answers of 5xx are not stored, so a retry may run again.
"""

from __future__ import annotations

import hashlib

import orjson

from armrest_server.http.call import Call, Reply
from armrest_server.http.dispatch import Handler
from armrest_server.http.problems import Problem, rule
from armrest_server.store import idempotency
from armrest_server.store.db import writing


def around(call: Call, handler: Handler) -> Reply:
    key = call.headers.get("idempotency-key")
    if call.operation.method != "POST" or not key:
        return handler(call)
    digest = hashlib.sha256(
        orjson.dumps(
            [call.operation.operation_id, call.path, call.query, call.body], option=orjson.OPT_SORT_KEYS
        )
    ).hexdigest()
    engine = call.services.engine
    with writing(engine) as conn:
        known = idempotency.claim(conn, call.clientno, key, call.operation.operation_id, digest)
    if known is not None:
        if known["request_hash"] != digest:
            raise rule(
                422,
                "#/header/Idempotency-Key",
                "This Idempotency-Key was used with another request",
                "idempotencyMismatch",
            )
        if known["state"] != "DONE":
            raise Problem(409, "A request with this Idempotency-Key is still in progress")
        return Reply(
            known["status"], known["body"], dict(known["headers"] or {}) | {"Idempotent-Replayed": "true"}
        )
    try:
        reply = handler(call)
    except Problem as problem:
        reply = Reply(problem.status, problem.body(call.instance), problem.headers)
    except BaseException:
        with writing(engine) as conn:
            idempotency.release(conn, call.clientno, key)
        raise
    with writing(engine) as conn:
        idempotency.complete(conn, call.clientno, key, reply.status, reply.body, reply.headers)
    return reply
