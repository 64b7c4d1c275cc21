"""updateArItem (and the demo's goodwill credits): change an AR item's details and credit it, all or
nothing, on the rules of domain/aritems.py."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from armrest_server.domain import aritems
from armrest_server.domain import documents as docs
from armrest_server.domain.rules import Rejected, Violation
from armrest_server.usecases import documents
from armrest_server.usecases.targets import Resolver
from armrest_server.usecases.uow import UnitOfWork


class UnknownItem(Exception):
    pass


@dataclass
class Updated:
    result: str  # UPDATED | UNCHANGED
    item: dict[str, Any]  # the row after the update
    credit_note: docs.Draft | None = None


def update(uow: UnitOfWork, clientno: int, sent: Mapping[str, Any], today: date) -> Updated:
    """The changes and the credit note, all or nothing. Raises UnknownItem, or Rejected (pointers
    relative to the `arItem` object) before anything is written."""
    uow.clients.lock_ledger(clientno)
    row = uow.aritems.find(clientno, sent["arItemId"], lock=True)
    if row is None:
        raise UnknownItem(sent["arItemId"])
    aritems.check_open(row)
    settings = docs.Settings.of(uow.clients.config(clientno))
    violations: list[Violation] = []
    changes = aritems.changes(row, sent, settings, violations)
    if changes.get("kid") and not violations:
        user = Resolver(uow, clientno).kid_user(changes["kid"], row["id"])
        violations += aritems.kid_violations(changes["kid"], user)
    draft = (
        _credit_note(uow, clientno, row, sent["creditNote"], today, violations)
        if sent.get("creditNote")
        else None
    )
    if violations:
        raise Rejected(violations)
    if changes:
        uow.aritems.update_details(clientno, row["id"], changes)
    if draft is not None:
        ctx = aritems.accepted(clientno, settings, draft, today)
        documents.write(uow, ctx, [draft], today, "CREDITNOTE")
    after = uow.aritems.find(clientno, row["id"])
    assert after is not None
    return Updated("UPDATED" if changes or draft else "UNCHANGED", after, draft)


def _credit_note(
    uow: UnitOfWork,
    clientno: int,
    row: Mapping[str, Any],
    sent: Mapping[str, Any],
    today: date,
    violations: list[Violation],
) -> docs.Draft | None:
    """The credit note the request asks for, checked; None (its rules added to `violations`) when
    one is broken."""
    used = uow.documents.existing_keys(clientno, [sent["documentNo"].lower()])
    broken = aritems.credit_note_violations(row, sent, used, today)
    if broken:
        violations += broken
        return None
    document = uow.documents.find_by_id(clientno, row["document_id"])
    customer = uow.customers.find_by_id(clientno, row["customer_id"])
    assert document is not None and customer is not None
    return aritems.credit_note(row, sent, document, customer, today)
