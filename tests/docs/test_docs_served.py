"""`armrest serve` serves the HTML reference at /arm/v1/docs, or says how to build it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from armrest_server import app as server_app
from tests.support.app import Api, running


@pytest.fixture
def api(tmp_path: Path) -> Iterator[Api]:
    with running(f"sqlite:///{tmp_path}/armrest.db") as client:
        yield client


def test_the_built_reference_is_served(api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "index.html"
    page.write_text("<!DOCTYPE html><title>Amili ARMrest API</title>", encoding="utf-8")
    monkeypatch.setattr(server_app, "DOCS_PAGES", (tmp_path / "absent.html", page))
    response = api.client.get("/arm/v1/docs")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.text == page.read_text(encoding="utf-8")


def test_without_a_build_it_answers_a_problem(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_app, "DOCS_PAGES", (tmp_path / "absent.html",))
    response = api.client.get("/arm/v1/docs")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert "python3 tools/bootstrap.py -s docs" in response.json()["detail"]


def test_it_needs_no_token(api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "index.html"
    page.write_text("<!DOCTYPE html>", encoding="utf-8")
    monkeypatch.setattr(server_app, "DOCS_PAGES", (page,))
    assert api.client.get("/arm/v1/docs", headers={"Authorization": ""}).status_code == 200
