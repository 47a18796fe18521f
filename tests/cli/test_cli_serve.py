"""detente serve: a thin wrapper; bad stores and options fail with one line, exit 2."""

from __future__ import annotations

from typer.testing import CliRunner

from detente.cli import app


def test_cli_serve_missing_store_is_one_line_exit_2(tmp_path):
    r = CliRunner().invoke(app, ["serve", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert r.exit_code == 2
    assert "no store at" in r.output and "detente ingest" in r.output
    assert not (tmp_path / "none.db").exists()  # not created


def test_cli_serve_bad_port_and_workers(query_sqlite):
    r = CliRunner().invoke(app, ["serve", "--db", query_sqlite, "--port", "70000"])
    assert r.exit_code == 2 and "not a TCP port" in r.output
    r = CliRunner().invoke(app, ["serve", "--db", query_sqlite, "--workers", "0"])
    assert r.exit_code == 2 and "--workers" in r.output


def test_cli_serve_bad_page_settings(query_sqlite, monkeypatch):
    monkeypatch.setenv("DETENTE_PAGE_SIZE", "5000")
    r = CliRunner().invoke(app, ["serve", "--db", query_sqlite])
    assert r.exit_code == 2 and "max_page_size" in r.output
