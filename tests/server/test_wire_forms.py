"""Stored wire forms (store/stored_forms.py, api/records.py, http/stored_records.py): every write path
leaves each customer's and AR item's form equal to the mapping of its row and validated against the
schema the answers declare; rows without one (or of another bundle) are served from their row and
filled in at start-up; the dispatcher skips validating a stored form only when its fingerprint matches.

What keeps the forms current is findable here, without running the writes it guards:
- only the store's writers write those rows, each writing the rows' forms with them or noting the
  rows it writes, no SQL text writes them, and every write transaction of the API is handed the
  forms (the source, read as a tree);
- every UPDATE of those rows any test drives sets `wire` (tests/support/forms_audit.py, watching
  every app `running` makes);
- a mapping that makes other bytes of the same row comes with a migration that resets the forms
  (MAPPINGS, below).
"""

from __future__ import annotations

import ast
import hashlib
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import jsonschema_rs
import orjson
import pytest
from sqlalchemy import create_engine, select, text, update

import armrest_server
from armrest_server.api import records
from armrest_server.domain.customers import blank
from armrest_server.http.stored_records import Joined, Schemas, Stored
from armrest_server.store.aritems import ROW
from armrest_server.store.tables import ar_items, customers, metadata
from tests.support.app import CLIENTNO, Api, running, spec
from tests.support.builders import (
    action_body,
    ar_item_changes,
    changed_customer,
    create_customer,
    create_document,
    customer_batch,
    customer_changes,
    document,
    document_batch,
    full_customer,
    posting,
    postings_body,
)
from tests.support.forms_audit import leaves_a_stale_form, stale_forms

BASE = f"/clients/{CLIENTNO}"


def _stored(api: Api) -> list[tuple[str, dict[str, Any], Any]]:
    """(kind, the row's columns, its stored bytes or None) for every customer and AR item; a stored
    form is of the schema the server validates against now, and is the mapping of its row as it is."""
    forms = api.services.forms
    found: list[tuple[str, dict[str, Any], Any]] = []
    with api.services.engine.connect() as conn:
        for kind, table, rows in (("Customer", customers, select(customers)), ("ArItem", ar_items, ROW)):
            for row in conn.execute(rows).mappings():
                if row["wire"] is not None:
                    assert row["wire_schema"] == forms[table.name].schema, (kind, row["id"])
                    assert row["wire"] == forms[table.name].make([row])[0][0], (kind, row["id"])
                found.append((kind, dict(row), row["wire"]))
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
    first, second, third, fourth = (create_document(api, f"10023{n}")["arItemId"] for n in range(4, 8))
    _assert_current(api)
    day = api.services.today().isoformat()
    for method, body in (
        ("payment", postings_body(posting("P1", day, 400, arItemId=first))),
        ("payment", postings_body(posting("P2", day, 1300, arItemId=third))),  # an unapplied credit
    ):
        paid = api.post(f"{BASE}/autopostings/{method}", json=body)
        assert paid.status_code == 201, paid.text
    for body in (
        ar_item_changes(second, stopReminderUntil="2027-01-01"),
        ar_item_changes(fourth, creditNote={"documentNo": "CN1", "amount": 100}),
    ):
        changed = api.put(f"{BASE}/aritems", json=body)
        assert changed.status_code == 200, changed.text
    until = (api.services.today() + timedelta(days=30)).isoformat()
    acted = api.post(f"{BASE}/actions/stopreminders", json=action_body(arItemId=first, until=until))
    assert acted.status_code == 200, acted.text
    batch = api.post(f"{BASE}/documents/batches", json=document_batch([document("B0001")]))
    assert api.wait_for_batch(batch.json()["batchUuid"]).json()["status"] == "COMPLETED"
    forms = _assert_current(api)
    # The stored forms say what the writes said (the values the test sent, not a mapping's output).
    assert [forms["Customer", n]["name"] for n in ("543210", "543211", "600001")] == ["Ola", "Kari", "B"]
    paid = forms["ArItem", first]
    assert (paid["remainingAmount"], paid["status"], paid["stopReminderUntil"]) == (850, "OPEN", until)
    assert forms["ArItem", second]["stopReminderUntil"] == "2027-01-01"
    assert forms["ArItem", third]["status"] == "CLOSED"
    assert forms["ArItem", fourth]["remainingAmount"] == 1150
    types = sorted(form["documentType"] for (kind, _), form in forms.items() if kind == "ArItem")
    # The documents', the unapplied credit's, the credit note's, the batch's.
    assert types == ["CREDITNOTE", *["INVOICE"] * 5, "PAYMENT"], types
    # The answers are the stored forms, and say what the rows say.
    assert api.get(f"{BASE}/aritems/{first}").json()["remainingAmount"] == 850
    page = api.get(f"{BASE}/customers?pagesize=10").json()["customers"]
    assert [c["name"] for c in page] == ["Ola", "Kari", "B"]


def test_a_whole_customers_form_made_with_its_row_is_the_mapping_of_the_row_as_stored(api: Api) -> None:
    # Every writable field set, then every one changed, one at a time and in batches: the form each
    # writer made from the row it had in hand is the form of the row read back (_stored).
    created = api.post(
        f"{BASE}/customers", json={"metadata": {"userId": "t"}, "customer": full_customer("1")}
    )
    assert created.status_code == 201, created.text
    changed = api.put(
        f"{BASE}/customers", json={"metadata": {"userId": "t"}, "customer": changed_customer("1")}
    )
    assert changed.status_code == 200, changed.text
    for method, item in (
        ("POST", full_customer("2")),
        ("PUT", changed_customer("2")),
        ("PUT", full_customer("1")),
    ):
        batch = api.request(method, f"{BASE}/customers/batches", json=customer_batch([item]))
        assert api.wait_for_batch(batch.json()["batchUuid"]).json()["status"] == "COMPLETED", batch.text
    forms = _assert_current(api)
    assert forms["Customer", "1"]["name"] == full_customer()["name"]
    assert forms["Customer", "2"]["name"] == changed_customer()["name"]
    assert forms["Customer", "1"]["createdAt"] == api.get(f"{BASE}/customers/1").json()["createdAt"]


def test_rows_without_a_current_form_are_read_from_the_row_and_filled_at_start(database_url: str) -> None:
    with running(database_url) as api:
        create_customer(api, "543210", name="Ola")
        item = create_document(api, "100234")["arItemId"]
        with api.services.engine.begin() as conn:
            # As a migrated database has them: no form, and a form of another bundle.
            conn.execute(update(customers).values(wire=None))
            # (the same bytes, as a server of another bundle made them: an UPDATE always sets `wire`)
            conn.execute(update(ar_items).values(wire=ar_items.c.wire, wire_schema="another bundle"))
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
    # A page's forms joined into one array (http/stored_records.joined): trusted on the same terms.
    empty = errors(listed, page, {"summary": summary, "customers": []})
    array = b"[" + broken + b"]"
    assert errors(listed, page, {"summary": summary, "customers": Joined(array, fingerprint, 1)}) == empty
    assert errors(listed, page, {"summary": summary, "customers": Joined(array, None, 1)}) > empty
    strictly = errors(
        listed, page, {"summary": summary, "customers": Joined(array, fingerprint, 1)}, strict=True
    )
    assert strictly > empty


# --- what makes a stale form findable -----------------------------------------------------------
def test_the_audit_finds_an_update_that_leaves_a_form_stale(tmp_path: Path) -> None:
    assert [
        leaves_a_stale_form(sql)
        for sql in (
            "UPDATE ar_items SET status=?, changed_at=?, row_version=? WHERE ar_items.id = ?",
            "UPDATE customers SET name=%(name)s, wire=%(wire)s WHERE customers.id = %(id_1)s",
            'UPDATE "ar_items" SET "wire" = v."wire", "wire_schema" = v."wire_schema" FROM unnest(x)',
            "update customers set wire_schema = 'x'",
            "UPDATE customers_history SET name=?",
        )
    ] == [True, False, False, True, False]
    engine = create_engine(f"sqlite:///{tmp_path / 'audit.db'}")
    metadata.create_all(engine)
    with stale_forms(engine) as found, engine.begin() as conn:
        conn.execute(text("UPDATE customers SET name = 'Kari'"))  # a tool's write, outside the store
        conn.execute(update(customers).values(name="Kari", wire=None))
    engine.dispose()
    assert found == ["UPDATE customers SET name = 'Kari'"]


SERVER = Path(armrest_server.__file__).parent
# The only modules that write customers and AR items: each function of theirs that does writes the
# rows' forms in its own statement (`written`) or notes the rows it writes (`changing`, `inserted`),
# which the transaction then makes the forms of (store/stored_forms.py).
WRITERS = {"store/customers.py", "store/aritems.py", "store/postings.py"}
NOTES = {"changing", "inserted", "written"}
STORED = {customers.name, ar_items.name}
# SQL text that writes them: no writer can note what it writes.
SQL_WRITE = re.compile(
    r'\b(update\s+"?(customers|ar_items)"?\s+set|insert\s+into\s+"?(customers|ar_items))\b', re.I
)


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _writes(node: ast.AST, prebuilt: set[str]) -> bool:
    """Whether `node` builds (or runs a statement built at import as `prebuilt`) an INSERT or UPDATE
    of a stored table: update(t), t.update(), insert(t), a dialect's insert(t), insert_rows(.., t)."""
    for found in ast.walk(node):
        if isinstance(found, ast.Name) and found.id in prebuilt:
            return True
        if not isinstance(found, ast.Call):
            continue
        names = [arg.id for arg in found.args if isinstance(arg, ast.Name)]
        if _name(found) in ("update", "insert") and names[:1] and names[0] in STORED:
            return True
        owner = found.func.value if isinstance(found.func, ast.Attribute) else None
        if _name(found) in ("update", "insert") and isinstance(owner, ast.Name) and owner.id in STORED:
            return True  # customers.update()
        if _name(found) in ("insert_rows", "update_rows") and STORED & set(names):
            return True
    return False


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(SERVER.rglob("*.py")):
        where = path.relative_to(SERVER).as_posix()
        if not where.startswith("store/migrations/"):  # a migration resets forms in SQL of its own
            yield where, ast.parse(path.read_text(), where)


def unnoted_writes() -> list[str]:
    """Every place in the server that writes customers or AR items other than through a writer that
    notes what it writes; every SQL text that writes them; every write transaction of the API not
    handed the forms."""
    found = []
    for where, tree in _modules():
        prebuilt = {
            target.id
            for node in tree.body
            if isinstance(node, ast.Assign) and _writes(node.value, set())
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        found += [
            f"{where}:{node.lineno} {what}"
            for node in ast.walk(tree)
            if (what := _offence(where, node, prebuilt))
        ]
    return found


def _offence(where: str, node: ast.AST, prebuilt: set[str]) -> str | None:
    if isinstance(node, ast.FunctionDef) and _writes(node, prebuilt):
        notes = any(isinstance(n, ast.Call) and _name(n) in NOTES for n in ast.walk(node))
        return None if where in WRITERS and notes else node.name
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_WRITE.search(node.value):
        return "SQL text"
    if isinstance(node, ast.Call) and where.startswith(("api/", "idempotency")) and _writing(node):
        return (
            None
            if any(keyword.arg == "forms" for keyword in node.keywords)
            else f"{_name(node)}() without forms"
        )
    return None


def _writing(call: ast.Call) -> bool:
    """A write transaction: `writing(...)`, or a `UnitOfWork(...)` but one given `writes=False`."""
    if _name(call) == "writing":
        return True
    reads = any(
        k.arg == "writes" and isinstance(k.value, ast.Constant) and k.value.value is False
        for k in call.keywords
    )
    return _name(call) == "UnitOfWork" and not reads


def test_only_the_store_writers_write_customers_and_ar_items_and_they_note_it() -> None:
    assert unnoted_writes() == []


def test_the_source_check_finds_a_write_that_bypasses_the_writers(monkeypatch: pytest.MonkeyPatch) -> None:
    sources = {
        "store/customers.py": "def rename(conn, i):\n    conn.execute(update(customers).values(name='x'))\n",
        "store/postings.py": "def close(conn):\n    conn.exec_driver_sql('UPDATE ar_items SET status = 1')\n",
        "domain/customers.py": "def f(conn, rows):\n    bulk.insert_rows(conn, customers, rows)\n",
        "domain/aritems.py": "def g(conn):\n    conn.execute(ar_items.update().values(status='x'))\n",
        "api/files.py": "def g(call):\n    with writing(call.services.engine) as conn:\n        pass\n",
        "store/aritems.py": "def noted(c, i):\n    c.execute(update(ar_items).values(**changing(c, i)))\n",
        "api/actions.py": "def h(call):\n    with UnitOfWork(call.services.engine) as uow:\n        pass\n",
        "api/aritems.py": "def r(call):\n    with UnitOfWork(engine, writes=False) as uow:\n        pass\n",
    }
    monkeypatch.setattr(
        f"{__name__}._modules", lambda: ((where, ast.parse(source)) for where, source in sources.items())
    )
    assert unnoted_writes() == [
        "store/customers.py:1 rename",
        "store/postings.py:2 SQL text",
        "domain/customers.py:1 f",
        "domain/aritems.py:1 g",
        "api/files.py:2 writing() without forms",
        "api/actions.py:2 UnitOfWork() without forms",
    ]


# --- a changed mapping resets the forms it made --------------------------------------------------
# What each stored table's mapping makes of sample rows (a fingerprint of the bytes), beside the
# migration that last reset that table's forms (set `wire` NULL, or added it). Stored forms are
# data: a mapping that makes other bytes of the same row while the schema stays would leave every
# form made before it answering the old bytes. So when a fingerprint here no longer matches, add a
# migration that sets the table's `wire` to NULL (the server remakes the forms at start-up), and
# append its revision and the new fingerprint; never edit a line. (A change of the schema remakes
# them anyway, by their fingerprint; the migration then costs nothing more.)
MAPPINGS = {
    customers.name: [("0005", "e593d68bd7e1bbb9c3c9fdf9aa96ec22")],
    ar_items.name: [("0005", "0d542b0d116832af0a71e04981e0cce1")],
}
MIGRATIONS = SERVER / "store" / "migrations" / "versions"
_MOMENTS = (datetime(2026, 1, 15, 9, 30, tzinfo=UTC), datetime(2026, 2, 1, 23, 59, 59, 123456))  # PG, SQLite


def _customer_rows() -> list[dict[str, Any]]:
    sent = {key: value for key, value in full_customer().items() if key != "customerNo"}
    full = {**blank(), **sent, "discountRate": 250, "limitAmount": 5000000}  # hundredths, as stored
    return [
        {"clientno": CLIENTNO, "customer_no": "543210", "account_no": 500000, "data": data}
        | {"created_at": _MOMENTS[0], "changed_at": moment}
        for data, moment in ((full, _MOMENTS[0]), (blank() | {"name": "Kunde"}, _MOMENTS[1]))
    ]


def _ar_item_rows() -> list[dict[str, Any]]:
    day = date(2026, 3, 12)
    item = {
        **{"clientno": CLIENTNO, "id": 7, "customer_no": "543210", "account_no": 500000, "currency": "NOK"},
        **{"document_no": "100234", "document_uuid": "9b2e7c1a-0000-4000-8000-000000000001", "kid": None},
        **{"document_type": "INVOICE", "document_date": day, "due_date": date(2026, 3, 26)},
        **{"original_amount": 125000, "remaining_amount": 85000, "status": "OPEN", "closed_date": None},
        **{"in_debt_collection": False, "stop_reminder_until": None, "stop_debt_collection_until": None},
        **{"stop_interest_calc_until": None, "created_at": _MOMENTS[0], "changed_at": _MOMENTS[0]},
    }
    closed = item | {"original_amount": -5000, "remaining_amount": 0, "status": "CLOSED", "closed_date": day}
    closed |= {"document_type": "CREDITNOTE", "in_debt_collection": 1, "kid": "0000123452"}
    closed |= dict.fromkeys(
        ("stop_reminder_until", "stop_debt_collection_until", "stop_interest_calc_until"), day
    )
    unapplied = item | {
        "document_no": None,
        "document_uuid": None,
        "document_type": "PAYMENT",
        "changed_at": _MOMENTS[1],
    }
    return [item, closed, unapplied]


def mapping_fingerprint(table: str) -> str:
    """A fingerprint of the bytes the table's mapping makes of the samples (what its forms hold)."""
    rows = _customer_rows() if table == customers.name else _ar_item_rows()
    made = records.forms(spec())[table].make(rows)
    assert all(schema is not None for _, schema in made), f"a sample {table} row breaks the contract"
    return hashlib.sha256(b"\n".join(raw for raw, _ in made)).hexdigest()[:32]


def _resets(revision: str, table: str) -> bool:
    """Whether migration `revision` names the table and its `wire` (adds it, or sets it NULL)."""
    for path in MIGRATIONS.glob("*.py"):
        source = path.read_text()
        if re.search(rf'^revision = "{revision}"$', source, re.M):
            return table in source and "wire" in source
    return False


@pytest.mark.parametrize("table", sorted(MAPPINGS))
def test_a_changed_mapping_comes_with_a_migration_that_resets_its_forms(table: str) -> None:
    history = MAPPINGS[table]
    revisions = [revision for revision, _ in history]
    assert revisions == sorted(set(revisions)), "one line per migration, in order"
    assert [r for r in revisions if not _resets(r, table)] == [], f"migrations that do not reset {table}.wire"
    now = mapping_fingerprint(table)
    assert history[-1][1] == now, (
        f"The mapping of {table} makes other bytes of the same rows (fingerprint {now}): add a migration"
        f" that sets {table}.wire to NULL and append its revision with {now!r} to MAPPINGS[{table!r}]"
    )


def test_the_fingerprint_sees_a_change_of_the_bytes_a_mapping_makes(monkeypatch: pytest.MonkeyPatch) -> None:
    before = {table: mapping_fingerprint(table) for table in MAPPINGS}
    # Every instant with its fraction of a second, also where it is 0: the same schema, other bytes.
    monkeypatch.setattr(records, "timestamp", lambda moment: moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ"))
    assert {table: mapping_fingerprint(table) != before[table] for table in MAPPINGS} == dict.fromkeys(
        MAPPINGS, True
    )
