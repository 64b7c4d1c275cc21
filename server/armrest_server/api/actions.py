"""Actions handlers: ledger actions done at once, and report jobs queued on the batch queue."""

from __future__ import annotations

from armrest_server.api import audit
from armrest_server.api.outages import retried
from armrest_server.api.rejections import rejected
from armrest_server.domain.actions import Outcome
from armrest_server.domain.rules import Rejected
from armrest_server.http.call import Call, Reply
from armrest_server.usecases import actions, reports
from armrest_server.usecases.uow import UnitOfWork

QUEUED_MESSAGE = "Action reports created and accepted for processing"


def _act(call: Call) -> tuple[Outcome, int]:
    action_type, wire = call.path["actiontype"], call.body["action"]
    with UnitOfWork(call.services.engine, forms=call.services.forms) as uow:
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
    with UnitOfWork(call.services.engine, forms=call.services.forms) as uow:
        try:
            queued = reports.queue(uow, call.clientno, report_type, wire, call.services.today(), call.user_id)
        except Rejected as error:
            raise rejected(error.violations) from None
        job_queue_id, batch_uuid = queued.job_queue_id, queued.batch_uuid
        if queued.new:
            status, message = 201, f"Report {report_type} queued as job {job_queue_id}"
        else:
            status, message = 200, f"Report {report_type} answered with the queued job {job_queue_id}"
        audit.record(uow.connection, call, "REPORT", report_type, status, "CREATED", message)
        uow.commit()
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
