"""Demo data: an API client for client 2218 and a ledger with open, overdue and closed items,
seeded once however often the seeding runs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from armrest_server import demo
from armrest_server.domain import identifiers
from armrest_server.services import OSLO
from armrest_server.store.db import make_engine
from armrest_server.store.tables import ar_items, customers, gl_entries, payment_reservations
from armrest_server.store.tables import metadata as tables
from tests.support.app import Api, running


@dataclass
class Seeded:
    engine: Engine
    url: str
    first: tuple[str, str]
    second: tuple[str, str]
    counts_after_first: dict[str, int]


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in tables.tables.items()
            if name not in ("signing_keys", "worker_heartbeats", "query_snapshots")
        }


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, demo_sqlite: Path) -> Iterator[Seeded]:
    """A copy of the demo database (`demo_sqlite`: migrated, then seeded as `armrest serve
    --demo-data` seeds it), seeded twice more as every later start of that command seeds it."""
    path = tmp_path_factory.mktemp("demo") / "armrest.db"
    shutil.copyfile(demo_sqlite, path)
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    first = demo.seed(engine)
    after_first = counts(engine)
    second = demo.seed(engine)
    yield Seeded(engine, url, first, second, after_first)
    engine.dispose()


@pytest.fixture(scope="module")
def app(seeded: Seeded) -> Iterator[Api]:
    with running(seeded.url) as api:
        yield api


def token(api: Api, client_id: str, secret: str) -> Any:
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    return api.client.post("/token", data=form)


def test_seeding_twice_duplicates_nothing(seeded: Seeded) -> None:
    assert counts(seeded.engine) == seeded.counts_after_first


def test_every_seeding_gives_the_demo_client_a_new_secret(seeded: Seeded) -> None:
    assert (seeded.first[0], seeded.second[0], seeded.first[1] != seeded.second[1]) == (
        "demo-2218",
        "demo-2218",
        True,
    )


def test_the_latest_secret_gets_a_token_for_client_2218(app: Api, seeded: Seeded) -> None:
    access = token(app, *seeded.second).json()["access_token"]
    response = app.get("/clients/2218/customers?pagesize=5", token=access)
    assert (response.status_code, response.json()["summary"]["totalCount"]) == (200, demo.CUSTOMERS)


def test_an_earlier_secret_no_longer_works(app: Api, seeded: Seeded) -> None:
    refused = token(app, *seeded.first)
    assert (refused.status_code, refused.json()["error"]) == (401, "invalid_client")


def test_the_ledger_has_open_overdue_and_closed_items_of_every_kind(seeded: Seeded) -> None:
    with seeded.engine.connect() as conn:
        rows = conn.execute(select(ar_items)).all()
    today = datetime.now(OSLO).date()
    kinds = {(r.document_type, r.status) for r in rows}
    assert {
        ("INVOICE", "OPEN"),
        ("INVOICE", "CLOSED"),
        ("CREDITNOTE", "CLOSED"),
        ("INTERESTNOTE", "OPEN"),
    } <= kinds
    assert any(r.status == "OPEN" and r.due_date < today for r in rows)  # overdue
    assert any(0 < r.remaining_amount < r.original_amount for r in rows)  # partly paid or credited


def test_the_ledger_is_balanced(seeded: Seeded) -> None:
    with seeded.engine.connect() as conn:
        assert conn.execute(select(func.sum(gl_entries.c.amount))).scalar_one() == 0


def test_payments_were_posted(seeded: Seeded) -> None:
    with seeded.engine.connect() as conn:
        sources = set(conn.execute(select(gl_entries.c.source).distinct()).scalars())
    assert sources == {"DOCUMENT", "CREDITNOTE", "AUTOPOSTING"}


def test_customer_numbers_with_check_digits_are_valid(seeded: Seeded) -> None:
    with seeded.engine.connect() as conn:
        data = [row.data for row in conn.execute(select(customers.c.data))]
    assert all(identifiers.valid_bank_account_no(d["bankAccountNo"]) for d in data if d["bankAccountNo"])
    assert all(identifiers.valid_organization_no(d["organizationNo"]) for d in data if d["organizationNo"])


def test_gl_entries_fall_in_the_periods_they_happened_and_earlier_periods_are_closed(app: Api) -> None:
    with app.services.engine.connect() as conn:
        rows = conn.execute(
            select(gl_entries.c.gl_year, gl_entries.c.gl_period, gl_entries.c.posting_date)
        ).all()
    assert all((r.gl_year, r.gl_period) == (r.posting_date.year, r.posting_date.month) for r in rows)
    assert len({(r.gl_year, r.gl_period) for r in rows}) >= demo.history.MONTHS
    latest = app.get("/clients/2218/glmovements/latest")
    closed = app.get("/clients/2218/glmovements?closed=true&accountno=1500&pagesize=100")
    assert (latest.status_code, closed.status_code) == (200, 200)
    assert latest.json()["movements"] and closed.json()["summary"]["totalCount"] >= demo.history.MONTHS - 2


def test_the_demo_writes_left_log_items_report_files_and_reservations(app: Api) -> None:
    def logged(operation_id: str) -> int:
        answer = app.get(f"/clients/2218/logitems?operationid={operation_id}&pagesize=5")
        return int(answer.json()["summary"]["totalCount"])

    reports = app.get("/clients/2218/files?source=REPORT").json()["summary"]
    with app.services.engine.connect() as conn:
        documents = conn.execute(select(func.count()).select_from(tables.tables["documents"])).scalar_one()
        held = conn.execute(
            select(func.count())
            .select_from(payment_reservations)
            .where(payment_reservations.c.status == "ACTIVE")
        ).scalar_one()
    # updateArItem's credit notes are documents too
    made = logged("createDocument") + logged("updateArItem")
    assert (made, reports["totalCount"] >= 3, held >= 4) == (documents, True, True)
