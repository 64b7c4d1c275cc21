"""`armrest` commands run in-process (a process start costs seconds here): what they refuse and print,
and the settings `armrest serve` hands its server processes."""

from __future__ import annotations

import os
import runpy
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

from armrest_server import cli, protocol


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exit:
        cli.main(list(argv))
    assert exit.value.code == 1
    return capsys.readouterr().err


def test_token_refuses_an_in_memory_database(capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(capsys, "token", "--client", "2218", "--database-url", "sqlite://")
    assert "an in-memory database lives only inside `armrest serve`" in err


def test_token_refuses_a_database_without_the_servers_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    err = refused(capsys, "token", "--client", "2218", "--database-url", f"sqlite:///{path}")
    assert f"{path} has no ARMrest schema" in err


def migrated(template: Path, tmp_path: Path) -> str:
    """A copy of a migrated database (migrating anew takes seconds here; test_migrations does that)."""
    shutil.copyfile(template, tmp_path / "armrest.db")
    return f"sqlite:///{tmp_path / 'armrest.db'}"


def test_migrate_says_where_the_database_is_up_to_date(
    sqlite_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["migrate", "--database-url", migrated(sqlite_template, tmp_path)]) == 0
    assert capsys.readouterr().out == f"{tmp_path / 'armrest.db'} is up to date\n"


def test_the_module_runs_as_the_command(
    sqlite_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = migrated(sqlite_template, tmp_path)
    monkeypatch.setattr(sys, "argv", ["armrest", "migrate", "--database-url", url])
    with pytest.raises(SystemExit) as exit:
        runpy.run_path(cli.__file__, run_name="__main__")
    assert exit.value.code == 0


def test_serve_hands_its_settings_to_the_server_processes(
    sqlite_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Flags become ARMREST_* variables (each uvicorn worker rebuilds the app from them), the demo data
    is not seeded again by each process, and the loop uvicorn runs each process on reads the
    connection bound from them."""
    import uvicorn

    ran: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: ran.update(options, app=app))
    monkeypatch.setattr(os, "environ", dict(os.environ))  # serve writes the variables: keep them here
    url = migrated(sqlite_template, tmp_path)
    argv = ["serve", "--database-url", url, "--port", "0", "--max-connections", "7", "--log-level", "WARNING"]
    assert cli.main(argv) == 0
    assert (ran["app"], ran["factory"], ran["port"], ran["loop"]) == (
        "armrest_server.cli:app_from_env",
        True,
        0,
        "armrest_server.protocol:new_event_loop",
    )
    assert (os.environ["ARMREST_DATABASE_URL"], os.environ["ARMREST_MAX_CONNECTIONS"]) == (url, "7")
    loop = protocol.new_event_loop()
    try:
        assert loop.bounds.max_connections == 7
    finally:
        loop.close()
    assert os.environ["ARMREST_DEMO_DATA"] == "false"


def test_serve_with_demo_data_prints_the_same_credential_on_every_start(
    sqlite_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The secret is derived from the database's signing key (seeding the ledger itself is tested by
    the suites that run on demo data; here it is left out, it takes tens of seconds on this machine)."""
    import uvicorn

    from armrest_server import demo

    seeded: list[str] = []
    monkeypatch.setattr(demo, "seed", lambda _engine, secret: seeded.append(secret) or ("demo-2218", secret))
    monkeypatch.setattr(uvicorn, "run", lambda *_args, **_options: None)
    monkeypatch.setattr(os, "environ", dict(os.environ))
    argv = ["serve", "--database-url", migrated(sqlite_template, tmp_path), "--demo-data"]
    printed = []
    for _start in range(2):
        assert cli.main([*argv, "--log-level", "WARNING"]) == 0
        printed.append(capsys.readouterr().out)
    assert len(seeded) == 2 and seeded[0] == seeded[1]
    assert printed == [f"demo data for client 2218: client_id=demo-2218 client_secret={seeded[0]}\n"] * 2


def test_worker_refuses_an_in_memory_database_and_no_workers(capsys: pytest.CaptureFixture[str]) -> None:
    assert "an in-memory database lives only inside `armrest serve`" in refused(
        capsys, "worker", "--database-url", "sqlite://"
    )
    assert "give 1 or more" in refused(
        capsys, "worker", "--database-url", "sqlite://", "--batch-workers", "0"
    )


def test_worker_refuses_a_database_of_another_schema_version(
    sqlite_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It does not migrate (`armrest serve` and `armrest migrate` do): one of another version refuses."""
    url = migrated(sqlite_template, tmp_path)
    with sqlite3.connect(tmp_path / "armrest.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    err = refused(capsys, "worker", "--database-url", url)
    assert f"{tmp_path / 'armrest.db'} is not at this server's schema: run `armrest migrate` first" in err


def test_serve_without_the_worker_tells_its_server_processes(
    sqlite_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *_args, **_options: None)
    monkeypatch.setattr(os, "environ", dict(os.environ))
    argv = [
        "serve",
        "--database-url",
        migrated(sqlite_template, tmp_path),
        "--no-worker",
        "--log-level",
        "WARNING",
    ]
    assert cli.main(argv) == 0
    assert os.environ["ARMREST_WORKER"] == "False"


def test_proxy_takes_its_own_arguments_and_no_settings(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from armrest_server import proxy

    seen: list[Any] = []
    monkeypatch.setattr(proxy, "run", lambda args: seen.append(args) or 0)
    with pytest.raises(SystemExit) as exit:
        cli.main(["proxy", "--upstream", "http://127.0.0.1:9", "--database-url", "sqlite://"])
    assert exit.value.code == 2 and "unrecognized arguments: --database-url" in capsys.readouterr().err
    assert cli.main(["proxy", "--upstream", "http://127.0.0.1:9", "--port", "0"]) == 0
    assert [(args.upstream, args.port) for args in seen] == [("http://127.0.0.1:9", 0)]
