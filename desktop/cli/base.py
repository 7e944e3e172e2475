"""Shared CLI plumbing: the context a command runs in, output, login, exit codes.

Contract (issue 2): ``--json`` prints exactly one JSON document on stdout; exit 0 success,
1 a check failed, 2 bad input or a refused action; messages go to stderr in Indonesian.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.errors import NetraError
from desktop.services.context import AppContext

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_BAD_INPUT = 2

Handler = Callable[["Cli"], int]


class UsageError(NetraError):
    def __init__(self, message_id: str, message_en: str | None = None) -> None:
        super().__init__("usage", message_id, message_en)


def configure_streams() -> None:
    """UTF-8 on standard output and error whenever they are not a console.

    Redirected or piped, Python on Windows writes in the ANSI code page (cp1252): a name like
    "Nguyễn" raised ``UnicodeEncodeError`` and "André" came out as non-UTF-8 JSON. A console
    (or a stream already in UTF-8) is left alone; messages on stderr never fail to print."""
    for stream, errors in ((sys.stdout, "strict"), (sys.stderr, "replace")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:  # None in a windowed build, StringIO in tests
            continue
        try:
            console = stream.isatty()
        except (OSError, ValueError):
            console = False
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if console and encoding == "utf8":
            continue
        with contextlib.suppress(OSError, ValueError):  # cannot change once written to
            reconfigure(encoding="utf-8", errors=errors)


def closed_pipe(exc: OSError) -> bool:
    """A write to a pipe whose reader went away: ``BrokenPipeError`` (EPIPE) on POSIX,
    ``OSError(EINVAL)`` on Windows."""
    return isinstance(exc, BrokenPipeError) or exc.errno in (errno.EPIPE, errno.EINVAL)


class PipeGuard:
    """Standard output whose closed-pipe errors are ``BrokenPipeError`` everywhere, so the
    entry point can tell them from any other ``EINVAL`` (e.g. a file name Windows refuses)."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return int(self.stream.write(text))
        except OSError as exc:
            if closed_pipe(exc):
                raise BrokenPipeError(errno.EPIPE, str(exc)) from exc
            raise

    def flush(self) -> None:
        try:
            self.stream.flush()
        except OSError as exc:
            if closed_pipe(exc):
                raise BrokenPipeError(errno.EPIPE, str(exc)) from exc
            raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "to_json"):
        return value.to_json()
    return str(value)


@dataclass
class Cli:
    args: argparse.Namespace
    stdout: Any = field(default_factory=lambda: PipeGuard(sys.stdout))
    stderr: Any = field(default_factory=lambda: sys.stderr)
    _ctx: AppContext | None = None

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def context(self, *, login: bool = True, require_init: bool = True) -> AppContext:
        if self._ctx is None:
            self._ctx = AppContext.open(self.args.data_dir, self.args.database_url)
        ctx = self._ctx
        if require_init and not ctx.is_initialised():
            raise NetraError(
                "not_initialised",
                f"Folder data {ctx.data_dir} belum berisi kantor. Jalankan 'netra init' dulu.",
                f"The data folder {ctx.data_dir} has no office yet. Run 'netra init' first.",
            )
        if login and ctx.actor is None:
            from desktop.services.accounts import login as do_login

            username = self.args.user or os.environ.get("NETRA_USER")
            if not username:
                if not sys.stdin.isatty():
                    raise UsageError(
                        "Perintah ini perlu pengguna: beri --user atau NETRA_USER "
                        "dan NETRA_PASSWORD.",
                        "This command needs a user: pass --user or set NETRA_USER and "
                        "NETRA_PASSWORD.",
                    )
                username = input("Nama pengguna: ").strip()
            do_login(ctx, username, self.password("Kata sandi: "))
        return ctx

    def password(self, prompt: str, env: str = "NETRA_PASSWORD") -> str:
        value = os.environ.get(env)
        if value is not None:
            return value
        if not sys.stdin.isatty():
            raise UsageError(
                f"Kata sandi tidak diberikan: isi {env}.", f"No password given: set {env}."
            )
        return getpass.getpass(prompt)

    def emit(self, data: Any, text: str | Callable[[], str] | None = None) -> None:
        """Print the JSON document (``--json``) or the human text."""
        if self.json:
            json.dump(data, self.stdout, ensure_ascii=False, indent=2, default=json_default)
            self.stdout.write("\n")
        else:
            out = text() if callable(text) else text
            if out is None:
                out = json.dumps(data, ensure_ascii=False, indent=2, default=json_default)
            self.stdout.write(out.rstrip("\n") + "\n")

    def error(self, message: str) -> None:
        self.stderr.write(f"netra: {message}\n")

    def close(self) -> None:
        if self._ctx is not None:
            self._ctx.close()


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="cetak satu dokumen JSON")


def set_handler(parser: argparse.ArgumentParser, handler: Handler) -> None:
    parser.set_defaults(handler=handler)


class Groups:
    """Shared sub-command groups (e.g. ``pact`` is filled by signing and printing)."""

    def __init__(self, top: argparse._SubParsersAction[Any]) -> None:
        self.top = top
        self._groups: dict[str, argparse._SubParsersAction[argparse.ArgumentParser]] = {}

    def group(
        self, name: str, help_text: str
    ) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        if name not in self._groups:
            parser = self.top.add_parser(name, help=help_text)
            self._groups[name] = parser.add_subparsers(
                dest=f"{name}_command", metavar="COMMAND", required=True
            )
        return self._groups[name]
