"""Migrated databases to copy: migrating an empty SQLite database takes about a second (revision
0004 rebuilds its tables), a second of every app or server a test starts on one.

`running()` (in-process) and `serving()` (a process) start on a copy of `migrated_sqlite()` when the
SQLite database they are given does not exist yet. Starting on an empty database, and on one behind
the head, is tested where it is the subject: test_startup.py and test_migrations.py (on databases they
make themselves), test_cli.py, and the fuzz and workflows stages (a fresh `armrest serve`).
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

from armrest_server.store.db import make_engine, migrate

PREFIX = "sqlite:///"


@functools.cache
def migrated_sqlite() -> Path:
    """A migrated SQLite database, made once per process, removed when it ends."""
    folder = Path(tempfile.mkdtemp(prefix="armrest-migrated-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    engine = make_engine(f"{PREFIX}{folder / 'armrest.db'}")
    try:
        migrate(engine)
    finally:
        engine.dispose()
    return folder / "armrest.db"


def migrated_unless_there(database_url: str) -> None:
    """Copy the migrated database to the file `database_url` names, when it names a SQLite file that
    does not exist yet (not a URI such as `file:...?mode=ro`, not PostgreSQL)."""
    if not database_url.startswith(PREFIX) or database_url.startswith(f"{PREFIX}file:"):
        return
    path = Path(database_url.removeprefix(PREFIX))
    if not path.exists():
        shutil.copyfile(migrated_sqlite(), path)
