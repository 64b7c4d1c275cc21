"""Clients share one server but nothing of one is visible or inferable from another's answers: the
ids a client is given are its own sequence, whatever other clients write in between."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import text

from armrest_server.store.db import alembic_config, make_engine
from tests.support.app import CLIENTNO, OTHER_CLIENTNO, Api
from tests.support.builders import (
    customer_body,
    document_body,
    line,
    posting,
    postings_body,
    reservation_body,
)

Ids = dict[str, list[int]]


def _client(api: Api, clientno: int) -> Callable[..., dict[str, Any]]:
    token = api.services.authority.issue("tester", [clientno]).access_token

    def send(method: str, path: str, body: Any = None, status: int | None = None) -> dict[str, Any]:
        response = api.request(method, f"/clients/{clientno}{path}", json=body, token=token)
        assert response.status_code < 300 if status is None else response.status_code == status, response.text
        answer: dict[str, Any] = response.json()
        return answer

    return send


def _scenario(api: Api, clientno: int, step: int) -> None:
    """One round of writes of every kind that draws a visible id."""
    send = _client(api, clientno)
    day = (api.services.today() - timedelta(days=10 + step)).isoformat()
    send("POST", "/customers", customer_body(f"C{step}"))
    document = document_body(
        f"D{step}", customer_no=f"C{step}", lines=[line(1, 100, vat_rate=0)], documentDate=day
    )
    item = send("POST", "/documents", document)["arItemId"]
    send("POST", "/paymentreservations", reservation_body(f"R{step}", 40, arItemId=item))
    send(
        "POST",
        "/autopostings/payment",
        postings_body(posting("P", day, 40, arItemId=item, paymentId=f"R{step}")),
    )
    # More than the item's remaining amount: the rest becomes an unapplied AR item.
    send("POST", "/autopostings/payment", postings_body(posting("Q", day, 90, arItemId=item)))


def _visible_ids(api: Api, clientno: int) -> Ids:
    send = _client(api, clientno)
    big = "?pagesize=1000"
    return {
        "arItemId": sorted(i["arItemId"] for i in send("GET", f"/aritems{big}")["arItems"]),
        "documentBundleId": sorted(
            b["documentBundleId"] for b in send("GET", f"/documentbundles{big}")["documentBundles"]
        ),
        "glItemId": sorted(g["glItemId"] for g in send("GET", f"/glitems{big}")["glItems"]),
        "logItemId": sorted(g["logItemId"] for g in send("GET", f"/logitems{big}")["logItems"]),
    }


def test_each_clients_ids_are_its_own_dense_sequence_when_writes_interleave(api: Api) -> None:
    for step in range(3):
        _scenario(api, CLIENTNO, step)
        _scenario(api, OTHER_CLIENTNO, step)
        _scenario(api, OTHER_CLIENTNO, step + 10)
    mine, theirs = _visible_ids(api, CLIENTNO), _visible_ids(api, OTHER_CLIENTNO)
    for name in mine:
        assert mine[name] == list(range(1, len(mine[name]) + 1)), name
        assert theirs[name] == list(range(1, len(theirs[name]) + 1)), name
    assert len(theirs["arItemId"]) == 2 * len(mine["arItemId"])


def test_a_clients_ids_are_the_same_whatever_another_client_writes(database_url: str) -> None:
    """The same writes give the same ids, alone or interleaved with another client's writes."""
    from tests.support.app import running

    def run(interleave: bool, url: str) -> Ids:
        with running(url) as api:
            for step in range(2):
                if interleave:
                    _scenario(api, OTHER_CLIENTNO, step)
                _scenario(api, CLIENTNO, step)
            return _visible_ids(api, CLIENTNO)

    alone = run(False, database_url)
    assert alone["glItemId"]  # the scenario wrote
    second = database_url if database_url.startswith("postgresql") else database_url.replace(".db", "-2.db")
    if second == database_url:
        # One PostgreSQL database per test: clear it for the second run.
        engine = make_engine(database_url)
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        engine.dispose()
    assert run(True, second) == alone


def test_a_reservation_id_is_numbered_per_client(api: Api) -> None:
    ids = {}
    for clientno in (OTHER_CLIENTNO, CLIENTNO):
        send = _client(api, clientno)
        send("POST", "/customers", customer_body("C"))
        send("POST", "/documents", document_body("D", customer_no="C", lines=[line(1, 100, vat_rate=0)]))
        ids[clientno] = send("POST", "/paymentreservations", reservation_body("R", 10, customerNo="C"))[
            "reservationId"
        ]
    assert ids == {OTHER_CLIENTNO: 1, CLIENTNO: 1}


def test_existing_rows_are_renumbered_per_client_with_their_references(database_url: str) -> None:
    """Revision 0004 turns globally numbered rows into per-client sequences."""
    from alembic import command

    url = database_url
    engine = make_engine(url)
    config = alembic_config(url)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
    now = "2026-03-12 10:00:00"
    with engine.begin() as conn:
        run = conn.execute
        for clientno in (1, 2):
            run(text(f"INSERT INTO clients VALUES ({clientno}, 'c', '{now}')"))
            run(
                text(
                    "INSERT INTO customers (id, clientno, customer_no, customer_key, account_no, name, "
                    f"name_key, data, created_at, changed_at) VALUES ({clientno}, {clientno}, 'k', 'k', 1, "
                    f"'n', 'n', '{{}}', '{now}', '{now}')"
                )
            )
        # Item ids 1..4 alternate between the clients; GL entries name them.
        for item_id, clientno in ((1, 1), (2, 2), (3, 1), (4, 2)):
            run(
                text(
                    "INSERT INTO ar_items (id, clientno, customer_id, document_type, document_date, "
                    "due_date, currency, original_amount, remaining_amount, status, in_debt_collection, "
                    f"created_at, changed_at) VALUES ({item_id}, {clientno}, {clientno}, 'PAYMENT', "
                    f"'2026-03-12', '2026-03-12', 'NOK', -1, -1, 'OPEN', FALSE, '{now}', '{now}')"
                )
            )
            run(
                text(
                    "INSERT INTO gl_entries (id, clientno, voucher_no, gl_year, gl_period, posting_date, "
                    f"account_no, amount, text, ar_item_id, source, created_at) VALUES ({10 + item_id}, "
                    f"{clientno}, 1, 2026, 3, '2026-03-12', '1500', -1, 't', {item_id}, 'X', '{now}')"
                )
            )
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    with engine.connect() as conn:
        items = conn.execute(text("SELECT clientno, id FROM ar_items ORDER BY clientno, id")).all()
        entries = conn.execute(
            text("SELECT clientno, id, ar_item_id FROM gl_entries ORDER BY clientno, id")
        ).all()
        counters = conn.execute(
            text("SELECT clientno, name, value FROM counters ORDER BY clientno, name")
        ).all()
    engine.dispose()
    assert [tuple(r) for r in items] == [(1, 1), (1, 2), (2, 1), (2, 2)]
    assert [tuple(r) for r in entries] == [(1, 1, 1), (1, 2, 2), (2, 1, 1), (2, 2, 2)]
    assert [tuple(r) for r in counters] == [
        (1, "arItemId", 2),
        (1, "glItemId", 2),
        (2, "arItemId", 2),
        (2, "glItemId", 2),
    ]
