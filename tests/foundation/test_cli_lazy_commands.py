"""``netra`` imports only the command modules a run needs (desktop/cli/main.modules_for).

The static table of top-level commands must say exactly what the modules register, or a
command would be missing from its own run; a short command must not import every service."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from desktop.cli import main
from desktop.cli.base import Groups


def _registered() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for name in main.COMMAND_MODULES:
        top = argparse.ArgumentParser().add_subparsers(dest="command")
        importlib.import_module(name).register(Groups(top))
        for command in top.choices:
            found.setdefault(command, []).append(name)
    return {command: tuple(names) for command, names in found.items()}


def test_the_table_names_every_command_and_only_its_modules() -> None:
    assert _registered() == main.COMMANDS


@pytest.mark.parametrize(
    ("argv", "wanted"),
    [
        (["--data-dir", "D", "hub", "coverage", "--json"], ("desktop.cli.hub",)),
        (["-v", "--user", "admin", "case", "list"], ("desktop.cli.cases", "desktop.cli.case_exam")),
        (["--data-dir=D", "pact", "print"], ("desktop.cli.signing", "desktop.cli.printing")),
        (["self-test"], ("desktop.cli.core",)),
        (["--version"], ()),
        ([], main.COMMAND_MODULES),
        (["-h"], main.COMMAND_MODULES),
        (["--data-dir", "D"], main.COMMAND_MODULES),
        (["no-such-command"], main.COMMAND_MODULES),
        (["--data-dir", "hub"], main.COMMAND_MODULES),  # "hub" is the folder here
    ],
)
def test_modules_for(argv: list[str], wanted: tuple[str, ...]) -> None:
    assert main.modules_for(argv) == wanted


def test_every_command_parses_with_only_its_own_modules() -> None:
    for command in main.COMMANDS:
        modules = main.modules_for([command])
        parser = main.build_parser(modules)
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        assert command in sub.choices
        assert set(sub.choices) == {c for c, m in main.COMMANDS.items() if set(m) & set(modules)}


def test_a_hub_command_does_not_import_the_other_capabilities() -> None:
    code = (
        "import sys; from desktop.cli import main; "
        "main.build_parser(main.modules_for(['hub', 'coverage'])); "
        "print(' '.join(m for m in ('desktop.services.printing', 'desktop.services.cases', "
        "'desktop.services.signing', 'desktop.documents.pact_pdf') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_an_unknown_command_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main.main(["no-such-command"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "pilihan tidak sah" in err and "'hub'" in err and "'roster'" in err
