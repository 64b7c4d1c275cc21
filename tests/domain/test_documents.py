"""The document rules on a loaded context (plain rows, no database), the rows booking makes of the
accepted drafts, and createDocument's use case on a fake unit of work."""

from __future__ import annotations

from datetime import date
from typing import Any

from armrest_server.domain import booking, documents
from armrest_server.domain.config import Config
from armrest_server.domain.customers import code_lookup
from armrest_server.domain.documents import Context, Settings
from armrest_server.usecases import documents as use
from tests.domain.fakes import NOW, FakeUnitOfWork

TODAY = date(2026, 3, 31)
CUSTOMER: dict[str, Any] = {
    "id": 1,
    "customer_no": "543210",
    "data": {"emailAddressDocument": ["a@example.no"]},
}


def context(**settings: Any) -> Context:
    return Context(
        clientno=2218,
        settings=Settings.of(Config({k: (v, None) for k, v in settings.items()})),
        customers={"543210": CUSTOMER},
        used={"100001"},
        items={},
        bundles={},
        codes=code_lookup(TODAY),
    )


def sent(number: str, kind: str = "INVOICE", price: float = 100, **more: Any) -> dict[str, Any]:
    lines = [{"lineNo": 1, "description": "Bredbånd", "quantity": 2, "unitPrice": price, "vatRate": 25}]
    return {"documentNo": number, "documentType": kind, "customerNo": "543210", "documentDate": "2026-03-12",
            "lines": lines} | more  # fmt: skip


def codes(violations: list[Any]) -> list[tuple[str, str]]:
    return [(v.pointer, v.code) for v in violations]


def test_a_line_is_quantity_times_price_and_its_vat_each_rounded_half_up() -> None:
    line = documents.compute_line(
        {"lineNo": 1, "description": "x", "quantity": 0.333, "unitPrice": 0.05, "vatRate": 25}
    )
    assert (line.excl, line.vat, line.incl) == (2, 1, 3)


def test_an_invoice_is_due_after_the_clients_due_days_and_sent_by_the_customers_channel() -> None:
    draft, violations = documents.plan(context(dueDays=10), sent("100002"))
    assert violations == [] and draft is not None
    assert (draft.due_date, draft.incl, draft.distribution, draft.item and draft.item.remaining) == (
        date(2026, 3, 22), 250_00, {"type": "", "channel": None}, 250_00
    )  # fmt: skip


def test_the_rules_of_a_document_are_all_named() -> None:
    wrong = sent("100001", customerNo="999", currency="SEK", dueDate="2026-03-01", amountInclVat=1, kid="12")
    draft, violations = documents.plan(context(), wrong)
    assert draft is None
    assert codes(violations) == [
        ("/customerNo", "notFound"), ("/documentNo", "duplicate"), ("/dueDate", "dueDate"),
        ("/currency", "currency"), ("/kid", "kidLength"), ("/amountInclVat", "totals"),
    ]  # fmt: skip


def test_a_credit_note_may_credit_an_invoice_accepted_earlier_in_the_same_chunk() -> None:
    ctx = context()
    invoice, _ = documents.plan(ctx, sent("100002"))
    credit, violations = documents.plan(ctx, sent("100003", "CREDITNOTE", 40, creditedDocumentNo="100002"))
    assert violations == [] and invoice is not None and credit is not None and invoice.item is not None
    assert (credit.applied, invoice.item.remaining, credit.due_date) == (100_00, 150_00, date(2026, 3, 12))
    assert codes(documents.plan(ctx, sent("100002"))[1]) == [("/documentNo", "duplicate")]


def test_booking_rows_balance_and_a_credit_note_applies_to_its_invoice() -> None:
    ctx = context()
    drafts = [
        documents.plan(ctx, d)[0]
        for d in (sent("100002"), sent("100003", "CREDITNOTE", 40, creditedDocumentNo="100002"))
    ]
    assert all(d is not None for d in drafts)
    written = [d for d in drafts if d is not None]
    for n, draft in enumerate(written):
        assert draft.item is not None
        draft.item.document_id, draft.item.ar_item_id = 10 + n, 20 + n
    vouchers = [booking.voucher(d) for d in written]
    assert [sum(e.amount for e in v.entries) for v in vouchers] == [0, 0]
    assert [(r["ar_item_id"], r["amount"]) for r in booking.applications(2218, written, [1, 2])] == [
        (20, -100_00),
        (21, 100_00),
    ]
    assert booking.item_row(2218, written[1], NOW)["original_amount"] == -100_00


def test_kids_are_made_of_document_numbers_else_of_the_sequence() -> None:
    ctx = context(kidAlgorithm="MOD10", kidLength=5)
    drafts = [documents.plan(ctx, d)[0] for d in (sent("1234"), sent("A-1"), sent("B-2"))]
    written = [d for d in drafts if d is not None]
    waiting = booking.kids_waiting(written, ctx.settings)
    extra = booking.make_kids(written, ctx.settings, 7, waiting)
    assert (waiting, extra, [d.kid for d in written]) == (2, 0, ["12344", "00075", "00083"])


def test_create_document_books_the_document_its_item_and_voucher_in_the_unit_of_work() -> None:
    written: dict[str, list[Any]] = {}

    def insert(table: str, first_id: int) -> Any:
        def rows(*args: Any) -> list[int]:
            written[table] = list(args[-1])
            return list(range(first_id, first_id + len(args[-1])))

        return rows

    fake = FakeUnitOfWork(
        clients={"lock_ledger": lambda clientno: None, "config": lambda clientno: Config(),
                 "next_numbers": lambda clientno, name, first, count=1: {"voucherNo": 41, "kidSeq": 1}[name]},
        customers={"find_many": lambda clientno, numbers, lock: {"543210": CUSTOMER}},
        documents={"existing_keys": lambda clientno, keys: set(), "creditable": lambda clientno, keys: {},
                   "insert_many": insert("documents", 10), "set_credited": lambda pairs: None},
        bundles={"keyed": lambda clientno, pairs: {}, "insert_many": insert("bundles", 3)},
        aritems={"insert_many": insert("ar_items", 20), "insert_applications": insert("applications", 0),
                 "settle_many": lambda clientno, states: None},
        gl={"insert_entries": insert("gl", 0)},
    )  # fmt: skip
    [outcome] = use.create_many(fake, 2218, [sent("100002")], TODAY)  # type: ignore[arg-type]
    assert outcome.draft is not None and outcome.draft.item is not None and outcome.draft.bundle is not None
    assert (outcome.draft.kid, outcome.draft.item.ar_item_id, outcome.draft.bundle.id) == (
        "0001000025",
        20,
        3,
    )
    assert [(r["voucher_no"], r["account_no"], r["amount"]) for r in written["gl"]] == [
        (41, "1500", 250_00), (41, "3000", -200_00), (41, "2700", -50_00)
    ]  # fmt: skip
    assert (written["applications"], outcome.message) == ([], "Document 100002 created")
