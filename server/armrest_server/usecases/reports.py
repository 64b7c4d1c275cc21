"""Report jobs: createReportAction queues one (or answers the identical one still queued), and the
REPORT batch kind runs it: the CSV of domain/reports.py made of what the store holds at its date,
stored as the job's file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from armrest_server.domain import reports
from armrest_server.usecases.uow import UnitOfWork

FIRST_JOB_QUEUE_ID = 900000


@dataclass(frozen=True)
class Queued:
    request: reports.Request
    job_queue_id: int
    batch_uuid: str
    new: bool  # False: an identical request was still queued, and this is its job


def request_of(
    uow: UnitOfWork, clientno: int, report_type: str, wire: Mapping[str, Any], today: date
) -> reports.Request:
    """The report request of a createReportAction body; raises Rejected on a broken rule."""
    intervals = uow.clients.config(clientno).value("adbIntervals") if report_type == "adb" else []
    return reports.request_of(report_type, wire, today, intervals)


def queue(
    uow: UnitOfWork, clientno: int, report_type: str, wire: Mapping[str, Any], today: date, user_id: str
) -> Queued:
    """Queue a report job, unless an identical request is queued still: then that job answers."""
    request = request_of(uow, clientno, report_type, wire, today)
    dedupe_key = request.dedupe_key()
    uow.reports.lock_job_key(dedupe_key)
    pending = uow.batches.find_pending_by_dedupe(clientno, dedupe_key)
    if pending is not None:
        return Queued(request, int(pending["job_queue_id"]), str(pending["batch_uuid"]), False)
    job_queue_id = uow.clients.next_numbers(clientno, "jobQueueId", FIRST_JOB_QUEUE_ID)
    batch_uuid = uow.batches.enqueue(
        clientno, "REPORT", user_id[:100], request.payload(), 1, job_queue_id, dedupe_key
    )
    return Queued(request, job_queue_id, batch_uuid, True)


def make(uow: UnitOfWork, clientno: int, payload: Mapping[str, Any], job_queue_id: int) -> reports.Request:
    """Run a queued report job: its CSV, stored as the job's file."""
    request = reports.Request.of_payload(payload)
    as_of = date.fromisoformat(request.as_of)
    if request.report_type == "adb":
        currency = str(uow.clients.config(clientno).value("currency"))
        content = reports.adb_report(request, uow.insights.items_at(clientno, as_of, currency))
    elif request.report_type == "aritems":
        content = reports.aritems_report(request, uow.insights.items_at(clientno, as_of))
    else:
        content = reports.glbalance_report(request, uow.insights.gl_balances_at(clientno, as_of))
    uow.reports.insert_file(clientno, job_queue_id, reports.file_name(request, job_queue_id), content)
    return request
