"""Auto postings: payments, write-offs and refunds turned into one balanced voucher each and the AR
applications they make.

A request is planned in full before anything is written: each posting is checked against the
ledger as the postings before it leave it (an overlay of remaining amounts), so a failure anywhere
writes nothing. Planning for a write locks the AR items it reads; writing settles them with guarded
updates, and a guard that does not hold (a writer the locks did not stop) raises Race so that the
caller can retry the whole transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection

from armrest_server.domain import config, ledger
from armrest_server.domain.identifiers import valid_bank_account_no
from armrest_server.domain.money import to_ore, to_wire, toward_zero
from armrest_server.domain.rules import Rejected, Violation
from armrest_server.domain.targets import Resolver, Target, TargetError
from armrest_server.store import aritems, clients, postings
from armrest_server.store import reservations as reservations_store

METHODS = ("payment", "writeoff", "refund")
NAMES = {
    "payment": ("payment", "payments"),
    "writeoff": ("write-off", "write-offs"),
    "refund": ("refund", "refunds"),
}
TEXTS = {"payment": "Innbetaling", "writeoff": "Avskrivning", "refund": "Tilbakebetaling"}
# The identifiers each method matches by, in the order the first one given decides.
IDENTIFIERS = ("arItemId", "kid", "documentNo", "customerNo")
NOT_ALLOWED = {"payment": (), "writeoff": ("paymentId", "bankAccountNo"), "refund": ("paymentId",)}


class Race(Exception):
    """A guarded update found the ledger changed under it: retry the transaction."""


class PostingFailed(Rejected):
    """A posting made outside a request (demo data, scripts) broke these rules; nothing was written."""


@dataclass(frozen=True)
class Posting:
    index: int
    ref: str
    posting_date: date
    amount: int  # øre
    fields: Mapping[str, Any]  # the posting as sent (wire names)

    @classmethod
    def of(cls, index: int, wire: Mapping[str, Any]) -> Posting:
        return cls(
            index, wire["postingRef"], date.fromisoformat(wire["postingDate"]), to_ore(wire["amount"]), wire
        )

    def pointer(self, name: str) -> str:
        return f"/autoPostings/{self.index}/{name}"


@dataclass
class Plan:
    posting: Posting
    customer: dict[str, Any] | None = None
    applications: list[tuple[dict[str, Any], int]] = field(default_factory=list)  # (AR item, øre > 0)
    unapplied: int = 0  # øre left over from a payment
    reservation: dict[str, Any] | None = None  # the active reservation a payment fulfils
    errors: list[Violation] = field(default_factory=list)
    voucher_no: int | None = None
    unapplied_item_id: int | None = None

    def fail(self, name: str, message: str, code: str) -> None:
        self.errors.append(Violation(self.posting.pointer(name), message, code))


def _money(ore: int) -> str:
    return f"{to_wire(ore):.2f}"


class Planner:
    """Plans postings one after the other; each sees the remaining amounts the earlier ones leave."""

    def __init__(self, conn: Connection, clientno: int, method: str, today: date, lock: bool) -> None:
        self.conn, self.clientno, self.method, self.today, self.lock = conn, clientno, method, today, lock
        self.resolver = Resolver(conn, clientno, lock)
        self.remaining: dict[int, int] = {}
        self.refs: set[str] = set()
        self.payment_ids: set[str] = set()

    def _left(self, item: dict[str, Any]) -> int:
        return self.remaining.setdefault(item["id"], int(item["remaining_amount"]))

    def plan(self, posting: Posting) -> Plan:
        """The plan of one posting: what it applies to, or the rules it breaks (then it applies to
        nothing, and the remaining amounts stay as they were)."""
        plan = Plan(posting)
        self._check_fields(plan)
        f = posting.fields
        named = [(name, f[name], posting.pointer(name)) for name in IDENTIFIERS if name in f]
        if not named:
            plan.fail("customerNo", "the posting names no AR item, document, KID or customer", "required")
            return plan
        try:
            target = self.resolver.resolve(named)
        except TargetError as error:
            plan.errors.extend(error.violations)
            return plan
        self._apply(plan, target, named[0][0])
        if not plan.errors:
            for item, amount in plan.applications:
                self.remaining[item["id"]] = toward_zero(self.remaining[item["id"]], amount)
        else:
            plan.applications, plan.unapplied, plan.reservation = [], 0, None
        return plan

    def _check_fields(self, plan: Plan) -> None:
        """The rules on the posting's own fields: a postingRef new in the request, a postingDate not
        after today, only the fields its method allows, a bankAccountNo's check digit, a paymentId."""
        posting, f = plan.posting, plan.posting.fields
        if posting.ref in self.refs:
            plan.fail(
                "postingRef",
                f"postingRef {posting.ref} is used by an earlier posting of the request",
                "duplicate",
            )
        self.refs.add(posting.ref)
        if posting.posting_date > self.today:
            plan.fail(
                "postingDate",
                f"postingDate {posting.posting_date} is after today ({self.today})",
                "futureDate",
            )
        for name in NOT_ALLOWED[self.method]:
            if name in f:
                plan.fail(name, f"{name} is not allowed for a {NAMES[self.method][0]}", "notAllowed")
        if "bankAccountNo" in f and not valid_bank_account_no(f["bankAccountNo"]):
            plan.fail(
                "bankAccountNo", f"bankAccountNo {f['bankAccountNo']} has a wrong check digit", "checkDigit"
            )
        if self.method == "payment" and "paymentId" in f:
            self._payment_id(plan, f["paymentId"])

    def _apply(self, plan: Plan, target: Target, first: str) -> None:
        """The applications of the posting on its target (`first`: the identifier that named it): the
        target's AR item, else (payments, refunds) its customer's open items; a refund's account."""
        plan.customer = target.customer
        if plan.reservation is not None:
            self._fulfils(plan, target.item, target.customer, first)
        if target.item is not None:
            self._item(plan, target.item, first)
        elif self.method == "writeoff":
            plan.fail(
                first, "a write-off names one AR item (arItemId, a document KID or documentNo)", "required"
            )
        else:
            self._customer(plan, target.customer, first)
        if (
            self.method == "refund"
            and "bankAccountNo" not in plan.posting.fields
            and not target.customer["data"].get("bankAccountNo")
        ):
            plan.fail(
                "bankAccountNo",
                f"customer {target.customer['customer_no']} has no bankAccountNo; name the account paid to",
                "required",
            )

    def _payment_id(self, plan: Plan, payment_id: str) -> None:
        stored = reservations_store.find(self.conn, self.clientno, payment_id, self.lock)
        if payment_id in self.payment_ids or (
            stored is not None and stored["status"] != reservations_store.ACTIVE
        ):
            plan.fail("paymentId", f"paymentId {payment_id} is already used by another payment", "conflict")
        elif stored is not None:
            plan.reservation = stored
        self.payment_ids.add(payment_id)

    def _fulfils(self, plan: Plan, item: dict[str, Any] | None, customer: dict[str, Any], name: str) -> None:
        """A payment fulfils the reservation of its paymentId only when it pays what was reserved: the
        reserved item (or, for a customer reservation, an item or the account of that customer) and
        the reserved amount. Otherwise one payment could end another customer's hold."""
        held = plan.reservation
        assert held is not None
        label = f"payment reservation {held['payment_id']}"
        if held["ar_item_id"] is not None and (item is None or item["id"] != held["ar_item_id"]):
            plan.fail(name, f"{label} is for AR item {held['ar_item_id']}, not this target", "mismatch")
        elif held["customer_id"] != customer["id"]:
            plan.fail(name, f"{label} is for another customer than this target", "mismatch")
        elif plan.posting.amount != int(held["amount"]):
            message = f"{label} is for {_money(int(held['amount']))}, not {_money(plan.posting.amount)}"
            plan.fail("amount", message, "mismatch")

    def _item(self, plan: Plan, item: dict[str, Any], name: str) -> None:
        left = self._left(item)
        debit = self.method != "refund"
        label = f"AR item {item['id']}"
        if item["status"] != "OPEN" or left == 0:
            plan.fail(name, f"{label} is closed", "notOpen")
        elif item["document_date"] > plan.posting.posting_date:
            # Open at a date = dated on or before it (domain/adb.py): settling an item before it is
            # dated would count the settlement in the GL at dates the item does not exist yet.
            message = (
                f"{label} is dated {item['document_date']}, after postingDate {plan.posting.posting_date}"
            )
            plan.fail(name, message, "notOpen")
        elif debit and left < 0:
            plan.fail(
                name, f"{label} is a credit item; a {NAMES[self.method][0]} settles a debit item", "notDebit"
            )
        elif not debit and left > 0:
            plan.fail(name, f"{label} is a debit item; a refund pays back a credit item", "notCredit")
        elif self.method != "payment" and plan.posting.amount > abs(left):
            plan.fail(
                "amount",
                f"amount {_money(plan.posting.amount)} exceeds the remaining amount "
                f"{_money(abs(left))} of {label}",
                "exceedsRemaining",
            )
        else:
            applied = min(plan.posting.amount, abs(left))
            plan.applications.append((item, applied))
            plan.unapplied = plan.posting.amount - applied

    def _customer(self, plan: Plan, customer: dict[str, Any], name: str) -> None:
        debit = self.method == "payment"
        currency = customer["data"].get("currency") or str(config.value(self.conn, self.clientno, "currency"))
        found = postings.open_items(
            self.conn,
            self.clientno,
            customer["id"],
            debit=debit,
            currency=currency if debit else None,
            lock=self.lock,
        )
        # Only items open at the posting date: dated on or before it (see _item).
        found = [row for row in found if row["document_date"] <= plan.posting.posting_date]
        if not debit:
            found.sort(key=lambda row: row["id"])  # refunds: oldest credit first
        open_amount = sum(abs(self._left(item)) for item in found)
        if not debit and plan.posting.amount > open_amount:
            plan.fail(
                "amount",
                f"amount {_money(plan.posting.amount)} exceeds the open credit {_money(open_amount)} "
                f"of customer {customer['customer_no']}",
                "exceedsRemaining",
            )
            return
        rest = plan.posting.amount
        for item in found:
            left = abs(self._left(item))
            if rest == 0:
                break
            if left == 0:
                continue
            applied = min(rest, left)
            plan.applications.append((item, applied))
            rest -= applied
        plan.unapplied = rest


def plan_all(
    conn: Connection, clientno: int, method: str, wire: list[Mapping[str, Any]], today: date, lock: bool
) -> list[Plan]:
    planner = Planner(conn, clientno, method, today, lock)
    return [planner.plan(Posting.of(index, posting)) for index, posting in enumerate(wire)]


def plan_locked(
    conn: Connection, clientno: int, method: str, wire: list[Mapping[str, Any]], today: date
) -> list[Plan]:
    """Plan for a write: a first pass finds the items the postings settle, which are then locked in
    id order (two requests naming the same items in opposite orders would otherwise deadlock), and
    a second pass plans again on the rows as they are now, locked."""
    clients.lock_ledger(conn, clientno)
    draft = plan_all(conn, clientno, method, wire, today, lock=False)
    postings.lock_items(
        conn, clientno, sorted({item["id"] for plan in draft for item, _ in plan.applications})
    )
    return plan_all(conn, clientno, method, wire, today, lock=True)


def _entries(method: str, plan: Plan, text: str) -> list[ledger.Entry]:
    amount = plan.posting.amount
    applied = [
        ledger.Entry(ledger.AR, -a if method != "refund" else a, text, item["id"])
        for item, a in plan.applications
    ]
    if method == "payment":
        rest = (
            [ledger.Entry(ledger.AR, -plan.unapplied, text, plan.unapplied_item_id)] if plan.unapplied else []
        )
        return [ledger.Entry(ledger.BANK, amount, text), *applied, *rest]
    if method == "writeoff":
        return [ledger.Entry(ledger.BAD_DEBT, amount, text), *applied]
    return [*applied, ledger.Entry(ledger.BANK, -amount, text)]


def write(conn: Connection, clientno: int, method: str, plans: list[Plan], today: date) -> None:
    """Write planned postings (none of which failed), in order. Raises Race when a guard fails."""
    for plan in plans:
        p, customer = plan.posting, plan.customer
        if plan.errors or customer is None:
            raise AssertionError("only valid plans are written")
        text = p.fields.get("text") or f"{TEXTS[method]} {p.ref}"
        if plan.unapplied:
            plan.unapplied_item_id = postings.insert_item(
                conn,
                clientno=clientno,
                customer_id=customer["id"],
                document_id=None,
                document_type="PAYMENT",
                kid=None,
                document_date=p.posting_date,
                due_date=p.posting_date,
                currency=customer["data"].get("currency") or str(config.value(conn, clientno, "currency")),
                original_amount=-plan.unapplied,
                remaining_amount=-plan.unapplied,
            )
        documents = {item["document_id"] for item, _ in plan.applications}
        plan.voucher_no = ledger.post_voucher(
            conn,
            clientno,
            _entries(method, plan, text),
            p.posting_date,
            today,
            "AUTOPOSTING",
            document_id=documents.pop() if len(documents) == 1 else None,
            customer_id=customer["id"],
        )
        rows = []
        for item, amount in plan.applications:
            if not postings.settle(conn, clientno, item["id"], amount, p.posting_date):
                raise Race(f"AR item {item['id']} changed while the posting was planned")
            debit = int(item["original_amount"]) > 0
            rows.append(
                {
                    "clientno": clientno,
                    "ar_item_id": item["id"],
                    "amount": -amount if debit else amount,  # the change of the remaining amount
                    "applied_date": p.posting_date,
                    "source": "AUTOPOSTING",
                    "voucher_no": plan.voucher_no,
                }
            )
        aritems.insert_applications(conn, rows)
        _record_payment_id(conn, clientno, plan)


def _record_payment_id(conn: Connection, clientno: int, plan: Plan) -> None:
    payment_id = plan.posting.fields.get("paymentId")
    if plan.reservation is not None:
        if not reservations_store.consume(conn, clientno, plan.reservation["id"]):
            raise Race(f"payment reservation {payment_id} changed while the posting was planned")
    elif payment_id is not None and plan.customer is not None:
        reservations_store.insert_row(
            conn,
            clientno=clientno,
            payment_id=payment_id,
            amount=plan.posting.amount,
            payment_date=plan.posting.posting_date,
            expires_on=plan.posting.posting_date,
            ar_item_id=plan.applications[0][0]["id"] if plan.applications else None,
            customer_id=plan.customer["id"],
            status=reservations_store.PAID,
        )


def post_payment(
    conn: Connection,
    clientno: int,
    *,
    amount: int,
    posting_date: date,
    today: date,
    ar_item_id: int | None = None,
    kid: str | None = None,
    document_no: str | None = None,
    customer_no: str | None = None,
    payment_id: str | None = None,
    posting_ref: str = "PAYMENT",
    text: str | None = None,
) -> Plan:
    """Post one payment of `amount` øre (demo data, scripts) in the caller's write transaction.

    Raises PostingFailed with the broken rules, writing nothing; Race as `write` does."""
    named = {"arItemId": ar_item_id, "kid": kid, "documentNo": document_no, "customerNo": customer_no}
    extra = {"paymentId": payment_id, "text": text}
    wire = {
        "postingRef": posting_ref,
        "postingDate": posting_date.isoformat(),
        "amount": to_wire(amount),
        **{k: v for k, v in (named | extra).items() if v is not None},
    }
    plans = plan_locked(conn, clientno, "payment", [wire], today)
    if plans[0].errors:
        raise PostingFailed(plans[0].errors)
    write(conn, clientno, "payment", plans, today)
    return plans[0]
