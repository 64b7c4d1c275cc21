"""The action rules on plain rows (which request is refused, what each action changes), and the use
case on a fake unit of work."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from armrest_server.domain import actions
from armrest_server.domain.config import Config
from armrest_server.domain.rules import Rejected
from armrest_server.domain.targets import Target
from armrest_server.usecases import actions as use
from tests.domain.fakes import FakeUnitOfWork

TODAY = date(2026, 3, 31)


def customer(**data: Any) -> dict[str, Any]:
    return {"id": 1, "customer_no": "543210", "data": data}


def item(**row: Any) -> dict[str, Any]:
    return {
        "id": 7, "status": "OPEN", "remaining_amount": 100_00, "due_date": date(2026, 3, 1),
        "in_debt_collection": False, "stop_debt_collection_until": None, "stop_reminder_until": None,
        "document_no": "100234", "document_id": 3, "document_data": {},
    } | row  # fmt: skip


def code(call: Any, *args: Any) -> str:
    with pytest.raises(Rejected) as rejected:
        call(*args)
    return rejected.value.violations[0].code


def test_a_request_with_a_field_its_action_refuses_or_a_stop_without_until_is_refused() -> None:
    assert code(actions.check, "debtcollection", {"arItemId": 7, "until": "2026-04-01"}) == "notAllowed"
    assert code(actions.check, "stopreminders", {"arItemId": 7}) == "required"
    assert actions.check("resenddocument", {"documentNo": "100234"}) == "documentNo"


def test_a_stop_sets_the_date_on_the_items_that_differ_and_a_past_date_lifts_it() -> None:
    items = [item(id=1), item(id=2, stop_reminder_until=date(2026, 5, 1))]
    stopped = actions.stop(
        "stopreminders", {"customerNo": "543210", "until": "2026-05-01"}, Target(customer()), items, TODAY
    )
    lifted = actions.stop(
        "stopreminders", {"arItemId": 2, "until": "2026-01-01"}, Target(customer(), items[1]), None, TODAY
    )
    assert (stopped.item_ids, stopped.changed, stopped.values) == (
        [1, 2],
        [1],
        {"stop_reminder_until": date(2026, 5, 1)},
    )
    assert (lifted.changed, lifted.values, lifted.result) == ([2], {"stop_reminder_until": None}, "UPDATED")


def test_a_stop_on_a_closed_item_or_on_too_many_items_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    wire = {"arItemId": 7, "until": "2026-05-01"}
    assert (
        code(actions.stop, "stopreminders", wire, Target(customer(), item(status="CLOSED")), None, TODAY)
        == "notOpen"
    )
    monkeypatch.setattr(actions, "MAX_ITEMS", 1)
    wire = {"customerNo": "543210", "until": "2026-05-01"}
    assert (
        code(actions.stop, "stopreminders", wire, Target(customer()), [item(id=1), item(id=2)], TODAY)
        == "tooMany"
    )


@pytest.mark.parametrize(
    ("row", "hold", "data", "expected"),
    [
        ({"status": "CLOSED"}, None, {}, "notOpen"),
        ({"remaining_amount": -1}, None, {}, "notDebit"),
        ({"due_date": TODAY}, None, {}, "notOverdue"),
        ({"in_debt_collection": True}, None, {}, "inDebtCollection"),
        ({}, {"payment_id": "P1"}, {}, "reserved"),
        ({"stop_debt_collection_until": TODAY}, None, {}, "stopped"),
        ({}, None, {"stopDebtCollectionUntil": "2026-04-30"}, "stopped"),
    ],
)
def test_debt_collection_refuses_an_item_that_is_not_overdue_and_free(
    row: dict[str, Any], hold: dict[str, Any] | None, data: dict[str, Any], expected: str
) -> None:
    assert code(actions.debt_collection, item(**row), customer(**data), hold, "arItemId", TODAY) == expected


def test_debt_collection_marks_the_item() -> None:
    done = actions.debt_collection(item(), customer(), None, "arItemId", TODAY)
    assert (done.changed, done.values, done.message) == (
        [7], {"in_debt_collection": True}, "AR item 7 (document 100234) sent to debt collection"
    )  # fmt: skip


def test_a_resend_goes_by_the_channel_named_else_the_customers_default_and_needs_its_address() -> None:
    by_email = actions.resend(item(), customer(emailAddressDocument=["a@example.no"]), {}, "documentNo")
    assert (by_email.message, by_email.changed) == ("Document 100234 resent by EMAIL", [])
    assert code(actions.resend, item(), customer(), {"channel": "EHF"}, "documentNo") == "channel"
    assert code(actions.resend, item(document_id=None), customer(), {}, "documentNo") == "noDocument"


def test_a_channel_blocked_for_the_customer_is_named() -> None:
    blocked = customer(organizationNo="974760673", peppolBlockIds=["0192:974760673"])
    assert actions.channel_problem("EHF", blocked, "100234") == "is blocked for EHF in peppolBlockIds"


def test_stopping_reminders_for_a_customer_writes_the_date_on_its_open_items_that_differ() -> None:
    written: list[tuple[list[int], dict[str, Any]]] = []
    open_items = [item(id=1), item(id=2, stop_reminder_until=date(2026, 5, 1))]
    fake = FakeUnitOfWork(
        clients={"lock_ledger": lambda clientno: None, "config": lambda clientno: Config()},
        customers={"find_by_no": lambda clientno, number: customer() if number == "543210" else None},
        postings={
            "open_items": lambda clientno, customer_id, lock, limit: open_items[:limit],
            "set_fields": lambda clientno, ids, **values: written.append((ids, values)),
        },
    )
    wire = {"customerNo": "543210", "until": "2026-05-01"}
    outcome = use.perform(fake, 2218, "stopreminders", wire, TODAY)  # type: ignore[arg-type]
    assert (outcome.item_ids, outcome.affected, written) == (
        [1, 2],
        1,
        [([1], {"stop_reminder_until": date(2026, 5, 1)})],
    )
    assert code(
        use.perform, fake, 2218, "stopreminders", {"customerNo": "nobody", "until": "2026-05-01"}, TODAY
    ) == ("notFound")
