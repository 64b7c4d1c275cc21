"""Stored wire forms (store/stored_forms.py, api/records.py, http/stored_records.py): every write path
leaves each customer's and AR item's form equal to the mapping of its row and validated against the
schema the answers declare; rows without one (or of another bundle) are served from their row and
filled in at start-up; the dispatcher skips validating a stored form only when its fingerprint matches."""

from __future__ import annotations

from typing import Any

import jsonschema_rs
import orjson
from sqlalchemy import select, update

from armrest_server.api import records
from armrest_server.http.stored_records import Schemas, Stored
from armrest_server.store.aritems import ROW
from armrest_server.store.tables import ar_items, customers
from tests.support.app import CLIENTNO, Api, running, spec
from tests.support.builders import (
    ar_item_changes,
    create_customer,
    create_document,
    customer_batch,
    customer_changes,
    posting,
    postings_body,
)

BASE = f"/clients/{CLIENTNO}"


def _stored(api: Api) -> list[tuple[str, dict[str, Any], Any]]:
    """(kind, the row's columns, its stored bytes or None) for every customer and AR item."""
    forms = records.forms(spec())
    found: list[tuple[str, dict[str, Any], Any]] = []
    with api.services.engine.connect() as conn:
        for row in conn.execute(select(customers)).mappings():
            assert row["wire"] is None or row["wire_schema"] == forms[customers.name].schema
            found.append(("Customer", dict(row), row["wire"]))
        for row in conn.execute(ROW).mappings():
            assert row["wire"] is None or row["wire_schema"] == forms[ar_items.name].schema
            found.append(("ArItem", dict(row), row["wire"]))
    return found


def _contract(kind: str) -> jsonschema_rs.Validator:
    """The contract's schema of a record, with every component it refers to."""
    components = spec().document["components"]
    return jsonschema_rs.validator_for({**components["schemas"][kind], "components": components})


def _says_what_the_row_says(kind: str, form: dict[str, Any], row: dict[str, Any]) -> bool:
    """The columns a reader checks first, read from the row's own columns (not through the mapping)."""
    if kind == "Customer":
        return (form["customerNo"], form["name"]) == (row["customer_no"], row["name"])
    due = row["due_date"].isoformat()
    return (form["arItemId"], form["customerNo"], form["dueDate"]) == (row["id"], row["customer_no"], due)


def _assert_current(api: Api) -> dict[tuple[str, Any], dict[str, Any]]:
    """Every record has a stored form that the contract accepts and that says what its row says;
    answers the forms by (kind, customerNo or arItemId)."""
    forms: dict[tuple[str, Any], dict[str, Any]] = {}
    for kind, row, raw in _stored(api):
        assert raw is not None, f"a {kind} without its stored form"
        form = orjson.loads(raw)
        assert [e.message for e in _contract(kind).iter_errors(form)] == [], kind
        assert _says_what_the_row_says(kind, form, row), (kind, form, row)
        forms[kind, form.get("arItemId", form["customerNo"])] = form
    return forms


def test_every_write_path_leaves_current_validated_forms(api: Api) -> None:
    create_customer(api, "543210", name="Ola")
    create_customer(api, "543211")
    assert api.put(f"{BASE}/customers", json=customer_changes("543211", name="Kari")).status_code == 200
    batch = api.post(
        f"{BASE}/customers/batches", json=customer_batch([{"customerNo": "600001", "name": "B"}])
    )
    api.wait_for_batch(batch.json()["batchUuid"])
    first = create_document(api, "100234")["arItemId"]
    second = create_document(api, "100235")["arItemId"]
    _assert_current(api)
    day = api.services.today().isoformat()
    paid = api.post(
        f"{BASE}/autopostings/payment", json=postings_body(posting("P1", day, 400, arItemId=first))
    )
    assert paid.status_code == 201, paid.text
    changed = api.put(f"{BASE}/aritems", json=ar_item_changes(second, stopReminderUntil="2027-01-01"))
    assert changed.status_code == 200, changed.text
    forms = _assert_current(api)
    # The stored forms say what the writes said (the values the test sent, not a mapping's output).
    assert [forms["Customer", n]["name"] for n in ("543210", "543211", "600001")] == ["Ola", "Kari", "B"]
    assert (forms["ArItem", first]["remainingAmount"], forms["ArItem", first]["status"]) == (850, "OPEN")
    assert forms["ArItem", second]["stopReminderUntil"] == "2027-01-01"
    # The answers are the stored forms, and say what the rows say.
    assert api.get(f"{BASE}/aritems/{first}").json()["remainingAmount"] == 850
    page = api.get(f"{BASE}/customers?pagesize=10").json()["customers"]
    assert [c["name"] for c in page] == ["Ola", "Kari", "B"]


def test_rows_without_a_current_form_are_read_from_the_row_and_filled_at_start(database_url: str) -> None:
    with running(database_url) as api:
        create_customer(api, "543210", name="Ola")
        item = create_document(api, "100234")["arItemId"]
        with api.services.engine.begin() as conn:
            # As a migrated database has them: no form, and a form of another bundle.
            conn.execute(update(customers).values(wire=None))
            conn.execute(update(ar_items).values(wire_schema="another bundle"))
            assert conn.execute(select(customers.c.wire)).scalar_one() is None
        assert api.get(f"{BASE}/customers/543210").json()["name"] == "Ola"
        assert api.get(f"{BASE}/aritems/{item}").json()["arItemId"] == item  # validated as it is read
    with running(database_url) as api:
        _assert_current(api)


def test_a_stored_form_goes_unvalidated_only_under_its_own_fingerprint() -> None:
    compiler = spec().compiler
    assert compiler is not None
    schemas = Schemas(compiler)
    one, page = {"$ref": "#/components/schemas/Customer"}, {"$ref": "#/components/schemas/CustomerList"}
    customer, listed = compiler.validator(one), compiler.validator(page)
    _, fingerprint = schemas.component("Customer")
    broken = b'{"customerNo": 1}'  # breaks Customer: only a form it was not validated as can hold this

    def errors(validator: Any, schema: Any, body: Any, *, strict: bool = False) -> int:
        return len(schemas.errors(validator, schema, body, strict=strict))

    assert errors(customer, one, Stored(broken, fingerprint)) == 0
    assert errors(customer, one, Stored(broken, fingerprint), strict=True) > 0
    assert errors(customer, one, Stored(broken, None)) > 0
    assert errors(customer, one, Stored(broken, "another bundle")) > 0
    summary = {"pageNo": 1}  # the envelope is still checked: its summary is incomplete
    assert errors(listed, page, {"summary": summary, "customers": [Stored(broken, fingerprint)]}) > 0
    assert errors(listed, page, {"summary": summary, "customers": []}) == errors(
        listed, page, {"summary": summary, "customers": [Stored(broken, fingerprint)]}
    )
    assert errors(listed, page, {"summary": summary, "customers": [Stored(broken, None)]}) > errors(
        listed, page, {"summary": summary, "customers": []}
    )
