"""`hec demo` and `hec serve` take no options: asking them for help must not build the demo
world or start a server."""

from __future__ import annotations

import pytest

from hec import cli


@pytest.fixture
def no_side_effects(monkeypatch):
    def refuse() -> int:
        raise AssertionError("built or served")

    monkeypatch.setattr(cli, "demo", refuse)
    monkeypatch.setattr(cli, "serve", refuse)


@pytest.mark.parametrize("command", ["demo", "serve"])
def test_help_prints_usage_only(command, capsys, no_side_effects):
    assert cli.main([command, "--help"]) == 0
    assert capsys.readouterr().out.startswith(f"usage: hec {command}")


@pytest.mark.parametrize("command", ["demo", "serve"])
def test_an_unknown_option_is_refused(command, capsys, no_side_effects):
    assert cli.main([command, "--port", "9000"]) == 2
    assert "takes no arguments (--port)" in capsys.readouterr().out


def test_unknown_command_prints_the_overview(capsys):
    assert cli.main(["nonsense"]) == 2
    assert "hec demo" in capsys.readouterr().out
