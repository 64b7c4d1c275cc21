"""Batches handler: where an asynchronous batch write or report job is, and each item's result."""

from __future__ import annotations

from typing import Any

from armrest_server.api import audit
from armrest_server.api.dates import optional_timestamp
from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import FieldError, listed, not_found
from armrest_server.store import batches, clients
from armrest_server.store.db import reading, writing

# A FAILED batch ended without every item accepted, like COMPLETED_WITH_ERRORS: 206 (the contract).
STATUS_CODES = {
    "QUEUED": 202,
    "PROCESSING": 202,
    "COMPLETED": 200,
    "COMPLETED_WITH_ERRORS": 206,
    "FAILED": 206,
}
RETRY_AFTER_SECONDS = "1"


def accept(call: Call, batch_type: str, items: list[Any], message: str) -> Reply:
    """Queue a batch write and answer 202 BatchAccepted; the write is logged."""
    with writing(call.services.engine) as conn:
        clients.ensure(conn, call.clientno)
        batch_uuid = batches.enqueue(conn, call.clientno, batch_type, call.user_id[:100], items, len(items))
        audit.record(conn, call, "BATCH", batch_uuid, 202, "QUEUED", message)
    body = {
        "status": "ACCEPTED",
        "result": "QUEUED",
        "message": message,
        "clientNo": call.clientno,
        "batchUuid": batch_uuid,
        "itemCount": len(items),
    }
    return Reply(202, body)  # the dispatcher adds `Location`, from the contract's link to getBatch


def _item(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "index": row["idx"],
        "key": row["item_key"],
        "resultType": row["result_type"],
        "result": row["result"],
        "errors": field_errors(row["errors"] or []),
    }


def field_errors(kept: list[dict[str, str]]) -> list[dict[str, str]]:
    """An item's errors (worker/queue.ItemError, as its result keeps them) as the contract's field
    errors: each within the contract's lengths, at most 1000 (rows kept by older servers may hold more)."""
    return listed([FieldError(e["pointer"], e["message"], e["code"]).as_dict() for e in kept])


def getBatch(call: Call) -> Reply:
    batch_uuid = call.path["batchuuid"]
    # One snapshot: the counts and the items listed agree.
    with reading(call.services.engine) as conn:
        batch = batches.find(conn, call.clientno, batch_uuid)
        if batch is None:
            raise not_found(f"Batch {batch_uuid}", "#/path/batchuuid")
        items = batches.items(conn, batch_uuid)
    body = {
        "batchUuid": batch["batch_uuid"],
        "batchType": batch["batch_type"],
        "status": batch["status"],
        "itemCount": batch["item_count"],
        "processedCount": batch["processed_count"],
        "acceptedCount": batch["accepted_count"],
        "rejectedCount": batch["rejected_count"],
        "createdAt": optional_timestamp(batch["created_at"]),
        "startedAt": optional_timestamp(batch["started_at"]),
        "completedAt": optional_timestamp(batch["completed_at"]),
        "userId": batch["user_id"],
        "items": [_item(row) for row in items],
        "fileId": batch["file_id"],
        "jobQueueId": batch["job_queue_id"],
        # Why a FAILED batch ended; the problem of an attempt that is retried is not final, not shown.
        "message": batch["problem"]["detail"] if batch["status"] == "FAILED" and batch["problem"] else None,
    }
    status = STATUS_CODES[batch["status"]]
    return Reply(status, body, {"Retry-After": RETRY_AFTER_SECONDS} if status == 202 else {})
