"""Actions handlers: ledger actions done at once, and report jobs queued on the batch queue."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from armrest_server.api import audit
from armrest_server.api.outages import retried
from armrest_server.api.rejections import rejected
from armrest_server.clock import Calendar
from armrest_server.domain import reports
from armrest_server.domain.actions import Outcome
from armrest_server.domain.rules import Rejected
from armrest_server.http.call import Call, Reply
from armrest_server.store import batches, clients
from armrest_server.store import reports as report_files
from armrest_server.store.db import writing
from armrest_server.usecases import actions
from armrest_server.usecases.uow import UnitOfWork
from armrest_server.worker.queue import ItemResult, Kind

FIRST_JOB_QUEUE_ID = 900000
QUEUED_MESSAGE = "Action reports created and accepted for processing"


def _act(call: Call) -> tuple[Outcome, int]:
    action_type, wire = call.path["actiontype"], call.body["action"]
    with UnitOfWork(call.services.engine) as uow:
        try:
            outcome = actions.perform(uow, call.clientno, action_type, wire, call.services.today())
        except Rejected as error:
            raise rejected(error.violations) from None
        comment = f" ({wire['comment']})" if wire.get("comment") else ""
        log_item_id = audit.record(
            uow.connection, call, "ACTION", action_type, 200, outcome.result, f"{outcome.message}{comment}"
        )
        uow.commit()
    return outcome, log_item_id


def createAction(call: Call) -> Reply:
    # Row locks taken in another order by a concurrent writer (a deadlock PostgreSQL broke).
    outcome, log_item_id = retried(
        call, lambda: _act(call), detail="The ledger changed while the action was done; send it again"
    )
    body = {
        "status": "PROCESSED",
        "result": outcome.result,
        "message": outcome.message,
        "clientNo": call.clientno,
        "actionType": call.path["actiontype"],
        "logItemId": log_item_id,
        "affectedCount": outcome.affected,
        "arItemIds": outcome.item_ids,
    }
    return Reply(200, body)


def createReportAction(call: Call) -> Reply:
    report_type = call.path["reporttype"]
    wire = call.body["action"]["report"]
    with writing(call.services.engine) as conn:
        try:
            request = reports.request_of(conn, call.clientno, report_type, wire, call.services.today())
        except Rejected as error:
            raise rejected(error.violations) from None
        dedupe_key = request.dedupe_key()
        report_files.lock_job_key(conn, dedupe_key)
        pending = batches.find_pending_by_dedupe(conn, call.clientno, dedupe_key)
        if pending is not None:
            status, job_queue_id, batch_uuid = 200, int(pending["job_queue_id"]), str(pending["batch_uuid"])
            message = f"Report {report_type} answered with the queued job {job_queue_id}"
        else:
            status = 201
            job_queue_id = clients.next_numbers(conn, call.clientno, "jobQueueId", FIRST_JOB_QUEUE_ID)
            batch_uuid = batches.enqueue(
                conn,
                call.clientno,
                "REPORT",
                call.user_id[:100],
                request.payload(),
                1,
                job_queue_id,
                dedupe_key,
            )
            message = f"Report {report_type} queued as job {job_queue_id}"
        audit.record(conn, call, "REPORT", report_type, status, "CREATED", message)
    body = {
        "status": "PROCESSED",
        "result": "CREATED",
        "message": QUEUED_MESSAGE,
        "reportType": report_type,
        "clientNo": call.clientno,
        "jobQueueId": job_queue_id,
        "batchUuid": batch_uuid,
    }
    return Reply(status, body)


def report_kind(services: Calendar) -> Kind:
    """The REPORT batch: one item (the request) whose processing writes the CSV file."""

    def process(conn: Connection, batch: dict[str, Any], chunk: list[tuple[int, Any]]) -> list[ItemResult]:
        results = []
        for _, payload in chunk:
            request = reports.Request.of_payload(payload)
            name, content = reports.make(conn, batch["clientno"], request, int(batch["job_queue_id"]))
            report_files.insert_file(conn, batch["clientno"], int(batch["job_queue_id"]), name, content)
            results.append(ItemResult(request.report_type, True, "CREATED"))
        return results

    def finish(conn: Connection, batch: dict[str, Any]) -> str | None:
        return report_files.file_of_job(conn, batch["clientno"], int(batch["job_queue_id"]))

    return Kind(
        process=process, finish=finish, items=lambda payload: [payload], key=lambda p: p["report_type"]
    )
