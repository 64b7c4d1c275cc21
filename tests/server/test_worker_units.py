"""worker/queue.process_chunk on its own: an item that raises is rejected alone, a database fault
fails the attempt."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Connection, create_engine
from sqlalchemy.exc import DBAPIError

from armrest_server.worker.queue import ItemResult, Kind, process_chunk


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
    assert ((first.key, first.accepted), (second.key, second.accepted), second.errors[0]["pointer"]) == (
        ("a", True),
        (key, False),
        pointer,
    )
    assert second.errors[0]["code"] == "processingFailed"


def test_a_lost_connection_fails_the_attempt_instead_of_rejecting_items() -> None:
    def lost(conn: Connection, batch: dict[str, Any], chunk: list[tuple[int, Any]]) -> list[ItemResult]:
        raise DBAPIError(
            "SELECT 1", {}, Exception("server closed the connection"), connection_invalidated=True
        )

    with pytest.raises(DBAPIError):
        _results(Kind(process=lost), [(0, {"no": "a"})])
