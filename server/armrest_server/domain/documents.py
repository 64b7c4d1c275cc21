"""Document rules: lines, VAT and totals, defaults, KIDs and bundles: the checks before booking.

createDocument and a batch chunk take one path (usecases/documents.py): `load` reads what the rules
need for all the documents at once into a `Context`, `plan` checks each document, in order, each
seeing the ones accepted before it (so a credit note may name a document earlier in the same batch),
and `write` then writes everything accepted (domain/booking.py's rows) with multi-row inserts.
createDocument is a chunk of one.
"""

from __future__ import annotations

import uuid
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cached_property
from typing import Any

from armrest_server.domain import config, identifiers, ledger
from armrest_server.domain.customers import RESERVED_NO, Codes, fields_of
from armrest_server.domain.money import to_ore, to_wire, toward_zero
from armrest_server.domain.rules import Violation

MAX_AMOUNT = 99_999_999_999_999  # ±999999999999.99 in øre
MAX_BUNDLE = 10000
CREDITABLE = ("INVOICE", "INTERESTNOTE")
REVENUE = {"INVOICE": ledger.SALES, "INTERESTNOTE": ledger.INTEREST, "REMINDER": ledger.FEES}
NO_VAT = ("INTERESTNOTE", "REMINDER")
TEXTS = {"INVOICE": "Faktura", "CREDITNOTE": "Kreditnota", "INTERESTNOTE": "Rentenota", "REMINDER": "Purring"}


def gl_text(document_type: str, document_no: str) -> str:
    """The GL text of a document's voucher, stored in Norwegian (domain/gl.text translates it)."""
    return f"{TEXTS[document_type]} {document_no}"


@dataclass(frozen=True, kw_only=True)
class Settings:
    kid_algorithm: str
    kid_length: int
    due_days: int
    # The client's ledger currency (config `currency`): a document's default and its only accepted
    # currency, since the ledgers are kept in it; other rules (auto postings, reports) read it too.
    currency: str

    @classmethod
    def of(cls, configured: config.Config) -> Settings:
        return cls(
            kid_algorithm=str(configured.value("kidAlgorithm")),
            kid_length=int(configured.value("kidLength")),
            due_days=int(configured.value("dueDays")),
            currency=str(configured.value("currency")),
        )


def sign_of(document_type: str) -> int:
    """The sign of a document's amounts on the ledger: a credit note's are printed positive and
    count negative (its AR item is a credit); every other type's count as printed."""
    return -1 if document_type == "CREDITNOTE" else 1


@dataclass(frozen=True, kw_only=True)
class Line:
    line_no: int
    product_code: str | None
    description: str
    quantity: Decimal
    unit_price: int  # øre
    vat_rate: int
    excl: int
    vat: int

    @property
    def incl(self) -> int:
        return self.excl + self.vat

    def stored(self) -> dict[str, Any]:
        return {
            "lineNo": self.line_no,
            "productCode": self.product_code,
            "description": self.description,
            "quantity": str(self.quantity),
            "unitPrice": self.unit_price,
            "vatRate": self.vat_rate,
            "amountExclVat": self.excl,
            "vatAmount": self.vat,
            "amountInclVat": self.incl,
        }


def divide(numerator: int, denominator: int) -> int:
    """numerator / denominator (> 0) rounded half-up, halves away from zero, in exact integers."""
    whole, rest = divmod(abs(numerator), denominator)
    result = whole + (2 * rest >= denominator)
    return result if numerator >= 0 else -result


def compute_line(sent: Mapping[str, Any]) -> Line:
    """quantity times unitPrice and its VAT, each rounded half-up (away from zero) to øre."""
    quantity = Decimal(str(sent["quantity"]))
    unit_price = to_ore(sent["unitPrice"])
    rate = int(sent["vatRate"])
    thousandths = int(quantity * 1000)  # the schema allows three decimals: exact
    excl = divide(thousandths * unit_price, 1000)
    vat = divide(excl * rate, 100)
    return Line(
        line_no=sent["lineNo"],
        product_code=sent.get("productCode"),
        description=sent["description"],
        quantity=quantity,
        unit_price=unit_price,
        vat_rate=rate,
        excl=excl,
        vat=vat,
    )


@dataclass(kw_only=True)
class Item:
    """The AR state of a document a credit note may name: stored, or accepted earlier in this request."""

    document_no: str
    document_type: str
    customer_id: int
    remaining: int
    status: str
    closed_date: date | None
    document_id: int | None = None  # None until written
    ar_item_id: int | None = None
    stored: bool = False
    settled: bool = False  # a stored item whose remaining amount this request changes

    @classmethod
    def stored_one(cls, row: Mapping[str, Any], *, document_id: int, ar_item_id: int) -> Item:
        """The item of a stored document, from a row with its AR item's columns."""
        return cls(
            document_no=row["document_no"],
            document_type=row["document_type"],
            customer_id=row["customer_id"],
            remaining=row["remaining_amount"],
            status=row["status"],
            closed_date=row["closed_date"],
            document_id=document_id,
            ar_item_id=ar_item_id,
            stored=True,
        )

    def apply(self, amount: int, day: date) -> None:
        """Move the remaining amount `amount` towards zero; closed at zero."""
        self.remaining = toward_zero(self.remaining, amount)
        self.settled = self.stored
        if self.remaining == 0:
            self.status, self.closed_date = "CLOSED", day


@dataclass(kw_only=True)
class Bundle:
    customer_id: int
    bundle_key: str | None
    distribution_type: str
    count: int
    id: int | None = None

    @classmethod
    def stored(cls, row: Mapping[str, Any]) -> Bundle:
        """A stored bundle, from its row with its `document_count`."""
        return cls(
            customer_id=row["customer_id"],
            bundle_key=row["bundle_key"],
            distribution_type=row["distribution_type"],
            count=row["document_count"],
            id=row["id"],
        )


@dataclass(kw_only=True)
class Draft:
    """A document that passed every rule, ready to be written."""

    document_no: str
    document_type: str
    customer: dict[str, Any]
    document_date: date
    due_date: date
    currency: str
    kid: str | None  # None: made when written
    reference_no: str | None
    bundle_key: str | None
    buyer_reference: str | None
    seller_reference: str | None
    distribution: dict[str, Any]
    lines: list[Line]
    credited: Item | None = None
    bundle: Bundle | None = None
    item: Item | None = None
    applied: int = 0
    uuid: str = field(default_factory=lambda: str(uuid.uuid4()))

    @cached_property
    def excl(self) -> int:
        return sum(line.excl for line in self.lines)

    @cached_property
    def vat(self) -> int:
        return sum(line.vat for line in self.lines)

    @property
    def incl(self) -> int:
        return self.excl + self.vat

    @property
    def sign(self) -> int:
        return sign_of(self.document_type)


@dataclass(kw_only=True)
class Context:
    """What the rules look at, loaded once per request or chunk and updated as documents are accepted."""

    clientno: int
    settings: Settings
    customers: dict[str, dict[str, Any]]  # by customer_key
    used: set[str]  # document keys taken
    items: dict[str, Item]  # by document key
    bundles: dict[tuple[int, str], Bundle]  # by (customer id, lower-case bundle key)
    codes: Codes
    fields: dict[int, dict[str, Any]] = field(default_factory=dict)  # customers' stored state, by id

    def fields_of(self, customer: dict[str, Any]) -> dict[str, Any]:
        if customer["id"] not in self.fields:
            self.fields[customer["id"]] = fields_of(customer)
        return self.fields[customer["id"]]


def bundle_keys(
    sent: Sequence[Mapping[str, Any]], customers: Mapping[str, Mapping[str, Any]]
) -> list[tuple[int, str]]:
    """(customer id, lower-case bundle key) of each bundle the documents name, of a known customer
    (`customers` by lower-case customer number)."""
    return [
        (customers[d["customerNo"].lower()]["id"], d["bundleKey"].lower())
        for d in sent
        if d.get("bundleKey") and d["customerNo"].lower() in customers
    ]


def plan(ctx: Context, sent: Mapping[str, Any]) -> tuple[Draft | None, list[Violation]]:
    """Check one document (pointers relative to it); an accepted one is registered in the context."""
    draft, violations = _check(ctx, sent)
    if draft is not None and not violations:
        accept(ctx, draft)
        return draft, []
    return None, violations


def _check(ctx: Context, d: Mapping[str, Any]) -> tuple[Draft | None, list[Violation]]:
    v: list[Violation] = []
    number, kind = d["documentNo"], d["documentType"]
    customer = ctx.customers.get(d["customerNo"].lower())
    if customer is None:
        v.append(Violation("/customerNo", f"Customer {d['customerNo']} does not exist", "notFound"))
    v += document_no_violations("/documentNo", number, ctx.used)
    document_date = date.fromisoformat(d["documentDate"])
    due = date.fromisoformat(d["dueDate"]) if d.get("dueDate") else None
    v += due_date_violations(due, document_date)
    currency = d.get("currency") or ctx.settings.currency
    if currency != ctx.settings.currency:
        message = f"Currency {currency} is not accepted; only {ctx.settings.currency}"
        v.append(Violation("/currency", message, "currency"))
    if d.get("kid"):
        v += kid_violations("/kid", d["kid"], ctx.settings)
    credited = _credited(ctx, d, customer, v)
    lines = _lines(kind, d["lines"], v)
    _totals(lines, d, v)
    draft = None
    if customer is not None:
        fields = ctx.fields_of(customer)
        distribution = distribution_of(ctx.codes, d.get("distribution") or {}, fields, v)
        if due is None:
            days = fields["dueDays"] if fields["dueDays"] is not None else ctx.settings.due_days
            if kind != "CREDITNOTE" and document_date > ledger.LAST_DAY - timedelta(days=days):
                message = f"documentDate {document_date} + {days} due days is after {ledger.LAST_DAY}"
                v.append(Violation("/documentDate", f"{message}; send a dueDate", "dateRange"))
                days = 0
            due = document_date if kind == "CREDITNOTE" else document_date + timedelta(days=days)
        draft = Draft(
            document_no=number,
            document_type=kind,
            customer=customer,
            document_date=document_date,
            due_date=due,
            currency=currency,
            kid=d.get("kid"),
            reference_no=d.get("referenceNo"),
            bundle_key=d.get("bundleKey"),
            buyer_reference=d.get("buyerReference") or fields["buyerReference"] or None,
            seller_reference=d.get("sellerReference") or fields["sellerReference"] or None,
            distribution=distribution,
            lines=lines,
            credited=credited,
        )
        draft.bundle = _bundle(ctx, draft, v)
    return draft, v


def document_no_violations(pointer: str, number: str, used: Container[str]) -> list[Violation]:
    """A document number is taken when a document of the client has it (`used` holds lower-case
    numbers) or when it reads as the path segment beside it (RESERVED_NO)."""
    if number.lower() == RESERVED_NO or number.lower() in used:
        return [Violation(pointer, f"Document number {number} is already used", "duplicate")]
    return []


def due_date_violations(due: date | None, document_date: date) -> list[Violation]:
    """A document is not due before its date (createDocument, and updateArItem's dueDate)."""
    if due is not None and due < document_date:
        return [Violation("/dueDate", f"dueDate {due} is before documentDate {document_date}", "dueDate")]
    return []


def kid_violations(pointer: str, kid: str, settings: Settings) -> list[Violation]:
    """identifiers.valid_kid under the client's settings, saying which part of the rule is broken."""
    if len(kid) != settings.kid_length:
        message = f"KID {kid} has {len(kid)} digits; the client's KIDs have {settings.kid_length}"
        return [Violation(pointer, message, "kidLength")]
    if not identifiers.valid_kid(kid, settings.kid_algorithm):
        return [
            Violation(pointer, f"KID {kid} has a wrong {settings.kid_algorithm} check digit", "checkDigit")
        ]
    return []


def _credited(
    ctx: Context, d: Mapping[str, Any], customer: dict[str, Any] | None, v: list[Violation]
) -> Item | None:
    named = d.get("creditedDocumentNo")
    if not named:
        return None
    item = ctx.items.get(named.lower())
    problem = None
    if d["documentType"] != "CREDITNOTE":
        problem = "creditedDocumentNo is allowed on a CREDITNOTE only"
    elif item is None:
        problem = f"Document {named} does not exist"
    elif item.document_type not in CREDITABLE:
        problem = (
            f"Document {named} is a {item.document_type}; only an INVOICE or INTERESTNOTE can be credited"
        )
    elif customer is not None and item.customer_id != customer["id"]:
        problem = f"Document {named} belongs to another customer"
    if problem:
        v.append(Violation("/creditedDocumentNo", problem, "creditedDocument"))
        return None
    return item


def _lines(kind: str, sent: list[Mapping[str, Any]], v: list[Violation]) -> list[Line]:
    lines, seen = [], set()
    for i, raw in enumerate(sent):
        line = compute_line(raw)
        if line.line_no in seen:
            v.append(Violation(f"/lines/{i}/lineNo", f"lineNo {line.line_no} is repeated", "duplicate"))
        seen.add(line.line_no)
        if kind in NO_VAT and line.vat_rate != 0:
            v.append(Violation(f"/lines/{i}/vatRate", f"A {kind} line has vatRate 0", "vatRate"))
        if any(abs(a) > MAX_AMOUNT for a in (line.excl, line.vat, line.incl)):
            v.append(Violation(f"/lines/{i}", "The line's amounts exceed ±999999999999.99", "amount"))
        lines.append(line)
    return sorted(lines, key=lambda line: line.line_no)


def _totals(lines: list[Line], d: Mapping[str, Any], v: list[Violation]) -> None:
    excl, vat = sum(line.excl for line in lines), sum(line.vat for line in lines)
    computed = {"amountExclVat": excl, "vatAmount": vat, "amountInclVat": excl + vat}
    for key, value in computed.items():
        if abs(value) > MAX_AMOUNT:
            v.append(Violation(f"/{key}", f"{key} {to_wire(value):.2f} exceeds ±999999999999.99", "amount"))
        elif d.get(key) is not None and to_ore(d[key]) != value:
            message = f"{key} {d[key]} differs from the sum of the lines, {to_wire(value):.2f}"
            v.append(Violation(f"/{key}", message, "totals"))
    if excl + vat <= 0:
        v.append(Violation("/lines", "The document's amountInclVat must be above zero", "amount"))


def default_channel(customer_fields: Mapping[str, Any]) -> str:
    """The channel a document is sent through when none is named (the document's own, a resend's):
    EMAIL to a customer with an emailAddressDocument, else PRINT."""
    return "EMAIL" if customer_fields.get("emailAddressDocument") else "PRINT"


def distribution_of(
    codes: Codes, sent: Mapping[str, Any], fields: Mapping[str, Any], v: list[Violation]
) -> dict[str, Any]:
    kind = str(fields["distribution"].get("type") or "")
    if sent.get("type"):
        known = codes("distributiontype", sent["type"])
        if known is None:
            v.append(
                Violation(
                    "/distribution/type", f"'{sent['type']}' is not a distribution type", "distribution"
                )
            )
        kind = known or sent["type"]
    channel = sent.get("channel") or default_channel(fields)
    return {"type": kind, "channel": channel if kind else None}


def _bundle(ctx: Context, draft: Draft, v: list[Violation]) -> Bundle:
    kind, customer_id = draft.distribution["type"], draft.customer["id"]
    if not draft.bundle_key:
        return Bundle(customer_id=customer_id, bundle_key=None, distribution_type=kind, count=0)
    bundle = ctx.bundles.get((customer_id, draft.bundle_key.lower()))
    if bundle is None:
        return Bundle(customer_id=customer_id, bundle_key=draft.bundle_key, distribution_type=kind, count=0)
    if bundle.distribution_type != kind:
        message = (
            f"Bundle {draft.bundle_key} is distributed as '{bundle.distribution_type}', "
            f"the document as '{kind}'"
        )
        v.append(Violation("/bundleKey", message, "bundle"))
    elif bundle.count >= MAX_BUNDLE:
        v.append(
            Violation("/bundleKey", f"Bundle {draft.bundle_key} already has {MAX_BUNDLE} documents", "bundle")
        )
    return bundle


def accept(ctx: Context, draft: Draft) -> None:
    """Register an accepted document: its number is taken, its bundle counts it, a credit note is applied."""
    key = draft.document_no.lower()
    ctx.used.add(key)
    assert draft.bundle is not None
    draft.bundle.count += 1
    if draft.bundle_key:
        ctx.bundles[(draft.customer["id"], draft.bundle_key.lower())] = draft.bundle
    own = Item(
        document_no=draft.document_no,
        document_type=draft.document_type,
        customer_id=draft.customer["id"],
        remaining=draft.sign * draft.incl,
        status="OPEN",
        closed_date=None,
    )
    draft.item = own
    ctx.items[key] = own
    credited = draft.credited
    if credited is not None and credited.status == "OPEN":
        draft.applied = min(draft.incl, credited.remaining)
        credited.apply(draft.applied, draft.document_date)
        own.apply(draft.applied, draft.document_date)
