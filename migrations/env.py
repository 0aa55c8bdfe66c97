"""Alembic environment: the app passes its engine; the alembic CLI takes -x db=PATH."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from app import config as app_config
from app.db import include_in_autogenerate, make_engine
from app.models import Base

target_metadata = Base.metadata

def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_in_autogenerate,
    )


def run_migrations_online() -> None:
    cfg = context.config
    engine = cfg.attributes.get("engine")
    if engine is None:
        target = context.get_x_argument(as_dictionary=True).get("db")
        url = cfg.get_main_option("sqlalchemy.url") or app_config.database_url(
            app_config.resolve_db_target(target)
        )
        engine = make_engine(url)
    with engine.connect() as connection:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Rapport migrations run online only (they need a database).")
run_migrations_online()
