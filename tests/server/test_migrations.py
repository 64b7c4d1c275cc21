"""The migrations build exactly the schema the code's tables describe, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from armrest_server.store.db import alembic_config, make_engine, migrate
from armrest_server.store.tables import metadata


def test_migrations_match_the_tables(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    assert differences == []


def test_migrating_twice_changes_nothing(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    migrate(engine)
    with engine.connect() as conn:
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
    engine.dispose()
    # The newest migration of the chain, whichever it is.
    assert version == ScriptDirectory.from_config(alembic_config(database_url)).get_current_head()
