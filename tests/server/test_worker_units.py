"""The worker's parts on their own, without an app: process_chunk (an item that raises is rejected
alone, a database fault fails the attempt), and the batch kinds' item errors as values, on an
in-process SQLite database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine
from sqlalchemy.exc import DBAPIError

from armrest_server.api.batches import field_errors
from armrest_server.bounds import LIMITS
from armrest_server.clock import SettableClock
from armrest_server.store import clients
from armrest_server.store.db import make_engine, writing
from armrest_server.worker import kinds
from armrest_server.worker.queue import KEPT_ERRORS, ItemError, ItemResult, Kind, process_chunk
from tests.support.builders import customer, document


def _process(conn: Connection, batch: dict[str, Any], chunk: list[tuple[int, Any]]) -> list[ItemResult]:
    if any(not item for _, item in chunk):
        raise ValueError("an empty item")
    return [ItemResult(item["no"], True, "CREATED") for _, item in chunk]


def _results(kind: Kind, chunk: list[tuple[int, Any]]) -> list[ItemResult]:
    with create_engine("sqlite://").connect() as conn, conn.begin():
        return process_chunk(conn, kind, {"batch_uuid": "b"}, chunk)


@pytest.mark.parametrize(
    ("kind", "key", "pointer"),
    [
        (Kind(process=_process, key=lambda item: item["no"], pointer="/customers"), "-", "/customers/1"),
        (Kind(process=_process), "-", ""),
    ],
)
def test_an_item_that_raises_is_rejected_alone_even_when_its_key_cannot_be_read(
    kind: Kind, key: str, pointer: str
) -> None:
    first, second = _results(kind, [(0, {"no": "a"}), (1, {})])
    assert ((first.key, first.accepted), (second.key, second.accepted), second.errors[0].pointer) == (
        ("a", True),
        (key, False),
        pointer,
    )
    assert second.errors[0].code == "processingFailed"


def test_a_lost_connection_fails_the_attempt_instead_of_rejecting_items() -> None:
    def lost(conn: Connection, batch: dict[str, Any], chunk: list[tuple[int, Any]]) -> list[ItemResult]:
        raise DBAPIError(
            "SELECT 1", {}, Exception("server closed the connection"), connection_invalidated=True
        )

    with pytest.raises(DBAPIError):
        _results(Kind(process=lost), [(0, {"no": "a"})])


# --- the kinds' item errors ----------------------------------------------------------------------------
CLIENTNO = 2218
DAY = SettableClock(at=datetime(2026, 3, 12, 12, tzinfo=UTC))


@pytest.fixture
def conn(sqlite_template: Path, tmp_path: Path) -> Iterator[Connection]:
    """A write transaction on a throwaway copy of a migrated SQLite database, with client 2218."""
    shutil.copyfile(sqlite_template, tmp_path / "armrest.db")
    engine = make_engine(f"sqlite:///{tmp_path / 'armrest.db'}")
    with writing(engine) as connection:
        clients.ensure(connection, CLIENTNO)
        yield connection
    engine.dispose()


def _process(kind: Kind, conn: Connection, chunk: list[tuple[int, Any]]) -> list[ItemResult]:
    return kind.process(conn, {"clientno": CLIENTNO, "batch_uuid": "b"}, chunk)


def test_a_customer_breaking_a_rule_is_rejected_with_errors_pointing_into_the_request(
    conn: Connection,
) -> None:
    """Item 7 of the request breaks a rule on the kind's calendar: its error points at /customers/7."""
    kind = kinds.customers_kind(DAY, create=True)
    chunk = [(6, customer("1")), (7, customer("2", dateOfBirth="2026-03-13"))]
    first, second = _process(kind, conn, chunk)
    assert (first.key, first.accepted, first.result, first.errors) == ("1", True, "CREATED", [])
    assert (second.key, second.accepted, second.result, second.errors) == (
        "2",
        False,
        None,
        [
            ItemError(
                "/customers/7/dateOfBirth", "dateOfBirth may not be after today (2026-03-12)", "futureDate"
            )
        ],
    )


def test_an_update_of_an_unknown_customer_is_rejected_as_not_found(conn: Connection) -> None:
    (result,) = _process(kinds.customers_kind(DAY, create=False), conn, [(0, customer("nobody"))])
    assert (result.accepted, result.errors) == (
        False,
        [ItemError("/customers/0/customerNo", "Customer nobody does not exist", "notFound")],
    )


def test_a_document_of_an_unknown_customer_is_rejected_with_its_index(conn: Connection) -> None:
    (result,) = _process(kinds.documents_kind(DAY), conn, [(3, document("1", customer_no="nobody"))])
    assert (result.key, result.accepted, result.result, result.errors) == (
        "1",
        False,
        None,
        [ItemError("/documents/3/customerNo", "Customer nobody does not exist", "notFound")],
    )


@pytest.mark.parametrize("count", [0, KEPT_ERRORS, KEPT_ERRORS + 1, 2 * KEPT_ERRORS + 5])
def test_an_items_result_keeps_at_most_the_errors_its_answer_lists(count: int) -> None:
    errors = [ItemError(f"/documents/0/lines/{n}/vatRate", "wrong", "vatRate") for n in range(count)]
    kept = ItemResult("1", False, None, errors).row(0)["errors"]
    assert len(kept) == min(count, KEPT_ERRORS)
    assert kept[: KEPT_ERRORS - 1] == [
        {"pointer": e.pointer, "message": e.message, "code": e.code} for e in errors[: KEPT_ERRORS - 1]
    ]
    if count > KEPT_ERRORS:
        more = count - (KEPT_ERRORS - 1)
        assert kept[-1] == {
            "pointer": "",
            "message": f"{more} more errors are not listed (at most {KEPT_ERRORS} are)",
            "code": "moreErrors",
        }


def test_kept_errors_are_answered_as_the_contracts_field_errors() -> None:
    """At the edge (getBatch): each within the contract's lengths, in the order kept."""
    long = "/customers/0/" + "x" * (2 * LIMITS["pointer"])
    row = ItemResult("1", False, None, [ItemError(long, "Too long", "maxLength")]).row(0)
    (answered,) = field_errors(row["errors"])
    assert (len(answered["pointer"]), answered["message"], answered["code"]) == (
        LIMITS["pointer"],
        "Too long",
        "maxLength",
    )
