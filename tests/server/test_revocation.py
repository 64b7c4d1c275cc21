"""Removing an API client revokes its tokens: `armrest remove-client ID` makes every later request
with them fail, in every server process, within `--revocation-check` seconds, reads and writes alike.

Found: a removed client's token kept working for reads and writes until it expired (up to 3,600 s);
only /token refused the client.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from armrest_server import cli
from armrest_server.auth import hash_secret
from armrest_server.revocations import Revocations
from armrest_server.store import security
from tests.support.app import CLIENTNO, Api, running
from tests.support.builders import customer_body
from tests.support.server import serving

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
CHECK = 0.2  # --revocation-check of these tests' servers (seconds)
MARGIN = 10.0  # seconds on top of it on a loaded machine; without revocation it is until the token expires
CUSTOMERS = f"/arm/v1/clients/{CLIENTNO}/customers"


def _token(post: Callable[..., Any], secret: str = "s3cret") -> str:
    form = f"grant_type=client_credentials&client_id=erp&client_secret={secret}"
    response = post("/token", content=form, headers=FORM)
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def _until(condition: Callable[[], bool], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "not within the bound"
        time.sleep(0.05)


@pytest.fixture
def revocable(migrated_url: str) -> Iterator[Api]:
    with running(migrated_url, revocation_check=CHECK) as api:
        security.add_api_client(api.services.engine, "erp", hash_secret("s3cret"), [CLIENTNO])
        yield api


def _refused(response: Any) -> bool:
    return response.status_code == 401 and "revoked" in response.json()["detail"]


def test_a_removed_clients_token_fails_for_reads_and_writes(revocable: Api, migrated_url: str) -> None:
    token = _token(revocable.client.post)
    headers = {"Authorization": f"Bearer {token}"}
    assert revocable.client.get(CUSTOMERS, headers=headers).status_code == 200
    assert cli.main(["remove-client", "erp", "--database-url", migrated_url]) == 0
    _until(lambda: _refused(revocable.client.get(CUSTOMERS, headers=headers)), CHECK + MARGIN)
    write = revocable.client.post(CUSTOMERS, json=customer_body("77"), headers=headers)
    form = "grant_type=client_credentials&client_id=erp&client_secret=s3cret"
    again = revocable.client.post("/token", content=form, headers=FORM)
    assert (write.status_code, write.headers["www-authenticate"]) == (
        401,
        'Bearer realm="armrest", error="invalid_token"',
    )
    assert "revoked" in write.json()["detail"] and again.status_code == 401
    assert revocable.get("/clients/2218/customers").status_code == 200  # other subjects' tokens work


def _issued_ago(api: Api, subject: str, seconds: int) -> str:
    """A token of `subject` signed by the server's key, issued `seconds` ago."""
    settings, now = api.services.settings, int(time.time())
    claims = {"iss": settings.jwt_issuer, "aud": settings.jwt_audience, "sub": subject, "clients": [CLIENTNO]}
    claims |= {"iat": now - seconds, "nbf": now - seconds, "exp": now + 600}
    return jwt.encode(claims, api.services.authority.key, algorithm="HS256")


def test_a_client_added_again_gets_tokens_that_work(revocable: Api) -> None:
    engine = revocable.services.engine
    earlier = _issued_ago(revocable, "erp", 10)
    # Revoked two seconds ago: tokens issued since (iat is in whole seconds) are the new client's.
    security.remove_api_client(engine, "erp", datetime.now(UTC) - timedelta(seconds=2))
    security.add_api_client(engine, "erp", hash_secret("new"), [CLIENTNO])
    later = _token(revocable.client.post, "new")
    _until(lambda: _refused(revocable.get("/clients/2218/customers", token=earlier)), CHECK + MARGIN)
    assert revocable.get("/clients/2218/customers", token=later).status_code == 200


def test_removing_again_moves_the_revocation_later(revocable: Api) -> None:
    engine = revocable.services.engine
    first, second = datetime.now(UTC) - timedelta(hours=1), datetime.now(UTC)
    assert security.remove_api_client(engine, "erp", first) is True
    assert security.remove_api_client(engine, "erp", second) is False  # already gone: revoked again
    assert security.revoked(engine)["erp"].timestamp() == pytest.approx(second.timestamp())


def test_remove_client_names_an_id_that_was_no_stored_client(
    revocable: Api, migrated_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["remove-client", "nobody", "--database-url", migrated_url]) == 0
    assert "nobody was no stored API client; its tokens are revoked" in capsys.readouterr().out


def test_the_revocations_survive_a_failed_read(revocable: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read that fails (a database outage) keeps what the process knew, and the next read goes on."""
    engine = revocable.services.engine
    follower = Revocations(engine=engine, interval=0.01)
    follower.start()
    try:
        failures = []

        def failing(_engine: Any) -> Any:
            failures.append(1)
            raise OSError("the database is gone")

        monkeypatch.setattr(security, "revocation_version", failing)
        _until(lambda: len(failures) >= 2, MARGIN)
        security.remove_api_client(engine, "erp", datetime.now(UTC))
        assert not follower.revoked("erp", time.time() - 60)  # not read yet: nothing known of it
        monkeypatch.undo()
        _until(lambda: follower.revoked("erp", time.time() - 60), MARGIN)
    finally:
        follower.stop()
    follower.stop()  # stopping a stopped follower does nothing
    assert not follower.revoked("erp", time.time() + 60)  # issued after the revocation


@pytest.mark.slow  # serves armrest
def test_every_worker_process_refuses_a_removed_clients_token(migrated_url: str, tmp_path: Path) -> None:
    """Two server processes on PostgreSQL (one on SQLite): after `armrest remove-client`, every
    request on a new connection (the kernel spreads them over the processes) is refused."""
    workers = "2" if migrated_url.startswith("postgresql") else "1"
    with serving(tmp_path, database_url=migrated_url, workers=workers, revocation_check=str(CHECK)) as server:
        form = {"grant_type": "client_credentials", "client_id": server.client_id}
        form["client_secret"] = server.client_secret
        token = httpx.post(f"{server.origin}/token", data=form, timeout=30).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}

        def answers(count: int) -> list[int]:
            url = f"{server.base_url}/clients/{CLIENTNO}/customers"
            return [httpx.get(url, headers=headers, timeout=30).status_code for _ in range(count)]

        assert answers(10) == [200] * 10
        assert cli.main(["remove-client", server.client_id, "--database-url", migrated_url]) == 0
        removed = time.monotonic()
        _until(lambda: answers(20) == [401] * 20, CHECK + MARGIN)  # each a new connection
        took = time.monotonic() - removed
        refused = httpx.post(f"{server.origin}/token", data=form, timeout=30)
    assert refused.status_code == 401
    print(f"refused by every process {took:.1f} s after the removal")
