"""A hub whose PostgreSQL server is down or misnamed gets a plain Indonesian message, exit 2."""

from __future__ import annotations

from tests.conftest import CliRunner


def test_unreachable_server(cli: CliRunner) -> None:
    result = cli("--database-url", "postgresql+psycopg://netra@127.0.0.1:1/netra", "roster", "list")
    assert result.code == 2
    assert "tidak dapat dihubungi" in result.err and "Traceback" not in result.err


def test_missing_database(cli: CliRunner, pg_url: str) -> None:
    url = pg_url.rsplit("/", 1)[0] + "/belum_dibuat_sama_sekali"
    result = cli("--database-url", url, "roster", "list")
    assert result.code == 2
    assert "belum ada di server" in result.err
