"""The upload rules on plain values (names, content, the client's types and size), and the upload use
case on a fake unit of work: each file judged on its own, an identical stored file answered."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from armrest_server.domain import files
from armrest_server.domain.config import Config
from armrest_server.usecases import files as use
from tests.domain.fakes import FakeUnitOfWork

PDF = base64.b64encode(b"%PDF-1.7").decode()


def sent(name: str = "faktura.pdf", content: str = PDF, **more: Any) -> dict[str, Any]:
    return {"fileName": name, "fileType": "PDF", "mediaType": "application/pdf", "content": content} | more


@pytest.mark.parametrize(
    ("name", "expected"),
    [(" rapport<1>.pdf ", "rapport_1_.pdf"), (".hidden", "_hidden"), ("e\u0301.txt", "é.txt")],
)
def test_a_name_is_normalised_trimmed_and_its_forbidden_characters_replaced(name: str, expected: str) -> None:
    assert files.sanitise_name(name) == expected


def test_each_broken_rule_of_a_file_is_named() -> None:
    checked = files.check(2, sent(" ", "QUI", fileType="EXE", documentNo="9"), ["PDF"], 10, 2218, False)
    assert [(v.pointer, v.code) for v in checked.violations] == [
        ("/files/2/fileName", "fileName"),
        ("/files/2/fileType", "fileTypeNotAllowed"),
        ("/files/2/content", "contentEncoding"),
        ("/files/2/documentNo", "notFound"),
    ]


def test_a_file_above_the_clients_size_is_refused_and_a_type_is_matched_in_any_case() -> None:
    assert [v.code for v in files.check(0, sent(fileType="pdf"), ["PDF"], 3, 2218, True).violations] == [
        "maxFileSize"
    ]


def uploading(stored: dict[str, str]) -> tuple[FakeUnitOfWork, list[str]]:
    """A unit of work of client 2218 with its default config, document 100234, the files `stored` (by
    digest), and the names of the files the use case inserts."""
    inserted: list[str] = []

    def insert_file(clientno: int, name: str, *args: Any, **kwargs: Any) -> str:
        inserted.append(name)
        return f"new-{len(inserted)}"

    def find_identical(clientno: int, digest: str, *args: Any) -> dict[str, str] | None:
        return {"file_id": stored[digest]} if digest in stored else None

    fake = FakeUnitOfWork(
        clients={"ensure": lambda clientno: None, "config": lambda clientno: Config()},
        files={
            "document_id": lambda clientno, number: 3 if number == "100234" else None,
            "find_identical": find_identical,
            "insert_file": insert_file,
        },
    )
    return fake, inserted


def test_an_upload_stores_each_accepted_file_and_answers_an_identical_stored_one() -> None:
    known = files.sha256(b"%PDF-1.7")
    fake, inserted = uploading({known: "old-1"})
    other = base64.b64encode(b"a;b\n").decode()
    done = use.upload(
        fake,  # type: ignore[arg-type]
        2218,
        [sent(), sent("x.exe", fileType="EXE"), sent("tall.csv", other, fileType="CSV", documentNo="100234")],
    )
    assert [(r["resultType"], r["fileId"]) for r in done.results] == [
        ("STORED", "old-1"), ("REJECTED", None), ("STORED", "new-1")
    ]  # fmt: skip
    assert (inserted, done.new, [v.code for v in done.violations]) == (
        ["tall.csv"],
        1,
        ["fileTypeNotAllowed"],
    )
