"""createAction: read the action's target (and what holds it), decide with domain/actions.py, write
the values it sets on the AR items it changes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from armrest_server.domain import actions
from armrest_server.usecases.targets import Resolver
from armrest_server.usecases.uow import UnitOfWork


def perform(
    uow: UnitOfWork, clientno: int, action_type: str, wire: Mapping[str, Any], today: date
) -> actions.Outcome:
    """Do one action; raises Rejected (nothing changed) when a rule is broken."""
    name = actions.check(action_type, wire)
    uow.clients.lock_ledger(clientno)
    target = Resolver(uow, clientno, lock=True).resolve([(name, wire[name], f"/action/{name}")])
    item, customer = target.item, target.customer
    if action_type in actions.STOP_FIELDS:
        limit = actions.MAX_ITEMS + 1
        found = (
            None
            if item is not None
            else uow.postings.open_items(clientno, customer["id"], lock=True, limit=limit)
        )
        outcome = actions.stop(action_type, wire, target, found, today)
    elif item is None:
        raise AssertionError("the customer target was refused above")
    elif action_type == "debtcollection":
        hold = uow.reservations.holding(clientno, [item["id"]], today).get(item["id"])
        outcome = actions.debt_collection(item, customer, hold, name, today)
    else:
        outcome = actions.resend(item, customer, wire, name)
    uow.postings.set_fields(clientno, outcome.changed, **outcome.values)
    return outcome
