"""Auto postings: payments, write-offs and refunds turned into one balanced voucher each and the AR
applications they make.

A request is planned in full before anything is written: each posting is checked against the
ledger as the postings before it leave it (an overlay of remaining amounts), so a failure anywhere
writes nothing. The rules here work on what the store holds for each posting (`Found`: its target,
its paymentId's row, its customer's open items), which usecases/autopostings.py loads, and on the
postings before it; writing the plans is the use case's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from armrest_server.domain import ledger
from armrest_server.domain.identifiers import valid_bank_account_no
from armrest_server.domain.money import to_ore, to_wire, toward_zero
from armrest_server.domain.reservations import ACTIVE, PAID
from armrest_server.domain.rules import Violation
from armrest_server.domain.targets import Target

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

    @property
    def named(self) -> list[tuple[str, Any, str]]:
        """(identifier kind, value, pointer) of each identifier the posting names, in IDENTIFIERS order."""
        return [(name, self.fields[name], self.pointer(name)) for name in IDENTIFIERS if name in self.fields]

    @property
    def payment_id(self) -> str | None:
        return self.fields.get("paymentId")


@dataclass(frozen=True)
class Found:
    """What the store holds for one posting: the target its identifiers name, or the rule they broke
    (`refused`); its paymentId's row (a payment's, when one is stored); and, when it names a
    customer, that customer's open items (`customer_items` says which)."""

    target: Target | None = None
    refused: list[Violation] = field(default_factory=list)
    stored_payment: Mapping[str, Any] | None = None
    open_items: list[dict[str, Any]] = field(default_factory=list)


def customer_items(method: str, customer: Mapping[str, Any], currency: str) -> tuple[bool, str | None]:
    """Which open items of a named customer a posting settles: (debit, currency or None for any).
    A payment settles debit items in the customer's currency (else the client's `currency`); a
    refund pays back credit items; a write-off names an item, never a customer."""
    debit = method == "payment"
    return debit, (customer["data"].get("currency") or currency) if debit else None


@dataclass
class Plan:
    posting: Posting
    customer: dict[str, Any] | None = None
    applications: list[tuple[dict[str, Any], int]] = field(default_factory=list)  # (AR item, øre > 0)
    unapplied: int = 0  # øre left over from a payment
    reservation: Mapping[str, Any] | None = None  # the active reservation a payment fulfils
    errors: list[Violation] = field(default_factory=list)
    voucher_no: int | None = None
    unapplied_item_id: int | None = None

    def fail(self, name: str, message: str, code: str) -> None:
        self.errors.append(Violation(self.posting.pointer(name), message, code))


def _money(ore: int) -> str:
    return f"{to_wire(ore):.2f}"


class Planner:
    """Plans postings one after the other; each sees the remaining amounts the earlier ones leave."""

    def __init__(self, method: str, today: date) -> None:
        self.method, self.today = method, today
        self.remaining: dict[int, int] = {}
        self.refs: set[str] = set()
        self.payment_ids: set[str] = set()

    def _left(self, item: dict[str, Any]) -> int:
        return self.remaining.setdefault(item["id"], int(item["remaining_amount"]))

    def plan(self, posting: Posting, found: Found) -> Plan:
        """The plan of one posting, given what the store holds for it: what it applies to, or the
        rules it breaks (then it applies to nothing, and the remaining amounts stay as they were)."""
        plan = Plan(posting)
        self._check_fields(plan, found.stored_payment)
        named = posting.named
        if not named:
            plan.fail("customerNo", "the posting names no AR item, document, KID or customer", "required")
            return plan
        if found.target is None:
            plan.errors.extend(found.refused)
            return plan
        self._apply(plan, found.target, named[0][0], found.open_items)
        if not plan.errors:
            for item, amount in plan.applications:
                self.remaining[item["id"]] = toward_zero(self.remaining[item["id"]], amount)
        else:
            plan.applications, plan.unapplied, plan.reservation = [], 0, None
        return plan

    def _check_fields(self, plan: Plan, stored_payment: Mapping[str, Any] | None) -> None:
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
            self._payment_id(plan, f["paymentId"], stored_payment)

    def _apply(self, plan: Plan, target: Target, first: str, open_items: list[dict[str, Any]]) -> None:
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
            self._customer(plan, target.customer, open_items)
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

    def _payment_id(self, plan: Plan, payment_id: str, stored: Mapping[str, Any] | None) -> None:
        if payment_id in self.payment_ids or (stored is not None and stored["status"] != ACTIVE):
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

    def _customer(self, plan: Plan, customer: dict[str, Any], open_items: list[dict[str, Any]]) -> None:
        """A posting naming a customer settles its open items (`customer_items`), oldest due date
        first (refunds: oldest credit first), the rest of a payment staying unapplied."""
        debit = self.method == "payment"
        # Only items open at the posting date: dated on or before it (see _item).
        found = [row for row in open_items if row["document_date"] <= plan.posting.posting_date]
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


def voucher_text(method: str, posting: Posting) -> str:
    return posting.fields.get("text") or f"{TEXTS[method]} {posting.ref}"


def entries(method: str, plan: Plan) -> list[ledger.Entry]:
    """The voucher of a planned posting: bank (or bad debt) against the AR items it settles, and a
    payment's unapplied rest on its own AR item (`plan.unapplied_item_id`, written first)."""
    text = voucher_text(method, plan.posting)
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


def application_rows(clientno: int, plan: Plan) -> list[dict[str, Any]]:
    """The application rows of a posting written as voucher `plan.voucher_no`: each the change of an
    AR item's remaining amount (a debit item's falls, a credit item's rises)."""
    return [
        {
            "clientno": clientno,
            "ar_item_id": item["id"],
            "amount": -amount if int(item["original_amount"]) > 0 else amount,
            "applied_date": plan.posting.posting_date,
            "source": "AUTOPOSTING",
            "voucher_no": plan.voucher_no,
        }
        for item, amount in plan.applications
    ]


def unapplied_item(clientno: int, plan: Plan, currency: str) -> dict[str, Any]:
    """The AR item of a payment's unapplied rest: a credit of the customer, due at once, in the
    customer's currency (else the client's `currency`)."""
    customer, posting = plan.customer, plan.posting
    assert customer is not None
    return {
        "clientno": clientno,
        "customer_id": customer["id"],
        "document_id": None,
        "document_type": "PAYMENT",
        "kid": None,
        "document_date": posting.posting_date,
        "due_date": posting.posting_date,
        "currency": customer["data"].get("currency") or currency,
        "original_amount": -plan.unapplied,
        "remaining_amount": -plan.unapplied,
    }


def paid_payment_id(clientno: int, plan: Plan) -> dict[str, Any]:
    """The row that keeps a payment's paymentId, which no reservation had, from being used again."""
    assert plan.customer is not None
    posting = plan.posting
    return {
        "clientno": clientno,
        "payment_id": posting.payment_id,
        "amount": posting.amount,
        "payment_date": posting.posting_date,
        "expires_on": posting.posting_date,
        "ar_item_id": plan.applications[0][0]["id"] if plan.applications else None,
        "customer_id": plan.customer["id"],
        "status": PAID,
    }
