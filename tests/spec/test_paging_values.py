"""The paging values the server holds in code (api/paging.py, api/files.py) are the contract's."""

from __future__ import annotations

import re
from typing import Any

from armrest_server.api import files, paging
from tests.support import spec as contract


def _resolved(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        found: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            found = found[part]
        node = found
    return node


def _paging_parameters(spec: dict[str, Any], name: str) -> list[dict[str, Any]]:
    found = [
        _resolved(spec, p)
        for op in contract.operations(spec)
        for p in op.operation.get("parameters", [])
        if _resolved(spec, p)["name"] == name
    ]
    assert found, f"no operation takes {name}"
    return found


def test_the_page_size_and_the_maximum_default_to_the_contracts(spec: dict[str, Any]) -> None:
    sizes = {_resolved(spec, p["schema"])["default"] for p in _paging_parameters(spec, "pagesize")}
    maxima = {_resolved(spec, p["schema"])["default"] for p in _paging_parameters(spec, "maximumcount")}
    assert (sizes, maxima) == ({paging.DEFAULT_PAGE_SIZE}, {paging.DEFAULT_MAXIMUM})
    assert paging.page_size(None) == paging.DEFAULT_PAGE_SIZE


def test_a_small_page_size_falls_back_as_the_contract_says(spec: dict[str, Any]) -> None:
    for parameter in _paging_parameters(spec, "pagesize"):
        told = re.search(r"below (\d+) .*falls back to (\d+)", parameter["description"])
        assert told is not None, parameter["description"]
        least, fallback = int(told[1]), int(told[2])
        assert [paging.page_size(n) for n in (least - 1, 0, -1, least)] == [fallback] * 3 + [least]


def test_a_page_with_content_holds_as_many_files_as_the_contract_says(spec: dict[str, Any]) -> None:
    [include] = [p for p in _paging_parameters(spec, "includecontent")]
    told = re.search(r"pages of at most (\d+) files", include["description"])
    assert told is not None and int(told[1]) == files.CONTENT_PAGE_SIZE
