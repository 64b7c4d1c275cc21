"""A throwaway PostgreSQL cluster for tests, made with the installed initdb/pg_ctl.

PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user (runuser).
It listens on a Unix socket in its own temporary folder only: no TCP port is opened.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


def binaries() -> Path | None:
    for candidate in [
        shutil.which("pg_ctl"),
        *sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True),
    ]:
        # Resolve links: /usr/local/bin may link pg_ctl and initdb alone, without createdb beside them.
        if candidate and Path(candidate).resolve().with_name("initdb").exists():
            return Path(candidate).resolve().parent
    return None


def _as_owner(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@dataclass(frozen=True)
class Cluster:
    """A running throwaway cluster that its test may stop, start again, or freeze (by pid)."""

    url: str  # SQLAlchemy URL of the empty database `armrest`
    data: Path
    log: Path
    options: str
    bin_dir: Path

    def _pg_ctl(self, *args: str) -> None:
        subprocess.run(
            _as_owner([str(self.bin_dir / "pg_ctl"), "-D", str(self.data), *args]),
            check=True,
            capture_output=True,
            text=True,
        )

    def start(self) -> None:
        self._pg_ctl("-o", self.options, "-w", "-l", str(self.log), "start")

    def stop(self) -> None:
        """Stop at once, as a crash or an administrator would: connections are cut."""
        self._pg_ctl("-m", "immediate", "-w", "stop")

    def postmaster_pid(self) -> int:
        return int((self.data / "postmaster.pid").read_text().split()[0])


@contextmanager
def owned_cluster() -> Iterator[Cluster]:
    """Start a cluster of the caller's own; stopped and deleted at the end."""
    bin_dir = binaries()
    if bin_dir is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) are not installed: PostgreSQL tests NOT RUN")
    root = Path(tempfile.mkdtemp(prefix="armrest-pg-"))
    data, socket_dir = root / "data", root
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")

    def run(*args: str) -> None:
        subprocess.run(
            _as_owner([str(bin_dir / args[0]), *args[1:]]), check=True, capture_output=True, text=True
        )

    options = f"-k {socket_dir} -c listen_addresses='' -c fsync=off -c max_connections=200"
    found = Cluster(
        f"postgresql+psycopg://postgres@/armrest?host={socket_dir}", data, root / "log", options, bin_dir
    )
    try:
        run("initdb", "-D", str(data), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8")
        found.start()
        run("createdb", "-h", str(socket_dir), "-U", "postgres", "armrest")
        yield found
    finally:
        for admin_url in [u for u in _admins if f"host={socket_dir}" in u]:
            _admins.pop(admin_url).dispose()
        subprocess.run(
            _as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def cluster() -> Iterator[str]:
    """Start a cluster; yields a SQLAlchemy URL of an empty database `armrest` in it."""
    with owned_cluster() as found:
        yield found.url


_admins: dict[str, Any] = {}


def _admin(url: str, *statements: str) -> None:
    """Run `statements` in the maintenance database of the cluster of `url`, on one AUTOCOMMIT engine
    per cluster and process: an engine and a connection per call cost a tenth of a second a test."""
    import sqlalchemy

    admin_url = url.split("?")[0].rsplit("/", 1)[0] + "/postgres?" + url.split("?", 1)[1]
    admin = _admins.get(admin_url)
    if admin is None:
        # pre_ping: a cluster a test stopped and started again leaves a dead pooled connection.
        admin = sqlalchemy.create_engine(
            admin_url, isolation_level="AUTOCOMMIT", pool_size=1, max_overflow=0, pool_pre_ping=True
        )
        _admins[admin_url] = admin
    with admin.connect() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)


def recreate_database(url: str, name: str) -> str:
    """A fresh empty database in the cluster of `url`; answers its URL."""
    _admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
    return url.replace("/armrest?", f"/{name}?")


def drop_database(url: str, name: str) -> None:
    """Drop database `name` of the cluster of `url`, ending any connection still open to it."""
    _admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


TEMPLATE = "armrest_template"
_templates: set[tuple[str, str]] = set()


def copy_of_migrated(cluster_url: str, url: str) -> str:
    """Make the database of `url` (in the cluster of `cluster_url`) a copy of a migrated one."""
    from armrest_server.store.db import migrate

    return copy_of(cluster_url, url, TEMPLATE, migrate)


def copy_of(cluster_url: str, url: str, template: str, prepare: Callable[[Any], None]) -> str:
    """Make the database of `url` a copy of `template`, which `prepare` makes once per cluster from an
    empty database (given its engine); CREATE DATABASE ... TEMPLATE copies its files."""
    from armrest_server.store.db import make_engine

    if (cluster_url, template) not in _templates:
        engine = make_engine(recreate_database(cluster_url, template))
        prepare(engine)
        engine.dispose()  # a template is copied only while nobody is connected to it
        _templates.add((cluster_url, template))
    name = url.split("?")[0].rsplit("/", 1)[-1]  # the query names a socket folder: /tmp/...
    _admin(
        cluster_url,
        f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
        # FILE_COPY: a copy of a small template's files, faster than WAL_LOG's page by page.
        f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY',
    )
    return url
