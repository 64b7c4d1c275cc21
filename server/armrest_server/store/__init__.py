"""Data access: SQLAlchemy Core tables, queries and Alembic migrations. The only place SQL lives."""
