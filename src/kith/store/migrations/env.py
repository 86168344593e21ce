"""Alembic environment: kith runs migrations itself, on a connection it opened.

``kith.store.database`` passes the connection in ``config.attributes["connection"]``; the
command line form (``alembic -x url=...``) serves only developers writing a new revision.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from kith.store.schema import metadata

config = context.config


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("give a database: alembic -x url=sqlite:///path/to/kith.db ...")
    engine = create_engine(url)
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
