"""A request's source address is its connection's: an X-Forwarded-For header counts only from the
proxies `--forwarded-allow-ips` names. From anyone else it would let a guesser choose the address its
failed /token attempts count against (a new address per guess, never throttled)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.support.server import Server, serving

pytestmark = pytest.mark.slow  # serves armrest


def _guesses(server: Server, forwarded_for: list[str]) -> list[int]:
    """A wrong secret from this machine per address named in X-Forwarded-For; the statuses answered."""
    form = {"grant_type": "client_credentials", "client_id": server.client_id, "client_secret": "wrong"}
    return [
        httpx.post(
            f"{server.origin}/token", data=form, headers={"X-Forwarded-For": address}, timeout=30
        ).status_code
        for address in forwarded_for
    ]


def test_a_spoofed_forwarded_for_does_not_escape_the_guessers_limit(tmp_path: Path) -> None:
    spoofed = [f"198.51.100.{n}" for n in range(1, 5)]
    with serving(tmp_path, token_failures="2") as server:
        assert _guesses(server, spoofed) == [401, 401, 429, 429]


def test_a_named_proxy_is_believed(tmp_path: Path) -> None:
    """Behind a proxy that says whom it forwards for, each client counts on its own."""
    spoofed = [f"198.51.100.{n}" for n in range(1, 5)]
    with serving(tmp_path, token_failures="2", forwarded_allow_ips="127.0.0.1") as server:
        assert _guesses(server, spoofed) == [401, 401, 401, 401]
