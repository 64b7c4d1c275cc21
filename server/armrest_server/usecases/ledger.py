"""Posting vouchers to the general ledger: numbered from the client's voucher sequence, each entry in
its posting period (domain/ledger.py), written in one multi-row insert."""

from __future__ import annotations

from datetime import date

from armrest_server.domain import ledger
from armrest_server.domain.ledger import Entry, Voucher
from armrest_server.usecases.uow import UnitOfWork


def post_vouchers(
    uow: UnitOfWork, clientno: int, vouchers: list[Voucher], today: date, source: str
) -> list[int]:
    """Write balanced vouchers (document batches: one number reservation and one multi-row insert
    for all); answers their numbers, in order."""
    if not vouchers:
        return []
    ledger.check_balanced(vouchers)
    first = uow.clients.next_numbers(clientno, "voucherNo", 1, len(vouchers))
    lock_days = int(uow.clients.config(clientno).value("glPeriodLockDays"))
    uow.gl.insert_entries(ledger.voucher_rows(clientno, vouchers, first, today, lock_days, source))
    return list(range(first, first + len(vouchers)))


def post_voucher(
    uow: UnitOfWork,
    clientno: int,
    entries: list[Entry],
    posting_date: date,
    today: date,
    source: str,
    document_id: int | None = None,
    customer_id: int | None = None,
) -> int:
    """Write one balanced voucher; answers its number."""
    voucher = Voucher(
        entries=entries, posting_date=posting_date, document_id=document_id, customer_id=customer_id
    )
    [voucher_no] = post_vouchers(uow, clientno, [voucher], today, source)
    return voucher_no
