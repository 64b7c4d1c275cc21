"""AutoPostings handler: payments, write-offs and refunds, all or nothing."""

from __future__ import annotations

from typing import Any

from armrest_server import faults
from armrest_server.api import audit
from armrest_server.api.outages import retried
from armrest_server.domain.autopostings import NAMES, Plan
from armrest_server.domain.money import to_wire
from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import RESULT_ERRORS, FieldError, Problem, listed
from armrest_server.usecases import autopostings
from armrest_server.usecases.uow import UnitOfWork


def _result(plan: Plan, result_type: str) -> dict[str, Any]:
    shown = result_type in ("POSTED", "VALIDATED")
    return {
        "postingRef": plan.posting.ref,
        "resultType": result_type,
        "voucherNo": plan.voucher_no if shown else None,
        "applications": [{"arItemId": item["id"], "amount": to_wire(a)} for item, a in plan.applications]
        if shown
        else [],
        "unappliedArItemId": plan.unapplied_item_id if shown else None,
        "errors": listed(
            [FieldError(v.pointer, v.message, v.code).as_dict() for v in plan.errors], limit=RESULT_ERRORS
        ),
    }


def _check(plans: list[Plan]) -> None:
    """422 listing every posting when any failed; nothing has been written then."""
    failed = [plan for plan in plans if plan.errors]
    if not failed:
        return
    errors = [FieldError(v.pointer, v.message, v.code) for plan in failed for v in plan.errors][:1000]
    raise Problem(
        422,
        f"{len(failed)} of {len(plans)} postings failed; nothing was written",
        errors,
        extra={"autoPostings": [_result(p, "FAILED" if p.errors else "BATCH-REJECTED") for p in plans]},
    )


def _count(method: str, n: int) -> str:
    singular, plural = NAMES[method]
    return f"{n} {singular if n == 1 else plural}"


def _answer(call: Call, method: str, plans: list[Plan], status: int) -> Reply:
    dry = status == 200
    body = {
        "status": "VALIDATED" if dry else "PROCESSED",
        "result": "VALIDATED" if dry else "CREATED",
        "message": f"{_count(method, len(plans))} " + ("validated, nothing written" if dry else "posted"),
        "clientNo": call.clientno,
        "autoPostingMethod": method,
        "autoPostings": [_result(plan, "VALIDATED" if dry else "POSTED") for plan in plans],
    }
    return Reply(status, body)


def createAutoPostings(call: Call) -> Reply:
    method = call.path["autopostingmethod"]
    wire = call.body["autoPostings"]
    engine, forms, today = call.services.engine, call.services.forms, call.services.today()
    if any(posting.get("validateOnly") for posting in wire):
        with UnitOfWork(engine, writes=False) as uow:
            plans = autopostings.plan_all(uow, call.clientno, method, wire, today, lock=False)
            uow.commit()
        _check(plans)
        return _answer(call, method, plans, 200)

    def post() -> Reply:
        with UnitOfWork(engine, forms=forms) as uow:
            plans = autopostings.plan_locked(uow, call.clientno, method, wire, today)
            _check(plans)
            autopostings.write(uow, call.clientno, method, plans, today)
            vouchers = [plan.voucher_no for plan in plans]
            audit.record(
                uow.connection,
                call,
                "AUTOPOSTING",
                method,
                201,
                "CREATED",
                f"{_count(method, len(plans))} posted, vouchers {vouchers[0]}..{vouchers[-1]}",
            )
            faults.reach("autopostings-written")
            uow.commit()
        return _answer(call, method, plans, 201)

    # A concurrent request settled the same items or used the same paymentId first; planning again
    # sees what it wrote (and answers 422 if that leaves this request invalid).
    detail = "The ledger changed while the postings were written; send them again"
    return retried(call, post, detail=detail, races=(autopostings.Race,))
