"""Help and usage of every command line the README names: each flag of each command says what it is,
a flag given to the wrong command is refused with that command's usage, and `nox -l` shows each stage's
whole summary."""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

import pytest

from armrest_server import cli
from tools import fuzz

ROOT = Path(__file__).resolve().parents[2]


def _commands(parser: argparse.ArgumentParser, name: str) -> dict[str, argparse.ArgumentParser]:
    """The parser and every subcommand's parser, by the command line that reaches it."""
    found = {name: parser}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub in action.choices.items():
                found |= _commands(sub, f"{name} {sub_name}")
    return found


PARSERS = _commands(cli.parser(), "armrest") | {"python -m tools.fuzz": fuzz.parser()}


@pytest.mark.parametrize("command", sorted(PARSERS))
def test_every_flag_of_every_command_has_help(command: str) -> None:
    silent = [
        "/".join(action.option_strings) or action.dest
        for action in PARSERS[command]._actions
        if not isinstance(action, argparse._SubParsersAction) and not (action.help or "").strip()
    ]
    assert silent == [], f"{command}: flags without help"


@pytest.mark.parametrize(
    ("argv", "command", "flag"),
    [
        (["token", "--client", "2218", "--port", "9"], "token", "--port 9"),
        (["reset", "--demo-data"], "reset", "--demo-data"),
        (["worker", "--port", "9"], "worker", "--port 9"),
        (["worker", "--no-worker"], "worker", "--no-worker"),
        (["proxy", "--upstream", "http://127.0.0.1:9", "--database-url", "x"], "proxy", "--database-url x"),
    ],
)
def test_a_flag_given_to_the_wrong_command_shows_that_commands_usage(
    argv: list[str], command: str, flag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert err.startswith(f"usage: armrest {command} "), err
    assert f"armrest {command}: error: unrecognized arguments: {flag}" in err


def test_an_unknown_flag_before_any_command_shows_the_top_level_usage(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--nosuch", "serve"])
    assert exited.value.code == 2
    assert capsys.readouterr().err.startswith("usage: armrest [-h]")


def test_nox_lists_each_stage_with_its_whole_summary() -> None:
    """`nox -l` shows a session docstring's first line only: the summary must end there."""
    tree = ast.parse((ROOT / "noxfile.py").read_text())
    cut = []
    for node in tree.body:
        decorators = [ast.unparse(d) for d in getattr(node, "decorator_list", [])]
        if isinstance(node, ast.FunctionDef) and any("session" in d for d in decorators):
            lines = (ast.get_docstring(node, clean=False) or "").strip().splitlines()
            assert lines, f"the stage {node.name} has no docstring"
            if len(lines) > 1 and lines[1].strip():
                cut.append(node.name)
    assert cut == []
