"""The upload rules on plain values: names, content, the client's types and size."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from armrest_server.domain import files

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
