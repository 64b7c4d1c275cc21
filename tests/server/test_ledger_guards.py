"""The ledger's guards, called directly: an unbalanced voucher is never posted; no vouchers post nothing."""

from __future__ import annotations

import pytest

from armrest_server.domain import ledger
from armrest_server.usecases.ledger import post_vouchers
from armrest_server.usecases.uow import UnitOfWork
from tests.support.app import CLIENTNO, Api, table_counts


def test_an_unbalanced_voucher_is_never_posted_and_no_vouchers_post_nothing(sqlite_api: Api) -> None:
    api, today = sqlite_api, sqlite_api.services.today()
    unbalanced = ledger.Voucher(
        [ledger.Entry("1500", 100_00, "Faktura 1"), ledger.Entry("3000", -99_00, "Faktura 1")], today
    )
    before = table_counts(api)
    with pytest.raises(AssertionError, match="unbalanced"), UnitOfWork(api.services.engine) as uow:
        post_vouchers(uow, CLIENTNO, [unbalanced], today, "test")
    with UnitOfWork(api.services.engine) as uow:
        nothing = post_vouchers(uow, CLIENTNO, [], today, "test")
        uow.commit()
    assert (nothing, table_counts(api)) == ([], before)
