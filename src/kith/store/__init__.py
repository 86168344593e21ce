"""The database: SQLAlchemy 2 tables, queries and Alembic migrations, for SQLite and PostgreSQL."""
