"""What a start costs when there is nothing to do: on a database already at the migrations' head,
`armrest token` and `armrest serve` (up to its first health answer) import neither the ORM nor
Alembic (with Mako and Pygments, most of a start-up's time), nor the modules of commands or options
they do not run; and the start-up's fill of missing wire forms is one read when none is missing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import event

from armrest_server.store import migrations, stored_forms
from armrest_server.store.db import alembic_config, current, make_engine, migrate
from tests.support.app import running
from tests.support.server import _env

# Imported only by what a start on a current database does not do: migrate, seed the demo data, proxy.
NOT_AT_START = ("sqlalchemy.orm", "alembic", "mako", "armrest_server.demo", "armrest_server.proxy.app")

# `armrest token`, then `armrest serve` up to the app's first answer on health (uvicorn.run replaced
# by the app factory it calls, and the app served in-process), then the modules that were imported.
START = """
import io, json, sys, contextlib
import uvicorn
from starlette.testclient import TestClient
from armrest_server import cli

answers = []
def run(target, **options):
    with TestClient(cli.app_from_env()) as client:
        answers.append(client.get("/arm/v1/health").status_code)
uvicorn.run = run
with contextlib.redirect_stdout(io.StringIO()):
    cli.main(["token", "--client", "2218", "--database-url", sys.argv[1]])
    cli.main(["serve", "--database-url", sys.argv[1]])
print(json.dumps({"answers": answers, "modules": sorted(sys.modules)}))
"""


@pytest.mark.slow  # starts armrest serve
def test_a_start_on_a_current_database_imports_no_migration_machinery(
    sqlite_template: Path, tmp_path: Path
) -> None:
    """SQLite only (a process start is seconds here): that `current` reads PostgreSQL's version too
    is test_a_database_behind_the_head_is_migrated's."""
    shutil.copyfile(sqlite_template, tmp_path / "armrest.db")
    done = subprocess.run(
        [sys.executable, "-c", START, f"sqlite:///{tmp_path / 'armrest.db'}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.splitlines()[-1])
    assert found["answers"] == [200]
    imported = [m for m in found["modules"] if m.startswith(NOT_AT_START)]
    assert imported == []


def test_the_heads_read_from_the_scripts_are_alembics() -> None:
    """store/migrations reads the head without Alembic; it must be the head Alembic itself finds."""
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert migrations.heads() == frozenset(script.get_heads())
    assert migrations.heads() == {script.get_current_head()}


def test_a_database_behind_the_head_is_migrated(database_url: str) -> None:
    engine = make_engine(database_url)
    script = ScriptDirectory.from_config(alembic_config(database_url))
    head = script.get_current_head()
    assert head is not None
    previous = script.get_revision(head).down_revision
    assert isinstance(previous, str)
    try:
        assert not current(engine)  # no alembic_version table at all
        with engine.connect() as connection, connection.begin():
            config = alembic_config(database_url)
            config.attributes["connection"] = connection
            command.upgrade(config, previous)
        assert not current(engine)
        migrate(engine)
        assert current(engine)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one() == head
    finally:
        engine.dispose()


def test_the_start_up_fill_is_one_read_when_no_form_is_missing(migrated_url: str) -> None:
    with running(migrated_url) as api:
        engine = api.services.engine
        api.client.post(  # a customer with its form, made by the write
            "/arm/v1/clients/2218/customers",
            json={"metadata": {"userId": "t"}, "customer": {"customerNo": "S1", "name": "Start Kunde"}},
            headers=api.headers(),
        ).raise_for_status()
        statements: list[str] = []
        me = threading.get_ident()

        def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            # This thread's only: the app's batch worker polls its queue on the same engine meanwhile.
            if threading.get_ident() == me:
                statements.append(statement.strip().upper())

        event.listen(engine, "before_cursor_execute", seen)
        try:
            assert stored_forms.refresh_all(engine, api.services.forms) == 0
        finally:
            event.remove(engine, "before_cursor_execute", seen)
    # SQLite's deferred BEGIN (a reader's, not BEGIN IMMEDIATE: no write lock), then the one query.
    assert [s.split()[0] for s in statements if s != "BEGIN"] == ["SELECT"]
