"""The customer field lists in code (domain/customers.py, the order of api/records.customer) are the
contract's `Customer`: each field in the list of its kind, every field in one, in the schema's order."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from armrest_server.api import records
from armrest_server.domain import customers

# Fields the lists leave to rules of their own: the record's keys, the address group, the
# distribution, the server-kept date of an address change, and the one boolean.
OWN_RULES = {
    "customerNo": "text",
    "clientNo": "integer",
    "accountNo": "integer",
    "postalAddress": "object",
    "distribution": "object",
    "postalAddressChanged": "date",
    "vatLiable": "boolean",
    "createdAt": "instant",
    "changedAt": "instant",
}


def _kind(schemas: dict[str, Any], node: dict[str, Any]) -> str:
    while "$ref" in node:
        node = schemas[node["$ref"].rsplit("/", 1)[1]]
    options = [o for o in node.get("oneOf", node.get("anyOf", [])) if o.get("type") != "null"]
    if options:
        return _kind(schemas, options[0])
    kind = node["type"] if isinstance(node["type"], str) else next(t for t in node["type"] if t != "null")
    if kind == "string":
        return {"date": "date", "date-time": "instant"}.get(node.get("format", ""), "text")
    return {"number": "hundredths", "array": "list"}.get(kind, kind)


def test_every_customer_field_is_in_the_list_of_its_kind(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    declared = {name: _kind(schemas, node) for name, node in schemas["Customer"]["properties"].items()}
    listed = dict(OWN_RULES)
    kinds = {"text": customers.TEXTS, "date": customers.DATES, "integer": customers.INTEGERS}
    kinds |= {"hundredths": customers.HUNDREDTHS, "list": customers.LISTS}
    for kind, names in kinds.items():
        listed |= dict.fromkeys(names, kind)
    assert listed == declared
    assert list(customers.ADDRESS) == list(schemas["PostalAddress"]["properties"])


def test_a_customer_record_has_the_schemas_keys_in_its_order(spec: dict[str, Any]) -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    row = {"customer_no": "1", "clientno": 1, "account_no": 500000, "data": {}}
    record = records.customer(row | {"created_at": now, "changed_at": now})
    assert list(record) == list(spec["components"]["schemas"]["Customer"]["properties"])
