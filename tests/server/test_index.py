"""`/arm/v1` itself, the URL the README's serve comment names, answers an index of links that work."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.app import running


@pytest.mark.parametrize("path", ["/arm/v1", "/arm/v1/"])
def test_the_base_url_answers_links_that_each_answer(tmp_path: Path, path: str) -> None:
    with running(f"sqlite:///{tmp_path}/armrest.db") as api:
        index = api.client.get(path)
        assert (index.status_code, index.headers["content-type"]) == (200, "application/json")
        links = index.json()["links"]
        assert set(links) == {"docs", "openapi.json", "openapi.yaml", "health", "token"}
        assert all(url.startswith("http://testserver/") for url in links.values())  # --public-url
        for name in ("openapi.json", "openapi.yaml", "health"):
            assert api.client.get(links[name]).status_code == 200, name
        assert api.client.get(links["docs"]).status_code in (200, 404)  # 404 names the docs stage
        assert api.client.post(links["token"], data={}).status_code == 400  # the endpoint, not a 404
