"""`armrest` as a user runs it: a process in a folder, its exit status, what it prints.

A command that needs the server's database refuses loudly where there is none (instead of making an
empty one and printing a token the server refuses), each command takes only its own flags, and
every flag says what it means, its unit and its ARMREST_* variable.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest
from sqlalchemy import inspect

from armrest_server import cli
from armrest_server.auth import Authority, check_secret, hash_secret
from armrest_server.http.problems import Problem
from armrest_server.settings import HELP, Settings
from armrest_server.store import security
from armrest_server.store.db import make_engine, migrate
from tests.support.server import _env, command

pytestmark = pytest.mark.slow  # runs armrest commands as processes


def armrest(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command(), *args], cwd=folder, capture_output=True, text=True, env=_env(), timeout=120
    )


def flags(help_text: str) -> set[str]:
    return set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", help_text)) - {"--help"}


def verified(url: str, token: str) -> bool:
    engine = make_engine(url)
    try:
        Authority(Settings(database_url=url), engine).verify(f"Bearer {token}")
    except Problem:
        return False
    finally:
        engine.dispose()
    return True


def test_token_refuses_where_no_server_made_a_database(database_url: str, tmp_path: Path) -> None:
    done = armrest(tmp_path, "token", "--client", "2218", "--database-url", database_url)
    assert (done.returncode, done.stdout) == (1, "")
    if database_url.startswith("sqlite"):
        assert f"no database at {database_url.removeprefix('sqlite:///')}" in done.stderr
        assert list(tmp_path.iterdir()) == []
    else:
        assert "has no ARMrest schema" in done.stderr
        engine = make_engine(database_url)
        assert inspect(engine).get_table_names() == []  # nothing made there either
        engine.dispose()


def test_token_without_a_database_url_looks_in_its_own_folder(tmp_path: Path) -> None:
    """The default database is a file of the folder a command runs in, as for `armrest serve`."""
    elsewhere = armrest(tmp_path, "token", "--client", "2218")
    assert elsewhere.returncode == 1
    assert f"no database at {tmp_path / 'armrest.db'}" in elsewhere.stderr
    assert list(tmp_path.iterdir()) == []


def test_token_refuses_a_database_it_cannot_reach(tmp_path: Path) -> None:
    done = armrest(
        tmp_path, "token", "--client", "2218", "--database-url", "postgresql+psycopg://u@127.0.0.1:1/x"
    )
    assert done.returncode == 1
    assert "cannot open the database postgresql+psycopg://u@127.0.0.1:1/x" in done.stderr


def test_a_token_made_in_the_servers_folder_is_accepted_there(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'armrest.db'}"
    migrate(make_engine(url))  # what `armrest serve` does first, on the same default database
    done = armrest(tmp_path, "token", "--client", "2218", "--ttl", "60")
    assert done.returncode == 0, done.stderr
    assert verified(url, done.stdout.strip())


def test_reset_empties_the_database(database_url: str, tmp_path: Path) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    settings = Settings(database_url=database_url)
    security.add_api_client(engine, "erp", hash_secret("s3cret"), [2218])
    before = Authority(settings, engine).issue("cli", [2218]).access_token
    demo_secret = cli._demo_secret(settings, engine)
    assert cli._demo_secret(settings, engine) == demo_secret  # the same on every start

    done = armrest(tmp_path, "reset", "--yes", "--database-url", database_url)
    assert done.returncode == 0, done.stderr
    assert security.api_client(engine, "erp") is None
    assert inspect(engine).has_table("alembic_version")  # migrated anew
    assert not verified(database_url, before)  # a new signing key
    assert cli._demo_secret(settings, engine) != demo_secret
    assert cli._demo_secret(Settings(database_url=database_url, demo_secret="fixed"), engine) == "fixed"
    engine.dispose()


def test_reset_asks_for_yes_and_refuses_a_missing_database(tmp_path: Path) -> None:
    unasked = armrest(tmp_path, "reset")
    assert unasked.returncode == 1 and "add --yes" in unasked.stderr
    done = armrest(tmp_path, "reset", "--yes")
    assert done.returncode == 1 and "no database at" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_each_command_takes_only_its_own_flags(tmp_path: Path) -> None:
    token_help = armrest(tmp_path, "token", "--help").stdout
    assert flags(token_help) == {
        "--client",
        "--ttl",
        "--subject",
        "--database-url",
        "--jwt-key",
        "--jwt-issuer",
        "--jwt-audience",
    }
    wrong = armrest(tmp_path, "token", "--client", "2218", "--token-ttl", "5")
    assert wrong.returncode == 2 and "unrecognized arguments: --token-ttl" in wrong.stderr
    assert armrest(tmp_path, "migrate", "--port", "9000").returncode == 2
    assert armrest(tmp_path, "token", "--client", "2218", "--tt", "5").returncode == 2  # no abbreviations
    assert list(tmp_path.iterdir()) == []


def test_every_flag_says_what_it_means_and_its_variable(tmp_path: Path) -> None:
    assert set(HELP) == {f.name for f in fields(Settings)}, "every setting needs its line in settings.HELP"
    # argparse wraps lines at spaces and hyphens: compare without whitespace.
    serve_help = re.sub(r"\s+", "", armrest(tmp_path, "serve", "--help").stdout)
    for f in fields(Settings):
        assert f"--{f.name.replace('_', '-')}" in serve_help
        assert re.sub(r"\s+", "", f"{HELP[f.name]} (ARMREST_{f.name.upper()}") in serve_help, f.name
    assert "(ARMREST_PORT;default8080)" in serve_help
    assert "(ARMREST_DEMO_DATA;defaultfalse)" in serve_help
    subcommands = next(a for a in cli.parser()._actions if a.choices)
    for name, sub in (subcommands.choices or {}).items():
        for action in sub._actions:
            assert action.help, f"armrest {name} {action.option_strings or action.dest} has no help"


@pytest.mark.parametrize("setting", ["db_busy_timeout", "header_timeout", "max_body", "token_failure_window"])
def test_a_help_line_names_its_unit(setting: str) -> None:
    assert re.search(r"\b(seconds|bytes)\b", HELP[setting])


def test_add_client_stores_a_client_whose_secret_logs_in(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'armrest.db'}"
    done = armrest(
        tmp_path, "add-client", "erp", "--client", "2218", "--secret", "s3cret", "--database-url", url
    )
    assert (done.returncode, done.stdout.strip()) == (0, "client_id=erp client_secret=s3cret"), done.stderr
    stored = security.api_client(make_engine(url), "erp")
    assert stored is not None and check_secret("s3cret", stored["secret_hash"]), stored


# What `armrest serve` runs up to its first request, in a process of its own: the command, and
# uvicorn's load of the app (it imports the factory's module and builds the app) without the loop.
_SERVE_UNTIL_SERVING = """
import sys
import uvicorn
from armrest_server import cli

uvicorn.run = lambda app, **options: uvicorn.Config(app, **options).load()
cli.main(sys.argv[1:])
print(" ".join(sorted(sys.modules)))
"""
# Modules a server's start never needs: each costs tens of milliseconds of every start-up. httpx
# forwards for `armrest proxy`, alembic migrates a database that is behind, the demo seeds, and
# PyYAML writes a document the bundle's own YAML does not serve.
_NOT_FOR_SERVING = ("httpx", "alembic", "armrest_server.demo", "yaml")


def test_a_server_start_imports_nothing_only_another_command_needs(migrated_url: str) -> None:
    args = ["serve", "--port", "0", "--database-url", migrated_url, "--log-level", "WARNING"]
    process = subprocess.run(
        [sys.executable, "-c", _SERVE_UNTIL_SERVING, *args],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    loaded = set(process.stdout.split())
    assert "armrest_server.app" in loaded, process.stderr  # the setup: the app was built
    assert sorted(m for m in loaded if m.startswith(_NOT_FOR_SERVING)) == []
