"""The AR item rules on plain rows: which changes a request makes, and the credit note it asks for."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from armrest_server.domain import aritems
from armrest_server.domain import documents as docs
from armrest_server.domain.config import Config
from armrest_server.domain.rules import Rejected

TODAY = date(2026, 3, 31)
SETTINGS = docs.Settings.of(Config())  # MOD10, KIDs of 10 digits


def row(**more: Any) -> dict[str, Any]:
    return {
        "id": 5, "status": "OPEN", "document_type": "INVOICE", "document_no": "100234", "document_id": 3,
        "customer_id": 1, "document_date": date(2026, 3, 12), "due_date": date(2026, 3, 26), "kid": None,
        "stop_reminder_until": None, "stop_debt_collection_until": None, "stop_interest_calc_until": None,
        "remaining_amount": 1250_00, "closed_date": None, "currency": "NOK",
    } | more  # fmt: skip


def test_a_closed_item_is_never_changed() -> None:
    with pytest.raises(Rejected) as rejected:
        aritems.check_open(row(status="CLOSED"))
    assert rejected.value.violations[0].code == "closed"


def test_only_the_columns_that_differ_change_and_each_is_checked() -> None:
    violations: list[Any] = []
    sent = {"arItemId": 5, "dueDate": "2026-03-26", "stopReminderUntil": "2026-04-30", "kid": "123"}
    changes = aritems.changes(row(), sent, SETTINGS, violations)
    assert changes == {"stop_reminder_until": date(2026, 4, 30), "kid": "123"}
    assert [(v.pointer, v.code) for v in violations] == [("/kid", "kidLength")]


def test_a_due_date_before_the_document_date_is_refused() -> None:
    violations: list[Any] = []
    aritems.changes(row(), {"dueDate": "2026-03-01"}, SETTINGS, violations)
    assert [v.code for v in violations] == ["dueDate"]


def test_a_kid_another_record_has_is_a_duplicate() -> None:
    assert [v.code for v in aritems.kid_violations("0001002344", "customer 543210")] == ["duplicate"]
    assert aritems.kid_violations("0001002344", None) == []


def test_a_credit_note_is_for_an_invoice_within_its_remaining_amount_with_a_new_number() -> None:
    sent = {"documentNo": "100235", "amount": 1250.01, "documentDate": "2026-03-01"}
    broken = aritems.credit_note_violations(row(document_type="REMINDER"), sent, {"100235"}, TODAY)
    assert [(v.pointer, v.code) for v in broken] == [
        ("/creditNote", "documentType"),
        ("/creditNote/amount", "amount"),
        ("/creditNote/documentNo", "duplicate"),
        ("/creditNote/documentDate", "documentDate"),
    ]


def test_a_credit_note_splits_its_amount_over_the_vat_rates_of_the_credited_document() -> None:
    lines = [{"vatRate": 25, "amountInclVat": 750_00}, {"vatRate": 15, "amountInclVat": 250_00}]
    credit = aritems.credit_lines(lines, 100_00, "Kompensasjon")
    assert [(c.vat_rate, c.excl, c.vat) for c in credit] == [(15, 21_74, 3_26), (25, 60_00, 15_00)]
    assert sum(c.incl for c in credit) == 100_00


def test_the_credit_note_credits_its_item_to_its_customer_on_today_unless_dated() -> None:
    customer = {"id": 1, "customer_no": "543210", "data": {"emailAddressDocument": ["a@example.no"]}}
    document = {"data": {"lines": [{"vatRate": 25, "amountInclVat": 1250_00}]}}
    draft = aritems.credit_note(row(), {"documentNo": "N1", "amount": 125}, document, customer, TODAY)
    assert (draft.document_type, draft.document_date, draft.incl, draft.distribution["channel"]) == (
        "CREDITNOTE", TODAY, 125_00, None
    )  # fmt: skip
    assert draft.credited is not None and draft.credited.ar_item_id == 5
    ctx = aritems.accepted(2218, SETTINGS, draft, TODAY)
    assert (ctx.clientno, draft.applied, draft.credited.remaining, draft.credited.settled) == (
        2218,
        125_00,
        1125_00,
        True,
    )
