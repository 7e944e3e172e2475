"""``netra`` entry point. No command starts the GUI (that is ``netra-gui``)."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from typing import Any

from sqlalchemy.exc import OperationalError

from desktop import __version__, oserrors
from desktop.cli import argparse_id
from desktop.cli.base import EXIT_BAD_INPUT, Cli, Groups, configure_streams
from desktop.domain.errors import NetraError

# Each module exposes ``register(groups: Groups) -> None``.
COMMAND_MODULES = (
    "desktop.cli.core",
    "desktop.cli.rules",
    "desktop.cli.signing",
    "desktop.cli.event_kit",  # event kit / kit-import, into the "event" group
    "desktop.cli.roster",
    "desktop.cli.cases",
    "desktop.cli.case_exam",
    "desktop.cli.printing",
    "desktop.cli.sync",
    "desktop.cli.device",
    "desktop.cli.hub",
)


# The top-level commands each module registers (a test checks this against the modules).
# A run imports only the modules of its own command: importing every service for every
# command was half of a short command's time (``netra hub coverage`` on a hub laptop).
COMMANDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("init", "demo", "user", "audit", "backup", "office", "self-test"), ("desktop.cli.core",)
    ),
    "rules": ("desktop.cli.rules",),
    "calendar": ("desktop.cli.rules",),
    "template": ("desktop.cli.signing",),
    "election": ("desktop.cli.signing",),
    "event": ("desktop.cli.signing", "desktop.cli.event_kit"),
    "pact": ("desktop.cli.signing", "desktop.cli.printing"),
    "roster": ("desktop.cli.roster",),
    "case": ("desktop.cli.cases", "desktop.cli.case_exam"),
    "sync": ("desktop.cli.sync",),
    "device": ("desktop.cli.device",),
    "hub": ("desktop.cli.hub",),
}
# global options that take a value (the command is the first other word)
_VALUED = ("--data-dir", "--database-url", "--user")


def modules_for(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules ``argv`` needs: its command's, none for a bare ``--version``, and
    all of them for the top-level help, a missing or an unknown command (argparse then lists
    every command)."""
    args = list(argv)
    i = 0
    while i < len(args):
        word = args[i]
        if word == "--":
            break
        if word in _VALUED:
            i += 2
            continue
        if word.startswith("-"):
            if word in ("-h", "--help"):
                return COMMAND_MODULES
            if word == "--version":
                return ()
            i += 1
            continue
        wanted = COMMANDS.get(word)
        if wanted is None:
            return COMMAND_MODULES
        return tuple(name for name in COMMAND_MODULES if name in wanted)
    return COMMAND_MODULES


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"netra: kesalahan: {message}\n")
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    argparse_id.install()  # before any parser exists: "-h" help texts are made at creation
    parser = _Parser(
        prog="netra",
        description="Netra: pakta integritas netralitas, daftar pegawai, laporan pelanggaran "
        "dan sinkronisasi USB untuk kantor kecamatan/kelurahan.",
    )
    parser.add_argument("--version", action="version", version=f"netra {__version__}")
    parser.add_argument("--data-dir", help="folder data (juga NETRA_DATA_DIR)")
    parser.add_argument("--database-url", help="URL basis data (juga NETRA_DATABASE_URL)")
    parser.add_argument("--user", help="nama pengguna (juga NETRA_USER)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log rinci ke stderr")
    top: argparse._SubParsersAction[Any] = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=_Parser
    )
    groups = Groups(top)
    for name in modules:
        importlib.import_module(name).register(groups)
    return parser


def _known_os_error(exc: BaseException) -> str | None:
    """The plain Indonesian sentence for a known problem of the computer or the database
    server (one classifier for the CLI and the GUI: :mod:`desktop.oserrors`)."""
    known = oserrors.classify(exc)
    return None if known is None else known.message_id


EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what shells report for a writer whose reader quit


def _silence_stdout() -> None:
    """Point standard output at the null device so the final flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file descriptor (tests capture stdout)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    configure_streams()
    words = sys.argv[1:] if argv is None else argv
    parser = build_parser(modules_for(words))
    args = parser.parse_args(words)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    cli = Cli(args)
    try:
        code = int(args.handler(cli))
        cli.stdout.flush()  # a closed pipe shows here, not at the interpreter's exit
        return code
    except NetraError as exc:
        if cli.json:
            cli.emit(exc.to_json())
        cli.error(exc.message("id"))
        return exc.exit_code
    except BrokenPipeError:
        # The reader went away (``netra roster list --json | head``): no traceback. Whatever
        # the command changed was committed before its output was written.
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except (OperationalError, sqlite3.OperationalError, OSError) as exc:
        known = _known_os_error(exc)
        if known is None:
            raise
        cli.error(known)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        cli.error("dibatalkan.")
        return 130
    finally:
        cli.close()


if __name__ == "__main__":
    raise SystemExit(main())
