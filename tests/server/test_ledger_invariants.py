"""Ledger invariants under random sequences of writes through the HTTP API, and under concurrency.

Whatever documents, credit notes, payments, write-offs, refunds and reservations are sent (accepted
or refused): every voucher sums to zero; the open AR balance equals the GL 1500 balance; each item's
remaining amount lies between zero and its original amount and agrees with its applications; the
ADB buckets add up to the open balance.
"""

from __future__ import annotations

import itertools
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

from hypothesis import Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test
from sqlalchemy import func, select

from armrest_server.domain.money import to_ore
from armrest_server.store.tables import ar_applications, ar_items, gl_entries
from tests.support.app import CLIENTNO, Api, running
from tests.support.builders import (
    BANK_ACCOUNT_NO,
    create_customer,
    document_body,
    line,
    posting,
    postings_body,
    reservation_body,
)

AUTOPOSTINGS = f"/clients/{CLIENTNO}/autopostings"
ANSWERED = (200, 201, 422)  # a refused write is fine; a 5xx or a broken contract is not
amounts = st.integers(min_value=1, max_value=200_000).map(lambda ore: ore / 100)
small_amounts = st.integers(min_value=1, max_value=20_000).map(lambda ore: ore / 100)


def _scalar(api: Api, query: Any) -> int:
    with api.services.engine.connect() as conn:
        return int(conn.execute(query).scalar() or 0)


def _open_balance(api: Api) -> int:
    return _scalar(api, select(func.sum(ar_items.c.remaining_amount)).where(ar_items.c.clientno == CLIENTNO))


class Ledger(RuleBasedStateMachine):
    """Each run has a database of its own, so that a broken invariant is reported by the run that
    broke it (and shrinks), not by every run after it."""

    folder: Path
    runs = itertools.count()

    def __init__(self) -> None:
        super().__init__()
        self.documents: list[str] = []
        self.items: list[int] = []
        self.payment_ids: list[str] = []
        self.server = running(f"sqlite:///{self.folder}/run{next(self.runs)}.db")
        self.api = self.server.__enter__()

    def teardown(self) -> None:
        self.server.__exit__(None, None, None)

    def day(self, offset: int = 0) -> str:
        return (self.api.services.today() + timedelta(days=offset)).isoformat()

    def send(self, method: str, path: str, body: Any) -> dict[str, Any]:
        response = self.api.request(method, path, json=body)
        assert response.status_code in ANSWERED, response.text
        answer: dict[str, Any] = response.json()
        return answer

    @initialize()
    def customer(self) -> None:
        self.customer_no = "543210"
        create_customer(self.api, self.customer_no, bankAccountNo=BANK_ACCOUNT_NO)

    @rule(amount=amounts, age=st.integers(min_value=-30, max_value=200))
    def invoice(self, amount: float, age: int) -> None:
        number = f"{self.customer_no}-{len(self.documents)}"
        body = document_body(
            number,
            customer_no=self.customer_no,
            lines=[line(1, amount, vat_rate=0)],
            documentDate=self.day(-max(age, 0) - 14),
            dueDate=self.day(-age),
        )
        answer = self.send("POST", f"/clients/{CLIENTNO}/documents", body)
        if "arItemId" in answer:
            self.documents.append(number)
            self.items.append(answer["arItemId"])

    @rule(data=st.data(), amount=amounts)
    def credit_note(self, data: st.DataObject, amount: float) -> None:
        number = f"{self.customer_no}-{len(self.documents)}"
        credited = data.draw(st.sampled_from([None, *self.documents]))
        fields = {"creditedDocumentNo": credited} if credited else {}
        body = document_body(
            number,
            customer_no=self.customer_no,
            document_type="CREDITNOTE",
            lines=[line(1, amount, vat_rate=0)],
            documentDate=self.day(-1),
            **fields,
        )
        answer = self.send("POST", f"/clients/{CLIENTNO}/documents", body)
        if "arItemId" in answer:
            self.documents.append(number)
            self.items.append(answer["arItemId"])

    def _target(self, data: st.DataObject, customer: bool = True) -> dict[str, Any]:
        choices: list[dict[str, Any]] = (
            [{"customerNo": self.customer_no}] if customer or not self.items else []
        )
        choices += [{"arItemId": item} for item in self.items] + [{"documentNo": no} for no in self.documents]
        return data.draw(st.sampled_from(choices))

    @rule(data=st.data(), amount=amounts, with_id=st.booleans())
    def payment(self, data: st.DataObject, amount: float, with_id: bool) -> None:
        fields = self._target(data)
        if with_id and self.payment_ids:
            fields["paymentId"] = data.draw(st.sampled_from(self.payment_ids))
        self.send(
            "POST", f"{AUTOPOSTINGS}/payment", postings_body(posting("P", self.day(), amount, **fields))
        )

    @rule(data=st.data(), amount=small_amounts)
    def writeoff(self, data: st.DataObject, amount: float) -> None:
        path = f"{AUTOPOSTINGS}/writeoff"
        self.send("POST", path, postings_body(posting("W", self.day(), amount, **self._target(data, False))))

    @rule(data=st.data(), amount=amounts)
    def refund(self, data: st.DataObject, amount: float) -> None:
        self.send(
            "POST",
            f"{AUTOPOSTINGS}/refund",
            postings_body(posting("R", self.day(), amount, **self._target(data))),
        )

    @rule(data=st.data(), amount=small_amounts)
    def reservation(self, data: st.DataObject, amount: float) -> None:
        payment_id = f"{self.customer_no}-R{len(self.payment_ids)}"
        body = reservation_body(payment_id, amount, **self._target(data))
        if self.send("POST", f"/clients/{CLIENTNO}/paymentreservations", body).get("result") == "CREATED":
            self.payment_ids.append(payment_id)

    @rule(data=st.data())
    def several_payments_at_once(self, data: st.DataObject) -> None:
        postings = [posting(f"P{n}", self.day(), data.draw(amounts), **self._target(data)) for n in range(3)]
        self.send("POST", f"{AUTOPOSTINGS}/payment", postings_body(*postings))

    @invariant()
    def every_voucher_balances(self) -> None:
        sums = select(gl_entries.c.voucher_no).where(gl_entries.c.clientno == CLIENTNO)
        unbalanced = sums.group_by(gl_entries.c.voucher_no).having(func.sum(gl_entries.c.amount) != 0)
        with self.api.services.engine.connect() as conn:
            assert conn.execute(unbalanced).all() == []

    @invariant()
    def open_ar_equals_gl_receivables(self) -> None:
        gl = select(func.sum(gl_entries.c.amount)).where(
            gl_entries.c.clientno == CLIENTNO, gl_entries.c.account_no == "1500"
        )
        assert _open_balance(self.api) == _scalar(self.api, gl)

    @invariant()
    def remaining_amounts_stay_between_zero_and_original(self) -> None:
        applied = (
            select(ar_applications.c.ar_item_id, func.sum(ar_applications.c.amount).label("change"))
            .group_by(ar_applications.c.ar_item_id)
            .subquery()
        )
        query = select(
            ar_items.c.original_amount, ar_items.c.remaining_amount, ar_items.c.status, applied.c.change
        ).select_from(ar_items.outerjoin(applied, applied.c.ar_item_id == ar_items.c.id))
        with self.api.services.engine.connect() as conn:
            for original, remaining, status, change in conn.execute(query):
                assert 0 <= remaining <= original or original <= remaining <= 0
                assert remaining == original + int(change or 0)
                assert (status == "CLOSED") == (remaining == 0)

    @invariant()
    def adb_buckets_add_up_to_the_open_balance(self) -> None:
        body = self.api.get(f"/clients/{CLIENTNO}/insights/adbintervals?debtcollection=true").json()
        parts = [body["notDue"], *body["intervals"], body["debtCollection"]]
        total = to_ore(body["totalOpenAmount"])
        assert sum(to_ore(part["amount"]) for part in parts) == total == _open_balance(self.api)


def test_ledger_invariants_hold_for_any_sequence_of_writes(tmp_path: Path) -> None:
    Ledger.folder = tmp_path
    # No shrinking: each run starts a server on a database of its own, so hundreds of shrinking runs
    # would take minutes; a failure still prints the steps that led to it.
    bounded = settings(
        max_examples=15,
        stateful_step_count=20,
        deadline=None,
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
    )
    run_state_machine_as_test(Ledger, settings=bounded)


def test_concurrent_payments_never_over_apply(api: Api) -> None:
    """Eight payments of 300 against one item of 1000 at once: each sees the others' effect."""
    create_customer(api, "543210")
    document = document_body(
        "100234", lines=[line(1, 1000, vat_rate=0)], documentDate=api.services.today().isoformat()
    )
    item = api.post(f"/clients/{CLIENTNO}/documents", json=document).json()["arItemId"]
    start = threading.Barrier(8)
    statuses: list[int] = []

    def pay(n: int) -> None:
        body = postings_body(posting(f"P{n}", api.services.today().isoformat(), 300, arItemId=item))
        start.wait()
        statuses.append(api.post(f"{AUTOPOSTINGS}/payment", json=body).status_code)

    threads = [threading.Thread(target=pay, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    applied = select(func.sum(ar_applications.c.amount)).where(ar_applications.c.ar_item_id == item)
    remaining = select(ar_items.c.remaining_amount).where(ar_items.c.id == item)
    # 300 + 300 + 300 + 100 (and 200 unapplied) close the item; the four after it find it closed.
    assert (sorted(statuses), _scalar(api, applied), _scalar(api, remaining), _open_balance(api)) == (
        [201] * 4 + [422] * 4,
        -100000,
        0,
        100000 - 4 * 30000,
    )


def test_requests_locking_items_in_opposite_orders_all_succeed(api: Api) -> None:
    """Postings A then B beside postings B then A: the items are locked in id order, so no request
    deadlocks (on PostgreSQL) and every one is posted."""
    create_customer(api, "543210")
    today = api.services.today().isoformat()
    items = [
        api.post(
            f"/clients/{CLIENTNO}/documents",
            json=document_body(no, lines=[line(1, 1000, vat_rate=0)], documentDate=today),
        ).json()["arItemId"]
        for no in ("A", "B")
    ]
    start = threading.Barrier(6)
    statuses: list[int] = []

    def pay(n: int) -> None:
        order = items if n % 2 else items[::-1]
        body = postings_body(*(posting(f"P{i}", today, 10, arItemId=item) for i, item in enumerate(order)))
        start.wait()
        statuses.append(api.post(f"{AUTOPOSTINGS}/payment", json=body).status_code)

    threads = [threading.Thread(target=pay, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert (statuses, _open_balance(api)) == ([201] * 6, 2 * 100000 - 6 * 2 * 1000)
