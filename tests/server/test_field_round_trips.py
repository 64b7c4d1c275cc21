"""Every writable field of every write reads back, through the operation that reads one record.

Built from the bundle: every POST, PUT and PATCH of Amili's API is a create (CREATES), an update
(UPDATES) or, naming why, not a write of a record that is read back (EXCLUDED); a new write fails
until it is one of them. The fields of a write are the properties of the record object its body
carries (`customer`, the items of `customers`, ...), as the contract declares them: each test first
checks that the values it writes set every one of them (or that a table says why the field is not
read back, or where it is read instead), so that a field added to a schema fails here, naming
itself, until it is written and read back.

- A create writes every field and reads each back (getCustomer, getDocument, getFile, getArItem).
- An update writes every field, each to a value other than the record was made with, and reads each
  back; and, for each field, an update sending only that field changes it and keeps every other
  field as it was (the PUT rule: a key not sent keeps its value), so a field the update's merge drops
  or resets fails, naming itself. Fields a rule ties together are sent together (`together`), and
  fields the schema requires are sent as they were. createCustomer (and its batch) of an existing
  number is such an update too: the documented upsert.

A field "reads back" when the record read holds what was sent: objects key by key (a read record may
hold more, such as a line's computed amounts), arrays item by item, numbers by value.

(test_write_round_trips and test_read_round_trips count what one request costs the database; this
module is about what it keeps.)
"""

from __future__ import annotations

import base64
import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pytest

from armrest_server.domain.identifiers import with_check_digit
from tests.support import spec as contract
from tests.support.app import CLIENTNO, Api, metadata
from tests.support.builders import (
    changed_customer,
    create_customer,
    create_document,
    full_customer,
    line,
)

SPEC = contract.load(contract.BUNDLE_JSON)
MISSING = object()


# --- what reads back ------------------------------------------------------------------------------
def reads_back(sent: Any, read: Any) -> bool:
    if isinstance(sent, Mapping):
        return isinstance(read, Mapping) and all(reads_back(v, read.get(k, MISSING)) for k, v in sent.items())
    if isinstance(sent, list):
        return isinstance(read, list) and len(sent) == len(read) and all(map(reads_back, sent, read))
    if isinstance(sent, bool) or isinstance(read, bool):
        return sent is read
    if isinstance(sent, int | float) and isinstance(read, int | float):
        return float(sent) == float(read)
    return bool(sent == read)


def unwritten(properties: Mapping[str, Any], values: Mapping[str, Any], prefix: str = "") -> list[str]:
    """The properties `values` sets no value of, at any depth (an array's objects taken together)."""
    missing = []
    for name, schema in properties.items():
        value = values.get(name, MISSING)
        if value is MISSING:
            missing.append(prefix + name)
        elif isinstance(value, Mapping):
            missing += unwritten(contract.properties(SPEC, schema), value, f"{prefix}{name}/")
        elif isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
            together = {k: v for item in value for k, v in item.items()}
            inner = contract.properties(SPEC, contract.items(SPEC, schema))
            missing += unwritten(inner, together, f"{prefix}{name}/")
    return missing


def alike(before: Any, after: Any, where: str) -> list[str]:
    """Where `after` holds what `before` holds, at any depth of objects."""
    if isinstance(before, Mapping) and isinstance(after, Mapping):
        return [found for name in after for found in alike(before.get(name), after[name], f"{where}/{name}")]
    return [where] if reads_back(after, before) else []


@dataclass(frozen=True)
class Target:
    """A write of the contract and the record object its body carries."""

    operation: contract.Operation
    record: str  # the body's property holding the record, or an array of records
    properties: dict[str, Any]  # the record's schema's
    required: frozenset[str]
    many: bool  # the property is an array

    @property
    def path(self) -> str:
        return self.operation.path.format(clientno=CLIENTNO)


def _targets() -> dict[str, Target]:
    found = {}
    for op in contract.armrest_operations(SPEC):
        if op.method not in ("post", "put", "patch"):
            continue
        body = contract.resolve(SPEC, op.operation.get("requestBody", {}))
        schema = body.get("content", {}).get("application/json", {}).get("schema")
        carried = contract.properties(SPEC, schema)
        parts = [(k, contract.resolve(SPEC, v)) for k, v in carried.items() if k != "metadata"]
        record, node = parts[0]
        many = node.get("type") == "array"
        item = contract.resolve(SPEC, node["items"] if many else node)
        fields, required = contract.properties(SPEC, item), item.get("required", [])
        found[op.operation_id] = Target(op, record, fields, frozenset(required), many)
    return found


TARGETS = _targets()


def send(api: Api, target: Target, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Write the records (one request each, or one request for them all where the body takes an
    array; a batch is waited for) and answer each record's write result."""
    groups = [records] if target.many else [[r] for r in records]
    answers = []
    for group in groups:
        body = {"metadata": metadata(), target.record: group if target.many else group[0]}
        response = api.request(target.operation.method.upper(), target.path, json=body)
        assert response.status_code in (200, 201, 202), f"{target.operation.operation_id}: {response.text}"
        if response.status_code == 202:
            done = api.wait_for_batch(response.json()["batchUuid"])
            assert done.status_code == 200, done.text
        answers += [response.json()] * len(group)
    return answers


def get(api: Api, path: str) -> dict[str, Any]:
    response = api.get(f"/clients/{CLIENTNO}{path}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


Values = Callable[[Api, int], dict[str, Any]]
Read = Callable[[Api, dict[str, Any], dict[str, Any], int], dict[str, Any]]


@dataclass(frozen=True)
class Create:
    """`values(api, n)`: a record setting every field, the n-th of the test (writing first what it
    names); `read(api, sent, answer, index)`: the record read back."""

    values: Values
    read: Read
    unread: Mapping[str, str] = field(default_factory=dict)  # fields not read back, and why


@dataclass(frozen=True)
class Update:
    """`make(api, n)`: a record made with `before` (answers the fields naming it); `before` and
    `after(api, n, made)`: every field, each with another value; `elsewhere`: fields read through
    another record (what reads back for the value sent)."""

    key: tuple[str, ...]
    make: Callable[[Api, int], dict[str, Any]]
    before: Callable[[Api, int, dict[str, Any]], dict[str, Any]]
    after: Callable[[Api, int, dict[str, Any]], dict[str, Any]]
    read: Read
    elsewhere: Mapping[str, Callable[[Api, Any], Any]] = field(default_factory=dict)
    together: tuple[tuple[str, ...], ...] = ()


# --- customers --------------------------------------------------------------------------------------
def customer_no(n: int) -> str:
    return f"77{n:04d}"


def read_customer(api: Api, sent: dict[str, Any], _answer: dict[str, Any], _index: int) -> dict[str, Any]:
    return get(api, f"/customers/{sent['customerNo']}")


def make_customer(api: Api, n: int) -> dict[str, Any]:
    send(api, TARGETS["createCustomer"], [full_customer(customer_no(n))])
    return {"customerNo": customer_no(n)}


CUSTOMER_CREATE = Create(values=lambda _api, n: full_customer(customer_no(n)), read=read_customer)
CUSTOMER_UPDATE = Update(
    key=("customerNo",),
    make=make_customer,
    before=lambda _api, n, _made: full_customer(customer_no(n)),
    after=lambda _api, n, _made: changed_customer(customer_no(n)),
    read=read_customer,
    # createCustomer refuses a dateOfBirth and a yearOfBirth of different years (yearOfBirthMismatch).
    together=(("dateOfBirth", "yearOfBirth"),),
)


# --- documents ------------------------------------------------------------------------------------
def invoice(api: Api, n: int, prefix: str) -> dict[str, Any]:
    """The n-th customer of the test and an invoice of it dated today (invoice_lines: 1250.00),
    numbered `prefix`n; answers createDocument's result."""
    create_customer(api, customer_no(n))
    today = api.services.today().isoformat()
    return create_document(api, f"{prefix}{n}", customer_no=customer_no(n), documentDate=today)


def kid(n: int) -> str:
    """A KID valid under the client's default settings (MOD10, 10 digits), the n-th of the test."""
    made = with_check_digit(f"{770000000 + n:09d}", "MOD10")
    assert made is not None
    return made


def full_credit_note(api: Api, n: int) -> dict[str, Any]:
    """A credit note (so that creditedDocumentNo applies) setting every field of DocumentCreate; its
    customer and the invoice it credits are written first."""
    number, today = customer_no(n), api.services.today()
    invoice(api, n, "F")
    lines = [line(1, 80, productCode="BB-500"), line(2, 40, vat_rate=15, quantity=2.5, productCode="MAT")]
    return {
        "documentNo": f"K{n}",
        "documentType": "CREDITNOTE",
        "customerNo": number,
        "documentDate": today.isoformat(),
        "dueDate": (today + timedelta(days=3)).isoformat(),
        "currency": "NOK",
        "kid": kid(n),
        "referenceNo": f"REF-{n}",
        "bundleKey": f"B{n}",
        "buyerReference": "Ola Kjøper",
        "sellerReference": "Kari Selger",
        "creditedDocumentNo": f"F{n}",
        "distribution": {"type": "P", "channel": "PRINT"},
        "lines": lines,
        "amountExclVat": 180.0,  # 80 + 2.5 x 40
        "vatAmount": 35.0,  # 20 + 15
        "amountInclVat": 215.0,
    }


def read_document(api: Api, sent: dict[str, Any], _answer: dict[str, Any], _index: int) -> dict[str, Any]:
    return get(api, f"/documents/{sent['documentNo']}")


DOCUMENT_CREATE = Create(values=full_credit_note, read=read_document)


# --- files ----------------------------------------------------------------------------------------
def full_file(api: Api, n: int) -> dict[str, Any]:
    invoice(api, n, "V")
    content = f"Vedlegg {n}\n".encode()
    return {
        "fileName": f"vedlegg-{n}.txt",
        "fileType": "TXT",
        "mediaType": "text/plain",
        "content": base64.b64encode(content).decode(),
        "documentNo": f"V{n}",
    }


def read_file(api: Api, _sent: dict[str, Any], answer: dict[str, Any], index: int) -> dict[str, Any]:
    return get(api, f"/files/{answer['files'][index]['fileId']}")


FILE_CREATE = Create(values=full_file, read=read_file)


# --- payment reservations -------------------------------------------------------------------------
def full_reservation(api: Api, n: int) -> dict[str, Any]:
    invoice(api, n, "R")
    today = api.services.today()
    return {
        "paymentId": f"NETS-{n}",
        "amount": 125.5,
        "paymentDate": today.isoformat(),
        "expiresOn": (today + timedelta(days=9)).isoformat(),
        "documentNo": f"R{n}",
    }


def read_reservation(api: Api, _sent: dict[str, Any], answer: dict[str, Any], _index: int) -> dict[str, Any]:
    held: dict[str, Any] = get(api, f"/aritems/{answer['arItemId']}")["paymentReservation"]
    return held


TARGET = "names the item the reservation holds (domain/targets.py, test_paymentreservations); not kept"
RESERVATION_CREATE = Create(
    values=full_reservation,
    read=read_reservation,
    unread={
        "paymentDate": "no read shows it (ArItemPaymentReservation has paymentId, amount, expiresOn): "
        "it is the day expiresOn defaults from",
        **dict.fromkeys(
            ("arItemId", "documentNo", "documentUuid", "referenceNo", "kid", "accountNo", "customerNo"),
            TARGET,
        ),
        "customerKid": TARGET,
    },
)


# --- AR items -------------------------------------------------------------------------------------
def make_item(api: Api, n: int) -> dict[str, Any]:
    return {"arItemId": invoice(api, n, "A")["arItemId"]}


def item_values(api: Api, n: int, days: int, note: str, noted: int, amount: float) -> dict[str, Any]:
    today = api.services.today()
    return {
        "dueDate": (today + timedelta(days=days)).isoformat(),
        "stopReminderUntil": (today + timedelta(days=days + 1)).isoformat(),
        "stopDebtCollectionUntil": (today + timedelta(days=days + 2)).isoformat(),
        "stopInterestCalcUntil": (today + timedelta(days=days + 3)).isoformat(),
        "kid": kid(1000 * days + n),
        "creditNote": {
            "documentNo": f"{note}{n}",
            "documentDate": (today + timedelta(days=noted)).isoformat(),
            "amount": amount,
            "text": f"Kreditert {note}{n}",
        },
    }


def read_item(api: Api, sent: dict[str, Any], _answer: dict[str, Any], _index: int) -> dict[str, Any]:
    return get(api, f"/aritems/{sent['arItemId']}")


def read_credit_note(api: Api, sent: dict[str, Any]) -> dict[str, Any]:
    """updateArItem's creditNote is a CREDITNOTE document: its number, date, amount and line text."""
    note = get(api, f"/documents/{sent['documentNo']}")
    texts = {line["description"] for line in note["lines"]}
    return {
        "documentNo": note["documentNo"],
        "documentDate": note["documentDate"],
        "amount": note["amountInclVat"],
        "text": texts.pop() if len(texts) == 1 else sorted(texts),
    }


def _item_before(api: Api, n: int, made: dict[str, Any]) -> dict[str, Any]:
    values = item_values(api, n, 10, "KA", 0, 100)
    send(api, TARGETS["updateArItem"], [{**made, **values}])  # an item is made by a document: then set
    return values


ITEM_UPDATE = Update(
    key=("arItemId",),
    make=make_item,
    before=_item_before,
    after=lambda api, n, _made: item_values(api, n, 20, "KB", 1, 200),
    read=read_item,
    elsewhere={"creditNote": read_credit_note},
)


CREATES: dict[str, Create] = {
    "createCustomer": CUSTOMER_CREATE,
    "createCustomerBatch": CUSTOMER_CREATE,
    "createDocument": DOCUMENT_CREATE,
    "createDocumentBatch": DOCUMENT_CREATE,
    "uploadFiles": FILE_CREATE,
    "createPaymentReservation": RESERVATION_CREATE,
}
UPDATES: dict[str, Update] = {
    # createCustomer of an existing number updates it as updateCustomer would (an upsert).
    "createCustomer": CUSTOMER_UPDATE,
    "createCustomerBatch": CUSTOMER_UPDATE,
    "updateCustomer": CUSTOMER_UPDATE,
    "updateCustomerBatch": CUSTOMER_UPDATE,
    "updateArItem": ITEM_UPDATE,
}
EXCLUDED = {
    "createAction": "a command on a customer, document or AR item (its `until` sets the target's stop "
    "date; test_actions): no record of its own is kept",
    "createReportAction": "queues a report job whose output is a file (test_actions, test_files)",
    "createAutoPostings": "posts ledger entries (GL and AR items) computed from the posting "
    "(test_autopostings): no record of its shape is kept",
}


def test_every_write_is_a_create_an_update_or_excluded() -> None:
    listed = set(CREATES) | set(UPDATES) | set(EXCLUDED)
    assert sorted(set(TARGETS) - listed) == [], "writes of the contract in no table: say how they read back"
    assert sorted(listed - set(TARGETS)) == [], "table entries for writes the contract does not declare"


def _mismatches(
    api: Api,
    sent: Mapping[str, Any],
    read: Mapping[str, Any],
    elsewhere: Mapping[str, Callable[[Api, Any], Any]],
    skipped: Mapping[str, str],
) -> list[str]:
    wrong = []
    for name, value in sent.items():
        if name in skipped:
            continue
        found = elsewhere[name](api, value) if name in elsewhere else read.get(name, MISSING)
        if not reads_back(value, found):
            wrong.append(f"{name}: sent {value!r}, read {'nothing' if found is MISSING else repr(found)}")
    return wrong


@pytest.mark.parametrize("operation_id", sorted(CREATES))
def test_a_create_reads_back_every_field(api: Api, operation_id: str) -> None:
    target, create = TARGETS[operation_id], CREATES[operation_id]
    records = [create.values(api, n) for n in (1, 2)]
    missing = [name for name in unwritten(target.properties, records[0]) if name not in create.unread]
    assert missing == [], f"{operation_id} writes no value of {missing}: add one (or say why in `unread`)"
    answers = send(api, target, records)
    for index, (sent, answer) in enumerate(zip(records, answers, strict=True)):
        read = create.read(api, sent, answer, index if target.many else 0)
        wrong = _mismatches(api, sent, read, {}, create.unread)
        assert wrong == [], f"{operation_id} did not keep:\n" + "\n".join(wrong)


@pytest.mark.parametrize("operation_id", sorted(UPDATES))
def test_an_update_writes_every_field_and_keeps_the_ones_it_does_not_send(
    api: Api, operation_id: str
) -> None:
    target, update = TARGETS[operation_id], UPDATES[operation_id]
    tied = {name: group for group in update.together for name in group}
    names = sorted(set(target.properties) - set(update.key))
    groups = list(dict.fromkeys(tied.get(name, (name,)) for name in names))
    serials = itertools.count(1)
    made = [(n, update.make(api, n)) for n in itertools.islice(serials, len(groups) + 1)]
    before = [update.before(api, n, key) for n, key in made]
    after = [update.after(api, n, key) for n, key in made]
    missing = unwritten(target.properties, {**made[0][1], **after[0]})
    assert missing == [], f"{operation_id} writes no value of {missing}: add one"
    same = [found for name in names for found in alike(before[0][name], after[0][name], name)]
    assert same == [], f"{operation_id}: the update sends {same} as the record was made: change them"
    # The first record gets every field; the others one group of fields each, and the fields the
    # schema requires (createCustomer's `name`) as they were made; the rest are not sent.
    changes = [{**made[0][1], **after[0]}] + [
        {
            **key,
            **{name: was[name] for name in target.required - set(key)},
            **{name: now[name] for name in group},
        }
        for (_, key), was, now, group in zip(made[1:], before[1:], after[1:], groups, strict=True)
    ]
    answers = send(api, target, changes)
    wrong = []
    for index, (change, answer) in enumerate(zip(changes, answers, strict=True)):
        expected = {**before[index], **change}
        read = update.read(api, change, answer, index)
        sent = groups[index - 1] if index else ()
        wrong += [
            f"{list(sent) if sent else 'every field'} sent, {problem}"
            for problem in _mismatches(api, expected, read, update.elsewhere, {})
        ]
    assert wrong == [], f"{operation_id} did not keep:\n" + "\n".join(wrong)


def test_reads_back_compares_what_was_sent() -> None:
    assert reads_back({"a": [1, {"b": 2.0}]}, {"a": [1.0, {"b": 2, "c": 3}], "d": 4})
    assert not reads_back({"a": 1}, {})
    assert not reads_back([1, 2], [1])
    assert not reads_back(True, 1)
    assert not reads_back(0, False)
    assert reads_back(date(2026, 1, 2).isoformat(), "2026-01-02")
